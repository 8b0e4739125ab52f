#pragma once

#include "core/result.h"
#include "sync/readers/statdocument.h"

#include <nlohmann/json_fwd.hpp>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string_view>

namespace dh {

// The levels of an SDMX-JSON data message a component is presented at.
enum class SdmxLevel : quint8 { DataSet, DimensionGroup, Series, Observation };
inline constexpr int kSdmxLevels = 4;

// The attributes the reader turns into what a StatDocument holds; every other one is passed over.
enum class SdmxAttributeKind : quint8 { Status, UnitMultiplier, Unit, Decimals };
inline constexpr int kSdmxAttributeKinds = 4;

// One structure of an SDMX-JSON data message (1.0's `structure`, or one of 2.x's `structures`)
// read into what the reader needs: the dimensions as StatDocument dimensions in key order
// (keyPosition) with the level each is presented at, the roles the reader knows (TIME_PERIOD →
// Time, REF_AREA → Geo), and the four attributes it maps (OBS_STATUS, UNIT_MULT, UNIT_MEASURE,
// DECIMALS) with their values. Reading it checks what the rest of the message indexes into: every
// dimension has an id and values with ids, none twice; the data-set-level dimensions have one
// value each; every TIME_PERIOD value is a period SourcePeriod reads. The time values are part of
// the structure, so one that is no period (2025-07-01/P1Y) refuses the whole message, naming the
// value and SourcePeriod's reason, rather than leaving its observations out unseen.
class SdmxStructure
{
public:
    // A mapped attribute and its values: those the structure lists, then the values the message
    // gives directly (an attribute without a code list), added as they are met.
    struct Attribute
    {
        QString id;
        SdmxLevel level = SdmxLevel::Observation;
        int listed = 0;    // values listed by the structure; an index below is theirs
        QStringList codes; // each value's id (or its text)
        QList<LocalizedText> labels;
        QList<std::optional<int>> integers; // each value as a whole number, where it is one
        int fallback = -1;                  // the value of an attribute the message leaves out, or -1

        // The index of a value given as text, added if new.
        int intern(const QString &text);

    private:
        QHash<QString, int> m_direct;
    };

    // The most dimensions a message may have: statistical data structures have a dozen or so, and
    // every cell keeps an index for each.
    static constexpr int kMaxDimensions = 32;

    // language: the message's first content language, for a `name` given without `names`.
    static Result<SdmxStructure> read(const nlohmann::json &structure, const QString &language);

    QList<StatDimension> dimensions; // in key order
    // For the dataSet, series and observation levels: the document index of each dimension there.
    std::array<QList<int>, kSdmxLevels> dimensionsAt;
    // For each level: what each attribute position is, or -1 for one the reader passes over.
    std::array<QList<int>, kSdmxLevels> attributeKindsAt;
    std::array<std::optional<Attribute>, kSdmxAttributeKinds> attributes;
    LocalizedText label;

    // A position of a key ("0:12:3" has three): digits only; nullopt when it is not a number, a
    // value beyond any dimension's when it is too long to be one.
    static std::optional<qint64> keyIndex(std::string_view position);

    const QList<int> &dimensionsOf(SdmxLevel level) const { return dimensionsAt[int(level)]; }
    // The position of a dimension among all of the message's, level by level (dataSet, series,
    // observation) as dimensionGroupAttributes keys count them, mapped to its document index.
    QList<int> dimensionsInLevelOrder() const;
};

} // namespace dh
