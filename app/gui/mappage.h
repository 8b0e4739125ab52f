#pragma once

#include "models/indicatorview.h"

#include <QJsonObject>
#include <QLocale>
#include <QWidget>

class QLabel;
class QTableView;

namespace dh {

class MapPanel;
class PeriodSlider;
class ProvinceRankingModel;
class UnitRegistry;
class ViewModeControls;

// An indicator's province map, full page — the view for a wall: the choropleth (one period or
// several side by side), a slider that animates it through the periods, and beside it the same
// provinces ranked as a list. A click on a province, on the map or in the list, drills into it.
class MapPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapPage)

public:
    explicit MapPage(const UnitRegistry &registry, QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setLoading(const IndicatorViewRequest &request);
    void setData(const IndicatorViewData &data);
    // The data asked for last will not come (the banner says why).
    void setLoadFailed();
    const IndicatorViewData &data() const { return m_data; }

    MapPanel *panel() const { return m_panel; }
    PeriodSlider *periodSlider() const { return m_period; }
    ProvinceRankingModel *rankingModel() const { return m_ranking; }

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

signals:
    void provinceClicked(const QString &unit);
    void requestChanged(const dh::IndicatorViewRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showPeriod(int index);

    IndicatorViewData m_data;
    QLocale m_locale;
    ViewModeControls *m_modes;
    PeriodSlider *m_period;
    MapPanel *m_panel;
    QLabel *m_listTitle;
    ProvinceRankingModel *m_ranking;
    QTableView *m_list;
    QLabel *m_status;
};

} // namespace dh
