// The reference for bench_startup: a bare Qt window that shows, paints once and exits, on the
// same platform plugin and with the same screenshot path as dieuhanh --screenshot.
#include <QApplication>
#include <QLabel>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("Điều hành"));
    window.resize(1920, 1080);
    window.show();
    QTimer::singleShot(50, &app, [&] {
        window.grab().save(app.arguments().value(1, QStringLiteral("/dev/null")), "PNG");
        app.quit();
    });
    return app.exec();
}
