#include "observation.h"

#include <algorithm>

namespace dh {

QString statusName(ObservationStatus status)
{
    switch (status) {
    case ObservationStatus::Final: return QStringLiteral("final");
    case ObservationStatus::Provisional: return QStringLiteral("provisional");
    case ObservationStatus::Estimate: return QStringLiteral("estimate");
    }
    return {};
}

std::optional<ObservationStatus> statusFromName(QStringView name)
{
    if (name == u"final" || name.isEmpty())
        return ObservationStatus::Final;
    if (name == u"provisional")
        return ObservationStatus::Provisional;
    if (name == u"estimate")
        return ObservationStatus::Estimate;
    return std::nullopt;
}

namespace DisaggregationKey {

QList<std::pair<QString, QString>> parts(QStringView key)
{
    QList<std::pair<QString, QString>> result;
    for (QStringView part : key.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0 || eq == part.size() - 1)
            return {};
        result.append({part.left(eq).trimmed().toString(), part.mid(eq + 1).trimmed().toString()});
    }
    return result;
}

std::optional<QString> canonical(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return QString();
    auto pairs = parts(text);
    if (pairs.isEmpty())
        return std::nullopt;
    std::sort(pairs.begin(), pairs.end());
    QString out;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        if (pairs[i].first.isEmpty() || pairs[i].second.isEmpty())
            return std::nullopt;
        if (i > 0 && pairs[i].first == pairs[i - 1].first)
            return std::nullopt; // one value per dimension
        if (i > 0)
            out += u';';
        out += pairs[i].first + u'=' + pairs[i].second;
    }
    return out;
}

QStringList dimensions(QStringView key)
{
    QStringList dims;
    for (const auto &[dim, value] : parts(key))
        dims.append(dim);
    return dims;
}

} // namespace DisaggregationKey

} // namespace dh
