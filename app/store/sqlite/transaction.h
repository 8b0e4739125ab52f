#pragma once

#include "connection.h"

namespace dh::sqlite {

// Rolls back unless committed: an early return cannot leave a transaction open.
class Transaction
{
public:
    explicit Transaction(Connection &connection) : m_connection(connection) {}
    ~Transaction()
    {
        if (m_open)
            m_connection.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)

    Result<void> begin()
    {
        auto r = m_connection.begin();
        m_open = r.ok();
        return r;
    }
    // A COMMIT that fails leaves the transaction open: it is still rolled back at the end.
    Result<void> commit()
    {
        auto r = m_connection.commit();
        m_open = !r.ok();
        return r;
    }

private:
    Connection &m_connection;
    bool m_open = false;
};

} // namespace dh::sqlite
