#pragma once

#include "core/indicator.h"

#include <QList>
#include <QStringList>

namespace dh {

class SampleJson;

// The demo catalogue of the embedded sample (catalogue.json): indicators across all nine fields of
// the national set, with their Vietnamese and English names and units, aggregation rules, polarity,
// owner ministry (2025 codes) and method; the headline indicators; the indicators whose
// next-to-last month is an estimate. SampleGenerator fills them with synthetic numbers; the
// metadata is meant to read like the real framework's so the dashboard can be shown and tested
// without a network.
class SampleCatalog
{
public:
    // Records any problem in json, among them references to indicators the catalogue lacks.
    static SampleCatalog fromJson(const SampleJson &json);

    const QList<Indicator> &indicators() const { return m_indicators; }
    const Indicator *find(QStringView code) const;
    // The 16 headline indicators (8 socio-economic direction + 8 statistical), in tile order.
    const QStringList &headline() const { return m_headline; }
    const QStringList &estimated() const { return m_estimated; }
    static QString sourceTag() { return QStringLiteral("synthetic:dieuhanh-sample"); }

private:
    QList<Indicator> m_indicators;
    QStringList m_headline;
    QStringList m_estimated;
};

} // namespace dh
