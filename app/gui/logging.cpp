#include "logging.h"

Q_LOGGING_CATEGORY(lcGui, "dieuhanh.gui", QtWarningMsg)
