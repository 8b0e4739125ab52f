#include "sync/readers/reportingreader.h"

#include "core/unitregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace dh;
using namespace Qt::StringLiterals;

namespace {

// The packets read whole or refused whole; tasks are read record by record (tst_taskpacketreader).
const QStringList kWholePackets = {u"indicator-catalogue"_s, u"disaggregation-catalogue"_s, u"units"_s, u"kpi-data"_s, u"report-status"_s};
const QStringList kPackets = kWholePackets + QStringList{u"tasks"_s};

QString sourcePath(const QString &relative)
{
    return QStringLiteral(DIEUHANH_SOURCE_DIR) + u'/' + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot read %s", qPrintable(path));
    return file.readAll();
}

QByteArray example(const QString &packet)
{
    return readFile(sourcePath(u"resources/reporting/examples/"_s + packet + u".json"_s));
}

QJsonObject exampleObject(const QString &packet)
{
    return QJsonDocument::fromJson(example(packet)).object();
}

QJsonObject schema(const QString &file)
{
    return QJsonDocument::fromJson(readFile(sourcePath(u"resources/schemas/"_s + file))).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A step into a JSON document: a member name or an array position.
using Step = std::variant<QString, int>;

// The document with the value at path replaced (or the member removed, for an undefined value).
QJsonValue with(const QJsonValue &root, QList<Step> path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const Step step = path.takeFirst();
    if (std::holds_alternative<QString>(step)) {
        QJsonObject o = root.toObject();
        const QString &key = std::get<QString>(step);
        const QJsonValue inner = with(o.value(key), path, value);
        if (inner.isUndefined())
            o.remove(key);
        else
            o.insert(key, inner);
        return o;
    }
    QJsonArray a = root.toArray();
    const int i = std::get<int>(step);
    a.replace(i, with(a.at(i), path, value));
    return a;
}

QList<Step> steps(QStringView pointer)
{
    QList<Step> out;
    for (QStringView part : pointer.split(u'/', Qt::SkipEmptyParts)) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        out.append(isIndex ? Step(index) : Step(part.toString()));
    }
    return out;
}

// How the reader spells a place: values[3].revision.
QString pathText(const QList<Step> &path)
{
    QString out;
    for (const Step &s : path) {
        if (std::holds_alternative<int>(s))
            out += u'[' + QString::number(std::get<int>(s)) + u']';
        else
            out += (out.isEmpty() ? QString() : u"."_s) + std::get<QString>(s);
    }
    return out;
}

// Every `required` member a schema asks for at every place of an instance, following $ref (into
// the shared file too), allOf, properties and items — the walk that keeps reader and schema in step.
class RequiredWalker
{
public:
    struct Place
    {
        QList<Step> path;
        QString member;
    };

    QList<Place> walk(const QString &file, const QJsonObject &instance)
    {
        m_places.clear();
        visit(schema(file), file, instance, {});
        return m_places;
    }

private:
    std::pair<QJsonObject, QString> resolve(const QString &ref, const QString &file)
    {
        const qsizetype hash = ref.indexOf(u'#');
        const QString target = hash == 0 ? file : ref.left(hash);
        QJsonValue node = schema(target);
        for (const Step &s : steps(QStringView(ref).mid(hash + 1)))
            node = node.toObject().value(std::get<QString>(s));
        return {node.toObject(), target};
    }

    void visit(const QJsonObject &node, const QString &file, const QJsonValue &instance, const QList<Step> &path)
    {
        if (node.contains(u"$ref")) {
            const auto [target, targetFile] = resolve(node.value(u"$ref").toString(), file);
            visit(target, targetFile, instance, path);
        }
        for (const QJsonValue part : node.value(u"allOf").toArray())
            visit(part.toObject(), file, instance, path);
        if (instance.isObject()) {
            for (const QJsonValue name : node.value(u"required").toArray()) {
                if (instance.toObject().contains(name.toString()))
                    m_places.append({path, name.toString()});
            }
            const QJsonObject properties = node.value(u"properties").toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                if (instance.toObject().contains(it.key()))
                    visit(it.value().toObject(), file, instance.toObject().value(it.key()), path + QList<Step>{it.key()});
            }
        }
        if (instance.isArray() && node.contains(u"items")) {
            const QJsonArray items = instance.toArray();
            for (int i = 0; i < items.size(); ++i)
                visit(node.value(u"items").toObject(), file, items.at(i), path + QList<Step>{i});
        }
    }

    QList<Place> m_places;
};

ReportingPacket readExample(const QString &packet)
{
    auto read = ReportingReader::read(example(packet));
    if (!read)
        qFatal("%s: %s", qPrintable(packet), qPrintable(read.error().message));
    return std::move(read).value();
}

QDateTime vnTime(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(7 * 3600));
}

// The cell of a KPI document with these categories, or -1.
qsizetype cellOf(const StatDocument &doc, const QStringList &ids)
{
    for (qsizetype c = 0; c < doc.cellCount(); ++c) {
        bool match = true;
        for (int d = 0; d < ids.size() && match; ++d)
            match = doc.dimensions.at(d).categories.at(doc.category(c, d)).id == ids.at(d);
        if (match)
            return c;
    }
    return -1;
}

} // namespace

// The reporting API's packets: the examples of the specification read to their values, and every
// way the specification says a packet is wrong is refused with its rule and place.
class TestReportingReader : public QObject
{
    Q_OBJECT

private slots:
    void readsTheIndicatorCatalogue()
    {
        const ReportingPacket packet = readExample(u"indicator-catalogue"_s);
        QCOMPARE(packet.envelope.type, ReportingPacketType::IndicatorCatalogue);
        QCOMPARE(packet.envelope.sender, u"BTC"_s);
        QCOMPARE(packet.envelope.sequence, 12);
        QCOMPARE(packet.envelope.generatedAt, vnTime(2025, 8, 4, 8, 0));
        QVERIFY(!packet.envelope.paging);
        QVERIFY(packet.indicators());
        const QList<Indicator> &list = *packet.indicators();
        QCOMPARE(list.size(), 4);
        const Indicator &revenue = list.at(0);
        QCOMPARE(revenue.code, u"budget.revenue"_s);
        QCOMPARE(revenue.nameVi, u"Thu ngân sách nhà nước"_s);
        QCOMPARE(revenue.nameEn, u"State budget revenue"_s);
        QCOMPARE(revenue.unitVi, u"tỷ đồng"_s);
        QCOMPARE(revenue.unitEn, u"VND bn"_s);
        QCOMPARE(revenue.periodicity, Period::Kind::Month);
        QCOMPARE(revenue.aggregation, AggregationRule::Sum);
        QCOMPARE(revenue.field, IndicatorField::PublicFinance);
        QCOMPARE(revenue.decimals, 0);
        QCOMPARE(revenue.owner, u"BTC"_s);
        QCOMPARE(revenue.origin, DataOrigin::Real);
        QCOMPARE(revenue.sourceAgency, u"Kho bạc Nhà nước (Bộ Tài chính)"_s);
        QCOMPARE(revenue.dimensions, (QStringList{u"level"_s, u"tax"_s}));
        QCOMPARE(revenue.dimensionValues.value(u"level"_s), (QStringList{u"central"_s, u"local"_s}));
        QCOMPARE(revenue.dimensionValues.value(u"tax"_s).size(), 5);
        QCOMPARE(revenue.disaggregationProblem(u"level=central;tax=vat"), QString());
        const Indicator &cpi = list.at(1);
        QCOMPARE(cpi.aggregation, AggregationRule::WeightedMean);
        QCOMPARE(cpi.weightIndicator, u"pop.total"_s);
        QCOMPARE(cpi.polarity, Polarity::LowerIsBetter);
        QCOMPARE(cpi.decimals, 2);
        const Indicator &unemployment = list.at(2);
        QCOMPARE(unemployment.periodicity, Period::Kind::Quarter);
        QCOMPARE(unemployment.aggregation, AggregationRule::RatioOfSums);
        QCOMPARE(unemployment.numeratorIndicator, u"unemp.persons"_s);
        QCOMPARE(unemployment.denominatorIndicator, u"labour.force"_s);
        QCOMPARE(unemployment.ratioFactor, 100.0);
        QCOMPARE(unemployment.owner, u"BNV"_s);
        QVERIFY(unemployment.nameEn.startsWith(u"Unemployment"));
        QCOMPARE(list.at(3).storedAs, ValueKind::Cumulative);
        QCOMPARE(list.at(3).kind, IndicatorKind::Statistical);
    }

    // A sender that does not know an indicator's owner leaves it out; one it sends is still checked.
    void readsAnIndicatorWithoutOwner()
    {
        const QJsonValue without = with(exampleObject(u"indicator-catalogue"_s), steps(u"indicators/2/owner"_s), QJsonValue(QJsonValue::Undefined));
        const auto read = ReportingReader::read(bytes(without.toObject()));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read->indicators()->at(2).owner, QString());
        QCOMPARE(read->indicators()->at(0).owner, u"BTC"_s);
        const QJsonValue wrong = with(exampleObject(u"indicator-catalogue"_s), steps(u"indicators/2/owner"_s), u"bộ tài chính"_s);
        const auto refused = ReportingReader::read(bytes(wrong.toObject()));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().rule, u"VALUE_INVALID"_s);
    }

    void readsTheDisaggregationCatalogue()
    {
        const ReportingPacket packet = readExample(u"disaggregation-catalogue"_s);
        QVERIFY(packet.dimensions());
        const QList<Dimension> &dims = *packet.dimensions();
        QCOMPARE(dims.size(), 3);
        QCOMPARE(dims.at(0).code, u"level"_s);
        QCOMPARE(dims.at(0).name.value(u"vi"_s), u"Cấp ngân sách"_s);
        QCOMPARE(dims.at(1).values.size(), 5);
        QCOMPARE(dims.at(1).values.at(2).code, u"pit"_s);
        QCOMPARE(dims.at(1).values.at(2).name.value(u"en"_s), u"Personal income tax"_s);
        QCOMPARE(dims.at(2).values.at(1).code, u"state"_s);
        QCOMPARE(dims.at(2).values.at(1).parent, u"domestic"_s);
        QCOMPARE(dims.at(2).values.at(3).parent, QString());
    }

    void readsTheUnitList()
    {
        const ReportingPacket packet = readExample(u"units"_s);
        QCOMPARE(packet.envelope.sender, u"VPCP"_s);
        QVERIFY(packet.units());
        const QList<AdminUnit> &units = *packet.units();
        QCOMPARE(units.size(), 12);
        QCOMPARE(units.at(0).level, AdminUnit::Level::Nation);
        const AdminUnit &haGiang = units.at(2);
        QCOMPARE(haGiang.code, u"VN-03"_s);
        QCOMPARE(haGiang.gsoCode, u"02"_s);
        QCOMPARE(haGiang.isoCode, u"VN-03"_s);
        QCOMPARE(haGiang.validTo, QDate(2025, 6, 30));
        QVERIFY(haGiang.validFrom.isNull());
        QCOMPARE(haGiang.successors, QStringList{u"VN25-08"_s});
        QVERIFY(haGiang.validAt(QDate(2025, 6, 30)) && !haGiang.validAt(QDate(2025, 7, 1)));
        const AdminUnit &tuyenQuang = units.at(5);
        QCOMPARE(tuyenQuang.code, u"VN25-08"_s);
        QCOMPARE(tuyenQuang.validFrom, QDate(2025, 7, 1));
        QCOMPARE(tuyenQuang.predecessors, (QStringList{u"VN-07"_s, u"VN-03"_s}));
        const AdminUnit &ward = units.at(6);
        QCOMPARE(ward.level, AdminUnit::Level::Commune);
        QCOMPARE(ward.parent, u"VN25-01"_s);
        QCOMPARE(ward.nameVi, u"Phường Ba Đình"_s);
        const AdminUnit &planning = units.at(7);
        QCOMPARE(planning.level, AdminUnit::Level::Ministry);
        QCOMPARE(planning.validTo, QDate(2025, 2, 28));
        QCOMPARE(planning.successors, QStringList{u"BTC"_s});
        QCOMPARE(units.at(11).predecessors, (QStringList{u"BNNPTNT"_s, u"BTNMT"_s}));
    }

    // The unit list agrees with the registry the application ships: same validity, successors, codes.
    void unitExampleAgreesWithTheRegistry()
    {
        const QString admin = sourcePath(u"resources/admin/"_s);
        const auto registry = UnitRegistry::fromCsv(QString::fromUtf8(readFile(admin + u"provinces-2008.csv"_s)),
                                                     QString::fromUtf8(readFile(admin + u"provinces-2025.csv"_s)),
                                                     QString::fromUtf8(readFile(admin + u"ministries.csv"_s)),
                                                     QString::fromUtf8(readFile(admin + u"countries.csv"_s)));
        QVERIFY(registry.ok());
        int compared = 0;
        const ReportingPacket packet = readExample(u"units"_s);
        for (const AdminUnit &unit : *packet.units()) {
            const AdminUnit *known = registry->find(unit.code);
            if (unit.level == AdminUnit::Level::Commune)
                continue; // the registry has no communes yet
            QVERIFY2(known, qPrintable(unit.code));
            QCOMPARE(unit.nameVi, known->nameVi);
            QCOMPARE(unit.validFrom, known->validFrom);
            QCOMPARE(unit.validTo, known->validTo);
            QCOMPARE(unit.successors, known->successors);
            QCOMPARE(QSet<QString>(unit.predecessors.begin(), unit.predecessors.end()),
                     QSet<QString>(known->predecessors.begin(), known->predecessors.end()));
            ++compared;
        }
        QCOMPARE(compared, 11);
    }

    void readsKpiDataAsAStatDocument()
    {
        const ReportingPacket packet = readExample(u"kpi-data"_s);
        QCOMPARE(packet.envelope.sequence, 1842);
        QVERIFY(packet.envelope.paging);
        QCOMPARE(packet.envelope.paging->since, 120450);
        QCOMPARE(packet.envelope.paging->nextSince, 120457);
        QCOMPARE(packet.envelope.paging->hasMore, false);
        QCOMPARE(packet.envelope.paging->limit, std::optional<qint64>(1000));
        QVERIFY(packet.kpiData());
        const StatDocument &doc = *packet.kpiData();
        QCOMPARE(doc.format, u"reporting 1.0"_s);
        QCOMPARE(doc.source, u"BTC"_s);
        QCOMPARE(doc.updated, vnTime(2025, 8, 5, 9, 30));
        QCOMPARE(doc.dimensions.size(), 5);
        const QStringList ids{u"indicator"_s, u"unit"_s, u"period"_s, u"valueKind"_s, u"disaggregation"_s};
        for (int d = 0; d < 5; ++d)
            QCOMPARE(doc.dimensions.at(d).id, ids.at(d));
        QCOMPARE(doc.dimensionOfRole(DimensionRole::Metric), 0);
        QCOMPARE(doc.dimensionOfRole(DimensionRole::Geo), 1);
        QCOMPARE(doc.dimensionOfRole(DimensionRole::Time), 2);
        const StatCategory &revenue = doc.dimensions.at(0).categories.at(0);
        QCOMPARE(revenue.id, u"budget.revenue"_s);
        QCOMPARE(revenue.unit.value(u"vi"_s), u"tỷ đồng"_s);
        QCOMPARE(revenue.unit.value(u"en"_s), u"VND bn"_s);
        QCOMPARE(revenue.decimals, std::optional(0));
        QCOMPARE(revenue.label.value(u"en"_s), u"State budget revenue"_s);
        QCOMPARE(doc.dimensions.at(0).categories.at(1).decimals, std::optional(2));
        QCOMPARE(doc.cellCount(), 7);

        const qsizetype first = cellOf(doc, {u"budget.revenue"_s, u"VN25-01"_s, u"2025-07"_s, u"in-period"_s, u"level=central"_s});
        QCOMPARE(first, 0);
        QCOMPARE(doc.value(first), std::optional(41250.0));
        QCOMPARE(doc.status(first), u"provisional"_s);
        QCOMPARE(doc.revision(first), 1);
        const qsizetype revised = cellOf(doc, {u"budget.revenue"_s, u"VN25-01"_s, u"2025-06"_s, u"in-period"_s, u"level=central"_s});
        QCOMPARE(doc.value(revised), std::optional(39870.0));
        QCOMPARE(doc.status(revised), u"final"_s);
        QCOMPARE(doc.revision(revised), 2);
        // The breakdown is canonical whatever order the packet gave its members in.
        QVERIFY(cellOf(doc, {u"budget.revenue"_s, u"VN25-01"_s, u"2025-07"_s, u"in-period"_s, u"level=local;tax=vat"_s}) >= 0);
        const qsizetype cumulative = cellOf(doc, {u"budget.revenue"_s, u"VN25-79"_s, u"2025-07"_s, u"cumulative"_s, QString()});
        QCOMPARE(doc.value(cumulative), std::optional(318400.0));
        QCOMPARE(doc.status(cumulative), u"estimate"_s);
        const qsizetype target = cellOf(doc, {u"budget.revenue"_s, u"VN"_s, u"2025"_s, u"target"_s, QString()});
        QCOMPARE(doc.value(target), std::optional(1966839.0));
        const qsizetype missing = cellOf(doc, {u"unemp.rate"_s, u"VN25-08"_s, u"2025-Q2"_s, u"in-period"_s, QString()});
        QVERIFY(missing >= 0);
        QCOMPARE(doc.value(missing), std::nullopt);
        QVERIFY(!doc.isDeleted(missing));
        const qsizetype withdrawn = cellOf(doc, {u"fdi.registered"_s, u"VN25-48"_s, u"2025-07"_s, u"cumulative"_s, u"sector=manufacturing"_s});
        QVERIFY(doc.isDeleted(withdrawn));
        QCOMPARE(doc.revision(withdrawn), 3);
        QCOMPARE(doc.statusLabels.value(u"provisional"_s).value(u"vi"_s), u"sơ bộ"_s);
    }

    void readsReportStatus()
    {
        const ReportingPacket packet = readExample(u"report-status"_s);
        QVERIFY(packet.envelope.paging && packet.envelope.paging->hasMore);
        QCOMPARE(packet.envelope.paging->nextSince, 5230);
        QVERIFY(packet.reportStatus());
        const QList<ReportStatus> &records = *packet.reportStatus();
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.at(0).state, ReportStatus::State::Reported);
        QCOMPARE(records.at(0).period, Period::month(2025, 7));
        QCOMPARE(records.at(0).dueDate, QDate(2025, 8, 5));
        QCOMPARE(records.at(0).reportedAt, vnTime(2025, 8, 4, 17, 20));
        QCOMPARE(records.at(0).revision, 1);
        QCOMPARE(records.at(1).state, ReportStatus::State::Revised);
        QCOMPARE(records.at(1).revision, 2);
        QCOMPARE(records.at(1).note, u"Số liệu quyết toán"_s);
        QCOMPARE(records.at(2).state, ReportStatus::State::Due);
        QVERIFY(records.at(2).reportedAt.isNull());
        QCOMPARE(records.at(2).revision, 0);
        QCOMPARE(records.at(3).state, ReportStatus::State::Late);
        QCOMPARE(records.at(3).period, Period::quarter(2025, 2));
        QCOMPARE(records.at(4).state, ReportStatus::State::NotDue);
        for (const QString &state : {u"not-due"_s, u"due"_s, u"reported"_s, u"late"_s, u"revised"_s})
            QCOMPARE(reportStateName(*reportStateFromName(state)), state);
    }

    void refusesAnExampleWithoutARequiredMember_data()
    {
        QTest::addColumn<QString>("packet");
        QTest::addColumn<int>("place");
        QTest::addColumn<QString>("member");
        for (const QString &packet : kWholePackets) {
            const auto places = RequiredWalker().walk(u"reporting-"_s + packet + u".schema.json"_s, exampleObject(packet));
            // The five members of the envelope, and at least one of the payload's.
            QVERIFY2(places.size() > 6, qPrintable(packet));
            for (int i = 0; i < places.size(); ++i) {
                const QString name = pathText(places.at(i).path + QList<Step>{places.at(i).member});
                QTest::addRow("%s %s", qPrintable(packet), qPrintable(name)) << packet << i << name;
            }
        }
    }

    // Walks the schema's required lists over the example and removes each member in turn: the
    // reader must refuse every one, naming its place, or reader and schema have drifted apart.
    void refusesAnExampleWithoutARequiredMember()
    {
        QFETCH(QString, packet);
        QFETCH(int, place);
        QFETCH(QString, member);
        const QJsonObject original = exampleObject(packet);
        const auto found = RequiredWalker().walk(u"reporting-"_s + packet + u".schema.json"_s, original).at(place);
        const QJsonValue without = with(original, found.path + QList<Step>{found.member}, QJsonValue(QJsonValue::Undefined));
        const auto read = ReportingReader::read(bytes(without.toObject()));
        QVERIFY2(!read.ok(), qPrintable(member));
        QCOMPARE(read.error().rule, u"REQUIRED_MISSING"_s);
        QVERIFY2(read.error().message.contains(member), qPrintable(read.error().message));
    }

    void refusesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("packet");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("place");
        const auto row = [](const char *name, const char *packet, const char *pointer, const QJsonValue &value, const char *rule, const char *place) {
            QTest::newRow(name) << QString::fromLatin1(packet) << QString::fromLatin1(pointer) << value << QString::fromLatin1(rule)
                                << QString::fromUtf8(place);
        };
        row("value as text", "kpi-data", "values/0/value", u"41250"_s, "TYPE_INVALID", "values[0].value");
        row("fractional revision", "kpi-data", "values/1/revision", 1.5, "TYPE_INVALID", "values[1].revision");
        row("revision 0", "kpi-data", "values/1/revision", 0, "VALUE_INVALID", "values[1].revision");
        row("sequence as text", "kpi-data", "sequence", u"1842"_s, "TYPE_INVALID", "sequence");
        row("values not a list", "kpi-data", "values", QJsonObject(), "TYPE_INVALID", "values");
        row("unknown status", "kpi-data", "values/2/status", u"official"_s, "VALUE_INVALID", "values[2].status");
        row("month 13", "kpi-data", "values/2/period", u"2025-13"_s, "PERIOD_INVALID", "values[2].period");
        row("formula in a breakdown", "kpi-data", "values/0/disaggregation/level", u"=1+1"_s, "VALUE_INVALID", "values[0].disaggregation.level");
        row("indicator not in the header", "kpi-data", "values/3/indicator", u"gdp.growth"_s, "REFERENCE_UNKNOWN", "values[3].indicator");
        row("time without offset", "kpi-data", "generatedAt", u"2025-08-05T09:30:00"_s, "VALUE_INVALID", "generatedAt");
        row("paging going back", "kpi-data", "paging/nextSince", 100, "VALUE_INVALID", "paging.nextSince");
        row("seven decimals", "indicator-catalogue", "indicators/1/decimals", 7, "VALUE_INVALID", "indicators[1].decimals");
        row("unknown field of the framework", "indicator-catalogue", "indicators/0/field", u"economy"_s, "VALUE_INVALID", "indicators[0].field");
        row("weighted mean without weight", "indicator-catalogue", "indicators/1/weightIndicator", QJsonValue(QJsonValue::Undefined),
            "REQUIRED_MISSING", "indicators[1].weightIndicator");
        row("name without Vietnamese", "indicator-catalogue", "indicators/2/name", QJsonObject{{u"en"_s, u"Unemployment"_s}},
            "REQUIRED_MISSING", "indicators[2].name.vi");
        row("unit as text", "units", "units/0", u"VN"_s, "TYPE_INVALID", "units[0]");
        row("date in another form", "units", "units/1/validTo", u"30/06/2025"_s, "VALUE_INVALID", "units[1].validTo");
        row("ends before it starts", "units", "units/5/validTo", u"2025-01-01"_s, "VALUE_INVALID", "units[5].validTo");
        row("lower-case unit code", "units", "units/4/code", u"vn25-01"_s, "VALUE_INVALID", "units[4].code");
        row("unknown parent value", "disaggregation-catalogue", "dimensions/2/values/1/parent", u"public"_s, "REFERENCE_UNKNOWN",
            "dimensions[2].values[1].parent");
        row("unknown state", "report-status", "records/0/state", u"done"_s, "VALUE_INVALID", "records[0].state");
        row("revised at revision 1", "report-status", "records/1/revision", 1, "VALUE_INVALID", "records[1].revision");
        row("reported without time", "report-status", "records/0/reportedAt", QJsonValue(QJsonValue::Undefined), "REQUIRED_MISSING",
            "records[0].reportedAt");
        row("unknown packet", "report-status", "packet", u"meetings"_s, "PACKET_UNKNOWN", "packet");
        row("newer major version", "units", "schemaVersion", u"2.0"_s, "VERSION_UNSUPPORTED", "schemaVersion");
        row("version 0", "units", "schemaVersion", u"0.9"_s, "VERSION_UNSUPPORTED", "schemaVersion");
        row("version not a version", "units", "schemaVersion", u"v1"_s, "VALUE_INVALID", "schemaVersion");
    }

    void refusesWhatIsWrong()
    {
        QFETCH(QString, packet);
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, rule);
        QFETCH(QString, place);
        const QJsonValue changed = with(exampleObject(packet), steps(pointer), value);
        const auto read = ReportingReader::read(bytes(changed.toObject()));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().rule, rule);
        QVERIFY2(read.error().message.contains(place + u':'), qPrintable(read.error().message));
    }

    void refusesDuplicatesAndConflicts_data()
    {
        QTest::addColumn<QString>("packet");
        QTest::addColumn<QString>("list");
        QTest::addColumn<int>("copied");
        QTest::addColumn<QString>("pointer"); // a change to the copy, relative to it
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("rule");
        QTest::newRow("same value twice") << u"kpi-data"_s << u"values"_s << 0 << QString() << QJsonValue() << u"DUPLICATE_KEY"_s;
        QTest::newRow("same revision, another value") << u"kpi-data"_s << u"values"_s << 0 << u"value"_s << QJsonValue(41300) << u"REVISION_CONFLICT"_s;
        QTest::newRow("same revision, withdrawn") << u"kpi-data"_s << u"values"_s << 0 << u"withdrawn"_s << QJsonValue(true) << u"REVISION_CONFLICT"_s;
        QTest::newRow("two revisions") << u"kpi-data"_s << u"values"_s << 1 << u"revision"_s << QJsonValue(1) << u"DUPLICATE_KEY"_s;
        QTest::newRow("breakdown in another order") << u"kpi-data"_s << u"values"_s << 2 << u"disaggregation"_s
                                                    << QJsonValue(QJsonObject{{u"level"_s, u"local"_s}, {u"tax"_s, u"vat"_s}}) << u"DUPLICATE_KEY"_s;
        QTest::newRow("period in another form") << u"kpi-data"_s << u"values"_s << 5 << u"period"_s << QJsonValue(u"2025-Q2"_s) << u"DUPLICATE_KEY"_s;
        QTest::newRow("header twice") << u"kpi-data"_s << u"indicators"_s << 1 << QString() << QJsonValue() << u"DUPLICATE_KEY"_s;
        QTest::newRow("indicator twice") << u"indicator-catalogue"_s << u"indicators"_s << 2 << QString() << QJsonValue() << u"DUPLICATE_KEY"_s;
        QTest::newRow("dimension twice") << u"disaggregation-catalogue"_s << u"dimensions"_s << 0 << QString() << QJsonValue() << u"DUPLICATE_KEY"_s;
        QTest::newRow("unit twice") << u"units"_s << u"units"_s << 6 << QString() << QJsonValue() << u"DUPLICATE_KEY"_s;
        QTest::newRow("record twice") << u"report-status"_s << u"records"_s << 3 << u"state"_s << QJsonValue(u"due"_s) << u"DUPLICATE_KEY"_s;
    }

    void refusesDuplicatesAndConflicts()
    {
        QFETCH(QString, packet);
        QFETCH(QString, list);
        QFETCH(int, copied);
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, rule);
        QJsonObject root = exampleObject(packet);
        QJsonArray items = root.value(list).toArray();
        QJsonValue copy = items.at(copied);
        if (!pointer.isEmpty())
            copy = with(copy, steps(pointer), value);
        items.append(copy);
        root.insert(list, items);
        const auto read = ReportingReader::read(bytes(root));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().rule, rule);
        QCOMPARE(read.error().code, Error::Code::Conflict);
        const QString place = list + u'[' + QString::number(items.size() - 1) + u']';
        QVERIFY2(read.error().message.contains(place), qPrintable(read.error().message));
    }

    // A newer minor version may add members anywhere: they are ignored and the rest reads the same.
    void readsANewerMinorVersionIgnoringWhatItAdds()
    {
        QJsonObject root = exampleObject(u"kpi-data"_s);
        root.insert(u"schemaVersion"_s, u"1.7"_s);
        root.insert(u"signature"_s, u"MEUCIQ…"_s);
        QJsonArray values = root.value(u"values").toArray();
        QJsonObject first = values.at(0).toObject();
        first.insert(u"confidence"_s, QJsonObject{{u"low"_s, 40100}, {u"high"_s, 42400}});
        values.replace(0, first);
        root.insert(u"values"_s, values);
        const auto read = ReportingReader::read(bytes(root));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read->envelope.minorVersion, 7);
        QCOMPARE(read->kpiData()->cellCount(), 7);
        QCOMPARE(read->kpiData()->value(0), std::optional(41250.0));
    }

    void refusesWhatIsNotAPacket_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("packet=kpi-data");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("cut short") << example(u"kpi-data"_s).left(200);
    }

    void refusesWhatIsNotAPacket()
    {
        QFETCH(QByteArray, input);
        const auto read = ReportingReader::read(input);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().rule, u"JSON_INVALID"_s);
    }

    void schemasAndExamplesAreWellFormed()
    {
        const QDir schemas(sourcePath(u"resources/schemas"_s));
        const QStringList files = schemas.entryList({u"reporting-*.schema.json"_s}, QDir::Files);
        QCOMPARE(files.size(), kPackets.size() + 1);
        for (const QString &file : files) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(readFile(schemas.filePath(file)), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), qPrintable(file));
            const QJsonObject o = doc.object();
            QCOMPARE(o.value(u"$schema").toString(), u"https://json-schema.org/draft/2020-12/schema"_s);
            QVERIFY2(o.value(u"$id").toString().endsWith(u'/' + file), qPrintable(file));
            QVERIFY2(!o.value(u"title").toString().isEmpty(), qPrintable(file));
        }
        for (const QString &packet : kPackets) {
            QVERIFY(files.contains(u"reporting-"_s + packet + u".schema.json"_s));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(example(packet), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), qPrintable(packet));
            QCOMPARE(doc.object().value(u"packet").toString(), packet);
            QCOMPARE(reportingPacketName(*reportingPacketFromName(packet)), packet);
        }
    }

    // Validates every example against its schema with python3-jsonschema, where it is installed.
    void examplesMatchTheirSchemas()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        const QString script = sourcePath(u"tests/sync/validate_reporting_examples.py"_s);
        QProcess process;
        process.start(python, {script, QStringLiteral(DIEUHANH_SOURCE_DIR)});
        QVERIFY(process.waitForFinished(60000));
        if (process.exitCode() == 3)
            QSKIP("python3-jsonschema (with referencing) is not installed");
        QVERIFY2(process.exitCode() == 0, process.readAllStandardOutput().constData());
    }
};

QTEST_GUILESS_MAIN(TestReportingReader)
#include "tst_reportingreader.moc"
