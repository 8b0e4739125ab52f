#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QStringList>

#include <algorithm>

// The map's text measured into lines, shared by its legend and its labels.
namespace dh::maptext {

// Lines no wider than `width` where possible; a parenthesis starts a new line ("Quần đảo Hoàng
// Sa / (Đà Nẵng)") rather than being split.
inline QStringList wrap(const QString &text, const QFont &font, double width, int maxLines)
{
    const QFontMetricsF fm(font);
    if (fm.horizontalAdvance(text) <= width)
        return {text};
    QStringList lines;
    QString current;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = current.isEmpty() ? word : current + u' ' + word;
        const bool breakHere = !current.isEmpty() && (fm.horizontalAdvance(candidate) > width || word.startsWith(u'('));
        if (breakHere && lines.size() < maxLines - 1) {
            lines.append(current);
            current = word;
        } else {
            current = candidate;
        }
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

inline double widest(const QStringList &lines, const QFont &font)
{
    const QFontMetricsF fm(font);
    double w = 0.0;
    for (const QString &line : lines)
        w = std::max(w, fm.horizontalAdvance(line));
    return w;
}

} // namespace dh::maptext
