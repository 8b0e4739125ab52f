#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace dh {

// A column of an exported table: what its cells are, so a spreadsheet gets numbers it can sum
// (with the decimals the view shows) and periods it keeps as written ("2025-Q3" is not a date).
struct TableColumn
{
    enum class Kind { Text, Number, Period };

    QString title;
    Kind kind = Kind::Text;
    int decimals = 0; // Number: the digits after the decimal point the view shows
};

// One table of a view as it leaves the app: a sheet of a workbook, or a CSV file. The cells of a
// Number column are doubles (an invalid QVariant for a gap); the others are text.
struct Table
{
    QString name;
    QList<TableColumn> columns;
    QList<QVariantList> rows;
};

// What the numbers of an export are and where they come from: one line per indicator on the
// "Nguồn / Sources" sheet.
struct TableSource
{
    QString code;
    QString name;
    QString definition;
    QString unit;
    QString source;
    bool synthetic = false;
};

// The tables of one export with the metadata that travels with them.
struct TableBook
{
    QList<Table> tables;
    QList<TableSource> sources;
    QDateTime asOf;
    bool synthetic = false;
};

} // namespace dh
