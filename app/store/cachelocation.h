#pragma once

#include "core/result.h"

#include <QString>

namespace dh::CacheLocation {

// Where the app and the CLI find their cache when none is named: $DIEUHANH_CACHE if set, otherwise
// cache.sqlite in the user's application-data folder.
QString defaultPath();

// The synthetic sample built with the application: share/dieuhanh/sample.sqlite beside the bin/
// folder of the executable (the same layout in the build tree and once installed), or
// $DIEUHANH_SAMPLE if set.
QString bundledSamplePath();

// Makes sure a cache exists at `path`: if there is none, the bundled sample is copied there, so a
// first start shows data offline. An existing cache is never overwritten.
Result<void> ensureExists(const QString &path);

} // namespace dh::CacheLocation
