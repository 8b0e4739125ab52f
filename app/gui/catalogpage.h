#pragma once

#include "models/catalogentry.h"

#include <QJsonObject>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QLabel;

namespace dh {

class CatalogModel;

// The catalogue of indicators with each one's latest national value, unit, period, status and
// "as of" time, filterable by text; real and synthetic series are told apart in their own column.
class CatalogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPage)

public:
    explicit CatalogPage(QWidget *parent = nullptr);

    void setEntries(QList<CatalogEntry> entries);
    void setLocale(const QLocale &locale);
    QTableView *view() const { return m_view; }
    CatalogModel *model() const { return m_model; }

    // Page state as JSON (filter, sort), so layouts can be saved and restored.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

signals:
    void indicatorActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();

    CatalogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_view;
};

} // namespace dh
