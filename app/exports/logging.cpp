#include "logging.h"

Q_LOGGING_CATEGORY(lcExports, "dieuhanh.exports", QtWarningMsg)
