#include "taskloader.h"

#include "cacheservice.h"

#include "store/cache.h"

namespace dh {

TaskLoader::TaskLoader(CacheService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    qRegisterMetaType<TaskSummary>();
    qRegisterMetaType<QList<TaskStateCount>>();
    qRegisterMetaType<QList<Task>>();
    qRegisterMetaType<Task>();
}

TaskLoader::~TaskLoader()
{
    m_service.cancelAll(this);
}

bool TaskLoader::isSettled() const
{
    return std::all_of(std::begin(m_pending), std::end(m_pending), [](quint64 id) { return id == 0; });
}

template<typename Work, typename Deliver>
void TaskLoader::submit(Channel channel, Work work, Deliver deliver)
{
    const quint64 id = ++m_serial;
    m_pending[channel] = id;
    m_service.submit(this, channel, [this, channel, id, work = std::move(work), deliver = std::move(deliver)](
                                        const CacheWorkspace &workspace, const Cancellation &) -> std::function<void()> {
        if (!workspace.cache) {
            const QString message = workspace.openError.isEmpty() ? tr("No cache is open.") : workspace.openError;
            return [this, channel, id, message] {
                if (m_pending[channel] != id)
                    return;
                emit failed(message);
                finish(channel, id);
            };
        }
        auto answer = work(workspace.cache->tasks());
        return [this, channel, id, deliver, answer = std::move(answer)] {
            if (m_pending[channel] != id)
                return;
            if (answer)
                deliver(*answer);
            else
                emit failed(answer.error().message);
            finish(channel, id);
        };
    });
}

void TaskLoader::finish(Channel channel, quint64 id)
{
    if (m_pending[channel] == id)
        m_pending[channel] = 0;
    if (isSettled())
        emit settled();
}

void TaskLoader::requestSummary(QDate asOf, const QString &assignee, TaskUnitEra era)
{
    submit(
        Summary,
        [asOf, assignee, era](const TaskRepository &tasks) { return TaskSummary::read(tasks, asOf, assignee, era, TrendMonths); },
        [this](const TaskSummary &s) { emit summaryLoaded(s); });
}

void TaskLoader::requestRanking(QDate asOf, TaskUnitEra era)
{
    submit(
        Ranking, [asOf, era](const TaskRepository &tasks) { return tasks.counts(asOf, TaskGrouping::Assignee, era); },
        [this, asOf, era](const QList<TaskStateCount> &counts) { emit rankingLoaded(asOf, era, counts); });
}

void TaskLoader::requestList(QDate asOf, const QString &assignee, TaskUnitEra era)
{
    submit(
        List,
        [assignee, era](const TaskRepository &tasks) {
            TaskQuery query;
            query.assignees = {assignee};
            query.era = era;
            return tasks.list(query);
        },
        [this, asOf](const QList<Task> &tasks) { emit listLoaded(asOf, tasks); });
}

void TaskLoader::requestDetail(const QString &id)
{
    submit(
        Detail, [id](const TaskRepository &tasks) { return tasks.find(id); },
        [this](const std::optional<Task> &task) {
            if (task)
                emit detailLoaded(*task);
            else
                emit failed(tr("The task is no longer in the cache."));
        });
}

} // namespace dh
