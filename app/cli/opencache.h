#pragma once

#include "core/result.h"
#include "core/unitregistry.h"
#include "store/cache.h"

#include <memory>

namespace dh {

class Clock;
struct CliOptions;

struct Opened
{
    UnitRegistry registry;
    std::unique_ptr<Cache> cache;
};

enum class Access { Read, Write };

// The cache a command works on. Only the default cache is made on first use; one named with
// --cache must exist. Commands that only read open it read-only and never write to it, not even to
// upgrade its schema: that is what `upgrade` (or a command that writes) is for.
Result<Opened> openCache(const CliOptions &o, const Clock &clock, Access access = Access::Read);

} // namespace dh
