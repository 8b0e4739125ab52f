#pragma once

#include "sampleseries.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace dh {

// A reader of one object of the sample's parameter files (resources/sample/). Each getter reads one
// field in the shape the generator needs. A field that is missing or has the wrong shape records
// the first problem, naming the file and the path to the field ("models.json: series[12] (exports).
// season must be …"), and reads as zero or empty: a model reads all its parameters, then asks ok()
// once before it computes anything, so a bad file gives an error and never an out-of-range read.
// A field an object lacks is looked up in the object's defaults, if it was given some.
class SampleJson
{
    Q_DECLARE_TR_FUNCTIONS(SampleJson)

public:
    SampleJson() = default;
    // Reads one file; it must be a JSON object with "version": 1.
    static Result<SampleJson> load(const QString &path);

    bool ok() const { return m_error->isEmpty(); }
    Error error() const { return Error::invalid(*m_error); }
    // Records a problem with this object (or with its field key), unless one is recorded already.
    void fail(const QString &problem) const;
    void fail(QStringView key, const QString &problem) const;
    QString where(QStringView key = {}) const;

    bool has(QStringView key) const;
    bool isText(QStringView key) const;
    double number(QStringView key) const;
    int integer(QStringView key) const;
    bool flag(QStringView key) const;
    QString text(QStringView key) const;
    QStringList texts(QStringView key) const;
    // count < 0: any non-empty list.
    std::vector<double> numbers(QStringView key, qsizetype count = -1) const;
    // The numbers at lo and hi, lo at most hi: the bounds of a clamp.
    std::pair<double, double> bounds(QStringView lo = u"lo", QStringView hi = u"hi") const;
    // A path: [[year, value], …] with the years (fractional) increasing, or [value, …], one a year
    // from 2015 placed at mid-year; or, when named is given, the name of one of its paths.
    SampleSeries::Anchors anchors(QStringView key, const SampleJson *named = nullptr) const;
    QJsonArray array(QStringView key) const;
    SampleJson object(QStringView key) const;
    QList<SampleJson> objects(QStringView key) const;
    QStringList keys() const { return m_object.keys(); }

    // The same object, its missing fields read from defaults.
    SampleJson withDefaults(const QJsonObject &defaults) const;
    // The same object, named in messages by label as well as by its path.
    SampleJson labelled(const QString &label) const;
    QJsonObject raw() const { return m_object; }

private:
    SampleJson(QJsonObject object, QString file, QString path, std::shared_ptr<QString> error);
    QJsonValue value(QStringView key) const;
    QJsonValue required(QStringView key) const;
    SampleSeries::Anchors anchorsOf(const QJsonValue &value, QStringView key) const;

    QJsonObject m_object;
    QJsonObject m_defaults;
    QString m_file;
    QString m_path;
    std::shared_ptr<QString> m_error = std::make_shared<QString>();
};

} // namespace dh
