#include "samplecatalog.h"

#include "samplejson.h"

#include <QSet>

namespace dh {

namespace {

// An enumeration read by its name in the core's spelling ("weighted-mean", "lower-is-better" …).
template<typename Enum, typename FromName>
Enum named(const SampleJson &json, QStringView key, FromName fromName)
{
    const QString name = json.text(key);
    const std::optional<Enum> value = fromName(name);
    if (!value && json.ok())
        json.fail(key, SampleJson::tr("names %1, which is not one of its values.").arg(name));
    return value.value_or(Enum{});
}

// Text of a field other indicators' fields point to: the named indicator must be in the catalogue
// and have the same periodicity.
void checkReference(const SampleJson &json, const SampleCatalog &catalog, const Indicator &indicator, QStringView key,
                    const QString &code)
{
    const Indicator *other = catalog.find(code);
    if (!other)
        json.fail(key, SampleJson::tr("names %1, which is not in the catalogue.").arg(code));
    else if (other->periodicity != indicator.periodicity)
        json.fail(key, SampleJson::tr("names %1, which has another periodicity.").arg(code));
}

} // namespace

SampleCatalog SampleCatalog::fromJson(const SampleJson &json)
{
    SampleCatalog catalog;
    const QList<SampleJson> entries = json.objects(u"indicators");
    QSet<QString> codes;
    for (const SampleJson &entry : entries) {
        Indicator ind;
        ind.code = entry.text(u"code");
        const SampleJson e = entry.labelled(ind.code);
        ind.nameVi = e.text(u"nameVi");
        ind.nameEn = e.text(u"nameEn");
        ind.unitVi = e.text(u"unitVi");
        ind.unitEn = e.text(u"unitEn");
        ind.field = named<IndicatorField>(e, u"field", fieldFromName);
        ind.periodicity = named<Period::Kind>(e, u"periodicity", Period::kindFromName);
        ind.aggregation = named<AggregationRule>(e, u"aggregation", aggregationFromName);
        ind.polarity = named<Polarity>(e, u"polarity", polarityFromName);
        ind.decimals = e.integer(u"decimals");
        ind.owner = e.text(u"owner");
        ind.sourceAgency = e.text(u"sourceAgency");
        ind.method = e.text(u"method");
        ind.origin = DataOrigin::Synthetic;
        if (e.has(u"kind"))
            ind.kind = named<IndicatorKind>(e, u"kind", indicatorKindFromName);
        if (e.has(u"storedAs"))
            ind.storedAs = named<ValueKind>(e, u"storedAs", valueKindFromName);
        if (e.has(u"weightIndicator"))
            ind.weightIndicator = e.text(u"weightIndicator");
        if (e.has(u"numeratorIndicator") || e.has(u"denominatorIndicator") || e.has(u"ratioFactor")) {
            ind.numeratorIndicator = e.text(u"numeratorIndicator");
            ind.denominatorIndicator = e.text(u"denominatorIndicator");
            ind.ratioFactor = e.number(u"ratioFactor");
        }
        if (e.has(u"validMin"))
            ind.validMin = e.number(u"validMin");
        if (e.has(u"validMax"))
            ind.validMax = e.number(u"validMax");
        if (e.has(u"dimensions")) {
            for (const SampleJson &dimension : e.objects(u"dimensions")) {
                const QString name = dimension.text(u"name");
                if (ind.dimensions.contains(name))
                    dimension.fail(u"name", SampleJson::tr("repeats the dimension %1.").arg(name));
                ind.dimensions.append(name);
                ind.dimensionValues.insert(name, dimension.texts(u"values"));
            }
        }

        // What the generator's time axis and the cache can hold.
        if (ind.periodicity != Period::Kind::Month && ind.periodicity != Period::Kind::Quarter && ind.periodicity != Period::Kind::Year)
            e.fail(u"periodicity", SampleJson::tr("must be month, quarter or year."));
        if (ind.decimals < 0 || ind.decimals > 6)
            e.fail(u"decimals", SampleJson::tr("must be 0 to 6."));
        if (ind.storedAs == ValueKind::Target)
            e.fail(u"storedAs", SampleJson::tr("must be in-period or cumulative."));
        if (ind.aggregation == AggregationRule::WeightedMean && ind.weightIndicator.isEmpty())
            e.fail(SampleJson::tr("%1 is a weighted mean and needs a weightIndicator.").arg(e.where()));
        if (ind.aggregation == AggregationRule::RatioOfSums && (ind.numeratorIndicator.isEmpty() || !(ind.ratioFactor > 0)))
            e.fail(SampleJson::tr("%1 is a ratio of sums and needs numeratorIndicator, denominatorIndicator and a ratioFactor above 0.")
                       .arg(e.where()));
        if (codes.contains(ind.code))
            e.fail(SampleJson::tr("%1 repeats the indicator %2.").arg(e.where(), ind.code));
        codes.insert(ind.code);
        catalog.m_indicators.append(std::move(ind));
    }

    // References, once every indicator is known.
    for (qsizetype i = 0; i < entries.size() && json.ok(); ++i) {
        const Indicator &ind = catalog.m_indicators.at(i);
        const SampleJson e = entries.at(i).labelled(ind.code);
        if (!ind.weightIndicator.isEmpty())
            checkReference(e, catalog, ind, u"weightIndicator", ind.weightIndicator);
        if (!ind.numeratorIndicator.isEmpty()) {
            checkReference(e, catalog, ind, u"numeratorIndicator", ind.numeratorIndicator);
            checkReference(e, catalog, ind, u"denominatorIndicator", ind.denominatorIndicator);
        }
    }
    for (const auto &[key, list] : {std::pair{u"headline", &catalog.m_headline}, std::pair{u"estimated", &catalog.m_estimated}}) {
        *list = json.texts(QStringView(key));
        for (const QString &code : std::as_const(*list)) {
            if (!codes.contains(code))
                json.fail(QStringView(key), SampleJson::tr("names %1, which is not in the catalogue.").arg(code));
        }
    }
    return catalog;
}

const Indicator *SampleCatalog::find(QStringView code) const
{
    for (const Indicator &ind : m_indicators) {
        if (ind.code == code)
            return &ind;
    }
    return nullptr;
}

} // namespace dh
