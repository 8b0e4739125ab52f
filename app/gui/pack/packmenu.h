#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace dh {

class PackDataLoader;
class PackEditor;
class UnitRegistry;
class ViewController;

// The briefing-pack entries of the main window's File menu: Export briefing pack… (the pack editor, kept for the session so
// a pack is built up view by view) and Print… (the view shown now, through QPrinter, with the
// header, sources and labels of a pack page). The view's data is read on the cache's worker
// before the print dialog opens.
class PackMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackMenu)

public:
    PackMenu(QMainWindow &window, QMenu &fileMenu, ViewController &controller, const UnitRegistry &registry);

    PackEditor *editor();
    void retranslate();

signals:
    void problemFound(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void print();

    QMainWindow &m_window;
    ViewController &m_controller;
    const UnitRegistry &m_registry;
    QMenu *m_menu;
    QAction *m_export;
    QAction *m_print;
    QPointer<PackEditor> m_editor;
    PackDataLoader *m_loader;
};

} // namespace dh
