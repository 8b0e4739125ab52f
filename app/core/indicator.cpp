#include "indicator.h"

#include "observation.h"
#include "safetext.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace dh {

namespace {

template<typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, QStringView name)
{
    for (const auto &[e, n] : table) {
        if (name == QLatin1StringView(n))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<AggregationRule, const char *>, 6> kAggregation = {{
    {AggregationRule::Sum, "sum"},
    {AggregationRule::Mean, "mean"},
    {AggregationRule::WeightedMean, "weighted-mean"},
    {AggregationRule::RatioOfSums, "ratio-of-sums"},
    {AggregationRule::LastValue, "last-value"},
    {AggregationRule::NotAdditive, "not-additive"},
}};

constexpr std::array<std::pair<Polarity, const char *>, 3> kPolarity = {{
    {Polarity::HigherIsBetter, "higher-is-better"},
    {Polarity::LowerIsBetter, "lower-is-better"},
    {Polarity::Neutral, "neutral"},
}};

constexpr std::array<std::pair<IndicatorKind, const char *>, 2> kKind = {{
    {IndicatorKind::Statistical, "statistical"},
    {IndicatorKind::Operational, "operational"},
}};

constexpr std::array<std::pair<IndicatorField, const char *>, 9> kField = {{
    {IndicatorField::Growth, "growth"},
    {IndicatorField::PublicFinance, "public-finance"},
    {IndicatorField::MacroStability, "macro-stability"},
    {IndicatorField::BusinessEnvironment, "business-environment"},
    {IndicatorField::Labour, "labour"},
    {IndicatorField::Social, "social"},
    {IndicatorField::Environment, "environment"},
    {IndicatorField::PublicAdministration, "public-administration"},
    {IndicatorField::InfrastructureScience, "infrastructure-science"},
}};

constexpr std::array<std::pair<DataOrigin, const char *>, 2> kOrigin = {{
    {DataOrigin::Synthetic, "synthetic"},
    {DataOrigin::Real, "real"},
}};

constexpr std::array<std::pair<ValueKind, const char *>, 3> kValueKind = {{
    {ValueKind::InPeriod, "in-period"},
    {ValueKind::Cumulative, "cumulative"},
    {ValueKind::Target, "target"},
}};

} // namespace

QString aggregationName(AggregationRule rule) { return nameOf(kAggregation, rule); }
std::optional<AggregationRule> aggregationFromName(QStringView name) { return valueOf(kAggregation, name); }
QString polarityName(Polarity polarity) { return nameOf(kPolarity, polarity); }
std::optional<Polarity> polarityFromName(QStringView name) { return valueOf(kPolarity, name); }
QString indicatorKindName(IndicatorKind kind) { return nameOf(kKind, kind); }
std::optional<IndicatorKind> indicatorKindFromName(QStringView name) { return valueOf(kKind, name); }
QString fieldName(IndicatorField field) { return nameOf(kField, field); }
std::optional<IndicatorField> fieldFromName(QStringView name) { return valueOf(kField, name); }
QString originName(DataOrigin origin) { return nameOf(kOrigin, origin); }
std::optional<DataOrigin> originFromName(QStringView name) { return valueOf(kOrigin, name); }
QString valueKindName(ValueKind kind) { return nameOf(kValueKind, kind); }
std::optional<ValueKind> valueKindFromName(QStringView name) { return valueOf(kValueKind, name); }

QString Indicator::rangeProblem(double value) const
{
    if ((!validMin || value >= *validMin) && (!validMax || value <= *validMax))
        return {};
    const QString low = validMin ? QString::number(*validMin) : QStringLiteral("−∞");
    const QString high = validMax ? QString::number(*validMax) : QStringLiteral("∞");
    return QCoreApplication::translate("Indicator", "The value %1 lies outside the range of %2 (%3 to %4, %5).")
        .arg(QString::number(value, 'g', 15), code, low, high, unitEn);
}

QString Indicator::disaggregationProblem(QStringView key) const
{
    const auto parts = DisaggregationKey::parts(key);
    for (const auto &[dimension, value] : parts) {
        if (SafeText::hasControl(dimension) || SafeText::hasControl(value) || SafeText::startsLikeFormula(dimension)
            || SafeText::startsLikeFormula(value)) {
            return QCoreApplication::translate("Indicator", "The disaggregation \"%1\" holds a control character, or a name or value "
                                                            "starting with =, +, - or @, which a spreadsheet would run as a formula.")
                .arg(SafeText::excerpt(key));
        }
    }
    for (const auto &[dimension, value] : parts) {
        if (!dimensions.contains(dimension)) {
            return dimensions.isEmpty()
                ? QCoreApplication::translate("Indicator", "%1 has no disaggregation, so it has no dimension \"%2\".")
                      .arg(code, SafeText::excerpt(dimension))
                : QCoreApplication::translate("Indicator", "%1 has no dimension \"%2\" (its dimensions: %3).")
                      .arg(code, SafeText::excerpt(dimension), dimensions.join(QStringLiteral(", ")));
        }
        const QStringList values = dimensionValues.value(dimension);
        if (!values.contains(value)) {
            return values.isEmpty()
                ? QCoreApplication::translate("Indicator", "The catalogue lists no values for the dimension %1 of %2.").arg(dimension, code)
                : QCoreApplication::translate("Indicator", "\"%1\" is not a value of the dimension %2 of %3 (its values: %4).")
                      .arg(SafeText::excerpt(value), dimension, code, values.join(QStringLiteral(", ")));
        }
    }
    return {};
}

QString fieldLabelVi(IndicatorField field)
{
    switch (field) {
    case IndicatorField::Growth: return QStringLiteral("Tăng trưởng kinh tế");
    case IndicatorField::PublicFinance: return QStringLiteral("Tài chính công");
    case IndicatorField::MacroStability: return QStringLiteral("Ổn định kinh tế vĩ mô");
    case IndicatorField::BusinessEnvironment: return QStringLiteral("Môi trường kinh doanh");
    case IndicatorField::Labour: return QStringLiteral("Lao động, việc làm");
    case IndicatorField::Social: return QStringLiteral("Văn hóa, xã hội");
    case IndicatorField::Environment: return QStringLiteral("Tài nguyên, môi trường");
    case IndicatorField::PublicAdministration: return QStringLiteral("Cải cách hành chính");
    case IndicatorField::InfrastructureScience: return QStringLiteral("Hạ tầng, khoa học công nghệ");
    }
    return {};
}

} // namespace dh
