#pragma once

#include "models/packdata.h"

#include <QCoreApplication>
#include <QLocale>

class QPainter;

namespace dh {

class UnitRegistry;

// Paints a pack's task-summary page on any painter, as text and vectors: the counts in the four
// states at the pack's as-of date (overdue marked), the on-time completion rate, and the ministries
// and provinces ranked by their overdue tasks, most first — or, for a ministry or a province, where
// it stands among its peers. A scope without tasks by that date says so rather than print zeros.
class PackTasksPage
{
    Q_DECLARE_TR_FUNCTIONS(PackTasksPage)

public:
    PackTasksPage(const UnitRegistry &registry, const QLocale &locale);

    void paint(QPainter &painter, const QRectF &rect, const PackPageData &page) const;
    // The sentence the page prints when the scope has no tasks by the date.
    static QString noTasks(const QString &scope, const QString &date);

private:
    QRectF paintStates(QPainter &painter, const QRectF &rect, const TaskSummary &summary) const;
    void paintRanking(QPainter &painter, const QRectF &rect, const PackPageData &page, AdminUnit::Level level) const;
    QString nameOf(const QString &code) const;
    QString date(QDate day) const;

    const UnitRegistry &m_registry;
    QLocale m_locale;
};

} // namespace dh
