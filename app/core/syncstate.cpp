#include "syncstate.h"

namespace dh {

QString syncOutcomeName(SyncRun::Outcome outcome)
{
    switch (outcome) {
    case SyncRun::Outcome::Ok: return QStringLiteral("ok");
    case SyncRun::Outcome::NotModified: return QStringLiteral("not-modified");
    case SyncRun::Outcome::Failed: return QStringLiteral("failed");
    case SyncRun::Outcome::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<SyncRun::Outcome> syncOutcomeFromName(QStringView name)
{
    for (auto o : {SyncRun::Outcome::Ok, SyncRun::Outcome::NotModified, SyncRun::Outcome::Failed, SyncRun::Outcome::Cancelled}) {
        if (syncOutcomeName(o) == name)
            return o;
    }
    return std::nullopt;
}

} // namespace dh
