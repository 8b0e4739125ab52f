#pragma once

#include "core/result.h"
#include "sync/readers/statdocument.h"

#include <QByteArrayView>

namespace dh::SdmxJsonReader {

// Reads an SDMX-JSON data message — 2.x (`data.structures`, data sets pointing at a structure)
// or 1.0 (`structure`, at the top or under `data`) — into a StatDocument, in the source's own
// codes. Every layout gives the same cells: time series (`series` keyed "0:1:0", observations
// keyed by the observation dimension), cross-sections (another dimension at the observation
// level) and flat messages (AllDimensions: `observations` keyed by every dimension). The document
// has every dimension of the structure, data-set-level ones included, in key order (keyPosition);
// TIME_PERIOD is the Time dimension (its values kept as written, each checked with SourcePeriod),
// REF_AREA the Geo one. Each observation is a cell: a null value is missing, never zero; OBS_STATUS
// is its status; UNIT_MULT is applied, so every value is in base units and unitMultiplier stays 0;
// UNIT_MEASURE and DECIMALS go on the categories that determine them (SdmxCellBuilder says how);
// the cells of a data set whose action is Delete are marked deleted. The cells keep the
// message's order, so where data sets repeat a key the later one is meant to win.
//
// A message it cannot read whole is refused, with the place and a rule: SDMX_NOT_JSON,
// SDMX_TOO_DEEP, SDMX_NOT_A_MESSAGE, SDMX_ERROR_MESSAGE (the message carries errors instead of
// data), SDMX_NO_DATASETS, SDMX_NO_STRUCTURE, SDMX_STRUCTURE_OUT_OF_RANGE, SDMX_MANY_STRUCTURES,
// SDMX_DIMENSION_INVALID, SDMX_TOO_MANY_DIMENSIONS, SDMX_MANY_MEASURES, SDMX_ATTRIBUTE_INVALID,
// SDMX_LAYOUT_MISMATCH, SDMX_OBSERVATION_INVALID, SDMX_KEY_INVALID, SDMX_KEY_OUT_OF_RANGE,
// SDMX_VALUE_NOT_NUMBER, SDMX_VALUE_OUT_OF_RANGE, SDMX_ATTRIBUTE_OUT_OF_RANGE (for UNIT_MULT and
// UNIT_MEASURE; an OBS_STATUS or DECIMALS index out of range is read as not given, with a
// warning), SDMX_UNIT_MULT_INVALID, SDMX_ACTION_UNKNOWN, SDMX_DELETE_WITHOUT_OBSERVATIONS; and
// SourcePeriod's PERIOD_UNREADABLE or PERIOD_NOT_WHOLE for a TIME_PERIOD value that is no period.
//
// The message is streamed (nlohmann::json's SAX parser), so it needs a few times its own size in
// memory, not a tree of every value; bytes are read, never kept.
Result<StatDocument> read(QByteArrayView message);

} // namespace dh::SdmxJsonReader
