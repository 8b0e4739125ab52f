#include "reminderlistmodel.h"

namespace dh {

ReminderListModel::ReminderListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_locale(QLocale::Vietnamese, QLocale::Vietnam)
{
}

void ReminderListModel::addReminders(const QList<Reminder> &reminders)
{
    if (reminders.isEmpty())
        return;
    const int added = int(std::min<qsizetype>(reminders.size(), MaxRows));
    beginInsertRows({}, 0, added - 1);
    m_reminders = reminders.first(added) + m_reminders;
    endInsertRows();
    if (m_reminders.size() > MaxRows) {
        beginRemoveRows({}, MaxRows, int(m_reminders.size()) - 1);
        m_reminders.resize(MaxRows);
        endRemoveRows();
    }
}

void ReminderListModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_reminders.isEmpty())
        emit dataChanged(index(0), index(int(m_reminders.size()) - 1), {Qt::DisplayRole});
}

int ReminderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reminders.size());
}

QVariant ReminderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reminder &r = m_reminders.at(index.row());
    switch (role) {
    case KeyRole: return r.key;
    case RuleRole: return r.ruleName();
    case AssigneeRole: return r.assignee;
    case Qt::ToolTipRole: return r.text;
    case Qt::DisplayRole:
        return QString(m_locale.toString(r.firedAt.toLocalTime(), QLocale::ShortFormat) + QStringLiteral(" — ") + r.title
                       + u'\n' + r.text);
    default: return {};
    }
}

} // namespace dh
