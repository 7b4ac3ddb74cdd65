// Ui::Units — the planner's units for weights and volumes (Edit → Settings → Defaults), kept in
// QSettings like the other defaults.
//
// The database stores weights in kilograms (skus.weight_kg) and volumes in cubic metres
// (skus.volume_m3, locations.capacity_volume), as the import formats define them. What the
// planner sees — the data browser's columns and their headers — is converted to the chosen unit
// for display; nothing stored changes. Conversion factors are
// the exact definitions: 1 lb = 0.45359237 kg, 1 ft = 0.3048 m, 1 L = 0.001 m³.
//
// Thread: the conversions are pure; the setting functions read and write QSettings (GUI thread).
#pragma once

#include <QString>

namespace Stockshift::Ui::Units {

enum class Weight { Kilogram, Pound };
enum class Volume { CubicMetre, CubicFoot, Litre };

/// QSettings keys; the values are the symbols' ASCII names ("kg", "lb", "m3", "ft3", "l").
inline constexpr char kWeightKey[] = "units/weight";
inline constexpr char kVolumeKey[] = "units/volume";

Weight weightUnit(); ///< the planner's choice, kilograms when unset or unknown
Volume volumeUnit(); ///< the planner's choice, cubic metres when unset or unknown
void setWeightUnit(Weight unit);
void setVolumeUnit(Volume unit);

double fromKilograms(double kilograms, Weight unit);
double fromCubicMetres(double cubicMetres, Volume unit);

QString symbol(Weight unit); ///< "kg", "lb"
QString symbol(Volume unit); ///< "m³", "ft³", "L"

} // namespace Stockshift::Ui::Units
