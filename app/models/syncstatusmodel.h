#pragma once

#include "sync/endpointfile.h"
#include "sync/syncprogress.h"

#include "core/syncstate.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QLocale>

#include <optional>

namespace dh {

class Clock;

// The sync page's table: one row per endpoint of the endpoints file, in the file's order, then the
// endpoints the cache has runs of but the file no longer lists (greyed, sorted by id). Three
// sources meet in a row: the file (name, format, whether enabled), the cache's record of runs
// (last success, last error, observations pulled) and the engine, live (the stage of a run in
// progress or just ended, the next scheduled run).
class SyncStatusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusModel)

public:
    enum Column { Name, Format, State, LastSuccess, LastError, NextRun, Pulled, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        EndpointRole,  // the endpoint's id
        ListedRole,    // whether the endpoints file lists it
        StageRole,     // the SyncProgress::Stage of its run, as int; -1 when idle
    };

    // clock: the source of "now" for "5 minutes ago"; the system clock when null.
    explicit SyncStatusModel(const Clock *clock = nullptr, QObject *parent = nullptr);

    void setEndpoints(const EndpointFile &file);
    void setStatuses(const QList<EndpointStatus> &statuses);
    void onProgress(const SyncProgress &progress);
    void setNextRun(const QString &endpoint, const QDateTime &next);
    void setLocale(const QLocale &locale);
    // The colour of a failure (the theme's), for the state and the last error.
    void setErrorColor(const QColor &color);
    // Times are said relative to now: they are re-said when the caller ticks this (every minute).
    void refreshTimes();

    QString endpointAt(int row) const;
    int rowOf(const QString &endpoint) const;
    std::optional<SyncProgress> progressOf(const QString &endpoint) const;
    // "vi" or "en", from the locale: the language endpoint labels are shown in.
    QString language() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        std::optional<Endpoint> endpoint; // none: the file no longer lists it
        std::optional<EndpointStatus> status;
        std::optional<SyncProgress> progress;
        QDateTime nextRun;
    };

    void rebuild();
    QString stateText(const Row &row) const;
    QDateTime nextRun(const Row &row) const;
    QVariant display(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;

    const Clock *m_clock;
    QList<Endpoint> m_endpoints;
    QHash<QString, EndpointStatus> m_statuses;
    QHash<QString, SyncProgress> m_progress;
    QHash<QString, QDateTime> m_nextRuns;
    QList<Row> m_rows;
    QLocale m_locale;
    QColor m_errorColor{0xb0, 0x1c, 0x1c};
};

} // namespace dh
