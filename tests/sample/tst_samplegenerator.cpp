#include "sample/samplegenerator.h"

#include "core/observation.h"
#include "core/unitregistry.h"
#include "fakeclock.h"
#include "sample/samplecachewriter.h"
#include "store/cache.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

using namespace dh;
using namespace Qt::StringLiterals;

namespace {

// SHA-256 of the default-seed sample (see observationDigest and catalogueDigest below).
constexpr char kObservationDigest[] = "b94b6465651a074d7874099c5e4b6149dbadd6974b33a3d1413a8ff3dedd8224";
constexpr char kCatalogueDigest[] = "09911a326c24e1158645e27eb675b03091fcbf40b4aef80fc039bb4948c622de";

QString keyOf(QStringView indicator, QStringView unit, const Period &period, QStringView disaggregation = {},
              ValueKind kind = ValueKind::InPeriod)
{
    return indicator + u'|' + unit + u'|' + period.toString() + u'|' + disaggregation + u'|' + QString::number(int(kind));
}

QByteArray hashOf(const SampleGenerator &generator, qint64 *count = nullptr, qsizetype *largestBatch = nullptr)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 n = 0;
    qsizetype largest = 0;
    generator.generate([&](const QList<Observation> &batch) {
        largest = std::max(largest, batch.size());
        for (const Observation &o : batch) {
            hash.addData(QStringView(o.indicator).toUtf8());
            hash.addData(QStringView(o.unit).toUtf8());
            hash.addData(o.period.toString().toUtf8());
            hash.addData(QStringView(o.disaggregation).toUtf8());
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(&o.value), sizeof o.value));
            const char kinds[2] = {char(o.valueKind), char(o.status)};
            hash.addData(QByteArrayView(kinds, 2));
            ++n;
        }
    });
    if (count)
        *count = n;
    if (largestBatch)
        *largestBatch = largest;
    return hash.result();
}

// The sample as `dieuhanh-sync sample` writes it, every observation of the cache as one line of
// text, the lines sorted, so the digest depends on the content alone and not on the cache's
// internal ids or the order it streams in.
QByteArray observationDigest(const Cache &cache, qint64 *count)
{
    QByteArray text;
    std::vector<std::pair<qsizetype, qsizetype>> lines;
    const auto streamed = cache.observations().forEach({}, [&](const Observation &o) {
        const qsizetype start = text.size();
        text += (o.indicator + u'|' + o.unit + u'|' + o.period.toString() + u'|' + o.disaggregation + u'|'
                 + valueKindName(o.valueKind) + u'|' + statusName(o.status) + u'|' + QString::number(o.value, 'g', 17)
                 + u'|' + o.provenance.source + u'|' + o.provenance.retrievedAt.toString(Qt::ISODateWithMs) + u'|'
                 + QString::number(o.provenance.revision) + u'\n').toUtf8();
        lines.emplace_back(start, text.size() - start);
        return true;
    });
    if (!streamed)
        return {};
    const auto view = [&text](const std::pair<qsizetype, qsizetype> &line) {
        return std::string_view(text.constData() + line.first, size_t(line.second));
    };
    std::sort(lines.begin(), lines.end(), [&view](const auto &a, const auto &b) { return view(a) < view(b); });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &line : lines)
        hash.addData(QByteArrayView(text.constData() + line.first, line.second));
    *count = qint64(lines.size());
    return hash.result().toHex();
}

// The catalogue in its order (the order is the catalogue's, shown as is), then the headline and
// the estimated indicators and the generation stamp.
QByteArray catalogueDigest(const SampleGenerator &generator)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Indicator &i : generator.catalog()) {
        QStringList fields = {
            i.code, i.nameVi, i.nameEn, i.unitVi, i.unitEn, Period::kindName(i.periodicity), indicatorKindName(i.kind),
            aggregationName(i.aggregation), i.weightIndicator, i.numeratorIndicator, i.denominatorIndicator,
            QString::number(i.ratioFactor, 'g', 17), polarityName(i.polarity), i.dimensions.join(u','), fieldName(i.field),
            i.sourceAgency, i.owner, i.method, originName(i.origin), valueKindName(i.storedAs), QString::number(i.decimals)};
        QStringList values;
        for (const QString &dimension : i.dimensions)
            values.append(dimension + u'=' + i.dimensionValues.value(dimension).join(u','));
        fields += values.join(u';');
        hash.addData((fields.join(u'|') + u'\n').toUtf8());
    }
    hash.addData((u"headline|"_s + generator.headlineIndicators().join(u',') + u'\n').toUtf8());
    hash.addData((u"estimated|"_s + generator.estimatedIndicators().join(u',') + u'\n').toUtf8());
    hash.addData((u"generated|"_s + generator.generatedAt().toString(Qt::ISODateWithMs) + u'\n').toUtf8());
    return hash.result().toHex();
}

QJsonObject builtIn(const QString &file)
{
    QFile f(SampleGenerator::defaultParameters() + u'/' + file);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

// Applies edit to the entries of list (in object) whose code is code.
void editEntry(QJsonObject &object, const QString &list, const QString &code, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray entries = object.value(list).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        if (entry.value(u"code").toString() == code) {
            edit(entry);
            entries[i] = entry;
        }
    }
    object.insert(list, entries);
}

// The parameters, as a change to the built-in ones makes them.
struct Parameters
{
    QJsonObject catalogue = builtIn(u"catalogue.json"_s);
    QJsonObject provinces = builtIn(u"provinces.json"_s);
    QJsonObject models = builtIn(u"models.json"_s);
};

bool near(double a, double b, double relative = 1e-6)
{
    return std::abs(a - b) <= relative * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

class TestSampleGenerator : public QObject
{
    Q_OBJECT

private:
    UnitRegistry m_registry;
    std::optional<SampleGenerator> m_generator;
    QList<Indicator> m_catalog;
    QHash<QString, Indicator> m_byCode;
    QList<Observation> m_all;
    QHash<QString, double> m_values;
    QStringList m_provinces;
    double m_seconds = 0.0;

    // The value as the indicator stores it (in the period or year to date), or a target.
    double value(QStringView indicator, QStringView unit, const Period &period, QStringView disaggregation = {},
                 std::optional<ValueKind> kind = std::nullopt) const
    {
        const ValueKind k = kind.value_or(m_byCode.value(indicator.toString()).storedAs);
        return m_values.value(keyOf(indicator, unit, period, disaggregation, k), std::nan(""));
    }
    QList<Period> periodsOf(const Indicator &ind) const
    {
        QList<Period> periods;
        if (ind.periodicity == Period::Kind::Month) {
            for (Period p = Period::month(2015, 1); p <= Period::month(2026, 10); p = p.next())
                periods.append(p);
        } else if (ind.periodicity == Period::Kind::Quarter) {
            for (Period p = Period::quarter(2015, 1); p <= Period::quarter(2026, 3); p = p.next())
                periods.append(p);
        } else {
            for (int y = 2015; y <= 2025; ++y)
                periods.append(Period::year(y));
        }
        return periods;
    }

private slots:
    void initTestCase()
    {
        auto registry = UnitRegistry::fromResources();
        QVERIFY2(registry.ok(), registry.ok() ? "" : qPrintable(registry.error().message));
        m_registry = *registry;
        auto created = SampleGenerator::create(m_registry);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        m_generator = *created;
        const SampleGenerator &generator = *m_generator;
        m_catalog = generator.catalog();
        for (const Indicator &ind : std::as_const(m_catalog))
            m_byCode.insert(ind.code, ind);
        m_provinces = generator.provinces();
        QElapsedTimer timer;
        timer.start();
        generator.generate([this](const QList<Observation> &batch) { m_all.append(batch); });
        m_seconds = timer.elapsed() / 1000.0;
        m_values.reserve(m_all.size());
        for (const Observation &o : std::as_const(m_all))
            m_values.insert(keyOf(o.indicator, o.unit, o.period, o.disaggregation, o.valueKind), o.value);
        qInfo("generated %lld observations in %.2f s", qint64(m_all.size()), m_seconds);
    }

    void catalogue()
    {
        QVERIFY(m_catalog.size() >= 40);
        QCOMPARE(m_byCode.size(), m_catalog.size()); // unique codes
        QSet<IndicatorField> fields;
        for (const Indicator &ind : std::as_const(m_catalog)) {
            fields.insert(ind.field);
            QVERIFY2(!ind.nameVi.isEmpty() && !ind.nameEn.isEmpty() && !ind.unitVi.isEmpty() && !ind.unitEn.isEmpty(),
                     qPrintable(ind.code));
            QCOMPARE(ind.origin, DataOrigin::Synthetic);
            QVERIFY2(!ind.method.isEmpty() && !ind.sourceAgency.isEmpty(), qPrintable(ind.code));
            const AdminUnit *owner = m_registry.find(ind.owner);
            QVERIFY2(owner && owner->level == AdminUnit::Level::Ministry && owner->validAt(QDate(2025, 7, 1)),
                     qPrintable(ind.code + u" owner " + ind.owner));
            if (ind.aggregation == AggregationRule::WeightedMean)
                QVERIFY2(m_byCode.contains(ind.weightIndicator), qPrintable(ind.code));
            if (ind.aggregation == AggregationRule::RatioOfSums) {
                QVERIFY2(m_byCode.contains(ind.numeratorIndicator) && m_byCode.contains(ind.denominatorIndicator),
                         qPrintable(ind.code));
                QVERIFY(ind.ratioFactor > 0);
                QCOMPARE(m_byCode.value(ind.numeratorIndicator).periodicity, ind.periodicity);
                QCOMPARE(m_byCode.value(ind.denominatorIndicator).periodicity, ind.periodicity);
            }
            if (!ind.weightIndicator.isEmpty())
                QCOMPARE(m_byCode.value(ind.weightIndicator).periodicity, ind.periodicity);
        }
        QCOMPARE(fields.size(), 9);
        // Vietnamese text really is Vietnamese (diacritics survived the encoding).
        QCOMPARE(m_byCode.value(u"budget.revenue"_s).nameVi, u"Thu ngân sách nhà nước"_s);
        QCOMPARE(m_byCode.value(u"ent.new"_s).unitVi, u"doanh nghiệp"_s);
        QCOMPARE(m_byCode.value(u"cpi.yoy"_s).polarity, Polarity::LowerIsBetter);
        QCOMPARE(m_byCode.value(u"unemp.rate"_s).polarity, Polarity::LowerIsBetter);
        QCOMPARE(m_byCode.value(u"pm25"_s).polarity, Polarity::LowerIsBetter);
        QCOMPARE(m_byCode.value(u"tasks.overdue"_s).polarity, Polarity::LowerIsBetter);
        QCOMPARE(m_byCode.value(u"expressway.km"_s).aggregation, AggregationRule::LastValue);
        QCOMPARE(m_byCode.value(u"pci"_s).aggregation, AggregationRule::NotAdditive);
        QCOMPARE(m_byCode.value(u"fdi.registered"_s).storedAs, ValueKind::Cumulative);
    }

    void headline()
    {
        const SampleGenerator &generator = *m_generator;
        const QStringList headline = generator.headlineIndicators();
        QCOMPARE(headline.size(), 16);
        QCOMPARE(QSet<QString>(headline.begin(), headline.end()).size(), 16);
        int withTargets = 0;
        for (const QString &code : headline) {
            QVERIFY2(m_byCode.contains(code), qPrintable(code));
            if (!std::isnan(value(code, u"VN", Period::year(2025), {}, ValueKind::Target))
                && !std::isnan(value(code, u"VN", Period::year(2026), {}, ValueKind::Target)))
                ++withTargets;
        }
        QCOMPARE(withTargets, 16);
        QCOMPARE(value(u"grdp.growth", u"VN", Period::year(2025), {}, ValueKind::Target), 8.0);
        QVERIFY(value(u"grdp.growth", u"VN", Period::year(2026), {}, ValueKind::Target) >= 10.0);
        QCOMPARE(value(u"cpi.yoy", u"VN", Period::year(2025), {}, ValueKind::Target), 4.5);
        // Provincial targets for budget revenue add up to the national one.
        for (int year : {2025, 2026}) {
            double sum = 0.0;
            for (const QString &p : std::as_const(m_provinces))
                sum += value(u"budget.revenue", p, Period::year(year), {}, ValueKind::Target);
            QVERIFY(near(sum, value(u"budget.revenue", u"VN", Period::year(year), {}, ValueKind::Target)));
        }
    }

    void sizeAndSanity()
    {
        QVERIFY2(m_all.size() >= 500000 && m_all.size() <= 1200000, qPrintable(QString::number(m_all.size())));
        QCOMPARE(m_values.size(), m_all.size()); // no duplicate natural keys
        QCOMPARE(m_provinces.size(), 63);
        QSet<QString> units(m_provinces.begin(), m_provinces.end());
        units.insert(u"VN"_s);
        const SampleGenerator &generator = *m_generator;
        for (const Observation &o : std::as_const(m_all)) {
            if (!std::isfinite(o.value))
                QFAIL(qPrintable(u"not finite: "_s + keyOf(o.indicator, o.unit, o.period)));
            if (!units.contains(o.unit))
                QFAIL(qPrintable(u"unexpected unit "_s + o.unit));
            const Indicator &ind = m_byCode[o.indicator];
            if (o.valueKind == ValueKind::Target) {
                if (o.period.kind() != Period::Kind::Year)
                    QFAIL("a target that is not a year");
            } else if (!ind.fitsPeriodicity(o.period) || o.valueKind != ind.storedAs) {
                QFAIL(qPrintable(u"period or kind does not fit: "_s + keyOf(o.indicator, o.unit, o.period)));
            }
            if (o.provenance.source != u"synthetic:dieuhanh-sample" || o.provenance.revision != 1
                || o.provenance.retrievedAt != generator.generatedAt())
                QFAIL("bad provenance");
            if (!o.disaggregation.isEmpty()) {
                if (DisaggregationKey::canonical(o.disaggregation) != o.disaggregation)
                    QFAIL(qPrintable(u"not canonical: "_s + o.disaggregation));
                for (const QString &dim : DisaggregationKey::dimensions(o.disaggregation)) {
                    if (!ind.dimensions.contains(dim))
                        QFAIL(qPrintable(u"undeclared dimension "_s + dim));
                }
            }
            const bool mayBeNegative = o.indicator == u"trade.balance" || o.indicator.endsWith(u"growth")
                                    || o.indicator == u"cpi.mom" || o.indicator == u"cpi.yoy";
            if (!mayBeNegative && o.value < 0)
                QFAIL(qPrintable(u"negative: "_s + keyOf(o.indicator, o.unit, o.period, o.disaggregation)));
        }
    }

    void periodsCovered()
    {
        for (const Indicator &ind : std::as_const(m_catalog)) {
            const QList<Period> periods = periodsOf(ind);
            const bool provincesOnly = ind.code == u"pci";
            const QString unit = provincesOnly ? m_provinces.first() : u"VN"_s;
            for (const Period &p : periods)
                QVERIFY2(!std::isnan(value(ind.code, unit, p)), qPrintable(ind.code + u' ' + p.toString()));
            // Nothing before or after the sample.
            QVERIFY(std::isnan(value(ind.code, unit, periods.first().previous())));
            QVERIFY(std::isnan(value(ind.code, unit, periods.last().next())));
        }
        const SampleGenerator &generator = *m_generator;
        QCOMPARE(generator.firstMonth(), Period::month(2015, 1));
        QCOMPARE(generator.lastMonth(), Period::month(2026, 10));
    }

    void nationalIsAggregateOfProvinces()
    {
        int checked = 0;
        for (const Indicator &ind : std::as_const(m_catalog)) {
            if (ind.aggregation == AggregationRule::NotAdditive)
                continue;
            for (const Period &p : periodsOf(ind)) {
                double sum = 0.0, wsum = 0.0, wv = 0.0, num = 0.0, den = 0.0;
                for (const QString &u : std::as_const(m_provinces)) {
                    const double v = value(ind.code, u, p);
                    QVERIFY2(!std::isnan(v), qPrintable(ind.code + u' ' + u + u' ' + p.toString()));
                    sum += v;
                    if (ind.aggregation == AggregationRule::WeightedMean) {
                        const double w = value(ind.weightIndicator, u, p);
                        wsum += w;
                        wv += w * v;
                    }
                    if (ind.aggregation == AggregationRule::RatioOfSums) {
                        num += value(ind.numeratorIndicator, u, p);
                        den += value(ind.denominatorIndicator, u, p);
                    }
                }
                const double national = value(ind.code, u"VN", p);
                double expected = sum;
                switch (ind.aggregation) {
                case AggregationRule::Mean: expected = sum / m_provinces.size(); break;
                case AggregationRule::WeightedMean: expected = wv / wsum; break;
                case AggregationRule::RatioOfSums: expected = ind.ratioFactor * num / den; break;
                default: break;
                }
                QVERIFY2(near(national, expected),
                         qPrintable(u"%1 %2: %3 vs %4"_s.arg(ind.code, p.toString()).arg(national, 0, 'g', 12).arg(expected, 0, 'g', 12)));
                ++checked;
            }
        }
        QVERIFY(checked > 5000);
    }

    void ratiosMatchComponents()
    {
        for (const Indicator &ind : std::as_const(m_catalog)) {
            if (ind.aggregation != AggregationRule::RatioOfSums)
                continue;
            for (const Period &p : periodsOf(ind)) {
                for (const QString &u : QStringList{u"VN"_s, m_provinces.at(0), m_provinces.at(40)}) {
                    const double expected = ind.ratioFactor * value(ind.numeratorIndicator, u, p) / value(ind.denominatorIndicator, u, p);
                    QVERIFY2(near(value(ind.code, u, p), expected, 1e-9), qPrintable(ind.code + u' ' + u));
                }
            }
        }
    }

    void disaggregationsAddUp()
    {
        const Indicator revenue = m_byCode.value(u"budget.revenue"_s);
        QCOMPARE(revenue.dimensions, (QStringList{u"level"_s, u"tax"_s}));
        QStringList units = m_provinces;
        units.prepend(u"VN"_s);
        int checked = 0;
        for (const Period &p : periodsOf(revenue)) {
            for (const QString &u : std::as_const(units)) {
                const double total = value(u"budget.revenue", u, p);
                const double levels = value(u"budget.revenue", u, p, u"level=central") + value(u"budget.revenue", u, p, u"level=local");
                double taxes = 0.0;
                for (const auto tax : {u"tax=vat", u"tax=cit", u"tax=pit", u"tax=land", u"tax=other"}) {
                    const double v = value(u"budget.revenue", u, p, tax);
                    QVERIFY(v >= 0);
                    taxes += v;
                }
                QVERIFY2(near(levels, total) && near(taxes, total), qPrintable(u + u' ' + p.toString()));
                ++checked;
            }
        }
        QCOMPARE(checked, 142 * 64);
        QCOMPARE(m_byCode.value(u"exports"_s).dimensions, QStringList{u"ownership"_s});
        for (const Period &p : periodsOf(m_byCode.value(u"exports"_s))) {
            for (const QString &u : std::as_const(units)) {
                const double fdi = value(u"exports", u, p, u"ownership=fdi");
                const double domestic = value(u"exports", u, p, u"ownership=domestic");
                QVERIFY(fdi > 0 && domestic >= 0);
                QVERIFY2(near(fdi + domestic, value(u"exports", u, p)), qPrintable(u + u' ' + p.toString()));
            }
        }
        for (const Period &p : periodsOf(m_byCode.value(u"fdi.registered"_s))) {
            double sectors = 0.0;
            for (const auto s : {u"sector=manufacturing", u"sector=realestate", u"sector=energy", u"sector=trade", u"sector=other"})
                sectors += value(u"fdi.registered", u"VN", p, s, ValueKind::Cumulative);
            QVERIFY2(near(sectors, value(u"fdi.registered", u"VN", p, {}, ValueKind::Cumulative)), qPrintable(p.toString()));
        }
    }

    void cumulativeWithinYear()
    {
        for (const auto code : {u"fdi.registered", u"pubinv.disbursed"}) {
            for (const QString &u : QStringList{u"VN"_s, m_provinces.at(0), m_provinces.at(50)}) {
                for (Period p = Period::month(2015, 2); p <= Period::month(2026, 10); p = p.next()) {
                    if (p.number() == 1)
                        continue;
                    QVERIFY2(value(code, u, p, {}, ValueKind::Cumulative) >= value(code, u, p.previous(), {}, ValueKind::Cumulative),
                             qPrintable(QString::fromUtf16(code) + u' ' + p.toString()));
                }
            }
        }
    }

    void statuses()
    {
        const SampleGenerator &generator = *m_generator;
        const QStringList estimated = generator.estimatedIndicators();
        QVERIFY(estimated.size() >= 3);
        const Period last = generator.lastMonth();
        for (const Observation &o : std::as_const(m_all)) {
            if (o.valueKind == ValueKind::Target) {
                QCOMPARE(o.status, ObservationStatus::Final);
                continue;
            }
            if (o.period.kind() == Period::Kind::Quarter) {
                if ((o.status == ObservationStatus::Provisional) != (o.period == Period::quarter(2026, 3)))
                    QFAIL(qPrintable(keyOf(o.indicator, o.unit, o.period)));
                continue;
            }
            if (o.period.kind() != Period::Kind::Month)
                continue;
            const ObservationStatus expected = o.period == last ? ObservationStatus::Provisional
                                             : o.period == last.previous() && estimated.contains(o.indicator) ? ObservationStatus::Estimate
                                                                                                                : ObservationStatus::Final;
            if (o.status != expected)
                QFAIL(qPrintable(keyOf(o.indicator, o.unit, o.period)));
        }
    }

    void magnitudes()
    {
        const auto yearSum = [this](QStringView code, QStringView unit, int year) {
            double sum = 0.0;
            for (int m = 1; m <= 12; ++m)
                sum += value(code, unit, Period::month(year, m));
            return sum;
        };
        const double revenue2024 = yearSum(u"budget.revenue", u"VN", 2024);
        QVERIFY2(revenue2024 > 1.7e6 && revenue2024 < 2.2e6, qPrintable(QString::number(revenue2024)));
        const double exports2024 = yearSum(u"exports", u"VN", 2024) / 12;
        QVERIFY2(exports2024 > 30000 && exports2024 < 40000, qPrintable(QString::number(exports2024)));
        const double enterprises = yearSum(u"ent.new", u"VN", 2024) / 12;
        QVERIFY2(enterprises > 12000 && enterprises < 20000, qPrintable(QString::number(enterprises)));
        for (int m = 1; m <= 12; ++m) {
            const double cpi = value(u"cpi.yoy", u"VN", Period::month(2024, m));
            QVERIFY2(cpi > 1.5 && cpi < 5.5, qPrintable(QString::number(cpi)));
        }
        for (int q = 1; q <= 4; ++q) {
            const double u = value(u"unemp.rate", u"VN", Period::quarter(2024, q));
            QVERIFY2(u > 1.9 && u < 2.6, qPrintable(QString::number(u)));
        }
        const double doctors = value(u"doctors.per10k", u"VN", Period::year(2024));
        QVERIFY2(doctors > 12 && doctors < 14, qPrintable(QString::number(doctors)));
        const double covid = value(u"grdp.growth", u"VN", Period::quarter(2021, 3));
        QVERIFY2(covid < 0, qPrintable(QString::number(covid)));
        const double expressway = value(u"expressway.km", u"VN", Period::month(2026, 10));
        QVERIFY2(expressway > 3000 && expressway < 4000, qPrintable(QString::number(expressway)));
        QVERIFY(value(u"expressway.km", u"VN", Period::month(2015, 1)) < 1000);
        const double rate = value(u"pubinv.rate", u"VN", Period::month(2024, 12));
        QVERIFY2(rate > 75 && rate < 100, qPrintable(QString::number(rate)));
        const double online = value(u"dossiers.ontime.share", u"VN", Period::month(2025, 6));
        QVERIFY(online > 90 && online <= 100);
        // The biggest provinces are the biggest.
        double best = 0.0;
        QString biggest;
        for (const QString &u : std::as_const(m_provinces)) {
            const double v = yearSum(u"budget.revenue", u, 2024);
            if (v > best) {
                best = v;
                biggest = u;
            }
        }
        QVERIFY2(biggest == u"VN-SG" || biggest == u"VN-HN", qPrintable(biggest));
        // Tết: new enterprises drop in the Lunar New Year month (February 2024, January 2025).
        QVERIFY(value(u"ent.new", u"VN", Period::month(2024, 2)) < value(u"ent.new", u"VN", Period::month(2024, 3)));
        QVERIFY(value(u"ent.new", u"VN", Period::month(2025, 1)) < value(u"ent.new", u"VN", Period::month(2025, 3)));
        // The air over Hà Nội is worse than over HCMC, and worst in winter.
        QVERIFY(yearSum(u"pm25", u"VN-HN", 2024) > yearSum(u"pm25", u"VN-SG", 2024));
        QVERIFY(value(u"pm25", u"VN-HN", Period::month(2024, 1)) > value(u"pm25", u"VN-HN", Period::month(2024, 7)));
        // International arrivals collapsed with the closed borders.
        QVERIFY(value(u"tourists.intl", u"VN", Period::month(2021, 6)) < 0.05 * value(u"tourists.intl", u"VN", Period::month(2019, 6)));
    }

    void deterministic()
    {
        qint64 count = 0;
        qsizetype largest = 0;
        const QByteArray first = hashOf(*m_generator, &count, &largest);
        QCOMPARE(count, qint64(m_all.size()));
        QVERIFY(largest <= 10000);
        const auto again = SampleGenerator::create(m_registry);
        const auto seeded = SampleGenerator::create(m_registry, SampleGenerator::defaultSeed);
        const auto other = SampleGenerator::create(m_registry, 42);
        QVERIFY(again.ok() && seeded.ok() && other.ok());
        QCOMPARE(hashOf(*again), first);
        QCOMPARE(hashOf(*seeded), first);
        QVERIFY(hashOf(*other) != first);
    }

    // Parameters read from a folder give the same sample as the built-in ones; a file that is
    // missing, is not JSON or says something the generator cannot use is an error naming the file
    // and the place, never a crash or a silently different sample.
    void parametersFromFiles()
    {
        struct Case
        {
            const char *name;
            std::function<void(Parameters &)> edit;
            const char *expected; // a part of the message
        };
        const auto series = [](Parameters &p, const char16_t *code, const std::function<void(QJsonObject &)> &edit) {
            editEntry(p.models, u"series"_s, QString::fromUtf16(code), edit);
        };
        const auto indicator = [](Parameters &p, const char16_t *code, const std::function<void(QJsonObject &)> &edit) {
            editEntry(p.catalogue, u"indicators"_s, QString::fromUtf16(code), edit);
        };
        const QList<Case> cases = {
            {"unchanged", [](Parameters &) {}, nullptr},
            {"version", [](Parameters &p) { p.provinces.insert(u"version", 2); }, "provinces.json have version 2"},
            {"unknown model", [&](Parameters &p) { series(p, u"exports", [](QJsonObject &o) { o.insert(u"model", u"flows"_s); }); },
             "models.json: series[20] (exports).model names flows, which is not a model"},
            {"missing field", [&](Parameters &p) { series(p, u"exports", [](QJsonObject &o) { o.remove(u"annual"); }); },
             "series[20] (exports).annual is missing"},
            {"short list", [&](Parameters &p) {
                 series(p, u"exports", [](QJsonObject &o) { o.insert(u"season", QJsonArray{1.0, 0.9}); });
             }, "(exports).season must be a list of 12 numbers"},
            {"text for a number", [&](Parameters &p) { series(p, u"exports", [](QJsonObject &o) { o.insert(u"noise", u"0.06"_s); }); },
             "(exports).noise must be a number"},
            {"bounds", [&](Parameters &p) { series(p, u"hi.participants", [](QJsonObject &o) { o.insert(u"lo", 100.0); }); },
             "(hi.participants).hi must not be below lo"},
            {"formula", [&](Parameters &p) {
                 series(p, u"exports", [](QJsonObject &o) { o.insert(u"weights", u"grdp * pow(industry, 1.4"_s); });
             }, "(exports).weights is not a formula"},
            {"formula field", [&](Parameters &p) { series(p, u"exports", [](QJsonObject &o) { o.insert(u"weights", u"gdp"_s); }); },
             "gdp is neither a function"},
            {"input built later", [&](Parameters &p) {
                 series(p, u"unemp.persons", [](QJsonObject &o) { o.insert(u"of", u"cpi.yoy"_s); });
             }, "(unemp.persons).of names cpi.yoy, which no entry before this one builds"},
            {"unknown path", [&](Parameters &p) {
                 series(p, u"cpi.yoy", [](QJsonObject &o) { o.insert(u"path", QJsonObject{{u"along"_s, u"cpii"_s}}); });
             }, "names cpii, which is not one of the paths"},
            {"anchors out of order", [&](Parameters &p) {
                 series(p, u"pop.total", [](QJsonObject &o) { o.insert(u"path", QJsonArray{QJsonArray{2016.0, 1.0}, QJsonArray{2015.0, 2.0}}); });
             }, "(pop.total).path must be a list of [year, value] pairs"},
            {"undeclared part", [](Parameters &p) {
                 QJsonArray entries = p.models.value(u"series").toArray();
                 for (qsizetype i = 0; i < entries.size(); ++i) {
                     QJsonObject o = entries.at(i).toObject();
                     if (o.value(u"model").toString() == u"exportParts")
                         o.insert(u"parts", QJsonArray{u"ownership=fdi"_s, u"sector=domestic"_s});
                     entries[i] = o;
                 }
                 p.models.insert(u"series", entries);
             }, "sector=domestic is not a dimension=value part of exports"},
            {"unlisted value", [](Parameters &p) {
                 QJsonArray entries = p.models.value(u"series").toArray();
                 for (qsizetype i = 0; i < entries.size(); ++i) {
                     QJsonObject o = entries.at(i).toObject();
                     if (o.value(u"model").toString() == u"exportParts")
                         o.insert(u"parts", QJsonArray{u"ownership=fdi"_s, u"ownership=state"_s});
                     entries[i] = o;
                 }
                 p.models.insert(u"series", entries);
             }, "\"state\" is not a value of the dimension ownership of exports (its values: fdi, domestic)"},
            {"no series", [](Parameters &p) {
                 QJsonArray entries = p.models.value(u"series").toArray();
                 entries.removeLast();
                 p.models.insert(u"series", entries);
             }, "the indicator housing.social of the catalogue has no series"},
            {"target", [](Parameters &p) {
                 QJsonArray targets = p.models.value(u"targets").toArray();
                 targets.append(QJsonObject{{u"code"_s, u"gdp"_s}, {u"values"_s, QJsonArray{1.0, 2.0}}});
                 p.models.insert(u"targets", targets);
             }, "targets[21] (gdp).code names gdp, which is not in the catalogue"},
            {"calendar", [](Parameters &p) {
                 QJsonObject calendar = p.models.value(u"calendar").toObject();
                 calendar.insert(u"tetMonth", QJsonObject{{u"firstYear"_s, 2016}, {u"months"_s, QJsonArray{1, 2}}});
                 p.models.insert(u"calendar", calendar);
             }, "calendar.tetMonth must cover the years 2014 to 2027"},
            {"catalogue reference", [&](Parameters &p) {
                 indicator(p, u"grdp.growth", [](QJsonObject &o) { o.insert(u"weightIndicator", u"grdp.nominal"_s); });
             }, "(grdp.growth).weightIndicator names grdp.nominal, which is not in the catalogue"},
            {"catalogue name", [&](Parameters &p) { indicator(p, u"pci", [](QJsonObject &o) { o.insert(u"aggregation", u"average"_s); }); },
             "(pci).aggregation names average"},
            {"owner", [&](Parameters &p) { indicator(p, u"pci", [](QJsonObject &o) { o.insert(u"owner", u"BKHĐT"_s); }); },
             "the owner BKHĐT of pci is not a ministry"},
            {"no profile", [](Parameters &p) {
                 QJsonArray rows = p.provinces.value(u"provinces").toArray();
                 rows.removeFirst();
                 p.provinces.insert(u"provinces", rows);
             }, "no profile for the province VN-HN"},
            {"profile value", [](Parameters &p) {
                 QJsonArray rows = p.provinces.value(u"provinces").toArray();
                 QJsonArray row = rows.at(3).toArray();
                 row[1] = -5;
                 rows[3] = row;
                 p.provinces.insert(u"provinces", rows);
             }, "provinces.json: provinces[3] has population = -5"},
        };
        for (const Case &c : cases) {
            QTemporaryDir dir;
            QVERIFY(dir.isValid());
            Parameters parameters;
            QVERIFY(!parameters.models.isEmpty() && !parameters.catalogue.isEmpty() && !parameters.provinces.isEmpty());
            c.edit(parameters);
            for (const auto &[file, json] : {std::pair{u"catalogue.json", &parameters.catalogue},
                                             std::pair{u"provinces.json", &parameters.provinces},
                                             std::pair{u"models.json", &parameters.models}}) {
                QFile f(dir.filePath(QString::fromUtf16(file)));
                QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(*json).toJson()) > 0);
            }
            const auto created = SampleGenerator::create(m_registry, SampleGenerator::defaultSeed, dir.path());
            if (!c.expected) {
                QVERIFY2(created.ok(), created.ok() ? c.name : qPrintable(created.error().message));
                QCOMPARE(hashOf(*created), hashOf(*m_generator));
                continue;
            }
            QVERIFY2(!created.ok(), c.name);
            QCOMPARE(created.error().code, Error::Code::Invalid);
            QVERIFY2(created.error().message.contains(QString::fromUtf8(c.expected)),
                     qPrintable(QString::fromUtf8(c.name) + u": " + created.error().message));
        }

        // Files that cannot be read at all.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto missing = SampleGenerator::create(m_registry, SampleGenerator::defaultSeed, dir.path());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY2(missing.error().message.contains(u"catalogue.json"), qPrintable(missing.error().message));
        for (const char *file : {"catalogue.json", "provinces.json", "models.json"})
            QVERIFY(QFile::copy(SampleGenerator::defaultParameters() + u'/' + QLatin1StringView(file), dir.filePath(QLatin1StringView(file))));
        QFile models(dir.filePath(u"models.json"_s));
        QVERIFY(models.setPermissions(QFile::ReadOwner | QFile::WriteOwner) && models.open(QIODevice::WriteOnly | QIODevice::Truncate));
        models.write(R"({"version": 1, "series": [)");
        models.close();
        auto broken = SampleGenerator::create(m_registry, SampleGenerator::defaultSeed, dir.path());
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().message.contains(u"models.json are not valid JSON"), qPrintable(broken.error().message));
    }

    // The bundled sample, pinned: any change to a number, a name or a status of what
    // `dieuhanh-sync sample` writes changes these digests. Change them only for a deliberate change
    // of the sample, and say so in the commit.
    void digest()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"sample.sqlite"_s);
        test::FakeClock clock;
        const auto built = SampleCacheWriter(m_registry, clock).build(path);
        QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));
        auto cache = Cache::open(path, m_registry, Cache::OpenMode::ReadOnly);
        QVERIFY2(cache.ok(), cache.ok() ? "" : qPrintable(cache.error().message));
        qint64 count = 0;
        const QByteArray observations = observationDigest(**cache, &count);
        const QByteArray catalogue = catalogueDigest(*m_generator);
        qInfo("%lld observations: %s; catalogue: %s", count, observations.constData(), catalogue.constData());
        QCOMPARE(count, built->observations);
        // The synthetic tasks go in beside the figures (their own checks: tst_sampletasks).
        QCOMPARE(built->tasks, 19000);
        QCOMPARE(*(*cache)->tasks().rawCount(), 19000);
        QCOMPARE(observations, QByteArray(kObservationDigest));
        QCOMPARE(catalogue, QByteArray(kCatalogueDigest));
    }
};

QTEST_GUILESS_MAIN(TestSampleGenerator)
#include "tst_samplegenerator.moc"
