#include "forecast/MethodRegistry.h"

#include "forecast/ArimaMethod.h"
#include "forecast/AutoMethod.h"
#include "forecast/BasicMethods.h"
#include "forecast/Combination.h"
#include "forecast/EtsMethod.h"
#include "forecast/RegressionMethod.h"
#include "forecast/ThetaMethod.h"

#include <QCoreApplication>

namespace Stockshift::Forecast {

QStringList methodNames()
{
    return {QStringLiteral("naive"),      QStringLiteral("snaive"),  QStringLiteral("ma"),
            QStringLiteral("ses"),        QStringLiteral("holt"),    QStringLiteral("holt-damped"),
            QStringLiteral("croston"),    QStringLiteral("sba"),     QStringLiteral("tsb"),
            QStringLiteral("theta"),      QStringLiteral("otm"),     QStringLiteral("ets"),
            QStringLiteral("comb"),       QStringLiteral("auto"),    QStringLiteral("arima"),
            QStringLiteral("regression"), QStringLiteral("ensemble")};
}

QStringList ensembleMembers()
{
    return {QStringLiteral("ets"), QStringLiteral("theta"), QStringLiteral("arima")};
}

std::vector<double> ensembleWeights()
{
    // Theta's double weight was chosen on M3 among equal weights and this (docs/benchmarks.md
    // says so): it keeps every M3 frequency ahead of Theta.
    return {1.0, 2.0, 1.0};
}

Result<std::unique_ptr<Method>> createMethod(const QString &name)
{
    using V = CrostonMethod::Variant;
    if (name == QLatin1String("auto"))
        return std::unique_ptr<Method>(std::make_unique<AutoMethod>());
    if (name == QLatin1String("naive"))
        return std::unique_ptr<Method>(std::make_unique<NaiveMethod>());
    if (name == QLatin1String("snaive"))
        return std::unique_ptr<Method>(std::make_unique<SeasonalNaiveMethod>());
    if (name == QLatin1String("ma"))
        return std::unique_ptr<Method>(std::make_unique<MovingAverageMethod>());
    if (name == QLatin1String("ses"))
        return std::unique_ptr<Method>(std::make_unique<SesMethod>());
    if (name == QLatin1String("holt"))
        return std::unique_ptr<Method>(std::make_unique<HoltMethod>(false));
    if (name == QLatin1String("holt-damped"))
        return std::unique_ptr<Method>(std::make_unique<HoltMethod>(true));
    if (name == QLatin1String("croston"))
        return std::unique_ptr<Method>(std::make_unique<CrostonMethod>(V::Classic));
    if (name == QLatin1String("sba"))
        return std::unique_ptr<Method>(std::make_unique<CrostonMethod>(V::Sba));
    if (name == QLatin1String("tsb"))
        return std::unique_ptr<Method>(std::make_unique<CrostonMethod>(V::Tsb));
    if (name == QLatin1String("theta"))
        return std::unique_ptr<Method>(std::make_unique<ThetaMethod>(false));
    if (name == QLatin1String("otm"))
        return std::unique_ptr<Method>(std::make_unique<ThetaMethod>(true));
    if (name == QLatin1String("ets"))
        return std::unique_ptr<Method>(std::make_unique<EtsAutoMethod>());
    if (name == QLatin1String("arima"))
        return std::unique_ptr<Method>(std::make_unique<AutoArimaMethod>());
    if (name == QLatin1String("regression"))
        return std::unique_ptr<Method>(std::make_unique<RegressionMethod>());
    if (name == QLatin1String("ensemble")) {
        std::vector<std::unique_ptr<Method>> members;
        for (const QString &member : ensembleMembers())
            members.push_back(std::move(createMethod(member).value()));
        return std::unique_ptr<Method>(std::make_unique<CombinationMethod>(
            QStringLiteral("ensemble"), std::move(members), ensembleWeights()));
    }
    if (name == QLatin1String("comb")) {
        std::vector<std::unique_ptr<Method>> members;
        members.push_back(std::make_unique<EtsAutoMethod>());
        members.push_back(std::make_unique<ThetaMethod>(false));
        return std::unique_ptr<Method>(
            std::make_unique<CombinationMethod>(QStringLiteral("comb"), std::move(members)));
    }
    return Error(QCoreApplication::translate("Stockshift::Forecast",
                                             "Unknown forecasting method \"%1\"; methods are: %2.")
                     .arg(name, methodNames().join(QStringLiteral(", "))),
                 QStringLiteral("unknown-method"));
}

} // namespace Stockshift::Forecast
