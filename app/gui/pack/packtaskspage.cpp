#include "packtaskspage.h"

#include "packstyle.h"
#include "packtable.h"

#include "core/unitregistry.h"
#include "models/tasklabels.h"
#include "models/taskrankingmodel.h"

#include <QPainter>

#include <cmath>

namespace dh {

namespace {

// The states' colours of the task page's summary (TaskSummaryPanel), so paper and screen agree.
QColor stateColour(TaskState state)
{
    switch (state) {
    case TaskState::CompletedOnTime: return {0x2e, 0x7d, 0x32};
    case TaskState::CompletedLate: return {0x9e, 0x9d, 0x24};
    case TaskState::InProgress: return {0x15, 0x65, 0xc0};
    case TaskState::Overdue: return {0xc6, 0x28, 0x28};
    case TaskState::Standing:
    case TaskState::NotAssigned: break;
    }
    return {0x90, 0x90, 0x90};
}

} // namespace

PackTasksPage::PackTasksPage(const UnitRegistry &registry, const QLocale &locale)
    : m_registry(registry)
    , m_locale(locale)
{
}

QString PackTasksPage::noTasks(const QString &scope, const QString &date)
{
    return tr("The cache holds no task of %1 assigned by %2: there is nothing to summarise.").arg(scope, date);
}

QString PackTasksPage::nameOf(const QString &code) const
{
    const AdminUnit *unit = m_registry.find(code);
    if (!unit)
        return code;
    if (unit->level == AdminUnit::Level::Nation)
        return tr("the whole country");
    return m_locale.language() == QLocale::Vietnamese ? unit->nameVi : unit->nameEn;
}

QString PackTasksPage::date(QDate day) const
{
    return m_locale.toString(day, QStringLiteral("dd/MM/yyyy"));
}

void PackTasksPage::paint(QPainter &painter, const QRectF &rect, const PackPageData &page) const
{
    painter.save();
    const TaskSummary &summary = *page.tasks;
    if (summary.counts.total() == 0) {
        painter.setFont(packstyle::font(16));
        painter.setPen(packstyle::secondary);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, noTasks(nameOf(page.page.scope), date(summary.asOf)));
        painter.restore();
        return;
    }
    painter.setFont(packstyle::font(13));
    painter.setPen(packstyle::secondary);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), 24), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("As of %1 · rates are shares of the %2 tasks with a deadline; %3 standing tasks (no deadline) counted apart")
                         .arg(date(summary.asOf), m_locale.toString(summary.withDeadline()), m_locale.toString(summary.counts.standing)));
    const QRectF states = paintStates(painter, rect.adjusted(0, 32, 0, 0), summary);
    const QRectF below = rect.adjusted(0, states.bottom() - rect.top() + 18, 0, 0);

    const AdminUnit *unit = m_registry.find(page.page.scope);
    if (unit && unit->level != AdminUnit::Level::Nation) {
        paintRanking(painter, below, page, unit->level);
    } else {
        const double half = (below.width() - 24) / 2;
        paintRanking(painter, QRectF(below.left(), below.top(), half, below.height()), page, AdminUnit::Level::Ministry);
        paintRanking(painter, QRectF(below.right() - half, below.top(), half, below.height()), page, AdminUnit::Level::Province);
    }
    painter.restore();
}

QRectF PackTasksPage::paintStates(QPainter &painter, const QRectF &rect, const TaskSummary &summary) const
{
    struct Box
    {
        QString name, figure, line;
        QColor colour;
        bool alarm = false;
    };
    const double onTime = summary.rate(TaskState::CompletedOnTime);
    QList<Box> boxes{{tr("On-time completion rate"), m_locale.toString(onTime, 'f', 2) + QStringLiteral(" %"),
                      tr("of the tasks with a deadline"), stateColour(TaskState::CompletedOnTime), false}};
    for (TaskState state : TaskSummary::fourStates()) {
        const double rate = summary.rate(state);
        boxes.append({TaskLabels::state(state), m_locale.toString(summary.count(state)),
                      m_locale.toString(rate, 'f', 2) + QStringLiteral(" %"), stateColour(state), state == TaskState::Overdue});
    }
    const double gap = 12;
    const double height = std::min(132.0, rect.height() * 0.3);
    const double width = (rect.width() - gap * (boxes.size() - 1)) / double(boxes.size());
    const QFont nameFont = packstyle::font(std::min(13.0, height / 9));
    const QFont figureFont = packstyle::font(std::min(30.0, height / 4), QFont::Bold);
    const QFont lineFont = packstyle::font(std::min(12.0, height / 10));
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const Box &b = boxes.at(i);
        const QRectF box(rect.left() + double(i) * (width + gap), rect.top(), width, height);
        painter.setPen(QPen(b.alarm ? b.colour : packstyle::rule, b.alarm ? 2.0 : 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        painter.fillRect(QRectF(box.left(), box.top(), box.width(), 5), b.colour);
        const QRectF inner = box.adjusted(10, 10, -10, -8);
        painter.setFont(nameFont);
        painter.setPen(packstyle::text);
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.36), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         b.name);
        painter.setFont(figureFont);
        painter.setPen(b.alarm ? b.colour : packstyle::text);
        painter.drawText(QRectF(inner.left(), inner.top() + inner.height() * 0.36, inner.width(), inner.height() * 0.38),
                         Qt::AlignLeft | Qt::AlignVCenter, b.figure);
        painter.setFont(lineFont);
        painter.setPen(packstyle::secondary);
        painter.drawText(QRectF(inner.left(), inner.top() + inner.height() * 0.74, inner.width(), inner.height() * 0.26),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, b.line);
    }
    return QRectF(rect.left(), rect.top(), rect.width(), height);
}

void PackTasksPage::paintRanking(QPainter &painter, const QRectF &rect, const PackPageData &page, AdminUnit::Level level) const
{
    TaskRankingModel model(m_registry, level);
    model.setLocale(m_locale);
    model.setCounts(page.taskCounts);
    model.sort(TaskRankingModel::OverdueColumn, Qt::DescendingOrder);
    const QString asOf = date(page.tasks->asOf);
    QString heading = level == AdminUnit::Level::Ministry ? tr("Ministries and agencies by overdue tasks at %1, most first").arg(asOf)
                                                          : tr("Provinces by overdue tasks at %1, most first").arg(asOf);
    const int row = model.rowOf(page.page.scope);
    if (row >= 0)
        heading = tr("%1: rank %2 of %3 by overdue tasks at %4 (1 = most overdue)")
                      .arg(nameOf(page.page.scope), m_locale.toString(row + 1), m_locale.toString(model.rowCount()), asOf);
    painter.setFont(packstyle::font(13, QFont::DemiBold));
    painter.setPen(packstyle::text);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), 22), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(heading, Qt::ElideRight, rect.width()));
    const QRectF table = rect.adjusted(0, 28, 0, 0);
    if (model.rowCount() == 0) {
        painter.setFont(packstyle::font(13));
        painter.setPen(packstyle::secondary);
        painter.drawText(table, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, tr("No task of these units by that date."));
        return;
    }
    PackTable::Options options;
    options.emphasised = row;
    PackTable(model, options).paint(painter, table);
}

} // namespace dh
