// Ui::Theme — the application's colour theme: "system" (the platform's style and palette, as
// at startup), "light" or "dark" (both on the Fusion style, with Fusion's light palette or a
// dark palette built here). The choice is kept in QSettings under "ui/theme".
//
// GUI thread only. applyTheme() changes the application style and palette at once, so every
// open window follows; it also restyles the Qt Charts that exist and those shown later
// (backgrounds, titles, axes, legends — series keep their own colours). The network map, the
// health score box and the heat map take their canvas and text colours from the palette.
#pragma once

#include <QChart>
#include <QColor>
#include <QString>
#include <QStringList>

namespace Stockshift::Ui::Theme {

/// "system", "light" and "dark".
QStringList themeNames();
/// The theme stored in QSettings ("ui/theme"); "system" when unset or unknown.
QString storedTheme();
/// Stores `name` as the theme to apply at startup (does not apply it).
void storeTheme(const QString &name);
/// Applies a theme now; an unknown name applies "system".
void applyTheme(const QString &name);
/// The theme applied last ("system" before any call).
QString appliedTheme();
/// True when the application's window colour is dark (whatever made it so).
bool isDark();
/// The Qt Charts theme that matches the application palette.
QChart::ChartTheme chartTheme();
/// Colours a chart's background, title, legend and axes from the application palette.
void styleChart(QChart *chart);
/// A red for error text that reads on the current window colour.
QColor errorColor();

} // namespace Stockshift::Ui::Theme
