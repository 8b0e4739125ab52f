#include "optionparser.h"

namespace dh {

namespace {

// "a", "b" or "c": the choices as a user would type them.
QString choiceList(const QStringList &choices)
{
    QStringList quoted;
    for (const QString &choice : choices)
        quoted.append(u'"' + choice + u'"');
    if (quoted.size() < 2)
        return quoted.join(QString());
    const QString last = quoted.takeLast();
    return QCoreApplication::translate("OptionParser", "%1 or %2").arg(quoted.join(QStringLiteral(", ")), last);
}

} // namespace

void OptionParser::addOption(const QString &name, const QString &expected, Accept accept)
{
    m_options.insert(name, {expected, std::move(accept)});
}

void OptionParser::addOption(const QString &name, QString *target)
{
    addOption(name, QString(), [target](const QString &value) {
        *target = value;
        return true;
    });
}

void OptionParser::addChoice(const QString &name, const QStringList &choices, QString *target)
{
    addOption(name, choiceList(choices), [choices, target](const QString &value) {
        if (!choices.contains(value))
            return false;
        *target = value;
        return true;
    });
}

void OptionParser::addDate(const QString &name, QDate *target)
{
    addOption(name, tr("a date like 2025-07-01"), [target](const QString &value) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            return false;
        *target = date;
        return true;
    });
}

void OptionParser::addNumber(const QString &name, quint64 *target)
{
    addOption(name, tr("a number"), [target](const QString &value) {
        bool ok = false;
        const quint64 n = value.toULongLong(&ok);
        if (!ok)
            return false;
        *target = n;
        return true;
    });
}

void OptionParser::addFlag(const QString &name, bool *target)
{
    m_options.insert(name, {QString(), [target](const QString &) {
                                *target = true;
                                return true;
                            }, true});
}

void OptionParser::setPositional(Positional take)
{
    m_positional = std::move(take);
}

Error OptionParser::unexpectedArgument(const QString &argument)
{
    return Error::invalid(tr("Unexpected argument \"%1\".").arg(argument));
}

Result<OptionParser::Outcome> OptionParser::parse(const QStringList &arguments) const
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"-h" || arg == u"--help")
            return Outcome::HelpRequested;
        if (!arg.startsWith(u"--")) {
            if (!m_positional)
                return unexpectedArgument(arg);
            if (Result<void> taken = m_positional(arg); !taken)
                return taken.error();
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        }
        const auto option = m_options.constFind(name);
        if (option == m_options.cend())
            return Error::invalid(tr("Unknown option --%1.").arg(name));
        if (option->flag) {
            if (eq >= 0)
                return Error::invalid(tr("--%1 takes no value.").arg(name));
            option->accept(value);
            continue;
        }
        if (eq < 0) {
            if (i + 1 >= arguments.size())
                return Error::invalid(tr("Option --%1 needs a value.").arg(name));
            value = arguments.at(++i);
        }
        if (!option->accept(value))
            return Error::invalid(tr("--%1 expects %2, not \"%3\".").arg(name, option->expected, value));
    }
    return Outcome::Parsed;
}

} // namespace dh
