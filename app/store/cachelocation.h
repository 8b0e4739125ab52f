#pragma once

#include "core/result.h"

#include <QString>

namespace dh::CacheLocation {

// Where the app and the CLI find their cache when none is named: $DIEUHANH_CACHE if set, otherwise
// dieuhanh/cache.sqlite in the user's data folder (~/.local/share/dieuhanh/cache.sqlite). A cache
// found only where earlier versions kept it (legacyDefaultPath()) is moved here, with its log; if
// it cannot be moved, that path is returned and the cache is used where it is.
QString defaultPath();
// Where earlier versions kept the default cache: cache.sqlite in the application's own data
// folder, which Qt names after the organisation and the application (…/dieuhanh/dieuhanh/).
QString legacyDefaultPath();

// The synthetic sample built with the application: share/dieuhanh/sample.sqlite beside the bin/
// folder of the executable (the same layout in the build tree and once installed), or
// $DIEUHANH_SAMPLE if set.
QString bundledSamplePath();

// Makes sure the default cache exists at `path`: if there is none, the bundled sample is copied
// there, so a first start shows data offline. An existing cache is never overwritten. Only the
// default cache is made on first use: a path the user names must hold a cache (requireExisting).
Result<void> ensureDefault(const QString &path);

// A new cache at `path`, copied from the bundled sample (`dieuhanh-sync init`). A file already
// there is kept and the call fails, unless the file is empty.
Result<void> create(const QString &path);

// A cache the user named, which must be there: a missing or empty file is an error (NotFound), not
// the start of a new empty cache in which every imported row would be unknown.
Result<void> requireExisting(const QString &path);

} // namespace dh::CacheLocation
