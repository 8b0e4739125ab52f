#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QString>

#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace dh::sqlite {

// One prepared SQLite statement, owned: binds parameters, steps through rows and reads columns, and
// turns SQLite's return codes into Results, so no caller compares SQLITE_* codes or leaks a
// statement on an early return. Private to the store: nothing outside app/store sees it.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Q_DISABLE_COPY(Statement)

    // persistent: the statement is kept for the connection's life (SQLite then places it apart).
    static Result<Statement> prepare(sqlite3 *db, QByteArrayView sql, bool persistent = false);

    // Parameters count from 1, as in SQL's ?1, ?2 …
    Statement &bind(int index, int value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, double value);
    Statement &bind(int index, QStringView value);
    Statement &bindNull(int index);

    // Steps once: true when a row is ready, false when the statement is done.
    Result<bool> next();
    // Steps to the end of a statement that returns no rows.
    Result<void> run();
    // Steps through the rows, calling onRow() at each; an onRow that returns bool stops the walk
    // by returning false.
    template<typename OnRow>
    Result<void> forEachRow(OnRow &&onRow);
    // Makes the statement ready to run again with new bindings.
    void reset();
    // Makes the statement ready to run again, keeping its bindings, for a caller that binds again
    // only the parameters that changed.
    void rewind();

    int columnInt(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    bool isNull(int column) const;

    // Rows inserted, updated or deleted by the statement's last run.
    int changes() const;
    qint64 lastInsertId() const;
    bool isValid() const { return m_stmt != nullptr; }

private:
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Error stepError(int rc) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_bindError = 0; // the first failed bind, reported by the next step
};

template<typename OnRow>
Result<void> Statement::forEachRow(OnRow &&onRow)
{
    for (;;) {
        const auto row = next();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        if constexpr (std::is_same_v<std::invoke_result_t<OnRow>, bool>) {
            if (!onRow())
                return {};
        } else {
            onRow();
        }
    }
}

// The text of SQLite's last error on the connection, for messages.
QString errorText(sqlite3 *db);

} // namespace dh::sqlite
