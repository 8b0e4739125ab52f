#include "sourceperiod.h"

#include <QCoreApplication>

namespace dh::SourcePeriod {

namespace {

Error notAPeriod(QStringView text)
{
    return Error{Error::Code::Invalid, QCoreApplication::translate("SourcePeriod", "\"%1\" is not a period.").arg(text), QStringLiteral("PERIOD_UNREADABLE")};
}

// A number of exactly n digits at the start of text, or -1.
int number(QStringView text)
{
    if (text.isEmpty() || text.size() > 4)
        return -1;
    int n = 0;
    for (QChar c : text) {
        if (!c.isDigit())
            return -1;
        n = n * 10 + c.digitValue();
    }
    return n;
}

std::optional<Period> valid(const Period &p)
{
    return p.isValid() ? std::optional<Period>(p) : std::nullopt;
}

// 2025M07, 2025Q3, 2025K3, 2025S1, 2025H1, 2025W27, and SDMX's 2025-A1 and 2025-D195.
std::optional<Period> compact(QStringView text)
{
    if (text.size() < 6)
        return std::nullopt;
    const int year = number(text.first(4));
    if (year < 0)
        return std::nullopt;
    QStringView rest = text.mid(4);
    if (rest.startsWith(u'-'))
        rest = rest.mid(1);
    const char16_t tag = rest.front().toUpper().unicode();
    const int n = number(rest.mid(1));
    if (n < 0)
        return std::nullopt;
    switch (tag) {
    case u'A': return n == 1 && rest.size() == 2 ? std::optional(Period::year(year)) : std::nullopt;
    case u'M': return rest.size() == 3 ? valid(Period::month(year, n)) : std::nullopt;
    case u'Q':
    case u'K': return rest.size() == 2 ? valid(Period::quarter(year, n)) : std::nullopt;
    case u'S':
    case u'H': return rest.size() == 2 ? valid(Period::halfYear(year, n)) : std::nullopt;
    case u'W': return rest.size() <= 3 ? valid(Period::week(year, n)) : std::nullopt;
    case u'D': {
        const QDate day = QDate(year, 1, 1).addDays(n - 1);
        return rest.size() == 4 && n >= 1 && day.year() == year ? std::optional(Period::day(day)) : std::nullopt;
    }
    default: return std::nullopt;
    }
}

// 2025-01-01/P1Y: the period of that kind that starts on the date, if the interval is exactly it.
Result<Period> interval(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    const QDate start = QDate::fromString(text.first(slash).first(std::min<qsizetype>(10, slash)).toString(), Qt::ISODate);
    const QStringView duration = text.mid(slash + 1);
    if (!start.isValid() || duration.size() < 3 || duration.front() != u'P')
        return notAPeriod(text);
    const int n = number(duration.mid(1, duration.size() - 2));
    const char16_t unit = duration.back().toUpper().unicode();
    std::optional<Period> p;
    if (unit == u'Y' && n == 1)
        p = Period::year(start.year());
    else if (unit == u'M' && n == 6)
        p = Period::halfYear(start.year(), (start.month() + 5) / 6);
    else if (unit == u'M' && n == 3)
        p = Period::quarter(start.year(), (start.month() + 2) / 3);
    else if (unit == u'M' && n == 1)
        p = Period::month(start.year(), start.month());
    else if ((unit == u'W' && n == 1) || (unit == u'D' && n == 7))
        p = Period::containing(Period::Kind::Week, start);
    else if (unit == u'D' && n == 1)
        p = Period::day(start);
    if (!p || !p->isValid() || p->startDate() != start) {
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("SourcePeriod", "The interval %1 is not one whole period (a year, half year, quarter, month, week or day).").arg(text),
                     QStringLiteral("PERIOD_NOT_WHOLE")};
    }
    return *p;
}

} // namespace

Result<Period> parse(QStringView text)
{
    text = text.trimmed();
    if (text.contains(u'/'))
        return interval(text);
    if (const auto p = Period::parse(text))
        return *p;
    if (const auto p = compact(text))
        return *p;
    return notAPeriod(text);
}

Result<Period> parsePx(QStringView text, QStringView timeScale)
{
    text = text.trimmed();
    const int year = text.size() >= 4 ? number(text.first(4)) : -1;
    const int n = text.size() > 4 ? number(text.mid(4)) : -1;
    const char16_t scale = timeScale.isEmpty() ? 0 : timeScale.front().toUpper().unicode();
    std::optional<Period> p;
    if (year >= 0 && text.size() == 4 && scale == u'A')
        p = Period::year(year);
    else if (year >= 0 && n >= 0 && text.size() == 5 && scale == u'H')
        p = valid(Period::halfYear(year, n));
    else if (year >= 0 && n >= 0 && text.size() == 5 && scale == u'Q')
        p = valid(Period::quarter(year, n));
    else if (year >= 0 && n >= 0 && text.size() == 6 && scale == u'M')
        p = valid(Period::month(year, n));
    else if (year >= 0 && n >= 0 && text.size() == 6 && scale == u'W')
        p = valid(Period::week(year, n));
    if (p)
        return *p;
    return parse(text);
}

} // namespace dh::SourcePeriod
