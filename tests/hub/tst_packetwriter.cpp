// The hub's packets read back through the client's reader to the records they were written from,
// and match the reporting API's schemas.
#include "taskgenerator.h"
#include "tempcache.h"

#include "hub/packetwriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

namespace {

PacketHeader header(qint64 sequence = 7, std::optional<ReportingPaging> paging = std::nullopt)
{
    return PacketHeader{u"VPCP"_s, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC), sequence, paging};
}

ReportingPacket readBack(const QByteArray &bytes)
{
    const auto packet = ReportingReader::read(bytes);
    if (!packet)
        qWarning().noquote() << packet.error().message << bytes.left(400);
    return packet ? *packet : ReportingPacket{};
}

FeedEntry entry(qint64 position, const QString &indicator, const QString &unit, const QString &period, double value,
                int revision, const QString &disaggregation = {}, ValueKind kind = ValueKind::InPeriod, bool removed = false)
{
    FeedEntry e;
    e.position = position;
    e.observation = test::TempCache::observation(indicator, unit, *Period::parse(period), value, revision, kind);
    e.observation.disaggregation = disaggregation;
    e.observation.status = revision > 1 ? ObservationStatus::Final : ObservationStatus::Provisional;
    e.removed = removed;
    return e;
}

} // namespace

class TestPacketWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_packets;

    void keep(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_packets.filePath(name + u".json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private slots:
    void indicatorCatalogueRoundTrips()
    {
        // One owner known, the others not: an unknown owner is left out, not sent empty.
        QList<Indicator> catalogue = test::TempCache::catalogue();
        catalogue[0].owner = u"BTC"_s;
        const QByteArray bytes = PacketWriter::indicatorCatalogue(header(), catalogue);
        QCOMPARE(bytes.count("\"owner\""), 1);
        keep(u"indicator-catalogue"_s, bytes);
        const ReportingPacket packet = readBack(bytes);
        QVERIFY(packet.indicators());
        QCOMPARE(packet.envelope.sender, u"VPCP"_s);
        QCOMPARE(packet.envelope.sequence, 7);
        QCOMPARE(packet.envelope.generatedAt, header().generatedAt);
        QCOMPARE(packet.indicators()->size(), catalogue.size());
        for (qsizetype i = 0; i < catalogue.size(); ++i) {
            const Indicator &a = catalogue.at(i), &b = packet.indicators()->at(i);
            QCOMPARE(b.code, a.code);
            QCOMPARE(b.nameVi, a.nameVi);
            QCOMPARE(b.unitVi, a.unitVi);
            QCOMPARE(b.unitEn, a.unitEn);
            QCOMPARE(b.periodicity, a.periodicity);
            QCOMPARE(b.aggregation, a.aggregation);
            QCOMPARE(b.weightIndicator, a.weightIndicator);
            QCOMPARE(b.numeratorIndicator, a.numeratorIndicator);
            QCOMPARE(b.denominatorIndicator, a.denominatorIndicator);
            QCOMPARE(b.ratioFactor, a.ratioFactor);
            QCOMPARE(b.polarity, a.polarity);
            QCOMPARE(b.storedAs, a.storedAs);
            QCOMPARE(b.origin, a.origin);
            QCOMPARE(b.decimals, a.decimals);
            QCOMPARE(b.owner, a.owner);
            QCOMPARE(b.dimensions, a.dimensions);
            QCOMPARE(b.dimensionValues, a.dimensionValues);
        }
    }

    void unitsRoundTrip()
    {
        const auto registry = UnitRegistry::fromResources();
        QVERIFY(registry);
        QList<AdminUnit> units;
        for (const AdminUnit *unit : registry->all())
            units.append(*unit);
        const QByteArray bytes = PacketWriter::units(header(), units);
        keep(u"units"_s, bytes);
        const ReportingPacket packet = readBack(bytes);
        QVERIFY(packet.units());
        QCOMPARE(packet.units()->size(), units.size());
        for (qsizetype i = 0; i < units.size(); ++i) {
            const AdminUnit &a = units.at(i), &b = packet.units()->at(i);
            QCOMPARE(b.code, a.code);
            QCOMPARE(b.level, a.level);
            QCOMPARE(b.nameVi, a.nameVi);
            QCOMPARE(b.parent, a.parent);
            QCOMPARE(b.gsoCode, a.gsoCode);
            QCOMPARE(b.validFrom, a.validFrom);
            QCOMPARE(b.validTo, a.validTo);
            QCOMPARE(b.successors, a.successors);
            QCOMPARE(b.predecessors, a.predecessors);
        }
    }

    void disaggregationCatalogueRoundTrips()
    {
        const QList<Dimension> dimensions{
            {u"level"_s, {{u"vi"_s, u"Cấp ngân sách"_s}, {u"en"_s, u"Budget level"_s}},
             {{u"central"_s, {{u"vi"_s, u"Trung ương"_s}}, {}}, {u"local"_s, {{u"vi"_s, u"Địa phương"_s}}, {}}}},
            {u"ownership"_s, {{u"vi"_s, u"Sở hữu"_s}},
             {{u"state"_s, {{u"vi"_s, u"Nhà nước"_s}}, {}}, {u"domestic"_s, {{u"vi"_s, u"Trong nước"_s}}, u"state"_s}}},
        };
        const QByteArray bytes = PacketWriter::disaggregationCatalogue(header(), dimensions);
        keep(u"disaggregation-catalogue"_s, bytes);
        const ReportingPacket packet = readBack(bytes);
        QVERIFY(packet.dimensions());
        QCOMPARE(packet.dimensions()->size(), 2);
        for (qsizetype d = 0; d < dimensions.size(); ++d) {
            QCOMPARE(packet.dimensions()->at(d).code, dimensions.at(d).code);
            QCOMPARE(packet.dimensions()->at(d).name, dimensions.at(d).name);
            QCOMPARE(packet.dimensions()->at(d).values.size(), dimensions.at(d).values.size());
            for (qsizetype v = 0; v < dimensions.at(d).values.size(); ++v) {
                QCOMPARE(packet.dimensions()->at(d).values.at(v).code, dimensions.at(d).values.at(v).code);
                QCOMPARE(packet.dimensions()->at(d).values.at(v).name, dimensions.at(d).values.at(v).name);
                QCOMPARE(packet.dimensions()->at(d).values.at(v).parent, dimensions.at(d).values.at(v).parent);
            }
        }
    }

    void kpiDataRoundTrips()
    {
        QHash<QString, Indicator> catalogue;
        for (const Indicator &indicator : test::TempCache::catalogue())
            catalogue.insert(indicator.code, indicator);
        const QList<FeedEntry> entries{
            entry(11, u"rev"_s, u"VN25-01"_s, u"2025-07"_s, 41250, 1, u"level=central"_s),
            entry(12, u"rev"_s, u"VN25-01"_s, u"2025-07"_s, 3120.5, 2, u"level=local;tax=vat"_s),
            entry(13, u"rev"_s, u"VN25-79"_s, u"2025-07"_s, 318400, 1, {}, ValueKind::Cumulative),
            entry(14, u"pop"_s, u"VN"_s, u"2025"_s, 101300.25, 1, {}, ValueKind::Target),
            entry(15, u"pm"_s, u"VN25-08"_s, u"2025-06"_s, 27.4, 3, {}, ValueKind::InPeriod, true),
        };
        const ReportingPaging paging{10, 15, true, 5};
        const QByteArray bytes = PacketWriter::kpiData(header(15, paging), catalogue, entries);
        keep(u"kpi-data"_s, bytes);
        const ReportingPacket packet = readBack(bytes);
        QVERIFY(packet.kpiData());
        QVERIFY(packet.envelope.paging);
        QCOMPARE(packet.envelope.paging->since, 10);
        QCOMPARE(packet.envelope.paging->nextSince, 15);
        QCOMPARE(packet.envelope.paging->hasMore, true);
        QCOMPARE(packet.envelope.paging->limit, std::optional<qint64>(5));
        const StatDocument &doc = *packet.kpiData();
        QCOMPARE(doc.cellCount(), entries.size());
        // The header states each indicator's unit of measure and decimals from the catalogue.
        QCOMPARE(doc.dimensions.at(0).categories.size(), 3);
        QCOMPARE(doc.dimensions.at(0).categories.at(0).id, u"rev"_s);
        QCOMPARE(doc.dimensions.at(0).categories.at(0).unit.value(u"vi"_s), u"tỷ đồng"_s);
        QCOMPARE(doc.dimensions.at(0).categories.at(0).unit.value(u"en"_s), u"VND bn"_s);
        for (qsizetype c = 0; c < entries.size(); ++c) {
            const Observation &o = entries.at(c).observation;
            const auto category = [&](int d) { return doc.dimensions.at(d).categories.at(doc.category(c, d)).id; };
            QCOMPARE(category(0), o.indicator);
            QCOMPARE(category(1), o.unit);
            QCOMPARE(category(2), o.period.toString());
            QCOMPARE(category(3), valueKindName(o.valueKind));
            QCOMPARE(category(4), o.disaggregation);
            QCOMPARE(doc.value(c), std::optional<double>(o.value));
            QCOMPARE(doc.status(c), statusName(o.status));
            QCOMPARE(doc.revision(c), o.provenance.revision);
            QCOMPARE(doc.isDeleted(c), entries.at(c).removed);
        }
    }

    void emptyKpiPageIsAPacket()
    {
        const QByteArray bytes = PacketWriter::kpiData(header(3, ReportingPaging{3, 3, false, 1000}), {}, {});
        keep(u"kpi-data-empty"_s, bytes);
        const ReportingPacket packet = readBack(bytes);
        QVERIFY(packet.kpiData());
        QCOMPARE(packet.kpiData()->cellCount(), 0);
    }

    void reportStatusRoundTrips()
    {
        const QList<ReportStatus> records{
            {u"rev"_s, u"VN25-01"_s, *Period::parse(u"2025-07"), ReportStatus::State::Reported, QDate(2025, 8, 10),
             QDateTime(QDate(2025, 8, 9), QTime(16, 30), Qt::UTC), 1, {}},
            {u"rev"_s, u"VN25-08"_s, *Period::parse(u"2025-07"), ReportStatus::State::Late, QDate(2025, 8, 10), {}, 0, u"nhắc lần 2"_s},
            {u"pm"_s, u"VN25-01"_s, *Period::parse(u"2025-06"), ReportStatus::State::Revised, QDate(2025, 7, 10),
             QDateTime(QDate(2025, 7, 20), QTime(9, 0), Qt::UTC), 2, {}},
        };
        const QByteArray bytes = PacketWriter::reportStatus(header(), records);
        keep(u"report-status"_s, bytes);
        const ReportingPacket packet = readBack(bytes);
        QVERIFY(packet.reportStatus());
        QCOMPARE(packet.reportStatus()->size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            const ReportStatus &a = records.at(i), &b = packet.reportStatus()->at(i);
            QCOMPARE(b.indicator, a.indicator);
            QCOMPARE(b.unit, a.unit);
            QCOMPARE(b.period, a.period);
            QCOMPARE(b.state, a.state);
            QCOMPARE(b.dueDate, a.dueDate);
            QCOMPARE(b.reportedAt, a.reportedAt);
            QCOMPARE(b.revision, a.revision);
            QCOMPARE(b.note, a.note);
        }
    }

    // Generated tasks exercise every kind of change, moved deadlines and standing tasks.
    void tasksRoundTrip()
    {
        test::TempCache temp;
        QList<Task> tasks = test::generateTasks(60, 3, temp.registry());
        tasks.first().synthetic = true;
        const QByteArray bytes = PacketWriter::tasks(header(61, ReportingPaging{0, 61, false, 100}), tasks, {u"GONE-1"_s});
        keep(u"tasks"_s, bytes);
        const ReportingPacket packet = readBack(bytes);
        QVERIFY(packet.tasks());
        QVERIFY(packet.tasks()->rejected.isEmpty());
        QCOMPARE(packet.tasks()->deleted, QStringList{u"GONE-1"_s});
        QCOMPARE(packet.tasks()->tasks, tasks);
    }

    // Last: validates every packet the tests above kept, with python3-jsonschema where installed.
    void packetsMatchTheSchemas()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QCOMPARE(QDir(m_packets.path()).entryList({u"*.json"_s}).size(), 7);
        QProcess process;
        process.start(python, {QStringLiteral(DIEUHANH_SOURCE_DIR "/tests/hub/validate_packets.py"), QStringLiteral(DIEUHANH_SOURCE_DIR), m_packets.path()});
        QVERIFY(process.waitForFinished(60000));
        if (process.exitCode() == 3)
            QSKIP("python3-jsonschema (with referencing) is not installed");
        QVERIFY2(process.exitCode() == 0, process.readAllStandardOutput().constData());
    }
};

QTEST_GUILESS_MAIN(TestPacketWriter)
#include "tst_packetwriter.moc"
