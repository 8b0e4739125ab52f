#include "packetwriter.h"

#include "core/observation.h"

#include <nlohmann/json.hpp>

namespace dh {

namespace {

using Json = nlohmann::ordered_json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

std::string timeText(const QDateTime &time)
{
    return utf8(time.toUTC().toString(Qt::ISODate));
}

// "vi" is required by the schema, so the first non-empty text stands in for it.
Json localized(const QString &vi, const QString &en, const QString &fallback = {})
{
    Json text = Json::object();
    const QString primary = !vi.isEmpty() ? vi : !en.isEmpty() ? en : fallback;
    text["vi"] = utf8(primary);
    if (!en.isEmpty())
        text["en"] = utf8(en);
    return text;
}

Json envelope(ReportingPacketType type, const PacketHeader &header)
{
    Json packet = Json::object();
    packet["packet"] = utf8(reportingPacketName(type));
    packet["schemaVersion"] = "1.0";
    packet["sender"] = utf8(header.sender);
    packet["generatedAt"] = timeText(header.generatedAt);
    packet["sequence"] = std::max<qint64>(1, header.sequence);
    if (header.paging) {
        Json paging = Json::object();
        paging["since"] = header.paging->since;
        paging["nextSince"] = header.paging->nextSince;
        paging["hasMore"] = header.paging->hasMore;
        if (header.paging->limit)
            paging["limit"] = *header.paging->limit;
        packet["paging"] = std::move(paging);
    }
    return packet;
}

QByteArray bytes(const Json &packet)
{
    const std::string text = packet.dump();
    return QByteArray(text.data(), qsizetype(text.size()));
}

Json stringList(const QStringList &list)
{
    Json array = Json::array();
    for (const QString &item : list)
        array.push_back(utf8(item));
    return array;
}

Json indicatorJson(const Indicator &indicator)
{
    Json o = Json::object();
    o["code"] = utf8(indicator.code);
    o["name"] = localized(indicator.nameVi, indicator.nameEn, indicator.code);
    o["unitOfMeasure"] = localized(indicator.unitVi, indicator.unitEn, QStringLiteral("-"));
    o["periodicity"] = utf8(Period::kindName(indicator.periodicity));
    o["kind"] = utf8(indicatorKindName(indicator.kind));
    o["aggregation"] = utf8(aggregationName(indicator.aggregation));
    if (!indicator.weightIndicator.isEmpty())
        o["weightIndicator"] = utf8(indicator.weightIndicator);
    if (!indicator.numeratorIndicator.isEmpty())
        o["numeratorIndicator"] = utf8(indicator.numeratorIndicator);
    if (!indicator.denominatorIndicator.isEmpty())
        o["denominatorIndicator"] = utf8(indicator.denominatorIndicator);
    if (indicator.aggregation == AggregationRule::RatioOfSums || indicator.ratioFactor != 1.0)
        o["ratioFactor"] = indicator.ratioFactor;
    o["polarity"] = utf8(polarityName(indicator.polarity));
    o["field"] = utf8(fieldName(indicator.field));
    o["decimals"] = std::clamp(indicator.decimals, 0, 6);
    if (!indicator.owner.isEmpty())
        o["owner"] = utf8(indicator.owner);
    o["storedAs"] = utf8(valueKindName(indicator.storedAs));
    o["origin"] = utf8(originName(indicator.origin));
    if (!indicator.sourceAgency.isEmpty())
        o["sourceAgency"] = localized(indicator.sourceAgency, {});
    if (!indicator.method.isEmpty())
        o["method"] = localized(indicator.method, {});
    Json dimensions = Json::array();
    for (const QString &dimension : indicator.dimensions) {
        const QStringList values = indicator.dimensionValues.value(dimension);
        // The schema asks for at least one value; a dimension the catalogue lists none of cannot be sent.
        if (values.isEmpty())
            continue;
        Json use = Json::object();
        use["dimension"] = utf8(dimension);
        use["values"] = stringList(values);
        dimensions.push_back(std::move(use));
    }
    if (!dimensions.empty())
        o["dimensions"] = std::move(dimensions);
    return o;
}

} // namespace

QByteArray PacketWriter::indicatorCatalogue(const PacketHeader &header, const QList<Indicator> &indicators)
{
    Json packet = envelope(ReportingPacketType::IndicatorCatalogue, header);
    Json list = Json::array();
    for (const Indicator &indicator : indicators)
        list.push_back(indicatorJson(indicator));
    packet["indicators"] = std::move(list);
    return bytes(packet);
}

QByteArray PacketWriter::disaggregationCatalogue(const PacketHeader &header, const QList<Dimension> &dimensions)
{
    Json packet = envelope(ReportingPacketType::DisaggregationCatalogue, header);
    Json list = Json::array();
    for (const Dimension &dimension : dimensions) {
        Json o = Json::object();
        o["code"] = utf8(dimension.code);
        o["name"] = localized(dimension.name.value(QStringLiteral("vi")), dimension.name.value(QStringLiteral("en")), dimension.code);
        Json values = Json::array();
        for (const DimensionValue &value : dimension.values) {
            Json v = Json::object();
            v["code"] = utf8(value.code);
            v["name"] = localized(value.name.value(QStringLiteral("vi")), value.name.value(QStringLiteral("en")), value.code);
            if (!value.parent.isEmpty())
                v["parent"] = utf8(value.parent);
            values.push_back(std::move(v));
        }
        o["values"] = std::move(values);
        list.push_back(std::move(o));
    }
    packet["dimensions"] = std::move(list);
    return bytes(packet);
}

QByteArray PacketWriter::units(const PacketHeader &header, const QList<AdminUnit> &units)
{
    Json packet = envelope(ReportingPacketType::Units, header);
    Json list = Json::array();
    for (const AdminUnit &unit : units) {
        Json o = Json::object();
        o["code"] = utf8(unit.code);
        o["level"] = utf8(levelName(unit.level));
        o["name"] = localized(unit.nameVi, unit.nameEn, unit.code);
        if (!unit.parent.isEmpty())
            o["parent"] = utf8(unit.parent);
        if (!unit.gsoCode.isEmpty())
            o["gsoCode"] = utf8(unit.gsoCode);
        if (!unit.isoCode.isEmpty())
            o["isoCode"] = utf8(unit.isoCode);
        if (unit.validFrom.isValid())
            o["validFrom"] = utf8(unit.validFrom.toString(Qt::ISODate));
        if (unit.validTo.isValid())
            o["validTo"] = utf8(unit.validTo.toString(Qt::ISODate));
        if (!unit.successors.isEmpty())
            o["successors"] = stringList(unit.successors);
        if (!unit.predecessors.isEmpty())
            o["predecessors"] = stringList(unit.predecessors);
        list.push_back(std::move(o));
    }
    packet["units"] = std::move(list);
    return bytes(packet);
}

QByteArray PacketWriter::kpiData(const PacketHeader &header, const QHash<QString, Indicator> &catalogue,
                                 const QList<FeedEntry> &entries)
{
    Json packet = envelope(ReportingPacketType::KpiData, header);
    Json indicators = Json::array();
    Json values = Json::array();
    QSet<QString> stated;
    for (const FeedEntry &entry : entries) {
        const Observation &o = entry.observation;
        if (!stated.contains(o.indicator)) {
            stated.insert(o.indicator);
            const Indicator indicator = catalogue.value(o.indicator);
            Json header = Json::object();
            header["indicator"] = utf8(o.indicator);
            header["unitOfMeasure"] = localized(indicator.unitVi, indicator.unitEn, QStringLiteral("-"));
            header["decimals"] = std::clamp(indicator.decimals, 0, 6);
            indicators.push_back(std::move(header));
        }
        Json v = Json::object();
        v["indicator"] = utf8(o.indicator);
        v["unit"] = utf8(o.unit);
        v["period"] = utf8(o.period.toString());
        if (o.valueKind != ValueKind::InPeriod)
            v["valueKind"] = utf8(valueKindName(o.valueKind));
        if (!o.disaggregation.isEmpty()) {
            Json breakdown = Json::object();
            for (const auto &[dimension, value] : DisaggregationKey::parts(o.disaggregation))
                breakdown[utf8(dimension)] = utf8(value);
            v["disaggregation"] = std::move(breakdown);
        }
        v["value"] = o.value;
        v["status"] = utf8(statusName(o.status));
        v["revision"] = std::max(1, o.provenance.revision);
        if (entry.removed)
            v["withdrawn"] = true;
        values.push_back(std::move(v));
    }
    packet["indicators"] = std::move(indicators);
    packet["values"] = std::move(values);
    return bytes(packet);
}

QByteArray PacketWriter::reportStatus(const PacketHeader &header, const QList<ReportStatus> &records)
{
    Json packet = envelope(ReportingPacketType::ReportStatus, header);
    Json list = Json::array();
    for (const ReportStatus &record : records) {
        Json o = Json::object();
        o["indicator"] = utf8(record.indicator);
        o["unit"] = utf8(record.unit);
        o["period"] = utf8(record.period.toString());
        o["state"] = utf8(reportStateName(record.state));
        o["dueDate"] = utf8(record.dueDate.toString(Qt::ISODate));
        if (record.reportedAt.isValid())
            o["reportedAt"] = timeText(record.reportedAt);
        if (record.revision > 0)
            o["revision"] = record.revision;
        if (!record.note.isEmpty())
            o["note"] = utf8(record.note);
        list.push_back(std::move(o));
    }
    packet["records"] = std::move(list);
    return bytes(packet);
}

QByteArray PacketWriter::tasks(const PacketHeader &header, const QList<Task> &tasks, const QStringList &deleted)
{
    Json packet = envelope(ReportingPacketType::Tasks, header);
    Json list = Json::array();
    for (const Task &task : tasks) {
        Json o = Json::object();
        o["id"] = utf8(task.id);
        Json document = Json::object();
        document["number"] = utf8(task.document.number);
        document["date"] = utf8(task.document.date.toString(Qt::ISODate));
        document["type"] = utf8(documentTypeName(task.document.type));
        if (!task.document.signer.isEmpty())
            document["signer"] = utf8(task.document.signer);
        o["document"] = std::move(document);
        o["summary"] = utf8(task.summary);
        o["field"] = utf8(task.field);
        o["assignee"] = utf8(task.assignee);
        if (!task.responsibleUnit.isEmpty())
            o["responsibleUnit"] = utf8(task.responsibleUnit);
        if (!task.cooperators.isEmpty())
            o["cooperators"] = stringList(task.cooperators);
        if (task.deadline.isValid())
            o["deadline"] = utf8(task.deadline.toString(Qt::ISODate));
        // Absent, the reader takes the deadline, or standing when the history moves the deadline.
        const bool moved = std::any_of(task.history.cbegin(), task.history.cend(),
                                       [](const TaskStatusChange &c) { return c.kind == TaskStatusChange::Kind::DeadlineChanged; });
        if (task.initialDeadline.isValid() && (moved || task.initialDeadline != task.deadline))
            o["initialDeadline"] = utf8(task.initialDeadline.toString(Qt::ISODate));
        if (task.synthetic)
            o["origin"] = "synthetic";
        Json history = Json::array();
        for (const TaskStatusChange &c : task.history) {
            Json change = Json::object();
            change["at"] = timeText(c.at);
            change["kind"] = utf8(statusChangeKindName(c.kind));
            if (!c.reportedBy.isEmpty())
                change["reportedBy"] = utf8(c.reportedBy);
            if (c.newDeadline.isValid())
                change["newDeadline"] = utf8(c.newDeadline.toString(Qt::ISODate));
            if (!c.document.isEmpty())
                change["document"] = utf8(c.document);
            if (!c.note.isEmpty())
                change["note"] = utf8(c.note);
            history.push_back(std::move(change));
        }
        if (!history.empty())
            o["history"] = std::move(history);
        list.push_back(std::move(o));
    }
    for (const QString &id : deleted) {
        Json o = Json::object();
        o["id"] = utf8(id);
        o["deleted"] = true;
        list.push_back(std::move(o));
    }
    packet["tasks"] = std::move(list);
    return bytes(packet);
}

} // namespace dh
