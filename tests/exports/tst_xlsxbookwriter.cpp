// A TableBook as an XLSX file, read back from its XML: numbers are numeric cells in the format the
// view shows, periods and text are strings (never formulas), the header row is frozen, the columns
// fit their contents, sheet names are ones Excel accepts, and the sources sheet says where the
// numbers come from.
#include "exports/xlsxbookwriter.h"

#include "xlsxreading.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;

class TstXlsxBookWriter : public QObject
{
    Q_OBJECT

private:
    static TableBook sample()
    {
        Table series;
        series.name = QStringLiteral("GRDP / tháng");
        series.columns = {{QStringLiteral("Kỳ"), TableColumn::Kind::Period},
                          {QStringLiteral("Giá trị"), TableColumn::Kind::Number, 1},
                          {QStringLiteral("Số DN"), TableColumn::Kind::Number, 0},
                          {QStringLiteral("Ghi chú"), TableColumn::Kind::Text}};
        series.rows = {{QStringLiteral("2025-01"), 1234567.25, 12, QStringLiteral("=1+1")},
                       {QStringLiteral("2025-02"), QVariant(), 3, QStringLiteral("Một ghi chú khá dài về số liệu tỉnh Hà Giang")}};
        Table again = series;
        again.name = QStringLiteral("grdp - tháng");
        TableBook book;
        book.tables = {series, again};
        book.sources = {{QStringLiteral("GRDP"), QStringLiteral("Tổng sản phẩm trên địa bàn"), QStringLiteral("Giá trị mới tạo ra"),
                         QStringLiteral("tỷ đồng"), QStringLiteral("Cục Thống kê"), true}};
        book.asOf = QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC);
        book.synthetic = true;
        return book;
    }

private slots:
    void initTestCase()
    {
        if (!XlsxReading::available())
            QSKIP("the unzip tool is not installed, so the workbook cannot be opened to be checked");
    }

    void sheetNamesAreOnesExcelAccepts()
    {
        QCOMPARE(XlsxBookWriter::sheetName(QStringLiteral("a/b:c[d]*?\\")), QStringLiteral("a-b-c-d----"));
        QCOMPARE(XlsxBookWriter::sheetName(QString(40, u'x')).size(), 31);
        QVERIFY(!XlsxBookWriter::sheetName(QStringLiteral("''")).isEmpty());
    }

    void numbersAreNumericCellsWithTheirFormats()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.xlsx"));
        const auto written = XlsxBookWriter::write(sample(), path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        const XlsxReading xlsx(path);
        QVERIFY2(xlsx.error().isEmpty(), qPrintable(xlsx.error()));
        // The name's "/" is not allowed in a sheet name; the second, equal but for case, is numbered.
        QCOMPARE(xlsx.sheetNames(), (QStringList{QStringLiteral("GRDP - tháng"), QStringLiteral("grdp - tháng (2)"),
                                                 XlsxBookWriter::sourcesSheetName()}));
        const XlsxReading::Sheet s = xlsx.sheet(QStringLiteral("GRDP - tháng"));

        const XlsxReading::Cell value = s.cells.value(QStringLiteral("B2"));
        QVERIFY(value.type.isEmpty() || value.type == u"n");
        QCOMPARE(value.value.toDouble(), 1234567.25);
        QCOMPARE(value.numberFormat, QStringLiteral("#,##0.0"));
        const XlsxReading::Cell count = s.cells.value(QStringLiteral("C2"));
        QVERIFY(count.type.isEmpty() || count.type == u"n");
        QCOMPARE(count.value, QStringLiteral("12"));
        QCOMPARE(count.numberFormat, QStringLiteral("#,##0"));
        // A gap is no cell at all, not a zero.
        QVERIFY(!s.cells.contains(QStringLiteral("B3")));

        const XlsxReading::Cell period = s.cells.value(QStringLiteral("A2"));
        QCOMPARE(period.type, QStringLiteral("s"));
        QCOMPARE(period.value, QStringLiteral("2025-01"));
        QCOMPARE(period.numberFormat, QStringLiteral("@"));
        const XlsxReading::Cell formulaLike = s.cells.value(QStringLiteral("D2"));
        QCOMPARE(formulaLike.type, QStringLiteral("s"));
        QCOMPARE(formulaLike.value, QStringLiteral("=1+1"));
        QVERIFY(!formulaLike.formula);
        QCOMPARE(s.cells.value(QStringLiteral("A1")).value, QStringLiteral("Kỳ"));
    }

    void headerIsFrozenAndColumnsFit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.xlsx"));
        QVERIFY(XlsxBookWriter::write(sample(), path).ok());
        const XlsxReading::Sheet s = XlsxReading(path).sheet(QStringLiteral("GRDP - tháng"));
        QCOMPARE(s.frozenTopLeft, QStringLiteral("A2"));
        QCOMPARE(s.widths.size(), 4);
        // "1,234,567.3" is 11 characters; the note is 44.
        QVERIFY(s.widths.at(1) >= 11);
        QVERIFY(s.widths.at(3) > s.widths.at(1));
        QVERIFY(s.widths.at(0) < s.widths.at(1));
    }

    void sourcesSheetSaysWhereTheNumbersComeFrom()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.xlsx"));
        QVERIFY(XlsxBookWriter::write(sample(), path).ok());
        const XlsxReading::Sheet s = XlsxReading(path).sheet(XlsxBookWriter::sourcesSheetName());
        QCOMPARE(s.cells.value(QStringLiteral("A2")).value, QStringLiteral("GRDP"));
        QCOMPARE(s.cells.value(QStringLiteral("B2")).value, QStringLiteral("Tổng sản phẩm trên địa bàn"));
        QCOMPARE(s.cells.value(QStringLiteral("D2")).value, QStringLiteral("tỷ đồng"));
        QCOMPARE(s.cells.value(QStringLiteral("E2")).value, QStringLiteral("Cục Thống kê"));
        QCOMPARE(s.cells.value(QStringLiteral("B4")).value, QStringLiteral("2025-03-01T08:00:00Z"));
        QVERIFY(s.cells.value(QStringLiteral("B5")).value.startsWith(QStringLiteral("yes")));
        QCOMPARE(s.frozenTopLeft, QStringLiteral("A2"));
    }

    void aFailedWriteLeavesTheEarlierFile()
    {
        QTemporaryDir dir;
        const auto missing = XlsxBookWriter::write(sample(), dir.filePath(QStringLiteral("missing/book.xlsx")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::Storage);

        const QString path = dir.filePath(QStringLiteral("book.xlsx"));
        QVERIFY(XlsxBookWriter::write(sample(), path).ok());
        QVERIFY(XlsxBookWriter::write(sample(), path).ok());
        // Nothing but the book is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("book.xlsx")});
    }
};

QTEST_GUILESS_MAIN(TstXlsxBookWriter)
#include "tst_xlsxbookwriter.moc"
