#include "breadcrumb.h"

#include <QHBoxLayout>
#include <QLabel>

namespace dh {

Breadcrumb::Breadcrumb(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("breadcrumb"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
}

void Breadcrumb::setSteps(const QStringList &steps)
{
    if (steps == m_steps)
        return;
    m_steps = steps;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (i > 0)
            m_layout->addWidget(new QLabel(QStringLiteral("›"), this));
        auto *label = new QLabel(this);
        if (i + 1 < steps.size()) {
            label->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(i).arg(steps.at(i).toHtmlEscaped()));
            label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
            connect(label, &QLabel::linkActivated, this, [this](const QString &link) { emit stepClicked(link.toInt()); });
        } else {
            label->setText(QStringLiteral("<b>%1</b>").arg(steps.at(i).toHtmlEscaped()));
        }
        m_layout->addWidget(label);
    }
    m_layout->addStretch(1);
}

} // namespace dh
