#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHub)
// One line per request answered: what an operator reads to see who asked what, never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcHubAccess)
