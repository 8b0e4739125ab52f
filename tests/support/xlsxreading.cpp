#include "xlsxreading.h"

#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

namespace {

QString unzipTool()
{
    return QStandardPaths::findExecutable(QStringLiteral("unzip"));
}

} // namespace

bool XlsxReading::available()
{
    return !unzipTool().isEmpty();
}

QByteArray XlsxReading::entry(const QString &name)
{
    QProcess unzip;
    unzip.start(unzipTool(), {QStringLiteral("-p"), m_path, name});
    if (!unzip.waitForFinished() || unzip.exitCode() != 0) {
        m_error = QStringLiteral("unzip -p %1 %2: %3").arg(m_path, name, QString::fromLocal8Bit(unzip.readAllStandardError()));
        return {};
    }
    return unzip.readAllStandardOutput();
}

XlsxReading::XlsxReading(const QString &path) : m_path(path)
{
    QStringList strings;
    {
        QXmlStreamReader xml(entry(QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"t")
                current += xml.readElementText();
            else if (xml.isEndElement() && xml.name() == u"si")
                strings.append(std::exchange(current, QString()));
        }
    }
    QHash<QString, QString> formats{{QStringLiteral("0"), QStringLiteral("General")}, {QStringLiteral("49"), QStringLiteral("@")}};
    QStringList xfFormats;
    {
        QXmlStreamReader xml(entry(QStringLiteral("xl/styles.xml")));
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"numFmt")
                formats.insert(xml.attributes().value(QLatin1StringView("numFmtId")).toString(), xml.attributes().value(QLatin1StringView("formatCode")).toString());
            else if (xml.isStartElement() && xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (xml.isEndElement() && xml.name() == u"cellXfs")
                inCellXfs = false;
            else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf")
                xfFormats.append(formats.value(xml.attributes().value(QLatin1StringView("numFmtId")).toString(), QStringLiteral("?")));
        }
    }
    {
        QXmlStreamReader xml(entry(QStringLiteral("xl/workbook.xml")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"sheet")
                m_names.append(xml.attributes().value(QLatin1StringView("name")).toString());
        }
    }
    // libxlsxwriter names the parts sheet1.xml, sheet2.xml … in the workbook's order.
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        Sheet sheet;
        QXmlStreamReader xml(entry(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1)));
        QString ref;
        Cell cell;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"pane" && xml.attributes().value(QLatin1StringView("state")) == u"frozen") {
                sheet.frozenTopLeft = xml.attributes().value(QLatin1StringView("topLeftCell")).toString();
            } else if (xml.isStartElement() && xml.name() == u"col") {
                sheet.widths.append(xml.attributes().value(QLatin1StringView("width")).toDouble());
            } else if (xml.isStartElement() && xml.name() == u"c") {
                ref = xml.attributes().value(QLatin1StringView("r")).toString();
                cell = Cell{xml.attributes().value(QLatin1StringView("t")).toString(), {},
                            xfFormats.value(xml.attributes().value(QLatin1StringView("s")).toInt(), QStringLiteral("General")), false};
            } else if (xml.isStartElement() && xml.name() == u"f") {
                cell.formula = true;
            } else if (xml.isStartElement() && xml.name() == u"v") {
                cell.value = xml.readElementText();
                if (cell.type == u"s")
                    cell.value = strings.value(cell.value.toInt());
            } else if (xml.isEndElement() && xml.name() == u"c") {
                sheet.cells.insert(ref, cell);
            }
        }
        m_sheets.insert(m_names.at(i), sheet);
    }
}
