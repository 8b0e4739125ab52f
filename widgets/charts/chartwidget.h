#pragma once

#include <QWidget>

class QCustomPlot;

namespace dh {

// The base of the charts drawn on QCustomPlot: a plot filling the widget, whose type — axis
// labels, legend, text items — follows the widget's font. Like any widget's, that font follows the
// application's and the window's, which the window scales with its size for a wall; a chart made
// on a laptop and moved to a wall keeps reading at a distance. Each chart lays out its data and
// says, in fontChanged(), what else of its drawing grows with the type.
class ChartWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWidget)

public:
    QCustomPlot *plot() const { return m_plot; }

protected:
    explicit ChartWidget(QWidget *parent = nullptr);

    // Gives the axes, the legend and the text items the widget's font; the caller replots.
    void applyFonts();
    // Called when the widget's font changes: applies it and replots. A chart whose drawing depends
    // on the type in other ways (pen widths, row heights) redraws those too.
    virtual void fontChanged();
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot;
};

} // namespace dh
