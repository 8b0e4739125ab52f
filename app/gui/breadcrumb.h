#pragma once

#include <QWidget>

class QHBoxLayout;

namespace dh {

// A breadcrumb trail: "Toàn quốc › Đà Nẵng › Thu ngân sách". Every step but the last is a link;
// clicking one emits its index.
class Breadcrumb final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Breadcrumb)

public:
    explicit Breadcrumb(QWidget *parent = nullptr);

    void setSteps(const QStringList &steps);
    QStringList steps() const { return m_steps; }

signals:
    void stepClicked(int index);

private:
    QHBoxLayout *m_layout;
    QStringList m_steps;
};

} // namespace dh
