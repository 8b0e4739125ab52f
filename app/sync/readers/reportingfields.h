#pragma once

#include "core/period.h"
#include "core/result.h"
#include "sync/readers/statdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dh {

// The JSON types of the reporting API's schemas (reporting-common.schema.json), each read with the
// path of its field, so a refusal names the place (`kpi-data: values[3].period: …`) and its rule.
// The first problem met is kept, and every read after it gives up: a packet is read whole or
// refused.
class ReportingFields
{
public:
    static QString member(const QString &path, QStringView key);
    static QString item(const QString &path, qsizetype index);

    // The packet being read, as refusals name it.
    void setPacket(const QString &packet) { m_packet = packet; }
    // How a refusal names the place of a path, for a file that says more than the packet's name
    // (`endpoints.json:14: endpoints[1].url`); the default is `packet: path`.
    using Place = std::function<QString(const QString &path)>;
    void setPlace(Place place) { m_place = std::move(place); }
    const std::optional<Error> &error() const { return m_error; }

    // Keeps the problem; always false, so a read returns it.
    bool fail(const char *rule, const QString &path, const QString &detail, Error::Code code = Error::Code::Invalid);
    bool missing(const QString &path);
    bool wrongType(const QString &path, const QJsonValue &value, const QString &expected);

    // Each reads o[key] into out. An absent optional member leaves out as it is and succeeds.
    bool object(const QJsonValue &value, const QString &path, QJsonObject &out);
    bool array(const QJsonObject &o, QStringView key, const QString &path, bool required, QJsonArray &out);
    bool text(const QJsonObject &o, QStringView key, const QString &path, bool required, QString &out,
              const QRegularExpression *pattern = nullptr);
    bool integer(const QJsonObject &o, QStringView key, const QString &path, bool required, qint64 &out, qint64 min, qint64 max);
    bool boolean(const QJsonObject &o, QStringView key, const QString &path, bool required, bool &out);
    bool localized(const QJsonObject &o, QStringView key, const QString &path, bool required, LocalizedText &out);
    bool date(const QJsonObject &o, QStringView key, const QString &path, bool required, QDate &out);
    bool dateTime(const QJsonObject &o, QStringView key, const QString &path, bool required, QDateTime &out);
    bool period(const QJsonObject &o, QStringView key, const QString &path, Period &out);
    bool codes(const QJsonObject &o, QStringView key, const QString &path, const QRegularExpression &pattern, QStringList &out);
    template<typename T>
    bool named(const QJsonObject &o, QStringView key, const QString &path, bool required, std::optional<T> (*fromName)(QStringView), T &out)
    {
        QString name;
        if (!text(o, key, path, required, name))
            return false;
        if (name.isNull())
            return true;
        const std::optional<T> value = fromName(name);
        if (!value)
            return fail("VALUE_INVALID", member(path, key), QCoreApplication::translate("ReportingReader", "\"%1\" is not one of the codes this field takes.").arg(name));
        out = *value;
        return true;
    }

private:
    QString m_packet = QStringLiteral("packet");
    Place m_place;
    std::optional<Error> m_error;
};

} // namespace dh
