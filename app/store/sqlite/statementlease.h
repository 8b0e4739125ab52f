#pragma once

#include "statement.h"

#include <utility>

namespace dh::sqlite {

// A kept statement lent for one use: reset when the lease ends, so a statement left on a row never
// holds the connection's read transaction open — which would pin its snapshot, hide other
// connections' writes and keep the write-ahead log from being folded back.
class StatementLease
{
public:
    explicit StatementLease(Statement *statement) : m_statement(statement) {}
    ~StatementLease()
    {
        if (m_statement)
            m_statement->reset();
    }
    StatementLease(StatementLease &&other) noexcept : m_statement(std::exchange(other.m_statement, nullptr)) {}
    StatementLease &operator=(StatementLease &&) = delete;
    Q_DISABLE_COPY(StatementLease)

    Statement &operator*() const { return *m_statement; }
    Statement *operator->() const { return m_statement; }

private:
    Statement *m_statement;
};

} // namespace dh::sqlite
