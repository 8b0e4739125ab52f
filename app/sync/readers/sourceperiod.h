#pragma once

#include "core/period.h"
#include "core/result.h"

#include <QStringView>

namespace dh::SourcePeriod {

// A period as statistical sources write it, read into the framework's periods:
//  - the project's and SDMX's forms: 2025, 2025-S1, 2025-Q3, 2025-M07, 2025-07, 2025-W27,
//    2025-07-14, and SDMX's 2025-A1 (a year) and 2025-D195 (a day of the year);
//  - the compact forms of PX-Web and the World Bank: 2025M07, 2025Q3, 2025K3 (kvartal), 2025S1,
//    2025H1, 2025W27;
//  - an ISO 8601 interval, 2025-01-01/P1Y, when it is exactly one period (a year, half year,
//    quarter, month, ISO week or day); any other interval is refused with the reason.
Result<Period> parse(QStringView text);

// A PX file's TIMEVAL code under its time scale, TLIST(A1|H1|Q1|M1|W1): 2025, 20251 (first half),
// 20253 (third quarter), 202507, 202527 (week) — and the forms parse() reads.
Result<Period> parsePx(QStringView text, QStringView timeScale);

} // namespace dh::SourcePeriod
