#include "reportingreader.h"

#include "sync/readers/reportingfields.h"

#include "core/observation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <cmath>
#include <limits>

namespace dh {

namespace {

// The code patterns of reporting-common.schema.json.
const QRegularExpression &unitCodePattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[A-Z0-9]+(-[A-Z0-9]+)*")));
    return re;
}
const QRegularExpression &indicatorCodePattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*")));
    return re;
}
const QRegularExpression &codePattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9_-]*")));
    return re;
}
const QRegularExpression &versionPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})")));
    return re;
}
const QRegularExpression &gsoPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{2,5}")));
    return re;
}
const QRegularExpression &isoPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[A-Z]{2}(-[A-Z0-9]{1,3})?")));
    return re;
}

// Reads one packet, field by field.
class PacketReader : private ReportingFields
{
public:
    Result<ReportingPacket> read(QByteArrayView bytes);

private:
    bool envelope(const QJsonObject &root, ReportingEnvelope &out);
    bool indicatorCatalogue(const QJsonObject &root, QList<Indicator> &out);
    bool indicator(const QJsonObject &o, const QString &path, Indicator &out);
    bool disaggregationCatalogue(const QJsonObject &root, QList<Dimension> &out);
    bool units(const QJsonObject &root, QList<AdminUnit> &out);
    bool kpiData(const QJsonObject &root, const ReportingEnvelope &envelope, StatDocument &out);
    bool reportStatus(const QJsonObject &root, QList<ReportStatus> &out);

};

bool PacketReader::envelope(const QJsonObject &root, ReportingEnvelope &out)
{
    QString version;
    if (!text(root, u"schemaVersion", {}, true, version))
        return false;
    const QRegularExpressionMatch m = versionPattern().match(version);
    if (!m.hasMatch())
        return fail("VALUE_INVALID", QStringLiteral("schemaVersion"), QCoreApplication::translate("ReportingReader", "\"%1\" is not a version MAJOR.MINOR.").arg(version.left(32)));
    out.majorVersion = m.captured(1).toInt();
    out.minorVersion = m.captured(2).toInt();
    if (out.majorVersion != ReportingReader::majorVersion) {
        return fail("VERSION_UNSUPPORTED", QStringLiteral("schemaVersion"),
                    QCoreApplication::translate("ReportingReader", "version %1 cannot be read: this reader reads major version %2.").arg(version).arg(ReportingReader::majorVersion),
                    Error::Code::TooNew);
    }
    QString packet;
    if (!text(root, u"packet", {}, true, packet))
        return false;
    const std::optional<ReportingPacketType> type = reportingPacketFromName(packet);
    if (!type)
        return fail("PACKET_UNKNOWN", QStringLiteral("packet"), QCoreApplication::translate("ReportingReader", "\"%1\" is not a packet type of the reporting API.").arg(packet.left(64)),
                    Error::Code::Unsupported);
    out.type = *type;
    setPacket(packet);
    if (!text(root, u"sender", {}, true, out.sender, &unitCodePattern()) || !dateTime(root, u"generatedAt", {}, true, out.generatedAt)
        || !integer(root, u"sequence", {}, true, out.sequence, 1, std::numeric_limits<qint64>::max()))
        return false;
    if (root.contains(u"paging")) {
        QJsonObject paging;
        if (!object(root.value(u"paging"), QStringLiteral("paging"), paging))
            return false;
        ReportingPaging p;
        const QString at = QStringLiteral("paging");
        const qint64 max = std::numeric_limits<qint64>::max();
        qint64 limit = 0;
        if (!integer(paging, u"since", at, true, p.since, 0, max) || !integer(paging, u"nextSince", at, true, p.nextSince, 0, max)
            || !boolean(paging, u"hasMore", at, true, p.hasMore) || !integer(paging, u"limit", at, false, limit, 1, max))
            return false;
        if (paging.contains(u"limit"))
            p.limit = limit;
        if (p.nextSince < p.since)
            return fail("VALUE_INVALID", QStringLiteral("paging.nextSince"), QCoreApplication::translate("ReportingReader", "goes back from %1 to %2.").arg(p.since).arg(p.nextSince));
        out.paging = p;
    }
    return true;
}

bool PacketReader::indicator(const QJsonObject &o, const QString &path, Indicator &out)
{
    LocalizedText name, unit, agency, method;
    qint64 decimals = 0;
    if (!text(o, u"code", path, true, out.code, &indicatorCodePattern()) || !localized(o, u"name", path, true, name)
        || !localized(o, u"unitOfMeasure", path, true, unit)
        || !named(o, u"periodicity", path, true, &Period::kindFromName, out.periodicity)
        || !named(o, u"kind", path, false, &indicatorKindFromName, out.kind)
        || !named(o, u"aggregation", path, true, &aggregationFromName, out.aggregation)
        || !text(o, u"weightIndicator", path, false, out.weightIndicator, &indicatorCodePattern())
        || !text(o, u"numeratorIndicator", path, false, out.numeratorIndicator, &indicatorCodePattern())
        || !text(o, u"denominatorIndicator", path, false, out.denominatorIndicator, &indicatorCodePattern())
        || !named(o, u"polarity", path, true, &polarityFromName, out.polarity)
        || !named(o, u"field", path, true, &fieldFromName, out.field)
        || !integer(o, u"decimals", path, true, decimals, 0, 6)
        || !text(o, u"owner", path, false, out.owner, &unitCodePattern())
        || !named(o, u"storedAs", path, false, &valueKindFromName, out.storedAs)
        || !named(o, u"origin", path, false, &originFromName, out.origin)
        || !localized(o, u"sourceAgency", path, false, agency) || !localized(o, u"method", path, false, method))
        return false;
    if (out.aggregation == AggregationRule::WeightedMean && out.weightIndicator.isEmpty())
        return missing(member(path, u"weightIndicator"));
    if (out.aggregation == AggregationRule::RatioOfSums && out.numeratorIndicator.isEmpty())
        return missing(member(path, u"numeratorIndicator"));
    if (out.aggregation == AggregationRule::RatioOfSums && out.denominatorIndicator.isEmpty())
        return missing(member(path, u"denominatorIndicator"));
    if (out.storedAs == ValueKind::Target)
        return fail("VALUE_INVALID", member(path, u"storedAs"), QCoreApplication::translate("ReportingReader", "a series is stored in the period or cumulated, never as a target."));
    if (const QJsonValue factor = o.value(u"ratioFactor"); !factor.isUndefined()) {
        if (!factor.isDouble())
            return wrongType(member(path, u"ratioFactor"), factor, QCoreApplication::translate("ReportingReader", "a number"));
        if (!(factor.toDouble() > 0))
            return fail("VALUE_INVALID", member(path, u"ratioFactor"), QCoreApplication::translate("ReportingReader", "must be above 0."));
        out.ratioFactor = factor.toDouble();
    }
    out.nameVi = name.value(QStringLiteral("vi"));
    out.nameEn = name.value(QStringLiteral("en"));
    out.unitVi = unit.value(QStringLiteral("vi"));
    out.unitEn = unit.value(QStringLiteral("en"));
    out.sourceAgency = agency.value(QStringLiteral("vi"));
    out.method = method.value(QStringLiteral("vi"));
    out.decimals = int(decimals);

    QJsonArray dimensions;
    if (!array(o, u"dimensions", path, false, dimensions))
        return false;
    const QString dimsPath = member(path, u"dimensions");
    for (qsizetype d = 0; d < dimensions.size(); ++d) {
        const QString at = item(dimsPath, d);
        QJsonObject use;
        QString dimension;
        QStringList values;
        if (!object(dimensions.at(d), at, use) || !text(use, u"dimension", at, true, dimension, &codePattern()))
            return false;
        if (!use.contains(u"values"))
            return missing(member(at, u"values"));
        if (!codes(use, u"values", at, codePattern(), values))
            return false;
        if (values.isEmpty())
            return fail("VALUE_INVALID", member(at, u"values"), QCoreApplication::translate("ReportingReader", "lists no value."));
        if (out.dimensions.contains(dimension))
            return fail("DUPLICATE_KEY", member(at, u"dimension"), QCoreApplication::translate("ReportingReader", "\"%1\" is listed twice.").arg(dimension), Error::Code::Conflict);
        out.dimensions.append(dimension);
        out.dimensionValues.insert(dimension, values);
    }
    return true;
}

bool PacketReader::indicatorCatalogue(const QJsonObject &root, QList<Indicator> &out)
{
    QJsonArray list;
    if (!array(root, u"indicators", {}, true, list))
        return false;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = item(QStringLiteral("indicators"), i);
        QJsonObject o;
        Indicator indicator;
        indicator.origin = DataOrigin::Real;
        if (!object(list.at(i), at, o) || !this->indicator(o, at, indicator))
            return false;
        if (seen.contains(indicator.code))
            return fail("DUPLICATE_KEY", member(at, u"code"), QCoreApplication::translate("ReportingReader", "the indicator \"%1\" is listed twice.").arg(indicator.code), Error::Code::Conflict);
        seen.insert(indicator.code);
        out.append(std::move(indicator));
    }
    return true;
}

bool PacketReader::disaggregationCatalogue(const QJsonObject &root, QList<Dimension> &out)
{
    QJsonArray list;
    if (!array(root, u"dimensions", {}, true, list))
        return false;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = item(QStringLiteral("dimensions"), i);
        QJsonObject o;
        Dimension dimension;
        QJsonArray values;
        if (!object(list.at(i), at, o) || !text(o, u"code", at, true, dimension.code, &codePattern())
            || !localized(o, u"name", at, true, dimension.name) || !array(o, u"values", at, true, values))
            return false;
        if (seen.contains(dimension.code))
            return fail("DUPLICATE_KEY", member(at, u"code"), QCoreApplication::translate("ReportingReader", "the dimension \"%1\" is listed twice.").arg(dimension.code), Error::Code::Conflict);
        seen.insert(dimension.code);
        if (values.isEmpty())
            return fail("VALUE_INVALID", member(at, u"values"), QCoreApplication::translate("ReportingReader", "lists no value."));
        QSet<QString> codes;
        for (qsizetype v = 0; v < values.size(); ++v) {
            const QString vat = item(member(at, u"values"), v);
            QJsonObject vo;
            DimensionValue value;
            if (!object(values.at(v), vat, vo) || !text(vo, u"code", vat, true, value.code, &codePattern())
                || !localized(vo, u"name", vat, true, value.name) || !text(vo, u"parent", vat, false, value.parent, &codePattern()))
                return false;
            if (codes.contains(value.code))
                return fail("DUPLICATE_KEY", member(vat, u"code"), QCoreApplication::translate("ReportingReader", "the value \"%1\" is listed twice.").arg(value.code), Error::Code::Conflict);
            codes.insert(value.code);
            dimension.values.append(std::move(value));
        }
        for (qsizetype v = 0; v < dimension.values.size(); ++v) {
            const QString &parent = dimension.values.at(v).parent;
            if (!parent.isEmpty() && (!codes.contains(parent) || parent == dimension.values.at(v).code)) {
                return fail("REFERENCE_UNKNOWN", member(item(member(at, u"values"), v), u"parent"),
                            QCoreApplication::translate("ReportingReader", "\"%1\" is not another value of the dimension %2.").arg(parent, dimension.code), Error::Code::NotFound);
            }
        }
        out.append(std::move(dimension));
    }
    return true;
}

bool PacketReader::units(const QJsonObject &root, QList<AdminUnit> &out)
{
    QJsonArray list;
    if (!array(root, u"units", {}, true, list))
        return false;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = item(QStringLiteral("units"), i);
        QJsonObject o;
        AdminUnit unit;
        LocalizedText name;
        if (!object(list.at(i), at, o) || !text(o, u"code", at, true, unit.code, &unitCodePattern())
            || !named(o, u"level", at, true, &levelFromName, unit.level) || !localized(o, u"name", at, true, name)
            || !text(o, u"parent", at, false, unit.parent, &unitCodePattern()) || !text(o, u"gsoCode", at, false, unit.gsoCode, &gsoPattern())
            || !text(o, u"isoCode", at, false, unit.isoCode, &isoPattern()) || !date(o, u"validFrom", at, false, unit.validFrom)
            || !date(o, u"validTo", at, false, unit.validTo) || !codes(o, u"successors", at, unitCodePattern(), unit.successors)
            || !codes(o, u"predecessors", at, unitCodePattern(), unit.predecessors))
            return false;
        if (unit.validFrom.isValid() && unit.validTo.isValid() && unit.validTo < unit.validFrom)
            return fail("VALUE_INVALID", member(at, u"validTo"), QCoreApplication::translate("ReportingReader", "%1 is before validFrom %2.")
                                                                     .arg(unit.validTo.toString(Qt::ISODate), unit.validFrom.toString(Qt::ISODate)));
        if (seen.contains(unit.code))
            return fail("DUPLICATE_KEY", member(at, u"code"), QCoreApplication::translate("ReportingReader", "the unit \"%1\" is listed twice.").arg(unit.code), Error::Code::Conflict);
        seen.insert(unit.code);
        unit.nameVi = name.value(QStringLiteral("vi"));
        unit.nameEn = name.value(QStringLiteral("en"));
        out.append(std::move(unit));
    }
    return true;
}

// Categories of one dimension of the KPI document, in order of first appearance.
class CategoryIndex
{
public:
    explicit CategoryIndex(StatDimension &dimension) : m_dimension(dimension) {}
    int operator()(const QString &id)
    {
        const auto it = m_index.constFind(id);
        if (it != m_index.cend())
            return *it;
        const int at = int(m_dimension.categories.size());
        m_dimension.categories.append(StatCategory{.id = id});
        m_index.insert(id, at);
        return at;
    }

private:
    StatDimension &m_dimension;
    QHash<QString, int> m_index;
};

bool PacketReader::kpiData(const QJsonObject &root, const ReportingEnvelope &envelope, StatDocument &out)
{
    out.format = QStringLiteral("reporting %1.%2").arg(envelope.majorVersion).arg(envelope.minorVersion);
    out.id = reportingPacketName(envelope.type);
    out.source = envelope.sender;
    out.updated = envelope.generatedAt;
    const auto dimension = [](const char *id, DimensionRole role) { return StatDimension{.id = QString::fromLatin1(id), .role = role}; };
    out.dimensions = {dimension("indicator", DimensionRole::Metric), dimension("unit", DimensionRole::Geo),
                      dimension("period", DimensionRole::Time), dimension("valueKind", DimensionRole::ValueKind),
                      dimension("disaggregation", DimensionRole::Disaggregation)};
    out.statusLabels = {
        {statusName(ObservationStatus::Final), {{QStringLiteral("vi"), QStringLiteral("chính thức")}, {QStringLiteral("en"), QStringLiteral("final")}}},
        {statusName(ObservationStatus::Provisional), {{QStringLiteral("vi"), QStringLiteral("sơ bộ")}, {QStringLiteral("en"), QStringLiteral("provisional")}}},
        {statusName(ObservationStatus::Estimate), {{QStringLiteral("vi"), QStringLiteral("ước tính")}, {QStringLiteral("en"), QStringLiteral("estimate")}}},
    };

    QJsonArray header;
    if (!array(root, u"indicators", {}, true, header))
        return false;
    QHash<QString, int> indicators;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString at = item(QStringLiteral("indicators"), i);
        QJsonObject o;
        StatCategory category;
        qint64 decimals = 0;
        if (!object(header.at(i), at, o) || !text(o, u"indicator", at, true, category.id, &indicatorCodePattern())
            || !localized(o, u"name", at, false, category.label) || !localized(o, u"unitOfMeasure", at, true, category.unit)
            || !integer(o, u"decimals", at, true, decimals, 0, 6))
            return false;
        if (indicators.contains(category.id))
            return fail("DUPLICATE_KEY", member(at, u"indicator"), QCoreApplication::translate("ReportingReader", "the indicator \"%1\" is listed twice.").arg(category.id), Error::Code::Conflict);
        category.decimals = int(decimals);
        indicators.insert(category.id, int(out.dimensions[0].categories.size()));
        out.dimensions[0].categories.append(std::move(category));
    }

    QJsonArray values;
    if (!array(root, u"values", {}, true, values))
        return false;
    CategoryIndex units(out.dimensions[1]), periods(out.dimensions[2]), kinds(out.dimensions[3]), breakdowns(out.dimensions[4]);
    struct Seen
    {
        qsizetype index;
        qint64 revision;
        std::optional<double> value;
        bool withdrawn;
    };
    QHash<QString, Seen> seen;
    out.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString at = item(QStringLiteral("values"), i);
        QJsonObject o;
        QString indicator, unit, status;
        Period period;
        ValueKind kind = ValueKind::InPeriod;
        qint64 revision = 0;
        QDateTime revisedAt;
        bool withdrawn = false;
        QString note;
        if (!object(values.at(i), at, o) || !text(o, u"indicator", at, true, indicator, &indicatorCodePattern())
            || !text(o, u"unit", at, true, unit, &unitCodePattern()) || !this->period(o, u"period", at, period)
            || !named(o, u"valueKind", at, false, &valueKindFromName, kind))
            return false;
        const int metric = indicators.value(indicator, -1);
        if (metric < 0)
            return fail("REFERENCE_UNKNOWN", member(at, u"indicator"),
                        QCoreApplication::translate("ReportingReader", "\"%1\" is not in the packet's indicators, which state its unit of measure.").arg(indicator), Error::Code::NotFound);

        QStringList parts;
        if (const QJsonValue d = o.value(u"disaggregation"); !d.isUndefined()) {
            QJsonObject breakdown;
            const QString dat = member(at, u"disaggregation");
            if (!object(d, dat, breakdown))
                return false;
            for (auto it = breakdown.begin(); it != breakdown.end(); ++it) {
                if (!codePattern().match(it.key()).hasMatch())
                    return fail("VALUE_INVALID", dat, QCoreApplication::translate("ReportingReader", "\"%1\" is not a valid dimension code.").arg(it.key().left(64)));
                QString value;
                if (!text(breakdown, it.key(), dat, true, value, &codePattern()))
                    return false;
                parts.append(it.key() + u'=' + value);
            }
        }
        // Codes hold neither '=' nor ';', so the joined text is always a well-formed key.
        const QString key = DisaggregationKey::canonical(parts.join(u';')).value_or(QString());

        const QJsonValue v = o.value(u"value");
        if (v.isUndefined())
            return missing(member(at, u"value"));
        if (!v.isDouble() && !v.isNull())
            return wrongType(member(at, u"value"), v, QCoreApplication::translate("ReportingReader", "a number or null"));
        const std::optional<double> value = v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
        if (!text(o, u"status", at, true, status))
            return false;
        if (!statusFromName(status))
            return fail("VALUE_INVALID", member(at, u"status"), QCoreApplication::translate("ReportingReader", "\"%1\" is not one of final, provisional, estimate.").arg(status.left(32)));
        if (!integer(o, u"revision", at, true, revision, 1, std::numeric_limits<int>::max())
            || !dateTime(o, u"revisedAt", at, false, revisedAt) || !boolean(o, u"withdrawn", at, false, withdrawn)
            || !text(o, u"note", at, false, note))
            return false;

        const std::array<int, 5> cell{metric, units(unit), periods(period.toString()), kinds(valueKindName(kind)), breakdowns(key)};
        QString identity;
        for (int c : cell)
            identity += QString::number(c) + u'/';
        if (const auto it = seen.constFind(identity); it != seen.cend()) {
            const bool differs = it->value != value || it->withdrawn != withdrawn;
            if (it->revision == revision && differs) {
                return fail("REVISION_CONFLICT", at, QCoreApplication::translate("ReportingReader", "gives revision %1 of the value of values[%2] another value.").arg(revision).arg(it->index),
                            Error::Code::Conflict);
            }
            return fail("DUPLICATE_KEY", at, QCoreApplication::translate("ReportingReader", "repeats the key of values[%1]; a packet carries one revision of a value.").arg(it->index),
                        Error::Code::Conflict);
        }
        seen.insert(identity, Seen{i, revision, value, withdrawn});
        out.addCell(cell, value, status, withdrawn);
        out.setRevision(out.cellCount() - 1, int(revision));
    }
    return true;
}

bool PacketReader::reportStatus(const QJsonObject &root, QList<ReportStatus> &out)
{
    QJsonArray list;
    if (!array(root, u"records", {}, true, list))
        return false;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = item(QStringLiteral("records"), i);
        QJsonObject o;
        ReportStatus record;
        qint64 revision = 0;
        if (!object(list.at(i), at, o) || !text(o, u"indicator", at, true, record.indicator, &indicatorCodePattern())
            || !text(o, u"unit", at, true, record.unit, &unitCodePattern()) || !period(o, u"period", at, record.period)
            || !named(o, u"state", at, true, &reportStateFromName, record.state) || !date(o, u"dueDate", at, true, record.dueDate)
            || !dateTime(o, u"reportedAt", at, false, record.reportedAt)
            || !integer(o, u"revision", at, false, revision, 1, std::numeric_limits<int>::max()) || !text(o, u"note", at, false, record.note))
            return false;
        record.revision = int(revision);
        const bool reported = record.state == ReportStatus::State::Reported || record.state == ReportStatus::State::Revised;
        if (reported && record.reportedAt.isNull())
            return missing(member(at, u"reportedAt"));
        if (reported && record.revision == 0)
            return missing(member(at, u"revision"));
        if (record.state == ReportStatus::State::Revised && record.revision < 2)
            return fail("VALUE_INVALID", member(at, u"revision"), QCoreApplication::translate("ReportingReader", "a revised report has revision 2 or more."));
        const QString key = record.indicator + u'/' + record.unit + u'/' + record.period.toString();
        if (const auto it = seen.constFind(key); it != seen.cend())
            return fail("DUPLICATE_KEY", at, QCoreApplication::translate("ReportingReader", "repeats the indicator, unit and period of records[%1].").arg(*it), Error::Code::Conflict);
        seen.insert(key, i);
        out.append(std::move(record));
    }
    return true;
}

Result<ReportingPacket> PacketReader::read(QByteArrayView bytes)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
            ? QCoreApplication::translate("ReportingReader", "is not valid JSON (%1 near byte %2).").arg(parseError.errorString()).arg(parseError.offset)
            : QCoreApplication::translate("ReportingReader", "is not a JSON object.");
        fail("JSON_INVALID", {}, why);
        return *error();
    }
    const QJsonObject root = json.object();
    ReportingPacket packet;
    if (!envelope(root, packet.envelope))
        return *error();
    bool ok = false;
    switch (packet.envelope.type) {
    case ReportingPacketType::IndicatorCatalogue:
        ok = indicatorCatalogue(root, packet.payload.emplace<QList<Indicator>>());
        break;
    case ReportingPacketType::DisaggregationCatalogue:
        ok = disaggregationCatalogue(root, packet.payload.emplace<QList<Dimension>>());
        break;
    case ReportingPacketType::Units:
        ok = units(root, packet.payload.emplace<QList<AdminUnit>>());
        break;
    case ReportingPacketType::KpiData:
        ok = kpiData(root, packet.envelope, packet.payload.emplace<StatDocument>());
        break;
    case ReportingPacketType::ReportStatus:
        ok = reportStatus(root, packet.payload.emplace<QList<ReportStatus>>());
        break;
    case ReportingPacketType::Tasks: {
        QJsonArray tasks;
        ok = array(root, u"tasks", {}, true, tasks);
        if (ok)
            packet.payload = TaskPacketReader::read(tasks);
        break;
    }
    }
    if (!ok)
        return *error();
    return packet;
}

constexpr std::array kPacketNames{"indicator-catalogue", "disaggregation-catalogue", "units", "kpi-data", "report-status", "tasks"};
constexpr std::array kStateNames{"not-due", "due", "reported", "late", "revised"};

} // namespace

QString reportingPacketName(ReportingPacketType type)
{
    return QString::fromLatin1(kPacketNames.at(size_t(type)));
}

std::optional<ReportingPacketType> reportingPacketFromName(QStringView name)
{
    for (size_t i = 0; i < kPacketNames.size(); ++i) {
        if (name == QLatin1String(kPacketNames.at(i)))
            return ReportingPacketType(i);
    }
    return std::nullopt;
}

QString reportStateName(ReportStatus::State state)
{
    return QString::fromLatin1(kStateNames.at(size_t(state)));
}

std::optional<ReportStatus::State> reportStateFromName(QStringView name)
{
    for (size_t i = 0; i < kStateNames.size(); ++i) {
        if (name == QLatin1String(kStateNames.at(i)))
            return ReportStatus::State(i);
    }
    return std::nullopt;
}

Result<ReportingPacket> ReportingReader::read(QByteArrayView bytes)
{
    return PacketReader().read(bytes);
}

} // namespace dh
