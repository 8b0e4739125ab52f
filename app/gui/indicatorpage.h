#pragma once

#include "models/indicatorview.h"

#include "common/boxlabel.h"

#include <QJsonObject>
#include <QLocale>
#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QTimer;

namespace dh {

class IndicatorTableModel;
class MapPanel;
class PeriodSlider;
class RankingChart;
class StackedChart;
class TimeSeriesChart;
class UnitRegistry;
class ViewModeControls;
class WrapLabel;

// The view of one indicator at one scope: its time series with last year and the plan target,
// the provinces at a chosen period — ranked, or on the map — (a click drills into a province), the
// breakdown by a disaggregation, and the table of numbers, which copies as text.
class IndicatorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorPage)

public:
    explicit IndicatorPage(const UnitRegistry &registry, QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setLoading(const IndicatorViewRequest &request);
    void setData(const IndicatorViewData &data);
    // The data asked for last will not come (the banner says why).
    void setLoadFailed();
    const IndicatorViewData &data() const { return m_data; }
    // The period the provinces are shown at, in the canonical form ("2025-07").
    QString shownPeriod() const;

    TimeSeriesChart *chart() const { return m_chart; }
    RankingChart *ranking() const { return m_ranking; }
    StackedChart *breakdown() const { return m_breakdown; }
    QTableView *table() const { return m_table; }
    QLabel *notice() const { return m_notice; }
    PeriodSlider *periodSlider() const { return m_period; }
    MapPanel *mapPanel() const { return m_map; }

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

signals:
    void provinceClicked(const QString &unit);
    // The user changed the period kind, the year-to-date switch or the breakdown's dimension.
    void requestChanged(const dh::IndicatorViewRequest &request);
    // The map, full page.
    void mapRequested();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void render();
    void renderProvinces();
    void renderBreakdown(const Period &origin);
    void copySelection();
    QString unitText() const;

    IndicatorViewData m_data;
    QLocale m_locale;
    QLabel *m_title;
    WrapLabel *m_subtitle;
    BoxLabel *m_notice;
    ViewModeControls *m_modes;
    TimeSeriesChart *m_chart;
    PeriodSlider *m_period;
    QTabWidget *m_tabs;
    QLabel *m_rankingTitle;
    RankingChart *m_ranking;
    MapPanel *m_map;
    QWidget *m_breakdownBox = nullptr;
    QLabel *m_breakdownTitle;
    QComboBox *m_dimension;
    StackedChart *m_breakdown;
    IndicatorTableModel *m_model;
    QTableView *m_table;
    QTimer *m_loading; // says "Loading…" when an answer is slow to come
    bool m_updating = false;
};

} // namespace dh
