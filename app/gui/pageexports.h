#pragma once

#include "exports/table.h"

namespace dh {

class PageStack;
class ViewController;
class ViewExporter;
struct ViewState;

// Which views of each page export, and with which table behind them: the indicator page's chart
// and table (the series), its ranking, breakdown and map (pictures); the map page's map (with the
// province ranking); the catalogue; the home tiles (a picture); the task list as filtered, the
// rankings of ministries and provinces, the task summary and trend (pictures). Attached when a page is first
// shown, as the pages are made only then.
namespace PageExports {

void attach(ViewExporter &exporter, PageStack &pages, const ViewState &state);
// The sources sheet of the page shown: the indicator's line on the indicator and map pages, every
// indicator's on the catalogue; the as-of time and the synthetic flag of the cache.
TableBook metadata(PageStack &pages, const ViewController &controller);

} // namespace PageExports

} // namespace dh
