#include "pxwebquery.h"

#include "pxwebtable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace dh {

namespace {

Error invalidQuery(QString message)
{
    Error error = Error::invalid(std::move(message));
    error.rule = QStringLiteral("PXWEB_QUERY_INVALID");
    return error;
}

QString filterName(const PxWebQuery::Selection &s)
{
    switch (s.filter) {
    case PxWebQuery::Filter::Item: return QStringLiteral("item");
    case PxWebQuery::Filter::All: return QStringLiteral("all");
    case PxWebQuery::Filter::Top: return QStringLiteral("top");
    case PxWebQuery::Filter::Aggregation: return QStringLiteral("agg:") + s.grouping;
    case PxWebQuery::Filter::ValueSet: return QStringLiteral("vs:") + s.grouping;
    }
    return {};
}

// The values a wildcard of the all filter takes: "*" every one, "01*" those that begin so.
qsizetype matching(const QStringList &values, const QString &wildcard)
{
    if (!wildcard.endsWith(u'*'))
        return values.count(wildcard);
    const QStringView prefix = QStringView(wildcard).chopped(1);
    return std::count_if(values.cbegin(), values.cend(), [&](const QString &v) { return v.startsWith(prefix); });
}

} // namespace

PxWebQuery &PxWebQuery::item(const QString &code, const QStringList &values)
{
    selections.append({code, Filter::Item, values, {}});
    return *this;
}

PxWebQuery &PxWebQuery::all(const QString &code, const QString &wildcard)
{
    selections.append({code, Filter::All, {wildcard}, {}});
    return *this;
}

PxWebQuery &PxWebQuery::top(const QString &code, int count)
{
    selections.append({code, Filter::Top, {QString::number(count)}, {}});
    return *this;
}

QByteArray PxWebQuery::toJson() const
{
    QJsonArray query;
    for (const Selection &s : selections) {
        query.append(QJsonObject{{u"code"_s, s.code},
                                 {u"selection"_s, QJsonObject{{u"filter"_s, filterName(s)},
                                                               {u"values"_s, QJsonArray::fromStringList(s.values)}}}});
    }
    const QJsonObject body{{u"query"_s, query}, {u"response"_s, QJsonObject{{u"format"_s, format}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<PxWebQuery> PxWebQuery::fromJson(QByteArrayView bytes)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalidQuery(QCoreApplication::translate("PxWebQuery", "The query is not valid JSON (%1 near byte %2).")
                                .arg(parseError.errorString()).arg(parseError.offset));
    }
    const QJsonObject root = json.object();
    if (!json.isObject() || !root.value(u"query").isArray())
        return invalidQuery(QCoreApplication::translate("PxWebQuery", "The document is not a PX-Web query: it has no \"query\" array."));

    PxWebQuery out;
    out.format = root.value(u"response").toObject().value(u"format").toString();
    const QJsonArray query = root.value(u"query").toArray();
    for (qsizetype i = 0; i < query.size(); ++i) {
        const QJsonObject entry = query.at(i).toObject();
        const QJsonObject selection = entry.value(u"selection").toObject();
        Selection s;
        s.code = entry.value(u"code").toString();
        const QString filter = selection.value(u"filter").toString();
        if (s.code.isEmpty()) {
            return invalidQuery(QCoreApplication::translate("PxWebQuery", "Selection %1 of the query names no variable.").arg(i + 1));
        }
        if (filter == u"item") {
            s.filter = Filter::Item;
        } else if (filter == u"all") {
            s.filter = Filter::All;
        } else if (filter == u"top") {
            s.filter = Filter::Top;
        } else if (filter.startsWith(u"agg:")) {
            s.filter = Filter::Aggregation;
            s.grouping = filter.mid(4);
        } else if (filter.startsWith(u"vs:")) {
            s.filter = Filter::ValueSet;
            s.grouping = filter.mid(3);
        } else {
            return invalidQuery(QCoreApplication::translate("PxWebQuery", "Variable \"%1\": unknown filter \"%2\".").arg(s.code, filter));
        }
        // Servers take top's count as a number or a text; it is kept as a text.
        for (const QJsonValue &v : selection.value(u"values").toArray()) {
            if (v.isString())
                s.values.append(v.toString());
            else if (v.isDouble())
                s.values.append(QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest)); // 2024010, not 2.02401e+06
            else
                return invalidQuery(QCoreApplication::translate("PxWebQuery", "Variable \"%1\": a value is neither a text nor a number.").arg(s.code));
        }
        out.selections.append(std::move(s));
    }
    return out;
}

Result<void> PxWebQuery::check(const PxWebTable &table) const
{
    QList<bool> selected(table.variables.size(), false);
    for (const Selection &s : selections) {
        const int v = table.variableIndex(s.code);
        if (v < 0) {
            return invalidQuery(QCoreApplication::translate("PxWebQuery", "The table \"%1\" has no variable \"%2\".").arg(table.title, s.code));
        }
        if (selected.at(v))
            return invalidQuery(QCoreApplication::translate("PxWebQuery", "The query selects the variable \"%1\" twice.").arg(s.code));
        selected[v] = true;
        const PxWebVariable &variable = table.variables.at(v);
        if (s.values.isEmpty())
            return invalidQuery(QCoreApplication::translate("PxWebQuery", "Variable \"%1\": the selection is empty.").arg(s.code));
        if (s.filter == Filter::Item) {
            const QSet<QString> known(variable.values.cbegin(), variable.values.cend());
            for (const QString &value : s.values) {
                if (!known.contains(value)) {
                    return invalidQuery(QCoreApplication::translate("PxWebQuery", "Variable \"%1\" has no value \"%2\".").arg(s.code, value));
                }
            }
        } else if (s.filter == Filter::Top) {
            bool ok = false;
            if (s.values.size() != 1 || s.values.first().toInt(&ok) <= 0 || !ok)
                return invalidQuery(QCoreApplication::translate("PxWebQuery", "Variable \"%1\": top needs one count above zero.").arg(s.code));
        } else if (s.filter == Filter::All && (s.values.size() != 1 || matching(variable.values, s.values.first()) == 0)) {
            return invalidQuery(QCoreApplication::translate("PxWebQuery", "Variable \"%1\": the wildcard matches no value.").arg(s.code));
        }
    }
    for (qsizetype v = 0; v < table.variables.size(); ++v) {
        if (!selected.at(v) && !table.variables.at(v).elimination) {
            return invalidQuery(QCoreApplication::translate("PxWebQuery", "The query must select the variable \"%1\", which the table cannot leave out.")
                                    .arg(table.variables.at(v).code));
        }
    }
    return {};
}

qint64 PxWebQuery::cellCount(const PxWebTable &table) const
{
    qint64 count = 1;
    for (const PxWebVariable &variable : table.variables) {
        const auto s = std::find_if(selections.cbegin(), selections.cend(), [&](const Selection &x) { return x.code == variable.code; });
        if (s == selections.cend())
            continue; // left out, so eliminated: one value
        qint64 n = 0;
        switch (s->filter) {
        case Filter::Item: n = s->values.size(); break;
        case Filter::All: n = s->values.isEmpty() ? 0 : matching(variable.values, s->values.first()); break;
        case Filter::Top: n = std::clamp<qint64>(s->values.value(0).toLongLong(), 0, variable.values.size()); break;
        case Filter::Aggregation:
        case Filter::ValueSet: return -1;
        }
        if (n > 0 && count > std::numeric_limits<qint64>::max() / n)
            return std::numeric_limits<qint64>::max();
        count *= n;
    }
    return count;
}

QList<PxWebQuery> PxWebQuery::split(const PxWebTable &table, qint64 maxCells) const
{
    const qint64 cells = cellCount(table);
    const int time = table.timeVariable();
    if (cells <= maxCells || cells < 0 || time < 0)
        return {*this};
    const PxWebVariable &variable = table.variables.at(time);
    const auto s = std::find_if(selections.cbegin(), selections.cend(), [&](const Selection &x) { return x.code == variable.code; });
    if (s == selections.cend())
        return {*this};
    QStringList values;
    switch (s->filter) {
    case Filter::Item: values = s->values; break;
    case Filter::All:
        for (const QString &v : variable.values) {
            if (matching({v}, s->values.value(0)) > 0)
                values.append(v);
        }
        break;
    // PX-Web lists time values oldest first; top asks for the latest n.
    case Filter::Top: values = variable.values.mid(std::max<qsizetype>(0, variable.values.size() - s->values.value(0).toLongLong())); break;
    case Filter::Aggregation:
    case Filter::ValueSet: return {*this};
    }
    if (values.size() <= 1)
        return {*this};
    const qint64 perValue = std::max<qint64>(1, cells / values.size());
    const qsizetype step = std::max<qsizetype>(1, qsizetype(maxCells / perValue));
    QList<PxWebQuery> parts;
    const qsizetype index = s - selections.cbegin();
    for (qsizetype from = 0; from < values.size(); from += step) {
        PxWebQuery part = *this;
        part.selections[index] = {variable.code, Filter::Item, values.mid(from, step), {}};
        parts.append(std::move(part));
    }
    return parts;
}

} // namespace dh
