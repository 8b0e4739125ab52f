#pragma once

// The statements of the repositories that only SQLite understands. The rest of their SQL is the
// common subset (ON CONFLICT … DO UPDATE / DO NOTHING, EXISTS, numbered parameters) that a
// PostgreSQL backend would run as it is once its parameters are spelt $1, $2 … The other SQLite
// habits the repositories rely on are Statement::lastInsertId() (PostgreSQL: INSERT … RETURNING
// id, in QuarantineRepository::recordRun) and the revision trigger of schema.cpp.
namespace dh::sqlite::dialect {

// The first (ASC) or last (DESC) period of an indicator's values, by a probe of the cross-section
// index that SQLite's planner would otherwise not choose for an ORDER BY … LIMIT 1.
inline constexpr char kFirstPeriod[] =
    "SELECT period FROM observation INDEXED BY observation_cross"
    " WHERE indicator_id = ?1 AND period_kind = ?2 AND value_kind <> ?3 ORDER BY period ASC LIMIT 1";
inline constexpr char kLastPeriod[] =
    "SELECT period FROM observation INDEXED BY observation_cross"
    " WHERE indicator_id = ?1 AND period_kind = ?2 AND value_kind <> ?3 ORDER BY period DESC LIMIT 1";

} // namespace dh::sqlite::dialect
