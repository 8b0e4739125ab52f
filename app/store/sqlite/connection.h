#pragma once

#include "statementlease.h"

#include "core/cancellation.h"

#include <QHash>

#include <memory>
#include <unordered_map>

namespace dh::sqlite {

// One connection to a cache file, and everything about the file rather than its data: opening it
// with its checks (is it SQLite, is it ours, is its schema too new), the PRAGMAs that make it a
// cache (write-ahead log, synchronous level), each checked against what SQLite answers, the
// migrations, transactions, integrity and checkpoints. It also keeps the statements the
// repositories run again and again. This folder, app/store/sqlite/, is the SQLite backend: a
// second backend (a shared PostgreSQL) replaces it and the dialect-specific SQL in schema.cpp and
// dialect.h, not the repositories' interfaces.
class Connection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // A file that is not a SQLite database, is corrupt, is someone else's database or was written
    // by a newer schema is refused with a clear message and left untouched.
    static Result<std::unique_ptr<Connection>> open(const QString &path, Mode mode);
    ~Connection();
    Q_DISABLE_COPY_MOVE(Connection)

    const QString &path() const { return m_path; }
    Mode mode() const { return m_mode; }
    sqlite3 *handle() const { return m_db; }

    // A statement prepared once and kept for the connection's life, ready to bind. Not for
    // statements that run while another use of the same text is still stepping.
    Result<StatementLease> cached(QByteArrayView sql);
    Result<Statement> prepare(QByteArrayView sql) const;
    // Runs statements that take no parameters and return no rows.
    Result<void> exec(QByteArrayView sql);

    // BEGIN IMMEDIATE: the write lock is taken now, not at the first write, so a busy cache is
    // reported before any work is done.
    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool inTransaction() const;

    Result<int> schemaVersion() const;
    // The schema version the file had when it was opened, before any migration (0: a new file).
    int versionAtOpen() const { return m_versionAtOpen; }
    // Reads every page (SQLite's quick_check): damage beyond the header shows only here or in a
    // query that happens to touch it. Leaves the connection with a small page cache: run it on a
    // connection of its own. Stops early, with Error::Code::Cancelled, once the cancellation is
    // triggered.
    Result<void> checkIntegrity(const Cancellation &cancellation = {}) const;
    // Folds the write-ahead log into the main file, so the file alone is the whole cache.
    Result<void> checkpoint();

    // PRAGMA data_version: changes when another connection commits to the file.
    Result<qint64> dataVersion() const;

    // A translated storage error naming the file, with SQLite's own reason.
    Error error(const char *context) const;

private:
    Connection(QString path, Mode mode) : m_path(std::move(path)), m_mode(mode) {}
    Result<void> initialise();
    Result<void> openFile(const QByteArray &name, int flags);
    // The schema version, reading a read-only cache as immutable when its folder allows no
    // shared-memory file; or why it cannot be read.
    Result<int> probe();
    Error readOnlyError(QStringView where) const;
    Result<QString> pragma(QByteArrayView statement) const;
    Result<void> setPragma(QByteArrayView statement, QStringView expected);

    QString m_path;
    Mode m_mode;
    int m_versionAtOpen = 0;
    sqlite3 *m_db = nullptr;
    struct TextHash
    {
        size_t operator()(const QByteArray &text) const { return qHash(text); }
    };
    std::unordered_map<QByteArray, Statement, TextHash> m_statements;
};

} // namespace dh::sqlite
