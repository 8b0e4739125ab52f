#include "opencache.h"

#include "commandline.h"

#include "core/clock.h"
#include "store/cachelocation.h"

#include <QCoreApplication>

namespace dh {

Result<Opened> openCache(const CliOptions &o, const Clock &clock, Access access)
{
    auto registry = UnitRegistry::fromResources();
    if (!registry)
        return registry.error();
    QString path = o.cachePath;
    if (path.isEmpty()) {
        path = CacheLocation::defaultPath();
        if (auto r = CacheLocation::ensureDefault(path); !r)
            return r.error();
    } else if (auto r = CacheLocation::requireExisting(path); !r) {
        return Error{r.error().code, QCoreApplication::translate("dieuhanh-sync", "%1 Create one with: dieuhanh-sync init --cache %2")
                                         .arg(r.error().message, path)};
    }
    auto cache = Cache::open(path, *registry, access == Access::Read ? Cache::OpenMode::ReadOnly : Cache::OpenMode::ReadWrite, &clock);
    if (!cache && cache.error().code == Error::Code::TooOld) {
        return Error{Error::Code::TooOld, QCoreApplication::translate("dieuhanh-sync", "%1 Upgrade it with: dieuhanh-sync upgrade --cache %2")
                                              .arg(cache.error().message, path)};
    }
    if (!cache)
        return cache.error();
    return Opened{*registry, std::move(*cache)};
}

} // namespace dh
