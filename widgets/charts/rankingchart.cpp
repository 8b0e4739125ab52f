#include "rankingchart.h"

#include <qcustomplot.h>

#include <cmath>

namespace dh {

RankingChart::RankingChart(QWidget *parent)
    : ChartWidget(parent)
{
    plot()->yAxis->setTickLength(0, 0);
    plot()->yAxis->grid()->setVisible(false);
    plot()->yAxis->setRangeReversed(true);
    // The bars on a layer of their own, above the grid and below the value labels and the axes,
    // so that moving the highlight redraws the bars alone.
    plot()->addLayer(QStringLiteral("bars"), plot()->layer(QStringLiteral("grid")), QCustomPlot::limAbove);
    plot()->layer(QStringLiteral("bars"))->setMode(QCPLayer::lmBuffered);
    connect(plot(), &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        const QString id = itemAt(event->position());
        if (!id.isEmpty())
            emit itemClicked(id);
    });
}

void RankingChart::setItems(const QList<Item> &items, const ChartFormat &format, const QString &highlighted)
{
    QStringList texts;
    for (const Item &item : items)
        texts.append(format.value ? format.value(item.value) : QString::number(item.value));
    // A drill-down from one province to another ranks the same provinces: only the highlight
    // moves. The value texts stand for the format: another locale, precision or unit shows in them.
    if (m_bars && items == m_items && texts == m_valueTexts && format.valueAxis == plot()->xAxis->label()) {
        if (highlighted != m_highlighted) {
            m_highlighted = highlighted;
            fillBars();
            m_bars->layer()->replot();
        }
        return;
    }
    m_items = items;
    m_valueTexts = texts;
    m_highlighted = highlighted;
    plot()->clearPlottables();
    plot()->clearItems();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (qsizetype i = 0; i < items.size(); ++i)
        ticker->addTick(double(i), QStringLiteral("%1. %2").arg(i + 1).arg(items.at(i).label));
    plot()->yAxis->setTicker(ticker);
    plot()->xAxis->setLabel(format.valueAxis);
    if (format.value) {
        struct Named final : QCPAxisTicker
        {
            std::function<QString(double)> name;
            QString getTickLabel(double tick, const QLocale &, QChar, int) override { return name(tick); }
        };
        auto named = QSharedPointer<Named>::create();
        named->name = format.value;
        plot()->xAxis->setTicker(named);
    }

    auto makeBars = [this](const QColor &color) {
        auto *bars = new QCPBars(plot()->yAxis, plot()->xAxis);
        bars->setLayer(QStringLiteral("bars"));
        bars->setWidth(0.75);
        bars->setBrush(color);
        bars->setPen(Qt::NoPen);
        return bars;
    };
    m_bars = makeBars(QColor(0x1f, 0x6f, 0xb5));
    m_highlight = makeBars(QColor(0xf2, 0xa9, 0x00));
    fillBars();

    double lo = 0.0;
    double hi = 0.0;
    for (const Item &item : items) {
        lo = std::min(lo, item.value);
        hi = std::max(hi, item.value);
    }
    const double span = std::max(1e-9, hi - lo);
    // Room beyond the longest bar for its value label.
    plot()->xAxis->setRange(lo - (lo < 0 ? span * 0.4 : 0.0), hi + span * 0.4);
    plot()->yAxis->setRange(-0.7, std::max<qsizetype>(1, items.size()) - 0.3);

    // Value labels at the bar ends: the numbers are the point of a ranking.
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto *label = new QCPItemText(plot());
        label->setPositionAlignment(items.at(i).value < 0 ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
        label->position->setCoords(items.at(i).value, double(i));
        label->setPadding(QMargins(4, 0, 4, 0));
        label->setText(texts.at(i));
        label->setClipToAxisRect(false);
    }
    applyFonts();
    fitRows();
    plot()->replot();
}

// The highlighted item's bar in the highlight's colour, the others in the bars'.
void RankingChart::fillBars()
{
    QVector<double> keys;
    QVector<double> values;
    QVector<double> hiKeys;
    QVector<double> hiValues;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const bool hi = m_items.at(i).id == m_highlighted;
        (hi ? hiKeys : keys).append(double(i));
        (hi ? hiValues : values).append(m_items.at(i).value);
    }
    m_bars->setData(keys, values, true);
    m_highlight->setData(hiKeys, hiValues, true);
}

QString RankingChart::itemAt(const QPointF &pos) const
{
    if (!plot()->axisRect()->rect().contains(pos.toPoint()))
        return {};
    const double key = std::round(plot()->yAxis->pixelToCoord(pos.y()));
    if (key < 0 || key >= m_items.size())
        return {};
    return m_items.at(qsizetype(key)).id;
}

// One readable row per item; a scroll area around the chart shows them all.
void RankingChart::fitRows()
{
    const int row = QFontMetrics(font()).height() + 8;
    plot()->setMinimumHeight(int(m_items.size()) * row + 60);
}

void RankingChart::fontChanged()
{
    applyFonts();
    fitRows();
    plot()->replot();
}

} // namespace dh
