#pragma once

#include "briefingpack.h"
#include "dashboardloader.h"
#include "indicatorview.h"
#include "tasksummary.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace dh {

class ViewController;

// One headline indicator of a province atlas: its national figure and every province's value and
// rank at one period.
struct AtlasColumn
{
    struct Place
    {
        double value = 0.0;
        int rank = 0; // 1 = best by the indicator's polarity
    };

    Indicator indicator;
    Period period;
    std::optional<double> national;
    QHash<QString, Place> places; // by province code
    int ranked = 0;               // provinces with a value
    QString error;
};

// What one page of a pack shows, read from the cache; error says why it has nothing.
struct PackPageData
{
    BriefingPage page;
    QString title;                          // home, tasks: the view's title at the scope
    QList<DashboardTile> tiles;             // home
    std::optional<IndicatorViewData> view;  // indicator, map, ranking, breakdown
    QList<AtlasColumn> atlas;               // atlas
    QStringList provinces;                  // atlas: the provinces of its map, in the registry's order
    std::optional<TaskSummary> tasks;       // tasks: the scope's summary at the pack's as-of date
    QList<TaskStateCount> taskCounts;       // tasks: every assignee's counts then, for the rankings
    QString error;
};

// A pack with its data, ready to paint.
struct PackData
{
    BriefingPack pack;
    QList<PackPageData> pages;
    bool synthetic = true;
    QDateTime cacheAsOf;
};

// The latest period of the table that ends on or before the date; invalid when none does.
Period latestPeriodBy(const QList<Period> &periods, QDate asOf);

// Reads the data of every page of a pack through a view controller's cache service, off the GUI
// thread: the jobs are queued at once on the service's worker and answered on this thread, one
// signal when all are in. The controller must be started and have its overview.
class PackDataLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackDataLoader)

public:
    explicit PackDataLoader(ViewController &controller, QObject *parent = nullptr);
    ~PackDataLoader() override;

    // Starts reading; a load still running is abandoned.
    void load(const BriefingPack &pack);

signals:
    void loaded(const dh::PackData &data);
    void failed(const QString &message);

private:
    void submitPage(int index);
    void pageDone(int index, PackPageData page);

    ViewController &m_controller;
    PackData m_data;
    int m_waiting = 0;
    quint64 m_generation = 0;
};

} // namespace dh
