#include "CliApp.h"
#include "Commands.h"

#include "forecast/Combination.h"
#include "forecast/SeriesForecaster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

namespace Stockshift::Cli {

// forecast-series: external series (M3, M4, long format) through the forecasting engine, for
// benchmarks and for planners who want forecasts of their own spreadsheets.
int runForecastSeries(const QStringList &arguments)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Stockshift::Cli", text);
    };
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("input"), tr("The series file."), tr("FILE")},
        {QStringLiteral("format"),
         tr("m3 (id,v1,v2,… without header), m4 (quoted header, id first) or long "
            "(series_id,t,value)."),
         tr("FMT"), QStringLiteral("m3")},
        {QStringLiteral("season-length"),
         tr("Season length: 1 none, 4 quarterly, 7 daily, 12 monthly, 52 weekly."), tr("N"),
         QStringLiteral("1")},
        {QStringLiteral("horizon"), tr("Steps to forecast."), tr("H")},
        {QStringLiteral("method"),
         tr("auto (per series: rolling-origin backtest over the horizon, the ETS/Theta/ARIMA "
            "ensemble unless another method is clearly better) or one of: %1.")
             .arg(Forecast::methodNames().join(QStringLiteral(", "))),
         tr("NAME"), QStringLiteral("auto")},
        {QStringLiteral("out"), tr("Output CSV: series_id,h,forecast,lo80,hi80,lo95,hi95."),
         tr("FILE")},
        {QStringLiteral("threads"), tr("Worker threads (default: all cores)."), tr("N")},
        {QStringLiteral("json"), tr("Print a machine-readable summary.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("forecast-series"),
                        tr("Forecasts every series of a file with prediction intervals."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    for (const char *required : {"input", "horizon", "out"}) {
        if (!parser.isSet(QString::fromLatin1(required))) {
            printError(tr("--%1 is required.").arg(QString::fromLatin1(required)));
            return ExitError;
        }
    }
    Forecast::SeriesFormat format;
    if (!Forecast::seriesFormatFromName(parser.value(QStringLiteral("format")), &format)) {
        printError(tr("--format must be m3, m4 or long, not \"%1\".")
                       .arg(parser.value(QStringLiteral("format"))));
        return ExitError;
    }
    Forecast::ForecastSettings settings;
    qint64 season = 1, horizon = 1, threads = std::max(1, QThread::idealThreadCount());
    if (!intOption(parser, QStringLiteral("season-length"), 1, 366, &season)
        || !intOption(parser, QStringLiteral("horizon"), 1, 1000, &horizon)
        || !intOption(parser, QStringLiteral("threads"), 1, 256, &threads))
        return ExitError;
    settings.seasonLength = int(season);
    settings.horizon = int(horizon);
    settings.threads = int(threads);
    settings.method = parser.value(QStringLiteral("method"));

    QElapsedTimer timer;
    timer.start();
    auto input = Forecast::readSeries(parser.value(QStringLiteral("input")), format);
    if (!input) {
        printError(tr("Error: %1").arg(input.errorMessage()));
        return ExitError;
    }
    auto forecasts = Forecast::forecastSeries(input->series, settings);
    if (!forecasts) {
        printError(tr("Error: %1").arg(forecasts.errorMessage()));
        return ExitError;
    }
    if (Status s = Forecast::writeForecasts(parser.value(QStringLiteral("out")), *forecasts); !s) {
        printError(tr("Error: %1").arg(s.errorMessage()));
        return ExitError;
    }
    QJsonArray problems;
    for (const auto &p : input->problems) {
        problems.append(
            QJsonObject{{QStringLiteral("series"), p.id}, {QStringLiteral("reason"), p.reason}});
        printError(tr("%1: not forecast: %2").arg(p.id, p.reason));
    }
    int forecast = 0;
    for (const auto &f : *forecasts) {
        if (f.error.isEmpty()) {
            ++forecast;
            continue;
        }
        problems.append(
            QJsonObject{{QStringLiteral("series"), f.id}, {QStringLiteral("reason"), f.error}});
        printError(tr("%1: not forecast: %2").arg(f.id, f.error));
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("forecast"), forecast},
                              {QStringLiteral("problems"), problems},
                              {QStringLiteral("seconds"), seconds},
                              {QStringLiteral("out"), parser.value(QStringLiteral("out"))}});
    else
        printOut(tr("%1 series forecast, %2 left out, in %3 s; written to %4.")
                     .arg(forecast)
                     .arg(problems.size())
                     .arg(seconds, 0, 'f', 2)
                     .arg(parser.value(QStringLiteral("out"))));
    return problems.isEmpty() ? ExitOk : ExitPartial;
}

} // namespace Stockshift::Cli
