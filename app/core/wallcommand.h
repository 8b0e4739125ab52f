#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace dh {

// One order of the wall-control protocol (resources/schemas/wall-control.md), as the hub keeps it
// and a wall receives it. The view a "follow" carries stays JSON here: the core cannot see the
// models' ViewState, which reads it (ViewState::fromJson).
struct WallCommand
{
    enum class Kind : quint8 { Next, Previous, GoTo, Pause, Resume, Black, Unblack, Follow, Unfollow };

    Kind kind = Kind::Next;
    int page = -1;        // GoTo: the page's index, from 0
    QJsonObject view;     // Follow: a ViewState as JSON
    qint64 sequence = 0;  // given by the hub; 0 before it is sent

    friend bool operator==(const WallCommand &, const WallCommand &) = default;

    static WallCommand of(Kind kind) { return WallCommand{kind}; }
    static WallCommand goTo(int page) { return WallCommand{Kind::GoTo, page}; }
    static WallCommand follow(const QJsonObject &view) { return WallCommand{Kind::Follow, -1, view}; }

    // {"command": "goto", "page": 2}; the sequence only when it has one.
    QJsonObject toJson() const;
    // Errors name the field and carry the rule WALL_COMMAND.
    static Result<WallCommand> fromJson(const QJsonObject &json);
    static QString kindName(Kind kind);
};

// What a wall says it shows: its pages (their labels), the current one, and whether it is paused,
// blacked out or following a presenter. Walls publish it; presenters read it.
struct WallStatus
{
    QStringList pages;
    int page = 0;
    bool paused = false;
    bool black = false;
    std::optional<QJsonObject> following; // the view followed, as JSON

    friend bool operator==(const WallStatus &, const WallStatus &) = default;

    QJsonObject toJson() const;
    // Errors name the field and carry the rule WALL_STATUS.
    static Result<WallStatus> fromJson(const QJsonObject &json);
};

// A wall id in a URL path: letters, digits, '.', '_' and '-', at most 64.
bool isValidWallId(QStringView id);

} // namespace dh

Q_DECLARE_METATYPE(dh::WallCommand)
Q_DECLARE_METATYPE(dh::WallStatus)
