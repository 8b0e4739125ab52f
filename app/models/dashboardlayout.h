#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace dh {

// A dashboard as data (DESIGN.md §5): which indicator tiles it shows, in which order, over how
// many columns. Read from the bundled layout in resources or from the user's file; saved back when
// the user rearranges tiles.
struct DashboardLayout
{
    QString id;
    QString titleVi;
    QString titleEn;
    int columns = 4;
    int sparklinePeriods = 24;
    QStringList tiles; // indicator codes, in order

    static Result<DashboardLayout> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    static Result<DashboardLayout> load(const QString &path);
    Result<void> save(const QString &path) const;
    // The layout shipped with the app (":/layouts/home.json").
    static Result<DashboardLayout> bundledHome();

    // Moves the tile `code` to the place of `target` (the others shift), as a drag and drop does.
    bool move(const QString &code, const QString &target);
};

} // namespace dh
