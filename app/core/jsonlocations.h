#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace dh {

// The line on which each value of a JSON text starts, by its path in the form refusals name it
// (`endpoints[1].schedule.dailyAt`, `panels[3].span`), so a file
// people edit by hand is refused with the line to look at. QJsonDocument keeps no positions, so
// the text is scanned once more after it has accepted it. The scan also finds a member given twice
// in one object, which QJsonDocument resolves silently by keeping one of them.
class JsonLocations
{
public:
    // Indexes a text QJsonDocument has accepted; on any other text the lines are unreliable.
    static JsonLocations index(QByteArrayView json);
    // The 1-based line of a byte offset (a QJsonParseError's, say).
    static int lineOf(QByteArrayView json, qsizetype offset);

    // The line of the path's value; for a path the text lacks (a missing member), the line of the
    // nearest enclosing value it has.
    int line(const QString &path) const;
    // The path of the first member given twice in its object; empty when none is.
    const QString &duplicate() const { return m_duplicate; }

private:
    QHash<QString, int> m_lines;
    QString m_duplicate;
};

} // namespace dh
