#pragma once

#include "core/result.h"

#include <QString>
#include <QStringView>

#include <string_view>

namespace dh::SdmxError {

// The refusals of the SDMX-JSON reader: an Error of code Invalid whose rule is a stable name
// (SDMX_KEY_OUT_OF_RANGE …) and whose message, already translated, names the place.
Error refuse(const char *rule, QString message);

// Text of the message quoted for a message to people: at most a few dozen characters, control
// characters escaped, so a hostile field cannot flood a log or drive a terminal.
QString quoted(QStringView text);
QString quoted(std::string_view utf8);

} // namespace dh::SdmxError
