#pragma once

#include "sampleprovinces.h"
#include "samplerandom.h"
#include "sampleseries.h"

#include "core/indicator.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <deque>
#include <functional>
#include <vector>

namespace dh {

// Builds the numbers of the synthetic sample, indicator by indicator, into SampleSeries held in
// memory (about 5 MB): the provinces first, the nation from them by the indicator's rule, so every
// national figure is exactly what re-aggregation would compute. The models are simple — an annual
// national anchor, a seasonal profile with the Tết month, the COVID-19 dip, a size share per
// province with a slow drift, and noise — tuned so the magnitudes look like Vietnam's.
class SampleBuilder
{
public:
    struct Target
    {
        QString indicator;
        int unit = 0; // 0 = the nation
        int year = 0;
        double value = 0.0;
    };

    // provinceCodes: the 63 codes (ISO 3166-2) in registry order; gso: their GSO codes.
    SampleBuilder(const QStringList &provinceCodes, const QList<int> &gso, quint64 seed);

    void build();

    const QStringList &unitCodes() const { return m_units; }
    const std::deque<SampleSeries> &series() const { return m_series; }
    const QList<Target> &targets() const { return m_targets; }

private:
    struct Flow
    {
        std::vector<double> annual; // national totals 2015…2026
        std::array<double, 12> season = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        double tet = 0.0;      // the Tết month loses this share
        double tetBoost = 0.0; // the month before Tết gains this share
        double covid = 0.0;    // sensitivity to the COVID-19 dip
        std::function<double(int year, int sub)> extra; // a further shape (tourism's closed borders)
        std::vector<double> weights; // by unit; [0] unused
        double drift = 0.01;   // sd of a province's share drift per year (log)
        double noise = 0.05;   // sd of a province's noise per period (log)
        double common = 0.02;  // sd of the noise all provinces share
        double zeroProb = 0.0; // chance a province reports nothing in a period (lumpy flows)
        int decimals = 0;
    };
    struct Rate
    {
        std::function<double(const SampleSeries &s, int p)> path; // the national path
        double spread = 0.5; // sd of a province's lasting bias
        double noise = 0.2;  // sd of a province's noise
        double ar = 0.6;     // autocorrelation of the noise
        double lo = -1e300;
        double hi = 1e300;
        std::vector<double> bias;                 // optional extra lasting bias per unit
        const SampleSeries *weights = nullptr;    // WeightedMean: the weight series (and centering)
        AggregationRule rule = AggregationRule::Mean;
        int decimals = 1;
        bool provinces = true;
    };

    SampleSeries &add(const QString &code, Period::Kind kind, const QString &disaggregation = {});
    const SampleSeries &get(QStringView code) const;
    SampleRandom rng(QStringView code, int unit) const;
    std::vector<double> weights(const std::function<double(const SampleProvinceProfile &)> &f) const;
    bool south(int unit) const { return m_gso.value(unit - 1) >= 70; }

    SampleSeries &flow(const QString &code, Period::Kind kind, const Flow &spec);
    SampleSeries &rate(const QString &code, Period::Kind kind, const Rate &spec);
    SampleSeries &ratio(const QString &code, const SampleSeries &num, const SampleSeries &den, double factor);
    SampleSeries &difference(const QString &code, const SampleSeries &a, const SampleSeries &b, int decimals);
    SampleSeries &cumulate(const QString &code, const SampleSeries &flow, int decimals);
    // A stock that follows a national path, shared by size with a slow drift and a little noise.
    SampleSeries &stock(const QString &code, Period::Kind kind, const SampleSeries::Anchors &path,
                        const std::vector<double> &weights, double drift, double noise, int decimals);
    void target(const QString &code, int unit, int year, double value) { m_targets.append({code, unit, year, value}); }

    void buildGrowth();
    void buildFinance();
    void buildBudgetBreakdown(const SampleSeries &revenue);
    void buildExportsBreakdown(const SampleSeries &exports);
    void buildMacro();
    void buildBusiness();
    void buildLabourSocial();
    void buildEnvironment();
    void buildAdministration();
    void buildInfrastructure();
    void buildTargets();

    QStringList m_units; // [0] = "VN"
    QList<int> m_gso;
    std::vector<const SampleProvinceProfile *> m_profiles; // by province, 0-based
    quint64 m_seed;
    std::deque<SampleSeries> m_series;
    QHash<QString, size_t> m_index; // totals only
    QList<Target> m_targets;
};

} // namespace dh
