#pragma once

#include "chartdata.h"
#include "chartwidget.h"

class QCPBars;

namespace dh {

// A ranking as horizontal bars, best first: one bar per named item, value labels at the bar ends,
// a highlighted item, and a click signal with the item's id (so a province bar drills down).
class RankingChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankingChart)

public:
    struct Item
    {
        QString id;
        QString label;
        double value = 0.0;

        friend bool operator==(const Item &, const Item &) = default;
    };

    explicit RankingChart(QWidget *parent = nullptr);

    // Items in display order (first at the top). The same items again only move the highlight.
    void setItems(const QList<Item> &items, const ChartFormat &format, const QString &highlighted = QString());
    const QList<Item> &items() const { return m_items; }
    // The id of the item whose bar is at the point (widget coordinates), or empty.
    QString itemAt(const QPointF &pos) const;

signals:
    void itemClicked(const QString &id);

protected:
    // The rows grow with the type.
    void fontChanged() override;

private:
    void fitRows();
    void fillBars();

    QCPBars *m_bars = nullptr;
    QCPBars *m_highlight = nullptr;
    QList<Item> m_items;
    QStringList m_valueTexts;
    QString m_highlighted;
};

} // namespace dh
