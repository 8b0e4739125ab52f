#pragma once

#include <QMap>
#include <QString>

namespace dh {

// Text in each language a document gives it, by language code ("vi", "en"; empty for a document
// that names no language).
using LocalizedText = QMap<QString, QString>;

} // namespace dh
