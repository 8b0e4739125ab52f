#include "mappanel.h"

#include "provincegeometry.h"
#include "theme.h"

#include "map/choroplethmap.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace dh {

namespace {

constexpr int kFrameChoices[] = {1, 4, 6, 9, 12};

// The automatic palette reads the indicator's polarity: blue-green where more is better, yellow to
// red where more is worse (prices, accidents, overdue tasks).
ColorBrewer::Scheme automaticScheme(const Indicator &indicator)
{
    return indicator.polarity == Polarity::LowerIsBetter ? ColorBrewer::Scheme::YlOrRd : ColorBrewer::Scheme::YlGnBu;
}

} // namespace

MapPanel::MapPanel(const UnitRegistry &registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_map(new ChoroplethMap(this))
    , m_frames(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_classes(new QSpinBox(this))
    , m_palette(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_locale(QLocale::Vietnamese, QLocale::Vietnam)
{
    m_classes->setRange(ColorBrewer::minClasses, ColorBrewer::maxClasses);
    m_classes->setValue(5);
    theme::setRole(m_note, theme::Role::Hint);
    m_note->setWordWrap(true);
    m_note->hide();
    connect(m_map, &ChoroplethMap::regionClicked, this, &MapPanel::provinceClicked);

    auto changed = [this] {
        if (!m_updating)
            render();
    };
    connect(m_frames, &QComboBox::currentIndexChanged, this, changed);
    connect(m_method, &QComboBox::currentIndexChanged, this, changed);
    connect(m_classes, &QSpinBox::valueChanged, this, changed);
    connect(m_palette, &QComboBox::currentIndexChanged, this, changed);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_frames);
    controls->addStretch(1);
    controls->addWidget(m_method);
    controls->addWidget(m_classes);
    controls->addWidget(m_palette);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_note);
    layout->addWidget(m_map, 1);
    retranslate();
}

void MapPanel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    render();
}

void MapPanel::setData(const IndicatorViewData &data)
{
    m_data = data;
    m_periodIndex = int(data.provinces.periodIndex(data.rankingPeriod));
    if (m_periodIndex < 0)
        m_periodIndex = int(data.provinces.periods.size()) - 1;
    render();
}

void MapPanel::setPeriodIndex(int index)
{
    if (index == m_periodIndex)
        return;
    m_periodIndex = index;
    render();
}

int MapPanel::frameCount() const
{
    return m_frames->currentData().toInt();
}

void MapPanel::setFrameCount(int frames)
{
    const int at = m_frames->findData(frames);
    if (at >= 0)
        m_frames->setCurrentIndex(at);
}

QString MapPanel::formatValue(double value) const
{
    return m_locale.toString(value, 'f', m_data.indicator.decimals);
}

void MapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        render();
}

void MapPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MapPanel::retranslate()
{
    m_updating = true;
    const int frames = std::max(1, m_frames->currentData().toInt());
    m_frames->clear();
    for (int n : kFrameChoices)
        m_frames->addItem(n == 1 ? tr("One period") : tr("%1 periods side by side").arg(n), n);
    m_frames->setCurrentIndex(std::max(0, m_frames->findData(frames)));

    const int method = std::max(0, m_method->currentIndex());
    m_method->clear();
    m_method->addItem(tr("Quantiles"), int(ClassBreaks::Method::Quantiles));
    m_method->addItem(tr("Equal intervals"), int(ClassBreaks::Method::EqualIntervals));
    m_method->addItem(tr("Natural breaks (Jenks)"), int(ClassBreaks::Method::NaturalBreaks));
    m_method->setCurrentIndex(method);
    m_method->setToolTip(tr("How the values are split into classes"));
    m_classes->setSuffix(tr(" classes"));

    const QString palette = m_palette->currentData().toString();
    m_palette->clear();
    m_palette->addItem(tr("Colours: automatic"), QString());
    for (ColorBrewer::Scheme scheme : ColorBrewer::schemes()) {
        const QString name = ColorBrewer::name(scheme);
        m_palette->addItem(ColorBrewer::isDiverging(scheme) ? tr("%1 (diverging)").arg(name) : name, name);
    }
    m_palette->setCurrentIndex(std::max(0, m_palette->findData(palette)));
    m_updating = false;
    render();
}

void MapPanel::classify(ChoroplethInput &input) const
{
    // Over the periods shown, which share one legend: over the whole series a year-to-date figure
    // (2 % in January, 100 % in December) would paint every province of a month in one class.
    QList<double> values;
    for (const ChoroplethFrame &frame : std::as_const(input.frames)) {
        for (double v : frame.values)
            values.append(v);
    }
    const auto method = ClassBreaks::Method(m_method->currentData().toInt());
    const QList<double> edges = ClassBreaks::compute(method, values, m_classes->value());
    const auto chosen = ColorBrewer::fromName(m_palette->currentData().toString());
    const ColorBrewer::Scheme scheme = chosen.value_or(automaticScheme(m_data.indicator));
    input.edges = edges;
    input.colors = ColorBrewer::colors(scheme, int(std::max<qsizetype>(1, edges.size() - 1)));
}

void MapPanel::render()
{
    if (m_updating || m_data.indicator.code.isEmpty())
        return;
    // Behind a tab the map waits until it is shown: a drill-down should not pay for it unseen.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const ProvinceGeometry &geometry = ProvinceGeometry::instance(m_registry);
    if (!geometry.error().isEmpty()) {
        m_note->setText(geometry.error());
        m_note->show();
        return;
    }
    const bool map34 = m_data.request.map34;
    const bool vi = m_locale.language() == QLocale::Vietnamese;
    const Indicator &ind = m_data.indicator;
    const QString unit = vi ? ind.unitVi : ind.unitEn;
    ChoroplethInput input;
    // The shared geometry: the map projects it once, and again only when the other map is chosen.
    input.regions = geometry.regions(map34);
    input.insets = ProvinceGeometry::insets();
    input.innerBorders = map34;
    input.labelPriority = map34 ? QStringList{QStringLiteral("VN25-01"), QStringLiteral("VN25-79")}
                                : QStringList{QStringLiteral("VN-HN"), QStringLiteral("VN-SG")};
    input.format = [this](double v) { return formatValue(v); };
    input.legendTitle = unit;
    input.noDataLabel = tr("No data");
    input.attribution = ProvinceGeometry::attribution();

    const ProvinceTable &table = m_data.provinces;
    const int frames = std::max(1, frameCount());
    const int last = std::clamp(m_periodIndex, 0, int(table.periods.size()) - 1);
    for (int i = std::max(0, last - frames + 1); i <= last && !table.periods.isEmpty(); ++i) {
        ChoroplethFrame frame{table.periods.at(i).label(m_locale), {}};
        for (const ProvinceTable::Row &row : table.rows) {
            if (!std::isnan(row.values.at(i)))
                frame.values.insert(row.unit, row.values.at(i));
        }
        input.frames.append(frame);
    }
    const QList<ChoroplethFrame> &shown = input.frames;
    classify(input);
    input.labelMode = shown.size() > 1 ? ChoroplethInput::LabelMode::Values : ChoroplethInput::LabelMode::NamesAndValues;

    // What every number on a wall needs: the period, the "as of" time, and whose figures they are.
    QStringList subtitle;
    if (!shown.isEmpty())
        subtitle.append(shown.size() > 1 ? tr("%1 to %2").arg(shown.first().caption, shown.last().caption) : shown.first().caption);
    if (m_data.cumulative)
        subtitle.append(tr("year to date"));
    subtitle.append(map34 ? tr("34 provinces (from 1 July 2025)") : tr("63 provinces (before 1 July 2025)"));
    if (m_data.asOf.isValid())
        subtitle.append(tr("as of %1").arg(m_locale.toString(m_data.asOf.toLocalTime(), QStringLiteral("dd/MM/yyyy"))));
    subtitle.append(ind.origin == DataOrigin::Real ? tr("Source: %1").arg(ind.sourceAgency) : tr("Simulated data"));
    input.title = (vi ? ind.nameVi : ind.nameEn) + QStringLiteral(" (") + unit + u')';
    input.subtitle = subtitle.join(QStringLiteral(" · "));
    m_map->setInput(input);

    const QString notice = table.notice(m_data.mapSize);
    m_note->setText(table.rows.isEmpty() && notice.isEmpty() ? tr("No province has values for this indicator.") : notice);
    m_note->setVisible(!m_note->text().isEmpty());
}

QJsonObject MapPanel::saveState() const
{
    return {{QStringLiteral("frames"), frameCount()},
            {QStringLiteral("method"), m_method->currentData().toInt()},
            {QStringLiteral("classes"), m_classes->value()},
            {QStringLiteral("palette"), m_palette->currentData().toString()}};
}

void MapPanel::restoreState(const QJsonObject &state)
{
    m_updating = true;
    setFrameCount(state.value(u"frames").toInt(1));
    m_method->setCurrentIndex(std::max(0, m_method->findData(state.value(u"method").toInt())));
    m_classes->setValue(state.value(u"classes").toInt(5));
    m_palette->setCurrentIndex(std::max(0, m_palette->findData(state.value(u"palette").toString())));
    m_updating = false;
    render();
}

} // namespace dh
