#include "indicatorpage.h"

#include "mappanel.h"
#include "theme.h"
#include "viewmodecontrols.h"

#include "models/domainlabels.h"
#include "models/indicatortablemodel.h"

#include "charts/rankingchart.h"
#include "charts/stackedchart.h"
#include "charts/timeserieschart.h"
#include "common/periodslider.h"
#include "common/plaintextdelegate.h"
#include "common/rowheightfollower.h"
#include "common/wraplabel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dh {

namespace {

// Most answers come well within this (the worker reads the series, and the provinces from memory):
// saying "Loading…" for them would only flash the subtitle, and lay the page out twice.
constexpr int kLoadingNoticeDelayMs = 150;

const QList<QColor> &seriesColours()
{
    // Okabe–Ito: distinguishable with colour-blindness.
    static const QList<QColor> colours = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                          QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                          QColor(0xf0, 0xe4, 0x42), QColor(0x99, 0x99, 0x99)};
    return colours;
}

} // namespace

IndicatorPage::IndicatorPage(const UnitRegistry &registry, QWidget *parent)
    : QWidget(parent)
    , m_locale(QLocale::Vietnamese, QLocale::Vietnam)
    , m_title(new QLabel(this))
    , m_subtitle(new WrapLabel(this))
    , m_notice(new BoxLabel(this))
    , m_modes(new ViewModeControls(this))
    , m_chart(new TimeSeriesChart(this))
    , m_period(new PeriodSlider(this))
    , m_tabs(new QTabWidget(this))
    , m_rankingTitle(new QLabel(this))
    , m_ranking(new RankingChart)
    , m_map(new MapPanel(registry, this))
    , m_breakdownTitle(new QLabel(this))
    , m_dimension(new QComboBox(this))
    , m_breakdown(new StackedChart(this))
    , m_model(new IndicatorTableModel(this))
    , m_table(new QTableView(this))
    , m_loading(new QTimer(this))
{
    m_loading->setSingleShot(true);
    m_loading->setInterval(kLoadingNoticeDelayMs);
    connect(m_loading, &QTimer::timeout, this, [this] { m_subtitle->setText(tr("Loading…")); });
    theme::setRole(m_title, theme::Role::PageTitle);
    theme::setRole(m_subtitle, theme::Role::Hint);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setLook(theme::noticeLook());
    m_notice->setWordWrap(true);
    m_notice->hide();
    theme::setRole(m_rankingTitle, theme::Role::PanelTitle);
    theme::setRole(m_breakdownTitle, theme::Role::PanelTitle);
    // A long title gives way to the dimension switch beside it, not the other way round.
    m_breakdownTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_dimension->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(IndicatorTableModel::SortRole);
    m_table->setModel(proxy);
    theme::styleTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IndicatorTableModel::PeriodColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    RowHeightFollower::follow(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Rows of one series are alike: measuring the first few sizes the columns, measuring all of
    // them on every drill-down would not.
    m_table->horizontalHeader()->setResizeContentsPrecision(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(this);
    copy->setObjectName(QStringLiteral("copyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &IndicatorPage::copySelection);
    m_table->addAction(copy);

    connect(m_ranking, &RankingChart::itemClicked, this, &IndicatorPage::provinceClicked);
    connect(m_map, &MapPanel::provinceClicked, this, &IndicatorPage::provinceClicked);
    connect(m_modes, &ViewModeControls::changed, this, [this] { emit requestChanged(m_modes->applied(m_data.request)); });
    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        IndicatorViewRequest r = m_data.request;
        r.breakdownDimension = m_dimension->currentData().toString();
        emit requestChanged(r);
    });
    connect(m_period, &PeriodSlider::currentIndexChanged, this, [this](int index) {
        m_map->setPeriodIndex(index);
        renderProvinces();
    });

    auto *controls = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    controls->addLayout(titles, 1);
    controls->addWidget(m_modes, 0, Qt::AlignTop);

    auto *rankingScroll = new QScrollArea(this);
    rankingScroll->setWidget(m_ranking);
    rankingScroll->setWidgetResizable(true);
    rankingScroll->setFrameShape(QFrame::NoFrame);
    auto *rankingTab = new QWidget(this);
    auto *rankingLayout = new QVBoxLayout(rankingTab);
    rankingLayout->setContentsMargins(0, 4, 0, 0);
    rankingLayout->addWidget(m_rankingTitle);
    rankingLayout->addWidget(rankingScroll, 1);
    auto *mapTab = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapTab);
    mapLayout->setContentsMargins(0, 4, 0, 0);
    mapLayout->addWidget(m_map, 1);
    auto *fullMap = new QPushButton(mapTab);
    fullMap->setObjectName(QStringLiteral("fullMap"));
    connect(fullMap, &QPushButton::clicked, this, &IndicatorPage::mapRequested);
    mapLayout->addWidget(fullMap, 0, Qt::AlignRight);
    m_tabs->addTab(rankingTab, QString());
    m_tabs->addTab(mapTab, QString());

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_chart);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_breakdownBox = new QWidget(lower);
    auto *breakdownBox = new QVBoxLayout(m_breakdownBox);
    breakdownBox->setContentsMargins(0, 0, 0, 0);
    auto *breakdownHeader = new QHBoxLayout;
    breakdownHeader->addWidget(m_breakdownTitle, 1);
    breakdownHeader->addWidget(m_dimension);
    breakdownBox->addLayout(breakdownHeader);
    breakdownBox->addWidget(m_breakdown, 1);
    lowerLayout->addWidget(m_breakdownBox, 2);
    lowerLayout->addWidget(m_table, 3);
    left->addWidget(lower);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_period);
    rightLayout->addWidget(m_tabs, 1);

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
    m_map->setLocale(locale);
    render();
}

void IndicatorPage::setLoading(const IndicatorViewRequest &request)
{
    m_data.request = request;
    m_loading->start();
}

void IndicatorPage::setLoadFailed()
{
    // The banner says why; the page goes on showing what it had, as it had it.
    if (m_loading->isActive() || m_subtitle->text() == tr("Loading…")) {
        m_loading->stop();
        render();
    }
}

void IndicatorPage::setData(const IndicatorViewData &data)
{
    m_loading->stop();
    m_data = data;
    m_model->setView(data);
    m_map->setData(data);
    render();
}

QString IndicatorPage::shownPeriod() const
{
    const qsizetype at = m_period->currentIndex();
    return at >= 0 && at < m_data.provinces.periods.size() ? m_data.provinces.periods.at(at).toString() : QString();
}

QString IndicatorPage::unitText() const
{
    return m_locale.language() == QLocale::Vietnamese ? m_data.indicator.unitVi : m_data.indicator.unitEn;
}

void IndicatorPage::retranslate()
{
    m_tabs->setTabText(0, tr("Ranking"));
    m_tabs->setTabText(1, tr("Map"));
    if (auto *fullMap = findChild<QPushButton *>(QStringLiteral("fullMap")))
        fullMap->setText(tr("Open the map full page"));
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
    if (m_data.reaggregated && m_data.members.size() > 1)
        subtitle += QStringLiteral(" · ") + tr("combined from %n former province(s) by the rule: %1", nullptr, int(m_data.members.size()))
                                                .arg(DomainLabels::aggregationRule(ind.aggregation));
    m_subtitle->setText(subtitle);
    m_modes->setData(m_data);

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
    const bool targetComparable = m_data.kind == Period::Kind::Year || ind.isPercentage()
                                  || m_data.cumulative;
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

    m_period->setSteps(m_data.provinces.periodLabels(m_locale));
    const qsizetype shown = m_data.provinces.periodIndex(m_data.rankingPeriod);
    if (shown >= 0) {
        // Drawn once below, not again through the slider's signal.
        const QSignalBlocker quiet(m_period);
        m_period->setCurrentIndex(int(shown));
    }
    m_map->setPeriodIndex(m_period->currentIndex());
    renderProvinces();
    renderBreakdown(origin);
}

// The provinces at the period the slider shows: re-ranked from the table, no query.
void IndicatorPage::renderProvinces()
{
    const qsizetype at = m_period->currentIndex();
    const Period period = at >= 0 && at < m_data.provinces.periods.size() ? m_data.provinces.periods.at(at) : m_data.rankingPeriod;
    const bool vi = m_locale.language() == QLocale::Vietnamese;
    m_rankingTitle->setText(tr("Provinces, %1").arg(period.label(m_locale)));
    QList<RankingChart::Item> items;
    for (const RankedProvince &r : m_data.provinces.rankedAt(period, m_data.indicator.polarity))
        items.append({r.unit, vi ? r.nameVi : r.nameEn, r.value});
    ChartFormat rankFormat;
    rankFormat.value = [this](double v) { return m_locale.toString(v, 'f', std::min(m_data.indicator.decimals, 2)); };
    rankFormat.valueAxis = unitText();
    m_ranking->setItems(items, rankFormat, m_data.request.unit);
}

void IndicatorPage::renderBreakdown(const Period &origin)
{
    const Indicator &ind = m_data.indicator;
    m_updating = true;
    // Filled again only when the dimensions or their names change: the box sizes itself to its
    // items, and refilling it would lay the page out again on every drill-down.
    bool same = m_dimension->count() == ind.dimensions.size();
    for (int i = 0; same && i < m_dimension->count(); ++i)
        same = m_dimension->itemData(i).toString() == ind.dimensions.at(i) && m_dimension->itemText(i) == DomainLabels::dimension(ind.dimensions.at(i));
    if (!same) {
        m_dimension->clear();
        for (const QString &dim : ind.dimensions)
            m_dimension->addItem(DomainLabels::dimension(dim), dim);
    }
    m_dimension->setCurrentIndex(std::max(0, m_dimension->findData(m_data.breakdownDimension)));
    m_dimension->setVisible(ind.dimensions.size() > 1);
    m_updating = false;

    QList<ChartSeries> layers;
    for (qsizetype k = 0; k < m_data.breakdownKeys.size(); ++k) {
        ChartSeries layer{DomainLabels::key(m_data.breakdownKeys.at(k)), {}, {}, seriesColours().at(k % seriesColours().size()),
                          ChartSeries::Style::Bars};
        for (qsizetype i = 0; i < m_data.breakdownPeriods.size(); ++i) {
            layer.x.append(double(m_data.breakdownPeriods.at(i).distanceFrom(origin)));
            layer.y.append(m_data.breakdown.at(k).at(i));
        }
        layers.append(layer);
    }
    // Without a breakdown the table takes the whole lower half.
    m_breakdownTitle->setText(tr("Breakdown by %1, %2").arg(DomainLabels::dimension(m_data.breakdownDimension), unitText()));
    m_breakdownBox->setVisible(!layers.isEmpty());
    ChartFormat format;
    format.xLabel = [origin, locale = m_locale](double x) { return origin.isValid() ? origin.next(qint64(x)).shortLabel(locale) : QString(); };
    format.value = [this](double v) { return m_locale.toString(v, 'f', std::min(m_data.indicator.decimals, 2)); };
    format.valueAxis = unitText();
    m_breakdown->setLayers(layers, format);
}

QJsonObject IndicatorPage::saveState() const
{
    return {{QStringLiteral("panel"), m_tabs->currentIndex() == 1 ? QStringLiteral("map") : QStringLiteral("ranking")},
            {QStringLiteral("map"), m_map->saveState()}};
}

void IndicatorPage::restoreState(const QJsonObject &state)
{
    m_tabs->setCurrentIndex(state.value(u"panel").toString() == u"map" ? 1 : 0);
    m_map->restoreState(state.value(u"map").toObject());
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
