#include "packeditor.h"

#include "packrenderer.h"

#include "models/packpagesmodel.h"
#include "models/viewcontroller.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace dh {

struct PackEditor::Writing
{
    QString path;
    std::unique_ptr<PackRenderer> renderer;
    std::unique_ptr<QPdfWriter> writer;
    QCPPainter painter;
    int next = 0;
};

PackEditor::PackEditor(ViewController &controller, const UnitRegistry &registry, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_registry(registry)
    , m_pages(new PackPagesModel(this))
    , m_loader(new PackDataLoader(controller, this))
    , m_title(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_paper(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Briefing pack"));
    m_date->setCalendarPopup(true);
    m_asOf->setCalendarPopup(true);
    m_paper->addItem(tr("A4 landscape"), int(BriefingPack::Paper::A4Landscape));
    m_paper->addItem(tr("Slides 16:9"), int(BriefingPack::Paper::Slides16x9));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_list->setModel(m_pages);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Meeting"), m_title);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Data as of"), m_asOf);
    form->addRow(tr("Paper"), m_paper);
    form->addRow(tr("Language"), m_language);

    auto button = [this](const QString &text, auto slot, bool busy = true) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        if (busy)
            m_busyButtons.append(b);
        return b;
    };
    auto *pageButtons = new QVBoxLayout;
    pageButtons->addWidget(button(tr("Add the current view"), [this] {
        if (!addCurrentView())
            showStatus(tr("This view has no page in a pack: open the dashboard, an indicator, a map or the tasks."), true);
    }, false));
    pageButtons->addWidget(button(tr("Add the province atlas"), [this] {
        BriefingPage atlas;
        atlas.kind = BriefingPage::Kind::Atlas;
        atlas.map34 = m_controller.map34();
        m_pages->append(atlas);
    }, false));
    pageButtons->addWidget(button(tr("Move up"), [this] { move(-1); }, false));
    pageButtons->addWidget(button(tr("Move down"), [this] { move(1); }, false));
    pageButtons->addWidget(button(tr("Remove"), [this] { m_pages->removePage(m_list->currentIndex().row()); }, false));
    pageButtons->addStretch(1);
    auto *pagesRow = new QHBoxLayout;
    pagesRow->addWidget(m_list, 1);
    pagesRow->addLayout(pageButtons);

    auto *actions = new QHBoxLayout;
    actions->addWidget(button(tr("Open…"), &PackEditor::openPack, false));
    actions->addWidget(button(tr("Save…"), &PackEditor::savePack, false));
    actions->addStretch(1);
    actions->addWidget(button(tr("Preview…"), &PackEditor::preview));
    actions->addWidget(button(tr("Export PDF…"), &PackEditor::chooseExport));
    actions->addWidget(button(tr("Close"), &QDialog::accept, false));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(pagesRow, 1);
    layout->addWidget(m_status);
    layout->addLayout(actions);

    connect(m_loader, &PackDataLoader::loaded, this, [this](const PackData &data) {
        for (QPushButton *b : std::as_const(m_busyButtons))
            b->setEnabled(true);
        showStatus(QString());
        if (auto then = std::exchange(m_then, {}))
            then(data);
    });
    connect(m_loader, &PackDataLoader::failed, this, [this](const QString &message) {
        for (QPushButton *b : std::as_const(m_busyButtons))
            b->setEnabled(true);
        m_then = {};
        showStatus(message, true);
        emit failed(message);
    });
    resize(720, 560);
}

PackEditor::~PackEditor()
{
    if (m_writing)
        m_writing->painter.end();
}

BriefingPack PackEditor::pack() const
{
    BriefingPack pack;
    pack.title = m_title->text().trimmed();
    pack.date = m_date->date();
    pack.asOf = m_asOf->date();
    pack.paper = BriefingPack::Paper(m_paper->currentData().toInt());
    pack.language = m_language->currentData().toString();
    pack.pages = m_pages->pages();
    return pack;
}

void PackEditor::setPack(const BriefingPack &pack)
{
    m_title->setText(pack.title);
    m_date->setDate(pack.date);
    m_asOf->setDate(pack.asOf);
    m_paper->setCurrentIndex(m_paper->findData(int(pack.paper)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(pack.language)));
    m_pages->setPages(pack.pages);
}

bool PackEditor::addCurrentView()
{
    const auto page = pageForView(m_controller.current(), m_controller.map34());
    if (!page)
        return false;
    m_pages->append(*page);
    m_list->setCurrentIndex(m_pages->index(m_pages->rowCount() - 1));
    return true;
}

QString PackEditor::status() const
{
    return m_status->text();
}

void PackEditor::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
}

void PackEditor::move(int step)
{
    const int row = m_list->currentIndex().row();
    if (m_pages->moveRow(row, step))
        m_list->setCurrentIndex(m_pages->index(row + step));
}

void PackEditor::openPack()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a briefing pack"), QString(), tr("Briefing packs (*.json)"));
    if (path.isEmpty())
        return;
    const auto loaded = BriefingPack::load(path);
    if (!loaded) {
        showStatus(loaded.error().message, true);
        return;
    }
    setPack(*loaded);
    showStatus(tr("Opened %1.").arg(path));
}

void PackEditor::savePack()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the briefing pack"), QString(), tr("Briefing packs (*.json)"));
    if (path.isEmpty())
        return;
    const auto saved = pack().save(path);
    showStatus(saved ? tr("Saved %1.").arg(path) : saved.error().message, !saved);
}

void PackEditor::withData(std::function<void(const PackData &)> then)
{
    const BriefingPack current = pack();
    if (current.title.isEmpty() || current.pages.isEmpty()) {
        showStatus(tr("A pack needs a meeting title and at least one page."), true);
        return;
    }
    for (QPushButton *b : std::as_const(m_busyButtons))
        b->setEnabled(false);
    showStatus(tr("Reading the data of %n pages…", nullptr, current.printedPageCount()));
    m_then = std::move(then);
    m_loader->load(current);
}

void PackEditor::preview()
{
    withData([this](const PackData &data) {
        auto renderer = std::make_shared<PackRenderer>(data, m_registry);
        QPrintPreviewDialog dialog(this);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, renderer](QPrinter *printer) {
            if (auto painted = renderer->paintAll(*printer); !painted)
                showStatus(painted.error().message, true);
        });
        dialog.exec();
    });
}

void PackEditor::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the briefing pack"), QString(), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void PackEditor::exportPdf(const QString &path)
{
    withData([this, path](const PackData &data) {
        m_writing = std::make_unique<Writing>();
        m_writing->path = path;
        m_writing->renderer = std::make_unique<PackRenderer>(data, m_registry);
        m_writing->writer = std::make_unique<QPdfWriter>(path);
        m_writing->writer->setResolution(96);
        m_writing->writer->setTitle(data.pack.title);
        m_writing->writer->setCreator(QStringLiteral("Điều hành"));
        if (auto begun = m_writing->renderer->begin(*m_writing->writer, m_writing->painter); !begun) {
            m_writing.reset();
            showStatus(begun.error().message, true);
            emit failed(begun.error().message);
            return;
        }
        for (QPushButton *b : std::as_const(m_busyButtons))
            b->setEnabled(false);
        paintNextPage();
    });
}

void PackEditor::paintNextPage()
{
    Writing &w = *m_writing;
    const int total = w.renderer->pageCount();
    auto painted = w.renderer->paintOnto(*w.writer, w.painter, w.next++);
    if (painted && w.next < total) {
        showStatus(tr("Writing page %1 of %2…").arg(w.next + 1).arg(total));
        QTimer::singleShot(0, this, &PackEditor::paintNextPage);
        return;
    }
    const bool ended = w.painter.end();
    const QString path = w.path;
    m_writing.reset();
    for (QPushButton *b : std::as_const(m_busyButtons))
        b->setEnabled(true);
    if (!painted || !ended) {
        const QString message = painted ? tr("Cannot write the PDF %1.").arg(path) : painted.error().message;
        showStatus(message, true);
        emit failed(message);
        return;
    }
    showStatus(tr("Exported %n pages to %1.", nullptr, total).arg(path));
    emit exported(path, total);
}

} // namespace dh
