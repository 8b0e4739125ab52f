#pragma once

#include "core/unitregistry.h"
#include "store/taskrepository.h"

#include <QDate>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace dh {

class BoxLabel;
class CacheService;
class ReminderListModel;
class TaskListView;
class TaskLoader;
class TaskRankingModel;
class TaskSummaryPanel;
class TaskTrendChart;

// The tasks assigned by the Government: for the nation, the four states as a donut with counts
// and rates, the trend by month and the rankings of ministries and of provinces by overdue tasks
// (a click opens that assignee); for an assignee, its summary and its list with the filters and a
// task's detail. Every figure is at the as-of date shown; the 2025 units or the units of their
// time. The reminders given lately are listed beside. It asks for its data through a TaskLoader.
class TasksPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksPage)

public:
    TasksPage(CacheService &service, const UnitRegistry &registry, QWidget *parent = nullptr);
    ~TasksPage() override;

    // The nation (its code) or an assignee; the data is asked for.
    void showScope(const QString &scope, bool synthetic);
    void setAsOf(QDate asOf);
    QDate asOf() const { return m_asOfDate; }
    TaskUnitEra era() const;
    void setReminders(ReminderListModel *model);
    void setLocale(const QLocale &locale);
    // Everything asked for has been answered.
    bool isSettled() const;

    TaskSummaryPanel *summaryPanel() const { return m_summary; }
    TaskTrendChart *trend() const { return m_trend; }
    TaskRankingModel *ministries() const { return m_ministries; }
    TaskRankingModel *provinces() const { return m_provinces; }
    QTableView *ministryTable() const { return m_ministryTable; }
    QTableView *provinceTable() const { return m_provinceTable; }
    TaskListView *list() const { return m_list; }

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

signals:
    void assigneeChosen(const QString &code);
    void nationChosen();
    void settled();
    // The user began or stopped following an assignee's reminders (saved in the settings).
    void followedChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    QTableView *rankingTable(TaskRankingModel *model);

    UnitRegistry m_registry;
    TaskLoader *m_loader;
    QString m_scope;
    QDate m_asOfDate;
    bool m_synthetic = false;
    QLabel *m_title;
    QPushButton *m_nation;
    QCheckBox *m_follow;
    QDateEdit *m_asOf;
    QComboBox *m_era;
    BoxLabel *m_syntheticBadge;
    QLabel *m_message;
    TaskSummaryPanel *m_summary;
    TaskTrendChart *m_trend;
    QLabel *m_remindersTitle;
    QListView *m_reminders;
    QStackedWidget *m_stack;
    QWidget *m_rankings;
    QLabel *m_ministriesTitle;
    QLabel *m_provincesTitle;
    TaskRankingModel *m_ministries;
    TaskRankingModel *m_provinces;
    QTableView *m_ministryTable;
    QTableView *m_provinceTable;
    TaskListView *m_list;
};

} // namespace dh
