#include "forecast/DemandClass.h"

#include <algorithm>

namespace Stockshift::Forecast {

QString DemandProfile::className() const
{
    switch (demandClass) {
    case Class::Smooth:
        return QStringLiteral("smooth");
    case Class::Erratic:
        return QStringLiteral("erratic");
    case Class::Intermittent:
        return QStringLiteral("intermittent");
    case Class::Lumpy:
        return QStringLiteral("lumpy");
    case Class::NoDemand:
        return QStringLiteral("none");
    }
    return {};
}

DemandProfile classifyDemand(std::span<const double> y)
{
    DemandProfile profile;
    double sum = 0, sumSquares = 0;
    int nonZero = 0;
    for (double v : y) {
        if (v > 0) {
            ++nonZero;
            sum += v;
            sumSquares += v * v;
        }
    }
    if (nonZero == 0)
        return profile;
    profile.adi = double(y.size()) / nonZero;
    const double mean = sum / nonZero;
    const double variance
        = nonZero > 1 ? (sumSquares - nonZero * mean * mean) / (nonZero - 1) : 0.0;
    profile.cv2 = mean > 0 ? std::max(variance, 0.0) / (mean * mean) : 0.0;
    const bool frequent = profile.adi < 1.32;
    const bool regular = profile.cv2 < 0.49;
    using C = DemandProfile::Class;
    profile.demandClass
        = frequent ? (regular ? C::Smooth : C::Erratic) : (regular ? C::Intermittent : C::Lumpy);
    return profile;
}

} // namespace Stockshift::Forecast
