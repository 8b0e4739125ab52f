#pragma once

#include "cacheworker.h"

#include <QMainWindow>
#include <QThread>

class QLabel;
class QActionGroup;

namespace dh {

class CatalogPage;
class LanguageSwitcher;

// The main window: a header with the open cache, its "as of" date and the synthetic-data badge,
// a non-modal error banner, and the pages. It only hosts pages; the data comes from a CacheWorker
// on its own thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const UnitRegistry &registry, LanguageSwitcher &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openCache(const QString &path);
    bool isReady() const { return m_ready; }
    CatalogPage *catalogPage() const { return m_catalog; }
    QLabel *syntheticBadge() const { return m_badge; }
    QLabel *errorBanner() const { return m_error; }

signals:
    // The first data (or the error) is on screen.
    void ready();
    void openRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void showOverview(const CacheOverview &overview);
    void showError(const QString &message);

    LanguageSwitcher &m_languages;
    QThread m_thread;
    CacheWorker *m_worker;
    CatalogPage *m_catalog;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_badge;
    QLabel *m_asOf;
    QLabel *m_error;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    std::optional<CacheOverview> m_overview;
    bool m_ready = false;
};

} // namespace dh
