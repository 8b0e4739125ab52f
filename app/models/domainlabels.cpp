#include "domainlabels.h"


#include <QCoreApplication>
#include <QHash>

namespace dh {

QString DomainLabels::aggregationRule(AggregationRule rule)
{
    switch (rule) {
    case AggregationRule::Sum: return tr("sum");
    case AggregationRule::Mean: return tr("mean");
    case AggregationRule::WeightedMean: return tr("weighted mean");
    case AggregationRule::RatioOfSums: return tr("ratio of sums");
    case AggregationRule::LastValue: return tr("sum of end-of-period stocks");
    case AggregationRule::NotAdditive: return tr("not additive");
    }
    return aggregationName(rule);
}

QString DomainLabels::dimension(const QString &code)
{
    if (code == u"level")
        return tr("budget level");
    if (code == u"tax")
        return tr("revenue source");
    if (code == u"sector")
        return tr("economic sector");
    if (code == u"ownership")
        return tr("type of ownership");
    if (code == u"purpose")
        return tr("purpose");
    return code;
}

QString DomainLabels::category(const QString &dimension, const QString &value)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("level=central"), QT_TRANSLATE_NOOP("DomainLabels", "Central")},
        {QStringLiteral("level=local"), QT_TRANSLATE_NOOP("DomainLabels", "Local")},
        {QStringLiteral("tax=vat"), QT_TRANSLATE_NOOP("DomainLabels", "Value added tax")},
        {QStringLiteral("tax=cit"), QT_TRANSLATE_NOOP("DomainLabels", "Corporate income tax")},
        {QStringLiteral("tax=pit"), QT_TRANSLATE_NOOP("DomainLabels", "Personal income tax")},
        {QStringLiteral("tax=land"), QT_TRANSLATE_NOOP("DomainLabels", "Land revenue")},
        {QStringLiteral("tax=other"), QT_TRANSLATE_NOOP("DomainLabels", "Other revenue")},
        {QStringLiteral("sector=manufacturing"), QT_TRANSLATE_NOOP("DomainLabels", "Manufacturing")},
        {QStringLiteral("sector=realestate"), QT_TRANSLATE_NOOP("DomainLabels", "Real estate")},
        {QStringLiteral("sector=energy"), QT_TRANSLATE_NOOP("DomainLabels", "Electricity and energy")},
        {QStringLiteral("sector=trade"), QT_TRANSLATE_NOOP("DomainLabels", "Wholesale and retail")},
        {QStringLiteral("sector=other"), QT_TRANSLATE_NOOP("DomainLabels", "Other sectors")},
        {QStringLiteral("ownership=state"), QT_TRANSLATE_NOOP("DomainLabels", "State")},
        {QStringLiteral("ownership=private"), QT_TRANSLATE_NOOP("DomainLabels", "Non-state")},
        {QStringLiteral("ownership=fdi"), QT_TRANSLATE_NOOP("DomainLabels", "Foreign-invested")},
        {QStringLiteral("ownership=domestic"), QT_TRANSLATE_NOOP("DomainLabels", "Domestic")},
    };
    const auto it = names.constFind(dimension + u'=' + value);
    return it == names.cend() ? value : tr(*it);
}

QString DomainLabels::key(const QString &key)
{
    QStringList parts;
    for (const QString &part : key.split(u';', Qt::SkipEmptyParts))
        parts.append(category(part.section(u'=', 0, 0), part.section(u'=', 1)));
    return parts.join(QStringLiteral(", "));
}

} // namespace dh
