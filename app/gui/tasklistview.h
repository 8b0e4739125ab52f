#pragma once

#include "core/task.h"
#include "core/unitregistry.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace dh {

class TaskFilterProxy;
class TaskHistoryModel;
class TaskListModel;

// An assignee's tasks as a table with its filters — state, document type, field, a deadline range
// and a search in document numbers and summaries — and, under it, the detail of the task chosen:
// its document, deadline and state at the as-of date, and its history.
class TaskListView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListView)

public:
    explicit TaskListView(const UnitRegistry &registry, QWidget *parent = nullptr);

    void setTasks(const QList<Task> &tasks, QDate asOf);
    void setDetail(const Task &task);
    void setLocale(const QLocale &locale);
    TaskListModel *model() const { return m_model; }
    TaskFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    TaskHistoryModel *history() const { return m_history; }
    QLineEdit *search() const { return m_search; }
    QComboBox *stateFilter() const { return m_state; }

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

signals:
    // A task was chosen in the list: its detail is wanted.
    void taskChosen(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilters();
    void updateCount();

    TaskListModel *m_model;
    TaskFilterProxy *m_proxy;
    TaskHistoryModel *m_history;
    QComboBox *m_state;
    QComboBox *m_type;
    QComboBox *m_field;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_detail;
    QTableView *m_historyTable;
};

} // namespace dh
