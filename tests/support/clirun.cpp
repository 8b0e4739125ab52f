#include "clirun.h"

#include "cli/commandline.h"
#include "cli/commands.h"

#include <QTextStream>

namespace dh::test {

CliRun runCli(QStringList arguments, const Clock &clock)
{
    arguments.prepend(QStringLiteral("dieuhanh-sync"));
    CliRun r;
    const auto options = parseCommandLine(arguments);
    if (!options) {
        r.code = 2;
        r.err = options.error().message;
        return r;
    }
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = CliRunner(out, err, clock).run(*options);
    out.flush();
    err.flush();
    return r;
}

} // namespace dh::test
