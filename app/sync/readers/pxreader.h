#pragma once

#include "core/result.h"
#include "sync/readers/statdocument.h"

#include <QByteArrayView>

namespace dh {

// Reads a PX file (PC-Axis: the format of the statistics offices' table downloads and of PX-Web)
// into a StatDocument, in the file's own codes; a code mapping makes observations of it.
//
// - Variables are the STUB then the HEADING variables, and the cells run over them in that order,
//   the last variable fastest. A dimension's id is its VARIABLECODE, else its name in the default
//   language; its labels are its names in every language (STUB[en] names the same variables as
//   STUB, in the same order).
// - Category ids are the CODES where the file gives them, else the VALUES; labels are the VALUES
//   in every language (VALUES[en]("Region")).
// - Time: the TIMEVAL variable is the time dimension. Its ids are kept where they read as the
//   period TIMEVAL gives them, and replaced by that period's canonical form (2024-Q3) where they do
//   not, so that every time id reads as its period. Without TIMEVAL, the one variable whose codes
//   and values all read as periods is the time dimension (codes alone would take four-digit region
//   codes for years).
// - Metric: the CONTVARIABLE is the metric dimension, its categories carrying UNITS("content")
//   and LAST-UPDATED("content"). A file without one has a single content; it gets a metric
//   dimension of its own, "CONTENTS", last, of one category (the MATRIX, labelled with CONTENTS)
//   that carries UNITS — as PX-Web's API gives every table a ContentsCode.
// - Decimals: PRECISION("variable","value") for that category, else SHOWDECIMALS, else DECIMALS.
// - Cells: numbers; the dots "." to "......" are missing values with the dots as status, never
//   zero; "-" is PX's nil, a value that is zero by its nature (no such case exists), read as 0 with
//   the status "-". DATASYMBOL1…6 and DATASYMBOLNIL give the labels of those statuses, and a cell
//   written as one of their texts reads as the symbol it stands for. Any other quoted text is a
//   missing value with that text as status, and a warning. DATASYMBOLSUM only governs how a sum is
//   shown and is not read.
// - Text is decoded in the file's code page (PxCharset); what was doubtful in it is in warnings.
//
// A file that cannot be read whole is refused with the place (keyword, line, variable, cell) and
// the rule it broke (Error::rule: PX_KEYWORD_MALFORMED, PX_VALUES_MISSING, PX_STUB_UNKNOWN,
// PX_CODES_COUNT_MISMATCH, PX_DATA_COUNT_MISMATCH, PX_DATA_NOT_A_NUMBER …).
class PxReader
{
public:
    static Result<StatDocument> read(QByteArrayView file);
};

} // namespace dh
