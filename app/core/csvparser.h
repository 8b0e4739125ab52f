#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace dh {

// RFC 4180 CSV over text held in memory: quoted fields may hold separators, doubled quotes and line
// breaks. Unquoted fields are returned as views into the text, so reading millions of rows copies
// nothing; a quoted field is unescaped into a buffer that lives until the next call.
class CsvParser
{
public:
    explicit CsvParser(QStringView text, QChar separator = u',');

    // Reads the next record into fields; false at the end. Blank lines are skipped.
    bool next(QList<QStringView> &fields);
    // The 1-based line on which the last record returned by next() starts.
    qsizetype lineNumber() const { return m_recordLine; }
    // The raw text of the last record, for error reports and quarantine.
    QStringView rawRecord() const { return m_text.mid(m_recordStart, m_recordEnd - m_recordStart); }
    // True when the last record had an unterminated quote.
    bool malformed() const { return m_malformed; }

private:
    QStringView m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
    qsizetype m_recordLine = 0;
    qsizetype m_recordStart = 0;
    qsizetype m_recordEnd = 0;
    bool m_malformed = false;
    QList<QString> m_scratch;
};

// Cells a spreadsheet would run, as the OWASP guidance on CSV injection says to write them: a text
// cell that starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe, which a
// spreadsheet shows as text; so does one that starts with an apostrophe, so that the reader can
// take exactly one off again and every text reads back as it was written. A number (-12.5,
// +1e-7) is a number to a spreadsheet, never a formula, and stays as it is.
namespace CsvCell {
QString neutralised(QStringView text);
QStringView restored(QStringView cell);
} // namespace CsvCell

// Reads a whole small CSV file (header + rows) into lists of strings; for reference data.
QList<QStringList> readCsvTable(QStringView text);

} // namespace dh
