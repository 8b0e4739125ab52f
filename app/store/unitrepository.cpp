#include "unitrepository.h"

#include "sqlite/connection.h"
#include "sqlite/transaction.h"

#include "core/unitregistry.h"

#include <QCryptographicHash>

namespace dh {

namespace {

// The signature of the registry the table mirrors, kept in the cache's metadata.
constexpr char kSignatureKey[] = "units_signature";

QString signatureOf(const UnitRegistry &registry)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const AdminUnit *unit : registry.all()) {
        hash.addData(QStringLiteral("%1|%2|%3|%4|%5\n").arg(unit->code).arg(int(unit->level))
                         .arg(unit->validFrom.toString(Qt::ISODate), unit->validTo.toString(Qt::ISODate), unit->parent).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

UnitRepository::UnitRepository(sqlite::Connection &connection)
    : m_connection(&connection)
{
}

Result<void> UnitRepository::sync(const UnitRegistry &registry)
{
    const QString signature = signatureOf(registry);
    {
        auto known = m_connection->prepare("SELECT value FROM meta WHERE key = ?1");
        if (!known)
            return known.error();
        known->bind(1, QString::fromLatin1(kSignatureKey));
        const auto row = known->next();
        if (!row)
            return row.error();
        if (*row && known->columnText(0) == signature)
            return {};
    }
    sqlite::Transaction transaction(*m_connection);
    if (auto r = transaction.begin(); !r)
        return r;
    auto insert = m_connection->prepare("INSERT INTO unit(code, level, valid_from, valid_to) VALUES(?1, ?2, ?3, ?4)"
                                        " ON CONFLICT(code) DO UPDATE SET level = excluded.level,"
                                        " valid_from = excluded.valid_from, valid_to = excluded.valid_to");
    if (!insert)
        return insert.error();
    for (const AdminUnit *unit : registry.all()) {
        insert->reset();
        insert->bind(1, unit->code).bind(2, int(unit->level));
        unit->validFrom.isNull() ? insert->bindNull(3) : insert->bind(3, unit->validFrom.toString(Qt::ISODate));
        unit->validTo.isNull() ? insert->bindNull(4) : insert->bind(4, unit->validTo.toString(Qt::ISODate));
        if (auto r = insert->run(); !r)
            return r;
    }
    if (auto r = load(); !r)
        return r;
    auto setParent = m_connection->prepare("UPDATE unit SET parent_id = ?1 WHERE id = ?2 AND parent_id IS NOT ?1");
    if (!setParent)
        return setParent.error();
    for (const AdminUnit *unit : registry.all()) {
        if (unit->parent.isEmpty() || !m_ids.contains(unit->parent))
            continue;
        setParent->reset();
        setParent->bind(1, m_ids.value(unit->parent)).bind(2, m_ids.value(unit->code));
        if (auto r = setParent->run(); !r)
            return r;
    }
    auto remember = m_connection->prepare("INSERT INTO meta(key, value) VALUES(?1, ?2)"
                                          " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!remember)
        return remember.error();
    remember->bind(1, QString::fromLatin1(kSignatureKey)).bind(2, signature);
    if (auto r = remember->run(); !r)
        return r;
    return transaction.commit();
}

Result<void> UnitRepository::load()
{
    auto select = m_connection->prepare("SELECT id, code FROM unit");
    if (!select)
        return select.error();
    QHash<QString, int> ids;
    QHash<int, QString> codes;
    const auto read = select->forEachRow([&] {
        ids.insert(select->columnText(1), select->columnInt(0));
        codes.insert(select->columnInt(0), select->columnText(1));
    });
    if (!read)
        return read;
    m_ids = std::move(ids);
    m_codes = std::move(codes);
    return {};
}

Result<QStringList> UnitRepository::children(const QString &code) const
{
    auto select = m_connection->cached("SELECT code FROM unit WHERE parent_id = ?1 ORDER BY level, code");
    if (!select)
        return select.error();
    sqlite::Statement &s = **select;
    s.bind(1, id(code));
    QStringList out;
    if (auto r = s.forEachRow([&] { out.append(s.columnText(0)); }); !r)
        return r.error();
    return out;
}

} // namespace dh
