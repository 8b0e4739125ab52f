#pragma once

#include "common/boxlabel.h"

class QWidget;

namespace dh::theme {

// The desk theme as palettes and fonts, not a style sheet: a style sheet routes every widget of
// the window through QStyleSheetStyle, Qt's slowest path for polishing and measuring.

// What a piece of text is; the type and colour follow from it.
enum class Role {
    WindowTitle, // the header's title: larger, semi-bold
    PageTitle,   // a page's heading and the breadcrumb: a step larger, semi-bold
    PanelTitle,  // a panel's heading: semi-bold
    Hint,        // secondary text: muted
};

// Also names the widget after its role, unless it has a name.
void setRole(QWidget *widget, Role role);

// Type follows the window's size: the window and everything in it take basePixels, headings their
// multiple of it.
void scaleType(QWidget *window, int basePixels);
// The headings of a part added to the window later (a page made on first use).
void scaleHeadings(QWidget *root, int basePixels);

// Colours of the header and navigation bars.
QColor headerBackground();
QColor headerText();
QColor headerSubtitle();
QColor barBackground();
QColor barBorder();
QColor linkText();
// Text that says something failed (a sync's state, the status bar's mark).
QColor errorText();

BoxLabel::Look badgeLook();
BoxLabel::Look noticeLook();
BoxLabel::Look errorLook();

// Table views: quiet grid, light selection.
void styleTable(QWidget *view);

} // namespace dh::theme
