#include "tasklistview.h"

#include "theme.h"

#include "models/taskfilterproxy.h"
#include "models/taskhistorymodel.h"
#include "models/tasklabels.h"
#include "models/tasklistmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dh {

namespace {

// The date edits' lowest date stands for "no bound".
const QDate noBound(2000, 1, 1);

void styleList(QTableView *view)
{
    theme::styleTable(view);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

QDateEdit *boundEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noBound);
    edit->setDate(noBound);
    return edit;
}

} // namespace

TaskListView::TaskListView(const UnitRegistry &registry, QWidget *parent)
    : QWidget(parent)
    , m_model(new TaskListModel(registry, this))
    , m_proxy(new TaskFilterProxy(this))
    , m_history(new TaskHistoryModel(this))
    , m_state(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_field(new QComboBox(this))
    , m_from(boundEdit(this))
    , m_to(boundEdit(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_historyTable(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    styleList(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TaskListModel::DeadlineColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(TaskListModel::SummaryColumn, QHeaderView::Stretch);
    m_historyTable->setModel(m_history);
    styleList(m_historyTable);
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_search->setClearButtonEnabled(true);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit taskChosen(current.data(TaskListModel::TaskIdRole).toString());
    });
    for (QComboBox *box : {m_state, m_type, m_field})
        connect(box, &QComboBox::currentIndexChanged, this, &TaskListView::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &TaskListView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &TaskListView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &TaskListView::applyFilters);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_state, 1);
    filters->addWidget(m_type, 1);
    filters->addWidget(m_field, 1);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_count);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_historyTable, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    retranslate();
}

void TaskListView::setTasks(const QList<Task> &tasks, QDate asOf)
{
    m_model->setTasks(tasks, asOf);
    const QString field = m_field->currentData().toString();
    QStringList fields;
    for (const Task &t : tasks) {
        if (!t.field.isEmpty() && !fields.contains(t.field))
            fields.append(t.field);
    }
    fields.sort();
    const QSignalBlocker blocker(m_field);
    m_field->clear();
    m_field->addItem(tr("All fields"), QString());
    for (const QString &f : fields)
        m_field->addItem(f, f);
    m_field->setCurrentIndex(std::max(0, m_field->findData(field)));
    applyFilters();
    m_history->setTask({});
    m_detail->clear();
}

void TaskListView::setDetail(const Task &task)
{
    m_history->setTask(task);
    const QDate asOf = m_model->asOf();
    const QDate deadline = deadlineAt(task, asOf);
    QString text = u"<b>" + task.document.number.toHtmlEscaped() + u"</b> (" + TaskLabels::documentType(task.document.type) + u", "
                   + locale().toString(task.document.date, QLocale::ShortFormat) + u", " + task.document.signer.toHtmlEscaped() + u")<br>"
                   + task.summary.toHtmlEscaped() + u"<br>";
    text += tr("Deadline: %1 · State at %2: %3")
                .arg(deadline.isValid() ? locale().toString(deadline, QLocale::ShortFormat) : tr("none (standing)"),
                     locale().toString(asOf, QLocale::ShortFormat), TaskLabels::state(taskStateAt(task, asOf)));
    if (TaskLabels::isAwaitingConfirmation(task, asOf))
        text += u" (" + TaskLabels::awaitingConfirmation() + u')';
    if (!task.responsibleUnit.isEmpty())
        text += u"<br>" + tr("Responsible unit: %1").arg(task.responsibleUnit.toHtmlEscaped());
    if (!task.cooperators.isEmpty())
        text += u"<br>" + tr("Co-operating: %1").arg(task.cooperators.join(QStringLiteral(", ")).toHtmlEscaped());
    m_detail->setText(text);
}

void TaskListView::setLocale(const QLocale &locale)
{
    QWidget::setLocale(locale);
    m_model->setLocale(locale);
    m_history->setLocale(locale);
}

void TaskListView::applyFilters()
{
    const QVariant state = m_state->currentData();
    m_proxy->setStates(state.isValid() ? QList<TaskState>{TaskState(state.toInt())} : QList<TaskState>{});
    const QVariant type = m_type->currentData();
    m_proxy->setDocumentTypes(type.isValid() ? QList<TaskDocument::Type>{TaskDocument::Type(type.toInt())} : QList<TaskDocument::Type>{});
    const QString field = m_field->currentData().toString();
    m_proxy->setFields(field.isEmpty() ? QStringList() : QStringList{field});
    m_proxy->setDeadlineRange(m_from->date() == noBound ? QDate() : m_from->date(), m_to->date() == noBound ? QDate() : m_to->date());
    m_proxy->setSearch(m_search->text());
    updateCount();
}

void TaskListView::updateCount()
{
    m_count->setText(tr("%1 of %2 tasks").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void TaskListView::retranslate()
{
    const int state = m_state->currentIndex();
    const int type = m_type->currentIndex();
    const QSignalBlocker stateBlocker(m_state);
    const QSignalBlocker typeBlocker(m_type);
    m_state->clear();
    m_state->addItem(tr("All states"));
    for (TaskState s : {TaskState::CompletedOnTime, TaskState::CompletedLate, TaskState::InProgress, TaskState::Overdue, TaskState::Standing})
        m_state->addItem(TaskLabels::state(s), int(s));
    m_state->setCurrentIndex(std::max(0, state));
    m_type->clear();
    m_type->addItem(tr("All documents"));
    for (auto t : {TaskDocument::Type::Resolution, TaskDocument::Type::Decision, TaskDocument::Type::Directive,
                   TaskDocument::Type::OfficialLetter, TaskDocument::Type::ConclusionNotice})
        m_type->addItem(TaskLabels::documentType(t), int(t));
    m_type->setCurrentIndex(std::max(0, type));
    if (m_field->count() == 0)
        m_field->addItem(tr("All fields"), QString());
    else
        m_field->setItemText(0, tr("All fields"));
    m_from->setSpecialValueText(tr("Deadline from…"));
    m_to->setSpecialValueText(tr("…to"));
    m_search->setPlaceholderText(tr("Search document numbers and summaries"));
    updateCount();
}

QJsonObject TaskListView::saveState() const
{
    return {{QStringLiteral("state"), m_state->currentIndex()}, {QStringLiteral("type"), m_type->currentIndex()}};
}

void TaskListView::restoreState(const QJsonObject &state)
{
    m_state->setCurrentIndex(std::clamp(state.value(u"state").toInt(), 0, m_state->count() - 1));
    m_type->setCurrentIndex(std::clamp(state.value(u"type").toInt(), 0, m_type->count() - 1));
}

void TaskListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace dh
