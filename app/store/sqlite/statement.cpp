#include "statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace dh::sqlite {

QString errorText(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindError(std::exchange(other.m_bindError, 0))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::exchange(other.m_bindError, 0);
    }
    return *this;
}

Result<Statement> Statement::prepare(sqlite3 *db, QByteArrayView sql, bool persistent)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db, sql.data(), int(sql.size()), persistent ? SQLITE_PREPARE_PERSISTENT : 0,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return Error::storage(QCoreApplication::translate("Cache", "The cache cannot be queried: %1").arg(errorText(db)));
    }
    return Statement(db, stmt);
}

Statement &Statement::bind(int index, int value)
{
    const int rc = sqlite3_bind_int(m_stmt, index, value);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Error Statement::stepError(int rc) const
{
    const QString reason = m_bindError ? QString::fromUtf8(sqlite3_errstr(m_bindError))
                                       : (rc & 0xff) == SQLITE_ERROR || (rc & 0xff) == SQLITE_CONSTRAINT ? errorText(m_db)
                                                                                      : QString::fromUtf8(sqlite3_errstr(rc));
    return Error::storage(QCoreApplication::translate("Cache", "The cache refused the request: %1").arg(reason));
}

Result<bool> Statement::next()
{
    if (m_bindError)
        return stepError(m_bindError);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const Error error = stepError(rc);
    sqlite3_reset(m_stmt);
    return error;
}

Result<void> Statement::run()
{
    return forEachRow([] {});
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

void Statement::rewind()
{
    sqlite3_reset(m_stmt);
    m_bindError = 0;
}

int Statement::columnInt(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    // Text first, then its length: the order SQLite's documentation asks for.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Statement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace dh::sqlite
