#pragma once

#include "catalogentry.h"

#include "core/result.h"

namespace dh {

class Cache;

// Reads the catalogue and each indicator's latest national value from the cache. Runs on a
// worker thread with that thread's own Cache connection.
Result<QList<CatalogEntry>> loadCatalog(const Cache &cache);

} // namespace dh
