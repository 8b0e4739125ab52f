#include "syncstatusmodel.h"

#include "syncprogresstext.h"

#include "core/clock.h"

#include <QSet>

#include <algorithm>

namespace dh {

SyncStatusModel::SyncStatusModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock ? clock : &Clock::system())
{
}

void SyncStatusModel::setEndpoints(const EndpointFile &file)
{
    m_endpoints = file.endpoints;
    rebuild();
}

void SyncStatusModel::setStatuses(const QList<EndpointStatus> &statuses)
{
    m_statuses.clear();
    for (const EndpointStatus &s : statuses)
        m_statuses.insert(s.endpoint, s);
    rebuild();
}

void SyncStatusModel::onProgress(const SyncProgress &progress)
{
    m_progress.insert(progress.endpoint, progress);
    const int row = rowOf(progress.endpoint);
    if (row < 0) {
        rebuild();
        return;
    }
    m_rows[row].progress = progress;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SyncStatusModel::setNextRun(const QString &endpoint, const QDateTime &next)
{
    m_nextRuns.insert(endpoint, next);
    const int row = rowOf(endpoint);
    if (row < 0)
        return; // an endpoint the file does not list has no schedule to show
    m_rows[row].nextRun = next;
    emit dataChanged(index(row, NextRun), index(row, NextRun));
}

void SyncStatusModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    refreshTimes();
}

void SyncStatusModel::setErrorColor(const QColor &color)
{
    m_errorColor = color;
    refreshTimes();
}

void SyncStatusModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void SyncStatusModel::rebuild()
{
    QList<Row> rows;
    QSet<QString> listed;
    for (const Endpoint &e : std::as_const(m_endpoints)) {
        listed.insert(e.id);
        rows.append({e.id, e, std::nullopt, std::nullopt, QDateTime()});
    }
    QStringList others;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        if (!listed.contains(it.key()))
            others.append(it.key());
    }
    for (auto it = m_progress.cbegin(); it != m_progress.cend(); ++it) {
        if (!listed.contains(it.key()) && !others.contains(it.key()))
            others.append(it.key());
    }
    std::sort(others.begin(), others.end());
    for (const QString &id : std::as_const(others))
        rows.append({id, std::nullopt, std::nullopt, std::nullopt, QDateTime()});
    for (Row &row : rows) {
        if (auto s = m_statuses.constFind(row.id); s != m_statuses.cend())
            row.status = *s;
        if (auto p = m_progress.constFind(row.id); p != m_progress.cend())
            row.progress = *p;
        if (row.endpoint)
            row.nextRun = m_nextRuns.value(row.id);
    }

    const bool sameRows = std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(),
                                     [](const Row &a, const Row &b) { return a.id == b.id && a.endpoint.has_value() == b.endpoint.has_value(); });
    if (sameRows) {
        m_rows = std::move(rows);
        refreshTimes();
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString SyncStatusModel::endpointAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int SyncStatusModel::rowOf(const QString &endpoint) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == endpoint)
            return i;
    }
    return -1;
}

std::optional<SyncProgress> SyncStatusModel::progressOf(const QString &endpoint) const
{
    const auto it = m_progress.constFind(endpoint);
    return it == m_progress.cend() ? std::nullopt : std::optional<SyncProgress>(*it);
}

int SyncStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncStatusModel::language() const
{
    return m_locale.language() == QLocale::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
}

// The engine's word when it has given one (it schedules); else what the schedule says after the last
// run the cache remembers, so a window that does not sync (a screenshot) still shows it.
QDateTime SyncStatusModel::nextRun(const Row &row) const
{
    if (row.nextRun.isValid() || !row.endpoint)
        return row.nextRun;
    const QDateTime last = row.status && row.status->last ? row.status->last->startedAt : QDateTime();
    return row.endpoint->schedule.nextRun(last, m_clock->now());
}

QString SyncStatusModel::stateText(const Row &row) const
{
    if (row.progress)
        return SyncProgressText::stage(*row.progress, m_locale);
    if (!row.endpoint)
        return tr("no longer in the file");
    if (!row.endpoint->enabled)
        return tr("disabled");
    return tr("idle");
}

QVariant SyncStatusModel::display(const Row &row, int column) const
{
    const QDateTime now = m_clock->now();
    switch (column) {
    case Name: {
        const QString label = row.endpoint ? row.endpoint->labelIn(language()) : QString();
        return label.isEmpty() || label == row.id ? row.id : tr("%1 (%2)").arg(label, row.id);
    }
    case Format: return row.endpoint ? row.endpoint->format : QString();
    case State: return stateText(row);
    case LastSuccess:
        if (row.status && row.status->lastSuccess)
            return SyncProgressText::time(row.status->lastSuccess->finishedAt, now, m_locale);
        return row.status ? tr("never") : QString();
    case LastError:
        if (row.status && row.status->lastFailure) {
            const SyncRun &f = *row.status->lastFailure;
            return tr("%1: %2").arg(SyncProgressText::time(f.finishedAt, QDateTime(), m_locale), f.error.section(u'\n', 0, 0));
        }
        return QString();
    case NextRun:
        if (row.endpoint && (!row.endpoint->enabled || row.endpoint->schedule.kind == EndpointSchedule::Kind::Manual))
            return tr("manual");
        if (const QDateTime next = nextRun(row); next.isValid() && next <= now.addSecs(60))
            return tr("%1 (due now)").arg(SyncProgressText::time(next, QDateTime(), m_locale));
        return SyncProgressText::time(nextRun(row), now, m_locale);
    case Pulled: return row.status ? m_locale.toString(row.status->observationsPulled) : QString();
    }
    return {};
}

QVariant SyncStatusModel::sortKey(const Row &row, int column) const
{
    switch (column) {
    case LastSuccess: return row.status && row.status->lastSuccess ? row.status->lastSuccess->finishedAt : QDateTime();
    case LastError: return row.status && row.status->lastFailure ? row.status->lastFailure->finishedAt : QDateTime();
    case NextRun: return nextRun(row);
    case Pulled: return row.status ? row.status->observationsPulled : qint64(-1);
    default: return display(row, column);
    }
}

QVariant SyncStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool failed = row.progress ? row.progress->stage == SyncProgress::Stage::Failed
                                     : row.status && row.status->last && row.status->last->outcome == SyncRun::Outcome::Failed;
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return sortKey(row, index.column());
    case EndpointRole: return row.id;
    case ListedRole: return row.endpoint.has_value();
    case StageRole: return row.progress ? int(row.progress->stage) : -1;
    case Qt::ToolTipRole:
        if (index.column() == Name && row.endpoint)
            return row.endpoint->url.toDisplayString();
        if (index.column() == Name)
            return tr("The endpoints file no longer lists this endpoint; the cache keeps its runs and data.");
        if (index.column() == LastError && row.status && row.status->lastFailure)
            return row.status->lastFailure->error;
        if (index.column() == State && row.progress && !row.progress->message.isEmpty())
            return row.progress->message;
        return {};
    case Qt::ForegroundRole:
        if (!row.endpoint || !row.endpoint->enabled)
            return QColor(Qt::gray);
        if ((index.column() == State && failed) || (index.column() == LastError && failed))
            return m_errorColor;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Pulled ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

QVariant SyncStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Endpoint");
    case Format: return tr("Format");
    case State: return tr("State");
    case LastSuccess: return tr("Last success");
    case LastError: return tr("Last error");
    case NextRun: return tr("Next run");
    case Pulled: return tr("Observations pulled");
    }
    return {};
}

} // namespace dh
