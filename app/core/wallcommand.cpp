#include "core/wallcommand.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>

namespace dh {

namespace {

constexpr std::array kKinds{WallCommand::Kind::Next,  WallCommand::Kind::Previous, WallCommand::Kind::GoTo,
                            WallCommand::Kind::Pause, WallCommand::Kind::Resume,   WallCommand::Kind::Black,
                            WallCommand::Kind::Unblack, WallCommand::Kind::Follow, WallCommand::Kind::Unfollow};

// Far more pages than a playlist of the 63 provinces: a larger index is a mistake.
constexpr int kMaxPages = 1000;

Error commandError(const QString &message)
{
    return Error{Error::Code::Invalid, message, QStringLiteral("WALL_COMMAND")};
}

Error statusError(const QString &message)
{
    return Error{Error::Code::Invalid, message, QStringLiteral("WALL_STATUS")};
}

// Every message of this file, under one context: lupdate files WallText::tr("…") under the context
// named here, which is the one the app looks the text up in.
struct WallText
{
    Q_DECLARE_TR_FUNCTIONS(dh::WallStatus)
};

// A JSON number that is a whole number in range, or nothing.
std::optional<int> wholeNumber(const QJsonValue &value, int max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d < 0 || d > max || d != double(int(d)))
        return std::nullopt;
    return int(d);
}

} // namespace

QString WallCommand::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Next: return QStringLiteral("next");
    case Kind::Previous: return QStringLiteral("previous");
    case Kind::GoTo: return QStringLiteral("goto");
    case Kind::Pause: return QStringLiteral("pause");
    case Kind::Resume: return QStringLiteral("resume");
    case Kind::Black: return QStringLiteral("black");
    case Kind::Unblack: return QStringLiteral("unblack");
    case Kind::Follow: return QStringLiteral("follow");
    case Kind::Unfollow: return QStringLiteral("unfollow");
    }
    return {};
}

QJsonObject WallCommand::toJson() const
{
    QJsonObject json{{QStringLiteral("command"), kindName(kind)}};
    if (kind == Kind::GoTo)
        json.insert(QStringLiteral("page"), page);
    if (kind == Kind::Follow)
        json.insert(QStringLiteral("view"), view);
    if (sequence > 0)
        json.insert(QStringLiteral("sequence"), sequence);
    return json;
}

Result<WallCommand> WallCommand::fromJson(const QJsonObject &json)
{
    const QString name = json.value(u"command").toString();
    WallCommand command;
    const auto it = std::find_if(kKinds.begin(), kKinds.end(), [&](Kind k) { return kindName(k) == name; });
    if (it == kKinds.end())
        return commandError(WallText::tr("command: expected one of next, previous, goto, pause, resume, black, unblack, follow, unfollow"));
    command.kind = *it;
    if (command.kind == Kind::GoTo) {
        const auto page = wholeNumber(json.value(u"page"), kMaxPages - 1);
        if (!page)
            return commandError(WallText::tr("page: a goto needs the page's index, a whole number from 0 to %1").arg(kMaxPages - 1));
        command.page = *page;
    }
    if (command.kind == Kind::Follow) {
        if (!json.value(u"view").isObject())
            return commandError(WallText::tr("view: a follow needs the view to show, as an object"));
        command.view = json.value(u"view").toObject();
    }
    if (json.contains(u"sequence")) {
        const double sequence = json.value(u"sequence").toDouble(-1);
        if (sequence < 1 || sequence != double(qint64(sequence)))
            return commandError(WallText::tr("sequence: expected a whole number from 1"));
        command.sequence = qint64(sequence);
    }
    return command;
}

QJsonObject WallStatus::toJson() const
{
    return QJsonObject{{QStringLiteral("pages"), QJsonArray::fromStringList(pages)},
                       {QStringLiteral("page"), page},
                       {QStringLiteral("paused"), paused},
                       {QStringLiteral("black"), black},
                       {QStringLiteral("following"), following ? QJsonValue(*following) : QJsonValue(QJsonValue::Null)}};
}

Result<WallStatus> WallStatus::fromJson(const QJsonObject &json)
{
    WallStatus status;
    const QJsonValue pages = json.value(u"pages");
    if (!pages.isArray() || pages.toArray().size() > kMaxPages)
        return statusError(WallText::tr("pages: expected a list of at most %1 page labels").arg(kMaxPages));
    for (const QJsonValue &label : pages.toArray()) {
        if (!label.isString())
            return statusError(WallText::tr("pages: each page's label is a string"));
        status.pages.append(label.toString());
    }
    const auto page = wholeNumber(json.value(u"page"), kMaxPages - 1);
    if (!page || (*page > 0 && *page >= status.pages.size()))
        return statusError(WallText::tr("page: expected the index of one of the pages, from 0"));
    status.page = *page;
    for (const auto &[field, target] : {std::pair{u"paused", &status.paused}, std::pair{u"black", &status.black}}) {
        const QJsonValue value = json.value(field);
        if (!value.isUndefined() && !value.isBool())
            return statusError(WallText::tr("%1: expected true or false").arg(QStringView(field)));
        *target = value.toBool();
    }
    const QJsonValue following = json.value(u"following");
    if (following.isObject())
        status.following = following.toObject();
    else if (!following.isUndefined() && !following.isNull())
        return statusError(WallText::tr("following: expected the view followed, or null"));
    return status;
}

bool isValidWallId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
    });
}

} // namespace dh
