#pragma once

#include <QLabel>

namespace dh {

// A label on a filled box, with a border on some of its edges and rounded corners if asked:
// banners, notices and badges without a style sheet, which would restyle every widget of the
// window through one slow path.
class BoxLabel : public QLabel
{
    Q_OBJECT

public:
    struct Look
    {
        QColor background;
        QColor text;
        QColor border;                      // invalid: no border
        Qt::Edges borderEdges = Qt::TopEdge | Qt::BottomEdge | Qt::LeftEdge | Qt::RightEdge; // a rounded box: all
        double radius = 0.0;                // of the corners, in pixels
        QMargins padding;
    };

    explicit BoxLabel(QWidget *parent = nullptr);
    void setLook(const Look &look);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Look m_look;
};

} // namespace dh
