#pragma once

#include "core/result.h"
#include "sync/readers/jsonstatparser.h"
#include "sync/readers/jsonstatreader.h"

#include <cstdint>
#include <vector>

namespace dh {

// Reads the values and statuses of one JSON-stat dataset into the cells of its StatDocument,
// whose dimensions JsonStatDatasetReader has read: dense values (row-major, the last dimension
// fastest) give a cell at every position, sparse ones at the positions they name plus those with
// only a status; a status is a text for every cell, an array (of one, or one per cell) or an
// object by position. Null is missing, never zero; text that is not a number is missing too,
// and kept aside (JsonStatDataset::textValues).
class JsonStatCellReader
{
public:
    explicit JsonStatCellReader(const JsonStatParser &parser);

    // sizes: each dimension's; count: their product, which the caller has checked fits.
    Result<void> read(const nlohmann::json &dataset, const std::vector<std::uint64_t> &sizes, std::uint64_t count,
                      JsonStatDataset &out) const;

private:
    const JsonStatParser &m_parser;
};

} // namespace dh
