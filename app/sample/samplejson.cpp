#include "samplejson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>

namespace dh {

Result<SampleJson> SampleJson::load(const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::notFound(tr("Cannot read the sample's parameters %1: %2").arg(path, f.errorString()));
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parsed);
    if (parsed.error != QJsonParseError::NoError)
        return Error::invalid(tr("The sample's parameters %1 are not valid JSON: %2 (at offset %3).")
                                  .arg(file, parsed.errorString()).arg(parsed.offset));
    if (!doc.isObject())
        return Error::invalid(tr("The sample's parameters %1 are not a JSON object.").arg(file));
    const QJsonValue version = doc.object().value(u"version");
    if (version.toInt() != 1)
        return Error::invalid(tr("The sample's parameters %1 have version %2; this build reads version 1.")
                                  .arg(file, version.isUndefined() ? tr("none") : QString::number(version.toDouble())));
    return SampleJson(doc.object(), file, {}, std::make_shared<QString>());
}

SampleJson::SampleJson(QJsonObject object, QString file, QString path, std::shared_ptr<QString> error)
    : m_object(std::move(object))
    , m_file(std::move(file))
    , m_path(std::move(path))
    , m_error(std::move(error))
{
}

QString SampleJson::where(QStringView key) const
{
    QString path = m_path;
    if (!key.isEmpty())
        path = path.isEmpty() ? key.toString() : path + u'.' + key;
    return path.isEmpty() ? m_file : m_file + u": " + path;
}

void SampleJson::fail(const QString &problem) const
{
    if (m_error->isEmpty())
        *m_error = problem;
}

void SampleJson::fail(QStringView key, const QString &problem) const
{
    fail(where(key) + u' ' + problem);
}

QJsonValue SampleJson::value(QStringView key) const
{
    const QJsonValue v = m_object.value(key);
    return v.isUndefined() ? m_defaults.value(key) : v;
}

QJsonValue SampleJson::required(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        fail(key, tr("is missing."));
    return v;
}

bool SampleJson::has(QStringView key) const
{
    return !value(key).isUndefined();
}

bool SampleJson::isText(QStringView key) const
{
    return value(key).isString();
}

double SampleJson::number(QStringView key) const
{
    const QJsonValue v = required(key);
    if (!v.isUndefined() && !v.isDouble())
        fail(key, tr("must be a number."));
    return v.toDouble();
}

int SampleJson::integer(QStringView key) const
{
    const QJsonValue v = required(key);
    const double d = v.toDouble();
    if (!v.isUndefined() && (!v.isDouble() || d != std::trunc(d) || std::abs(d) > 1e9)) {
        fail(key, tr("must be a whole number."));
        return 0;
    }
    return int(d);
}

bool SampleJson::flag(QStringView key) const
{
    const QJsonValue v = required(key);
    if (!v.isUndefined() && !v.isBool())
        fail(key, tr("must be true or false."));
    return v.toBool();
}

QString SampleJson::text(QStringView key) const
{
    const QJsonValue v = required(key);
    if (!v.isUndefined() && (!v.isString() || v.toString().isEmpty()))
        fail(key, tr("must be a text."));
    return v.toString();
}

QStringList SampleJson::texts(QStringView key) const
{
    QStringList list;
    const QJsonValue v = required(key);
    if (v.isUndefined())
        return list;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || item.toString().isEmpty()) {
            fail(key, tr("must be a list of texts."));
            return {};
        }
        list.append(item.toString());
    }
    if (!v.isArray())
        fail(key, tr("must be a list of texts."));
    return list;
}

std::vector<double> SampleJson::numbers(QStringView key, qsizetype count) const
{
    const QJsonValue v = required(key);
    if (v.isUndefined())
        return {};
    const QJsonArray array = v.toArray();
    bool good = v.isArray() && (count < 0 ? !array.isEmpty() : array.size() == count);
    std::vector<double> list;
    list.reserve(size_t(array.size()));
    for (const QJsonValue &item : array) {
        good = good && item.isDouble();
        list.push_back(item.toDouble());
    }
    if (!good) {
        fail(key, count < 0 ? tr("must be a list of numbers.") : tr("must be a list of %1 numbers.").arg(count));
        return std::vector<double>(size_t(std::max<qsizetype>(count, 0)), 0.0);
    }
    return list;
}

std::pair<double, double> SampleJson::bounds(QStringView lo, QStringView hi) const
{
    const double low = number(lo);
    const double high = number(hi);
    if (ok() && !(low <= high)) {
        fail(hi, tr("must not be below %1.").arg(lo));
        return {low, low};
    }
    return {low, high};
}

SampleSeries::Anchors SampleJson::anchors(QStringView key, const SampleJson *named) const
{
    const QJsonValue v = required(key);
    if (v.isUndefined())
        return {};
    if (v.isString() && named) {
        if (!named->has(v.toString())) {
            fail(key, tr("names %1, which is not one of the paths.").arg(v.toString()));
            return {};
        }
        return named->anchors(v.toString());
    }
    return anchorsOf(v, key);
}

SampleSeries::Anchors SampleJson::anchorsOf(const QJsonValue &value, QStringView key) const
{
    const QJsonArray array = value.toArray();
    bool good = value.isArray() && !array.isEmpty();
    if (good && array.first().isDouble()) {
        std::vector<double> yearly;
        for (const QJsonValue &item : array) {
            good = good && item.isDouble();
            yearly.push_back(item.toDouble());
        }
        if (good)
            return SampleSeries::yearly(yearly);
    } else if (good) {
        SampleSeries::Anchors anchors;
        for (const QJsonValue &item : array) {
            const QJsonArray pair = item.toArray();
            good = good && pair.size() == 2 && pair.at(0).isDouble() && pair.at(1).isDouble()
                && (anchors.empty() || pair.at(0).toDouble() > anchors.back().first);
            anchors.emplace_back(pair.at(0).toDouble(), pair.at(1).toDouble());
        }
        if (good)
            return anchors;
    }
    fail(key, tr("must be a list of [year, value] pairs with the years increasing, or a list of yearly values."));
    return {};
}

QJsonArray SampleJson::array(QStringView key) const
{
    const QJsonValue v = required(key);
    if (!v.isUndefined() && !v.isArray())
        fail(key, tr("must be a list."));
    return v.toArray();
}

SampleJson SampleJson::object(QStringView key) const
{
    const QJsonValue v = required(key);
    if (!v.isUndefined() && !v.isObject())
        fail(key, tr("must be an object."));
    return SampleJson(v.toObject(), m_file, m_path.isEmpty() ? key.toString() : m_path + u'.' + key, m_error);
}

QList<SampleJson> SampleJson::objects(QStringView key) const
{
    QList<SampleJson> list;
    const QJsonArray items = array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = (m_path.isEmpty() ? key.toString() : m_path + u'.' + key) + u'[' + QString::number(i) + u']';
        if (!items.at(i).isObject()) {
            fail(key, tr("must be a list of objects."));
            return {};
        }
        list.append(SampleJson(items.at(i).toObject(), m_file, path, m_error));
    }
    return list;
}

SampleJson SampleJson::withDefaults(const QJsonObject &defaults) const
{
    SampleJson copy = *this;
    copy.m_defaults = defaults;
    return copy;
}

SampleJson SampleJson::labelled(const QString &label) const
{
    SampleJson copy = *this;
    copy.m_path += u" (" + label + u')';
    return copy;
}

} // namespace dh
