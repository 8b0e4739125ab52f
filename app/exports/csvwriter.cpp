#include "csvwriter.h"

#include "core/csvparser.h"

#include <QLocale>

namespace dh {

void CsvWriter::row(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_out << ',';
        const QString f = CsvCell::neutralised(fields.at(i));
        // A neutralised cell is quoted too, as the guidance on CSV injection asks.
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r') || f.size() != fields.at(i).size()) {
            QString quoted = f;
            quoted.replace(u'"', QStringLiteral("\"\""));
            m_out << '"' << quoted << '"';
        } else {
            m_out << f;
        }
    }
    m_out << '\n';
}

QString CsvWriter::number(double value)
{
    return QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace dh
