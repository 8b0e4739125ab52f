#pragma once

#include <QObject>

class QTableView;

namespace dh {

// Keeps a table's row height in step with its type. A table sizes its rows once, from the font
// it starts with; when a window's type grows (a laptop window moved to a wall), the rows would
// stay short and the text would overlap.
class RowHeightFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowHeightFollower)

public:
    // Follows the view from now on; owned by it.
    static void follow(QTableView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit RowHeightFollower(QTableView *view);
    void fit();

    QTableView *m_view;
};

} // namespace dh
