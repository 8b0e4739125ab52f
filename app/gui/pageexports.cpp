#include "pageexports.h"

#include "catalogpage.h"
#include "homepage.h"
#include "indicatorpage.h"
#include "mappage.h"
#include "mappanel.h"
#include "pagestack.h"
#include "tasklistview.h"
#include "taskspage.h"
#include "tasksummarypanel.h"
#include "tasktrendchart.h"
#include "viewexporter.h"

#include "charts/rankingchart.h"
#include "charts/stackedchart.h"
#include "charts/timeserieschart.h"
#include "map/choroplethmap.h"
#include "models/catalogmodel.h"
#include "models/modeltable.h"
#include "models/provincerankingmodel.h"
#include "models/viewcontroller.h"
#include "models/viewtables.h"

#include <QTableView>

namespace dh::PageExports {

namespace {

template<typename Table>
void attachOnce(ViewExporter &exporter, QWidget *view, Table table, const QString &name)
{
    if (view && !exporter.isAttached(view))
        exporter.attach(view, std::move(table), name);
}

} // namespace

void attach(ViewExporter &exporter, PageStack &pages, const ViewState &state)
{
    switch (state.page) {
    case ViewState::Page::Home:
        attachOnce(exporter, pages.home(), nullptr, ViewExporter::tr("Dashboard"));
        break;
    case ViewState::Page::Indicator: {
        IndicatorPage *page = pages.indicator();
        QAbstractItemModel *series = page->table()->model();
        attachOnce(exporter, page->chart(), series, ViewExporter::tr("Series"));
        attachOnce(exporter, page->table(), series, ViewExporter::tr("Series"));
        // In the language shown when exported: the language switcher keeps it the default locale.
        attachOnce(exporter, page->ranking(), ViewExporter::TableMaker([page] { return ViewTables::ranking(page->data(), QLocale()); }),
                   ViewExporter::tr("Ranking"));
        attachOnce(exporter, page->breakdown(),
                   ViewExporter::TableMaker([page] { return ViewTables::breakdown(page->data(), QLocale()); }),
                   ViewExporter::tr("Breakdown"));
        attachOnce(exporter, page->mapPanel()->map(), nullptr, ViewExporter::tr("Map"));
        break;
    }
    case ViewState::Page::Map: {
        MapPage *page = pages.map();
        attachOnce(exporter, page->panel()->map(), page->rankingModel(), ViewExporter::tr("Ranking"));
        break;
    }
    case ViewState::Page::Catalogue: {
        CatalogPage *page = pages.catalog();
        attachOnce(exporter, page->view(), page->view()->model(), ViewExporter::tr("Catalogue"));
        break;
    }
    case ViewState::Page::Tasks: {
        TasksPage *page = pages.tasks();
        // The list in the order and with the filters shown: the proxy, not the whole model.
        attachOnce(exporter, page->list()->table(), page->list()->table()->model(), ViewExporter::tr("Tasks"));
        attachOnce(exporter, page->ministryTable(), page->ministryTable()->model(), ViewExporter::tr("Ministries"));
        attachOnce(exporter, page->provinceTable(), page->provinceTable()->model(), ViewExporter::tr("Provinces"));
        attachOnce(exporter, page->summaryPanel(), nullptr, ViewExporter::tr("Task summary"));
        attachOnce(exporter, page->trend(), nullptr, ViewExporter::tr("Task trend"));
        break;
    }
    case ViewState::Page::Sync:
        break;
    }
}

TableBook metadata(PageStack &pages, const ViewController &controller)
{
    TableBook book;
    book.synthetic = controller.isSynthetic();
    const ViewState &state = controller.current();
    if (state.page == ViewState::Page::Indicator || state.page == ViewState::Page::Map) {
        const IndicatorViewData &data = state.page == ViewState::Page::Indicator ? pages.indicator()->data() : pages.map()->data();
        book.sources = {tableSource(data.indicator)};
        book.asOf = data.asOf;
    } else if (state.page == ViewState::Page::Catalogue) {
        const CatalogModel &model = *pages.catalog()->model();
        for (int row = 0; row < model.rowCount(); ++row) {
            if (const CatalogEntry *e = model.entry(row)) {
                book.sources.append(tableSource(e->indicator));
                book.asOf = std::max(book.asOf, e->retrievedAt);
            }
        }
    }
    return book;
}

} // namespace dh::PageExports
