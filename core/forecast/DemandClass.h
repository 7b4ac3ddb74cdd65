// Forecast::DemandClass — Syntetos–Boylan demand classification (Syntetos, Boylan & Croston,
// J. Oper. Res. Soc. 56, 2005): average inter-demand interval ADI = periods / periods with
// demand, and CV² = squared coefficient of variation of the non-zero demand sizes. Cut-offs
// ADI 1.32 and CV² 0.49 give smooth, erratic, intermittent and lumpy demand; smooth and erratic
// series suit exponential smoothing and Theta, intermittent and lumpy ones Croston-type methods.
#pragma once

#include <QString>

#include <span>

namespace Stockshift::Forecast {

struct DemandProfile
{
    enum class Class { Smooth, Erratic, Intermittent, Lumpy, NoDemand };
    Class demandClass = Class::NoDemand;
    double adi = 0;
    double cv2 = 0;

    bool intermittent() const
    {
        return demandClass == Class::Intermittent || demandClass == Class::Lumpy;
    }
    QString className() const; ///< "smooth", "erratic", "intermittent", "lumpy", "none"
};

DemandProfile classifyDemand(std::span<const double> y);

} // namespace Stockshift::Forecast
