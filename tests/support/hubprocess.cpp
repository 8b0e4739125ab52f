#include "hubprocess.h"

#include <QDebug>
#include <QRegularExpression>

namespace dh::test {

std::optional<quint16> startHub(QProcess &process, const QStringList &arguments)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(qEnvironmentVariable("DIEUHANH_BINARY_DIR") + QStringLiteral("/bin/dieuhanh-hub"), arguments);
    while (!process.canReadLine() && process.waitForReadyRead(30000)) {
    }
    const QString line = QString::fromUtf8(process.readLine());
    static const QRegularExpression serving(QStringLiteral("serving .* on http://127\\.0\\.0\\.1:(\\d+)/"));
    const auto match = serving.match(line);
    if (!match.hasMatch()) {
        qWarning() << "the hub did not start:" << line;
        return std::nullopt;
    }
    return quint16(match.captured(1).toUInt());
}

} // namespace dh::test
