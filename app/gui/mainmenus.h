#pragma once

#include "models/dashboardlayout.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace dh {

class LanguageSwitcher;
class ViewController;

// The main window's menus and what they do with files: File (export the current view), View (open,
// save and reset the dashboard layout; the language; wall control, which the window hosts) and Help
// (About, with the sources of the data). A layout saved or opened
// becomes the user's, kept in the settings' folder.
class MainMenus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainMenus)

public:
    MainMenus(QMainWindow &window, ViewController &controller, LanguageSwitcher &languages);

    QMenu *fileMenu() const { return m_fileMenu; }

    void retranslate();
    // The home layout the user rearranged; ministry dashboards follow the catalogue, not a file.
    void saveLayout(const DashboardLayout &layout);
    // The user's layout file: the one named in the settings, or layouts/home.json in their folder.
    static QString userLayoutPath();

signals:
    void exportRequested();
    void problemFound(const QString &message);
    void wallControlRequested();
    void statusMessage(const QString &message);

private:
    void chooseLayout();
    void saveLayoutAs();
    void resetLayout();
    void showAbout();
    void saveTo(const DashboardLayout &layout, const QString &path);

    QMainWindow &m_window;
    ViewController &m_controller;
    LanguageSwitcher &m_languages;
    QMenu *m_fileMenu;
    QAction *m_export;
    QMenu *m_viewMenu;
    QMenu *m_languageMenu;
    QMenu *m_helpMenu;
    QAction *m_openLayout;
    QAction *m_saveLayoutAs;
    QAction *m_resetLayout;
    QAction *m_wallControl;
    QAction *m_about;
    QActionGroup *m_languageGroup;
};

} // namespace dh
