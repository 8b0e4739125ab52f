#pragma once

#include "tasksummary.h"

#include "core/task.h"
#include "store/taskrepository.h"

#include <QObject>

namespace dh {

class CacheService;

// Asks a CacheService for what the task views show — the summary, the counts by assignee for the
// rankings, an assignee's list, a task with its history — as jobs on its worker, so the GUI thread
// never waits on a query. Each kind of request has its own channel: a newer one replaces one still
// waiting, and only the latest answer of each kind is delivered. The task page, the home
// dashboard's panel and a wall's panel each have one.
class TaskLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskLoader)

public:
    // How many months the trend reaches back from the as-of date's month.
    static constexpr int TrendMonths = 24;

    explicit TaskLoader(CacheService &service, QObject *parent = nullptr);
    ~TaskLoader() override;

    // The nation's summary (assignee empty) or an assignee's.
    void requestSummary(QDate asOf, const QString &assignee, TaskUnitEra era);
    // The counts of every assignee, for the rankings of ministries and provinces.
    void requestRanking(QDate asOf, TaskUnitEra era);
    void requestList(QDate asOf, const QString &assignee, TaskUnitEra era);
    void requestDetail(const QString &id);

    // No request is waiting for its answer.
    bool isSettled() const;

signals:
    void summaryLoaded(const dh::TaskSummary &summary);
    void rankingLoaded(QDate asOf, dh::TaskUnitEra era, const QList<dh::TaskStateCount> &counts);
    void listLoaded(QDate asOf, const QList<dh::Task> &tasks);
    void detailLoaded(const dh::Task &task);
    void failed(const QString &message);
    void settled();

private:
    enum Channel { Summary, Ranking, List, Detail, ChannelCount };

    // Submits a job whose work returns the answer to deliver, or an error message.
    template<typename Work, typename Deliver>
    void submit(Channel channel, Work work, Deliver deliver);
    void finish(Channel channel, quint64 id);

    CacheService &m_service;
    quint64 m_serial = 0;
    quint64 m_pending[ChannelCount] = {};
};

} // namespace dh
