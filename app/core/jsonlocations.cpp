#include "core/jsonlocations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace dh {

namespace {

// The paths as refusals name them (`endpoints[1].schedule`), the same form ReportingFields builds.
QString member(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

QString item(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// A recursive scan of a text that is known to be JSON: it only needs to find where values start
// and what the members are called, not to check the grammar again.
class Scanner
{
public:
    Scanner(QByteArrayView json, QHash<QString, int> &lines, QString &duplicate)
        : m_json(json), m_lines(lines), m_duplicate(duplicate) {}

    void value(const QString &path)
    {
        skipSpace();
        if (m_pos >= m_json.size())
            return;
        m_lines.insert(path, m_line);
        switch (m_json[m_pos]) {
        case '{': object(path); break;
        case '[': array(path); break;
        case '"': string(); break;
        default:
            while (m_pos < m_json.size() && !QByteArrayView(",]} \t\r\n").contains(m_json[m_pos]))
                ++m_pos;
        }
    }

private:
    void object(const QString &path)
    {
        ++m_pos;
        QSet<QString> seen;
        while (true) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json[m_pos] == '}')
                break;
            if (m_json[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            const QString key = string();
            const QString at = member(path, key);
            if (seen.contains(key) && m_duplicate.isEmpty())
                m_duplicate = at;
            seen.insert(key);
            const int keyLine = m_line;
            skipSpace();
            ++m_pos; // ':'
            value(at);
            // A member is found on the line of its name, where a value spread over lines starts.
            m_lines.insert(at, keyLine);
        }
        ++m_pos;
    }

    void array(const QString &path)
    {
        ++m_pos;
        qsizetype index = 0;
        while (true) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json[m_pos] == ']')
                break;
            if (m_json[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            value(item(path, index++));
        }
        ++m_pos;
    }

    // Reads a string at m_pos and returns its text; escapes are left to QJsonDocument, which
    // already decoded this very text once.
    QString string()
    {
        const qsizetype start = m_pos++;
        bool escaped = false;
        while (m_pos < m_json.size() && m_json[m_pos] != '"') {
            if (m_json[m_pos] == '\\') {
                escaped = true;
                ++m_pos;
            }
            ++m_pos;
        }
        ++m_pos;
        const QByteArrayView raw = m_json.sliced(start, std::min(m_pos, m_json.size()) - start);
        if (!escaped)
            return QString::fromUtf8(raw.sliced(1, std::max<qsizetype>(raw.size() - 2, 0)));
        const QJsonDocument doc = QJsonDocument::fromJson('[' + raw.toByteArray() + ']');
        return doc.array().at(0).toString();
    }

    void skipSpace()
    {
        while (m_pos < m_json.size()) {
            const char c = m_json[m_pos];
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_pos;
        }
    }

    QByteArrayView m_json;
    QHash<QString, int> &m_lines;
    QString &m_duplicate;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

JsonLocations JsonLocations::index(QByteArrayView json)
{
    JsonLocations locations;
    Scanner(json, locations.m_lines, locations.m_duplicate).value(QString());
    return locations;
}

int JsonLocations::lineOf(QByteArrayView json, qsizetype offset)
{
    return int(json.first(std::clamp<qsizetype>(offset, 0, json.size())).count('\n')) + 1;
}

int JsonLocations::line(const QString &path) const
{
    QString at = path;
    while (!at.isEmpty()) {
        if (const auto it = m_lines.constFind(at); it != m_lines.cend())
            return *it;
        const qsizetype cut = std::max(at.lastIndexOf(u'.'), at.lastIndexOf(u'['));
        at.truncate(std::max<qsizetype>(cut, 0));
    }
    return 1;
}

} // namespace dh
