#include "taskassigneeresolver.h"

namespace dh {

TaskAssigneeResolver::TaskAssigneeResolver(UnitRegistry registry)
    : m_registry(std::move(registry))
{
}

std::optional<TaskAssigneeResolver::Handover> TaskAssigneeResolver::handover(const QString &unit,
                                                                             const QStringList &named) const
{
    const AdminUnit *current = m_registry.find(unit);
    if (!current || !current->validTo.isValid() || current->successors.isEmpty())
        return std::nullopt;
    const QDate from = current->validTo.addDays(1);
    // Bounded by the registry's size so a cycle in the tables cannot loop.
    for (qsizetype hops = 0; hops < m_registry.size(); ++hops) {
        if (!current->validTo.isValid() || current->successors.isEmpty())
            return Handover{current->code, from};
        QString next = current->successors.constFirst();
        for (const QString &candidate : current->successors) {
            if (named.contains(candidate)) {
                next = candidate;
                break;
            }
        }
        const AdminUnit *successor = m_registry.find(next);
        if (!successor)
            return Handover{next, from};
        current = successor;
    }
    return Handover{current->code, from};
}

std::optional<TaskAssigneeResolver::Handover> TaskAssigneeResolver::handover(const Task &task) const
{
    return handover(task.assignee, namedUnits(task));
}

QString TaskAssigneeResolver::unitAt(const QString &unit, QDate date, const QStringList &named) const
{
    const std::optional<Handover> h = handover(unit, named);
    return h && date >= h->from ? h->successor : unit;
}

QString TaskAssigneeResolver::unitAt(const Task &task, QDate date) const
{
    return unitAt(task.assignee, date, namedUnits(task));
}

QStringList TaskAssigneeResolver::namedUnits(const Task &task)
{
    QStringList units;
    if (!task.responsibleUnit.isEmpty())
        units.append(task.responsibleUnit);
    for (const TaskStatusChange &change : task.history) {
        if (!change.reportedBy.isEmpty() && !units.contains(change.reportedBy))
            units.append(change.reportedBy);
    }
    return units;
}

} // namespace dh
