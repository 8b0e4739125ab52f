#include "logging.h"

Q_LOGGING_CATEGORY(lcSync, "dieuhanh.sync", QtWarningMsg)
