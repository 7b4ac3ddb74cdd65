// Ui::HealthFormat — how the Stock health area writes numbers, dates and statuses, and the
// colours it gives them.
//
// Every figure the planner sees goes through these functions: numbers through QLocale, money in
// the company currency (common/Money.h), and a value that could not be computed (NaN, ±∞) never
// reaches the screen — it is written as "—" and the caller shows the reason
// (Recommendation::problem, eoqProblem) beside it. Days of cover at Health::kMaxCoverDays read "no
// demand" or "> 999".
//
// Pure functions, GUI thread (QLocale() is the thread's default locale).
#pragma once

#include "health/HealthEngine.h"

#include <QColor>
#include <QString>

namespace Stockshift::Ui::HealthFormat {

/// The placeholder for a figure that does not exist or could not be computed.
QString dash();
/// `v` with `decimals` decimals, or dash() when not finite.
QString number(double v, int decimals = 0);
/// A share (0.95) as "95.0%", or dash().
QString percent(double share, int decimals = 1);
/// Money in `currency` (ISO 4217) with `decimals` decimals: "€12,345", "12.345 €"; dash().
QString money(double v, const QString &currency, int decimals = 0);
/// Money at cost in `currency`, compact for tiles: "€9.97 M", "123,4 k €", "€950"; dash().
QString compactMoney(double v, const QString &currency);
/// Days of cover: "no demand" without demand, "> 999" at the cap, else whole days.
QString cover(double days, double dailyDemand);
/// A day number (common/Days.h) as a short date; dash() for Inventory::kNoExpiry and min().
QString day(int dayNumber);
/// "AX".
QString segment(char abc, char xyz);

/// Colour of a status, the same in the donut, the table and the tiles.
QColor statusColor(Health::StockStatus status);
/// Red below 60 points, amber below 80, green from 80.
QColor scoreColor(double score);
/// Text colour readable on `background`.
QColor textOn(const QColor &background);

} // namespace Stockshift::Ui::HealthFormat
