#include "logging.h"

Q_LOGGING_CATEGORY(lcHub, "dieuhanh.hub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHubAccess, "dieuhanh.hub.access", QtInfoMsg)
