#pragma once

#include "reminderrules.h"

#include <QAbstractListModel>
#include <QLocale>

namespace dh {

// The reminders given lately, newest first, for the reminders panel: title, text and when.
class ReminderListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderListModel)

public:
    enum Role { KeyRole = Qt::UserRole + 1, RuleRole, AssigneeRole };
    // The panel keeps this many; older ones drop off the end.
    static constexpr int MaxRows = 200;

    explicit ReminderListModel(QObject *parent = nullptr);

    void addReminders(const QList<Reminder> &reminders);
    void setLocale(const QLocale &locale);
    const QList<Reminder> &reminders() const { return m_reminders; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Reminder> m_reminders;
    QLocale m_locale;
};

} // namespace dh
