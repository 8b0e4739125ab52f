#pragma once

#include "core/settings.h"

#include <QJsonObject>

namespace dh::PageState {

// A page's state as JSON, kept in the settings, so a restart finds the page as it was left.
QJsonObject load(Settings::Key key);
void save(Settings::Key key, const QJsonObject &state);

} // namespace dh::PageState
