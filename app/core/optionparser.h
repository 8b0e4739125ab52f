#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace dh {

// Reads a command line the way every program of the project accepts one: long options as
// "--name value" or "--name=value", "-h" or "--help" anywhere to ask for the usage, and positional
// arguments in between. A program declares the options it takes and where their values go, and
// keeps its own plain struct and the rules that join several options (STYLE.md rule 7); the
// syntax, the checks of the usual kinds of value and the error messages live here once. Reading
// stops at the first thing wrong, with a translated message that names the option and the value.
class OptionParser
{
    Q_DECLARE_TR_FUNCTIONS(OptionParser)

public:
    enum class Outcome { Parsed, HelpRequested };

    // Stores the value if it is acceptable and says whether it was.
    using Accept = std::function<bool(const QString &value)>;
    // Takes a positional argument, or says why it cannot.
    using Positional = std::function<Result<void>(const QString &argument)>;

    // A refused value is reported as "--NAME expects EXPECTED, not "VALUE".".
    void addOption(const QString &name, const QString &expected, Accept accept);
    // Any text.
    void addOption(const QString &name, QString *target);
    // One of the choices, exactly as written.
    void addChoice(const QString &name, const QStringList &choices, QString *target);
    // An ISO 8601 date, e.g. 2025-07-01.
    void addDate(const QString &name, QDate *target);
    // A whole number, zero or more.
    void addNumber(const QString &name, quint64 *target);
    // A switch that takes no value: --name sets it.
    void addFlag(const QString &name, bool *target);
    // Without it, any positional argument is refused.
    void setPositional(Positional take);

    // arguments as QCoreApplication::arguments() gives them, the program first. Names are given
    // without their dashes.
    Result<Outcome> parse(const QStringList &arguments) const;

    // For a program's own checks after parsing, in the parser's words.
    static Error unexpectedArgument(const QString &argument);

private:
    struct Option
    {
        QString expected;
        Accept accept;
        bool flag = false;
    };

    QHash<QString, Option> m_options;
    Positional m_positional;
};

} // namespace dh
