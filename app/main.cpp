// dieuhanh: start-up only — parse the command line, load the translation, show the main window.
#include "core/settings.h"
#include "core/unitregistry.h"
#include "gui/appoptions.h"
#include "gui/languageswitcher.h"
#include "gui/logging.h"
#include "gui/mainwindow.h"
#include "store/cachelocation.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <cstring>
#include <functional>

namespace {

// Screenshots render offscreen whatever display there is, so tests and the README get the same
// pixels on a desk and in CI.
void preferOffscreenForScreenshots(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--screenshot", 12) == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

// Runs a function once, after the window it watches is first exposed.
class ExposeWatcher final : public QObject
{
public:
    ExposeWatcher(std::function<void()> then, QObject *parent) : QObject(parent), m_then(std::move(then)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                m_then();
                deleteLater();
            });
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

} // namespace

int main(int argc, char *argv[])
{
    preferOffscreenForScreenshots(argc, argv);
    QApplication app(argc, argv);
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

    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans")))
        QApplication::setFont(QFont(QStringLiteral("Noto Sans")));

    const auto registry = dh::UnitRegistry::fromResources();
    if (!registry) {
        err << "error: " << registry.error().message << '\n';
        return 1;
    }

    dh::MainWindow window(*registry, languages);
    window.setInitialView(*dh::ViewState::parse(options->view));
    if (!options->layout.isEmpty())
        window.openLayout(options->layout);
    const QString path = !options->cachePath.isEmpty() ? options->cachePath : dh::CacheLocation::defaultPath();

    if (!options->screenshot.isEmpty()) {
        window.resize(options->size);
        int status = 0;
        QObject::connect(&window, &dh::MainWindow::ready, &app, [&] {
            // One more turn of the event loop so the last layout is painted.
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
        });
        QTimer::singleShot(120000, &app, [&] {
            err << "error: the window did not become ready within 120 s\n";
            app.exit(3);
        });
    }
    // Start-up timing for the benchmark (QT_LOGGING_RULES="dieuhanh.gui.info=true"): the first
    // view painted, synchronously once the window is on screen, so the time stamp is the frame's.
    if (lcGui().isInfoEnabled()) {
        QObject::connect(&window, &dh::MainWindow::ready, &window, [&window] {
            auto report = [&window] {
                window.repaint();
                qCInfo(lcGui) << "first view painted";
            };
            if (window.windowHandle()->isExposed()) {
                report();
                return;
            }
            auto *exposed = new ExposeWatcher(report, &window);
            window.windowHandle()->installEventFilter(exposed);
        }, Qt::SingleShotConnection);
    }
    // Opening first: the cache and the first dashboard load on the worker while the window shows.
    window.openCache(path);
    window.show();
    return app.exec();
}
