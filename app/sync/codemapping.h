#pragma once

#include "core/indicator.h"
#include "core/observation.h"
#include "core/result.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace dh {

// How one source's codes become the catalogue's (resources/schemas/code-mapping.md): which of a
// document's dimensions hold the indicator, the unit and the period (by default the dimensions of
// role Metric, Geo and Time), which others are disaggregations (renamed to the catalogue's
// dimension names) or are fixed to one category, and the code tables — indicators (with a scale
// factor, the catalogue's unit of measure and a value kind), units, dimension values and status
// codes. A CSV of any layout is described by its columns section. A code table that is given is
// complete: a code it lacks is quarantined, a code it maps to null is left out on purpose.
class CodeMapping
{
public:
    // A code table: source code → catalogue code; nothing (null) = leave the cell out.
    using CodeTable = QHash<QString, std::optional<QString>>;

    struct IndicatorTarget
    {
        QString code;
        double scale = 1.0;              // catalogue value = source value × 10^unitMultiplier × scale
        QString measure;                 // the catalogue's unit of measure after scaling; empty: the source's
        std::optional<ValueKind> valueKind;
    };
    // What a code table said of a code.
    enum class Lookup { Mapped, Dropped, Unmapped };

    struct Disaggregation
    {
        QString source;                  // the document's dimension id
        QString name;                    // the catalogue's dimension name
    };

    struct CsvColumns
    {
        QString indicator, unit, period, value, status; // column names; empty: a constant
        QList<Disaggregation> disaggregations; // column → catalogue dimension
        QChar delimiter = u',';
        bool decimalComma = false;
        bool present = false;            // the mapping has a csv section
    };

    QString name;                        // the mapping's own name, for messages
    QString source;                      // the default provenance source name, where it gives one

    // Dimension ids of the document; empty = by role.
    QString indicatorDimension, unitDimension, periodDimension;
    QList<Disaggregation> disaggregations;
    QHash<QString, QString> fixed;       // dimension id → the one category kept

    // Constants for what the document does not carry.
    QString constantIndicator, constantUnit, constantPeriod;
    std::optional<ValueKind> constantValueKind;
    std::optional<ObservationStatus> constantStatus;
    int revision = 1;

    QHash<QString, std::optional<IndicatorTarget>> indicators; // empty: codes pass as they are
    CodeTable units;
    QHash<QString, CodeTable> values;    // by the document's dimension id
    QHash<QString, ObservationStatus> statuses;

    CsvColumns csv;

    // Reads a mapping; a bad file is refused naming the JSON pointer of the field at fault.
    static Result<CodeMapping> fromJson(QByteArrayView bytes);
    static Result<CodeMapping> load(const QString &path);

    Lookup unit(const QString &code, QString &out) const;
    Lookup value(const QString &dimension, const QString &code, QString &out) const;
    Lookup indicator(const QString &code, IndicatorTarget &out) const;
    // A status code: the mapping's, else the usual ones (SDMX OBS_STATUS A/P/E/F, JSON-stat p/e, PX -);
    // nothing for a code neither knows.
    std::optional<ObservationStatus> status(const QString &code) const;
};

} // namespace dh
