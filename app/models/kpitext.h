#pragma once

#include "analytics/kpi.h"
#include "core/indicator.h"

#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace dh {

// One KPI tile as text in the user's language: what the dashboard model hands to the view. Every
// number carries its unit and period; provisional and synthetic figures are said to be so.
struct KpiText
{
    struct Delta
    {
        QString text;
        QString label;
        int direction = 0; // +1, −1, 0
        int tone = 0;      // +1 good news, −1 bad, 0 neither (polarity-aware)
    };

    QString code;
    QString title;
    QString value;
    QString unit;
    QString period;
    QList<Delta> deltas;
    QString cumulative;
    std::optional<double> progress;
    QString progressText;
    int progressTone = 0; // +1 on track for the target, −1 not, 0 unknown
    QList<double> sparkline;
    QString badge;
    QString footer;
    QString message;
};

// Formats KpiFigures for people: Vietnamese (1.234,5; "tháng 7/2025") or English.
KpiText formatKpi(const Indicator &indicator, const KpiFigures &figures, const QLocale &locale, bool synthetic);

} // namespace dh

Q_DECLARE_METATYPE(dh::KpiText)
