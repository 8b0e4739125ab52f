#pragma once

#include <QStringList>
#include <QTextStream>

namespace dh {

// Writes RFC 4180 CSV rows: fields with separators, quotes or line breaks are quoted, and text a
// spreadsheet would run as a formula is neutralised (CsvCell), numbers left as they are.
class CsvWriter
{
public:
    explicit CsvWriter(QTextStream &out) : m_out(out) {}

    void row(const QStringList &fields);
    // The shortest text that reads back as the same double.
    static QString number(double value);

private:
    QTextStream &m_out;
};

} // namespace dh
