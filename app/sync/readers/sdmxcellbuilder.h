#pragma once

#include "core/result.h"
#include "sync/readers/sdmxcategoryunits.h"
#include "sync/readers/sdmxgroupattributes.h"
#include "sync/readers/sdmxstructure.h"
#include "sync/readers/statdocument.h"

#include <nlohmann/json_fwd.hpp>

#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dh {

// Turns the data sets of an SDMX-JSON message, as a parser meets them, into the cells of a
// StatDocument: it reads the series and observation keys against the structure, resolves the
// mapped attributes at whatever level the message gives them (observation, series, dimension
// group, data set; an attribute left out takes its default), and adds one cell per observation.
//  - OBS_STATUS becomes the cell's status code.
//  - UNIT_MULT is applied: the cell holds value × 10^UNIT_MULT, worked out from the value's decimal
//    form so 350.154 × 10³ is exactly 350154, and the categories' unitMultiplier stays 0 — every
//    value of the document is in base units. DECIMALS is shifted by the same power (one decimal of
//    thousands is no decimal of units).
//  - UNIT_MEASURE and DECIMALS go on the categories whose cells share them (SdmxCategoryUnits);
//    a unit that changes within every dimension is on none, with a warning.
//  - A data set whose action is Delete marks its cells deleted; Information, Append, Replace and
//    Merge write. A Delete of a whole series or data set (no observations) is refused: the
//    document could not say which cells it removes.
// Errors refuse the message (the first is kept, with its place: data set, series key, observation
// key); doubtful things it reads anyway become warnings, one per kind with a count.
class SdmxCellBuilder
{
public:
    // A JSON value where the message holds a value or an attribute reference.
    struct Element
    {
        enum class Type : quint8 { Null, Integer, Number, Text, Boolean, Nested };
        Type type = Type::Null;
        qint64 integer = 0;
        double number = 0;
        std::string_view text; // the number as written, or the string
    };

    SdmxCellBuilder(StatDocument &document, SdmxStructure structure);

    // dataSet: the data set's members other than its series and observations.
    bool beginDataSet(int index, const nlohmann::json &dataSet);
    bool endDataSet();
    bool beginSeries(std::string_view key);
    bool seriesAttribute(int position, const Element &element);
    bool endSeriesAttributes();
    bool endSeries();
    // The observations of a data set presented flat (AllDimensions), not in series.
    bool beginFlatObservations();
    bool beginObservation(std::string_view key);
    bool observationElement(int position, const Element &element);
    bool endObservation();

    // Puts units, decimals, status labels and warnings on the document.
    void finish();

    const Error &error() const { return *m_error; }
    // Where the builder is, for a message: "Data set 0, series "0:1", observation "3"".
    QString place() const;
    const SdmxStructure &structure() const { return m_structure; }

private:
    using Refs = SdmxAttributeRefs;

    struct Pending
    {
        qsizetype keyOffset;
        double value;
        bool hasValue;
        Refs refs;
    };

    bool fail(const char *rule, const QString &message);
    bool fail(Error error);
    // Counts one more of a kind of warning already given; false for a new kind, which the caller
    // then gives with warn(), so a message is only composed once per kind.
    bool warnedAgain(const QString &kind);
    void warn(const QString &kind, const QString &message);
    static Refs omitted();

    bool resolve(SdmxAttributeKind kind, const Element &element, int &ref);
    bool readGroups(const nlohmann::json &groups);
    bool parseKey(std::string_view key, SdmxLevel level, std::vector<int> &indices);
    int ref(SdmxAttributeKind kind, const Refs &observation) const;
    bool addPending();
    bool addCell(const int *observationKey, std::optional<double> value, const Refs &refs);

    StatDocument &m_doc;
    SdmxStructure m_structure;
    std::optional<Error> m_error;
    QStringList m_warningOrder;
    QHash<QString, std::pair<QString, int>> m_warnings; // kind → first message, count

    // Where the reader is, for messages.
    int m_dataSet = -1;
    std::string m_seriesKey;
    std::string m_observationKey;
    std::string m_groupKey;
    bool m_inSeries = false;
    bool m_inObservation = false;
    const int *m_emitting = nullptr; // the observation key of the cell being added

    // The data set.
    bool m_deleted = false;
    qsizetype m_dataSetCells = 0;
    Refs m_dataSetRefs{};
    SdmxGroupAttributes m_groups;

    // The series.
    std::vector<int> m_seriesIndices;
    Refs m_seriesRefs{};
    qsizetype m_seriesObservations = 0;
    bool m_seriesAttributesRead = false; // or the structure has none the reader maps
    std::vector<Pending> m_pending;      // observations waiting for the series' attributes
    std::vector<int> m_pendingKeys;

    // The observation.
    std::optional<double> m_value;
    Refs m_observationRefs{};
    std::vector<int> m_observationIndices;

    std::vector<int> m_cellKey;
    SdmxCategoryUnits m_units;
};

} // namespace dh
