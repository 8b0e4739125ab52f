// The reference for bench_startup: a bare Qt window with one line of text, on the same platform
// plugin as dieuhanh. It reports its first painted frame the way dieuhanh does (a line on stderr)
// and exits.
#include <QApplication>
#include <QLabel>
#include <QTimer>

#include <cstdio>

namespace {

class Label final : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QLabel::paintEvent(event);
        if (!m_painted) {
            m_painted = true;
            std::fprintf(stderr, "first view painted\n");
            std::fflush(stderr);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Label window(QStringLiteral("Điều hành"));
    window.resize(1920, 1080);
    window.show();
    return app.exec();
}
