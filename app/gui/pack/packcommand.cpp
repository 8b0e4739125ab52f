#include "packcommand.h"

#include "packrenderer.h"

#include "gui/languageswitcher.h"
#include "models/viewcontroller.h"
#include "store/cachelocation.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace dh {

Result<PackData> loadPackData(ViewController &controller, const BriefingPack &pack)
{
    PackDataLoader loader(controller);
    QEventLoop loop;
    std::optional<Result<PackData>> outcome;
    QObject::connect(&loader, &PackDataLoader::loaded, &loop, [&](const PackData &data) {
        outcome = data;
        loop.quit();
    });
    QObject::connect(&loader, &PackDataLoader::failed, &loop, [&](const QString &message) {
        outcome = Error::invalid(message);
        loop.quit();
    });
    loader.load(pack);
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

Result<int> exportPack(const QString &packPath, const QString &pdfPath, const QString &cachePath, const UnitRegistry &registry,
                       LanguageSwitcher *languages)
{
    const auto pack = BriefingPack::load(packPath);
    if (!pack)
        return pack.error();
    if (languages)
        languages->setLanguage(pack->language);
    CacheService service(registry);
    ViewController controller(service);
    const auto home = DashboardLayout::bundledHome();
    if (!home)
        return home.error();
    controller.setHomeLayout(*home);
    QString openFailure;
    {
        QEventLoop loop;
        QObject::connect(&controller, &ViewController::failed, &loop, [&](const QString &message) { openFailure = message; });
        QObject::connect(&controller, &ViewController::ready, &loop, &QEventLoop::quit);
        controller.open(cachePath.isEmpty() ? CacheLocation::defaultPath() : cachePath,
                        cachePath.isEmpty() ? CacheService::Missing::CreateDefault : CacheService::Missing::Fail);
        if (!controller.isReady())
            loop.exec();
    }
    if (!controller.overview())
        return Error::notFound(openFailure.isEmpty() ? QCoreApplication::translate("PackCommand", "The cache could not be opened.") : openFailure);
    auto data = loadPackData(controller, *pack);
    if (!data)
        return data.error();
    PackRenderer renderer(std::move(*data), registry);
    if (auto written = renderer.writePdf(pdfPath); !written)
        return written.error();
    return renderer.pageCount();
}

} // namespace dh
