#pragma once

#include "core/result.h"
#include "exports/table.h"

class QIODevice;

namespace dh {

// A table as a CSV file a spreadsheet program opens correctly: UTF-8 with a byte-order mark (so
// Vietnamese reads right), a header row, numbers in full precision with a dot, gaps empty, and
// text that would run as a formula neutralised (CsvWriter).
namespace TableCsv {

void write(const Table &table, QIODevice &device);
// Written whole or not at all: a failed write leaves any earlier file in place.
Result<void> writeFile(const Table &table, const QString &path);

} // namespace TableCsv

} // namespace dh
