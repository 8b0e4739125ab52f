#pragma once

#include "models/tasksummary.h"

#include <QColor>
#include <QLocale>
#include <QWidget>

#include <array>

class QChartView;
class QGridLayout;
class QLabel;
class QPieSeries;

namespace dh {

// The four states of official reporting at an as-of date as a donut (Qt Charts), with each state's
// count and rate beside it and the standing tasks counted apart; the as-of date and, for a
// synthetic cache, the synthetic label under it. On the home dashboard, on the tasks page and on a
// wall: a Look restyles it (a dark wall theme). A click asks for the tasks page.
class TaskSummaryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskSummaryPanel)

public:
    struct Look
    {
        QColor background;
        QColor text;
        QColor muted;
        // Completed on time, completed late, in progress, overdue; then standing.
        std::array<QColor, 4> states;
        QColor standing;

        static Look desk();
        static Look wall();
    };

    explicit TaskSummaryPanel(QWidget *parent = nullptr);

    void setLook(const Look &look);
    const Look &look() const { return m_look; }
    void setSummary(const TaskSummary &summary, bool synthetic);
    void setTitle(const QString &title);
    // Shown instead of the figures when they could not be read.
    void setMessage(const QString &message);
    void setLocale(const QLocale &locale);
    const TaskSummary &summary() const { return m_summary; }
    bool hasSummary() const { return m_hasSummary; }
    // The text of a state's row: "1,234 · 10.4 %" (for tests and the wall).
    QString figureText(TaskState state) const;

signals:
    void clicked();

protected:
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void refresh();
    void applyLook();

    Look m_look;
    TaskSummary m_summary;
    bool m_synthetic = false;
    bool m_hasSummary = false;
    QLocale m_locale;
    QLabel *m_title;
    QLabel *m_asOf;
    QChartView *m_chart;
    QPieSeries *m_series;
    QGridLayout *m_legend;
    std::array<QLabel *, 5> m_swatches{};
    std::array<QLabel *, 5> m_names{};
    std::array<QLabel *, 5> m_figures{};
    QLabel *m_message;
};

} // namespace dh
