#include "viewmodecontrols.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QStandardItemModel>

namespace dh {

ViewModeControls::ViewModeControls(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_mode(new QComboBox(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_kind);
    row->addWidget(m_mode);
    auto changed = [this] {
        if (!m_updating)
            emit this->changed();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_mode, &QComboBox::currentIndexChanged, this, changed);
    retranslate();
}

IndicatorViewRequest ViewModeControls::applied(IndicatorViewRequest request) const
{
    request.kind = Period::Kind(m_kind->currentData().toInt());
    request.cumulative = m_mode->currentData().toBool();
    request.rankingPeriod.reset();
    return request;
}

void ViewModeControls::setData(const IndicatorViewData &data)
{
    m_data = data;
    const Indicator &ind = data.indicator;
    m_updating = true;
    for (int i = 0; i < m_kind->count(); ++i) {
        const auto k = Period::Kind(m_kind->itemData(i).toInt());
        const bool usable = k == ind.periodicity
                            || (Period::periodsPerYear(k) > 0 && Period::periodsPerYear(k) < Period::periodsPerYear(ind.periodicity));
        qobject_cast<QStandardItemModel *>(m_kind->model())->item(i)->setEnabled(usable);
    }
    m_kind->setCurrentIndex(m_kind->findData(int(data.kind)));
    m_mode->setEnabled(data.cumulativeAvailable);
    m_mode->setCurrentIndex(data.cumulative ? 1 : 0);
    m_updating = false;
}

void ViewModeControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ViewModeControls::retranslate()
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
    if (!m_data.indicator.code.isEmpty())
        setData(m_data);
}

} // namespace dh
