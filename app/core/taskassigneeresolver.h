#pragma once

#include "task.h"
#include "unitregistry.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace dh {

// The 2025 reorganisation applied to tasks: a task of a ministry merged on 2025-03-01 or a province
// merged on 2025-07-01 passes to the successor from the merger date, for lists and rankings, while
// its history keeps the original assignee. A unit split among several successors (the Ministry of
// Labour, Invalids and Social Affairs) hands a task to the first successor listed in the registry,
// unless the task names one of them: a successor that reported on the task, or its responsible
// unit. Chains of mergers are followed to the last unit.
class TaskAssigneeResolver
{
public:
    struct Handover
    {
        QString successor;  // the unit that holds the task from `from` on
        QDate from;         // the merger date: the day after the original unit's last day

        friend bool operator==(const Handover &, const Handover &) = default;
    };

    explicit TaskAssigneeResolver(UnitRegistry registry);

    // Where a unit's tasks go; nullopt for a unit that was not merged (or is unknown). `named` are
    // the units a task names, to choose among several successors.
    std::optional<Handover> handover(const QString &unit, const QStringList &named = {}) const;
    std::optional<Handover> handover(const Task &task) const;
    // The unit that holds the task at the date: the original assignee before the merger date, the
    // successor from it on.
    QString unitAt(const QString &unit, QDate date, const QStringList &named = {}) const;
    QString unitAt(const Task &task, QDate date) const;

    // The units a task names, that can choose a successor: those that reported on it and its
    // responsible unit.
    static QStringList namedUnits(const Task &task);

    const UnitRegistry &registry() const { return m_registry; }

private:
    UnitRegistry m_registry;
};

} // namespace dh
