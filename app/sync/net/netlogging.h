#pragma once

#include <QLoggingCategory>

// The HTTP client's own category, so its retries can be followed without the readers' chatter.
Q_DECLARE_LOGGING_CATEGORY(lcSyncNet)
