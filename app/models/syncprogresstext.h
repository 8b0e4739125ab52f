#pragma once

#include "sync/syncprogress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace dh {

// The words the sync page and the status bar use for where a sync is and when something happened,
// translated: "fetching page 3 of 10", "nothing new", "05/12 14:30 (5 minutes ago)". Times are
// shown in Asia/Ho_Chi_Minh, the zone the endpoints' schedules are written in, whatever the
// machine's zone.
class SyncProgressText
{
    Q_DECLARE_TR_FUNCTIONS(SyncProgressText)

public:
    static QString stage(const SyncProgress &progress, const QLocale &locale);
    // "dd/MM HH:mm", with how long ago (or how soon) it is from now when now is valid.
    static QString time(const QDateTime &when, const QDateTime &now, const QLocale &locale);
    // "5 minutes ago", "in 2 hours", "just now".
    static QString relative(const QDateTime &when, const QDateTime &now);
};

} // namespace dh
