// dieuhanh: start-up only — parse the command line, load the translation, show the main window
// (or, with --wall, the video wall).
#include "core/settings.h"
#include "core/unitregistry.h"
#include "gui/appoptions.h"
#include "gui/appstyle.h"
#include "gui/languageswitcher.h"
#include "gui/logging.h"
#include "gui/mainwindow.h"
#include "gui/pack/packcommand.h"
#include "gui/pagestack.h"
#include "gui/taskspage.h"
#include "gui/wall/wallapp.h"
#include "models/viewcontroller.h"
#include "store/cachelocation.h"
#include "sync/endpointfile.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QTextStream>
#include <QTimer>

#include <cstring>
#include <thread>

namespace {

// Screenshots render offscreen whatever display there is, so tests and the README get the same
// pixels on a desk and in CI; a briefing pack is written on a schedule, with no display at all.
void preferOffscreenForScreenshots(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if ((std::strncmp(argv[i], "--screenshot", 12) == 0 || std::strncmp(argv[i], "--pack", 6) == 0)
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

// Reports, once, that the view it watches has been painted: at its first paint event it asks the
// event loop to call back, which happens after the whole frame is painted and flushed.
class FirstPaintReporter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                qCInfo(lcGui) << "first view painted";
                deleteLater();
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    preferOffscreenForScreenshots(argc, argv);
    QApplication app(argc, argv);
    // Before any text is measured the font database reads every installed font's entry, hundreds
    // with the Noto set. Another thread reads it while this one builds the window (the database is
    // thread-safe, and text measured meanwhile waits for it); it is joined before the application
    // goes.
    std::jthread fontScan([] { QFontDatabase::families(); });
    QApplication::setStyle(new dh::AppStyle);
    QApplication::setOrganizationName(QStringLiteral("dieuhanh"));
    QApplication::setApplicationName(QStringLiteral("dieuhanh"));
    QApplication::setApplicationDisplayName(QStringLiteral("Điều hành"));
    QApplication::setApplicationVersion(QStringLiteral(DIEUHANH_VERSION));

    QTextStream err(stderr);
    const auto options = dh::parseAppOptions(QApplication::arguments());
    if (!options) {
        err << "error: " << options.error().message << "\n\n" << dh::appUsage();
        return 2;
    }
    if (options->help) {
        QTextStream(stdout) << dh::appUsage();
        return 0;
    }

    dh::Settings settings;
    dh::LanguageSwitcher languages;
    const QString language = !options->language.isEmpty() ? options->language
                                                           : settings.value(dh::Settings::Key::Language).toString();
    if (!languages.setLanguage(language))
        languages.setLanguage(QStringLiteral("vi"));

    // Noto Sans draws Vietnamese best of Debian's fonts; without it, the closest font stands in.
    QApplication::setFont(QFont(QStringLiteral("Noto Sans")));

    const auto registry = dh::UnitRegistry::fromResources();
    if (!registry) {
        err << "error: " << registry.error().message << '\n';
        return 1;
    }

    if (!options->wall.isEmpty()) {
        dh::WallApp wall(*options, *registry);
        QObject::connect(&wall, &dh::WallApp::finished, &app, &QApplication::exit);
        QString problem;
        if (!wall.start(&problem)) {
            err << "error: " << problem << '\n';
            return 2;
        }
        return app.exec();
    }
    if (!options->pack.isEmpty()) {
        const auto pages = dh::exportPack(options->pack, options->pdf, options->cachePath, *registry,
                                           options->language.isEmpty() ? &languages : nullptr);
        if (!pages) {
            err << "error: " << pages.error().message << '\n';
            return 1;
        }
        QTextStream(stdout) << QCoreApplication::translate("dieuhanh", "Wrote %n pages to %1.", nullptr, *pages).arg(options->pdf) << '\n';
        return 0;
    }

    const QString path = !options->cachePath.isEmpty() ? options->cachePath : dh::CacheLocation::defaultPath();
    // A screenshot is 1920×1080 unless told otherwise; a window is what the platform gives it.
    const QSize size = options->size.isValid() || options->screenshot.isEmpty() ? options->size : QSize(1920, 1080);
    const QString endpoints = !options->endpoints.isEmpty() ? options->endpoints : dh::EndpointFile::defaultPath();
    // A screenshot shows the runs the cache remembers and syncs nothing.
    dh::MainWindow window(*registry, languages,
                          {path, *dh::ViewState::parse(options->view), options->layout, size, options->cachePath.isEmpty(), endpoints,
                           options->screenshot.isEmpty()});

    if (!options->screenshot.isEmpty()) {
        int status = 0;
        bool shooting = false;
        // The shot waits for the first view and for the cache's details (counts, "data through"),
        // or for an error; then a moment more, so the layouts and replots that the last data
        // posted are done before the window is grabbed.
        // The tasks page asks for its figures itself, after the view is ready.
        const bool tasksPage = dh::ViewState::parse(options->view)->page == dh::ViewState::Page::Tasks;
        auto shoot = [&] {
            if (shooting || !window.controller()->isReady() || (!window.controller()->hasDetails() && window.errorBanner()->isHidden()))
                return;
            if (tasksPage && !window.pages()->tasks()->isSettled())
                return;
            shooting = true;
            QTimer::singleShot(50, &app, [&] {
                const QPixmap shot = window.grab();
                if (!window.errorBanner()->isHidden())
                    status = 1;
                if (!shot.save(options->screenshot, "PNG")) {
                    err << "error: cannot write " << options->screenshot << '\n';
                    status = 2;
                }
                app.exit(status);
            });
        };
        QObject::connect(&window, &dh::MainWindow::ready, &app, shoot);
        QObject::connect(&window, &dh::MainWindow::detailsShown, &app, shoot);
        if (tasksPage)
            QObject::connect(window.pages()->tasks(), &dh::TasksPage::settled, &app, shoot);
        QTimer::singleShot(120000, &app, [&] {
            err << "error: the window did not become ready within 120 s\n";
            app.exit(3);
        });
    }
    // Start-up timing for the benchmark (QT_LOGGING_RULES="dieuhanh.gui.info=true"): the first
    // frame of the first view, with its data, painted.
    if (lcGui().isInfoEnabled()) {
        QObject::connect(&window, &dh::MainWindow::ready, &window, [&window] {
            window.pages()->currentWidget()->installEventFilter(new FirstPaintReporter(&window));
        }, Qt::SingleShotConnection);
    }
    window.show();
    return app.exec();
}
