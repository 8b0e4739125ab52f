#pragma once

#include "core/result.h"

#include <QString>

namespace dh {

namespace sqlite {
class Connection;
}

// The cache's own key-value metadata: "synthetic" = "1" marks the bundled sample, "dataset" says
// what the cache holds, and the state that later features keep per cache.
class MetaRepository
{
public:
    explicit MetaRepository(sqlite::Connection &connection);

    // The value, or an empty string when the key is not set.
    Result<QString> value(const QString &key) const;
    Result<void> setValue(const QString &key, const QString &value);

private:
    sqlite::Connection *m_connection;
};

} // namespace dh
