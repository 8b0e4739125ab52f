#include "tablecsv.h"

#include "csvwriter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

namespace dh::TableCsv {

void write(const Table &table, QIODevice &device)
{
    QTextStream out(&device);
    out.setEncoding(QStringConverter::Utf8);
    out.setGenerateByteOrderMark(true);
    CsvWriter csv(out);
    QStringList header;
    for (const TableColumn &c : table.columns)
        header.append(c.title);
    csv.row(header);
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        cells.reserve(table.columns.size());
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const QVariant cell = row.value(i);
            if (table.columns.at(i).kind == TableColumn::Kind::Number) {
                bool ok = false;
                const double value = cell.toDouble(&ok);
                cells.append(cell.isValid() && ok ? CsvWriter::number(value) : QString());
            } else {
                cells.append(cell.toString());
            }
        }
        csv.row(cells);
    }
    out.flush();
}

Result<void> writeFile(const Table &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::storage(QCoreApplication::translate("TableCsv", "Cannot write %1: %2").arg(path, file.errorString()));
    }
    write(table, file);
    if (!file.commit())
        return Error::storage(QCoreApplication::translate("TableCsv", "Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace dh::TableCsv
