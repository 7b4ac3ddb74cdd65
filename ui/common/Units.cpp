#include "common/Units.h"

#include <QSettings>

namespace Stockshift::Ui::Units {

namespace {

constexpr double kKilogramsPerPound = 0.45359237;           // exact, by definition
constexpr double kCubicMetresPerCubicFoot = 0.028316846592; // 0.3048³, exact

} // namespace

Weight weightUnit()
{
    return QSettings().value(QLatin1String(kWeightKey)).toString() == QLatin1String("lb")
               ? Weight::Pound
               : Weight::Kilogram;
}

Volume volumeUnit()
{
    const QString value = QSettings().value(QLatin1String(kVolumeKey)).toString();
    if (value == QLatin1String("ft3"))
        return Volume::CubicFoot;
    if (value == QLatin1String("l"))
        return Volume::Litre;
    return Volume::CubicMetre;
}

void setWeightUnit(Weight unit)
{
    QSettings().setValue(QLatin1String(kWeightKey),
                         unit == Weight::Pound ? QStringLiteral("lb") : QStringLiteral("kg"));
}

void setVolumeUnit(Volume unit)
{
    QSettings().setValue(QLatin1String(kVolumeKey), unit == Volume::CubicFoot
                                                        ? QStringLiteral("ft3")
                                                    : unit == Volume::Litre ? QStringLiteral("l")
                                                                            : QStringLiteral("m3"));
}

double fromKilograms(double kilograms, Weight unit)
{
    return unit == Weight::Pound ? kilograms / kKilogramsPerPound : kilograms;
}

double fromCubicMetres(double cubicMetres, Volume unit)
{
    switch (unit) {
    case Volume::CubicFoot:
        return cubicMetres / kCubicMetresPerCubicFoot;
    case Volume::Litre:
        return cubicMetres * 1000.0;
    case Volume::CubicMetre:
        break;
    }
    return cubicMetres;
}

QString symbol(Weight unit)
{
    return unit == Weight::Pound ? QStringLiteral("lb") : QStringLiteral("kg");
}

QString symbol(Volume unit)
{
    switch (unit) {
    case Volume::CubicFoot:
        return QStringLiteral("ft\u00b3");
    case Volume::Litre:
        return QStringLiteral("L");
    case Volume::CubicMetre:
        break;
    }
    return QStringLiteral("m\u00b3");
}

} // namespace Stockshift::Ui::Units
