// Ui::Dates — how the GUI writes dates: as the locale writes them, with a four-digit year.
//
// Stored days are day numbers (common/Days.h) and stored times ISO 8601 text in UTC; tables,
// panels and the status bar show them through these functions so that a German planner reads
// "02.12.2026", a French one "02/12/2026" and an American one "12/2/2026". The locale's short
// format is used with its two-digit year widened: plan dates run years ahead, and "12/2/26" next
// to "12/2/27" is easy to misread.
//
// Pure functions; any thread.
#pragma once

#include <QLocale>
#include <QString>

namespace Stockshift::Ui::Dates {

/// The locale's short date format with a four-digit year: "M/d/yyyy" (en_US), "dd.MM.yyyy"
/// (de_DE), "dd/MM/yyyy" (fr_FR).
QString dayFormat(const QLocale &locale = QLocale());

/// A day number (days since 1970-01-01) in dayFormat().
QString day(int dayNumber, const QLocale &locale = QLocale());

/// An ISO 8601 time as stored (UTC or with an offset) in the local time zone, short format with
/// a four-digit year; the text itself when it is not ISO 8601; empty for empty.
QString time(const QString &iso, const QLocale &locale = QLocale());

/// A date typed by the planner: ISO (2026-12-02) or in dayFormat(); an invalid QDate otherwise.
QDate parseDay(const QString &text, const QLocale &locale = QLocale());

} // namespace Stockshift::Ui::Dates
