#pragma once

#include "store/records.h"

#include "common/boxlabel.h"

#include <QWidget>

class QLabel;

namespace dh {

// The band at the top of the window: the product's name, what the open cache holds, the date
// the data runs to, and the "Dữ liệu mẫu — mô phỏng" badge whenever the cache is the synthetic
// sample. It only shows what it is given.
class HeaderBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderBar)

public:
    explicit HeaderBar(QWidget *parent = nullptr);

    void setSummary(const CacheSummary &summary, const QLocale &locale);
    // Shown instead of the summary while there is none ("Opening the cache…", an error).
    void setMessage(const QString &message);
    QLabel *syntheticBadge() const { return m_badge; }
    QLabel *title() const { return m_title; }
    QLabel *asOf() const { return m_asOf; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_asOf;
    BoxLabel *m_badge;
};

} // namespace dh
