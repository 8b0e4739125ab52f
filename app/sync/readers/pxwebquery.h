#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace dh {

class PxWebTable;

// A selection of a PX-Web table's values and the body of the POST that asks a PX-Web API (v1)
// for it: {"query": [{"code", "selection": {"filter", "values"}}…], "response": {"format"}}.
// Per variable, a filter: item (these value codes), all (every value matching a wildcard, "*" or
// a prefix like "01*"), top (the latest n, for time), and the server-defined groupings agg:NAME
// and vs:NAME, which are carried through as they are. Variables left out are eliminated by the
// server, which only those the table marks with elimination allow; check() says so beforehand.
class PxWebQuery
{
public:
    enum class Filter { Item, All, Top, Aggregation, ValueSet };

    struct Selection
    {
        QString code;
        Filter filter = Filter::Item;
        QStringList values;   // the value codes; the wildcard for All; the count for Top
        QString grouping;     // the NAME of agg:NAME and vs:NAME

        bool operator==(const Selection &) const = default;
    };

    QList<Selection> selections;
    QString format = QStringLiteral("json-stat2");

    PxWebQuery &item(const QString &code, const QStringList &values);
    PxWebQuery &all(const QString &code, const QString &wildcard = QStringLiteral("*"));
    PxWebQuery &top(const QString &code, int count);

    QByteArray toJson() const;
    // Reads a query body (one saved from a PX-Web site's "API for this table" box, say).
    // Refuses what is not one with the rule PXWEB_QUERY_INVALID.
    static Result<PxWebQuery> fromJson(QByteArrayView bytes);

    // Whether the table can answer it: known variables and values, a positive top count, every
    // variable that cannot be eliminated selected (rule PXWEB_QUERY_INVALID, naming the variable).
    Result<void> check(const PxWebTable &table) const;
    // The number of cells the answer will have, to keep a query under a server's limit; -1
    // when a grouping makes it unknowable here.
    qint64 cellCount(const PxWebTable &table) const;
    // This query as parts of at most maxCells cells each, for a server that refuses larger ones:
    // the same selection with a run of the time variable's values in each part, in the table's
    // order. The query alone when it fits, or when it cannot be split so (a grouping, time not
    // selected, or a single time value).
    QList<PxWebQuery> split(const PxWebTable &table, qint64 maxCells) const;

    bool operator==(const PxWebQuery &) const = default;
};

} // namespace dh
