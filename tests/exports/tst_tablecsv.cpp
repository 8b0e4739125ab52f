// A table as CSV: the byte-order mark spreadsheet programs need for UTF-8, the header, numbers as
// numbers, gaps empty, Vietnamese intact and text that would run as a formula neutralised.
#include "exports/tablecsv.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;

class TstTableCsv : public QObject
{
    Q_OBJECT

private:
    static Table sample()
    {
        Table t;
        t.name = QStringLiteral("Series");
        t.columns = {{QStringLiteral("Kỳ"), TableColumn::Kind::Period},
                     {QStringLiteral("Giá trị"), TableColumn::Kind::Number, 1},
                     {QStringLiteral("Ghi chú"), TableColumn::Kind::Text}};
        t.rows = {{QStringLiteral("2025-01"), 1234.5, QStringLiteral("=HYPERLINK(\"http://x\")")},
                  {QStringLiteral("2025-02"), -12.25, QStringLiteral("Hà Nội, Đà Nẵng")},
                  {QStringLiteral("2025-03"), QVariant(), QStringLiteral("@cmd")},
                  {QStringLiteral("2025-04"), 1e-7, QStringLiteral("-2+3")}};
        return t;
    }

    static QByteArray written(const Table &t)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        TableCsv::write(t, buffer);
        return buffer.data();
    }

private slots:
    void startsWithTheByteOrderMark()
    {
        const QByteArray csv = written(sample());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(csv.mid(3)).section(u'\n', 0, 0), QStringLiteral("Kỳ,Giá trị,Ghi chú"));
    }

    void numbersStayNumbersAndGapsStayEmpty()
    {
        const QStringList lines = QString::fromUtf8(written(sample()).mid(3)).split(u'\n');
        QVERIFY(lines.at(1).startsWith(QStringLiteral("2025-01,1234.5,")));
        // A negative number is a number to a spreadsheet, not a formula: no apostrophe.
        QVERIFY(lines.at(2).startsWith(QStringLiteral("2025-02,-12.25,")));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("2025-03,,")));
        QVERIFY(lines.at(4).startsWith(QStringLiteral("2025-04,0.0000001,")));
    }

    void formulaTextIsNeutralised()
    {
        const QStringList lines = QString::fromUtf8(written(sample()).mid(3)).split(u'\n');
        QCOMPARE(lines.at(1).section(u',', 2), QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QCOMPARE(lines.at(2).section(u',', 2), QStringLiteral("\"Hà Nội, Đà Nẵng\""));
        QCOMPARE(lines.at(3).section(u',', 2), QStringLiteral("\"'@cmd\""));
        QCOMPARE(lines.at(4).section(u',', 2), QStringLiteral("\"'-2+3\""));
    }

    void writesAFileWholeOrNotAtAll()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(TableCsv::writeFile(sample(), path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), written(sample()));

        const auto failed = TableCsv::writeFile(sample(), dir.filePath(QStringLiteral("missing/out.csv")));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, Error::Code::Storage);
    }
};

QTEST_GUILESS_MAIN(TstTableCsv)
#include "tst_tablecsv.moc"
