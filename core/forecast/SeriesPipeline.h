// Forecast::SeriesPipeline — what happens to one SKU × location series in a network forecast:
// context (calendar, regressors) → cleansing (censored demand, outliers) → selection and fit
// (AutoMethod) → forecast with intervals. The network run and the GUI's series view both call
// it, so the chart shows exactly what the run computed (the pipeline is deterministic).
//
// Pure function of its inputs; any thread.
#pragma once

#include "forecast/AutoMethod.h"
#include "forecast/HistoryCleaner.h"
#include "forecast/NetworkHistory.h"

#include <QJsonObject>

namespace Stockshift::Forecast {

struct PipelineSettings
{
    QString method = QStringLiteral("auto"); ///< "auto" or a registry name
    int horizon = 13;
    int origins = 3;
    bool cleanseOutliers = true;
    bool imputeCensored = true;
    bool thorough = true; ///< all candidate families, or only the fast ones (AutoSettings)
};

struct PipelineResult
{
    DemandProfile profile;
    int seasonLength = 1;
    QString method;          ///< the method that made the forecast
    QJsonObject parameters;  ///< the method's fitted parameters
    CandidateScore backtest; ///< the chosen method's backtest (origins = 0: none)
    std::vector<CandidateScore> candidates;
    CleanedHistory cleaned;     ///< the history the model learnt from, and what changed
    std::vector<double> fitted; ///< one-step in-sample predictions (NaN where none)
    std::vector<double> point, lo80, hi80, lo95, hi95; ///< per horizon bucket
    QString error;                                     ///< non-empty: no forecast (why)
};

/// The season length used for a bucket size and a series length.
int seasonLengthFor(int bucketDays, int n);

PipelineResult runSeriesPipeline(const NetworkHistory &history, const SeriesHistory &series,
                                 const PipelineSettings &settings);

} // namespace Stockshift::Forecast
