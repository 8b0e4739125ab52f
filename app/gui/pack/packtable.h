#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>

class QAbstractItemModel;
class QPainter;

namespace dh {

// A table model printed as text on a pack page. Every column is measured from its content and its
// header (which may take two lines); when they do not fit the width, the type steps down to a floor
// still read on paper, then the rightmost columns are left out and a note says how many — a column
// is never cut. Rows close up to a minimum height before any is left out, and a note says how many
// were.
class PackTable
{
    Q_DECLARE_TR_FUNCTIONS(PackTable)

public:
    struct Options
    {
        int maxRows = -1;      // -1: as many as fit
        int emphasised = -1;   // a row printed bold (the scope's own), -1: none
    };

    // The smallest and largest type of a cell, in canvas units (1/96 inch).
    static constexpr double MinFont = 8.0;
    static constexpr double MaxFont = 12.0;

    explicit PackTable(const QAbstractItemModel &model);
    PackTable(const QAbstractItemModel &model, Options options);

    // The width the table needs with its largest type, for a caller sharing the page with it.
    double naturalWidth(double height) const;
    void paint(QPainter &painter, const QRectF &rect) const;

private:
    struct Layout
    {
        QFont cell, header;
        double rowHeight = 0;
        double headerHeight = 0;
        QList<double> widths; // of the columns printed, from the left
        int rows = 0;         // printed
    };

    Layout layout(const QRectF &rect) const;
    double rowHeightFor(double height) const;
    QList<double> columnWidths(const QFont &cell, const QFont &header, bool *twoLines) const;

    const QAbstractItemModel &m_model;
    Options m_options;
};

} // namespace dh
