#pragma once

#include "sync/endpointfile.h"
#include "core/jsonlocations.h"
#include "sync/readers/reportingfields.h"

#include <QByteArrayView>
#include <QDir>
#include <QJsonObject>

#include <initializer_list>

namespace dh {

// Reads the text of an endpoints file into its endpoints, refusing the first problem with the
// file, the line and the field path. The typed reads are ReportingFields'; what is particular to
// this file is here: every member must be known, a secret in the file is refused without being
// repeated, URLs must be https (http on loopback only), files are resolved against the file's folder.
class EndpointReader
{
public:
    EndpointReader(QByteArrayView json, const QString &path);
    Result<QList<Endpoint>> read();

private:
    bool known(const QJsonObject &o, const QString &path, std::initializer_list<const char *> names);
    bool endpoint(const QJsonValue &value, const QString &path, Endpoint &e);
    bool url(const QJsonObject &o, const QString &path, Endpoint &e);
    bool pxwebQuery(const QJsonObject &o, const QString &path, Endpoint &e);
    bool auth(const QJsonObject &o, const QString &path, EndpointAuth &auth);
    bool schedule(const QJsonObject &o, const QString &path, EndpointSchedule &schedule);
    bool file(const QJsonObject &o, QStringView key, const QString &path, bool required, QString &out);
    bool secretName(const QJsonObject &o, QStringView key, const QString &path, bool environment, QString &out);

    QByteArrayView m_json;
    QString m_path;
    QDir m_folder;
    JsonLocations m_locations;
    ReportingFields m_fields;
};

} // namespace dh
