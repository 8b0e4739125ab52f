#include "statdocument.h"

#include <algorithm>
#include <limits>

namespace dh {

int StatDimension::indexOf(QStringView categoryId) const
{
    for (int i = 0; i < categories.size(); ++i) {
        if (categories.at(i).id == categoryId)
            return i;
    }
    return -1;
}

void StatDocument::reserve(qsizetype cells)
{
    if (m_wide)
        m_wideKeys.reserve(cells * dimensions.size());
    else
        m_keys.reserve(cells * dimensions.size());
    m_values.reserve(cells);
    m_flags.reserve(cells);
    m_status.reserve(cells);
}

void StatDocument::addCell(std::span<const int> key, std::optional<double> value, QStringView status, bool deleted)
{
    Q_ASSERT(qsizetype(key.size()) == dimensions.size());
    Q_ASSERT(std::all_of(key.begin(), key.end(), [](int k) { return k >= 0; }));
    const bool fits = std::all_of(key.begin(), key.end(), [](int k) { return k <= std::numeric_limits<quint16>::max(); });
    if (!m_wide && !fits) {
        m_wideKeys.reserve(std::max(m_keys.capacity(), m_keys.size() + qsizetype(key.size())));
        for (quint16 k : std::as_const(m_keys))
            m_wideKeys.append(k);
        m_keys = {};
        m_wide = true;
    }
    for (int k : key) {
        if (m_wide)
            m_wideKeys.append(k);
        else
            m_keys.append(quint16(k));
    }
    m_values.append(value.value_or(std::numeric_limits<double>::quiet_NaN()));
    m_flags.append(quint8((value ? 0 : Missing) | (deleted ? Deleted : 0)));
    quint32 code = 0;
    if (!status.isEmpty()) {
        const QString text = status.toString();
        const auto it = m_statusIndex.constFind(text);
        if (it != m_statusIndex.cend()) {
            code = *it;
        } else {
            code = quint32(m_statusCodes.size());
            m_statusCodes.append(text);
            m_statusIndex.insert(text, code);
        }
    }
    m_status.append(code);
}

std::optional<double> StatDocument::value(qsizetype cell) const
{
    if (m_flags.at(cell) & Missing)
        return std::nullopt;
    return m_values.at(cell);
}

QString StatDocument::status(qsizetype cell) const
{
    return m_statusCodes.at(m_status.at(cell));
}

void StatDocument::setRevision(qsizetype cell, int revision)
{
    Q_ASSERT(cell >= 0 && cell < cellCount());
    if (revision == 0 && cell >= m_revisions.size())
        return;
    if (m_revisions.size() < cellCount())
        m_revisions.resize(cellCount());
    m_revisions[cell] = revision;
}

int StatDocument::dimensionOfRole(DimensionRole role) const
{
    for (int i = 0; i < dimensions.size(); ++i) {
        if (dimensions.at(i).role == role)
            return i;
    }
    return -1;
}

int StatDocument::dimensionIndex(QStringView id) const
{
    for (int i = 0; i < dimensions.size(); ++i) {
        if (dimensions.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace dh
