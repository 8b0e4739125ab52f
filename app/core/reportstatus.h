#pragma once

#include "period.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace dh {

// Whether a unit has reported an indicator for a period, and when (the reporting API's
// report-status record). The natural key is (indicator, unit, period).
struct ReportStatus
{
    // not-due: not yet expected; due: expected, the deadline has not passed; late: not received
    // past the deadline; reported: received; revised: received and revised since.
    enum class State : quint8 { NotDue, Due, Reported, Late, Revised };

    QString indicator;
    QString unit;
    Period period;
    State state = State::NotDue;
    QDate dueDate;
    QDateTime reportedAt; // null unless reported or revised
    int revision = 0;     // the revision of the figures last reported; 0 when none
    QString note;

    friend bool operator==(const ReportStatus &, const ReportStatus &) = default;
};

} // namespace dh
