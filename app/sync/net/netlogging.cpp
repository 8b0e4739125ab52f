#include "netlogging.h"

Q_LOGGING_CATEGORY(lcSyncNet, "dieuhanh.sync.net", QtWarningMsg)
