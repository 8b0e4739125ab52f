#include "xlsxbookwriter.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>

namespace dh {

namespace {

constexpr double kMaxColumnWidth = 60;

// Every message of this file, under one context: lupdate files BookText::tr("…") under the context
// named here, which is the one the app looks the text up in.
struct BookText
{
    Q_DECLARE_TR_FUNCTIONS(dh)
};

// The characters a cell shows for a number in "#,##0.0…": the digits, the separators and the sign.
qsizetype shownLength(double value, int decimals)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions({});
    return locale.toString(value, 'f', decimals).size();
}

class Book
{
public:
    explicit Book(const QString &path) : m_book(workbook_new(QFile::encodeName(path).constData())) {}
    ~Book()
    {
        // A book given up half-way is freed without being written.
        if (m_book)
            lxw_workbook_free(m_book);
    }
    Q_DISABLE_COPY_MOVE(Book)

    bool isOpen() const { return m_book != nullptr; }

    lxw_error close()
    {
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        return e;
    }

    lxw_worksheet *addSheet(const QString &wanted)
    {
        QString name = XlsxBookWriter::sheetName(wanted);
        // Sheet names are unique regardless of case.
        for (int n = 2; m_names.contains(name.toLower()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = XlsxBookWriter::sheetName(wanted.left(31 - suffix.size()) + suffix);
        }
        m_names.insert(name.toLower());
        return workbook_add_worksheet(m_book, name.toUtf8().constData());
    }

    lxw_format *header()
    {
        if (!m_header) {
            m_header = workbook_add_format(m_book);
            format_set_bold(m_header);
        }
        return m_header;
    }

    lxw_format *number(int decimals)
    {
        decimals = std::clamp(decimals, 0, 10);
        lxw_format *&f = m_numbers[decimals];
        if (!f) {
            f = workbook_add_format(m_book);
            QByteArray pattern = "#,##0";
            if (decimals > 0)
                pattern += '.' + QByteArray(decimals, '0');
            format_set_num_format(f, pattern.constData());
        }
        return f;
    }

    lxw_format *text()
    {
        // "@": a cell the user retypes stays text, so "2025-01" is not turned into a date.
        if (!m_text) {
            m_text = workbook_add_format(m_book);
            format_set_num_format(m_text, "@");
        }
        return m_text;
    }

private:
    lxw_workbook *m_book;
    lxw_format *m_header = nullptr;
    lxw_format *m_text = nullptr;
    QHash<int, lxw_format *> m_numbers;
    QSet<QString> m_names;
};

void writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format)
{
    if (!text.isEmpty())
        worksheet_write_string(sheet, row, column, text.toUtf8().constData(), format);
}

void writeTable(Book &book, lxw_worksheet *sheet, const Table &table)
{
    QList<double> widths;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        writeText(sheet, 0, int(c), table.columns.at(c).title, book.header());
        widths.append(double(table.columns.at(c).title.size()));
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QVariantList &row = table.rows.at(r);
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const TableColumn &column = table.columns.at(c);
            const QVariant cell = row.value(c);
            if (column.kind == TableColumn::Kind::Number) {
                bool ok = false;
                const double value = cell.toDouble(&ok);
                if (!cell.isValid() || !ok)
                    continue;
                worksheet_write_number(sheet, int(r + 1), int(c), value, book.number(column.decimals));
                widths[c] = std::max(widths[c], double(shownLength(value, column.decimals)));
            } else {
                const QString text = cell.toString();
                writeText(sheet, int(r + 1), int(c), text, column.kind == TableColumn::Kind::Period ? book.text() : nullptr);
                widths[c] = std::max(widths[c], double(text.size()));
            }
        }
    }
    for (qsizetype c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(widths.at(c) + 2, kMaxColumnWidth), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
}

Table sourcesTable(const TableBook &book)
{
    Table t;
    t.columns = {{BookText::tr("Code")}, {BookText::tr("Indicator")}, {BookText::tr("Definition")},
                 {BookText::tr("Unit")}, {BookText::tr("Source")}, {BookText::tr("Synthetic data")}};
    const QString yes = BookText::tr("yes");
    const QString no = BookText::tr("no");
    for (const TableSource &s : book.sources)
        t.rows.append({s.code, s.name, s.definition, s.unit, s.source, s.synthetic ? yes : no});
    t.rows.append(QVariantList{});
    t.rows.append({BookText::tr("As of"), book.asOf.isValid() ? book.asOf.toString(Qt::ISODate) : QStringLiteral("—")});
    t.rows.append({BookText::tr("Synthetic data"), book.synthetic ? BookText::tr("yes: the figures are a synthetic sample, not official statistics") : no});
    return t;
}

Error writeError(const QString &path, const QString &why)
{
    return Error::storage(BookText::tr("Cannot write %1: %2").arg(path, why));
}

} // namespace

QString XlsxBookWriter::sourcesSheetName()
{
    return QStringLiteral("Nguồn – Sources");
}

QString XlsxBookWriter::sheetName(const QString &wanted)
{
    QString name = wanted.simplified();
    for (QChar &c : name) {
        if (QStringView(u"[]:*?/\\").contains(c))
            c = u'-';
    }
    // An apostrophe may not start or end a name.
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    name = name.left(31);
    while (name.endsWith(u'\''))
        name.chop(1);
    return name.isEmpty() ? BookText::tr("Table") : name;
}

Result<void> XlsxBookWriter::write(const TableBook &book, const QString &path)
{
    // libxlsxwriter writes to a file name of its own; the book is made in a temporary file and
    // copied through a QSaveFile, which replaces the target only when complete and gives it the
    // permissions any new file of the user's gets.
    QTemporaryFile part;
    if (!part.open())
        return writeError(path, part.errorString());
    {
        Book xlsx(part.fileName());
        if (!xlsx.isOpen())
            return writeError(path, BookText::tr("the workbook could not be created"));
        for (const Table &table : book.tables) {
            lxw_worksheet *sheet = xlsx.addSheet(table.name);
            if (!sheet)
                return writeError(path, BookText::tr("the sheet \"%1\" could not be added").arg(table.name));
            writeTable(xlsx, sheet, table);
        }
        lxw_worksheet *sources = xlsx.addSheet(sourcesSheetName());
        if (!sources)
            return writeError(path, BookText::tr("the sources sheet could not be added"));
        writeTable(xlsx, sources, sourcesTable(book));
        const lxw_error e = xlsx.close();
        if (e != LXW_NO_ERROR) {
            qCWarning(lcExports) << "libxlsxwriter:" << lxw_strerror(e);
            return writeError(path, QString::fromUtf8(lxw_strerror(e)));
        }
    }
    QFile written(part.fileName());
    if (!written.open(QIODevice::ReadOnly))
        return writeError(path, written.errorString());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return writeError(path, out.errorString());
    if (out.write(written.readAll()) < 0 || !out.commit())
        return writeError(path, out.errorString());
    return {};
}

} // namespace dh
