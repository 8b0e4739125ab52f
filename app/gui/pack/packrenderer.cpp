#include "packrenderer.h"

#include "gui/provincegeometry.h"

#include "core/unitregistry.h"

#include <QPageLayout>
#include <QFileInfo>
#include <QPdfWriter>

#include <qcustomplot.h>

namespace dh {

namespace {

constexpr double kHeader = 78;
constexpr double kFooter = 50;
constexpr double kMargin = 30;

QFont font(double pixels, QFont::Weight weight = QFont::Normal)
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setPixelSize(int(pixels));
    f.setWeight(weight);
    // No ligatures, so the footer's words are found by a search (see PackPagePainter).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QPageLayout pageLayout(BriefingPack::Paper paper)
{
    if (paper == BriefingPack::Paper::Slides16x9)
        return QPageLayout(QPageSize(QSizeF(254.0, 142.875), QPageSize::Millimeter, QStringLiteral("16:9")), QPageLayout::Portrait,
                           QMarginsF());
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF());
}

} // namespace

PackRenderer::PackRenderer(PackData data, const UnitRegistry &registry)
    : m_data(std::move(data))
    , m_registry(registry)
    , m_locale(m_data.pack.language == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(QLocale::Vietnamese, QLocale::Vietnam))
    , m_painter(std::make_unique<PackPagePainter>(registry, m_locale))
{
    for (int i = 0; i < m_data.pages.size(); ++i) {
        const PackPageData &page = m_data.pages.at(i);
        if (page.page.kind != BriefingPage::Kind::Atlas) {
            m_pages.append({i, QString()});
            continue;
        }
        for (const QString &province : page.provinces)
            m_pages.append({i, province});
    }
}

PackRenderer::~PackRenderer() = default;

QSizeF PackRenderer::canvasSize() const
{
    const QSizeF mm = pageLayout(m_data.pack.paper).fullRect(QPageLayout::Millimeter).size();
    return mm * (96.0 / 25.4);
}

QStringList PackRenderer::sourcesOf(int page) const
{
    const PackPageData &data = m_data.pages.at(m_pages.at(page).index);
    QList<Indicator> indicators;
    bool map = false;
    switch (data.page.kind) {
    case BriefingPage::Kind::Text: return {};
    case BriefingPage::Kind::Tasks:
        return {m_data.synthetic ? tr("simulated tasks of the synthetic sample") : tr("the task-tracking records held in the cache")};
    case BriefingPage::Kind::Home:
        for (const DashboardTile &tile : data.tiles)
            indicators.append(tile.indicator);
        break;
    case BriefingPage::Kind::Atlas:
        for (const AtlasColumn &column : data.atlas)
            indicators.append(column.indicator);
        map = true;
        break;
    case BriefingPage::Kind::Map:
        map = true;
        [[fallthrough]];
    case BriefingPage::Kind::Indicator:
    case BriefingPage::Kind::Ranking:
    case BriefingPage::Kind::Breakdown:
        if (data.view)
            indicators.append(data.view->indicator);
        break;
    }
    QStringList sources;
    auto add = [&sources](const QString &source) {
        if (!sources.contains(source))
            sources.append(source);
    };
    for (const Indicator &ind : std::as_const(indicators)) {
        if (ind.code.isEmpty())
            continue;
        if (ind.origin == DataOrigin::Synthetic)
            add(tr("simulated figures of the synthetic sample"));
        else if (ind.sourceAgency.contains(u"World Bank"))
            add(tr("World Bank, World Development Indicators (CC BY 4.0)"));
        else if (!ind.sourceAgency.isEmpty())
            add(ind.sourceAgency);
    }
    if (map)
        add(ProvinceGeometry::attribution());
    return sources;
}

void PackRenderer::paintFrame(QCPPainter &painter, int page)
{
    const QSizeF size = canvasSize();
    const PackPageData &data = m_data.pages.at(m_pages.at(page).index);
    const QColor secondary(0x5b, 0x67, 0x73);
    const QColor rule(0x0b, 0x3d, 0x6b);

    painter.setPen(secondary);
    painter.setFont(font(12));
    const QRectF top(kMargin, 14, size.width() - 2 * kMargin, 18);
    painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                     m_data.pack.title + QStringLiteral(" · ") + m_locale.toString(m_data.pack.date, QStringLiteral("dd/MM/yyyy")));
    painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Data as of %1").arg(m_locale.toString(m_data.pack.asOf, QStringLiteral("dd/MM/yyyy"))));
    painter.setPen(QColor(0x0b, 0x1f, 0x33));
    painter.setFont(font(22, QFont::Bold));
    const QRectF title(kMargin, 34, size.width() - 2 * kMargin, 34);
    painter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(m_painter->titleOf(data, m_pages.at(page).province), Qt::ElideRight, title.width()));
    painter.setPen(QPen(rule, 1.5));
    painter.drawLine(QPointF(kMargin, kHeader - 6), QPointF(size.width() - kMargin, kHeader - 6));

    const double footerTop = size.height() - kFooter + 6;
    painter.setPen(QPen(QColor(0xd5, 0xdc, 0xe3), 1));
    painter.drawLine(QPointF(kMargin, footerTop), QPointF(size.width() - kMargin, footerTop));
    const QString number = tr("Page %1/%2").arg(page + 1).arg(pageCount());
    painter.setFont(font(12, QFont::DemiBold));
    painter.setPen(QColor(0x0b, 0x1f, 0x33));
    const QRectF footer(kMargin, footerTop + 4, size.width() - 2 * kMargin, kFooter - 14);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, number);
    const double numberWidth = QFontMetricsF(painter.font()).horizontalAdvance(number) + 16;
    double labelWidth = 0;
    if (m_data.synthetic) {
        const QString label = tr("SIMULATED DATA — not official statistics");
        painter.setFont(font(11, QFont::Bold));
        labelWidth = QFontMetricsF(painter.font()).horizontalAdvance(label) + 16;
        painter.setPen(QColor(0xb3, 0x26, 0x1e));
        painter.drawText(footer.adjusted(0, 0, -numberWidth, 0), Qt::AlignRight | Qt::AlignVCenter, label);
    }
    const QStringList sources = sourcesOf(page);
    if (!sources.isEmpty()) {
        painter.setFont(font(10));
        painter.setPen(secondary);
        painter.drawText(footer.adjusted(0, 0, -numberWidth - labelWidth, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         tr("Sources: %1").arg(sources.join(QStringLiteral("; "))));
    }
}

void PackRenderer::paintPage(QCPPainter &painter, int page)
{
    const QSizeF size = canvasSize();
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    paintFrame(painter, page);
    const Printed &printed = m_pages.at(page);
    const QRectF body(kMargin, kHeader + 6, size.width() - 2 * kMargin, size.height() - kHeader - kFooter - 12);
    const PackPageData &data = m_data.pages.at(printed.index);
    if (data.page.kind == BriefingPage::Kind::Atlas && data.error.isEmpty())
        m_painter->paintAtlas(painter, body, data, printed.province);
    else
        m_painter->paint(painter, body, data, m_data.synthetic);
    painter.restore();
}

Result<void> PackRenderer::begin(QPagedPaintDevice &device, QCPPainter &painter)
{
    device.setPageLayout(pageLayout(m_data.pack.paper));
    if (!painter.begin(&device))
        return Error::storage(tr("Cannot paint the pack on the device."));
    // Paths and text, never pixmaps: the PDF stays sharp at any zoom and its text selectable.
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic); // see ChoroplethRenderer::paintFrame
    painter.setRenderHint(QPainter::Antialiasing);
    return {};
}

Result<void> PackRenderer::paintOnto(QPagedPaintDevice &device, QCPPainter &painter, int page)
{
    if (page > 0 && !device.newPage())
        return Error::storage(tr("Cannot start page %1.").arg(page + 1));
    const double scale = device.width() / canvasSize().width();
    painter.save();
    painter.scale(scale, scale);
    paintPage(painter, page);
    painter.restore();
    return {};
}

Result<void> PackRenderer::paintAll(QPagedPaintDevice &device)
{
    QCPPainter painter;
    if (auto begun = begin(device, painter); !begun)
        return begun;
    for (int page = 0; page < pageCount(); ++page) {
        if (auto painted = paintOnto(device, painter, page); !painted) {
            painter.end();
            return painted;
        }
    }
    if (!painter.end())
        return Error::storage(tr("Cannot finish painting the pack."));
    return {};
}

Result<void> PackRenderer::writePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(96);
    writer.setTitle(m_data.pack.title);
    writer.setCreator(QStringLiteral("Điều hành"));
    auto painted = paintAll(writer);
    if (!painted)
        return painted;
    // QPdfWriter reports no write error; a file that is not there or empty is one.
    if (QFileInfo(path).size() == 0)
        return Error::storage(tr("Cannot write the PDF %1.").arg(path));
    return {};
}

} // namespace dh
