#pragma once

#include "catalogentry.h"

#include "store/records.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace dh {

// What the views show about the open cache: its file, its summary (quick at first, counted once
// the details are loaded) and its catalogue (with each indicator's latest national value once the
// details are loaded).
struct CacheOverview
{
    QString path;
    quint64 generation = 0;  // which opening of the service it describes: a new one, a new cache
    CacheSummary summary;
    QList<CatalogEntry> catalog;
};

} // namespace dh

Q_DECLARE_METATYPE(dh::CacheOverview)
