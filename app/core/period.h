#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

namespace dh {

// A reporting period of one of the framework's time kinds (DESIGN.md §2). A period is its kind plus
// an ordinal that counts periods of that kind, so periods of one kind sort, step and store as
// integers. Week periods are ISO 8601 weeks; five- and ten-year periods are named by their first year
// (the five-year plans run 2021–2025, 2026–2030).
class Period
{
public:
    enum class Kind : quint8 {
        Hour,
        Day,
        Week,
        Month,
        Quarter,
        HalfYear,
        NineMonths,
        Year,
        FiveYears,
        TenYears,
    };

    Period() = default;

    static Period hour(QDate date, int hour);
    static Period day(QDate date);
    static Period week(int isoYear, int week);
    static Period month(int year, int month);
    static Period quarter(int year, int quarter);
    static Period halfYear(int year, int half);
    static Period nineMonths(int year);
    static Period year(int year);
    static Period fiveYears(int firstYear);
    static Period tenYears(int firstYear);
    static Period fromOrdinal(Kind kind, qint64 ordinal);
    // The period of the given kind that contains the date (for five and ten years: the plan periods
    // that start in years ending in 1 or 6, and in 1).
    static Period containing(Kind kind, QDate date);

    // Accepts 2025-07, 2025-M07, 2025-Q3, 2025-S1 (or H1), 2025-9M, 2025-W27, 2025, 2025-07-14,
    // 2025-07-14T08, 2021-2025 (five years) and 2021-2030 (ten years).
    static std::optional<Period> parse(QStringView text);

    bool isValid() const { return m_valid; }
    Kind kind() const { return m_kind; }
    qint64 ordinal() const { return m_ordinal; }

    // The canonical text form, which parse() reads back.
    QString toString() const;
    // A label for people: "tháng 7/2025", "quý III/2025" in Vietnamese; "Jul 2025", "Q3 2025" in English.
    QString label(const QLocale &locale = QLocale()) const;
    // A compact label for crowded axes: "T7/2025", "QIII/2025" in Vietnamese; "7/2025", "Q3 2025" in English.
    QString shortLabel(const QLocale &locale = QLocale()) const;

    int year() const;          // the calendar year of the start (ISO year for weeks)
    int number() const;        // month 1–12, quarter 1–4, half 1–2, week 1–53, hour 0–23, day of month; 1 otherwise
    QDate startDate() const;
    QDate endDate() const;     // inclusive

    Period next(qint64 steps = 1) const;
    Period previous(qint64 steps = 1) const { return next(-steps); }
    // The same period one year earlier: month → month − 12, week n → week n of the previous ISO year
    // (week 53 → 52 where that year has none), 29 February → 28 February.
    Period sameLastYear() const;
    // Number of periods of this kind from other to this (this − other); only for the same kind.
    qint64 distanceFrom(const Period &other) const { return m_ordinal - other.m_ordinal; }

    // Whether every day (hour) of other lies inside this period.
    bool contains(const Period &other) const;
    // The periods of a finer kind that make up this one, in order: the months of Q3, the quarters of
    // a year. Empty if the kind is not finer or does not tile this period (weeks do not tile months).
    QList<Period> subdivide(Kind finer) const;
    // From the first period of the same kind in this period's year up to this one: the months of
    // January…July for 2025-07. For a week, the ISO weeks of its ISO year.
    QList<Period> yearToDate() const;

    static QString kindName(Kind kind);               // "month", for files and the command line
    static std::optional<Kind> kindFromName(QStringView name);
    static int periodsPerYear(Kind kind);             // 12 for months; 0 where it varies or is < 1

    friend bool operator==(const Period &a, const Period &b)
    {
        return a.m_valid == b.m_valid && (!a.m_valid || (a.m_kind == b.m_kind && a.m_ordinal == b.m_ordinal));
    }
    // Within a kind by ordinal; across kinds by start, then by kind (shorter first).
    friend std::strong_ordering operator<=>(const Period &a, const Period &b);

private:
    Period(Kind kind, qint64 ordinal) : m_kind(kind), m_ordinal(ordinal), m_valid(true) {}

    Kind m_kind = Kind::Month;
    qint64 m_ordinal = 0;
    bool m_valid = false;
};

size_t qHash(const Period &period, size_t seed = 0);

} // namespace dh

Q_DECLARE_METATYPE(dh::Period)
