#pragma once

#include <QProcess>
#include <QStringList>

#include <optional>

namespace dh::test {

// dieuhanh-hub (the build's, under DIEUHANH_BINARY_DIR) started in `process` with these arguments,
// its errors forwarded; once it prints its "serving … on http://127.0.0.1:PORT/" line, the port it
// listens on. No port, with the line it printed instead, when it did not start.
std::optional<quint16> startHub(QProcess &process, const QStringList &arguments);

} // namespace dh::test
