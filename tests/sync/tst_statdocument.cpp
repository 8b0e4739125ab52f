#include "sync/readers/statdocument.h"

#include <QTest>

#include <array>
#include <cmath>

using namespace dh;

// The flat cube every reader fills: cells keep their keys, values, missing marks, statuses and
// deletions, whatever the order they come in.
class TestStatDocument : public QObject
{
    Q_OBJECT

private slots:
    void keepsEveryCell()
    {
        StatDocument doc;
        doc.dimensions = {{u"geo"_qs, {}, DimensionRole::Geo, {{u"VN"_qs}, {u"TH"_qs}}},
                          {u"time"_qs, {}, DimensionRole::Time, {{u"2024"_qs}, {u"2025"_qs}, {u"2026"_qs}}}};
        doc.reserve(4);
        doc.addCell(std::array{1, 2}, 7.5, u"p");
        doc.addCell(std::array{0, 0}, std::nullopt, u"..");
        doc.addCell(std::array{0, 1}, 0.0);
        doc.addCell(std::array{1, 0}, -1.25, u"p", true);
        QCOMPARE(doc.cellCount(), 4);
        QCOMPARE(doc.category(0, 0), 1);
        QCOMPARE(doc.category(0, 1), 2);
        QCOMPARE(doc.category(3, 0), 1);
        QCOMPARE(doc.category(3, 1), 0);
        QCOMPARE(doc.value(0), std::optional(7.5));
        QVERIFY(!doc.value(1).has_value()); // missing, never zero
        QCOMPARE(doc.value(2), std::optional(0.0));
        QCOMPARE(doc.status(0), u"p"_qs);
        QCOMPARE(doc.status(1), u".."_qs);
        QCOMPARE(doc.status(2), QString());
        QCOMPARE(doc.status(3), u"p"_qs);
        QVERIFY(!doc.isDeleted(0));
        QVERIFY(doc.isDeleted(3));
        QCOMPARE(doc.dimensionOfRole(DimensionRole::Time), 1);
        QCOMPARE(doc.dimensionOfRole(DimensionRole::Metric), -1);
        QCOMPARE(doc.dimensionIndex(u"geo"), 0);
        QCOMPARE(doc.dimensions.at(1).indexOf(u"2026"), 2);
        QCOMPARE(doc.dimensions.at(1).indexOf(u"2027"), -1);
    }

    // Keys are held in two bytes until a category position needs more; then every key, old and
    // new, reads back the same.
    void widensItsKeysWhenACategoryNeedsIt()
    {
        StatDocument doc;
        doc.dimensions = {{u"a"_qs, {}, DimensionRole::Other, {}}, {u"b"_qs, {}, DimensionRole::Other, {}}};
        doc.addCell(std::array{3, 65535}, 1.0);
        doc.addCell(std::array{70000, 2}, 2.0);
        doc.addCell(std::array{4, 5}, 3.0);
        QCOMPARE(doc.category(0, 0), 3);
        QCOMPARE(doc.category(0, 1), 65535);
        QCOMPARE(doc.category(1, 0), 70000);
        QCOMPARE(doc.category(1, 1), 2);
        QCOMPARE(doc.category(2, 0), 4);
        QCOMPARE(doc.category(2, 1), 5);
        QCOMPARE(doc.value(2), std::optional(3.0));
    }

    // Revisions are 0 until a cell is given one, for cells before and after it alike.
    void keepsRevisionsWhereTheDocumentGivesThem()
    {
        StatDocument doc;
        doc.dimensions = {{u"a"_qs, {}, DimensionRole::Other, {}}};
        doc.addCell(std::array{0}, 1.0);
        doc.addCell(std::array{1}, 2.0);
        QCOMPARE(doc.revision(1), 0);
        doc.setRevision(1, 3);
        doc.addCell(std::array{2}, 3.0);
        QCOMPARE(doc.revision(0), 0);
        QCOMPARE(doc.revision(1), 3);
        QCOMPARE(doc.revision(2), 0);
        doc.setRevision(2, 1);
        QCOMPARE(doc.revision(2), 1);
    }

    // A document may give every cell a status of its own: none is lost past the first 65,535.
    void keepsEveryStatus()
    {
        StatDocument doc;
        doc.dimensions = {{u"a"_qs, {}, DimensionRole::Other, {}}};
        for (int i = 0; i < 70000; ++i)
            doc.addCell(std::array{i}, 1.0, QString::number(i));
        QCOMPARE(doc.status(0), u"0"_qs);
        QCOMPARE(doc.status(69999), u"69999"_qs);
    }
};

QTEST_GUILESS_MAIN(TestStatDocument)
#include "tst_statdocument.moc"
