#include "csvparser.h"

#include "safetext.h"

namespace dh {

CsvParser::CsvParser(QStringView text, QChar separator)
    : m_text(text)
    , m_separator(separator)
{
    if (m_text.startsWith(QChar(0xFEFF)))
        m_pos = 1;
}

bool CsvParser::next(QList<QStringView> &fields)
{
    fields.clear();
    m_scratch.clear();
    m_malformed = false;
    const qsizetype n = m_text.size();

    while (m_pos < n && (m_text[m_pos] == u'\n' || m_text[m_pos] == u'\r')) {
        if (m_text[m_pos] == u'\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= n)
        return false;

    m_recordLine = m_line;
    m_recordStart = m_pos;
    const char16_t sep = m_separator.unicode();
    const QChar *data = m_text.data();

    for (;;) {
        if (m_pos < n && data[m_pos] == u'"') {
            QString value;
            ++m_pos;
            bool closed = false;
            while (m_pos < n) {
                const QChar c = data[m_pos];
                if (c == u'"') {
                    if (m_pos + 1 < n && data[m_pos + 1] == u'"') {
                        value += u'"';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == u'\n')
                    ++m_line;
                value += c;
                ++m_pos;
            }
            if (!closed)
                m_malformed = true;
            // Anything between the closing quote and the separator is kept, as most readers do.
            const qsizetype tail = m_pos;
            while (m_pos < n && data[m_pos].unicode() != sep && data[m_pos] != u'\n' && data[m_pos] != u'\r')
                ++m_pos;
            value += m_text.mid(tail, m_pos - tail);
            m_scratch.append(std::move(value));
            fields.append(QStringView(m_scratch.constLast()));
        } else {
            const qsizetype start = m_pos;
            while (m_pos < n && data[m_pos].unicode() != sep && data[m_pos] != u'\n' && data[m_pos] != u'\r')
                ++m_pos;
            fields.append(m_text.mid(start, m_pos - start));
        }

        if (m_pos < n && data[m_pos].unicode() == sep) {
            ++m_pos;
            continue;
        }
        m_recordEnd = m_pos;
        if (m_pos < n && data[m_pos] == u'\r')
            ++m_pos;
        if (m_pos < n && data[m_pos] == u'\n') {
            ++m_pos;
            ++m_line;
        }
        return true;
    }
}

QList<QStringList> readCsvTable(QStringView text)
{
    QList<QStringList> rows;
    CsvParser parser(text);
    QList<QStringView> fields;
    while (parser.next(fields)) {
        QStringList row;
        row.reserve(fields.size());
        for (QStringView f : fields)
            row.append(f.toString());
        rows.append(std::move(row));
    }
    return rows;
}

namespace CsvCell {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// A finite number as C would write it: an optional sign, digits with an optional point (or a point
// and digits), an optional exponent.
bool isPlainNumber(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    qsizetype digits = 0;
    for (; i < n && isDigit(text[i]); ++i)
        ++digits;
    if (i < n && text[i] == u'.') {
        for (++i; i < n && isDigit(text[i]); ++i)
            ++digits;
    }
    if (digits == 0)
        return false;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < n && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        qsizetype exponent = 0;
        for (; i < n && isDigit(text[i]); ++i)
            ++exponent;
        if (exponent == 0)
            return false;
    }
    return i == n;
}

bool triggers(QStringView text)
{
    return SafeText::startsLikeFormula(text) || text.startsWith(u'\'');
}

} // namespace

QString neutralised(QStringView text)
{
    if (!triggers(text) || isPlainNumber(text))
        return text.toString();
    return u'\'' + text;
}

QStringView restored(QStringView cell)
{
    return cell.startsWith(u'\'') && triggers(cell.mid(1)) ? cell.mid(1) : cell;
}

} // namespace CsvCell

} // namespace dh
