#include "store/observationwriter.h"
#include "tempcache.h"

#include <QTest>

using namespace dh;
using test::TempCache;

Q_DECLARE_METATYPE(dh::Dimension)

// The catalogue beyond the indicators' definitions: the dimensions of disaggregation with their
// names, and the rule that an indicator's unit of measure cannot change under its data.
class TestCatalogue : public QObject
{
    Q_OBJECT

private:
    static Dimension tax()
    {
        return {u"tax"_qs,
                {{u"vi"_qs, u"Sắc thuế"_qs}, {u"en"_qs, u"Tax"_qs}},
                {{u"vat"_qs, {{u"vi"_qs, u"Thuế GTGT"_qs}, {u"en"_qs, u"VAT"_qs}}, {}},
                 {u"domestic"_qs, {{u"vi"_qs, u"Thu nội địa"_qs}}, {}},
                 {u"cit"_qs, {{u"vi"_qs, u"Thuế TNDN"_qs}}, u"domestic"_qs}}};
    }

    static Dimension level()
    {
        return {u"level"_qs, {{u"vi"_qs, u"Cấp"_qs}}, {{u"central"_qs, {{u"vi"_qs, u"Trung ương"_qs}}, {}}}};
    }

private slots:
    void dimensionsRoundTrip()
    {
        TempCache t;
        QVERIFY(t.ok());
        QVERIFY(t.cache().catalogue().dimensions()->isEmpty());
        QVERIFY(t.cache().catalogue().upsertDimensions({tax(), level()}).ok());
        QCOMPARE(*t.cache().catalogue().dimensions(), (QList<Dimension>{level(), tax()}));

        // A dimension given again replaces its values; one not given is kept.
        Dimension fewer = tax();
        fewer.name[u"en"_qs] = QStringLiteral("Kind of tax");
        fewer.values.removeLast();
        QVERIFY(t.cache().catalogue().upsertDimensions({fewer}).ok());
        QVERIFY(t.reopen());
        QCOMPARE(*t.cache().catalogue().dimensions(), (QList<Dimension>{level(), fewer}));
    }

    void badDimensionsAreRefusedWhole_data()
    {
        QTest::addColumn<Dimension>("bad");
        Dimension code = level();
        code.code = QStringLiteral("le=vel");
        QTest::newRow("code") << code;
        Dimension value = level();
        value.values.append({u"=SUM(A1)"_qs, {}, {}});
        QTest::newRow("formula") << value;
        Dimension repeated = level();
        repeated.values.append(repeated.values.first());
        QTest::newRow("repeated") << repeated;
        Dimension orphan = level();
        orphan.values.append({u"local"_qs, {}, u"nowhere"_qs});
        QTest::newRow("parent") << orphan;
    }

    void badDimensionsAreRefusedWhole()
    {
        QFETCH(Dimension, bad);
        TempCache t;
        QVERIFY(t.ok());
        const auto r = t.cache().catalogue().upsertDimensions({tax(), bad});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QVERIFY(t.cache().catalogue().dimensions()->isEmpty());
    }

    void theUnitOfMeasureCannotChangeUnderData()
    {
        TempCache t;
        QVERIFY(t.ok());
        QList<Indicator> catalogue = TempCache::catalogue();
        auto find = [&catalogue](const QString &code) -> Indicator & {
            return *std::find_if(catalogue.begin(), catalogue.end(), [&](const Indicator &i) { return i.code == code; });
        };
        const QString revEn = find(u"rev"_qs).unitEn;
        // Without figures held, a unit may change.
        find(u"pm"_qs).unitVi = QStringLiteral("mg/m³");
        QVERIFY(t.cache().catalogue().upsert(catalogue).ok());
        QCOMPARE(t.cache().catalogue().find(u"pm"_qs)->unitVi, u"mg/m³"_qs);

        auto w = t.cache().writer(u"test"_qs);
        QVERIFY(w->begin(ObservationWriter::Mode::AllOrNothing).ok());
        QCOMPARE(w->write(TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2025, 1), 5)),
                 ObservationWriter::Outcome::Written);
        QVERIFY(w->commit()->committed);

        // With figures held, the batch is refused whole: pm's change is not written either.
        find(u"pm"_qs).unitVi = QStringLiteral("µg/m³");
        find(u"rev"_qs).unitVi = QStringLiteral("triệu đồng");
        auto r = t.cache().catalogue().upsert(catalogue);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().rule, u"UNIT_CHANGED"_qs);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QVERIFY2(r.error().message.contains(u"rev") && r.error().message.contains(u"tỷ đồng")
                     && r.error().message.contains(u"triệu đồng"),
                 qPrintable(r.error().message));
        QVERIFY(t.reopen());
        QCOMPARE(t.cache().catalogue().find(u"pm"_qs)->unitVi, u"mg/m³"_qs);
        QCOMPARE(t.cache().catalogue().find(u"rev"_qs)->unitVi, u"tỷ đồng"_qs);

        // The English name counts as well; the same units again pass.
        find(u"rev"_qs).unitVi = QStringLiteral("tỷ đồng");
        find(u"rev"_qs).unitEn = QStringLiteral("million VND");
        r = t.cache().catalogue().upsert(catalogue);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().rule, u"UNIT_CHANGED"_qs);
        QVERIFY2(r.error().message.contains(u"million VND"), qPrintable(r.error().message));
        find(u"rev"_qs).unitEn = revEn;
        find(u"rev"_qs).nameEn = QStringLiteral("Revenue");
        QVERIFY(t.cache().catalogue().upsert(catalogue).ok());
        QCOMPARE(t.cache().catalogue().find(u"rev"_qs)->nameEn, u"Revenue"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
