#include "cache.h"

#include "observationwriter.h"
#include "sqlite/connection.h"
#include "sqlite/transaction.h"

#include "core/clock.h"

namespace dh {

Cache::Cache(std::unique_ptr<sqlite::Connection> connection, const UnitRegistry &registry, const Clock *clock)
    : m_connection(std::move(connection))
    , m_registry(registry)
    , m_clock(clock ? clock : &Clock::system())
    , m_catalogue(*m_connection)
    , m_units(*m_connection)
    , m_meta(*m_connection)
    , m_observations(*m_connection, m_catalogue, m_units)
    , m_quarantine(*m_connection)
    , m_statistics(*m_connection, m_catalogue, m_meta)
    , m_feed(*m_connection, m_catalogue, m_units)
    , m_syncState(*m_connection)
    , m_reportStatus(*m_connection)
    , m_tasks(*m_connection, m_registry)
{
}

Cache::~Cache() = default;

Result<std::unique_ptr<Cache>> Cache::open(const QString &path, const UnitRegistry &registry, OpenMode mode,
                                           const Clock *clock)
{
    auto connection = sqlite::Connection::open(
        path, mode == OpenMode::ReadOnly ? sqlite::Connection::Mode::ReadOnly : sqlite::Connection::Mode::ReadWrite);
    if (!connection)
        return connection.error();
    std::unique_ptr<Cache> cache(new Cache(std::move(*connection), registry, clock));
    if (mode == OpenMode::ReadWrite) {
        if (auto r = cache->m_units.sync(registry); !r)
            return r.error();
    }
    if (auto r = cache->load(); !r)
        return r.error();
    return cache;
}

Result<void> Cache::load()
{
    if (auto r = m_catalogue.load(); !r)
        return r;
    if (auto r = m_units.load(); !r)
        return r;
    return m_observations.load();
}

QString Cache::path() const
{
    return m_connection->path();
}

int Cache::schemaVersionAtOpen() const
{
    return m_connection->versionAtOpen();
}

bool Cache::isReadOnly() const
{
    return m_connection->mode() == sqlite::Connection::Mode::ReadOnly;
}

std::unique_ptr<ObservationWriter> Cache::writer(const QString &source)
{
    return std::make_unique<ObservationWriter>(*m_connection, *this, source);
}

Result<void> Cache::checkIntegrity(const Cancellation &cancellation) const
{
    return m_connection->checkIntegrity(cancellation);
}

Result<qint64> Cache::dataVersion() const
{
    return m_connection->dataVersion();
}

Result<void> Cache::inTransaction(const std::function<Result<void>()> &work)
{
    sqlite::Transaction transaction(*m_connection);
    if (auto r = transaction.begin(); !r)
        return r;
    if (auto r = work(); !r)
        return r;
    return transaction.commit();
}

Result<void> Cache::checkpoint()
{
    return m_connection->checkpoint();
}

} // namespace dh
