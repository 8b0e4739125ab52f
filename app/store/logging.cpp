#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "dieuhanh.store", QtWarningMsg)
