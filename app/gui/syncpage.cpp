#include "syncpage.h"

#include "endpointdialog.h"
#include "theme.h"

#include "models/syncmonitor.h"
#include "models/syncstatusmodel.h"

#include "common/boxlabel.h"
#include "common/rowheightfollower.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dh {

SyncPage::SyncPage(SyncMonitor &monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_path(new QLabel(this))
    , m_problem(new BoxLabel(this))
    , m_help(new BoxLabel(this))
    , m_view(new QTableView(this))
    , m_syncAll(new QPushButton(this))
    , m_syncSelected(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_add(new QPushButton(this))
    , m_reload(new QPushButton(this))
{
    SyncStatusModel *model = monitor.model();
    model->setErrorColor(theme::errorText());
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SyncStatusModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_view->setModel(m_proxy);
    theme::styleTable(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    RowHeightFollower::follow(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The error is the one column that may be long: it takes what is left and elides (its tooltip
    // has the whole reason).
    header->setSectionResizeMode(SyncStatusModel::LastError, QHeaderView::Stretch);
    m_view->setSortingEnabled(false);

    theme::setRole(m_path, theme::Role::Hint);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("endpointsProblem"));
    m_problem->setLook(theme::errorLook());
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_help->setObjectName(QStringLiteral("endpointsHelp"));
    m_help->setLook(theme::noticeLook());
    m_help->setWordWrap(true);
    m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_help->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    connect(m_syncAll, &QPushButton::clicked, this, [this] { m_monitor.syncNow(); });
    connect(m_syncSelected, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedEndpoints(); !ids.isEmpty())
            m_monitor.syncNow(ids);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedEndpoints(); ids.size() == 1)
            editEndpoint(ids.first());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        editEndpoint(index.data(SyncStatusModel::EndpointRole).toString());
    });
    connect(m_add, &QPushButton::clicked, this, [this] { editEndpoint(QString()); });
    connect(m_reload, &QPushButton::clicked, &m_monitor, &SyncMonitor::reloadEndpoints);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncPage::updateButtons);
    connect(&monitor, &SyncMonitor::endpointsChanged, this, &SyncPage::showFile);
    connect(&monitor, &SyncMonitor::engineChanged, this, &SyncPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SyncPage::fitTable, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SyncPage::fitTable, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SyncPage::fitTable, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SyncPage::fitTable, Qt::QueuedConnection);
    // "5 minutes ago" moves on by itself.
    connect(&m_clock, &QTimer::timeout, model, &SyncStatusModel::refreshTimes);
    m_clock.start(std::chrono::seconds(30));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncAll);
    buttons->addWidget(m_syncSelected);
    buttons->addSpacing(16);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_add);
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_path);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_help, 1);
    layout->addStretch(1);
    retranslate();
    fitTable();
}

void SyncPage::fitTable()
{
    int height = m_view->horizontalHeader()->sizeHint().height() + 2 * m_view->frameWidth();
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        height += m_view->rowHeight(row);
    // Room for a horizontal scroll bar, which a narrow window may need.
    height += m_view->horizontalScrollBar()->sizeHint().height();
    m_view->setMaximumHeight(height);
}

void SyncPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Rows follow the type, which follows the window.
    fitTable();
}

void SyncPage::setLocale(const QLocale &locale)
{
    m_monitor.model()->setLocale(locale);
}

QStringList SyncPage::selectedEndpoints() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(SyncStatusModel::EndpointRole).toString());
    return ids;
}

QJsonObject SyncPage::saveState() const
{
    return {{QStringLiteral("selected"), QJsonValue::fromVariant(selectedEndpoints())}};
}

void SyncPage::restoreState(const QJsonObject &state)
{
    const QStringList ids = state.value(QStringLiteral("selected")).toVariant().toStringList();
    for (const QString &id : ids) {
        const int row = m_monitor.model()->rowOf(id);
        if (row >= 0) {
            m_view->selectionModel()->select(m_proxy->mapFromSource(m_monitor.model()->index(row, 0)),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

void SyncPage::editEndpoint(const QString &id)
{
    // A file that does not read is mended in an editor: the dialog would write over what it could
    // not read.
    if (m_monitor.fileState() == SyncMonitor::FileState::Invalid)
        return;
    EndpointDialog dialog(m_monitor.file(), id, this);
    if (dialog.exec() == QDialog::Accepted)
        m_monitor.reloadEndpoints();
}

void SyncPage::showFile()
{
    const SyncMonitor::FileState state = m_monitor.fileState();
    const QString path = QDir::toNativeSeparators(m_monitor.endpointsPath());
    m_path->setText(tr("Endpoints file: %1").arg(path.isEmpty() ? tr("none") : path));
    m_problem->setVisible(state == SyncMonitor::FileState::Invalid);
    m_problem->setText(tr("The endpoints file cannot be used, so nothing is synced from it: %1").arg(m_monitor.fileError()));
    const bool missing = state == SyncMonitor::FileState::Missing && m_monitor.model()->rowCount() == 0;
    m_view->setVisible(!missing);
    m_help->setVisible(missing);
    m_help->setText(
        tr("There is no endpoints file yet, so this computer syncs nothing and shows the data already in its cache.\n\n"
           "To sync, make %1: copy one of the examples in resources/endpoints/ of the source tree, put in your "
           "endpoints' addresses, and see resources/schemas/endpoints.md for every field (format, PX-Web query, "
           "mapping file, authentication, schedule). Or press “Add…” to write the first endpoint here.\n\n"
           "Tokens are never written in the file: it names the environment variable or the keychain entry that "
           "holds them. The same file serves dieuhanh-sync and the hub; another file is chosen with --endpoints FILE "
           "or the DIEUHANH_ENDPOINTS environment variable.")
            .arg(path.isEmpty() ? tr("an endpoints file") : path));
    updateButtons();
}

void SyncPage::updateButtons()
{
    const bool engine = m_monitor.engine() != nullptr;
    const bool read = m_monitor.fileState() == SyncMonitor::FileState::Read;
    const QStringList selected = selectedEndpoints();
    m_syncAll->setEnabled(engine && read && !m_monitor.file().endpoints.isEmpty());
    m_syncSelected->setEnabled(engine && read && !selected.isEmpty());
    m_edit->setEnabled(read && selected.size() == 1 && m_monitor.file().find(selected.first()));
    m_add->setEnabled(m_monitor.fileState() != SyncMonitor::FileState::Invalid && !m_monitor.endpointsPath().isEmpty());
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncPage::retranslate()
{
    m_syncAll->setText(tr("Sync all"));
    m_syncSelected->setText(tr("Sync selected"));
    m_edit->setText(tr("Edit…"));
    m_add->setText(tr("Add…"));
    m_reload->setText(tr("Read the file again"));
    m_reload->setToolTip(tr("After editing the endpoints file in an editor"));
    showFile();
}

} // namespace dh
