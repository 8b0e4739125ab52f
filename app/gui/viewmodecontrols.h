#pragma once

#include "models/indicatorview.h"

#include <QWidget>

class QComboBox;

namespace dh {

// The two switches of an indicator's views: the period kind (month, quarter, year — only those at
// least as coarse as the indicator's own) and in-period or year to date (only where the rule lets
// the year add up). Shared by the indicator page and the map page.
class ViewModeControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewModeControls)

public:
    explicit ViewModeControls(QWidget *parent = nullptr);

    // Shows the data's kind and mode, and what else the indicator allows.
    void setData(const IndicatorViewData &data);
    // The request with the user's choices applied.
    IndicatorViewRequest applied(IndicatorViewRequest request) const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_kind;
    QComboBox *m_mode;
    IndicatorViewData m_data;
    bool m_updating = false;
};

} // namespace dh
