#include "walllayout.h"

#include "wallfields.h"

#include "core/unitregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace dh {

namespace {

using std::chrono::milliseconds;

// The durations a page may have: shorter than a second is a flicker, longer than a day a mistake.
constexpr milliseconds minDuration{1000};
constexpr milliseconds maxDuration{24 * 3600 * 1000};

// A layout named without a playlist shows this long per page; with one page it never advances.
constexpr milliseconds singleLayoutDuration{30000};

class PlaylistReader
{
public:
    PlaylistReader(const QByteArray &json, const QString &fileName, const UnitRegistry &registry)
        : m_fields(json, fileName.isEmpty() ? QStringLiteral("playlist.json") : fileName), m_fileName(fileName), m_registry(registry)
    {
    }

    Result<WallPlaylist> read()
    {
        const std::optional<QJsonObject> root = m_fields.root();
        if (!root || !readRoot(*root))
            return m_fields.error();
        return m_playlist;
    }

private:
    bool readRoot(const QJsonObject &o)
    {
        QJsonArray pages;
        if (!m_fields.known(o, {}, {"$schema", "description", "version", "id", "title", "loop", "pages"})
            || !m_fields.version(o) || !m_fields.text(o, u"id", {}, true, m_playlist.id, &WallFields::idPattern(), 64)
            || !m_fields.localized(o, u"title", {}, true, m_playlist.titleVi, m_playlist.titleEn)
            || !m_fields.boolean(o, u"loop", {}, false, m_playlist.loop)
            || !m_fields.array(o, u"pages", {}, true, pages, 1, 200))
            return false;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (!readEntry(pages.at(i), WallFields::item(QStringLiteral("pages"), i)))
                return false;
        }
        return true;
    }

    bool readEntry(const QJsonValue &value, const QString &at)
    {
        if (!value.isObject())
            return m_fields.fail("TYPE_MISMATCH", at, QCoreApplication::translate("WallFile", "must be %1.").arg(QCoreApplication::translate("WallFile", "an object")));
        const QJsonObject o = value.toObject();
        QString layoutPath;
        QString label;
        WallPage page;
        if (!m_fields.known(o, at, {"layout", "duration", "scope", "scopes", "label"})
            || !m_fields.text(o, u"layout", at, true, layoutPath, nullptr, 1000)
            || !duration(o, at, page.duration) || !m_fields.text(o, u"label", at, false, label))
            return false;
        if (o.contains(u"scope") && o.contains(u"scopes"))
            return m_fields.fail("MEMBER_CONFLICT", WallFields::member(at, u"scopes"),
                                 QCoreApplication::translate("WallPlaylist", "give \"scope\" or \"scopes\", not both."));
        if (o.contains(u"scopes") && o.contains(u"label"))
            return m_fields.fail("MEMBER_CONFLICT", WallFields::member(at, u"label"),
                                 QCoreApplication::translate("WallPlaylist", "the pages of \"scopes\" are labelled with their units' names."));
        QList<const AdminUnit *> units;
        if (!scopes(o, at, units))
            return false;
        const WallLayout *layout = this->layout(layoutPath, WallFields::member(at, u"layout"));
        if (!layout)
            return false;
        if (m_playlist.pages.size() + std::max<qsizetype>(units.size(), 1) > 1000)
            return m_fields.fail("VALUE_OUT_OF_RANGE", at, QCoreApplication::translate("WallPlaylist", "the playlist would have more than 1000 pages."));
        if (!o.contains(u"scopes")) {
            const AdminUnit *unit = units.value(0);
            page.scope = unit ? unit->code : QString();
            page.layout = layout->withScope(page.scope);
            page.label = !label.isEmpty() ? label : unit ? unit->nameVi : layout->titleVi;
            m_playlist.pages.append(std::move(page));
            return true;
        }
        for (const AdminUnit *unit : std::as_const(units)) {
            WallPage each = page;
            each.scope = unit->code;
            each.layout = layout->withScope(unit->code);
            each.label = unit->nameVi;
            m_playlist.pages.append(std::move(each));
        }
        return true;
    }

    // "30s", "2m", "1m30s", "1h" or a number of seconds.
    bool duration(const QJsonObject &o, const QString &path, milliseconds &out)
    {
        static const QRegularExpression re(QStringLiteral("^(?:(\\d{1,5})h)?(?:(\\d{1,5})m)?(?:(\\d{1,5})s)?$"));
        const QString at = WallFields::member(path, u"duration");
        const QJsonValue v = o.value(u"duration");
        double seconds = 0;
        if (v.isUndefined()) {
            return m_fields.fail("MEMBER_MISSING", at, QCoreApplication::translate("WallFile", "is missing."));
        } else if (v.isDouble()) {
            seconds = v.toDouble();
        } else {
            const QRegularExpressionMatch m = re.match(v.toString());
            if (!v.isString() || v.toString().isEmpty() || !m.hasMatch())
                return m_fields.fail("VALUE_INVALID", at, QCoreApplication::translate("WallPlaylist", "must be seconds or a text such as \"30s\", \"2m\", \"1m30s\"."));
            seconds = m.captured(1).toDouble() * 3600 + m.captured(2).toDouble() * 60 + m.captured(3).toDouble();
        }
        const milliseconds ms{qint64(seconds * 1000)};
        if (ms < minDuration || ms > maxDuration)
            return m_fields.fail("VALUE_OUT_OF_RANGE", at, QCoreApplication::translate("WallPlaylist", "a page shows for 1 second to 24 hours, not %1 s.").arg(seconds));
        out = ms;
        return true;
    }

    bool unit(const QString &code, const QString &at, QList<const AdminUnit *> &out)
    {
        const AdminUnit *unit = WallFields::scopePattern().match(code).hasMatch() ? m_registry.find(code) : nullptr;
        if (!unit)
            return m_fields.fail("SCOPE_UNKNOWN", at, QCoreApplication::translate("WallLayout", "\"%1\" is not a unit or ministry code.").arg(code.left(64)),
                                 Error::Code::NotFound);
        out.append(unit);
        return true;
    }

    bool scopes(const QJsonObject &o, const QString &path, QList<const AdminUnit *> &out)
    {
        if (o.contains(u"scope")) {
            QString code;
            return m_fields.text(o, u"scope", path, true, code, nullptr, 32) && unit(code, WallFields::member(path, u"scope"), out);
        }
        if (!o.contains(u"scopes"))
            return true;
        const QString at = WallFields::member(path, u"scopes");
        const QJsonValue v = o.value(u"scopes");
        if (v.isArray()) {
            QJsonArray list;
            if (!m_fields.array(o, u"scopes", path, true, list, 1, 100))
                return false;
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!unit(list.at(i).toString(), WallFields::item(at, i), out))
                    return false;
            }
            return true;
        }
        const QString set = v.toString();
        if (set == u"provinces-34")
            out = m_registry.unitsAt(AdminUnit::Level::Province, UnitRegistry::provinceMapDate(true));
        else if (set == u"provinces-63")
            out = m_registry.unitsAt(AdminUnit::Level::Province, UnitRegistry::provinceMapDate(false));
        else if (set == u"ministries")
            out = m_registry.unitsAt(AdminUnit::Level::Ministry, ministryReformDate());
        else
            return m_fields.fail("VALUE_INVALID", at, QCoreApplication::translate("WallPlaylist", "must be a list of unit codes or one of provinces-34, provinces-63, ministries."));
        if (out.isEmpty())
            return m_fields.fail("SCOPE_UNKNOWN", at, QCoreApplication::translate("WallPlaylist", "the registry has no units for \"%1\".").arg(set), Error::Code::NotFound);
        return true;
    }

    // The ministries of the Government formed on 1 March 2025.
    static QDate ministryReformDate() { return QDate(2025, 3, 1); }

    // Reads a layout once however many pages show it.
    const WallLayout *layout(const QString &relative, const QString &at)
    {
        const QString path = relative.startsWith(u":/") || QDir::isAbsolutePath(relative)
                                 ? relative
                                 : QDir::cleanPath(QDir(QFileInfo(m_fileName).path()).filePath(relative));
        if (const auto it = m_layouts.constFind(path); it != m_layouts.cend())
            return &*it;
        Result<WallLayout> layout = WallLayout::load(path, &m_registry);
        if (!layout) {
            Error e = layout.error();
            m_fields.fail(qPrintable(e.rule), at, e.message, e.code);
            return nullptr;
        }
        return &*m_layouts.insert(path, std::move(layout).value());
    }

    WallFields m_fields;
    QString m_fileName;
    const UnitRegistry &m_registry;
    WallPlaylist m_playlist;
    QHash<QString, WallLayout> m_layouts;
};

Error unreadable(const QString &path, const QFile &file)
{
    return {Error::Code::NotFound, QCoreApplication::translate("WallLayout", "%1: cannot be read: %2.").arg(path, file.errorString()),
            QStringLiteral("FILE_UNREADABLE")};
}

} // namespace

Result<WallPlaylist> WallPlaylist::fromJson(const QByteArray &json, const QString &fileName, const UnitRegistry &registry)
{
    return PlaylistReader(json, fileName, registry).read();
}

Result<WallPlaylist> WallPlaylist::load(const QString &path, const UnitRegistry &registry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file);
    return fromJson(file.readAll(), path, registry);
}

Result<WallPlaylist> WallPlaylist::loadLayoutOrPlaylist(const QString &path, const UnitRegistry &registry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file);
    const QByteArray json = file.readAll();
    // A playlist lists pages, a layout panels; which it is decides how the rest is read and refused.
    if (QJsonDocument::fromJson(json).object().contains(u"pages"))
        return fromJson(json, path, registry);
    Result<WallLayout> layout = WallLayout::fromJson(json, path, &registry);
    if (!layout)
        return layout.error();
    WallPlaylist playlist;
    playlist.id = layout->id;
    playlist.titleVi = layout->titleVi;
    playlist.titleEn = layout->titleEn;
    playlist.pages.append(WallPage{*layout, QString(), layout->titleVi, singleLayoutDuration});
    return playlist;
}

} // namespace dh
