#include "packdata.h"

#include "viewcontroller.h"

#include "core/unitregistry.h"
#include "store/cache.h"

#include <QCoreApplication>

#include <cmath>

namespace dh {

namespace {

// The headline indicators of an atlas when the pack names none: the first of the home layout, as
// many as a province page holds.
constexpr int kAtlasDefaultIndicators = 8;

// A page with no explicit period shows the data as the pack states it: what was known by its
// as-of date, not what came in after.
void clampToAsOf(IndicatorViewData &data, QDate asOf)
{
    if (!asOf.isValid())
        return;
    qsizetype keep = 0;
    while (keep < data.periods.size() && data.periods.at(keep).endDate() <= asOf)
        ++keep;
    if (keep < data.periods.size() && keep > 0) {
        data.periods.resize(keep);
        data.values.resize(std::min(keep, data.values.size()));
        data.statuses.resize(std::min(keep, data.statuses.size()));
        data.lastYear.resize(std::min(keep, data.lastYear.size()));
    }
    const Period period = latestPeriodBy(data.provinces.periods, asOf);
    if (period.isValid() && period != data.rankingPeriod) {
        data.rankingPeriod = period;
        data.ranking = data.provinces.rankedAt(period, data.indicator.polarity);
    }
}

AtlasColumn atlasColumn(const IndicatorViewData &data, const QString &explicitPeriod, QDate asOf)
{
    AtlasColumn column;
    column.indicator = data.indicator;
    const QList<Period> &periods = data.provinces.periods;
    if (periods.isEmpty()) {
        column.error = data.provinces.refusal.isEmpty() ? QCoreApplication::translate("PackDataLoader", "No province has values.")
                                                        : data.provinces.refusal;
        return column;
    }
    const auto asked = Period::parse(explicitPeriod);
    column.period = asked && periods.contains(*asked) ? *asked : latestPeriodBy(periods, asOf);
    if (!column.period.isValid())
        column.period = periods.last();
    const qsizetype at = data.periods.indexOf(column.period);
    if (at >= 0 && at < data.values.size() && !std::isnan(data.values.at(at)))
        column.national = data.values.at(at);
    const QList<RankedProvince> ranked = data.provinces.rankedAt(column.period, data.indicator.polarity);
    column.ranked = int(ranked.size());
    for (qsizetype i = 0; i < ranked.size(); ++i)
        column.places.insert(ranked.at(i).unit, {ranked.at(i).value, int(i) + 1});
    return column;
}

} // namespace

Period latestPeriodBy(const QList<Period> &periods, QDate asOf)
{
    for (auto it = periods.crbegin(); it != periods.crend(); ++it) {
        if (!asOf.isValid() || it->endDate() <= asOf)
            return *it;
    }
    return {};
}

PackDataLoader::PackDataLoader(ViewController &controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
}

PackDataLoader::~PackDataLoader()
{
    m_controller.service().cancelAll(this);
}

void PackDataLoader::load(const BriefingPack &pack)
{
    m_controller.service().cancelAll(this);
    ++m_generation;
    m_data = {};
    m_data.pack = pack;
    const auto &overview = m_controller.overview();
    if (!overview) {
        emit failed(tr("No cache is open."));
        return;
    }
    if (auto valid = pack.validate(overview->catalog, m_controller.service().registry()); !valid) {
        emit failed(valid.error().message);
        return;
    }
    m_data.synthetic = overview->summary.synthetic;
    for (const CatalogEntry &entry : overview->catalog) {
        if (entry.retrievedAt.isValid() && (!m_data.cacheAsOf.isValid() || entry.retrievedAt > m_data.cacheAsOf))
            m_data.cacheAsOf = entry.retrievedAt;
    }
    m_data.pages.resize(pack.pages.size());
    m_waiting = int(pack.pages.size());
    for (int i = 0; i < pack.pages.size(); ++i) {
        m_data.pages[i].page = pack.pages.at(i);
        submitPage(i);
    }
}

void PackDataLoader::submitPage(int index)
{
    const BriefingPage page = m_data.pack.pages.at(index);
    const QDate asOf = m_data.pack.asOf;
    const quint64 generation = m_generation;
    const bool english = m_data.pack.language == u"en";
    const ScopeRules &scopes = m_controller.scopes();
    CacheService &service = m_controller.service();
    auto answer = [this, index, generation](PackPageData data) -> std::function<void()> {
        return [this, index, generation, data = std::move(data)]() mutable {
            if (generation == m_generation)
                pageDone(index, std::move(data));
        };
    };

    PackPageData base;
    base.page = page;
    switch (page.kind) {
    case BriefingPage::Kind::Text:
        QMetaObject::invokeMethod(this, [this, index, generation, base] {
            if (generation == m_generation)
                pageDone(index, base);
        }, Qt::QueuedConnection);
        return;
    case BriefingPage::Kind::Home: {
        const DashboardLayout layout = m_controller.layoutFor(page.scope);
        const QString unit = scopes.dataUnit(page.scope);
        base.title = (english ? layout.titleEn : layout.titleVi) + QStringLiteral(" — ") + scopes.name(page.scope, english);
        service.submit(this, index, [answer, base, layout, unit, asOf](const CacheWorkspace &workspace, const Cancellation &cancellation) {
            PackPageData data = base;
            if (!workspace.cache) {
                data.error = workspace.openError;
                return answer(data);
            }
            auto tiles = loadDashboard(*workspace.cache, layout, unit, cancellation, asOf);
            if (tiles)
                data.tiles = *tiles;
            else
                data.error = tiles.error().message;
            return answer(data);
        });
        return;
    }
    case BriefingPage::Kind::Tasks: {
        base.title = tr("Tasks assigned by the Government — %1").arg(scopes.name(page.scope, english));
        const QString assignee = page.scope == UnitRegistry::nationCode() ? QString() : page.scope;
        service.submit(this, index, [answer, base, assignee, asOf](const CacheWorkspace &workspace, const Cancellation &) {
            PackPageData data = base;
            if (!workspace.cache) {
                data.error = workspace.openError;
                return answer(data);
            }
            // The page draws no trend: one month keeps the read to the counts.
            auto summary = TaskSummary::read(workspace.cache->tasks(), asOf, assignee, TaskUnitEra::Units2025, 1);
            auto counts = workspace.cache->tasks().counts(asOf, TaskGrouping::Assignee, TaskUnitEra::Units2025);
            if (!summary || !counts) {
                data.error = summary ? counts.error().message : summary.error().message;
                return answer(data);
            }
            data.tasks = std::move(*summary);
            data.taskCounts = std::move(*counts);
            return answer(data);
        });
        return;
    }
    case BriefingPage::Kind::Atlas: {
        QStringList codes = page.indicators;
        if (codes.isEmpty())
            codes = m_controller.homeLayout().tiles.mid(0, kAtlasDefaultIndicators);
        const QDate mapDate = UnitRegistry::provinceMapDate(page.map34);
        for (const AdminUnit *unit : service.registry().unitsAt(AdminUnit::Level::Province, mapDate))
            base.provinces.append(unit->code);
        service.submit(this, index, [answer, base, codes, asOf](const CacheWorkspace &workspace, const Cancellation &cancellation) {
            PackPageData data = base;
            if (!workspace.cache) {
                data.error = workspace.openError;
                return answer(data);
            }
            for (const QString &code : codes) {
                IndicatorViewRequest request;
                request.indicator = code;
                request.map34 = base.page.map34;
                request.rankingPeriod = Period::parse(base.page.period);
                auto view = loadIndicatorView(*workspace.cache, request, workspace.rankings, cancellation);
                if (view) {
                    data.atlas.append(atlasColumn(*view, base.page.period, asOf));
                } else {
                    AtlasColumn failed;
                    failed.indicator.code = code;
                    failed.error = view.error().message;
                    data.atlas.append(failed);
                }
            }
            return answer(data);
        });
        return;
    }
    case BriefingPage::Kind::Indicator:
    case BriefingPage::Kind::Map:
    case BriefingPage::Kind::Ranking:
    case BriefingPage::Kind::Breakdown: {
        IndicatorViewRequest request;
        request.indicator = page.indicator;
        request.unit = scopes.dataUnit(page.scope);
        request.map34 = page.map34;
        request.kind = page.periodKind;
        request.cumulative = page.cumulative;
        request.rankingPeriod = Period::parse(page.period);
        request.breakdownDimension = page.dimension;
        service.submit(this, index, [answer, base, request, asOf](const CacheWorkspace &workspace, const Cancellation &cancellation) {
            PackPageData data = base;
            if (!workspace.cache) {
                data.error = workspace.openError;
                return answer(data);
            }
            auto view = loadIndicatorView(*workspace.cache, request, workspace.rankings, cancellation);
            if (!view) {
                data.error = view.error().message;
                return answer(data);
            }
            if (base.page.period.isEmpty())
                clampToAsOf(*view, asOf);
            data.view = std::move(*view);
            return answer(data);
        });
        return;
    }
    }
}

void PackDataLoader::pageDone(int index, PackPageData page)
{
    m_data.pages[index] = std::move(page);
    if (--m_waiting == 0)
        emit loaded(m_data);
}

} // namespace dh
