#include "viewexporter.h"

#include "viewimage.h"

#include "exports/tablecsv.h"
#include "exports/xlsxbookwriter.h"
#include "models/modeltable.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QWidget>

namespace dh {

namespace {

struct Choice
{
    ViewExporter::Format format;
    qreal scale;
    QString filter;
    QString suffix;
};

QList<Choice> choices(const QList<ViewExporter::Format> &formats)
{
    QList<Choice> out;
    for (ViewExporter::Format f : formats) {
        switch (f) {
        case ViewExporter::Format::Xlsx:
            out.append({f, 1, ViewExporter::tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx")});
            break;
        case ViewExporter::Format::Csv:
            out.append({f, 1, ViewExporter::tr("CSV, UTF-8 (*.csv)"), QStringLiteral("csv")});
            break;
        case ViewExporter::Format::Png:
            for (int scale : {1, 2, 3})
                out.append({f, qreal(scale), ViewExporter::tr("PNG image, %1× (*.png)").arg(scale), QStringLiteral("png")});
            break;
        case ViewExporter::Format::Svg:
            out.append({f, 1, ViewExporter::tr("SVG drawing (*.svg)"), QStringLiteral("svg")});
            break;
        }
    }
    return out;
}

QString fileName(const QString &name)
{
    QString out = name.simplified();
    for (QChar &c : out) {
        if (QStringView(u"/\\:*?\"<>|").contains(c))
            c = u'-';
    }
    return out.isEmpty() ? QStringLiteral("export") : out;
}

} // namespace

ViewExporter::ViewExporter(QWidget &window) : QObject(&window), m_window(window)
{
}

void ViewExporter::attach(QWidget *view, QAbstractItemModel *model, const QString &name)
{
    TableMaker table;
    if (model) {
        table = [model = QPointer<QAbstractItemModel>(model), name] { return model ? modelTable(*model, name) : Table{name, {}, {}}; };
    }
    attach(view, std::move(table), name);
}

void ViewExporter::attach(QWidget *view, TableMaker table, const QString &name)
{
    auto *action = new QAction(tr("Export…"), view);
    connect(action, &QAction::triggered, this, [this, view] { exportView(view); });
    view->addAction(action);
    // A table that shows its own actions already keeps them; a chart or a map starts to.
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_views.append({view, std::move(table), name, action});
}

void ViewExporter::retranslate()
{
    for (const Attached &a : std::as_const(m_views)) {
        if (a.view)
            a.action->setText(tr("Export…"));
    }
}

QList<ViewExporter::Format> ViewExporter::formats(const QWidget &view, bool hasTable)
{
    QList<Format> out;
    if (hasTable)
        out << Format::Xlsx << Format::Csv;
    out << Format::Png;
    // A table's picture is its cells: a drawing of it adds nothing the workbook has not.
    if (!qobject_cast<const QAbstractItemView *>(&view))
        out << Format::Svg;
    return out;
}

Result<void> ViewExporter::write(QWidget &view, const TableMaker &tableOf, const QString &name, Format format, qreal scale,
                                 const QString &path) const
{
    switch (format) {
    case Format::Xlsx:
    case Format::Csv: {
        if (!tableOf)
            return Error::unsupported(tr("This view has no table to export."));
        const Table table = tableOf();
        if (format == Format::Csv)
            return TableCsv::writeFile(table, path);
        TableBook book = m_metadata ? m_metadata() : TableBook();
        book.tables = {table};
        return XlsxBookWriter::write(book, path);
    }
    case Format::Png: return ViewImage::writePng(view, scale, path);
    case Format::Svg: return ViewImage::writeSvg(view, path, name);
    }
    return {};
}

const ViewExporter::Attached *ViewExporter::find(const QWidget *view) const
{
    for (const Attached &a : m_views) {
        if (a.view == view)
            return &a;
    }
    return nullptr;
}

QWidget *ViewExporter::currentView() const
{
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (const Attached *a = find(w); a && w->isVisible())
            return w;
    }
    for (const Attached &a : m_views) {
        if (a.view && a.view->isVisible())
            return a.view;
    }
    return nullptr;
}

void ViewExporter::exportCurrent()
{
    QWidget *view = currentView();
    if (!view) {
        emit problemFound(tr("This page has no view to export."));
        return;
    }
    exportView(view);
}

void ViewExporter::exportView(QWidget *view)
{
    const Attached *a = find(view);
    if (!a || !a->view)
        return;
    const QList<Choice> options = choices(formats(*view, bool(a->table)));
    QStringList filters;
    for (const Choice &c : options)
        filters.append(c.filter);
    QString selected = filters.first();
    QString path = QFileDialog::getSaveFileName(&m_window, tr("Export %1").arg(a->name), fileName(a->name) + u'.' + options.first().suffix,
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    const Choice choice = options.value(filters.indexOf(selected), options.first());
    if (QFileInfo(path).suffix().compare(choice.suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + choice.suffix;
    const auto written = write(*view, a->table, a->name, choice.format, choice.scale, path);
    if (!written) {
        emit problemFound(written.error().message);
        return;
    }
    emit statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace dh
