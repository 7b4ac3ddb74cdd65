#include "settings/UserDefaults.h"

#include <QSettings>

#include <algorithm>

namespace Stockshift::Ui::UserDefaults {

namespace {

int read(const char *key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = QSettings().value(QLatin1String(key), fallback).toInt(&ok);
    return ok ? std::clamp(value, low, high) : fallback;
}

void write(const char *key, int value)
{
    QSettings().setValue(QLatin1String(key), value);
}

} // namespace

int planHorizonWeeks()
{
    return read(kPlanHorizonWeeks, 4, 1, 104);
}

int planTimeLimitSeconds()
{
    return read(kPlanTimeLimitSeconds, 60, 1, 3600);
}

int forecastHorizonWeeks()
{
    return read(kForecastHorizonWeeks, 13, 1, 104);
}

void setPlanHorizonWeeks(int weeks)
{
    write(kPlanHorizonWeeks, weeks);
}

void setPlanTimeLimitSeconds(int seconds)
{
    write(kPlanTimeLimitSeconds, seconds);
}

void setForecastHorizonWeeks(int weeks)
{
    write(kForecastHorizonWeeks, weeks);
}

} // namespace Stockshift::Ui::UserDefaults
