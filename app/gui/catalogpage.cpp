#include "catalogpage.h"

#include "theme.h"

#include "models/catalogmodel.h"

#include "common/rowheightfollower.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dh {

CatalogPage::CatalogPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new CatalogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CatalogModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true);

    m_view->setModel(m_proxy);
    theme::styleTable(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CatalogModel::Code, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    RowHeightFollower::follow(m_view);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // Columns follow their contents as they change, and as the type grows with the window.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CatalogModel::Name, QHeaderView::Stretch);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit indicatorActivated(index.data(CatalogModel::CodeRole).toString());
    });

    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    retranslate();
}

void CatalogPage::setEntries(QList<CatalogEntry> entries)
{
    m_model->setEntries(std::move(entries));
    updateCount();
}

void CatalogPage::setLocale(const QLocale &locale)
{
    m_model->setLocale(locale);
}

QJsonObject CatalogPage::saveState() const
{
    return {{QStringLiteral("filter"), m_filter->text()},
            {QStringLiteral("sortColumn"), m_view->horizontalHeader()->sortIndicatorSection()},
            {QStringLiteral("sortDescending"), m_view->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder}};
}

void CatalogPage::restoreState(const QJsonObject &state)
{
    m_filter->setText(state.value(QStringLiteral("filter")).toString());
    const int column = state.value(QStringLiteral("sortColumn")).toInt(CatalogModel::Code);
    if (column >= 0 && column < CatalogModel::ColumnCount) {
        m_view->sortByColumn(column, state.value(QStringLiteral("sortDescending")).toBool() ? Qt::DescendingOrder
                                                                                            : Qt::AscendingOrder);
    }
}

void CatalogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CatalogPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter indicators by code, name, unit…"));
    updateCount();
}

void CatalogPage::updateCount()
{
    m_count->setText(tr("%n indicator(s)", nullptr, m_proxy->rowCount()));
}

} // namespace dh
