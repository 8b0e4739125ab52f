// The main window's menus and what they do with files: dashboard layouts and the About box. Kept
// apart from mainwindow.cpp, which routes the views.
#include "mainwindow.h"

#include "homepage.h"
#include "languageswitcher.h"

#include "core/settings.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace dh {

bool MainWindow::openLayout(const QString &path)
{
    const auto layout = DashboardLayout::load(path);
    if (!layout) {
        showProblem(layout.error().message);
        return false;
    }
    m_homeLayout = *layout;
    m_homeLayout.id = QStringLiteral("home");
    if (m_navigator->current().page == ViewState::Page::Home)
        showView(m_navigator->current());
    return true;
}

void MainWindow::buildMenus()
{
    m_viewMenu = menuBar()->addMenu(QString());
    m_openLayout = m_viewMenu->addAction(QString(), this, &MainWindow::chooseLayout);
    m_saveLayoutAs = m_viewMenu->addAction(QString(), this, &MainWindow::saveLayoutAs);
    m_resetLayout = m_viewMenu->addAction(QString(), this, [this] {
        if (auto bundled = DashboardLayout::bundledHome()) {
            m_homeLayout = *bundled;
            saveLayout(m_homeLayout);
            showView(m_navigator->current());
        }
    });
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    // Windows of their own, menus take the window's type only when given it (theme::scaleType).
    for (QMenu *menu : {m_viewMenu, m_languageMenu, m_helpMenu})
        menu->setFont(font());
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
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Điều hành"),
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

void MainWindow::chooseLayout()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a dashboard layout"), QString(),
                                                      tr("Dashboard layouts (*.json)"));
    if (!path.isEmpty() && openLayout(path))
        saveLayout(m_homeLayout);
}

void MainWindow::saveLayoutAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the dashboard layout"), QStringLiteral("dashboard.json"),
                                                      tr("Dashboard layouts (*.json)"));
    if (path.isEmpty())
        return;
    if (auto r = m_homeLayout.save(path); !r)
        showProblem(r.error().message);
    else
        statusBar()->showMessage(tr("Layout saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

QString MainWindow::userLayoutPath()
{
    const QString configured = Settings().value(Settings::Key::DashboardLayout).toString();
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/layouts/home.json");
}

void MainWindow::saveLayout(const DashboardLayout &layout)
{
    if (layout.id != m_homeLayout.id)
        return; // ministry dashboards follow the catalogue, not a file
    m_homeLayout = layout;
    const QString path = userLayoutPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (auto r = layout.save(path); !r)
        showProblem(r.error().message);
    else
        statusBar()->showMessage(tr("Layout saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

} // namespace dh
