#include "connection.h"

#include "schema.h"

#include "store/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QUrl>

#include <sqlite3.h>

namespace dh::sqlite {

namespace {

// The first 16 bytes of every SQLite 3 database file.
constexpr char kSqliteHeader[] = "SQLite format 3";

// Page cache per connection, in KiB (SQLite's negative cache_size).
constexpr int kCacheKiB = 65536;

Result<void> checkFileLooksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(QCoreApplication::translate("Cache", "Cannot read the cache file %1: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(16);
    if (head.size() < 16 || !head.startsWith(QByteArrayView(kSqliteHeader, sizeof kSqliteHeader)))
        return Error::storage(QCoreApplication::translate("Cache", "%1 is not a Điều hành cache (not a SQLite database, or corrupt). It was left untouched.").arg(path));
    return {};
}

} // namespace

Result<std::unique_ptr<Connection>> Connection::open(const QString &path, Mode mode)
{
    if (auto r = checkFileLooksLikeSqlite(path); !r)
        return r.error();
    if (mode == Mode::ReadOnly && !QFileInfo::exists(path))
        return Error::notFound(QCoreApplication::translate("Cache", "The cache %1 does not exist.").arg(path));
    std::unique_ptr<Connection> connection(new Connection(path, mode));
    if (auto r = connection->initialise(); !r)
        return r.error();
    return connection;
}

Connection::~Connection()
{
    m_statements.clear();
    sqlite3_close(m_db);
}

Error Connection::error(const char *context) const
{
    return Error::storage(QCoreApplication::translate("Cache", "%1 (%2): %3")
                              .arg(QCoreApplication::translate("Cache", context), m_path, errorText(m_db)));
}

Result<void> Connection::openFile(const QByteArray &name, int flags)
{
    if (m_db) {
        m_statements.clear();
        sqlite3_close(m_db);
        m_db = nullptr;
    }
    if (sqlite3_open_v2(name.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        return error(QT_TRANSLATE_NOOP("Cache", "Cannot open the cache"));
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    return {};
}

Error Connection::readOnlyError(QStringView where) const
{
    return {Error::Code::ReadOnly, QCoreApplication::translate("Cache", "The cache %1 cannot be written: %2 It can still be read.")
                                       .arg(m_path, where.toString())};
}

Result<int> Connection::probe()
{
    const auto version = schemaVersion();
    if (version)
        return version;
    // A cache in write-ahead-log mode is read through a shared-memory file beside it (-shm), which
    // SQLite makes on the first read: in a folder nobody may write to, it cannot. With no log
    // beside the file, the file alone is the whole cache, and SQLite reads it as immutable (no
    // shared memory, no locks). That is sound there: every SQLite writer needs a log or journal
    // in the same folder, so nothing can change the file while it is read. A log that holds
    // changes is another matter: read without it, the file would show the cache as it was before
    // them, so it is refused with the reason.
    const int code = sqlite3_extended_errcode(m_db);
    const bool noSharedMemory = code == SQLITE_READONLY_DIRECTORY || code == SQLITE_CANTOPEN || code == SQLITE_READONLY_CANTINIT;
    if (m_mode != Mode::ReadOnly || !noSharedMemory)
        return version;
    const QString log = m_path + QStringLiteral("-wal");
    if (QFileInfo(log).size() > 0) {
        return Error{Error::Code::ReadOnly,
                     QCoreApplication::translate("Cache", "The cache %1 cannot be read where it is: changes not yet folded into it are in its "
                                                          "log %2, which SQLite reads through a shared-memory file (%3) that it cannot make in "
                                                          "this read-only folder. Copy the cache and its log to a folder that can be written, "
                                                          "or open it once where it can be written, which folds the log into the file.")
                         .arg(m_path, log, m_path + QStringLiteral("-shm"))};
    }
    const QByteArray uri = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toEncoded() + "?immutable=1";
    if (auto r = openFile(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI); !r)
        return r.error();
    qCInfo(lcStore) << "reading" << m_path << "as immutable: its folder cannot be written";
    return schemaVersion();
}

Result<void> Connection::initialise()
{
    const int flags = m_mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (auto r = openFile(m_path.toUtf8(), flags); !r)
        return r;
    // SQLite opens a file it may not write read-only, and would say so only at the first write.
    if (m_mode == Mode::ReadWrite && sqlite3_db_readonly(m_db, "main") == 1)
        return readOnlyError(QCoreApplication::translate("Cache", "the file is read-only."));

    // Everything up to the migration only reads, so a refused file is left exactly as it was.
    const auto version = probe();
    if (!version && version.error().code == Error::Code::ReadOnly)
        return version.error();
    if (!version && m_mode == Mode::ReadWrite && (sqlite3_extended_errcode(m_db) & 0xff) == SQLITE_READONLY)
        return readOnlyError(QCoreApplication::translate("Cache", "its folder cannot be written, and SQLite keeps its log there."));
    if (!version) {
        return Error::storage(QCoreApplication::translate("Cache", "%1 is not a Điều hành cache or is corrupt: %2")
                                  .arg(m_path, version.error().message));
    }
    if (*version > schema::currentVersion) {
        return Error{Error::Code::TooNew,
                     QCoreApplication::translate("Cache", "The cache %1 was written by a newer version of Điều hành (schema %2; this version reads up to %3). It was left untouched.")
                         .arg(m_path).arg(*version).arg(schema::currentVersion)};
    }
    auto objects = prepare("SELECT count(*), coalesce(sum(name = 'observation'), 0) FROM sqlite_master");
    if (!objects)
        return Error::storage(QCoreApplication::translate("Cache", "%1 is corrupt: %2").arg(m_path, objects.error().message));
    if (const auto row = objects->next(); !row || !*row)
        return Error::storage(QCoreApplication::translate("Cache", "%1 is corrupt: %2").arg(m_path, errorText(m_db)));
    if (*version == 0 && objects->columnInt(0) > 0)
        return Error::storage(QCoreApplication::translate("Cache", "%1 is a SQLite database but not a Điều hành cache. It was left untouched.").arg(m_path));
    if (*version > 0 && objects->columnInt(1) != 1)
        return Error::storage(QCoreApplication::translate("Cache", "%1 is damaged: its observation table is missing.").arg(m_path));
    // A statement left stepping holds a read transaction, and the journal mode cannot change in one.
    objects->reset();

    m_versionAtOpen = *version;
    if (m_mode == Mode::ReadOnly) {
        // Reading never writes, not even a schema into an empty file.
        if (*version == 0)
            return Error::notFound(QCoreApplication::translate("Cache", "%1 is empty, not a Điều hành cache.").arg(m_path));
        if (*version < schema::currentVersion) {
            return Error{Error::Code::TooOld,
                         QCoreApplication::translate("Cache", "The cache %1 was written by an earlier version of Điều hành (schema %2; this "
                                                              "version reads schema %3), and reading it does not upgrade it.")
                             .arg(m_path).arg(*version).arg(schema::currentVersion)};
        }
    } else {
        // The write-ahead log lets the views read while a sync writes; a file system that cannot
        // hold one (some network shares) answers with another mode, and the cache refuses to run
        // without it rather than block every reader during a write.
        if (auto r = setPragma("PRAGMA journal_mode=WAL", u"wal"); !r)
            return r;
        // NORMAL is durable at every checkpoint and never corrupts in WAL mode.
        if (auto r = exec("PRAGMA synchronous=NORMAL"); !r)
            return r;
        if (auto r = setPragma("PRAGMA synchronous", u"1"); !r)
            return r;
        if (auto r = schema::migrate(*this); !r)
            return r;
    }
    if (auto r = exec("PRAGMA temp_store=MEMORY"); !r)
        return r;
    if (auto r = setPragma("PRAGMA temp_store", u"2"); !r)
        return r;
    if (auto r = exec(QByteArray("PRAGMA cache_size=-" + QByteArray::number(kCacheKiB))); !r)
        return r;
    return setPragma("PRAGMA cache_size", QString::number(-kCacheKiB));
}

Result<QString> Connection::pragma(QByteArrayView statement) const
{
    auto s = prepare(statement);
    if (!s)
        return s.error();
    const auto row = s->next();
    if (!row)
        return row.error();
    return *row ? s->columnText(0) : QString();
}

Result<qint64> Connection::dataVersion() const
{
    auto s = prepare("PRAGMA data_version");
    if (!s)
        return s.error();
    const auto row = s->next();
    if (!row)
        return row.error();
    if (!*row)
        return error("PRAGMA data_version");
    return s->columnInt64(0);
}

Result<void> Connection::setPragma(QByteArrayView statement, QStringView expected)
{
    const auto value = pragma(statement);
    if (!value)
        return value.error();
    if (value->compare(expected, Qt::CaseInsensitive) != 0) {
        return Error::storage(QCoreApplication::translate("Cache", "The cache %1 cannot be set up: %2 answered %3 instead of %4.")
                                  .arg(m_path, QString::fromUtf8(statement.data(), statement.size()), *value, expected.toString()));
    }
    return {};
}

Result<StatementLease> Connection::cached(QByteArrayView sql)
{
    const QByteArray key = sql.toByteArray();
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        auto prepared = Statement::prepare(m_db, sql, true);
        if (!prepared)
            return prepared.error();
        it = m_statements.emplace(key, std::move(*prepared)).first;
    }
    return StatementLease(&it->second);
}

Result<Statement> Connection::prepare(QByteArrayView sql) const
{
    return Statement::prepare(m_db, sql);
}

Result<void> Connection::exec(QByteArrayView sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toByteArray().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString reason = QString::fromUtf8(message);
        sqlite3_free(message);
        return Error::storage(QCoreApplication::translate("Cache", "The cache %1 refused the request: %2").arg(m_path, reason));
    }
    return {};
}

Result<void> Connection::begin()
{
    // The two causes a person meets, a cache opened for reading and one another program is
    // writing, are told apart: they call for different things.
    if (m_mode == Mode::ReadOnly)
        return Error{Error::Code::ReadOnly, QCoreApplication::translate("Cache", "The cache %1 was opened for reading only, so it cannot be written.").arg(m_path)};
    const int rc = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return {};
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::storage(QCoreApplication::translate("Cache", "The cache %1 is busy: another program (an import, a sync or the app) is "
                                                                   "writing to it. Try again when it has finished.")
                                  .arg(m_path));
    case SQLITE_READONLY:
        return Error{Error::Code::ReadOnly, QCoreApplication::translate("Cache", "The cache %1 cannot be written: the file or its folder is read-only.").arg(m_path)};
    default:
        return Error::storage(QCoreApplication::translate("Cache", "The cache %1 refused to start writing: %2").arg(m_path, errorText(m_db)));
    }
}

Result<void> Connection::commit()
{
    return exec("COMMIT");
}

void Connection::rollback()
{
    if (inTransaction() && sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr) != SQLITE_OK)
        qCWarning(lcStore) << "rollback failed on" << m_path << ':' << errorText(m_db);
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Result<int> Connection::schemaVersion() const
{
    const auto value = pragma("PRAGMA user_version");
    if (!value)
        return value.error();
    return value->toInt();
}

Result<void> Connection::checkIntegrity(const Cancellation &cancellation) const
{
    // SQLite calls back every so many steps of its virtual machine; a non-zero answer interrupts.
    sqlite3_progress_handler(m_db, 10000, [](void *flag) { return static_cast<const Cancellation *>(flag)->isCancelled() ? 1 : 0; },
                             const_cast<Cancellation *>(&cancellation));
    const auto stopWatching = qScopeGuard([this] { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); });
    // The check reads every page once, in order: a large page cache would only hold what it will
    // not read again, and would stay allocated as long as the connection.
    auto smallCache = prepare("PRAGMA cache_size=-2048");
    if (smallCache)
        (void)smallCache->run();
    auto check = prepare("PRAGMA quick_check(5)");
    QStringList problems;
    if (!check) {
        problems.append(check.error().message);
    } else {
        for (;;) {
            const auto row = check->next();
            if (!row) {
                problems.append(row.error().message);
                break;
            }
            if (!*row)
                break;
            if (const QString line = check->columnText(0); line != u"ok")
                problems.append(line);
        }
    }
    if (cancellation.isCancelled())
        return Error::cancelled(QCoreApplication::translate("Cache", "The check of %1 was stopped.").arg(m_path));
    if (problems.isEmpty())
        return {};
    return Error::storage(QCoreApplication::translate("Cache", "The cache %1 is damaged (%2). Replace it with a copy or rebuild it; "
                                                                "it was left as it is.")
                              .arg(m_path, problems.join(QStringLiteral("; "))));
}

Result<void> Connection::checkpoint()
{
    int logFrames = 0;
    int checkpointed = 0;
    if (sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed) != SQLITE_OK)
        return error(QT_TRANSLATE_NOOP("Cache", "The cache's log could not be folded into its file"));
    return {};
}

} // namespace dh::sqlite
