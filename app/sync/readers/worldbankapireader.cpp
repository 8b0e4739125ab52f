#include "worldbankapireader.h"

#include "sync/readers/sourceperiod.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <limits>
#include <set>
#include <tuple>

namespace dh {

namespace {

using json = nlohmann::json;

// The reader's messages, all under one translation context.
struct WorldBankText
{
    Q_DECLARE_TR_FUNCTIONS(WorldBankApiReader)
};

Error refusal(const char *rule, QString message)
{
    return Error{Error::Code::Invalid, std::move(message), QString::fromLatin1(rule)};
}

QString text(const json &node)
{
    return node.is_string() ? QString::fromStdString(node.get_ref<const std::string &>()) : QString();
}

QString member(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() ? text(*it) : QString();
}

// The API writes its counts as numbers, and per_page as a string in some of its databases.
std::optional<qint64> count(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end())
        return std::nullopt;
    if (it->is_number_integer())
        return it->get<qint64>();
    if (it->is_string()) {
        bool ok = false;
        const qint64 n = text(*it).toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

Result<WorldBankPage> readPaging(const json &header)
{
    WorldBankPage paging;
    const auto page = count(header, "page");
    const auto pages = count(header, "pages");
    const auto perPage = count(header, "per_page");
    const auto total = count(header, "total");
    if (!page || !pages || !perPage || !total || *page < 0 || *pages < 0 || *perPage < 0 || *total < 0
        || *page > std::numeric_limits<int>::max() || *pages > std::numeric_limits<int>::max()
        || *perPage > std::numeric_limits<int>::max()) {
        return refusal("WB_PAGING_INVALID", WorldBankText::tr("The paging header (page, pages, per_page, total) is missing or not a count."));
    }
    paging.page = int(*page);
    paging.pages = int(*pages);
    paging.perPage = int(*perPage);
    paging.total = *total;
    paging.sourceId = member(header, "sourceid");
    paging.sourceName = member(header, "sourcename");
    paging.lastUpdated = QDate::fromString(member(header, "lastupdated"), Qt::ISODate);
    return paging;
}

// A category of a dimension, added the first time its code is met.
class Categories
{
public:
    explicit Categories(StatDimension &dimension) : m_dimension(dimension) {}

    int intern(const QString &id, const QString &label, const QString &language, bool *added = nullptr)
    {
        const auto it = m_index.constFind(id);
        if (added)
            *added = it == m_index.cend();
        if (it != m_index.cend())
            return *it;
        StatCategory category;
        category.id = id;
        if (!label.isEmpty())
            category.label.insert(language, label);
        m_dimension.categories.append(std::move(category));
        const int at = int(m_dimension.categories.size() - 1);
        m_index.insert(id, at);
        return at;
    }

private:
    StatDimension &m_dimension;
    QHash<QString, int> m_index;
};

} // namespace

Result<WorldBankResponse> WorldBankApiReader::read(QByteArrayView bytes, const QString &language)
{
    const json root = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (root.is_discarded())
        return refusal("WB_JSON_INVALID", WorldBankText::tr("The answer is not JSON."));
    if (!root.is_array() || root.empty() || !root.front().is_object())
        return refusal("WB_NOT_AN_ANSWER", WorldBankText::tr("The answer is not a World Bank API array [paging, rows]."));

    const json &header = root.front();
    if (const auto messages = header.find("message"); messages != header.end()) {
        QStringList said;
        if (messages->is_array()) {
            for (const json &m : *messages) {
                if (m.is_object())
                    said.append(QStringLiteral("%1 %2: %3").arg(member(m, "id"), member(m, "key"), member(m, "value")).trimmed());
            }
        }
        return refusal("WB_API_ERROR", WorldBankText::tr("The World Bank API answered with an error: %1").arg(said.join(u"; ")));
    }
    if (root.size() != 2)
        return refusal("WB_NOT_AN_ANSWER", WorldBankText::tr("The answer is not a World Bank API array [paging, rows]."));

    WorldBankResponse response;
    Result<WorldBankPage> paging = readPaging(header);
    if (!paging)
        return paging.error();
    response.paging = *paging;

    StatDocument &doc = response.document;
    doc.format = QStringLiteral("worldbank-api v2");
    doc.source = response.paging.sourceName;
    if (response.paging.lastUpdated.isValid())
        doc.updated = response.paging.lastUpdated.startOfDay(QTimeZone::utc());
    doc.dimensions = {StatDimension{QStringLiteral("indicator"), {}, DimensionRole::Metric, {}},
                      StatDimension{QStringLiteral("economy"), {}, DimensionRole::Geo, {}},
                      StatDimension{QStringLiteral("date"), {}, DimensionRole::Time, {}}};

    const json &rows = root.at(1);
    // An empty answer (a country without the series) has null for its rows.
    if (rows.is_null())
        return response;
    if (!rows.is_array())
        return refusal("WB_NOT_AN_ANSWER", WorldBankText::tr("The second element of the answer is not the list of rows."));

    Categories indicators(doc.dimensions[0]);
    Categories economies(doc.dimensions[1]);
    Categories dates(doc.dimensions[2]);
    std::set<std::tuple<int, int, int>> seen;
    doc.reserve(qsizetype(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const json &row = rows[i];
        const qsizetype n = qsizetype(i) + 1;
        if (!row.is_object())
            return refusal("WB_ROW_INVALID", WorldBankText::tr("Row %1 is not an object.").arg(n));
        const auto indicator = row.find("indicator");
        const auto country = row.find("country");
        const QString indicatorId = indicator != row.end() && indicator->is_object() ? member(*indicator, "id") : QString();
        QString economy = member(row, "countryiso3code");
        if (economy.isEmpty() && country != row.end() && country->is_object())
            economy = member(*country, "id");
        const QString date = member(row, "date");
        if (indicatorId.isEmpty() || economy.isEmpty() || date.isEmpty())
            return refusal("WB_ROW_INVALID", WorldBankText::tr("Row %1 has no indicator id, economy code or date.").arg(n));

        const auto value = row.find("value");
        if (value == row.end() || value->is_null()) {
            ++response.skippedNulls;
            continue;
        }
        if (!value->is_number() || !std::isfinite(value->get<double>()))
            return refusal("WB_VALUE_INVALID", WorldBankText::tr("Row %1 (%2, %3, %4): the value is not a number.").arg(n).arg(indicatorId, economy, date));

        const Result<Period> period = SourcePeriod::parse(date);
        if (!period) {
            return refusal("WB_DATE_INVALID",
                           WorldBankText::tr("Row %1 (%2, %3): the date \"%4\" is not a period: %5").arg(n).arg(indicatorId, economy, date, period.error().message));
        }

        bool newIndicator = false;
        const int ind = indicators.intern(indicatorId, indicator->is_object() ? member(*indicator, "value") : QString(), language,
                                          &newIndicator);
        if (newIndicator) {
            StatCategory &category = doc.dimensions[0].categories[ind];
            if (const QString unit = member(row, "unit"); !unit.isEmpty())
                category.unit.insert(language, unit);
            if (const auto decimals = row.find("decimal"); decimals != row.end() && decimals->is_number_integer())
                category.decimals = decimals->get<int>();
        }
        const int eco = economies.intern(economy, country != row.end() && country->is_object() ? member(*country, "value") : QString(),
                                         language);
        const int per = dates.intern(period->toString(), date, language);
        if (!seen.emplace(ind, eco, per).second)
            return refusal("WB_ROW_DUPLICATE", WorldBankText::tr("Row %1 repeats %2 for %3 in %4.").arg(n).arg(indicatorId, economy, date));
        doc.addCell(std::array{ind, eco, per}, value->get<double>(), member(row, "obs_status"));
    }
    return response;
}

} // namespace dh
