#include "mappage.h"

#include "mappanel.h"
#include "theme.h"
#include "viewmodecontrols.h"

#include "models/provincerankingmodel.h"

#include "common/periodslider.h"
#include "common/rowheightfollower.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dh {

MapPage::MapPage(const UnitRegistry &registry, QWidget *parent)
    : QWidget(parent)
    , m_locale(QLocale::Vietnamese, QLocale::Vietnam)
    , m_modes(new ViewModeControls(this))
    , m_period(new PeriodSlider(this))
    , m_panel(new MapPanel(registry, this))
    , m_listTitle(new QLabel(this))
    , m_ranking(new ProvinceRankingModel(this))
    , m_list(new QTableView(this))
    , m_status(new QLabel(this))
{
    theme::setRole(m_listTitle, theme::Role::PanelTitle);
    theme::setRole(m_status, theme::Role::Hint);
    m_list->setModel(m_ranking);
    theme::styleTable(m_list);
    m_list->verticalHeader()->hide();
    RowHeightFollower::follow(m_list);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ProvinceRankingModel::NameColumn, QHeaderView::Stretch);

    connect(m_panel, &MapPanel::provinceClicked, this, &MapPage::provinceClicked);
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit provinceClicked(index.data(ProvinceRankingModel::UnitRole).toString());
    });
    connect(m_modes, &ViewModeControls::changed, this, [this] { emit requestChanged(m_modes->applied(m_data.request)); });
    connect(m_period, &PeriodSlider::currentIndexChanged, this, &MapPage::showPeriod);

    auto *top = new QHBoxLayout;
    top->addWidget(m_period, 1);
    top->addSpacing(12);
    top->addWidget(m_modes);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_listTitle);
    sideLayout->addWidget(m_list, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_panel);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    retranslate();
}

void MapPage::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_ranking->setLocale(locale);
    m_panel->setLocale(locale);
    if (!m_data.indicator.code.isEmpty())
        setData(m_data);
}

void MapPage::setLoading(const IndicatorViewRequest &request)
{
    m_data.request = request;
    m_status->setText(tr("Loading…"));
}

void MapPage::setLoadFailed()
{
    m_status->clear();
}

void MapPage::setData(const IndicatorViewData &data)
{
    m_data = data;
    m_status->clear();
    m_modes->setData(data);
    m_panel->setData(data);
    m_period->setSteps(data.provinces.periodLabels(m_locale));
    const qsizetype shown = data.provinces.periodIndex(data.rankingPeriod);
    if (shown >= 0) {
        // Shown once below, not again through the slider's signal.
        const QSignalBlocker quiet(m_period);
        m_period->setCurrentIndex(int(shown));
    }
    showPeriod(m_period->currentIndex());
}

void MapPage::showPeriod(int index)
{
    m_panel->setPeriodIndex(index);
    const ProvinceTable &table = m_data.provinces;
    const Period period = index >= 0 && index < table.periods.size() ? table.periods.at(index) : Period();
    m_listTitle->setText(tr("Provinces, %1").arg(period.label(m_locale)));
    m_ranking->setRanking(m_data.indicator, table.rankedAt(period, m_data.indicator.polarity));
}

QJsonObject MapPage::saveState() const
{
    return m_panel->saveState();
}

void MapPage::restoreState(const QJsonObject &state)
{
    m_panel->restoreState(state);
}

void MapPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MapPage::retranslate()
{
    m_list->setToolTip(tr("Double-click a province, or press Enter, to open it"));
    if (!m_data.indicator.code.isEmpty())
        showPeriod(m_period->currentIndex());
}

} // namespace dh
