#pragma once

#include "core/result.h"
#include "sync/readers/sdmxcellbuilder.h"
#include "sync/readers/statdocument.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace dh {

// What nlohmann::json's SAX parser calls for each token of an SDMX-JSON message. It keeps the
// message without its observations — meta, structures, each data set's action and attributes —
// as a small JSON tree (the skeleton), and hands the series and observations to an
// SdmxCellBuilder as they stream past, so a message of half a million observations is never a
// tree of half a million nodes. Streaming needs the structure, and each data set's own members,
// before its observations: the order producers write. A message in another order is read in two
// passes; the first finds that out (needsSecondPass) and keeps the skeleton, and a handler made
// from that skeleton reads the observations in the second.
class SdmxSaxHandler
{
public:
    using json = nlohmann::json;

    // Nesting deeper than any SDMX-JSON message has refuses the message.
    static constexpr size_t kMaxDepth = 64;

    // The first pass, into document.
    explicit SdmxSaxHandler(StatDocument &document);
    // The second pass: the observations, read with the skeleton of the first.
    SdmxSaxHandler(StatDocument &document, json skeleton);

    bool needsSecondPass() const { return m_needsSecondPass; }
    const json &skeleton() const { return m_skeleton; }
    json takeSkeleton() { return std::move(m_skeleton); }
    const Error &error() const { return *m_error; }
    // The builder of the structure the data sets use; made now from the first structure when no
    // data set made it (a message without data sets still has dimensions). Null on error().
    SdmxCellBuilder *builder();

    // The SAX interface.
    bool null();
    bool boolean(bool value);
    bool number_integer(json::number_integer_t value);
    bool number_unsigned(json::number_unsigned_t value);
    bool number_float(json::number_float_t value, const std::string &text);
    bool string(std::string &value);
    bool binary(json::binary_t &value);
    bool start_object(std::size_t elements);
    bool key(std::string &value);
    bool end_object();
    bool start_array(std::size_t elements);
    bool end_array();
    bool parse_error(std::size_t position, const std::string &lastToken, const nlohmann::detail::exception &error);

private:
    enum class Kind : quint8 {
        Root,      // the message
        Container, // 1.x and 2.x `data`
        Structure, // `structure` or `structures`
        DataSets,
        DataSet,
        SeriesMap, // a data set's `series`
        Series,
        SeriesAttributes,
        Observations, // a series' or a data set's `observations`
        Observation,
        Plain,   // kept in the skeleton as it is
        Ignored, // neither kept nor read
    };

    struct Frame
    {
        Kind kind;
        json *node;       // in the skeleton; null where nothing is kept
        int count = 0;    // members or elements so far
        int dataSet = -1; // for a DataSet: its index
        bool dataBegun = false;
    };

    bool fail(Error error);
    bool fromBuilder(bool ok);
    // Refuses a member of the wrong JSON type where observations are read.
    bool shape(bool wantObject);
    std::optional<Kind> childKind(const Frame &parent, bool isObject);
    json *childNode(Frame &parent, int position, bool isObject);
    bool startContainer(bool isObject);
    bool endContainer();
    bool startData(Frame &dataSet);
    bool makeBuilder(const json &dataSet, int index);
    QString language() const;
    // make: the value for the skeleton, made only where it is kept.
    template<typename Make> bool scalar(const SdmxCellBuilder::Element &element, Make make);

    StatDocument &m_doc;
    const bool m_firstPass;
    json m_skeleton;
    json *m_container = nullptr; // the object that holds dataSets
    std::vector<Frame> m_frames;
    std::string m_key;
    std::string m_number; // an unsigned number beyond int64, as text
    std::optional<SdmxCellBuilder> m_builder;
    int m_structureIndex = -1;
    std::optional<Error> m_error;
    bool m_structureComplete = false;
    bool m_needsSecondPass = false;
    bool m_dataStopped = false; // first pass: the order is not one to stream
};

} // namespace dh
