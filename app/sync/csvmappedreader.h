#pragma once

#include "codemapping.h"
#include "sync/readers/statdocument.h"

#include "core/result.h"

#include <QByteArrayView>

namespace dh {

// Reads a CSV of any layout that a code mapping's csv section describes (which column is the
// indicator, the unit, the period, the value, the status and each disaggregation; constants for
// the ones it lacks) into a StatDocument, so it becomes observations by the same path as every
// other format (DocumentObservations). The dimensions are the mapped columns, by their header
// names, with the roles Metric, Geo and Time; a row is a cell, an empty value a missing one.
// UTF-8 with or without a byte-order mark, RFC 4180 quoting, the mapping's delimiter; with a
// decimal comma "1234,5" is 1234.5 (a point is then refused: it would be a thousands separator
// in one file and a decimal point in another). A file whose header lacks a mapped column, a row of
// another number of fields, or a value that is not a number is refused, naming the row and column.
class CsvMappedReader
{
public:
    static Result<StatDocument> read(QByteArrayView bytes, const CodeMapping &mapping);
};

} // namespace dh
