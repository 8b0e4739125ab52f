#include "tasktrendchart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace dh {

TaskTrendChart::TaskTrendChart(QWidget *parent)
    : QChartView(parent)
    , m_locale(QLocale::Vietnamese, QLocale::Vietnam)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    rebuild();
}

void TaskTrendChart::setMonths(const QList<TaskMonth> &months)
{
    m_months = months;
    rebuild();
}

void TaskTrendChart::setLocale(const QLocale &locale)
{
    m_locale = locale;
    rebuild();
}

void TaskTrendChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Tasks by month"));
    chart->setMargins({4, 4, 4, 4});
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    struct Line
    {
        QString name;
        QColor color;
        qint64 TaskMonth::*value;
    };
    const Line lines[] = {{tr("Assigned"), QColor(0x15, 0x65, 0xc0), &TaskMonth::assigned},
                          {tr("Completed"), QColor(0x2e, 0x7d, 0x32), &TaskMonth::completed},
                          {tr("Became overdue"), QColor(0xc6, 0x28, 0x28), &TaskMonth::becameOverdue}};
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM/yy"));
    // A tick every quarter or so: two years of months do not fit side by side.
    x->setTickCount(int(std::clamp<qsizetype>(m_months.size() / 3 + 1, 2, 9)));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    qint64 top = 0;
    for (const Line &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        series->setPen(QPen(line.color, 2));
        for (qsizetype i = 0; i < m_months.size(); ++i) {
            const qint64 value = m_months.at(i).*line.value;
            series->append(double(m_months.at(i).month.startOfDay(Qt::UTC).toMSecsSinceEpoch()), double(value));
            top = std::max(top, value);
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    y->setRange(0, double(std::max<qint64>(top, 1)) * 1.1);
    y->applyNiceNumbers();
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

void TaskTrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

} // namespace dh
