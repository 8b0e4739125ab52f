#include "sync/documentobservations.h"

#include <QTest>

using namespace dh;

// A StatDocument becomes observation records: codes mapped, scaled, statuses read, missing values
// skipped, unmapped codes refused with the code and the place.
class TestDocumentObservations : public QObject
{
    Q_OBJECT

private:
    struct Out
    {
        QList<Observation> accepted;
        QList<std::tuple<qint64, QString, QString>> rejected; // line, raw, reason
        DocumentSummary summary;
    };

    static StatDimension dimension(const char *id, DimensionRole role, QStringList ids)
    {
        StatDimension d;
        d.id = QString::fromUtf8(id);
        d.role = role;
        for (const QString &c : ids)
            d.categories.append({c});
        return d;
    }

    // indicator (Metric: GDP in thousands, POP) × geo (HN, HT, 01) × time (2023, 2024) × sex (T, M).
    static StatDocument sample()
    {
        StatDocument doc;
        doc.id = QStringLiteral("t1");
        doc.dimensions = {dimension("indicator", DimensionRole::Metric, {u"GDP"_qs, u"POP"_qs}),
                          dimension("geo", DimensionRole::Geo, {u"Hà Nội"_qs, u"Hà Tây"_qs, u"99"_qs}),
                          dimension("time", DimensionRole::Time, {u"2023"_qs, u"2024"_qs}),
                          dimension("sex", DimensionRole::Other, {u"T"_qs, u"M"_qs})};
        doc.dimensions[0].categories[0].unitMultiplier = 3;
        doc.dimensions[0].categories[0].unit.insert(u"en"_qs, u"thousand VND bn"_qs);
        doc.dimensions[0].categories[1].unit.insert(u"vi"_qs, u"nghìn người"_qs);
        int n = 0;
        for (int i = 0; i < 2; ++i)
            for (int g = 0; g < 3; ++g)
                for (int t = 0; t < 2; ++t)
                    for (int s = 0; s < 2; ++s) {
                        const int key[] = {i, g, t, s};
                        ++n;
                        // The last cell of each indicator is missing; 2024 is provisional.
                        const bool missing = g == 2 && t == 1 && s == 1;
                        doc.addCell(key, missing ? std::nullopt : std::optional(double(n)), t == 1 ? u"p" : u"");
                    }
        return doc;
    }

    static CodeMapping mapping()
    {
        auto m = CodeMapping::fromJson(R"({"version": 1,
            "dimensions": {"disaggregations": {"sex": "gender"}},
            "indicators": {"GDP": {"code": "gdp", "scale": 0.001, "measure": "tỷ đồng"}, "POP": "pop"},
            "units": {"Hà Nội": "VN-HN", "Hà Tây": "VN-HN"},
            "values": {"sex": {"T": "", "M": "male"}}})");
        Q_ASSERT(m.ok());
        return *m;
    }

    static Out run(const StatDocument &doc, const CodeMapping *mapping, qsizetype batch = 5)
    {
        Out out;
        auto plan = DocumentObservations::create(doc, mapping, {u"test"_qs, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), 1});
        if (!plan)
            qFatal("%s", qPrintable(plan.error().message));
        const auto cells = plan->produce([&](ObservationBatch &&b) {
            CsvObservationReader::deliver(
                b, [&](const Observation &o, qint64, QStringView) { out.accepted.append(o); },
                [&](qint64 line, QStringView raw, const QString &reason) { out.rejected.append({line, raw.toString(), reason}); });
            return true;
        }, batch);
        Q_ASSERT(cells.ok());
        out.summary = plan->summary();
        return out;
    }

private slots:
    void withoutAMappingKeepsTheSourceCodes()
    {
        const StatDocument doc = sample();
        const Out out = run(doc, nullptr);
        QCOMPARE(out.summary.cells, 24);
        QCOMPARE(out.summary.missing, 2);
        QCOMPARE(out.accepted.size(), 22);
        QVERIFY(out.rejected.isEmpty());
        const Observation &first = out.accepted.first();
        QCOMPARE(first.indicator, u"GDP"_qs);
        QCOMPARE(first.unit, u"Hà Nội"_qs);
        QCOMPARE(first.period, Period::year(2023));
        QCOMPARE(first.disaggregation, u"sex=T"_qs);
        QCOMPARE(first.value, 1000.0); // the unit multiplier applied
        QCOMPARE(first.measure, QString()); // "thousand …" is not the unit of the multiplied value
        QCOMPARE(out.accepted.at(2).status, ObservationStatus::Provisional);
        QCOMPARE(out.accepted.at(2).period, Period::year(2024));
        QCOMPARE(out.accepted.at(2).provenance.source, u"test"_qs);
        const Observation &pop = out.accepted.at(11);
        QCOMPARE(pop.indicator, u"POP"_qs);
        QCOMPARE(pop.measure, u"nghìn người"_qs);
    }

    void mapsScalesAndRefusesUnmappedCodes()
    {
        const StatDocument doc = sample();
        const CodeMapping m = mapping();
        const Out out = run(doc, &m);
        // Hà Nội and Hà Tây (old and new names) both map; "99" is in no table.
        QCOMPARE(out.summary.missing, 2);
        QCOMPARE(out.accepted.size(), 16);
        QCOMPARE(out.rejected.size(), 6);
        const Observation &first = out.accepted.first();
        QCOMPARE(first.indicator, u"gdp"_qs);
        QCOMPARE(first.unit, u"VN-HN"_qs);
        QCOMPARE(first.disaggregation, QString()); // T is the total
        QCOMPARE(first.value, 1.0);                // × 10^3 × 0.001
        QCOMPARE(first.measure, u"tỷ đồng"_qs);
        QCOMPARE(out.accepted.at(1).disaggregation, u"gender=male"_qs);
        QCOMPARE(out.accepted.at(4).unit, u"VN-HN"_qs); // Hà Tây
        const auto &[line, raw, reason] = out.rejected.first();
        QCOMPARE(line, 9);
        QCOMPARE(raw, u"indicator=GDP;geo=99;time=2023;sex=T;value=9"_qs);
        QVERIFY2(reason.contains(u"\"99\"") && reason.contains(u"geo") && reason.contains(u"units"), qPrintable(reason));
        QCOMPARE(out.summary.rejected, 6);
    }

    void leavesOutFixedAndNullCategories()
    {
        const StatDocument doc = sample();
        auto m = CodeMapping::fromJson(R"({"version": 1, "dimensions": {"fixed": {"sex": "T"}},
            "indicators": {"GDP": null, "POP": "pop"}, "units": {"Hà Nội": "VN-HN", "Hà Tây": null, "99": "VN-01"},
            "status": {"p": "estimate"}})");
        QVERIFY(m.ok());
        const Out out = run(doc, &*m);
        // POP, sex T: Hà Nội and 99, 2023 and 2024 (the missing cells are of M, fixed away).
        QCOMPARE(out.accepted.size(), 4);
        QCOMPARE(out.accepted.at(2).unit, u"VN-01"_qs);
        QCOMPARE(out.summary.leftOut + out.summary.missing + qint64(out.accepted.size()), 24);
        QCOMPARE(out.accepted.at(1).status, ObservationStatus::Estimate);
        QVERIFY(std::all_of(out.accepted.cbegin(), out.accepted.cend(), [](const Observation &o) { return o.disaggregation.isEmpty(); }));
    }

    void refusesAMappingThatDoesNotFit()
    {
        const StatDocument doc = sample();
        auto m = CodeMapping::fromJson(R"({"version": 1})");
        QVERIFY(m.ok());
        auto plan = DocumentObservations::create(doc, &*m, {});
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(u"sex"), qPrintable(plan.error().message));
        m = CodeMapping::fromJson(R"({"version": 1, "dimensions": {"unit": "province", "fixed": {"sex": "T"}}})");
        plan = DocumentObservations::create(doc, &*m, {});
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(u"province"), qPrintable(plan.error().message));
        m = CodeMapping::fromJson(R"({"version": 1, "dimensions": {"fixed": {"sex": "X"}}})");
        QVERIFY(!DocumentObservations::create(doc, &*m, {}).ok());
    }

    // A dimension of one category may be a slice (women only): with a mapping it must be fixed or
    // made a disaggregation, never silently stored as the total.
    void aDimensionOfOneCategoryMustBeNamed()
    {
        StatDocument doc;
        doc.dimensions = {dimension("indicator", DimensionRole::Metric, {u"POP"_qs}), dimension("geo", DimensionRole::Geo, {u"HN"_qs}),
                          dimension("time", DimensionRole::Time, {u"2024"_qs}), dimension("sex", DimensionRole::Other, {u"F"_qs})};
        doc.addCell(std::array{0, 0, 0, 0}, 4.5);
        auto m = CodeMapping::fromJson(R"({"version": 1})");
        auto plan = DocumentObservations::create(doc, &*m, {});
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(u"sex") && plan.error().message.contains(u"\"F\""), qPrintable(plan.error().message));
        m = CodeMapping::fromJson(R"({"version": 1, "dimensions": {"disaggregations": {"sex": "sex"}}, "values": {"sex": {"F": "female"}}})");
        const Out out = run(doc, &*m);
        QCOMPARE(out.accepted.size(), 1);
        QCOMPARE(out.accepted.first().disaggregation, u"sex=female"_qs);
        QCOMPARE(run(doc, nullptr).accepted.first().disaggregation, QString()); // source codes: shown as they are
    }

    // The unit multiplier belongs to the Metric category of the cell, wherever the mapping finds
    // the indicator; a negative one divides, so 3 × 10^-1 is 0.3 exactly.
    void theMultiplierIsTheMetricCategorys()
    {
        StatDocument doc;
        doc.dimensions = {dimension("series", DimensionRole::Other, {u"S1"_qs}), dimension("measure", DimensionRole::Metric, {u"tenths"_qs}),
                          dimension("geo", DimensionRole::Geo, {u"HN"_qs}), dimension("time", DimensionRole::Time, {u"2024"_qs})};
        doc.dimensions[1].categories[0].unitMultiplier = -1;
        doc.addCell(std::array{0, 0, 0, 0}, 3.0);
        auto m = CodeMapping::fromJson(R"({"version": 1, "dimensions": {"indicator": "series", "fixed": {"measure": "tenths"}}})");
        QVERIFY(m.ok());
        const Out out = run(doc, &*m);
        QCOMPARE(out.accepted.size(), 1);
        QCOMPARE(out.accepted.first().indicator, u"S1"_qs);
        QCOMPARE(out.accepted.first().value, 0.3);
    }

    void reportsUnknownStatusesAndBadPeriods()
    {
        StatDocument doc;
        doc.dimensions = {dimension("geo", DimensionRole::Geo, {u"VN-HN"_qs}),
                          dimension("time", DimensionRole::Time, {u"2024-Q3"_qs, u"2024T3"_qs})};
        doc.id = QStringLiteral("rev");
        const int a[] = {0, 0};
        const int b[] = {0, 1};
        doc.addCell(a, 5.0, u"b");
        doc.addCell(b, 6.0);
        const Out out = run(doc, nullptr);
        QCOMPARE(out.accepted.size(), 1);
        QCOMPARE(out.accepted.first().status, ObservationStatus::Final);
        QCOMPARE(out.summary.unknownStatuses.value(u"b"_qs), 1);
        QCOMPARE(out.rejected.size(), 1);
        QVERIFY2(std::get<2>(out.rejected.first()).contains(u"2024T3"), qPrintable(std::get<2>(out.rejected.first())));
    }

    void deletedCellsBecomeRemovalsOfTheirMappedKey()
    {
        StatDocument doc;
        doc.id = QStringLiteral("X");
        doc.dimensions = {dimension("geo", DimensionRole::Geo, {u"HN"_qs, u"ZZ"_qs}), dimension("time", DimensionRole::Time, {u"2024"_qs, u"2025"_qs})};
        const int a[] = {0, 0};
        const int b[] = {0, 1};
        const int c[] = {1, 0};
        doc.addCell(a, std::nullopt, {}, true);
        doc.addCell(b, 6.0);
        doc.addCell(c, std::nullopt, {}, true);
        auto m = CodeMapping::fromJson(R"({"version": 1, "constants": {"indicator": "X"}, "indicators": {"X": "pop"}, "units": {"HN": "VN-HN"}})");
        QVERIFY(m.ok());
        auto plan = DocumentObservations::create(doc, &*m, {});
        QVERIFY(plan.ok());
        QList<Observation> removed;
        QStringList rejected;
        qint64 accepted = 0;
        QVERIFY(plan->produce([&](ObservationBatch &&batch) {
            CsvObservationReader::deliver(
                batch, [&](const Observation &, qint64, QStringView) { ++accepted; },
                [&](qint64, QStringView, const QString &reason) { rejected.append(reason); },
                [&](const Observation &key, qint64, QStringView) { removed.append(key); });
            return true;
        }).ok());
        QCOMPARE(plan->summary().deleted, 2);
        QCOMPARE(accepted, 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().indicator, u"pop"_qs);
        QCOMPARE(removed.first().unit, u"VN-HN"_qs);
        QCOMPARE(removed.first().period, Period::year(2024));
        QCOMPARE(rejected.size(), 1); // ZZ is in no table
        // Without a removal sink a removal is refused, never dropped.
        const Out out = run(doc, &*m);
        QCOMPARE(out.rejected.size(), 2);
        QVERIFY(std::get<2>(out.rejected.first()).contains(u"deletes"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentObservations)
#include "tst_documentobservations.moc"
