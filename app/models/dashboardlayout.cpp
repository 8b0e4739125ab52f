#include "dashboardlayout.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dh {

Result<DashboardLayout> DashboardLayout::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::invalid(QCoreApplication::translate("DashboardLayout", "The layout is not valid JSON: %1 (at offset %2).")
                                  .arg(error.errorString()).arg(error.offset));
    const QJsonObject o = doc.object();
    if (o.value(u"version").toInt() != 1)
        return Error::invalid(QCoreApplication::translate("DashboardLayout", "Unsupported layout version %1 (expected 1).")
                                  .arg(o.value(u"version").toInt()));
    DashboardLayout layout;
    layout.id = o.value(u"id").toString();
    layout.titleVi = o.value(u"title").toObject().value(u"vi").toString();
    layout.titleEn = o.value(u"title").toObject().value(u"en").toString();
    layout.columns = o.value(u"columns").toInt(4);
    layout.sparklinePeriods = o.value(u"sparklinePeriods").toInt(24);
    if (layout.columns < 1 || layout.columns > 12)
        return Error::invalid(QCoreApplication::translate("DashboardLayout", "A layout has 1 to 12 columns, not %1.").arg(layout.columns));
    if (layout.sparklinePeriods < 2 || layout.sparklinePeriods > 240)
        return Error::invalid(QCoreApplication::translate("DashboardLayout", "A sparkline shows 2 to 240 periods, not %1.").arg(layout.sparklinePeriods));
    for (const QJsonValue &tile : o.value(u"tiles").toArray()) {
        const QString code = tile.toObject().value(u"indicator").toString();
        if (code.isEmpty())
            return Error::invalid(QCoreApplication::translate("DashboardLayout", "A tile names no indicator."));
        if (layout.tiles.contains(code))
            return Error::invalid(QCoreApplication::translate("DashboardLayout", "The indicator %1 has two tiles.").arg(code));
        layout.tiles.append(code);
    }
    if (layout.tiles.isEmpty())
        return Error::invalid(QCoreApplication::translate("DashboardLayout", "The layout has no tiles."));
    return layout;
}

QByteArray DashboardLayout::toJson() const
{
    QJsonArray tileArray;
    for (const QString &code : tiles)
        tileArray.append(QJsonObject{{QStringLiteral("indicator"), code}});
    const QJsonObject o{
        {QStringLiteral("version"), 1},
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), QJsonObject{{QStringLiteral("vi"), titleVi}, {QStringLiteral("en"), titleEn}}},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("sparklinePeriods"), sparklinePeriods},
        {QStringLiteral("tiles"), tileArray},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<DashboardLayout> DashboardLayout::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QCoreApplication::translate("DashboardLayout", "Cannot read the layout %1: %2").arg(path, file.errorString()));
    auto layout = fromJson(file.readAll());
    if (!layout)
        return Error::invalid(QStringLiteral("%1: %2").arg(path, layout.error().message));
    return layout;
}

Result<void> DashboardLayout::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        return Error::storage(QCoreApplication::translate("DashboardLayout", "Cannot save the layout to %1: %2").arg(path, file.errorString()));
    return {};
}

Result<DashboardLayout> DashboardLayout::bundledHome()
{
    return load(QStringLiteral(":/layouts/home.json"));
}

bool DashboardLayout::move(const QString &code, const QString &target)
{
    const qsizetype from = tiles.indexOf(code);
    const qsizetype to = tiles.indexOf(target);
    if (from < 0 || to < 0 || from == to)
        return false;
    tiles.move(from, to);
    return true;
}

} // namespace dh
