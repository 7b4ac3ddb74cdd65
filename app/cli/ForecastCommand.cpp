#include "CliApp.h"
#include "Commands.h"

#include "common/Days.h"
#include "forecast/MethodRegistry.h"
#include "forecast/NetworkForecaster.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Stockshift::Cli {

int runForecast(const QStringList &arguments)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Stockshift::Cli", text);
    };
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")},
        {QStringLiteral("horizon"), tr("Buckets to forecast (default 13)."), tr("N"),
         QStringLiteral("13")},
        {QStringLiteral("bucket"), tr("day or week (default week)."), tr("B"),
         QStringLiteral("week")},
        {QStringLiteral("method"),
         tr("auto (per series: rolling-origin backtest among the methods for its demand "
            "class) or one of: %1.")
             .arg(Forecast::methodNames().join(QStringLiteral(", "))),
         tr("NAME"), QStringLiteral("auto")},
        {QStringLiteral("threads"), tr("Worker threads (default: all cores)."), tr("N")},
        {QStringLiteral("origins"),
         tr("Rolling backtest origins for the automatic selection (default 3)."), tr("K"),
         QStringLiteral("3")},
        {QStringLiteral("as-of"),
         tr("Use the history up to this date only (yyyy-mm-dd): a backcast whose accuracy can "
            "be measured against the sales after it."),
         tr("DATE")},
        {QStringLiteral("thorough"),
         tr("How many of the most valuable series get every method family (ETS, ARIMA, "
            "regression besides the fast ones); -1 = all (default 10000)."),
         tr("N")},
        {QStringLiteral("no-cleansing"),
         tr("Learn from the raw history: no outlier cutting, no imputation of stockout days.")},
        {QStringLiteral("json"), tr("Print a machine-readable summary.")},
    });
    bool helpShown = false;
    if (!parseArguments(
            parser, QStringLiteral("forecast"),
            tr("Forecasts every active SKU × location from its sales history and stores the run."),
            arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    Forecast::NetworkForecastSettings settings;
    settings.databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                               : defaultDatabasePath();
    qint64 horizon = 13, threads = 0, origins = 3, thorough = settings.thoroughSeries;
    if (!intOption(parser, QStringLiteral("horizon"), 1, 730, &horizon)
        || !intOption(parser, QStringLiteral("threads"), 1, 256, &threads)
        || !intOption(parser, QStringLiteral("origins"), 1, 12, &origins)
        || !intOption(parser, QStringLiteral("thorough"), -1, 100000000, &thorough))
        return ExitError;
    settings.thoroughSeries = int(thorough);
    settings.horizon = int(horizon);
    settings.threads = int(threads);
    settings.origins = int(origins);
    if (parser.isSet(QStringLiteral("as-of"))
        && !Days::fromIso(parser.value(QStringLiteral("as-of")), &settings.endDay)) {
        printError(tr("--as-of must be a date (yyyy-mm-dd), not \"%1\".")
                       .arg(parser.value(QStringLiteral("as-of"))));
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("no-cleansing")))
        settings.cleanseOutliers = settings.imputeCensored = false;
    const QString bucket = parser.value(QStringLiteral("bucket"));
    if (bucket != QLatin1String("day") && bucket != QLatin1String("week")) {
        printError(tr("--bucket must be day or week, not \"%1\".").arg(bucket));
        return ExitError;
    }
    settings.bucketDays = bucket == QLatin1String("day") ? 1 : 7;
    settings.method = parser.value(QStringLiteral("method"));

    auto summary = Forecast::runNetworkForecast(settings);
    if (!summary) {
        printError(tr("Error: %1").arg(summary.errorMessage()));
        return ExitError;
    }
    const auto toJson = [](const QMap<QString, int> &map) {
        QJsonObject object;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("run"), summary->runId},
                              {QStringLiteral("series"), summary->series},
                              {QStringLiteral("failed"), summary->failed},
                              {QStringLiteral("historyEnd"), Days::toIso(summary->historyEndDay)},
                              {QStringLiteral("demandClasses"), toJson(summary->demandClasses)},
                              {QStringLiteral("methods"), toJson(summary->methods)},
                              {QStringLiteral("meanBacktestMase"), summary->meanBacktestMase},
                              {QStringLiteral("backtestWape"), summary->backtestWape},
                              {QStringLiteral("outliers"), summary->outliers},
                              {QStringLiteral("censored"), summary->censored},
                              {QStringLiteral("loadSeconds"), summary->loadSeconds},
                              {QStringLiteral("seconds"), summary->seconds}});
    } else {
        QStringList classes, methods;
        for (auto it = summary->demandClasses.cbegin(); it != summary->demandClasses.cend(); ++it)
            classes.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
        for (auto it = summary->methods.cbegin(); it != summary->methods.cend(); ++it)
            methods.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
        printOut(tr("Forecast run %1: %2 series (%3 failed) from history up to %4, in %5 s.\n"
                    "Demand classes: %6.\nMethods: %7.\nBacktest: mean MASE %8, WAPE %9%.")
                     .arg(summary->runId)
                     .arg(summary->series)
                     .arg(summary->failed)
                     .arg(Days::toIso(summary->historyEndDay))
                     .arg(summary->seconds, 0, 'f', 1)
                     .arg(classes.join(QStringLiteral(", ")), methods.join(QStringLiteral(", ")))
                     .arg(summary->meanBacktestMase, 0, 'f', 3)
                     .arg(summary->backtestWape, 0, 'f', 1));
        printOut(tr("Cleansed history: %1 outlier buckets cut, %2 stockout buckets imputed "
                    "(forecast_adjustments).")
                     .arg(summary->outliers)
                     .arg(summary->censored));
    }
    return summary->failed > 0 ? ExitPartial : ExitOk;
}

} // namespace Stockshift::Cli
