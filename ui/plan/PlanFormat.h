// Ui::PlanFormat — how the Plans area writes plans: kinds, methods, solver and line statuses in
// words, units through QLocale, money in the company currency (common/Money.h: "€38,525",
// "38.525 €"), buckets as "week 3" / "day 3".
//
// As in the Stock health area (health/HealthFormat.h), a figure that does not exist or could not
// be computed (NaN, ±∞ — a heuristic plan has no bound, a plan before simulation no fill rate)
// is written as "—", never "nan" or "inf".
//
// Pure functions, GUI thread (QLocale() is the thread's default locale).
#pragma once

#include "plan/PlanTypes.h"

#include <QColor>
#include <QString>

namespace Stockshift::Ui::PlanFormat {

QString dash();
/// Money over the horizon or a plan's cost in `currency` (ISO 4217): whole units ("€38,525").
QString money(double v, const QString &currency);
/// Money per unit in `currency`: two decimals ("€0.56").
QString unitMoney(double v, const QString &currency);
/// Units: whole units ("1,234").
QString units(double v);
/// A share (0.0129) as "1.29%" (decimals as given).
QString percent(double share, int decimals = 1);
/// A day number as a short date.
QString day(int dayNumber);
/// Seconds: "0.3 s", "12 s".
QString seconds(double s);

/// "Transfers", "Purchases (replenishment)", "Joint network plan".
QString kindLabel(Plan::PlanKind kind);
/// "MILP (CBC)", "Greedy rule", "Reorder-point rule", "Do nothing".
QString methodLabel(const QString &method);
/// The method inside a sentence: "doing nothing", "the greedy rule", "the MILP plan".
QString methodInSentence(const QString &method);
/// The solver's status in words: "optimal", "within the time limit", "cancelled", "rule".
QString planStatusLabel(const QString &status);
/// "proposed", "approved", …, translated.
QString lineStatusLabel(Plan::LineStatus status);
QColor lineStatusColor(Plan::LineStatus status);

/// "week" / "day" (bucketDays 7 / 1), or "bucket of N days".
QString bucketNoun(int bucketDays, int count = 1);
/// The 0-based bucket of a day in a plan (may be ≥ horizon: after the horizon).
int bucketOf(const Plan::PlanHeader &header, int day);
/// "week 2", "weeks 2–4" (1-based, inclusive), "day 3".
QString bucketRange(const Plan::PlanHeader &header, int first, int last);

} // namespace Stockshift::Ui::PlanFormat
