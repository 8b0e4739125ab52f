#include "packmenu.h"

#include "packeditor.h"
#include "packrenderer.h"

#include "models/packpagesmodel.h"
#include "models/viewcontroller.h"

#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>

namespace dh {

PackMenu::PackMenu(QMainWindow &window, QMenu &fileMenu, ViewController &controller, const UnitRegistry &registry)
    : QObject(&window)
    , m_window(window)
    , m_controller(controller)
    , m_registry(registry)
    , m_menu(&fileMenu)
    , m_loader(new PackDataLoader(controller, this))
{
    m_export = m_menu->addAction(QString(), this, [this] {
        PackEditor *e = editor();
        e->show();
        e->raise();
    });
    m_print = m_menu->addAction(QString(), this, &PackMenu::print);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_loader, &PackDataLoader::failed, this, &PackMenu::problemFound);
    connect(m_loader, &PackDataLoader::loaded, this, [this](const PackData &loaded) {
        PackData data = loaded;
        // A printed view states the data as the cache holds it.
        if (data.cacheAsOf.isValid())
            data.pack.asOf = data.cacheAsOf.date();
        PackRenderer renderer(data, m_registry);
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, &m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (auto painted = renderer.paintAll(printer); !painted)
            emit problemFound(painted.error().message);
    });
    window.installEventFilter(this);
    retranslate();
}

PackEditor *PackMenu::editor()
{
    if (!m_editor) {
        m_editor = new PackEditor(m_controller, m_registry, &m_window);
        m_editor->setFont(m_window.font());
    }
    return m_editor;
}

void PackMenu::retranslate()
{
    m_export->setText(tr("Export briefing pack…"));
    m_print->setText(tr("Print…"));
}

bool PackMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void PackMenu::print()
{
    const auto page = pageForView(m_controller.current(), m_controller.map34());
    if (!page) {
        emit problemFound(tr("This view cannot be printed: open the dashboard, an indicator or a map."));
        return;
    }
    BriefingPack pack;
    pack.title = m_controller.breadcrumb().join(QStringLiteral(" › "));
    pack.date = QDate::currentDate();
    pack.asOf = QDate::currentDate();
    pack.language = m_controller.isEnglish() ? QStringLiteral("en") : QStringLiteral("vi");
    pack.pages = {*page};
    m_loader->load(pack);
}

} // namespace dh
