#include "tasksummarypanel.h"

#include "theme.h"

#include "models/tasklabels.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPieSeries>
#include <QPieSlice>
#include <QVBoxLayout>

#include <cmath>

namespace dh {

namespace {

const std::array<TaskState, 5> shownStates{TaskState::CompletedOnTime, TaskState::CompletedLate, TaskState::InProgress,
                                           TaskState::Overdue, TaskState::Standing};

} // namespace

TaskSummaryPanel::Look TaskSummaryPanel::Look::desk()
{
    return {QColor(0xff, 0xff, 0xff), QColor(0x1f, 0x29, 0x37), QColor(0x6b, 0x72, 0x80),
            {QColor(0x2e, 0x7d, 0x32), QColor(0x9e, 0x9d, 0x24), QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x28, 0x28)},
            QColor(0x90, 0x90, 0x90)};
}

TaskSummaryPanel::Look TaskSummaryPanel::Look::wall()
{
    return {QColor(0x10, 0x18, 0x24), QColor(0xf3, 0xf4, 0xf6), QColor(0x9c, 0xa3, 0xaf),
            {QColor(0x66, 0xbb, 0x6a), QColor(0xd4, 0xe1, 0x57), QColor(0x42, 0xa5, 0xf5), QColor(0xef, 0x53, 0x50)},
            QColor(0x9e, 0x9e, 0x9e)};
}

TaskSummaryPanel::TaskSummaryPanel(QWidget *parent)
    : QWidget(parent)
    , m_look(Look::desk())
    , m_locale(QLocale::Vietnamese, QLocale::Vietnam)
    , m_title(new QLabel(this))
    , m_asOf(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_series(new QPieSeries)
    , m_legend(new QGridLayout)
    , m_message(new QLabel(this))
{
    setAutoFillBackground(true);
    theme::setRole(m_title, theme::Role::PanelTitle);
    m_asOf->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->hide();

    m_series->setHoleSize(0.55);
    m_series->setPieSize(0.95);
    for (qsizetype i = 0; i < 4; ++i)
        m_series->append(new QPieSlice(m_series));
    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->legend()->hide();
    chart->setMargins({0, 0, 0, 0});
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setChart(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(140, 140);
    m_chart->setAttribute(Qt::WA_TransparentForMouseEvents);

    for (size_t i = 0; i < shownStates.size(); ++i) {
        m_swatches[i] = new QLabel(this);
        m_swatches[i]->setFixedSize(12, 12);
        m_swatches[i]->setAutoFillBackground(true);
        m_names[i] = new QLabel(this);
        m_figures[i] = new QLabel(this);
        m_figures[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_legend->addWidget(m_swatches[i], int(i), 0);
        m_legend->addWidget(m_names[i], int(i), 1);
        m_legend->addWidget(m_figures[i], int(i), 2);
    }
    m_legend->setColumnStretch(1, 1);
    m_legend->setVerticalSpacing(4);

    auto *body = new QHBoxLayout;
    body->addWidget(m_chart, 1);
    auto *side = new QVBoxLayout;
    side->addStretch();
    side->addLayout(m_legend);
    side->addStretch();
    body->addLayout(side, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_title);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_asOf);
    m_title->setText(tr("Tasks assigned by the Government and the Prime Minister"));
    applyLook();
    refresh();
}

void TaskSummaryPanel::setLook(const Look &look)
{
    m_look = look;
    applyLook();
}

void TaskSummaryPanel::applyLook()
{
    QPalette p = palette();
    p.setColor(QPalette::Window, m_look.background);
    p.setColor(QPalette::WindowText, m_look.text);
    setPalette(p);
    QPalette muted = p;
    muted.setColor(QPalette::WindowText, m_look.muted);
    m_asOf->setPalette(muted);
    m_chart->chart()->setBackgroundBrush(m_look.background);
    m_chart->setBackgroundBrush(m_look.background);
    for (size_t i = 0; i < shownStates.size(); ++i) {
        QPalette swatch = p;
        swatch.setColor(QPalette::Window, i < 4 ? m_look.states.at(i) : m_look.standing);
        m_swatches[i]->setPalette(swatch);
    }
    for (qsizetype i = 0; i < 4; ++i) {
        QPieSlice *slice = m_series->slices().at(i);
        slice->setColor(m_look.states.at(size_t(i)));
        slice->setBorderColor(m_look.background);
    }
}

void TaskSummaryPanel::setSummary(const TaskSummary &summary, bool synthetic)
{
    m_summary = summary;
    m_synthetic = synthetic;
    m_hasSummary = true;
    m_message->hide();
    refresh();
}

void TaskSummaryPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

void TaskSummaryPanel::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void TaskSummaryPanel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    refresh();
}

QString TaskSummaryPanel::figureText(TaskState state) const
{
    if (!m_hasSummary)
        return QStringLiteral("–");
    const QString count = m_locale.toString(m_summary.count(state));
    const double rate = m_summary.rate(state);
    return std::isnan(rate) ? count : count + QStringLiteral(" · ") + m_locale.toString(rate, 'f', 2) + QStringLiteral(" %");
}

void TaskSummaryPanel::refresh()
{
    for (size_t i = 0; i < shownStates.size(); ++i) {
        m_names[i]->setText(TaskLabels::state(shownStates.at(i)));
        m_figures[i]->setText(figureText(shownStates.at(i)));
    }
    for (qsizetype i = 0; i < 4; ++i)
        m_series->slices().at(i)->setValue(m_hasSummary ? double(m_summary.count(TaskSummary::fourStates().at(i))) : 0.0);
    QString asOf;
    if (m_hasSummary) {
        asOf = tr("As of %1; rates are shares of the %2 tasks with a deadline; standing tasks counted apart.")
                   .arg(m_locale.toString(m_summary.asOf, QLocale::ShortFormat), m_locale.toString(m_summary.withDeadline()));
        if (m_synthetic)
            asOf += u' ' + tr("Synthetic data, for demonstration.");
    }
    m_asOf->setText(asOf);
}

void TaskSummaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void TaskSummaryPanel::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QWidget::mouseReleaseEvent(event);
}

} // namespace dh
