#include "safetext.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace dh::SafeText {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
           || (c >= 0x2066 && c <= 0x2069);
}

QString cut(QStringView text, qsizetype maxLength)
{
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return QCoreApplication::translate("SafeText", "… (%1 characters, SHA-256 %2…)")
        .arg(text.size())
        .arg(QString::fromLatin1(digest))
        .prepend(text.left(maxLength));
}

} // namespace

bool hasControl(QStringView text)
{
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            return true;
    }
    return false;
}

bool startsLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const char16_t c = text.front().unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString excerpt(QStringView text, qsizetype maxLength)
{
    const QStringView shown = text.left(maxLength);
    QString out;
    out.reserve(shown.size());
    for (const QChar c : shown) {
        const char16_t u = c.unicode();
        if (!isControl(u)) {
            out += c;
            continue;
        }
        switch (u) {
        case u'\n': out += QLatin1StringView("\\n"); break;
        case u'\r': out += QLatin1StringView("\\r"); break;
        case u'\t': out += QLatin1StringView("\\t"); break;
        default: {
            const bool byte = u < 0x100;
            out += byte ? QLatin1StringView("\\x") : QLatin1StringView("\\u{");
            out += QString::number(uint(u), 16).toUpper().rightJustified(byte ? 2 : 4, u'0');
            if (!byte)
                out += u'}';
        }
        }
    }
    if (text.size() <= maxLength)
        return out;
    return cut(text, 0).prepend(out);
}

QString capped(QStringView text, qsizetype maxLength)
{
    return text.size() <= maxLength ? text.toString() : cut(text, maxLength);
}

} // namespace dh::SafeText
