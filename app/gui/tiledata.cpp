#include "tiledata.h"

#include "models/kpitext.h"

namespace dh {

namespace {

KpiTileData::Tone tone(int t)
{
    return t > 0 ? KpiTileData::Tone::Good : t < 0 ? KpiTileData::Tone::Bad : KpiTileData::Tone::Neutral;
}

} // namespace

KpiTileData tileData(const KpiText &t)
{
    KpiTileData d;
    d.title = t.title;
    d.value = t.value;
    d.unit = t.unit;
    d.period = t.period;
    for (const KpiText::Delta &delta : t.deltas)
        d.deltas.append({delta.text, delta.label, delta.direction, tone(delta.tone)});
    d.cumulative = t.cumulative;
    d.progress = t.progress;
    d.progressText = t.progressText;
    d.progressTone = tone(t.progressTone);
    d.sparkline = t.sparkline;
    d.badge = t.badge;
    d.footer = t.footer;
    d.message = t.message;
    return d;
}

} // namespace dh
