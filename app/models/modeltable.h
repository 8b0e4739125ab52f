#pragma once

#include "exports/table.h"

class QAbstractItemModel;

namespace dh {

struct Indicator;

// Any table model as a Table to export (XLSX, CSV): its rows in the order the model (a sorted,
// filtered proxy too) gives them. A model says how its columns export through ExportRole; for one
// that does not, a column whose every filled cell holds a number (an int or a double, not text) is
// a number column with the decimals of its most precise cell, and the rest is its shown text.
Table modelTable(const QAbstractItemModel &model, const QString &name);
// The indicator's line on the sources sheet: its name, method, unit and source, in Vietnamese.
TableSource tableSource(const Indicator &indicator);

} // namespace dh
