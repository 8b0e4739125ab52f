#include "cataloguerepository.h"

#include "sqlite/connection.h"
#include "sqlite/transaction.h"

#include "core/safetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dh {

namespace {

constexpr char kColumns[] =
    "code, name_vi, name_en, unit_vi, unit_en, periodicity, kind, aggregation, weight_code, numerator_code,"
    " denominator_code, ratio_factor, polarity, dimensions, field, source_agency, owner, method, origin, stored_as, decimals,"
    " dimension_values, valid_min, valid_max";
constexpr int kIdColumn = 24;

QString encodeValues(const QMap<QString, QStringList> &values)
{
    if (values.isEmpty())
        return {};
    QJsonObject json;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        json.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QMap<QString, QStringList> decodeValues(const QString &text)
{
    QMap<QString, QStringList> values;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        QStringList list;
        for (const QJsonValue &v : it.value().toArray())
            list.append(v.toString());
        values.insert(it.key(), list);
    }
    return values;
}

// A dimension's name or value becomes part of every key "dim=value;dim=value" and of every file
// that names it: one that would break the key, move a terminal's cursor or start a spreadsheet
// formula is refused when the catalogue is written, not found later in an export.
std::optional<QString> badBreakdown(const Indicator &ind)
{
    auto bad = [](const QString &text) {
        return text.trimmed() != text || text.isEmpty() || text.contains(u'=') || text.contains(u';')
               || SafeText::hasControl(text) || SafeText::startsLikeFormula(text);
    };
    for (const QString &dimension : ind.dimensions) {
        if (bad(dimension))
            return dimension;
    }
    for (auto it = ind.dimensionValues.cbegin(); it != ind.dimensionValues.cend(); ++it) {
        if (!ind.dimensions.contains(it.key()))
            return it.key();
        for (const QString &value : it.value()) {
            if (bad(value))
                return it.key() + u'=' + value;
        }
    }
    return std::nullopt;
}

Indicator indicatorFromRow(const sqlite::Statement &row)
{
    Indicator ind;
    ind.code = row.columnText(0);
    ind.nameVi = row.columnText(1);
    ind.nameEn = row.columnText(2);
    ind.unitVi = row.columnText(3);
    ind.unitEn = row.columnText(4);
    ind.periodicity = Period::Kind(row.columnInt(5));
    ind.kind = IndicatorKind(row.columnInt(6));
    ind.aggregation = AggregationRule(row.columnInt(7));
    ind.weightIndicator = row.columnText(8);
    ind.numeratorIndicator = row.columnText(9);
    ind.denominatorIndicator = row.columnText(10);
    ind.ratioFactor = row.columnDouble(11);
    ind.polarity = Polarity(row.columnInt(12));
    ind.dimensions = row.columnText(13).split(u';', Qt::SkipEmptyParts);
    ind.field = IndicatorField(row.columnInt(14));
    ind.sourceAgency = row.columnText(15);
    ind.owner = row.columnText(16);
    ind.method = row.columnText(17);
    ind.origin = DataOrigin(row.columnInt(18));
    ind.storedAs = ValueKind(row.columnInt(19));
    ind.decimals = row.columnInt(20);
    ind.dimensionValues = decodeValues(row.columnText(21));
    if (!row.isNull(22))
        ind.validMin = row.columnDouble(22);
    if (!row.isNull(23))
        ind.validMax = row.columnDouble(23);
    return ind;
}

} // namespace

CatalogueRepository::CatalogueRepository(sqlite::Connection &connection)
    : m_connection(&connection)
{
}

Result<void> CatalogueRepository::load()
{
    auto select = m_connection->prepare(QByteArray(QByteArray("SELECT ") + kColumns + ", id FROM indicator"));
    if (!select)
        return select.error();
    QHash<QString, Indicator> indicators;
    QHash<QString, int> ids;
    QHash<int, QString> codes;
    const auto read = select->forEachRow([&] {
        Indicator ind = indicatorFromRow(*select);
        const int id = select->columnInt(kIdColumn);
        ids.insert(ind.code, id);
        codes.insert(id, ind.code);
        indicators.insert(ind.code, std::move(ind));
    });
    if (!read) {
        return Error::storage(QCoreApplication::translate("Cache", "The catalogue of %1 cannot be read: %2")
                                  .arg(m_connection->path(), read.error().message));
    }
    m_indicators = std::move(indicators);
    m_ids = std::move(ids);
    m_codes = std::move(codes);
    return {};
}

Result<void> CatalogueRepository::upsert(const QList<Indicator> &indicators)
{
    for (const Indicator &ind : indicators) {
        if (ind.code.trimmed().isEmpty())
            return Error::invalid(QCoreApplication::translate("Cache", "An indicator without a code cannot be stored."));
        if (ind.validMin && ind.validMax && *ind.validMin > *ind.validMax) {
            return Error::invalid(QCoreApplication::translate("Cache", "The valid range of %1 is empty: %2 to %3.")
                                      .arg(ind.code).arg(*ind.validMin).arg(*ind.validMax));
        }
        if (const auto bad = badBreakdown(ind)) {
            return Error::invalid(QCoreApplication::translate("Cache", "The breakdown of %1 cannot be stored: \"%2\" is not a dimension of it, "
                                                                       "or is empty, holds = ; or a control character, or starts like a formula.")
                                      .arg(ind.code, SafeText::excerpt(*bad)));
        }
    }
    sqlite::Transaction transaction(*m_connection);
    if (auto r = transaction.begin(); !r)
        return r;
    auto insert = m_connection->prepare(QByteArray(
        QByteArray("INSERT INTO indicator(") + kColumns
        + ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)"
          " ON CONFLICT(code) DO UPDATE SET"
          " name_vi=excluded.name_vi, name_en=excluded.name_en, unit_vi=excluded.unit_vi,"
          " unit_en=excluded.unit_en, periodicity=excluded.periodicity, kind=excluded.kind,"
          " aggregation=excluded.aggregation, weight_code=excluded.weight_code,"
          " numerator_code=excluded.numerator_code, denominator_code=excluded.denominator_code,"
          " ratio_factor=excluded.ratio_factor, polarity=excluded.polarity,"
          " dimensions=excluded.dimensions, field=excluded.field,"
          " source_agency=excluded.source_agency, owner=excluded.owner, method=excluded.method,"
          " origin=excluded.origin, stored_as=excluded.stored_as, decimals=excluded.decimals,"
          " dimension_values=excluded.dimension_values, valid_min=excluded.valid_min, valid_max=excluded.valid_max"));
    if (!insert)
        return insert.error();
    for (const Indicator &ind : indicators) {
        insert->reset();
        insert->bind(1, ind.code).bind(2, ind.nameVi).bind(3, ind.nameEn).bind(4, ind.unitVi).bind(5, ind.unitEn)
            .bind(6, int(ind.periodicity)).bind(7, int(ind.kind)).bind(8, int(ind.aggregation))
            .bind(9, ind.weightIndicator).bind(10, ind.numeratorIndicator).bind(11, ind.denominatorIndicator)
            .bind(12, ind.ratioFactor).bind(13, int(ind.polarity)).bind(14, ind.dimensions.join(u';'))
            .bind(15, int(ind.field)).bind(16, ind.sourceAgency).bind(17, ind.owner).bind(18, ind.method)
            .bind(19, int(ind.origin)).bind(20, int(ind.storedAs)).bind(21, ind.decimals)
            .bind(22, encodeValues(ind.dimensionValues));
        for (const auto &[index, bound] : {std::pair{23, ind.validMin}, std::pair{24, ind.validMax}}) {
            if (bound)
                insert->bind(index, *bound);
            else
                insert->bindNull(index);
        }
        if (auto r = insert->run(); !r)
            return r;
    }
    if (auto r = transaction.commit(); !r)
        return r;
    return load();
}

QList<Indicator> CatalogueRepository::all() const
{
    QList<Indicator> out = m_indicators.values();
    std::sort(out.begin(), out.end(), [](const Indicator &a, const Indicator &b) {
        return std::pair(int(a.field), a.code) < std::pair(int(b.field), b.code);
    });
    return out;
}

std::optional<Indicator> CatalogueRepository::find(const QString &code) const
{
    const auto it = m_indicators.constFind(code);
    return it == m_indicators.cend() ? std::nullopt : std::optional<Indicator>(*it);
}

} // namespace dh
