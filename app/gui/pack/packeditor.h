#pragma once

#include "models/briefingpack.h"
#include "models/packdata.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace dh {

class PackDataLoader;
class PackPagesModel;
class UnitRegistry;
class ViewController;

// File → Export briefing pack…: a pack being made — its title, dates, paper and language, and its
// pages, to which the view shown now is added, reordered and removed — saved as JSON, previewed
// and exported as PDF. The pages' data is read on the cache's worker; the PDF is painted a page
// per turn of the event loop, so the window stays responsive. Problems show in the dialog, never
// in a message box.
class PackEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackEditor)

public:
    PackEditor(ViewController &controller, const UnitRegistry &registry, QWidget *parent = nullptr);
    ~PackEditor() override;

    BriefingPack pack() const;
    void setPack(const BriefingPack &pack);
    // The view the controller shows now, as the last page; false for a view with no page.
    bool addCurrentView();
    PackPagesModel *pagesModel() const { return m_pages; }
    QString status() const;
    // Writes the PDF; exported() or failed() follows.
    void exportPdf(const QString &path);

signals:
    void exported(const QString &path, int pages);
    void failed(const QString &message);

private:
    void withData(std::function<void(const PackData &)> then);
    void showStatus(const QString &text, bool problem = false);
    void openPack();
    void savePack();
    void preview();
    void chooseExport();
    void move(int step);
    void paintNextPage();

    ViewController &m_controller;
    const UnitRegistry &m_registry;
    PackPagesModel *m_pages;
    PackDataLoader *m_loader;
    QLineEdit *m_title;
    QDateEdit *m_date;
    QDateEdit *m_asOf;
    QComboBox *m_paper;
    QComboBox *m_language;
    QListView *m_list;
    QLabel *m_status;
    QList<QPushButton *> m_busyButtons; // disabled while data is read or a PDF written
    std::function<void(const PackData &)> m_then;
    struct Writing;
    std::unique_ptr<Writing> m_writing;
};

} // namespace dh
