#include "mainmenus.h"

#include "languageswitcher.h"

#include "core/settings.h"
#include "models/viewcontroller.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>

namespace dh {

MainMenus::MainMenus(QMainWindow &window, ViewController &controller, LanguageSwitcher &languages)
    : QObject(&window)
    , m_window(window)
    , m_controller(controller)
    , m_languages(languages)
{
    m_fileMenu = window.menuBar()->addMenu(QString());
    m_export = m_fileMenu->addAction(QString(), this, &MainMenus::exportRequested);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_viewMenu = window.menuBar()->addMenu(QString());
    m_openLayout = m_viewMenu->addAction(QString(), this, &MainMenus::chooseLayout);
    m_saveLayoutAs = m_viewMenu->addAction(QString(), this, &MainMenus::saveLayoutAs);
    m_resetLayout = m_viewMenu->addAction(QString(), this, &MainMenus::resetLayout);
    m_viewMenu->addSeparator();
    m_wallControl = m_viewMenu->addAction(QString(), this, &MainMenus::wallControlRequested);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_helpMenu = window.menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainMenus::showAbout);
    // Windows of their own, menus take the window's type only when given it (theme::scaleType).
    for (QMenu *menu : {m_fileMenu, m_viewMenu, m_languageMenu, m_helpMenu})
        menu->setFont(window.font());
    m_languageGroup = new QActionGroup(this);
    for (const auto &[code, name] : {std::pair{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *action = m_languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_languages.language() == code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (m_languages.setLanguage(code))
                Settings().setValue(Settings::Key::Language, code);
        });
    }
    retranslate();
}

void MainMenus::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_export->setText(tr("&Export current view…"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_openLayout->setText(tr("&Open dashboard layout…"));
    m_saveLayoutAs->setText(tr("&Save dashboard layout as…"));
    m_resetLayout->setText(tr("&Reset dashboard layout"));
    m_wallControl->setText(tr("&Wall control…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Điều hành"));
}

QString MainMenus::userLayoutPath()
{
    const QString configured = Settings().value(Settings::Key::DashboardLayout).toString();
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/layouts/home.json");
}

void MainMenus::saveLayout(const DashboardLayout &layout)
{
    if (layout.id != m_controller.homeLayout().id)
        return;
    m_controller.setHomeLayout(layout);
    const QString path = userLayoutPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    saveTo(layout, path);
}

void MainMenus::saveTo(const DashboardLayout &layout, const QString &path)
{
    if (auto r = layout.save(path); !r)
        emit problemFound(r.error().message);
    else
        emit statusMessage(tr("Layout saved to %1").arg(QDir::toNativeSeparators(path)));
}

void MainMenus::chooseLayout()
{
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Open a dashboard layout"), QString(),
                                                      tr("Dashboard layouts (*.json)"));
    if (path.isEmpty())
        return;
    auto layout = DashboardLayout::load(path);
    if (!layout) {
        emit problemFound(layout.error().message);
        return;
    }
    layout->id = m_controller.homeLayout().id;
    saveLayout(*layout);
    m_controller.refresh();
}

void MainMenus::saveLayoutAs()
{
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Save the dashboard layout"), QStringLiteral("dashboard.json"),
                                                      tr("Dashboard layouts (*.json)"));
    if (!path.isEmpty())
        saveTo(m_controller.homeLayout(), path);
}

void MainMenus::resetLayout()
{
    if (auto bundled = DashboardLayout::bundledHome()) {
        bundled->id = m_controller.homeLayout().id;
        saveLayout(*bundled);
        m_controller.refresh();
    }
}

void MainMenus::showAbout()
{
    QMessageBox::about(&m_window, tr("About Điều hành"),
                       tr("<h3>Điều hành %1</h3>"
                          "<p>Socio-economic indicators for the Government's information and direction center: national, "
                          "ministry, province.</p>"
                          "<p><b>Data.</b> The bundled sample is <b>synthetic</b>: simulated figures made by the project's "
                          "generator, not official statistics. The national annual series marked real come from the World Bank, "
                          "World Development Indicators (CC BY 4.0).</p>"
                          "<p><b>Maps.</b> Administrative boundaries: geoBoundaries.org (public domain); the 34 provinces of "
                          "1 July 2025 are built from the 63 by Resolution 202/2025/QH15. The Hoàng Sa and Trường Sa "
                          "archipelagos are part of Viet Nam.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace dh
