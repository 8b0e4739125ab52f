#pragma once

#include "models/indicatorview.h"

#include "analytics/classbreaks.h"
#include "map/choroplethinput.h"
#include "map/colorbrewer.h"

#include <QJsonObject>
#include <QLocale>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace dh {

class ChoroplethMap;
class UnitRegistry;

// An indicator on the province map: the choropleth of one period, or of several side by side
// (small multiples), on the 34 provinces of 2025 or the 63 before, with the classification, the
// number of classes and the palette the user picks. The classes are computed over the periods
// shown, which share one legend. A click on a province reports it, for the drill-down.
class MapPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapPanel)

public:
    explicit MapPanel(const UnitRegistry &registry, QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setData(const IndicatorViewData &data);
    // The period shown (the last of the small multiples), as an index into the provinces' periods.
    void setPeriodIndex(int index);
    int frameCount() const;
    void setFrameCount(int frames);
    ChoroplethMap *map() const { return m_map; }

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

signals:
    void provinceClicked(const QString &unit);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void render();
    // The classes and their colours over the input's frames.
    void classify(ChoroplethInput &input) const;
    QString formatValue(double value) const;

    const UnitRegistry &m_registry;
    ChoroplethMap *m_map;
    QComboBox *m_frames;
    QComboBox *m_method;
    QSpinBox *m_classes;
    QComboBox *m_palette;
    QLabel *m_note;
    IndicatorViewData m_data;
    QLocale m_locale;
    int m_periodIndex = -1;
    bool m_updating = false;
    bool m_stale = false; // data came while hidden
};

} // namespace dh
