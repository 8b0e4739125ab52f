#include "sync/readers/sdmxerror.h"

namespace dh::SdmxError {

namespace {

constexpr qsizetype kQuotedLength = 48;

} // namespace

Error refuse(const char *rule, QString message)
{
    return Error{Error::Code::Invalid, std::move(message), QString::fromLatin1(rule)};
}

QString quoted(QStringView text)
{
    QString out;
    out.reserve(std::min(text.size(), kQuotedLength) + 3);
    out += u'"';
    qsizetype shown = 0;
    for (QChar c : text) {
        if (shown == kQuotedLength) {
            out += u'…';
            break;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            out += u"\\u"_qs + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else
            out += c;
        ++shown;
    }
    out += u'"';
    return out;
}

QString quoted(std::string_view utf8)
{
    // Enough bytes for the characters shown, whatever their width; a cut character decodes to U+FFFD.
    const auto head = utf8.substr(0, size_t(kQuotedLength) * 4 + 4);
    return quoted(QString::fromUtf8(head.data(), qsizetype(head.size())));
}

} // namespace dh::SdmxError
