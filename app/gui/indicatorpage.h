#pragma once

#include "models/indicatorview.h"

#include <QLocale>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace dh {

class IndicatorTableModel;
class RankingChart;
class StackedChart;
class TimeSeriesChart;

// The view of one indicator at one scope: its time series with last year and the plan target,
// the ranking of provinces for a period (a click on a bar drills into that province), the
// breakdown by its disaggregation, and the table of numbers, which copies as text.
class IndicatorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorPage)

public:
    explicit IndicatorPage(QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setLoading(const IndicatorViewRequest &request);
    void setData(const IndicatorViewData &data);
    const IndicatorViewData &data() const { return m_data; }

    TimeSeriesChart *chart() const { return m_chart; }
    RankingChart *ranking() const { return m_ranking; }
    StackedChart *breakdown() const { return m_breakdown; }
    QTableView *table() const { return m_table; }
    QLabel *notice() const { return m_notice; }

signals:
    void provinceClicked(const QString &unit);
    // The user changed the period kind or the in-period / year-to-date switch.
    void requestChanged(const dh::IndicatorViewRequest &request);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void render();
    void copySelection();
    QString unitText() const;
    QString valueText(double v) const;

    IndicatorViewData m_data;
    QLocale m_locale;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_notice;
    QComboBox *m_kind;
    QComboBox *m_mode;
    TimeSeriesChart *m_chart;
    QLabel *m_rankingTitle;
    RankingChart *m_ranking;
    QWidget *m_breakdownBox = nullptr;
    QLabel *m_breakdownTitle;
    StackedChart *m_breakdown;
    IndicatorTableModel *m_model;
    QTableView *m_table;
    bool m_updating = false;
};

} // namespace dh
