#include "appoptions.h"

#include "models/viewstate.h"

#include "core/optionparser.h"
#include "core/wallcommand.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dh {

QString appUsage()
{
    return QCoreApplication::translate("dieuhanh",
        "Usage: dieuhanh [--cache FILE] [--endpoints FILE] [--lang vi|en] [--layout FILE] [--view VIEW] [--screenshot FILE [--size WxH]]\n"
        "       dieuhanh --wall LAYOUT|PLAYLIST [--screen N|NAME|all] [--control URL --wall-id ID] [--cache FILE]\n"
        "                [--screenshot FILE [--size WxH]]\n"
        "       dieuhanh [--cache FILE] --pack PACK.json --pdf OUT.pdf\n"
        "  --cache FILE       open this cache (default: the user's cache, created from the bundled sample)\n"
        "  --endpoints FILE   the endpoints to sync (default: $DIEUHANH_ENDPOINTS, else endpoints.json in\n"
        "                     the user's configuration folder); with --screenshot, nothing is synced\n"
        "  --lang vi|en       interface language (default: Vietnamese)\n"
        "  --layout FILE      the home dashboard's layout (JSON) for this session\n"
        "  --view VIEW        the page to show: home[:UNIT] (default), indicator:CODE[:UNIT],\n"
        "                     map:CODE[:PERIOD][:34|63], catalog, sync or tasks[:UNIT]\n"
        "  --screenshot FILE  render the window offscreen at --size, save it as PNG and exit\n"
        "  --size WxH         window size, e.g. 1920x1080 or 3840x2160; with --wall, the whole canvas\n"
        "  --wall FILE        run the video wall of a layout or playlist (JSON) full screen; Esc leaves;\n"
        "                     with --screenshot, render its first page once every panel has its data\n"
        "  --screen N|NAME|all  the wall's screens: one by index or name, or all (default: as the layout says)\n"
        "  --control URL      with --wall-id: let presenters control the wall through this hub; the\n"
        "                     token (role wall) from $DIEUHANH_CONTROL_TOKEN, else the keychain entry\n"
        "                     control-token (service dieuhanh)\n"
        "  --wall-id ID       the wall's id on the hub (letters, digits, . _ -)\n"

        "  --pack PACK.json   with --pdf OUT.pdf: write the briefing pack as PDF, without a window, and exit\n");
}

Result<AppOptions> parseAppOptions(const QStringList &arguments)
{
    AppOptions o;
    OptionParser parser;
    parser.addOption(QStringLiteral("cache"), &o.cachePath);
    parser.addOption(QStringLiteral("screenshot"), &o.screenshot);
    parser.addOption(QStringLiteral("view"),
                     QCoreApplication::translate("dieuhanh", "home[:UNIT], indicator:CODE[:UNIT], map:CODE[:PERIOD][:34|63], catalog or sync"),
                     [&o](const QString &value) {
                         if (!ViewState::parse(value))
                             return false;
                         o.view = value;
                         return true;
                     });
    parser.addOption(QStringLiteral("layout"), &o.layout);
    parser.addOption(QStringLiteral("endpoints"), &o.endpoints);
    parser.addOption(QStringLiteral("size"), QCoreApplication::translate("dieuhanh", "WIDTHxHEIGHT, e.g. 1920x1080"),
                     [&o](const QString &value) {
                         static const QRegularExpression re(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
                         const auto m = re.match(value);
                         if (!m.hasMatch())
                             return false;
                         o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
                         return true;
                     });
    parser.addOption(QStringLiteral("wall"), &o.wall);
    parser.addOption(QStringLiteral("screen"), &o.screen);
    parser.addOption(QStringLiteral("pack"), &o.pack);
    parser.addOption(QStringLiteral("pdf"), &o.pdf);
    parser.addChoice(QStringLiteral("lang"), {QStringLiteral("vi"), QStringLiteral("en")}, &o.language);
    parser.addOption(QStringLiteral("control"), QCoreApplication::translate("dieuhanh", "the hub's http:// or https:// URL"), [&o](const QString &value) {
        o.control = QUrl(value, QUrl::StrictMode);
        return o.control.isValid() && (o.control.scheme() == u"https" || o.control.scheme() == u"http") && !o.control.host().isEmpty();
    });
    parser.addOption(QStringLiteral("wall-id"), QCoreApplication::translate("dieuhanh", "1 to 64 letters, digits, '.', '_' or '-'"), [&o](const QString &value) {
        o.wallId = value;
        return isValidWallId(value);
    });
    const auto parsed = parser.parse(arguments);
    if (!parsed)
        return parsed.error();
    if (o.control.isEmpty() != o.wallId.isEmpty())
        return Error::invalid(QCoreApplication::translate("dieuhanh", "--control and --wall-id go together: the hub, and the wall's id on it."));
    o.help = *parsed == OptionParser::Outcome::HelpRequested;
    if (!o.screen.isEmpty() && o.wall.isEmpty())
        return Error::invalid(QCoreApplication::translate("dieuhanh", "--screen chooses the screens of a wall: it needs --wall."));
    if (!o.control.isEmpty() && o.wall.isEmpty())
        return Error::invalid(QCoreApplication::translate("dieuhanh", "--control lets presenters drive a wall: it needs --wall."));
    if (!o.pack.isEmpty() && !o.wall.isEmpty())
        return Error::invalid(QCoreApplication::translate("dieuhanh", "--pack writes a PDF; it does not go with --wall."));
    if (o.pack.isEmpty() != o.pdf.isEmpty())
        return Error::invalid(QCoreApplication::translate("dieuhanh", "--pack and --pdf go together."));
    if (!o.pack.isEmpty() && !o.screenshot.isEmpty())
        return Error::invalid(QCoreApplication::translate("dieuhanh", "--pack writes a PDF; it does not go with --screenshot."));
    return o;
}

} // namespace dh
