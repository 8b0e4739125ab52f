#include "syncprogress.h"

namespace dh {

QString syncStageName(SyncProgress::Stage stage)
{
    using S = SyncProgress::Stage;
    switch (stage) {
    case S::Queued: return QStringLiteral("queued");
    case S::Fetching: return QStringLiteral("fetching");
    case S::Parsing: return QStringLiteral("parsing");
    case S::Writing: return QStringLiteral("writing");
    case S::Done: return QStringLiteral("done");
    case S::NotModified: return QStringLiteral("not-modified");
    case S::Failed: return QStringLiteral("failed");
    case S::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace dh
