#include "appoptions.h"

#include "models/viewstate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dh {

QString appUsage()
{
    return QCoreApplication::translate("dieuhanh",
        "Usage: dieuhanh [--cache FILE] [--lang vi|en] [--layout FILE] [--view VIEW] [--screenshot FILE [--size WxH]]\n"
        "  --cache FILE       open this cache (default: the user's cache, created from the bundled sample)\n"
        "  --lang vi|en       interface language (default: Vietnamese)\n"
        "  --layout FILE      the home dashboard's layout (JSON) for this session\n"
        "  --view VIEW        the page to show: home[:UNIT] (default), indicator:CODE[:UNIT],\n"
        "                     map:CODE[:PERIOD][:34|63] or catalog\n"
        "  --screenshot FILE  render the window offscreen at --size, save it as PNG and exit\n"
        "  --size WxH         window size, e.g. 1920x1080 or 3840x2160\n");
}

Result<AppOptions> parseAppOptions(const QStringList &arguments)
{
    AppOptions o;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        if (name == u"-h" || name == u"--help") {
            o.help = true;
            return o;
        }
        if (!name.startsWith(u"--"))
            return Error::invalid(QCoreApplication::translate("dieuhanh", "Unexpected argument \"%1\".").arg(name));
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        } else {
            if (i + 1 >= arguments.size())
                return Error::invalid(QCoreApplication::translate("dieuhanh", "Option %1 needs a value.").arg(name));
            value = arguments.at(++i);
        }
        if (name == u"--cache") {
            o.cachePath = value;
        } else if (name == u"--screenshot") {
            o.screenshot = value;
        } else if (name == u"--view") {
            if (!ViewState::parse(value))
                return Error::invalid(QCoreApplication::translate("dieuhanh", "Unknown view \"%1\" (home[:UNIT], indicator:CODE[:UNIT], "
                                                                              "map:CODE[:PERIOD][:34|63] or catalog).").arg(value));
            o.view = value;
        } else if (name == u"--layout") {
            o.layout = value;
        } else if (name == u"--size") {
            static const QRegularExpression re(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
            const auto m = re.match(value);
            if (!m.hasMatch())
                return Error::invalid(QCoreApplication::translate("dieuhanh", "--size expects WIDTHxHEIGHT, e.g. 1920x1080, not \"%1\".").arg(value));
            o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        } else if (name == u"--lang") {
            if (value != u"vi" && value != u"en")
                return Error::invalid(QCoreApplication::translate("dieuhanh", "--lang is vi or en, not \"%1\".").arg(value));
            o.language = value;
        } else {
            return Error::invalid(QCoreApplication::translate("dieuhanh", "Unknown option %1.").arg(name));
        }
    }
    return o;
}

} // namespace dh
