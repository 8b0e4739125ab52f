#include "pagestate.h"

#include <QJsonDocument>

namespace dh::PageState {

QJsonObject load(Settings::Key key)
{
    return QJsonDocument::fromJson(Settings().value(key).toString().toUtf8()).object();
}

void save(Settings::Key key, const QJsonObject &state)
{
    Settings().setValue(key, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
}

} // namespace dh::PageState
