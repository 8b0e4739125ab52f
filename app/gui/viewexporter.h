#pragma once

#include "core/result.h"
#include "exports/table.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractItemModel;
class QAction;
class QWidget;

namespace dh {

// Exports of the views the window shows: each view attached gets "Export…" on its context menu,
// and exportCurrent() (File → Export) exports the view that has the focus, or the first one shown.
// A view with a table behind it exports that table as an XLSX workbook (with the sources sheet) or
// a CSV file; every view exports as a PNG at 1×, 2× or 3×, and a chart or a map as an SVG. Errors
// and successes are said through signals, never in a modal box.
class ViewExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewExporter)

public:
    enum class Format { Xlsx, Csv, Png, Svg };

    explicit ViewExporter(QWidget &window);

    // The table behind the view, made when it is exported; none: the view exports as a picture
    // only. The name becomes the sheet's and the file's.
    using TableMaker = std::function<Table()>;
    void attach(QWidget *view, TableMaker table, const QString &name);
    // The model's table as shown (modelTable: a proxy as sorted and filtered on screen); a null
    // model: a picture only.
    void attach(QWidget *view, QAbstractItemModel *model, const QString &name);
    // What travels with the tables of the views now shown, asked for at each export: the sources
    // sheet's lines, the as-of time and the synthetic flag (its tables are ignored).
    void setMetadata(std::function<TableBook()> metadata) { m_metadata = std::move(metadata); }
    bool isAttached(const QWidget *view) const { return find(view) != nullptr; }

    static QList<Format> formats(const QWidget &view, bool hasTable);
    // The view (or the table behind it, named name) in the format asked, at scale for a PNG, to
    // path; no dialog.
    Result<void> write(QWidget &view, const TableMaker &table, const QString &name, Format format, qreal scale,
                       const QString &path) const;

    // The view that File → Export exports: the attached view holding the focus, or else the first
    // attached view shown.
    QWidget *currentView() const;
    void exportCurrent();
    void exportView(QWidget *view);
    void retranslate();

signals:
    void problemFound(const QString &message);
    void statusMessage(const QString &message);

private:
    struct Attached
    {
        QPointer<QWidget> view;
        TableMaker table;
        QString name;
        QAction *action = nullptr;
    };
    const Attached *find(const QWidget *view) const;

    QWidget &m_window;
    QList<Attached> m_views;
    std::function<TableBook()> m_metadata;
};

} // namespace dh
