#include "documentobservations.h"

#include "sync/readers/sourceperiod.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace dh {

namespace {

// value × 10^exponent, dividing for a negative exponent: 3 × 10^-1 is 0.3 exactly as 3 / 10 is,
// where 3 × 0.1 is not.
double timesPowerOfTen(double value, int exponent)
{
    return exponent >= 0 ? value * std::pow(10.0, exponent) : value / std::pow(10.0, -exponent);
}

// The unit of measure a category states, in Vietnamese where it has it.
QString measureOf(const StatCategory &category)
{
    if (category.unit.isEmpty())
        return {};
    return category.unit.value(QStringLiteral("vi"), category.unit.first());
}

} // namespace

namespace {

// A statistics office names its categories rather than coding them (PX-Web's values are running
// numbers, their texts the names): a code table keyed by the names maps them too.
template<typename Find>
CodeMapping::Lookup byIdOrLabel(const StatCategory &category, Find find)
{
    CodeMapping::Lookup lookup = find(category.id);
    for (auto it = category.label.cbegin(); lookup == CodeMapping::Lookup::Unmapped && it != category.label.cend(); ++it)
        lookup = find(*it);
    return lookup;
}

} // namespace

struct DocumentObservations::Plan
{
    // What a category becomes: a code, or left out on purpose, or a reason the cell is refused.
    struct Translation
    {
        CodeMapping::Lookup lookup = CodeMapping::Lookup::Mapped;
        QString code;
        QString reason;
    };
    struct IndicatorCategory
    {
        CodeMapping::Lookup lookup = CodeMapping::Lookup::Mapped;
        QString code;
        double scale = 1.0;
        int exponent = 0;                      // the unit multiplier of its own Metric category
        QString measure;
        std::optional<ValueKind> valueKind;
        QString reason;
    };
    struct PeriodCategory
    {
        Period period;
        QString reason;
    };
    struct DisaggregationDimension
    {
        int dimension = -1;
        QString name;
        QList<Translation> values;
    };

    const StatDocument *document = nullptr;
    const CodeMapping *mapping = nullptr;
    Provenance provenance;

    int indicatorDimension = -1;
    int unitDimension = -1;
    int periodDimension = -1;
    int metricDimension = -1;        // the dimension of role Metric, whose categories carry unit multipliers
    QList<int> metricExponents;      // by its category, where it is not the indicator's dimension
    int valueKindDimension = -1;     // a dimension of role ValueKind: each category names its kind
    int keyDimension = -1;           // a dimension of role Disaggregation: each category is a whole key
    QList<std::optional<ValueKind>> valueKinds;
    QList<IndicatorCategory> indicators;       // by category of indicatorDimension, or one constant
    QList<Translation> units;
    QList<PeriodCategory> periods;
    QList<DisaggregationDimension> disaggregations; // sorted by catalogue name: keys come out canonical
    QList<std::pair<int, int>> fixed;          // dimension, the category kept
    ValueKind valueKind = ValueKind::InPeriod;
    std::optional<ObservationStatus> constantStatus;
    QHash<QString, std::optional<ObservationStatus>> statuses; // cache of status lookups

    DocumentSummary summary;

    Result<void> build();
    void translateIndicators();
    void translateUnits(const QString &constant);
    void translatePeriods(const QString &constant);
    QString rawText(qsizetype cell, std::optional<double> value) const;
};

namespace {

Error refused(const QString &message)
{
    Error e = Error::invalid(message);
    e.rule = QStringLiteral("MAPPING_MISMATCH");
    return e;
}

QString unmappedReason(const QString &code, const QString &dimension, const char *table)
{
    return QCoreApplication::translate("DocumentObservations", "Code \"%1\" of dimension %2 is not in the mapping's %3 table.")
        .arg(code, dimension, QString::fromLatin1(table));
}

} // namespace

Result<void> DocumentObservations::Plan::build()
{
    const StatDocument &doc = *document;
    auto dimensionNamed = [&](const QString &id, const char *field, int &out) -> Result<void> {
        out = doc.dimensionIndex(id);
        if (out < 0) {
            return refused(QCoreApplication::translate("DocumentObservations", "The mapping's %1 names dimension \"%2\", which the document does not have (it has: %3).")
                               .arg(QString::fromLatin1(field), id, [&] {
                                   QStringList ids;
                                   for (const StatDimension &d : doc.dimensions)
                                       ids.append(d.id);
                                   return ids.join(QStringLiteral(", "));
                               }()));
        }
        return {};
    };
    const CodeMapping none;
    const CodeMapping &m = mapping ? *mapping : none;
    for (const auto &[id, field, role, slot] :
         {std::tuple{m.indicatorDimension, "/dimensions/indicator", DimensionRole::Metric, &indicatorDimension},
          std::tuple{m.unitDimension, "/dimensions/unit", DimensionRole::Geo, &unitDimension},
          std::tuple{m.periodDimension, "/dimensions/period", DimensionRole::Time, &periodDimension}}) {
        if (!id.isEmpty()) {
            if (auto r = dimensionNamed(id, field, *slot); !r)
                return r;
        } else {
            *slot = doc.dimensionOfRole(role);
        }
    }
    if (periodDimension < 0 && m.constantPeriod.isEmpty())
        return refused(QCoreApplication::translate("DocumentObservations", "The document has no time dimension: name it in the mapping (dimensions.period) or give constants.period."));
    if (mapping && indicatorDimension < 0 && m.constantIndicator.isEmpty())
        return refused(QCoreApplication::translate("DocumentObservations", "The document has no metric dimension: name the indicator's dimension in the mapping (dimensions.indicator) or give constants.indicator."));
    if (mapping && unitDimension < 0 && m.constantUnit.isEmpty())
        return refused(QCoreApplication::translate("DocumentObservations", "The document has no geographic dimension: name the unit's dimension in the mapping (dimensions.unit) or give constants.unit."));

    for (auto it = m.fixed.cbegin(); it != m.fixed.cend(); ++it) {
        int dimension = -1;
        if (auto r = dimensionNamed(it.key(), "/dimensions/fixed", dimension); !r)
            return r;
        const int category = doc.dimensions.at(dimension).indexOf(it.value());
        if (category < 0)
            return refused(QCoreApplication::translate("DocumentObservations", "The mapping fixes dimension %1 to \"%2\", which is not one of its categories.")
                               .arg(it.key(), it.value()));
        fixed.append({dimension, category});
    }
    metricDimension = doc.dimensionOfRole(DimensionRole::Metric);
    if (metricDimension >= 0 && metricDimension != indicatorDimension) {
        for (const StatCategory &c : doc.dimensions.at(metricDimension).categories)
            metricExponents.append(c.unitMultiplier);
    }
    valueKindDimension = doc.dimensionOfRole(DimensionRole::ValueKind);
    keyDimension = doc.dimensionOfRole(DimensionRole::Disaggregation);
    if (valueKindDimension >= 0) {
        for (const StatCategory &c : doc.dimensions.at(valueKindDimension).categories)
            valueKinds.append(valueKindFromName(c.id));
    }
    QList<CodeMapping::Disaggregation> renames = m.disaggregations;
    renames += m.csv.disaggregations;
    for (int i = 0; i < doc.dimensions.size(); ++i) {
        const StatDimension &dim = doc.dimensions.at(i);
        if (i == indicatorDimension || i == unitDimension || i == periodDimension || i == valueKindDimension || i == keyDimension)
            continue;
        if (std::any_of(fixed.cbegin(), fixed.cend(), [i](const auto &f) { return f.first == i; }))
            continue;
        const auto renamed = std::find_if(renames.cbegin(), renames.cend(), [&](const auto &d) { return d.source == dim.id; });
        if (renamed == renames.cend()) {
            // Without a mapping the source's codes are shown as they are, and a dimension of one
            // category says nothing of the cells. With one, that category may be a slice (women,
            // one product) that would be stored as the total: the mapping must say.
            if (!mapping && dim.categories.size() <= 1)
                continue;
            if (mapping && dim.categories.size() == 1) {
                return refused(QCoreApplication::translate("DocumentObservations", "Dimension %1 has one category, \"%2\", and the mapping neither fixes it (dimensions.fixed: if it is the total) nor makes it a disaggregation (dimensions.disaggregations): the figures would be stored as the total.")
                                   .arg(dim.id, dim.categories.first().id));
            }
            if (mapping) {
                return refused(QCoreApplication::translate("DocumentObservations", "Dimension %1 has %2 categories and the mapping neither makes it a disaggregation (dimensions.disaggregations) nor fixes it to one (dimensions.fixed).")
                                   .arg(dim.id).arg(dim.categories.size()));
            }
        }
        DisaggregationDimension d;
        d.dimension = i;
        d.name = renamed == renames.cend() ? dim.id : renamed->name;
        for (const StatCategory &c : dim.categories) {
            Translation t;
            t.lookup = byIdOrLabel(c, [&](const QString &code) { return m.value(dim.id, code, t.code); });
            if (t.lookup == CodeMapping::Lookup::Unmapped)
                t.reason = unmappedReason(c.id, dim.id, "values");
            d.values.append(t);
        }
        disaggregations.append(d);
    }
    for (const CodeMapping::Disaggregation &r : std::as_const(renames)) {
        int dimension = -1;
        if (auto found = dimensionNamed(r.source, "/dimensions/disaggregations", dimension); !found)
            return found;
    }
    std::sort(disaggregations.begin(), disaggregations.end(), [](const auto &a, const auto &b) { return a.name < b.name; });

    translateIndicators();
    translateUnits(m.constantUnit);
    translatePeriods(m.constantPeriod);
    valueKind = m.constantValueKind.value_or(ValueKind::InPeriod);
    constantStatus = m.constantStatus;
    if (mapping)
        provenance.revision = m.revision;
    return {};
}

void DocumentObservations::Plan::translateIndicators()
{
    const CodeMapping none;
    const CodeMapping &m = mapping ? *mapping : none;
    if (indicatorDimension < 0) {
        IndicatorCategory c;
        const QString code = !m.constantIndicator.isEmpty() ? m.constantIndicator : document->id;
        CodeMapping::IndicatorTarget target;
        c.lookup = m.indicator(code, target);
        c.code = target.code;
        c.scale = target.scale;
        c.measure = target.measure;
        c.valueKind = target.valueKind;
        if (c.lookup == CodeMapping::Lookup::Unmapped)
            c.reason = unmappedReason(code, QCoreApplication::translate("DocumentObservations", "(constant)"), "indicators");
        indicators.append(c);
        return;
    }
    const StatDimension &dim = document->dimensions.at(indicatorDimension);
    for (const StatCategory &category : dim.categories) {
        IndicatorCategory c;
        CodeMapping::IndicatorTarget target;
        c.lookup = byIdOrLabel(category, [&](const QString &code) { return m.indicator(code, target); });
        c.code = target.code;
        c.scale = target.scale;
        c.exponent = indicatorDimension == metricDimension ? category.unitMultiplier : 0;
        // The source's unit of measure says what the values are in before they are multiplied
        // and scaled: after that only the mapping can say.
        c.measure = !target.measure.isEmpty() ? target.measure
                  : (category.unitMultiplier == 0 && target.scale == 1.0 ? measureOf(category) : QString());
        c.valueKind = target.valueKind;
        if (c.lookup == CodeMapping::Lookup::Unmapped)
            c.reason = unmappedReason(category.id, dim.id, "indicators");
        indicators.append(c);
    }
}

void DocumentObservations::Plan::translateUnits(const QString &constant)
{
    const CodeMapping none;
    const CodeMapping &m = mapping ? *mapping : none;
    if (unitDimension < 0) {
        Translation t;
        t.lookup = m.unit(constant, t.code);
        if (t.lookup == CodeMapping::Lookup::Unmapped)
            t.reason = unmappedReason(constant, QCoreApplication::translate("DocumentObservations", "(constant)"), "units");
        units.append(t);
        return;
    }
    const StatDimension &dim = document->dimensions.at(unitDimension);
    for (const StatCategory &category : dim.categories) {
        Translation t;
        t.lookup = byIdOrLabel(category, [&](const QString &code) { return m.unit(code, t.code); });
        if (t.lookup == CodeMapping::Lookup::Unmapped)
            t.reason = unmappedReason(category.id, dim.id, "units");
        units.append(t);
    }
}

void DocumentObservations::Plan::translatePeriods(const QString &constant)
{
    auto read = [](const QString &code, const QString &dimension) {
        PeriodCategory p;
        const auto period = SourcePeriod::parse(code);
        if (period)
            p.period = *period;
        else
            p.reason = QCoreApplication::translate("DocumentObservations", "Period \"%1\" of dimension %2: %3").arg(code, dimension, period.error().message);
        return p;
    };
    if (periodDimension < 0) {
        periods.append(read(constant, QCoreApplication::translate("DocumentObservations", "(constant)")));
        return;
    }
    const StatDimension &dim = document->dimensions.at(periodDimension);
    for (const StatCategory &category : dim.categories)
        periods.append(read(category.id, dim.id));
}

QString DocumentObservations::Plan::rawText(qsizetype cell, std::optional<double> value) const
{
    const StatDocument &doc = *document;
    QString raw;
    for (int i = 0; i < doc.dimensions.size(); ++i) {
        const StatDimension &dim = doc.dimensions.at(i);
        raw += dim.id + u'=' + dim.categories.at(doc.category(cell, i)).id + u';';
    }
    raw += QStringLiteral("value=") + (value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString());
    if (const QString status = doc.status(cell); !status.isEmpty())
        raw += QStringLiteral(";status=") + status;
    return raw;
}

DocumentObservations::DocumentObservations(std::unique_ptr<Plan> plan) : d(std::move(plan)) {}
DocumentObservations::DocumentObservations(DocumentObservations &&) noexcept = default;
DocumentObservations &DocumentObservations::operator=(DocumentObservations &&) noexcept = default;
DocumentObservations::~DocumentObservations() = default;

Result<DocumentObservations> DocumentObservations::create(const StatDocument &document, const CodeMapping *mapping, Provenance provenance)
{
    auto plan = std::make_unique<Plan>();
    plan->document = &document;
    plan->mapping = mapping;
    plan->provenance = std::move(provenance);
    if (auto r = plan->build(); !r)
        return r.error();
    return DocumentObservations(std::move(plan));
}

const DocumentSummary &DocumentObservations::summary() const
{
    return d->summary;
}

Result<qint64> DocumentObservations::produce(const CsvObservationReader::BatchSink &sink, qsizetype batchRecords)
{
    Plan &p = *d;
    const StatDocument &doc = *p.document;
    DocumentSummary &s = p.summary;
    s = {};
    ObservationBatch batch;
    Observation o;
    o.provenance = p.provenance;
    QStringList parts;
    auto handOn = [&]() {
        if (batch.records.isEmpty())
            return true;
        const bool go = sink(std::move(batch));
        batch = ObservationBatch();
        return go;
    };
    auto add = [&](qsizetype cell, std::optional<double> value, QString reason, bool removal) {
        ObservationBatch::Record &record = batch.records.emplace_back();
        record.line = cell + 1;
        record.removal = removal;
        const QString raw = p.rawText(cell, value);
        record.rawStart = batch.text.size();
        record.rawLength = raw.size();
        batch.text += raw;
        if (reason.isEmpty()) {
            record.observation = o;
            if (!removal)
                ++s.observations;
        } else {
            record.reason = std::move(reason);
            ++s.rejected;
        }
        return batch.records.size() < batchRecords || handOn();
    };

    for (qsizetype cell = 0; cell < doc.cellCount(); ++cell) {
        ++s.cells;
        if (std::any_of(p.fixed.cbegin(), p.fixed.cend(), [&](const auto &f) { return doc.category(cell, f.first) != f.second; })) {
            ++s.leftOut;
            continue;
        }
        const bool removal = doc.isDeleted(cell);
        const std::optional<double> value = doc.value(cell);
        if (!value && !removal) {
            ++s.missing;
            continue;
        }
        const auto &ind = p.indicators.at(p.indicatorDimension < 0 ? 0 : doc.category(cell, p.indicatorDimension));
        const auto &unit = p.units.at(p.unitDimension < 0 ? 0 : doc.category(cell, p.unitDimension));
        const auto &period = p.periods.at(p.periodDimension < 0 ? 0 : doc.category(cell, p.periodDimension));
        bool dropped = ind.lookup == CodeMapping::Lookup::Dropped || unit.lookup == CodeMapping::Lookup::Dropped;
        QString reason = !ind.reason.isEmpty() ? ind.reason : !unit.reason.isEmpty() ? unit.reason : period.reason;
        parts.clear();
        for (const Plan::DisaggregationDimension &dim : std::as_const(p.disaggregations)) {
            const Plan::Translation &t = dim.values.at(doc.category(cell, dim.dimension));
            dropped = dropped || t.lookup == CodeMapping::Lookup::Dropped;
            if (reason.isEmpty())
                reason = t.reason;
            // "" is the total of that dimension: the key leaves it out.
            if (t.lookup == CodeMapping::Lookup::Mapped && !t.code.isEmpty())
                parts.append(dim.name + u'=' + t.code);
        }
        if (p.keyDimension >= 0) {
            if (const QString &whole = doc.dimensions.at(p.keyDimension).categories.at(doc.category(cell, p.keyDimension)).id; !whole.isEmpty())
                parts.append(whole);
        }
        std::optional<ValueKind> kind = ind.valueKind;
        if (p.valueKindDimension >= 0) {
            kind = p.valueKinds.at(doc.category(cell, p.valueKindDimension));
            if (!kind && reason.isEmpty()) {
                reason = QCoreApplication::translate("DocumentObservations", "\"%1\" is not a value kind.")
                             .arg(doc.dimensions.at(p.valueKindDimension).categories.at(doc.category(cell, p.valueKindDimension)).id);
            }
        }
        if (dropped) {
            ++s.leftOut;
            continue;
        }
        if (reason.isEmpty() && unit.code.isEmpty() && p.mapping)
            reason = QCoreApplication::translate("DocumentObservations", "The cell has no unit: the document has no geographic dimension.");
        const QString key = parts.join(u';');
        const auto canonical = DisaggregationKey::canonical(key);
        if (reason.isEmpty() && !canonical)
            reason = QCoreApplication::translate("DocumentObservations", "The disaggregation \"%1\" is not of the form dim=value;dim=value.").arg(key);
        const QString statusCode = doc.status(cell);
        auto status = p.constantStatus;
        if (!status) {
            auto it = p.statuses.find(statusCode);
            if (it == p.statuses.end())
                it = p.statuses.insert(statusCode, p.mapping ? p.mapping->status(statusCode) : CodeMapping().status(statusCode));
            status = *it;
            if (!status)
                ++s.unknownStatuses[statusCode];
        }
        if (reason.isEmpty()) {
            if (o.indicator != ind.code)
                o.indicator = ind.code;
            if (o.unit != unit.code)
                o.unit = unit.code;
            if (o.measure != ind.measure)
                o.measure = ind.measure;
            o.period = period.period;
            o.disaggregation = canonical ? *canonical : QString();
            const int exponent = ind.exponent + (p.metricExponents.isEmpty() ? 0 : p.metricExponents.at(doc.category(cell, p.metricDimension)));
            o.value = timesPowerOfTen(value.value_or(0.0), exponent) * ind.scale;
            o.valueKind = kind.value_or(p.valueKind);
            o.provenance.revision = doc.revision(cell) > 0 ? doc.revision(cell) : p.provenance.revision;
            o.status = status.value_or(ObservationStatus::Final);
        }
        if (removal)
            ++s.deleted;
        if (!add(cell, value, std::move(reason), removal))
            return Error::cancelled(QCoreApplication::translate("DocumentObservations", "The reading was stopped."));
    }
    if (!handOn())
        return Error::cancelled(QCoreApplication::translate("DocumentObservations", "The reading was stopped."));
    return s.cells;
}

} // namespace dh
