// Calendar days as compact integers.
//
// Stockshift stores every date as an integer day number: days since 1970-01-01 (the Unix epoch
// day). 2024-01-01 is day 19723. Integers keep the sales history compact (SQLite stores small
// integers in 3 bytes) and make bucket arithmetic exact. Conversions are constexpr and use the
// proleptic Gregorian calendar (Howard Hinnant's days_from_civil algorithm).
#pragma once

#include <QDate>

#include <cstdint>

namespace Stockshift::Days {

/// Days since 1970-01-01 for a civil date. Valid for years 1..9999.
constexpr int fromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

constexpr bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int daysInMonth(int y, int m)
{
    constexpr int table[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : table[m - 1];
}

constexpr bool isValidCivil(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

constexpr qint64 kEpochJulianDay = 2440588; // QDate(1970, 1, 1).toJulianDay()

inline int fromDate(QDate date)
{
    return static_cast<int>(date.toJulianDay() - kEpochJulianDay);
}

inline QDate toDate(int day)
{
    return QDate::fromJulianDay(day + kEpochJulianDay);
}

/// ISO 8601 text (yyyy-MM-dd) of a day number.
inline QString toIso(int day)
{
    return toDate(day).toString(Qt::ISODate);
}

/// The day number of ISO 8601 text (yyyy-MM-dd); false when it is not a valid date.
inline bool fromIso(const QString &text, int *day)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return false;
    *day = fromDate(date);
    return true;
}

/// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
constexpr int weekday(int day)
{
    return ((day % 7) + 7 + 3) % 7;
}

static_assert(fromCivil(1970, 1, 1) == 0);
static_assert(fromCivil(2024, 1, 1) == 19723);
static_assert(weekday(19723) == 0); // 2024-01-01 was a Monday

} // namespace Stockshift::Days
