#include "cataloguerepository.h"

#include "sqlite/connection.h"
#include "sqlite/transaction.h"

#include "core/safetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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
bool badKeyPart(const QString &text)
{
    return text.trimmed() != text || text.isEmpty() || text.contains(u'=') || text.contains(u';')
           || SafeText::hasControl(text) || SafeText::startsLikeFormula(text);
}

std::optional<QString> badBreakdown(const Indicator &ind)
{
    const auto bad = badKeyPart;
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

QString encodeText(const LocalizedText &text)
{
    QJsonObject json;
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        json.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

LocalizedText decodeText(const QString &text)
{
    LocalizedText out;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
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
    if (auto r = checkUnitsOfMeasure(indicators); !r)
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

// The figures held are in the unit of measure the catalogue names: a catalogue that renamed it
// would silently restate them all (thousands read as millions). Read in the transaction, so the
// check and the write see the same cache.
Result<void> CatalogueRepository::checkUnitsOfMeasure(const QList<Indicator> &indicators)
{
    auto held = m_connection->cached("SELECT unit_vi, unit_en, EXISTS(SELECT 1 FROM observation o WHERE o.indicator_id = i.id)"
                                     " FROM indicator i WHERE code = ?1");
    if (!held)
        return held.error();
    sqlite::Statement &s = **held;
    for (const Indicator &ind : indicators) {
        s.reset();
        s.bind(1, ind.code);
        const auto row = s.next();
        if (!row)
            return row.error();
        if (!*row || s.columnInt(2) == 0)
            continue;
        const QString unitVi = s.columnText(0);
        const QString unitEn = s.columnText(1);
        if (unitVi == ind.unitVi && unitEn == ind.unitEn)
            continue;
        s.reset();
        Error error = Error::conflict(
            QCoreApplication::translate("Cache", "The unit of measure of %1 cannot change from \"%2\" to \"%3\" while the cache holds figures of it; "
                                                 "nothing of the catalogue was written.")
                .arg(ind.code, unitVi == ind.unitVi ? unitEn : unitVi, SafeText::excerpt(unitVi == ind.unitVi ? ind.unitEn : ind.unitVi)));
        error.rule = QStringLiteral("UNIT_CHANGED");
        return error;
    }
    s.reset();
    return {};
}

Result<void> CatalogueRepository::upsertDimensions(const QList<Dimension> &dimensions)
{
    for (const Dimension &dimension : dimensions) {
        if (badKeyPart(dimension.code)) {
            return Error::invalid(QCoreApplication::translate("Cache", "The dimension \"%1\" cannot be stored: a code is not empty and holds no = ; or control character, "
                                                                       "and does not start like a formula.")
                                      .arg(SafeText::excerpt(dimension.code)));
        }
        QSet<QString> codes;
        for (const DimensionValue &value : dimension.values) {
            if (badKeyPart(value.code) || codes.contains(value.code)) {
                return Error::invalid(QCoreApplication::translate("Cache", "The value \"%1\" of dimension %2 cannot be stored: it is repeated, or is empty, "
                                                                           "holds = ; or a control character, or starts like a formula.")
                                          .arg(SafeText::excerpt(value.code), dimension.code));
            }
            codes.insert(value.code);
        }
        for (const DimensionValue &value : dimension.values) {
            if (!value.parent.isEmpty() && !codes.contains(value.parent)) {
                return Error::invalid(QCoreApplication::translate("Cache", "The value %1 of dimension %2 is part of %3, which is not a value of it.")
                                          .arg(value.code, dimension.code, SafeText::excerpt(value.parent)));
            }
        }
    }
    sqlite::Transaction transaction(*m_connection);
    if (auto r = transaction.begin(); !r)
        return r;
    auto upsert = m_connection->cached("INSERT INTO dimension(code, name) VALUES(?1, ?2)"
                                       " ON CONFLICT(code) DO UPDATE SET name = excluded.name");
    if (!upsert)
        return upsert.error();
    auto clear = m_connection->cached("DELETE FROM dimension_value WHERE dimension = ?1");
    if (!clear)
        return clear.error();
    auto insert = m_connection->cached("INSERT INTO dimension_value(dimension, code, name, parent, position) VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return insert.error();
    // A dimension's values are the list given, in its order: one no longer given is gone.
    for (const Dimension &dimension : dimensions) {
        (*upsert)->reset();
        (*upsert)->bind(1, dimension.code).bind(2, encodeText(dimension.name));
        if (auto r = (*upsert)->run(); !r)
            return r;
        (*clear)->reset();
        (*clear)->bind(1, dimension.code);
        if (auto r = (*clear)->run(); !r)
            return r;
        for (int i = 0; i < dimension.values.size(); ++i) {
            const DimensionValue &value = dimension.values.at(i);
            (*insert)->reset();
            (*insert)->bind(1, dimension.code).bind(2, value.code).bind(3, encodeText(value.name)).bind(4, value.parent).bind(5, i);
            if (auto r = (*insert)->run(); !r)
                return r;
        }
    }
    return transaction.commit();
}

Result<QList<Dimension>> CatalogueRepository::dimensions() const
{
    auto select = m_connection->prepare("SELECT d.code, d.name, v.code, v.name, v.parent FROM dimension d"
                                        " LEFT JOIN dimension_value v ON v.dimension = d.code ORDER BY d.code, v.position");
    if (!select)
        return select.error();
    QList<Dimension> out;
    const auto read = select->forEachRow([&] {
        const QString code = select->columnText(0);
        if (out.isEmpty() || out.last().code != code)
            out.append({code, decodeText(select->columnText(1)), {}});
        if (!select->isNull(2))
            out.last().values.append({select->columnText(2), decodeText(select->columnText(3)), select->columnText(4)});
    });
    if (!read)
        return read.error();
    return out;
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
