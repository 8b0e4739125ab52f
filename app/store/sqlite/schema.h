#pragma once

#include "core/result.h"

namespace dh::sqlite {

class Connection;

namespace schema {

// The schema version this build writes. A cache with a higher PRAGMA user_version was written by a
// newer Điều hành and is refused untouched.
constexpr int currentVersion = 7;

// Brings the cache from its version up to currentVersion, one step per transaction; a fresh file
// (version 0, no tables) gets the whole schema. The DDL is SQLite's (WITHOUT ROWID tables, a
// trigger for the revision history): a second backend brings its own ladder. A step may fill what
// it adds from what the cache already holds, in the same transaction.
Result<void> migrate(Connection &connection);

} // namespace schema

} // namespace dh::sqlite
