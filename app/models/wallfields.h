#pragma once

#include "core/jsonlocations.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

#include <initializer_list>
#include <optional>

namespace dh {

// Reads the members of a wall file (a layout or a playlist) with the path of each, so a refusal
// names the file, the line and the field (`wall.json:12: panels[3].span: …`), and unknown members
// are refused rather than ignored: a typo in a hand-edited wall must not pass silently. The first
// problem met is kept; every read returns false from then on.
class WallFields
{
public:
    WallFields(const QByteArray &json, const QString &fileName);

    // The root object; an error for text that is not JSON, not an object, or has a member twice.
    std::optional<QJsonObject> root();

    static QString member(const QString &path, QStringView key);
    static QString item(const QString &path, qsizetype index);
    // "file:line: path: detail".
    QString place(const QString &path) const;
    int line(const QString &path) const { return m_locations.line(path); }

    bool fail(const char *rule, const QString &path, const QString &detail, Error::Code code = Error::Code::Invalid);
    const Error &error() const { return *m_error; }

    bool known(const QJsonObject &o, const QString &path, std::initializer_list<const char *> names);
    bool text(const QJsonObject &o, QStringView key, const QString &path, bool required, QString &out,
              const QRegularExpression *pattern = nullptr, qsizetype maxLength = 200);
    bool integer(const QJsonObject &o, QStringView key, const QString &path, bool required, int &out, int min, int max);
    bool boolean(const QJsonObject &o, QStringView key, const QString &path, bool required, bool &out);
    bool object(const QJsonObject &o, QStringView key, const QString &path, bool required, QJsonObject &out);
    bool array(const QJsonObject &o, QStringView key, const QString &path, bool required, QJsonArray &out,
               qsizetype minSize, qsizetype maxSize);
    // {"vi": …, "en": …}: Vietnamese required, English optional.
    bool localized(const QJsonObject &o, QStringView key, const QString &path, bool required, QString &vi, QString &en);
    // The optional schema version: 1 is the only one so far.
    bool version(const QJsonObject &o);

    static const QRegularExpression &idPattern();
    // A unit code: "VN", "VN-HN", "VN25-01", "BTC".
    static const QRegularExpression &scopePattern();

private:
    bool wrongType(const QString &path, const QString &expected);

    QByteArray m_json;
    QString m_fileName;
    JsonLocations m_locations;
    std::optional<Error> m_error;
};

} // namespace dh
