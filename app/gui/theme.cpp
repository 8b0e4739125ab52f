#include "theme.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QVariant>

#include <cmath>

namespace dh::theme {

namespace {

// The property a widget's role is kept in, so scaleType finds the headings among the children.
constexpr char roleProperty[] = "dhTypeRole";

double factor(Role role)
{
    switch (role) {
    case Role::WindowTitle: return 1.6;
    case Role::PageTitle: return 1.2;
    case Role::PanelTitle:
    case Role::Hint: return 1.0;
    }
    return 1.0;
}

void applySize(QWidget *widget, int basePixels)
{
    bool ok = false;
    const auto role = Role(widget->property(roleProperty).toInt(&ok));
    if (!ok || factor(role) == 1.0)
        return;
    QFont f = widget->font();
    f.setPixelSize(int(std::lround(basePixels * factor(role))));
    widget->setFont(f);
}

} // namespace

void setRole(QWidget *widget, Role role)
{
    static const char *const names[] = {"title", "pageTitle", "panelTitle", "pageHint"};
    if (widget->objectName().isEmpty())
        widget->setObjectName(QLatin1String(names[int(role)]));
    widget->setProperty(roleProperty, int(role));
    // Only the weight is set for headings the size of the text around them, so they follow it.
    QFont f;
    if (role != Role::Hint)
        f.setWeight(QFont::DemiBold);
    widget->setFont(f);
    if (role == Role::Hint) {
        QPalette p = widget->palette();
        p.setColor(QPalette::WindowText, QColor(0x5b, 0x67, 0x73));
        widget->setPalette(p);
    }
    if (const int base = widget->window()->font().pixelSize(); base > 0)
        applySize(widget, base);
}

void scaleType(QWidget *window, int basePixels)
{
    QFont f = window->font();
    f.setPixelSize(basePixels);
    window->setFont(f);
    // Menus are windows of their own and do not inherit the window's type.
    for (QMenu *menu : window->findChildren<QMenu *>())
        menu->setFont(f);
    scaleHeadings(window, basePixels);
}

void scaleHeadings(QWidget *root, int basePixels)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->property(roleProperty).isValid())
            applySize(w, basePixels);
    }
}

QColor headerBackground() { return QColor(0x0b, 0x3d, 0x6b); }
QColor headerText() { return Qt::white; }
QColor headerSubtitle() { return QColor(0xd6, 0xe4, 0xf2); }
QColor barBackground() { return QColor(0xee, 0xf2, 0xf6); }
QColor barBorder() { return QColor(0xd5, 0xdc, 0xe3); }
QColor linkText() { return QColor(0x1f, 0x5f, 0xa8); }
QColor errorText() { return QColor(0x8a, 0x1c, 0x1c); }

BoxLabel::Look badgeLook()
{
    return {QColor(0xf2, 0xa9, 0x00), QColor(0x1a, 0x1a, 0x1a), QColor(), {}, 4.0, QMargins(10, 4, 10, 4)};
}

BoxLabel::Look noticeLook()
{
    return {QColor(0xff, 0xf4, 0xd6), QColor(0x6b, 0x4a, 0x00), QColor(0xf2, 0xd2, 0x7a), BoxLabel::Look().borderEdges, 0.0,
            QMargins(10, 6, 10, 6)};
}

BoxLabel::Look errorLook()
{
    return {QColor(0xfd, 0xe8, 0xe8), QColor(0x8a, 0x1c, 0x1c), QColor(0xe0, 0xa0, 0xa0), Qt::BottomEdge, 0.0,
            QMargins(16, 8, 16, 8)};
}

void styleTable(QWidget *view)
{
    QPalette p = view->palette();
    p.setColor(QPalette::Highlight, QColor(0xcf, 0xe2, 0xf7));
    p.setColor(QPalette::HighlightedText, Qt::black);
    // Fusion draws the grid a step darker than the window colour: from white, a quiet grey.
    p.setColor(QPalette::Window, Qt::white);
    view->setPalette(p);
    if (auto *table = qobject_cast<QTableView *>(view)) {
        QFont bold;
        bold.setWeight(QFont::DemiBold);
        table->horizontalHeader()->setFont(bold);
    }
}

} // namespace dh::theme
