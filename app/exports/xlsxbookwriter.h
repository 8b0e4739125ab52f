#pragma once

#include "core/result.h"
#include "exports/table.h"

namespace dh {

// A TableBook as an XLSX workbook (libxlsxwriter): a sheet per table with numbers stored as
// numbers in the format the view shows them (#,##0.0), periods and other text as text, the header
// row bold and frozen and the columns as wide as their contents, then the sources sheet with the
// book's as-of time, its synthetic flag and a line per indicator. Text is stored as strings, never
// as formulas, so a cell starting with "=" needs no neutralising here.
class XlsxBookWriter
{
public:
    // The sources sheet's name, in both languages so either reader finds it; a sheet name cannot
    // hold "/", hence the dash.
    static QString sourcesSheetName();
    // A name Excel accepts for a sheet: at most 31 characters, none of []:*?/\, not empty.
    static QString sheetName(const QString &wanted);

    // Written whole or not at all: a failed write leaves any earlier file in place.
    static Result<void> write(const TableBook &book, const QString &path);
};

} // namespace dh
