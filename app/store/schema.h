#pragma once

#include "core/result.h"

class QSqlDatabase;

namespace dh::schema {

// The schema version this build writes. A cache with a higher PRAGMA user_version was written by a
// newer Điều hành and is refused untouched.
constexpr int currentVersion = 2;

// Brings the cache from its version up to currentVersion, one step per transaction; a fresh file
// (version 0, no tables) gets the whole schema.
Result<void> migrate(QSqlDatabase &db);

} // namespace dh::schema
