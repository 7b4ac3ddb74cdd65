// Forecast::MethodRegistry — every forecasting method by its stable command-line name.
//
// One place that knows all Method classes: the CLI (--method), the selection engine, the
// database (forecast_models.method) and the benchmarks create methods only through here.
#pragma once

#include "forecast/Method.h"

#include <QStringList>

namespace Stockshift::Forecast {

/// Creates a method by its command-line name: naive, snaive, ma, ses, holt, holt-damped, croston,
/// sba, tsb, theta, otm, ets, arima, regression, comb (the mean of ets and theta), ensemble
/// (¼ ets, ½ theta, ¼ arima), auto (selection per series by rolling-origin backtest,
/// AutoMethod.h) — or an Error naming the valid ones.
Result<std::unique_ptr<Method>> createMethod(const QString &name);
QStringList methodNames();
/// The members of "ensemble" and their weights (the same order).
QStringList ensembleMembers();
std::vector<double> ensembleWeights();

} // namespace Stockshift::Forecast
