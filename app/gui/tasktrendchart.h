#pragma once

#include "models/tasksummary.h"

#include <QChartView>
#include <QLocale>

namespace dh {

// The trend of tasks by month: assigned, completed (confirmed by the tracking office) and become
// overdue, as three lines over the summary's months (Qt Charts, like the donut beside it).
class TaskTrendChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTrendChart)

public:
    explicit TaskTrendChart(QWidget *parent = nullptr);

    void setMonths(const QList<TaskMonth> &months);
    void setLocale(const QLocale &locale);
    qsizetype monthCount() const { return m_months.size(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<TaskMonth> m_months;
    QLocale m_locale;
};

} // namespace dh
