#pragma once

#include "samplecalendar.h"
#include "samplecatalog.h"
#include "sampleformula.h"
#include "samplejson.h"
#include "samplepath.h"
#include "sampleprovinces.h"
#include "samplerandom.h"
#include "sampleseries.h"

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <deque>
#include <optional>
#include <vector>

namespace dh {

// Builds the numbers of the synthetic sample into SampleSeries held in memory (about 5 MB), series
// by series as models.json lists them: the provinces first, the nation from them by the
// indicator's rule, so every national figure is exactly what re-aggregation would compute. The
// generic models — a flow with a seasonal shape, a rate around a national path, a stock, a share of
// another series, ratios, differences, running totals — take all their numbers from the file; a
// few specials whose arithmetic is their own (samplebuilderspecials.cpp) take their numbers from it
// too. Every series draws from its own random streams, so adding one does not move the others.
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

    // provinceCodes: the 63 codes (ISO 3166-2) in registry order, each with a profile in provinces;
    // gso: their GSO codes.
    SampleBuilder(const SampleCatalog &catalog, SampleProvinces provinces, const QStringList &provinceCodes,
                  const QList<int> &gso, quint64 seed);

    // Builds every series and target of models.json; the first problem in the file is the error.
    Result<void> build(const SampleJson &models);

    const QStringList &unitCodes() const { return m_units; }
    const std::deque<SampleSeries> &series() const { return m_series; }
    const QList<Target> &targets() const { return m_targets; }

private:
    struct Flow
    {
        std::vector<double> annual;            // national totals 2015…2026
        std::vector<double> season;            // by month or quarter
        double tet = 0.0;                      // the Tết month loses this share
        double tetBoost = 0.0;                 // the month before Tết gains this share
        double covid = 0.0;                    // sensitivity to the COVID-19 dip
        QHash<int, std::vector<double>> extra; // a further shape by year (tourism's closed borders)
        std::vector<double> weights;           // by unit; [0] unused
        double drift = 0.0;                    // sd of a province's share drift per year (log)
        double noise = 0.0;                    // sd of a province's noise per period (log)
        double common = 0.0;                   // sd of the noise all provinces share
        double zeroProb = 0.0;                 // chance a province reports nothing in a period (lumpy flows)
        int southFromGso = 0;                  // the southern provinces, by GSO code
        int southWaveYear = 0;                 // the year a COVID-19 wave hit the south hardest
        double southWave = 0.0;                // its extra weight there
    };
    struct Rate
    {
        SamplePath path;        // the national path
        double spread = 0.0;    // sd of a province's lasting bias
        double noise = 0.0;     // sd of a province's noise
        double ar = 0.0;        // autocorrelation of the noise
        double lo = 0.0;
        double hi = 0.0;
        std::vector<double> bias;              // optional extra lasting bias per unit
        const SampleSeries *weights = nullptr; // WeightedMean: the weight series (and centring)
        AggregationRule rule = AggregationRule::Mean;
        bool provinces = true;
    };
    using Model = void (SampleBuilder::*)(const SampleJson &spec);

    // A new series of the catalogue (or a helper "code#part" declaring periodicity and decimals).
    SampleSeries *add(const SampleJson &spec, const QString &code, const QString &disaggregation = {});
    // The series whose code spec holds at key: a new one, or one built by an earlier entry.
    SampleSeries *output(const SampleJson &spec, QStringView key);
    const SampleSeries *input(const SampleJson &spec, QStringView key, std::optional<Period::Kind> kind = std::nullopt);
    // A part of an existing total: "dim=value", a dimension the indicator declares.
    SampleSeries *part(const SampleJson &spec, const SampleSeries &total, const QString &key);
    int decimals(const QString &code) const { return m_decimals.value(code); }
    SampleRandom rng(QStringView code, int unit) const;
    SampleFormula formula(const SampleJson &spec, QStringView key) const;
    // By unit, [0] = 0: the formula for each province, floored at zero (weights) or as it is.
    std::vector<double> weights(const SampleFormula &f) const;
    std::vector<double> perProvince(const SampleFormula &f) const;
    bool south(int unit, int fromGso) const { return m_gso.value(unit - 1) >= fromGso; }

    void flow(SampleSeries &s, const Flow &spec);
    void rate(SampleSeries &s, const Rate &spec);
    void ratio(SampleSeries &s, const SampleSeries &num, const SampleSeries &den, double factor);

    // The entries of models.json, by model (samplebuildermodels.cpp).
    void readFlow(const SampleJson &spec);
    void readRate(const SampleJson &spec);
    void readStock(const SampleJson &spec);
    void readShare(const SampleJson &spec);
    void readRatio(const SampleJson &spec);
    void readDifference(const SampleJson &spec);
    void readCumulate(const SampleJson &spec);
    void readYearMean(const SampleJson &spec);
    void readScore(const SampleJson &spec);
    void readBacklog(const SampleJson &spec);
    // The specials (samplebuilderspecials.cpp).
    void buildExportParts(const SampleJson &spec);
    void buildBudgetParts(const SampleJson &spec);
    void buildPublicInvestment(const SampleJson &spec);
    void buildFdiSectors(const SampleJson &spec);
    void buildDoctors(const SampleJson &spec);
    void buildPoverty(const SampleJson &spec);
    void buildPm25(const SampleJson &spec);
    void buildForest(const SampleJson &spec);
    void buildDossiers(const SampleJson &spec);
    void buildExpressways(const SampleJson &spec);
    // The plan targets (samplebuildertargets.cpp).
    void buildTargets(const SampleJson &models);

    QHash<QString, Indicator> m_indicators;
    QStringList m_units; // [0] = "VN"
    QList<int> m_gso;
    SampleProvinces m_provinces;
    QList<const SampleProvinceProfile *> m_profiles; // by province, 0-based, into m_provinces
    quint64 m_seed;
    SampleCalendar m_calendar;
    SampleJson m_paths;
    std::deque<SampleSeries> m_series;
    QHash<QString, size_t> m_index;  // totals only
    QHash<QString, int> m_decimals; // every total
    QList<Target> m_targets;
};

} // namespace dh
