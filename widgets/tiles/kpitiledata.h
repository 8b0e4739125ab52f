#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace dh {

// What a KPI tile shows, as ready-made text and numbers: the caller formats values, units and
// periods in the user's language; the tile only lays them out.
struct KpiTileData
{
    enum class Tone { Good, Bad, Neutral };

    struct Delta
    {
        QString text;      // "+5,2 %"
        QString label;     // "so với tháng trước"
        int direction = 0; // +1 up, −1 down, 0 flat or unknown
        Tone tone = Tone::Neutral;
    };

    QString title;
    QString value;             // "230.060"
    QString unit;              // "tỷ đồng"
    QString period;            // "tháng 10/2026"
    QList<Delta> deltas;       // against the previous period, the same period last year
    QString cumulative;        // "Lũy kế 10 tháng: 1.912.345 tỷ đồng", or empty
    std::optional<double> progress; // share of the plan target reached (0.785 = 78,5 %)
    QString progressText;      // "78,5 % kế hoạch năm 2026"
    Tone progressTone = Tone::Neutral; // colours the target line (met or missed)
    QList<double> sparkline;   // the last periods, oldest first; NaN where missing
    QString badge;             // "Sơ bộ", "Ước tính", or empty for final figures
    QString footer;            // "Cập nhật 01/11/2026 · Nguồn: …"
    QString message;           // shown instead of the value when there is none ("Chưa có số liệu")
};

// Colours and type of a tile; the wall theme swaps the whole set.
struct KpiTileStyle
{
    QColor background = QColor(0xff, 0xff, 0xff);
    QColor border = QColor(0xd5, 0xdc, 0xe3);
    QColor hoverBorder = QColor(0x0b, 0x3d, 0x6b);
    QColor title = QColor(0x33, 0x3f, 0x4c);
    QColor value = QColor(0x0b, 0x1f, 0x33);
    QColor secondary = QColor(0x5b, 0x67, 0x73);
    QColor good = QColor(0x1b, 0x7a, 0x3d);
    QColor bad = QColor(0xc0, 0x28, 0x28);
    QColor neutral = QColor(0x5b, 0x67, 0x73);
    QColor badge = QColor(0xf2, 0xa9, 0x00);
    QColor badgeText = QColor(0x1a, 0x1a, 0x1a);
    QColor sparkline = QColor(0x1f, 0x6f, 0xb5);
    QColor sparkFill = QColor(0x1f, 0x6f, 0xb5, 40);
    QColor progressTrack = QColor(0xe4, 0xe9, 0xee);
    QColor progressBar = QColor(0x1f, 0x6f, 0xb5);
    QColor progressDone = QColor(0x1b, 0x7a, 0x3d);
    QString fontFamily;
};

} // namespace dh
