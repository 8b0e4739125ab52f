#include "csvwriter.h"

#include <QLocale>

namespace dh {

void CsvWriter::row(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_out << ',';
        const QString &f = fields.at(i);
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')) {
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
