#include "taskspage.h"

#include "tasklistview.h"
#include "tasksummarypanel.h"
#include "tasktrendchart.h"
#include "theme.h"

#include "core/clock.h"
#include "core/settings.h"
#include "models/cacheservice.h"
#include "models/reminderlistmodel.h"
#include "models/reminderrules.h"
#include "models/taskloader.h"
#include "models/taskrankingmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dh {

TasksPage::TasksPage(CacheService &service, const UnitRegistry &registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_loader(new TaskLoader(service, this))
    , m_scope(UnitRegistry::nationCode())
    , m_asOfDate(hanoiDate(Clock::system().now()))
    , m_title(new QLabel(this))
    , m_nation(new QPushButton(this))
    , m_follow(new QCheckBox(this))
    , m_asOf(new QDateEdit(this))
    , m_era(new QComboBox(this))
    , m_syntheticBadge(new BoxLabel(this))
    , m_message(new QLabel(this))
    , m_summary(new TaskSummaryPanel(this))
    , m_trend(new TaskTrendChart(this))
    , m_remindersTitle(new QLabel(this))
    , m_reminders(new QListView(this))
    , m_stack(new QStackedWidget(this))
    , m_rankings(new QWidget(this))
    , m_ministriesTitle(new QLabel(this))
    , m_provincesTitle(new QLabel(this))
    , m_ministries(new TaskRankingModel(registry, AdminUnit::Level::Ministry, this))
    , m_provinces(new TaskRankingModel(registry, AdminUnit::Level::Province, this))
    , m_ministryTable(rankingTable(m_ministries))
    , m_provinceTable(rankingTable(m_provinces))
    , m_list(new TaskListView(registry, this))
{
    theme::setRole(m_title, theme::Role::PageTitle);
    theme::setRole(m_remindersTitle, theme::Role::PanelTitle);
    theme::setRole(m_ministriesTitle, theme::Role::PanelTitle);
    theme::setRole(m_provincesTitle, theme::Role::PanelTitle);
    m_syntheticBadge->setLook(theme::badgeLook());
    m_syntheticBadge->hide();
    m_message->setWordWrap(true);
    m_message->hide();
    m_asOf->setCalendarPopup(true);
    m_asOf->setDate(m_asOfDate);
    m_era->addItem(QString(), int(TaskUnitEra::Units2025));
    m_era->addItem(QString(), int(TaskUnitEra::Historical));
    m_reminders->setWordWrap(true);
    m_reminders->setAlternatingRowColors(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_syntheticBadge);
    header->addWidget(m_follow);
    header->addWidget(m_nation);
    header->addWidget(m_asOf);
    header->addWidget(m_era);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary, 3);
    leftLayout->addWidget(m_trend, 3);
    leftLayout->addWidget(m_remindersTitle);
    leftLayout->addWidget(m_reminders, 2);

    auto *rankings = new QHBoxLayout(m_rankings);
    rankings->setContentsMargins(0, 0, 0, 0);
    for (auto [title, table] : {std::pair{m_ministriesTitle, m_ministryTable}, std::pair{m_provincesTitle, m_provinceTable}}) {
        auto *column = new QVBoxLayout;
        column->addWidget(title);
        column->addWidget(table, 1);
        rankings->addLayout(column, 1);
    }
    m_stack->addWidget(m_rankings);
    m_stack->addWidget(m_list);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_stack);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, &TasksPage::setAsOf);
    connect(m_era, &QComboBox::currentIndexChanged, this, &TasksPage::reload);
    connect(m_nation, &QPushButton::clicked, this, &TasksPage::nationChosen);
    // Reminders are only for the assignees the user follows: the list is kept in the settings.
    connect(m_follow, &QCheckBox::toggled, this, [this](bool follow) {
        Settings settings;
        ReminderRules rules = ReminderRules::fromSettings(settings);
        rules.followed.removeAll(m_scope);
        if (follow)
            rules.followed.append(m_scope);
        rules.save(settings);
        emit followedChanged();
    });
    for (QTableView *table : {m_ministryTable, m_provinceTable}) {
        connect(table, &QTableView::clicked, this, [this](const QModelIndex &index) {
            emit assigneeChosen(index.data(TaskRankingModel::UnitRole).toString());
        });
    }
    connect(m_list, &TaskListView::taskChosen, m_loader, &TaskLoader::requestDetail);

    connect(m_loader, &TaskLoader::summaryLoaded, this, [this](const TaskSummary &summary) {
        m_summary->setSummary(summary, m_synthetic);
        m_trend->setMonths(summary.months);
    });
    connect(m_loader, &TaskLoader::rankingLoaded, this, [this](QDate, TaskUnitEra, const QList<TaskStateCount> &counts) {
        m_ministries->setCounts(counts);
        m_provinces->setCounts(counts);
    });
    connect(m_loader, &TaskLoader::listLoaded, m_list, [this](QDate asOf, const QList<Task> &tasks) { m_list->setTasks(tasks, asOf); });
    connect(m_loader, &TaskLoader::detailLoaded, m_list, &TaskListView::setDetail);
    connect(m_loader, &TaskLoader::failed, this, [this](const QString &message) {
        m_message->setText(message);
        m_message->show();
    });
    connect(m_loader, &TaskLoader::settled, this, &TasksPage::settled);
    connect(&service, &CacheService::dataChanged, this, &TasksPage::reload);
    retranslate();
}

TasksPage::~TasksPage() = default;

QTableView *TasksPage::rankingTable(TaskRankingModel *model)
{
    auto *table = new QTableView(this);
    table->setModel(model);
    theme::styleTable(table);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSortingEnabled(true);
    table->sortByColumn(TaskRankingModel::OverdueColumn, Qt::DescendingOrder);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(TaskRankingModel::NameColumn, QHeaderView::Stretch);
    return table;
}

void TasksPage::showScope(const QString &scope, bool synthetic)
{
    m_scope = scope.isEmpty() ? UnitRegistry::nationCode() : scope;
    m_synthetic = synthetic;
    m_syntheticBadge->setVisible(synthetic);
    reload();
}

void TasksPage::setAsOf(QDate asOf)
{
    if (!asOf.isValid() || asOf == m_asOfDate)
        return;
    m_asOfDate = asOf;
    const QSignalBlocker blocker(m_asOf);
    m_asOf->setDate(asOf);
    reload();
}

TaskUnitEra TasksPage::era() const
{
    return TaskUnitEra(m_era->currentData().toInt());
}

void TasksPage::reload()
{
    retranslate();
    m_message->hide();
    const bool nation = m_scope == UnitRegistry::nationCode();
    m_stack->setCurrentWidget(nation ? m_rankings : static_cast<QWidget *>(m_list));
    m_loader->requestSummary(m_asOfDate, nation ? QString() : m_scope, era());
    if (nation)
        m_loader->requestRanking(m_asOfDate, era());
    else
        m_loader->requestList(m_asOfDate, m_scope, era());
}

bool TasksPage::isSettled() const
{
    return m_loader->isSettled();
}

void TasksPage::setReminders(ReminderListModel *model)
{
    m_reminders->setModel(model);
}

void TasksPage::setLocale(const QLocale &locale)
{
    QWidget::setLocale(locale);
    m_summary->setLocale(locale);
    m_trend->setLocale(locale);
    m_ministries->setLocale(locale);
    m_provinces->setLocale(locale);
    m_list->setLocale(locale);
    retranslate();
}

void TasksPage::retranslate()
{
    const bool english = locale().language() != QLocale::Vietnamese;
    const AdminUnit *unit = m_registry.find(m_scope);
    const bool nation = m_scope == UnitRegistry::nationCode();
    const QString name = unit ? (english ? unit->nameEn : unit->nameVi) : m_scope;
    m_title->setText(nation ? tr("Assigned tasks — national summary") : tr("Assigned tasks — %1").arg(name));
    m_summary->setTitle(nation ? tr("The four states, nationally") : tr("The four states: %1").arg(name));
    m_nation->setText(tr("National summary"));
    m_nation->setVisible(!nation);
    m_follow->setText(tr("Remind me of its tasks"));
    m_follow->setToolTip(tr("Reminders on assignment, before the deadline, on the day a task becomes overdue, and "
                            "a Monday backlog summary for this unit"));
    m_follow->setVisible(!nation);
    {
        const QSignalBlocker blocker(m_follow);
        m_follow->setChecked(!nation && ReminderRules::fromSettings(Settings()).followed.contains(m_scope));
    }
    m_era->setItemText(0, tr("2025 units"));
    m_era->setItemText(1, tr("Units of their time"));
    m_era->setToolTip(tr("Tasks of a ministry or province merged in 2025 count for its successor from the merger "
                         "date, or for the unit of their time."));
    m_asOf->setToolTip(tr("The date the states are computed at"));
    m_syntheticBadge->setText(tr("Synthetic data"));
    m_remindersTitle->setText(tr("Recent reminders"));
    m_ministriesTitle->setText(tr("Ministries by overdue tasks at %1").arg(locale().toString(m_asOfDate, QLocale::ShortFormat)));
    m_provincesTitle->setText(tr("Provinces by overdue tasks at %1").arg(locale().toString(m_asOfDate, QLocale::ShortFormat)));
}

QJsonObject TasksPage::saveState() const
{
    return {{QStringLiteral("era"), m_era->currentIndex()}, {QStringLiteral("list"), m_list->saveState()}};
}

void TasksPage::restoreState(const QJsonObject &state)
{
    const QSignalBlocker blocker(m_era);
    m_era->setCurrentIndex(std::clamp(state.value(u"era").toInt(), 0, m_era->count() - 1));
    m_list->restoreState(state.value(u"list").toObject());
}

void TasksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace dh
