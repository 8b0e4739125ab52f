#pragma once

#include "core/adminunit.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace dh {

class Breadcrumb;

// The bar under the header: back and forward, the overview, the catalogue, the tasks and the sync page, the breadcrumb of
// the scope, the ministry to narrow to, and the province map (the 34 of 1 July 2025 or the 63
// before). It reports what the user asks for; the view controller decides what that means.
class NavigationBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationBar)

public:
    enum class Page { Home, Catalogue, Tasks, Sync, Other };

    explicit NavigationBar(QWidget *parent = nullptr);

    void setHistory(bool canGoBack, bool canGoForward);
    void setPage(Page page);
    void setSteps(const QStringList &steps);
    void setMinistries(const QList<const AdminUnit *> &ministries, bool english);
    void setMap34(bool map34);
    void setIconPixels(int pixels);
    Breadcrumb *breadcrumb() const { return m_breadcrumb; }

signals:
    void backClicked();
    void forwardClicked();
    void homeClicked();
    void catalogueClicked();
    void tasksClicked();
    void syncClicked();
    void stepClicked(int step);
    void ministryChosen(const QString &code);
    void mapChosen(bool map34);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslate();

    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_home;
    QToolButton *m_catalogue;
    QToolButton *m_tasks;
    QToolButton *m_sync;
    Breadcrumb *m_breadcrumb;
    QComboBox *m_ministry;
    QComboBox *m_map;
    QList<const AdminUnit *> m_ministries;
    bool m_english = false;
    bool m_map34 = true;
};

} // namespace dh
