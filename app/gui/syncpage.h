#pragma once

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace dh {

class BoxLabel;
class SyncMonitor;

// The endpoints and their syncs: a row per endpoint with its state, last success, last error, next
// run and the observations it pulled, with "Sync all", "Sync selected", and the dialog to edit or
// add an endpoint. The file's path is shown; a file that cannot be read is said in the page, with
// the line and field at fault, and a missing one is explained (where the examples and the schema
// are) instead of an empty table.
class SyncPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    explicit SyncPage(SyncMonitor &monitor, QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    QTableView *view() const { return m_view; }
    BoxLabel *problem() const { return m_problem; }
    BoxLabel *help() const { return m_help; }
    QPushButton *syncAllButton() const { return m_syncAll; }
    QPushButton *syncSelectedButton() const { return m_syncSelected; }
    // The ids of the selected rows' endpoints.
    QStringList selectedEndpoints() const;

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void showFile();
    void updateButtons();
    // The table as tall as its rows, so a short list leaves no empty white panel below it.
    void fitTable();
    void editEndpoint(const QString &id);

    SyncMonitor &m_monitor;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_path;
    BoxLabel *m_problem;
    BoxLabel *m_help;
    QTableView *m_view;
    QPushButton *m_syncAll;
    QPushButton *m_syncSelected;
    QPushButton *m_edit;
    QPushButton *m_add;
    QPushButton *m_reload;
    QTimer m_clock;
};

} // namespace dh
