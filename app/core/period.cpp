#include "period.h"

#include <QHashFunctions>

#include <array>

namespace dh {

namespace {

constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

constexpr qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

qint64 stride(Period::Kind kind)
{
    switch (kind) {
    case Period::Kind::FiveYears: return 5;
    case Period::Kind::TenYears: return 10;
    default: return 1;
    }
}

// Julian day numbers are multiples of 7 on Mondays.
qint64 mondayOf(QDate date)
{
    return date.toJulianDay() - (date.dayOfWeek() - 1);
}

int isoWeeksIn(int isoYear)
{
    return QDate(isoYear, 12, 28).weekNumber();
}

// Reads exactly n decimal digits at pos; -1 if they are not all digits.
int digits(QStringView text, qsizetype pos, int n)
{
    if (pos < 0 || pos + n > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QString romanQuarter(int q)
{
    static const std::array<const char *, 4> roman = {"I", "II", "III", "IV"};
    return QString::fromLatin1(roman.at(q - 1));
}

// Hours from the epoch of Julian days to the start of the period; orders periods of different kinds.
qint64 startKey(const Period &p)
{
    const qint64 day = p.startDate().toJulianDay();
    return day * 24 + (p.kind() == Period::Kind::Hour ? p.number() : 0);
}

} // namespace

Period Period::hour(QDate date, int hour)
{
    if (!date.isValid() || hour < 0 || hour > 23)
        return {};
    return {Kind::Hour, date.toJulianDay() * 24 + hour};
}

Period Period::day(QDate date)
{
    if (!date.isValid())
        return {};
    return {Kind::Day, date.toJulianDay()};
}

Period Period::week(int isoYear, int week)
{
    if (isoYear < 1 || week < 1 || week > isoWeeksIn(isoYear))
        return {};
    const qint64 monday = mondayOf(QDate(isoYear, 1, 4)) + 7 * (week - 1);
    return {Kind::Week, monday / 7};
}

Period Period::month(int year, int month)
{
    if (month < 1 || month > 12)
        return {};
    return {Kind::Month, qint64(year) * 12 + month - 1};
}

Period Period::quarter(int year, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return {};
    return {Kind::Quarter, qint64(year) * 4 + quarter - 1};
}

Period Period::halfYear(int year, int half)
{
    if (half < 1 || half > 2)
        return {};
    return {Kind::HalfYear, qint64(year) * 2 + half - 1};
}

Period Period::nineMonths(int year) { return {Kind::NineMonths, year}; }
Period Period::year(int year) { return {Kind::Year, year}; }
Period Period::fiveYears(int firstYear) { return {Kind::FiveYears, firstYear}; }
Period Period::tenYears(int firstYear) { return {Kind::TenYears, firstYear}; }

Period Period::fromOrdinal(Kind kind, qint64 ordinal)
{
    return {kind, ordinal};
}

Period Period::containing(Kind kind, QDate date)
{
    if (!date.isValid())
        return {};
    const int y = date.year();
    switch (kind) {
    case Kind::Hour: return hour(date, 0);
    case Kind::Day: return day(date);
    case Kind::Week: return {Kind::Week, mondayOf(date) / 7};
    case Kind::Month: return month(y, date.month());
    case Kind::Quarter: return quarter(y, (date.month() - 1) / 3 + 1);
    case Kind::HalfYear: return halfYear(y, date.month() <= 6 ? 1 : 2);
    case Kind::NineMonths: return date.month() <= 9 ? nineMonths(y) : Period();
    case Kind::Year: return year(y);
    case Kind::FiveYears: return fiveYears(int(y - floorMod(y - 1, 5)));
    case Kind::TenYears: return tenYears(int(y - floorMod(y - 1, 10)));
    }
    return {};
}

std::optional<Period> Period::parse(QStringView text)
{
    text = text.trimmed();
    const int y = digits(text, 0, 4);
    if (y < 0)
        return std::nullopt;
    if (text.size() == 4)
        return year(y);
    if (text[4] != u'-' || text.size() < 6)
        return std::nullopt;

    const QStringView rest = text.mid(5);
    const char16_t tag = rest[0].toUpper().unicode();
    auto valid = [](Period p) -> std::optional<Period> {
        return p.isValid() ? std::optional<Period>(p) : std::nullopt;
    };

    if (rest == u"9M")
        return nineMonths(y);
    if (tag == u'W' && (rest.size() == 2 || rest.size() == 3)) {
        const int w = digits(rest, 1, int(rest.size() - 1));
        return w < 0 ? std::nullopt : valid(week(y, w));
    }
    if (tag == u'M' && rest.size() == 3) {
        const int m = digits(rest, 1, 2);
        return m < 0 ? std::nullopt : valid(month(y, m));
    }
    if (tag == u'Q' && rest.size() == 2) {
        const int q = digits(rest, 1, 1);
        return q < 0 ? std::nullopt : valid(quarter(y, q));
    }
    if ((tag == u'S' || tag == u'H') && rest.size() == 2) {
        const int h = digits(rest, 1, 1);
        return h < 0 ? std::nullopt : valid(halfYear(y, h));
    }
    if (rest.size() == 4) {
        const int last = digits(rest, 0, 4);
        if (last - y + 1 == 5)
            return fiveYears(y);
        if (last - y + 1 == 10)
            return tenYears(y);
        return std::nullopt;
    }

    const int m = digits(rest, 0, 2);
    if (m < 0)
        return std::nullopt;
    if (rest.size() == 2)
        return valid(month(y, m));
    if (rest.size() < 5 || rest[2] != u'-')
        return std::nullopt;
    const int d = digits(rest, 3, 2);
    const QDate date(y, m, d);
    if (d < 0 || !date.isValid())
        return std::nullopt;
    if (rest.size() == 5)
        return day(date);

    // 2025-07-14T08, with optional :00 or :00:00 (an hour period starts on the hour).
    const QStringView time = rest.mid(5);
    if (time.size() < 3 || (time[0] != u'T' && time[0] != u' '))
        return std::nullopt;
    const int h = digits(time, 1, 2);
    if (h < 0)
        return std::nullopt;
    if (time.size() != 3 && time.mid(3) != u":00" && time.mid(3) != u":00:00")
        return std::nullopt;
    return valid(hour(date, h));
}

QString Period::toString() const
{
    if (!m_valid)
        return {};
    const auto pad2 = [](int v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    const QString y = QString::number(year());
    switch (m_kind) {
    case Kind::Hour: return startDate().toString(Qt::ISODate) + u'T' + pad2(number());
    case Kind::Day: return startDate().toString(Qt::ISODate);
    case Kind::Week: return y + u"-W" + pad2(number());
    case Kind::Month: return y + u'-' + pad2(number());
    case Kind::Quarter: return y + u"-Q" + QString::number(number());
    case Kind::HalfYear: return y + u"-S" + QString::number(number());
    case Kind::NineMonths: return y + u"-9M";
    case Kind::Year: return y;
    case Kind::FiveYears:
    case Kind::TenYears: return y + u'-' + QString::number(endDate().year());
    }
    return {};
}

QString Period::label(const QLocale &locale) const
{
    if (!m_valid)
        return {};
    const bool vi = locale.language() == QLocale::Vietnamese;
    const QString y = QString::number(year());
    const int n = number();
    const QDate start = startDate();
    switch (m_kind) {
    case Kind::Hour:
        return vi ? QStringLiteral("%1:00 %2/%3/%4").arg(n, 2, 10, QLatin1Char('0')).arg(start.day()).arg(start.month()).arg(start.year())
                  : QStringLiteral("%1:00 %2").arg(n, 2, 10, QLatin1Char('0')).arg(QLocale(QLocale::English).toString(start, QStringLiteral("d MMM yyyy")));
    case Kind::Day:
        return vi ? QStringLiteral("%1/%2/%3").arg(start.day()).arg(start.month()).arg(start.year())
                  : QLocale(QLocale::English).toString(start, QStringLiteral("d MMM yyyy"));
    case Kind::Week:
        return vi ? QStringLiteral("tuần %1/%2").arg(n).arg(y) : QStringLiteral("week %1, %2").arg(n).arg(y);
    case Kind::Month:
        return vi ? QStringLiteral("tháng %1/%2").arg(n).arg(y)
                  : QLocale(QLocale::English).toString(start, QStringLiteral("MMM yyyy"));
    case Kind::Quarter:
        return vi ? QStringLiteral("quý %1/%2").arg(romanQuarter(n), y) : QStringLiteral("Q%1 %2").arg(n).arg(y);
    case Kind::HalfYear:
        return vi ? (n == 1 ? QStringLiteral("6 tháng đầu năm %1") : QStringLiteral("6 tháng cuối năm %1")).arg(y)
                  : QStringLiteral("H%1 %2").arg(n).arg(y);
    case Kind::NineMonths:
        return vi ? QStringLiteral("9 tháng năm %1").arg(y) : QStringLiteral("9M %1").arg(y);
    case Kind::Year:
        return vi ? QStringLiteral("năm %1").arg(y) : y;
    case Kind::FiveYears:
    case Kind::TenYears:
        return QStringLiteral("%1–%2").arg(y).arg(endDate().year());
    }
    return {};
}

QString Period::shortLabel(const QLocale &locale) const
{
    const bool vi = locale.language() == QLocale::Vietnamese;
    switch (m_valid ? m_kind : Kind::Year) {
    case Kind::Month:
        return (vi ? QStringLiteral("T%1/%2") : QStringLiteral("%1/%2")).arg(number()).arg(year());
    case Kind::Quarter:
        return vi ? QStringLiteral("Q%1/%2").arg(romanQuarter(number())).arg(year()) : QStringLiteral("Q%1 %2").arg(number()).arg(year());
    case Kind::Year:
        return m_valid ? QString::number(year()) : QString();
    default:
        return label(locale);
    }
}

int Period::year() const
{
    switch (m_kind) {
    case Kind::Week: return startDate().addDays(3).year(); // the ISO year is the Thursday's
    case Kind::Month: return int(floorDiv(m_ordinal, 12));
    case Kind::Quarter: return int(floorDiv(m_ordinal, 4));
    case Kind::HalfYear: return int(floorDiv(m_ordinal, 2));
    case Kind::NineMonths:
    case Kind::Year:
    case Kind::FiveYears:
    case Kind::TenYears: return int(m_ordinal);
    case Kind::Hour:
    case Kind::Day: return startDate().year();
    }
    return 0;
}

int Period::number() const
{
    switch (m_kind) {
    case Kind::Hour: return int(floorMod(m_ordinal, 24));
    case Kind::Day: return startDate().day();
    case Kind::Week: return startDate().weekNumber();
    case Kind::Month: return int(floorMod(m_ordinal, 12)) + 1;
    case Kind::Quarter: return int(floorMod(m_ordinal, 4)) + 1;
    case Kind::HalfYear: return int(floorMod(m_ordinal, 2)) + 1;
    default: return 1;
    }
}

QDate Period::startDate() const
{
    if (!m_valid)
        return {};
    switch (m_kind) {
    case Kind::Hour: return QDate::fromJulianDay(floorDiv(m_ordinal, 24));
    case Kind::Day: return QDate::fromJulianDay(m_ordinal);
    case Kind::Week: return QDate::fromJulianDay(m_ordinal * 7);
    case Kind::Month: return QDate(year(), number(), 1);
    case Kind::Quarter: return QDate(year(), (number() - 1) * 3 + 1, 1);
    case Kind::HalfYear: return QDate(year(), number() == 1 ? 1 : 7, 1);
    default: return QDate(year(), 1, 1);
    }
}

QDate Period::endDate() const
{
    if (!m_valid)
        return {};
    switch (m_kind) {
    case Kind::Hour:
    case Kind::Day: return startDate();
    case Kind::Week: return startDate().addDays(6);
    case Kind::Month: return startDate().addMonths(1).addDays(-1);
    case Kind::Quarter: return startDate().addMonths(3).addDays(-1);
    case Kind::HalfYear: return startDate().addMonths(6).addDays(-1);
    case Kind::NineMonths: return QDate(year(), 9, 30);
    case Kind::Year: return QDate(year(), 12, 31);
    case Kind::FiveYears: return QDate(year() + 4, 12, 31);
    case Kind::TenYears: return QDate(year() + 9, 12, 31);
    }
    return {};
}

Period Period::next(qint64 steps) const
{
    if (!m_valid)
        return {};
    return {m_kind, m_ordinal + steps * stride(m_kind)};
}

Period Period::sameLastYear() const
{
    if (!m_valid)
        return {};
    switch (m_kind) {
    case Kind::Hour: return hour(startDate().addYears(-1), number());
    case Kind::Day: return day(startDate().addYears(-1));
    case Kind::Week: return week(year() - 1, std::min(number(), isoWeeksIn(year() - 1)));
    case Kind::Month: return {m_kind, m_ordinal - 12};
    case Kind::Quarter: return {m_kind, m_ordinal - 4};
    case Kind::HalfYear: return {m_kind, m_ordinal - 2};
    case Kind::NineMonths:
    case Kind::Year: return {m_kind, m_ordinal - 1};
    case Kind::FiveYears:
    case Kind::TenYears: return {};
    }
    return {};
}

bool Period::contains(const Period &other) const
{
    if (!m_valid || !other.m_valid)
        return false;
    if (m_kind == Kind::Hour)
        return *this == other;
    return startDate() <= other.startDate() && other.endDate() <= endDate();
}

QList<Period> Period::subdivide(Kind finer) const
{
    QList<Period> parts;
    if (!m_valid || m_kind == Kind::Hour || finer == m_kind)
        return parts;
    const QDate start = startDate();
    const QDate end = endDate();
    if (finer == Kind::Hour) {
        for (QDate d = start; d <= end; d = d.addDays(1))
            for (int h = 0; h < 24; ++h)
                parts.append(hour(d, h));
        return parts;
    }
    Period p = containing(finer, start);
    if (!p.isValid() || p.startDate() != start)
        return {};
    QDate expected = start;
    while (p.isValid() && p.startDate() <= end) {
        if (p.startDate() != expected || p.endDate() > end)
            return {};
        parts.append(p);
        expected = p.endDate().addDays(1);
        p = p.next();
    }
    if (expected != end.addDays(1))
        return {};
    return parts;
}

QList<Period> Period::yearToDate() const
{
    QList<Period> periods;
    if (!m_valid)
        return periods;
    Period first;
    switch (m_kind) {
    case Kind::Week: first = week(year(), 1); break;
    case Kind::FiveYears:
    case Kind::TenYears:
    case Kind::NineMonths:
    case Kind::Year: first = *this; break;
    default: first = containing(m_kind, QDate(year(), 1, 1)); break;
    }
    for (Period p = first; p <= *this; p = p.next())
        periods.append(p);
    return periods;
}

QString Period::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Hour: return QStringLiteral("hour");
    case Kind::Day: return QStringLiteral("day");
    case Kind::Week: return QStringLiteral("week");
    case Kind::Month: return QStringLiteral("month");
    case Kind::Quarter: return QStringLiteral("quarter");
    case Kind::HalfYear: return QStringLiteral("half-year");
    case Kind::NineMonths: return QStringLiteral("nine-months");
    case Kind::Year: return QStringLiteral("year");
    case Kind::FiveYears: return QStringLiteral("five-years");
    case Kind::TenYears: return QStringLiteral("ten-years");
    }
    return {};
}

std::optional<Period::Kind> Period::kindFromName(QStringView name)
{
    for (int k = int(Kind::Hour); k <= int(Kind::TenYears); ++k) {
        if (kindName(Kind(k)) == name)
            return Kind(k);
    }
    return std::nullopt;
}

int Period::periodsPerYear(Kind kind)
{
    switch (kind) {
    case Kind::Month: return 12;
    case Kind::Quarter: return 4;
    case Kind::HalfYear: return 2;
    case Kind::Year: return 1;
    default: return 0;
    }
}

std::strong_ordering operator<=>(const Period &a, const Period &b)
{
    if (a.m_valid != b.m_valid)
        return a.m_valid ? std::strong_ordering::greater : std::strong_ordering::less;
    if (!a.m_valid)
        return std::strong_ordering::equal;
    if (a.m_kind == b.m_kind)
        return a.m_ordinal <=> b.m_ordinal;
    if (const auto c = startKey(a) <=> startKey(b); c != 0)
        return c;
    return a.m_kind <=> b.m_kind;
}

size_t qHash(const Period &period, size_t seed)
{
    return qHashMulti(seed, int(period.kind()), period.ordinal(), period.isValid());
}

} // namespace dh
