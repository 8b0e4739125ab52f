#pragma once

#include "core/result.h"
#include "models/packdata.h"

#include <QString>

namespace dh {

class LanguageSwitcher;
class UnitRegistry;
class ViewController;

// Reads the data of a pack through a view controller that is started, waiting on an event loop
// for it: for the headless command and the tests, never for the GUI thread of the app.
Result<PackData> loadPackData(ViewController &controller, const BriefingPack &pack);

// dieuhanh --pack PACK.json --pdf OUT.pdf: opens the cache (cachePath, or the user's default cache
// made from the sample when empty), reads every page's data and writes the PDF, without a window.
// The pack's language becomes the interface's when languages is given. Returns the number of
// printed pages.
Result<int> exportPack(const QString &packPath, const QString &pdfPath, const QString &cachePath, const UnitRegistry &registry,
                       LanguageSwitcher *languages = nullptr);

} // namespace dh
