#include "kpitext.h"

#include <QCoreApplication>

#include <cmath>

namespace dh {

namespace {

// The locale's signs, as on every other number the app prints (the UI font has no U+2212 minus).
QString signedNumber(const QLocale &locale, double v, int decimals)
{
    const QString body = locale.toString(std::abs(v), 'f', decimals);
    return (v > 0 ? locale.positiveSign() : v < 0 ? locale.negativeSign() : QString()) + body;
}

QString previousLabel(Period::Kind kind)
{
    switch (kind) {
    case Period::Kind::Month: return QCoreApplication::translate("KpiText", "vs previous month");
    case Period::Kind::Quarter: return QCoreApplication::translate("KpiText", "vs previous quarter");
    case Period::Kind::Year: return QCoreApplication::translate("KpiText", "vs previous year");
    case Period::Kind::Day: return QCoreApplication::translate("KpiText", "vs previous day");
    case Period::Kind::Week: return QCoreApplication::translate("KpiText", "vs previous week");
    default: return QCoreApplication::translate("KpiText", "vs previous period");
    }
}

KpiText::Delta delta(const Indicator &indicator, double change, bool points, const QLocale &locale, QString label)
{
    // Judge the change as shown: "+0,0" is no change, not a rise.
    change = std::round(change * 10.0) / 10.0;
    KpiText::Delta d;
    d.text = signedNumber(locale, change, 1) + (points ? QCoreApplication::translate("KpiText", " pt") : QStringLiteral(" %"));
    d.label = std::move(label);
    d.direction = change > 0 ? 1 : change < 0 ? -1 : 0;
    d.tone = changeTone(indicator, change);
    return d;
}

} // namespace

KpiText formatKpi(const Indicator &indicator, const KpiFigures &k, const QLocale &locale, bool synthetic)
{
    const bool vi = locale.language() == QLocale::Vietnamese;
    KpiText t;
    t.code = indicator.code;
    t.title = vi ? indicator.nameVi : indicator.nameEn;
    t.unit = vi ? indicator.unitVi : indicator.unitEn;
    if (!k.latest) {
        t.message = QCoreApplication::translate("KpiText", "No data");
        t.footer = indicator.origin == DataOrigin::Real ? indicator.sourceAgency : QString();
        return t;
    }
    const Observation &o = *k.latest;
    t.value = locale.toString(o.value, 'f', indicator.decimals);
    t.period = o.period.label(locale);
    if (indicator.storedAs == ValueKind::Cumulative)
        t.period = QCoreApplication::translate("KpiText", "%1, year to date").arg(t.period);

    if (k.changeFromPrevious)
        t.deltas.append(delta(indicator, *k.changeFromPrevious, k.changeInPoints, locale, previousLabel(o.period.kind())));
    if (k.changeFromLastYear)
        t.deltas.append(delta(indicator, *k.changeFromLastYear, k.changeInPoints, locale,
                              QCoreApplication::translate("KpiText", "vs same period last year")));

    if (k.yearToDate && indicator.storedAs == ValueKind::InPeriod) {
        const QString label = o.period.kind() == Period::Kind::Quarter
            ? QCoreApplication::translate("KpiText", "Year to date, %n quarter(s): %1 %2", nullptr, k.yearToDatePeriods)
            : QCoreApplication::translate("KpiText", "Year to date, %n month(s): %1 %2", nullptr, k.yearToDatePeriods);
        t.cumulative = label.arg(locale.toString(*k.yearToDate, 'f', indicator.decimals), t.unit);
        if (k.yearToDateChange)
            t.cumulative += QStringLiteral(" (%1 %)").arg(signedNumber(locale, *k.yearToDateChange, 1));
    }

    if (k.onTrack)
        t.progressTone = *k.onTrack ? 1 : -1;
    if (k.target) {
        const QString target = locale.toString(*k.target, 'f', indicator.decimals) + u' ' + t.unit;
        if (indicator.polarity == Polarity::LowerIsBetter) {
            // A ceiling is met or not; a bar filling towards it would read as progress.
            t.progressText = (k.onTrack.value_or(false)
                                  ? QCoreApplication::translate("KpiText", "Target %1: at most %2 — within")
                                  : QCoreApplication::translate("KpiText", "Target %1: at most %2 — exceeded"))
                                 .arg(k.targetYear).arg(target);
        } else if (k.progress) {
            t.progress = k.progress;
            t.progressText = QCoreApplication::translate("KpiText", "%1 % of the %2 target (%3)")
                                 .arg(locale.toString(*k.progress * 100.0, 'f', 1)).arg(k.targetYear).arg(target);
        } else {
            t.progressText = QCoreApplication::translate("KpiText", "Target %1: %2 — progress unknown, periods of the year are missing")
                                 .arg(k.targetYear).arg(target);
        }
    }

    t.sparkline = k.sparkline;
    if (o.status == ObservationStatus::Provisional)
        t.badge = QCoreApplication::translate("KpiText", "Provisional");
    else if (o.status == ObservationStatus::Estimate)
        t.badge = QCoreApplication::translate("KpiText", "Estimate");

    const QString asOf = o.provenance.retrievedAt.isValid()
        ? QCoreApplication::translate("KpiText", "As of %1").arg(locale.toString(o.provenance.retrievedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")))
        : QString();
    const QString origin = indicator.origin == DataOrigin::Real || !synthetic
        ? QCoreApplication::translate("KpiText", "Source: %1").arg(indicator.sourceAgency)
        : QCoreApplication::translate("KpiText", "Simulated data");
    t.footer = asOf.isEmpty() ? origin : asOf + QStringLiteral(" · ") + origin;
    return t;
}

} // namespace dh
