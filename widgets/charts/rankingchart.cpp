#include "rankingchart.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <cmath>

namespace dh {

RankingChart::RankingChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->yAxis->setTickLength(0, 0);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setRangeReversed(true);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        const QString id = itemAt(event->position());
        if (!id.isEmpty())
            emit itemClicked(id);
    });
}

void RankingChart::setItems(const QList<Item> &items, const ChartFormat &format, const QString &highlighted)
{
    m_items = items;
    m_plot->clearPlottables();
    m_plot->clearItems();
    const QFont base = font();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> keys;
    QVector<double> values;
    QVector<double> hiKeys;
    QVector<double> hiValues;
    for (qsizetype i = 0; i < items.size(); ++i) {
        ticker->addTick(double(i), QStringLiteral("%1. %2").arg(i + 1).arg(items.at(i).label));
        (items.at(i).id == highlighted ? hiKeys : keys).append(double(i));
        (items.at(i).id == highlighted ? hiValues : values).append(items.at(i).value);
    }
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setTickLabelFont(base);
    m_plot->xAxis->setTickLabelFont(base);
    m_plot->xAxis->setLabel(format.valueAxis);
    if (format.value) {
        struct Named final : QCPAxisTicker
        {
            std::function<QString(double)> name;
            QString getTickLabel(double tick, const QLocale &, QChar, int) override { return name(tick); }
        };
        auto named = QSharedPointer<Named>::create();
        named->name = format.value;
        m_plot->xAxis->setTicker(named);
    }

    auto makeBars = [this](const QVector<double> &k, const QVector<double> &v, const QColor &color) {
        auto *bars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
        bars->setData(k, v, true);
        bars->setWidth(0.75);
        bars->setBrush(color);
        bars->setPen(Qt::NoPen);
        return bars;
    };
    m_bars = makeBars(keys, values, QColor(0x1f, 0x6f, 0xb5));
    m_highlight = makeBars(hiKeys, hiValues, QColor(0xf2, 0xa9, 0x00));

    double lo = 0.0;
    double hi = 0.0;
    for (const Item &item : items) {
        lo = std::min(lo, item.value);
        hi = std::max(hi, item.value);
    }
    const double span = std::max(1e-9, hi - lo);
    // Room beyond the longest bar for its value label.
    m_plot->xAxis->setRange(lo - (lo < 0 ? span * 0.4 : 0.0), hi + span * 0.4);
    m_plot->yAxis->setRange(-0.7, std::max<qsizetype>(1, items.size()) - 0.3);

    // Value labels at the bar ends: the numbers are the point of a ranking.
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto *label = new QCPItemText(m_plot);
        label->setPositionAlignment(items.at(i).value < 0 ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
        label->position->setCoords(items.at(i).value, double(i));
        label->setPadding(QMargins(4, 0, 4, 0));
        label->setFont(base);
        label->setText(format.value ? format.value(items.at(i).value) : QString::number(items.at(i).value));
        label->setClipToAxisRect(false);
    }
    // One readable row per item; a scroll area around the chart shows them all.
    const int row = QFontMetrics(base).height() + 8;
    m_plot->setMinimumHeight(int(items.size()) * row + 60);
    m_plot->replot();
}

QString RankingChart::itemAt(const QPointF &pos) const
{
    if (!m_plot->axisRect()->rect().contains(pos.toPoint()))
        return {};
    const double key = std::round(m_plot->yAxis->pixelToCoord(pos.y()));
    if (key < 0 || key >= m_items.size())
        return {};
    return m_items.at(qsizetype(key)).id;
}

// Charts follow the widget's font, which the window scales with its size (walls).
void RankingChart::applyFonts()
{
    const QFont base = font();
    for (QCPAxis *axis : m_plot->axisRect()->axes()) {
        axis->setTickLabelFont(base);
        axis->setLabelFont(base);
    }
    m_plot->legend->setFont(base);
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(m_plot->item(i)))
            text->setFont(base);
    }
    const int row = QFontMetrics(base).height() + 8;
    m_plot->setMinimumHeight(int(m_items.size()) * row + 60);
    m_plot->replot();
}

void RankingChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

} // namespace dh
