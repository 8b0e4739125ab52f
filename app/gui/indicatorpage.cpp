#include "indicatorpage.h"

#include "models/indicatortablemodel.h"

#include "charts/rankingchart.h"
#include "charts/stackedchart.h"
#include "charts/timeserieschart.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace dh {

namespace {

const QList<QColor> &seriesColours()
{
    // Okabe–Ito: distinguishable with colour-blindness.
    static const QList<QColor> colours = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                          QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                          QColor(0xf0, 0xe4, 0x42), QColor(0x99, 0x99, 0x99)};
    return colours;
}

} // namespace

IndicatorPage::IndicatorPage(QWidget *parent)
    : QWidget(parent)
    , m_locale(QLocale::Vietnamese, QLocale::Vietnam)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_chart(new TimeSeriesChart(this))
    , m_rankingTitle(new QLabel(this))
    , m_ranking(new RankingChart)
    , m_breakdownTitle(new QLabel(this))
    , m_breakdown(new StackedChart(this))
    , m_model(new IndicatorTableModel(this))
    , m_table(new QTableView(this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageHint"));
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_rankingTitle->setObjectName(QStringLiteral("panelTitle"));
    m_breakdownTitle->setObjectName(QStringLiteral("panelTitle"));

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(IndicatorTableModel::SortRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IndicatorTableModel::PeriodColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(this);
    copy->setObjectName(QStringLiteral("copyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &IndicatorPage::copySelection);
    m_table->addAction(copy);

    connect(m_ranking, &RankingChart::itemClicked, this, &IndicatorPage::provinceClicked);
    auto changed = [this] {
        if (m_updating)
            return;
        IndicatorViewRequest r = m_data.request;
        r.kind = Period::Kind(m_kind->currentData().toInt());
        r.cumulative = m_mode->currentData().toBool();
        r.rankingPeriod.reset();
        emit requestChanged(r);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_mode, &QComboBox::currentIndexChanged, this, changed);

    auto *controls = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    controls->addLayout(titles, 1);
    controls->addWidget(m_kind);
    controls->addWidget(m_mode);

    auto *rankingScroll = new QScrollArea(this);
    rankingScroll->setWidget(m_ranking);
    rankingScroll->setWidgetResizable(true);
    rankingScroll->setFrameShape(QFrame::NoFrame);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_chart);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_breakdownBox = new QWidget(lower);
    auto *breakdownBox = new QVBoxLayout(m_breakdownBox);
    breakdownBox->setContentsMargins(0, 0, 0, 0);
    breakdownBox->addWidget(m_breakdownTitle);
    breakdownBox->addWidget(m_breakdown, 1);
    lowerLayout->addWidget(m_breakdownBox, 1);
    lowerLayout->addWidget(m_table, 1);
    left->addWidget(lower);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_rankingTitle);
    rightLayout->addWidget(rankingScroll, 1);

    // The ranking needs room for province names and values; the chart takes the rest.
    right->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("63. TP. Hồ Chí Minh 1.234.567,8")) + 160);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);
    retranslate();
}

void IndicatorPage::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_model->setLocale(locale);
    render();
}

void IndicatorPage::setLoading(const IndicatorViewRequest &request)
{
    m_data.request = request;
    m_subtitle->setText(tr("Loading…"));
}

void IndicatorPage::setData(const IndicatorViewData &data)
{
    m_data = data;
    m_model->setView(data);
    render();
}

QString IndicatorPage::unitText() const
{
    return m_locale.language() == QLocale::Vietnamese ? m_data.indicator.unitVi : m_data.indicator.unitEn;
}

QString IndicatorPage::valueText(double v) const
{
    return m_locale.toString(v, 'f', m_data.indicator.decimals) + u' ' + unitText();
}

void IndicatorPage::retranslate()
{
    m_updating = true;
    const int kind = m_kind->currentData().isValid() ? m_kind->currentData().toInt() : -1;
    m_kind->clear();
    m_kind->addItem(tr("By month"), int(Period::Kind::Month));
    m_kind->addItem(tr("By quarter"), int(Period::Kind::Quarter));
    m_kind->addItem(tr("By year"), int(Period::Kind::Year));
    if (kind >= 0)
        m_kind->setCurrentIndex(m_kind->findData(kind));
    const int mode = m_mode->currentIndex();
    m_mode->clear();
    m_mode->addItem(tr("In the period"), false);
    m_mode->addItem(tr("Year to date"), true);
    m_mode->setCurrentIndex(std::max(0, mode));
    m_updating = false;
    render();
}

void IndicatorPage::render()
{
    const Indicator &ind = m_data.indicator;
    if (ind.code.isEmpty())
        return;
    const bool vi = m_locale.language() == QLocale::Vietnamese;
    m_title->setText((vi ? ind.nameVi : ind.nameEn) + QStringLiteral(" (") + unitText() + u')');
    QString subtitle = ind.origin == DataOrigin::Real ? tr("Source: %1").arg(ind.sourceAgency) : tr("Simulated data — not official statistics");
    if (m_data.asOf.isValid())
        subtitle += QStringLiteral(" · ") + tr("as of %1").arg(m_locale.toString(m_data.asOf.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")));
    if (m_data.reaggregated)
        subtitle += QStringLiteral(" · ") + tr("combined from the %n former province(s) by the rule \"%1\"", nullptr, int(m_data.members.size()))
                                                .arg(aggregationName(ind.aggregation));
    m_subtitle->setText(subtitle);

    m_updating = true;
    // Only kinds at least as coarse as the indicator's own make sense.
    for (int i = 0; i < m_kind->count(); ++i) {
        const auto k = Period::Kind(m_kind->itemData(i).toInt());
        const bool usable = k == ind.periodicity
                            || (Period::periodsPerYear(k) > 0 && Period::periodsPerYear(k) < Period::periodsPerYear(ind.periodicity));
        qobject_cast<QStandardItemModel *>(m_kind->model())->item(i)->setEnabled(usable);
    }
    m_kind->setCurrentIndex(m_kind->findData(int(m_data.kind)));
    m_mode->setEnabled(m_data.cumulativeAvailable);
    m_mode->setCurrentIndex(m_data.request.cumulative && m_data.cumulativeAvailable ? 1 : 0);
    m_updating = false;

    QStringList notices;
    if (!m_data.seriesError.isEmpty())
        notices.append(m_data.seriesError);
    if (!m_data.rankingError.isEmpty())
        notices.append(m_data.rankingError);
    m_notice->setText(notices.join(u'\n'));
    m_notice->setVisible(!notices.isEmpty());

    // Positions on the time axis are period offsets from the first period.
    const QList<Period> periods = m_data.periods;
    const Period origin = periods.isEmpty() ? Period() : periods.first();
    ChartFormat format;
    format.xLabel = [origin, locale = m_locale](double x) { return origin.isValid() ? origin.next(qint64(x)).label(locale) : QString(); };
    format.value = [this](double v) { return m_locale.toString(v, 'f', std::min(m_data.indicator.decimals, 2)); };
    format.valueAxis = unitText();
    ChartSeries main{vi ? ind.nameVi : ind.nameEn, {}, {}, QColor(0x0b, 0x5c, 0xa8), ChartSeries::Style::Line};
    ChartSeries lastYear{tr("Same period last year"), {}, {}, QColor(0x8a, 0x96, 0xa3), ChartSeries::Style::DashedLine};
    ChartSeries target{tr("Plan target"), {}, {}, QColor(0xc0, 0x28, 0x28), ChartSeries::Style::Step};
    const bool targetComparable = m_data.kind == Period::Kind::Year || ind.unitEn == u"%"
                                  || (m_data.request.cumulative && m_data.cumulativeAvailable);
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const double x = double(periods.at(i).distanceFrom(origin));
        main.x.append(x);
        main.y.append(m_data.values.at(i));
        lastYear.x.append(x);
        lastYear.y.append(m_data.lastYear.at(i));
        if (targetComparable && m_data.targets.contains(periods.at(i).year())) {
            target.x.append(x);
            target.y.append(m_data.targets.value(periods.at(i).year()));
        }
    }
    QList<ChartSeries> series{main, lastYear};
    if (!target.x.isEmpty())
        series.append(target);
    m_chart->setData(series, format);

    // Ranking of provinces.
    m_rankingTitle->setText(tr("Provinces, %1").arg(m_data.rankingPeriod.label(m_locale)));
    QList<RankingChart::Item> items;
    for (const IndicatorViewData::Ranked &r : m_data.ranking)
        items.append({r.unit, vi ? r.nameVi : r.nameEn, r.value});
    ChartFormat rankFormat;
    rankFormat.value = format.value;
    rankFormat.valueAxis = unitText();
    m_ranking->setItems(items, rankFormat, m_data.request.unit);

    // Breakdown.
    QList<ChartSeries> layers;
    for (qsizetype k = 0; k < m_data.breakdownKeys.size(); ++k) {
        ChartSeries layer{m_data.breakdownKeys.at(k).section(u'=', 1), {}, {}, seriesColours().at(k % seriesColours().size()), ChartSeries::Style::Bars};
        for (qsizetype i = 0; i < m_data.breakdownPeriods.size(); ++i) {
            layer.x.append(double(m_data.breakdownPeriods.at(i).distanceFrom(origin)));
            layer.y.append(m_data.breakdown.at(k).at(i));
        }
        layers.append(layer);
    }
    // Without a breakdown the table takes the whole lower half.
    m_breakdownTitle->setText(tr("Breakdown by %1").arg(m_data.breakdownDimension));
    m_breakdownBox->setVisible(!layers.isEmpty());
    m_breakdown->setLayers(layers, format);
}

void IndicatorPage::copySelection()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    QMap<int, QMap<int, QString>> grid;
    for (const QModelIndex &index : selected)
        grid[index.row()][index.column()] = index.data().toString();
    QStringList lines;
    for (auto row = grid.cbegin(); row != grid.cend(); ++row)
        lines.append(QStringList(row->values()).join(u'\t'));
    QApplication::clipboard()->setText(lines.join(u'\n'));
}

void IndicatorPage::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    QWidget::keyPressEvent(event);
}

void IndicatorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace dh
