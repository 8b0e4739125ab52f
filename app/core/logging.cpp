#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "dieuhanh.core", QtWarningMsg)
