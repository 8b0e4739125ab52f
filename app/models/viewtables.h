#pragma once

#include "exports/table.h"

#include <QLocale>

namespace dh {

struct IndicatorViewData;

// The tables behind the indicator view's charts that have no item model of their own, to export:
// the province ranking of its period (rank, province, value) and the breakdown by one dimension
// (a column per value of the dimension, a row per period). Numbers in the indicator's decimals,
// periods as the view labels them, province names in the locale's language.
namespace ViewTables {

Table ranking(const IndicatorViewData &data, const QLocale &locale);
Table breakdown(const IndicatorViewData &data, const QLocale &locale);

} // namespace ViewTables

} // namespace dh
