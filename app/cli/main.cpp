// dieuhanh-sync: the headless side of Điều hành — import, query, export, build the sample.
#include "commandline.h"
#include "commands.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dieuhanh"));
    QCoreApplication::setApplicationName(QStringLiteral("dieuhanh"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto options = dh::parseCommandLine(QCoreApplication::arguments());
    if (!options) {
        err << "error: " << options.error().message << "\n\n" << dh::usage();
        return 2;
    }
    dh::CliRunner runner(out, err, dh::Clock::system());
    return runner.run(*options);
}
