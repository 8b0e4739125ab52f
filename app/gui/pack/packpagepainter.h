#pragma once

#include "models/packdata.h"

#include "map/choroplethrenderer.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

class QCPPainter;
class QCustomPlot;

namespace dh {

class RankingChart;
class StackedChart;
class TimeSeriesChart;
class UnitRegistry;

// Paints the body of each kind of briefing-pack page on any painter, as vectors: tiles with the
// KpiTileRenderer, charts by QCustomPlot onto the painter, maps with the ChoroplethRenderer,
// tables and text as text. The charts are widgets that are never shown, kept for every page.
class PackPagePainter
{
    Q_DECLARE_TR_FUNCTIONS(PackPagePainter)
    Q_DISABLE_COPY_MOVE(PackPagePainter)

public:
    PackPagePainter(const UnitRegistry &registry, const QLocale &locale);
    ~PackPagePainter();

    void paint(QCPPainter &painter, const QRectF &rect, const PackPageData &page, bool synthetic);
    // One province's page of an atlas.
    void paintAtlas(QCPPainter &painter, const QRectF &rect, const PackPageData &page, const QString &province);

    // The page's title as its header band shows it.
    QString titleOf(const PackPageData &page, const QString &province = QString()) const;
    bool english() const { return m_locale.language() != QLocale::Vietnamese; }
    QString format(double value, const Indicator &indicator) const;
    QString unitOf(const Indicator &indicator) const;
    QString nameOf(const Indicator &indicator) const;

private:
    void paintHome(QCPPainter &painter, const QRectF &rect, const PackPageData &page, bool synthetic);
    void paintIndicator(QCPPainter &painter, const QRectF &rect, const IndicatorViewData &data);
    void paintMap(QCPPainter &painter, const QRectF &rect, const IndicatorViewData &data);
    void paintRanking(QCPPainter &painter, const QRectF &rect, const IndicatorViewData &data);
    void paintBreakdown(QCPPainter &painter, const QRectF &rect, const IndicatorViewData &data);
    void paintText(QCPPainter &painter, const QRectF &rect, const QString &text);
    // A line of context above a view: what, where, when. Returns what is left below it.
    QRectF paintSubtitle(QCPPainter &painter, const QRectF &rect, const QString &text);
    void paintMessage(QCPPainter &painter, const QRectF &rect, const QString &text);
    void paintPlot(QCPPainter &painter, QCustomPlot *plot, const QRectF &rect);
    ChoroplethInput mapInput(const IndicatorViewData &data, const Period &period) const;
    QString provinceName(const QString &code) const;

    const UnitRegistry &m_registry;
    QLocale m_locale;
    ChoroplethRenderer m_map;
    std::unique_ptr<TimeSeriesChart> m_series;
    std::unique_ptr<RankingChart> m_ranking;
    std::unique_ptr<StackedChart> m_stacked;
};

} // namespace dh
