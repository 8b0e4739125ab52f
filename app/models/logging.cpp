#include "logging.h"

Q_LOGGING_CATEGORY(lcModels, "dieuhanh.models", QtWarningMsg)
