#include "breadcrumb.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

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
    // From one province to another only names change: the links and labels are renamed, not
    // made again (a new widget is polished, sized and shown, and lays the bar out once more).
    if (steps.size() == m_steps.size()) {
        m_steps = steps;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QWidget *step = m_layout->itemAt(int(2 * i))->widget(); // a separator between two steps
            if (auto *link = qobject_cast<QToolButton *>(step))
                link->setText(steps.at(i));
            else if (auto *current = qobject_cast<QLabel *>(step))
                current->setText(steps.at(i));
        }
        return;
    }
    m_steps = steps;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Plain text throughout: a rich-text label lays out a whole document to measure one word.
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (i > 0) {
            auto *separator = new QLabel(QStringLiteral("›"), this);
            theme::setRole(separator, theme::Role::PageTitle);
            m_layout->addWidget(separator);
        }
        if (i + 1 < steps.size()) {
            auto *link = new QToolButton(this);
            link->setText(steps.at(i));
            link->setAutoRaise(true);
            link->setCursor(Qt::PointingHandCursor);
            QPalette p = link->palette();
            p.setColor(QPalette::ButtonText, theme::linkText());
            link->setPalette(p);
            theme::setRole(link, theme::Role::PageTitle);
            connect(link, &QToolButton::clicked, this, [this, i] { emit stepClicked(int(i)); });
            m_layout->addWidget(link);
        } else {
            auto *current = new QLabel(steps.at(i), this);
            current->setTextFormat(Qt::PlainText);
            theme::setRole(current, theme::Role::PageTitle);
            m_layout->addWidget(current);
        }
    }
    m_layout->addStretch(1);
}

} // namespace dh
