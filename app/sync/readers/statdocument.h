#pragma once

#include "core/localizedtext.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace dh {

// How a dimension of a statistical document is used: JSON-stat's roles, SDMX's TIME_PERIOD, PX's
// TIMEVAL. What a role does not say, a code mapping does. The project's own packets say more: a
// ValueKind dimension's categories are value kind names (in-period, cumulative, target …), a
// Disaggregation dimension's are whole disaggregation keys ("level=central;tax=vat", "" the total).
enum class DimensionRole : quint8 { Other, Time, Geo, Metric, ValueKind, Disaggregation };

// One category (code) of a dimension, with what the document says of it. A metric category
// carries the unit of measure of the values in it.
struct StatCategory
{
    QString id;
    LocalizedText label;
    LocalizedText unit;               // the unit of measure's name, where the document states one
    QString unitSymbol;
    std::optional<int> decimals;
    int unitMultiplier = 0;           // the values are in 10^unitMultiplier units (SDMX UNIT_MULT)
};

struct StatDimension
{
    QString id;
    LocalizedText label;
    DimensionRole role = DimensionRole::Other;
    QList<StatCategory> categories;   // in the document's order

    // The position of a category, or -1.
    int indexOf(QStringView categoryId) const;
};

// A statistical document as a reader found it, in the source's own codes: its dimensions and
// the cells of its cube — each a category of every dimension, a value or none (a null, a
// disclosure symbol), the document's status code and whether the source deletes it (SDMX's
// action Delete). Cells are held flat, so a document of half a million values costs a few times
// its size, not a few objects a value. A code mapping turns it into observations of the catalogue.
class StatDocument
{
public:
    QString format;                   // "json-stat 2.0", "sdmx-json 2.1", "px" …
    QString id;
    LocalizedText label;
    QString source;
    QDateTime updated;
    QList<StatDimension> dimensions;
    QHash<QString, LocalizedText> statusLabels; // status code → what it means, where the document says
    QStringList warnings;             // translated: what was read but is doubtful (broken accents, a deprecated form)

    // Adds a cell; key holds a category position for each dimension, in dimension order.
    void addCell(std::span<const int> key, std::optional<double> value, QStringView status = {}, bool deleted = false);
    void reserve(qsizetype cells);

    qsizetype cellCount() const { return m_values.size(); }
    int category(qsizetype cell, int dimension) const
    {
        const qsizetype at = cell * dimensions.size() + dimension;
        return m_wide ? m_wideKeys.at(at) : m_keys.at(at);
    }
    std::optional<double> value(qsizetype cell) const;
    // The cell's status code as the document wrote it, or empty.
    QString status(qsizetype cell) const;
    bool isDeleted(qsizetype cell) const { return m_flags.at(cell) & Deleted; }
    // Which revision of the publisher's figure the cell holds, where the document numbers them (the
    // reporting API's KPI data); 0 where it does not. Formats without revisions pay nothing for it.
    int revision(qsizetype cell) const { return cell < m_revisions.size() ? m_revisions.at(cell) : 0; }
    void setRevision(qsizetype cell, int revision);

    // The dimension of a role, or -1 when none has it.
    int dimensionOfRole(DimensionRole role) const;
    int dimensionIndex(QStringView id) const;

private:
    enum Flag : quint8 { Missing = 1, Deleted = 2 };

    // cellCount × dimensions.size() category positions: two bytes each while every position fits,
    // four once one does not (a dimension of more than 65,536 categories).
    QList<quint16> m_keys;
    QList<int> m_wideKeys;
    bool m_wide = false;
    QList<double> m_values;
    QList<quint8> m_flags;
    QList<quint32> m_status;          // index into m_statusCodes; 0 = none
    QStringList m_statusCodes{QString()};
    QHash<QString, quint32> m_statusIndex;
    QList<int> m_revisions;           // empty until a cell has one
};

} // namespace dh
