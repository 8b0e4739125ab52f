#include "geodissolve.h"

#include "geomath.h"

#include <QMap>
#include <QMultiHash>

#include <cmath>

namespace dh {

namespace {

// Vertices are matched exactly (QPointF's == is fuzzy): shared borders carry identical
// coordinates in both rings.
bool same(const QPointF &a, const QPointF &b)
{
    return a.x() == b.x() && a.y() == b.y();
}

struct EdgeKey
{
    QPointF a;
    QPointF b;
    bool operator==(const EdgeKey &o) const { return same(a, o.a) && same(b, o.b); }
};

size_t qHash(const EdgeKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.a.x(), k.a.y(), k.b.x(), k.b.y());
}

struct PointKey
{
    QPointF p;
    bool operator==(const PointKey &o) const { return same(p, o.p); }
};

size_t qHash(const PointKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.p.x(), k.p.y());
}

struct Edge
{
    QPointF a;
    QPointF b;
    bool cancelled = false;
    bool emitsBorder = false; // the second of a cancelled pair: draws the inner border once
};

// The outgoing edge at the vertex that turns most to the left of the incoming direction: the
// union's interior is on the left of every boundary edge, so this keeps two lobes that touch at
// a point as two rings instead of one figure of eight.
qsizetype leftmost(const QList<Edge> &edges, const QList<qsizetype> &candidates, const QPointF &incoming)
{
    qsizetype best = candidates.first();
    double bestTurn = -10.0;
    for (qsizetype c : candidates) {
        const QPointF d = edges.at(c).b - edges.at(c).a;
        const double turn = std::atan2(incoming.x() * d.y() - incoming.y() * d.x(), QPointF::dotProduct(incoming, d));
        if (turn > bestTurn) {
            bestTurn = turn;
            best = c;
        }
    }
    return best;
}

GeoRegion dissolveGroup(const QList<const GeoRegion *> &members)
{
    QList<Edge> edges;
    QList<std::pair<qsizetype, qsizetype>> ringSpans; // [first, end) of each member ring's edges
    QMultiHash<EdgeKey, qsizetype> unmatched;
    GeoRegion out;
    for (const GeoRegion *member : members) {
        out.innerBorders.append(member->innerBorders);
        for (const QPolygonF &ring : member->rings) {
            const qsizetype first = edges.size();
            for (qsizetype i = 0; i < ring.size(); ++i) {
                Edge e{ring.at(i), ring.at((i + 1) % ring.size())};
                const auto partner = unmatched.find(EdgeKey{e.b, e.a});
                if (partner != unmatched.end()) {
                    edges[*partner].cancelled = true;
                    e.cancelled = true;
                    e.emitsBorder = true;
                    unmatched.erase(partner);
                } else {
                    unmatched.insert(EdgeKey{e.a, e.b}, edges.size());
                }
                edges.append(e);
            }
            ringSpans.append({first, edges.size()});
        }
    }

    // The cancelled edges, once each, as polylines following their ring.
    for (const auto &[first, end] : ringSpans) {
        const qsizetype n = end - first;
        qsizetype start = 0;
        while (start < n && edges.at(first + start).emitsBorder)
            ++start;
        QPolygonF run;
        for (qsizetype k = 1; k <= n; ++k) {
            const Edge &e = edges.at(first + (start + k) % n);
            if (e.emitsBorder) {
                if (run.isEmpty())
                    run.append(e.a);
                run.append(e.b);
            } else if (!run.isEmpty()) {
                out.innerBorders.append(run);
                run.clear();
            }
        }
        if (!run.isEmpty())
            out.innerBorders.append(run);
    }

    // What is left is the outline, every vertex with as many edges in as out: chain it.
    QMultiHash<PointKey, qsizetype> outgoing;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        if (!edges.at(i).cancelled)
            outgoing.insert(PointKey{edges.at(i).a}, i);
    }
    QList<bool> used(edges.size(), false);
    for (qsizetype i = 0; i < edges.size(); ++i) {
        if (edges.at(i).cancelled || used.at(i))
            continue;
        QPolygonF ring;
        const QPointF start = edges.at(i).a;
        qsizetype current = i;
        while (true) {
            used[current] = true;
            const Edge &e = edges.at(current);
            ring.append(e.a);
            if (same(e.b, start))
                break;
            QList<qsizetype> candidates;
            for (auto it = outgoing.constFind(PointKey{e.b}); it != outgoing.cend() && it.key() == PointKey{e.b}; ++it) {
                if (!used.at(*it))
                    candidates.append(*it);
            }
            if (candidates.isEmpty())
                break; // an open chain cannot happen on clean input; close the ring where it stops
            current = candidates.size() == 1 ? candidates.first() : leftmost(edges, candidates, e.b - e.a);
        }
        if (ring.size() >= 3 && GeoMath::signedArea(ring) != 0.0)
            out.rings.append(ring);
    }
    return out;
}

} // namespace

QList<GeoRegion> GeoDissolve::dissolve(const QList<GeoRegion> &members, const QHash<QString, QString> &groupOf,
                                       const QHash<QString, QString> &groupNames)
{
    QMap<QString, QList<const GeoRegion *>> groups;
    for (const GeoRegion &member : members) {
        const auto it = groupOf.constFind(member.id);
        if (it != groupOf.cend())
            groups[*it].append(&member);
    }
    QList<GeoRegion> out;
    out.reserve(groups.size());
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        GeoRegion region = dissolveGroup(it.value());
        region.id = it.key();
        region.name = groupNames.value(it.key(), it.key());
        region.updateBounds();
        out.append(std::move(region));
    }
    return out;
}

} // namespace dh
