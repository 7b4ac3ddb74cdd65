// Ui::UserDefaults — the planner's defaults for new runs, kept in QSettings and edited on the
// Defaults page of the settings dialog. Views read them when they are built (a database is
// opened); a change applies to the views built afterwards.
#pragma once

#include <QString>

namespace Stockshift::Ui::UserDefaults {

/// QSettings keys.
inline constexpr char kPlanHorizonWeeks[] = "defaults/planHorizonWeeks";
inline constexpr char kPlanTimeLimitSeconds[] = "defaults/planTimeLimitSeconds";
inline constexpr char kForecastHorizonWeeks[] = "defaults/forecastHorizonWeeks";

/// Plan horizon in weeks (1–104, default 4).
int planHorizonWeeks();
/// CBC wall-clock limit in seconds (1–3600, default 60).
int planTimeLimitSeconds();
/// Forecast horizon in weeks (1–104, default 13).
int forecastHorizonWeeks();

void setPlanHorizonWeeks(int weeks);
void setPlanTimeLimitSeconds(int seconds);
void setForecastHorizonWeeks(int weeks);

} // namespace Stockshift::Ui::UserDefaults
