#include "packtable.h"

#include "packstyle.h"

#include <QAbstractItemModel>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace dh {

namespace {

// Room on either side of a cell's text.
constexpr double kPadding = 12;
// A header measured to break on two lines gets this much more, so that rounding in the word wrap
// does not break it on three.
constexpr double kWrapSlack = 3;

// The narrowest the text takes on two lines, broken at one of its spaces; its width on one line
// when it has none.
double twoLineWidth(const QFontMetricsF &metrics, const QString &text)
{
    double best = metrics.horizontalAdvance(text);
    for (qsizetype at = text.indexOf(u' '); at >= 0; at = text.indexOf(u' ', at + 1))
        best = std::min(best, std::max(metrics.horizontalAdvance(text.left(at)), metrics.horizontalAdvance(text.mid(at + 1))));
    return best;
}

} // namespace

PackTable::PackTable(const QAbstractItemModel &model)
    : m_model(model)
{
}

PackTable::PackTable(const QAbstractItemModel &model, Options options)
    : m_model(model)
    , m_options(options)
{
}

double PackTable::rowHeightFor(double height) const
{
    const int rows = m_options.maxRows >= 0 ? std::min(m_options.maxRows, m_model.rowCount()) : m_model.rowCount();
    // Rows close up (down to a size still read on paper) before any is left out: a ranking of 34
    // provinces fits a page whole.
    return std::clamp(height / (rows + 1), 15.0, 21.0);
}

QList<double> PackTable::columnWidths(const QFont &cell, const QFont &header, bool *twoLines) const
{
    const int columns = m_model.columnCount();
    const int rows = m_options.maxRows >= 0 ? std::min(m_options.maxRows, m_model.rowCount()) : m_model.rowCount();
    QFont bold = cell;
    bold.setWeight(QFont::Bold);
    const QFontMetricsF metrics(cell);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF headerMetrics(header);
    QList<double> widths(columns, 0.0);
    *twoLines = false;
    for (int c = 0; c < columns; ++c) {
        double content = 0;
        for (int r = 0; r < rows; ++r) {
            const QString text = m_model.index(r, c).data().toString();
            content = std::max(content, (r == m_options.emphasised ? boldMetrics : metrics).horizontalAdvance(text));
        }
        const QString title = m_model.headerData(c, Qt::Horizontal).toString();
        const double oneLine = headerMetrics.horizontalAdvance(title);
        const double twoLine = std::max(content, twoLineWidth(headerMetrics, title) + kWrapSlack);
        if (oneLine > content && twoLine < oneLine) {
            *twoLines = true;
            widths[c] = twoLine + kPadding;
        } else {
            widths[c] = std::max(content, oneLine) + kPadding;
        }
    }
    return widths;
}

double PackTable::naturalWidth(double height) const
{
    const double pixels = std::min(MaxFont, rowHeightFor(height) * 0.58);
    bool twoLines = false;
    const QList<double> widths = columnWidths(packstyle::font(pixels), packstyle::font(pixels, QFont::DemiBold), &twoLines);
    return std::accumulate(widths.cbegin(), widths.cend(), 0.0);
}

PackTable::Layout PackTable::layout(const QRectF &rect) const
{
    Layout l;
    l.rowHeight = rowHeightFor(rect.height());
    bool twoLines = false;
    // The type steps down a unit at a time until every column fits, or reaches the floor.
    for (double pixels = std::min(MaxFont, std::round(l.rowHeight * 0.58)); pixels >= MinFont; pixels -= 1) {
        l.cell = packstyle::font(pixels);
        l.header = packstyle::font(pixels, QFont::DemiBold);
        l.widths = columnWidths(l.cell, l.header, &twoLines);
        if (std::accumulate(l.widths.cbegin(), l.widths.cend(), 0.0) <= rect.width())
            break;
    }
    // Still too wide at the floor: the rightmost columns go whole, the first (names, periods) stays.
    while (l.widths.size() > 1 && std::accumulate(l.widths.cbegin(), l.widths.cend(), 0.0) > rect.width())
        l.widths.removeLast();
    // What is left over widens the first column; a lone first column too wide is elided.
    const double others = std::accumulate(l.widths.cbegin() + 1, l.widths.cend(), 0.0);
    l.widths[0] = rect.width() - others;
    l.headerHeight = twoLines ? 2 * QFontMetricsF(l.header).lineSpacing() + 6 : l.rowHeight;

    const int wanted = m_options.maxRows >= 0 ? std::min(m_options.maxRows, m_model.rowCount()) : m_model.rowCount();
    const bool columnsLeftOut = l.widths.size() < m_model.columnCount();
    const int fit = int((rect.height() - l.headerHeight) / l.rowHeight);
    const bool note = wanted < m_model.rowCount() || wanted > fit || columnsLeftOut;
    l.rows = std::max(0, std::min(wanted, note ? fit - 1 : fit));
    return l;
}

void PackTable::paint(QPainter &painter, const QRectF &rect) const
{
    if (m_model.columnCount() == 0)
        return;
    const Layout l = layout(rect);
    const int columns = int(l.widths.size());
    const QFontMetricsF metrics(l.cell);
    QFont bold = l.cell;
    bold.setWeight(QFont::Bold);
    auto alignment = [&](int r, int c) {
        const QVariant a = m_model.index(r, c).data(Qt::TextAlignmentRole);
        return a.isValid() ? Qt::Alignment(a.toInt()) : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter);
    };
    painter.save();
    double y = rect.top();
    painter.setFont(l.header);
    painter.setPen(packstyle::text);
    double x = rect.left();
    for (int c = 0; c < columns; ++c) {
        const Qt::Alignment a = m_model.rowCount() > 0 ? alignment(0, c) : Qt::AlignLeft;
        const QRectF box(x + kPadding / 2, y, l.widths[c] - kPadding, l.headerHeight);
        const QString title = m_model.headerData(c, Qt::Horizontal).toString();
        painter.drawText(box, (a & Qt::AlignHorizontal_Mask) | Qt::AlignBottom | Qt::TextWordWrap, title);
        x += l.widths[c];
    }
    y += l.headerHeight;
    painter.setPen(QPen(packstyle::rule, 1));
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    for (int r = 0; r < l.rows; ++r) {
        x = rect.left();
        painter.setFont(r == m_options.emphasised ? bold : l.cell);
        painter.setPen(packstyle::text);
        for (int c = 0; c < columns; ++c) {
            const QString text = QFontMetricsF(painter.font()).elidedText(m_model.index(r, c).data().toString(), Qt::ElideRight,
                                                                          l.widths[c] - kPadding);
            painter.drawText(QRectF(x + kPadding / 2, y, l.widths[c] - kPadding, l.rowHeight), alignment(r, c), text);
            x += l.widths[c];
        }
        y += l.rowHeight;
        painter.setPen(QPen(packstyle::rule, 0.5));
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    }
    QStringList notes;
    if (l.rows < m_model.rowCount())
        notes.append(tr("… and %n more rows", nullptr, m_model.rowCount() - l.rows));
    if (columns < m_model.columnCount()) {
        QStringList names;
        for (int c = columns; c < m_model.columnCount(); ++c)
            names.append(m_model.headerData(c, Qt::Horizontal).toString());
        notes.append(tr("%n columns left out for want of room: %1", nullptr, m_model.columnCount() - columns).arg(names.join(QStringLiteral(", "))));
    }
    if (!notes.isEmpty()) {
        painter.setFont(l.cell);
        painter.setPen(packstyle::secondary);
        painter.drawText(QRectF(rect.left() + kPadding / 2, y, rect.width() - kPadding, l.rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(notes.join(QStringLiteral("; ")), Qt::ElideRight, rect.width() - kPadding));
    }
    painter.restore();
}

} // namespace dh
