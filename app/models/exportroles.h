#pragma once

#include <Qt>

// The roles by which an item model says how its table leaves the app (modelTable): a model that
// answers none of them is exported as it is shown, its numbers found by their type. Values are
// far above the models' own roles (Qt::UserRole + 1 …).
namespace dh::ExportRole {

// data(): the cell as exported: a double for a number (an invalid QVariant for a gap), else text.
constexpr int Value = Qt::UserRole + 200;
// headerData(): the column's TableColumn::Kind, as an int.
constexpr int ColumnKind = Qt::UserRole + 201;
// headerData(): the digits after the decimal point a number column shows.
constexpr int Decimals = Qt::UserRole + 202;
// headerData(): the column's title in a spreadsheet, where a number lost its unit: "Value (tỷ đồng)".
constexpr int Title = Qt::UserRole + 203;

} // namespace dh::ExportRole
