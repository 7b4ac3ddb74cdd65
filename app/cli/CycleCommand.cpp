#include "CliApp.h"
#include "Commands.h"

#include "common/CsvWriter.h"
#include "common/Days.h"
#include "demo/DemoGenerator.h"
#include "forecast/NetworkForecaster.h"
#include "import/CsvImporter.h"
#include "info/DatabaseInfo.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Stockshift::Cli {

namespace {

/// Writes one forecast run as CSV: location, sku, week start, quantity and the 80/95% bounds.
Status exportForecasts(const QString &dbPath, qint64 runId, const QString &path)
{
    auto connection = Storage::Connection::open(dbPath);
    if (!connection)
        return connection.error();
    QSqlQuery query((*connection)->db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT l.code, k.code, f.start_day, f.quantity, f.lo80, f.hi80, "
                                 "f.lo95, f.hi95 FROM forecasts f "
                                 "JOIN locations l ON l.id = f.location_id JOIN skus k ON k.id = "
                                 "f.sku_id WHERE f.run_id = ? "
                                 "ORDER BY l.code, k.code, f.start_day"));
    query.addBindValue(runId);
    if (!query.exec())
        return Error(query.lastError().text(), QStringLiteral("sql"));
    CsvWriter writer;
    if (Status s = writer.open(path); !s)
        return s;
    writer.row({QStringLiteral("location"), QStringLiteral("sku"), QStringLiteral("period_start"),
                QStringLiteral("forecast"), QStringLiteral("lo80"), QStringLiteral("hi80"),
                QStringLiteral("lo95"), QStringLiteral("hi95")});
    while (query.next()) {
        writer.text(query.value(0).toString())
            .text(query.value(1).toString())
            .text(Days::toIso(query.value(2).toInt()));
        for (int i = 3; i < 8; ++i)
            writer.number(query.value(i).toDouble());
        writer.endRow();
    }
    return writer.close();
}

} // namespace

// The headless planning cycle: demo network as CSV → import of every file through the real
// importer (so the cycle exercises the import path) → forecast of every SKU x location with its
// export → database info. Later steps (health, plans, exports) append themselves here.
int runCycle(const QStringList &arguments)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Stockshift::Cli", text);
    };
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("out"), tr("Output folder (default: ./stockshift-out)."), tr("DIR"),
         QStringLiteral("stockshift-out")},
        {QStringLiteral("seed"), tr("Random seed of the demo network (default 42)."), tr("N")},
        {QStringLiteral("skus"), tr("Number of SKUs (default 300)."), tr("N")},
        {QStringLiteral("json"), tr("Print a machine-readable summary.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("cycle"),
                        tr("Runs the whole planning cycle on a fresh demo network and writes every "
                           "output into one folder."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;

    Demo::DemoSettings settings;
    qint64 seed = qint64(settings.seed), skus = settings.skus;
    if (!intOption(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &seed)
        || !intOption(parser, QStringLiteral("skus"), 1, 1000000, &skus))
        return ExitError;
    settings.seed = quint64(seed);
    settings.skus = int(skus);

    QDir out(parser.value(QStringLiteral("out")));
    if (!out.mkpath(QStringLiteral("demo-csv"))) {
        printError(tr("Cannot create %1.").arg(out.absolutePath()));
        return ExitError;
    }
    const QString csvDir = out.absoluteFilePath(QStringLiteral("demo-csv"));
    const QString dbPath = out.absoluteFilePath(QStringLiteral("stockshift.db"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dbPath + suffix);

    QElapsedTimer timer;
    timer.start();
    QJsonArray steps;
    const bool json = parser.isSet(QStringLiteral("json"));
    const auto step = [&](const QString &name, const QString &detail) {
        steps.append(QJsonObject{{QStringLiteral("step"), name},
                                 {QStringLiteral("detail"), detail},
                                 {QStringLiteral("elapsedMs"), timer.elapsed()}});
        if (!json)
            printOut(QStringLiteral("[%1] %2").arg(name, detail));
    };

    auto demo = Demo::DemoGenerator(settings).writeCsv(csvDir);
    if (!demo) {
        printError(tr("Error: %1").arg(demo.errorMessage()));
        return ExitError;
    }
    step(QStringLiteral("demo"), tr("%1 SKUs, %2 locations, %3 sales rows written to %4")
                                     .arg(demo->skus)
                                     .arg(demo->locations)
                                     .arg(demo->salesRows)
                                     .arg(csvDir));

    int exitCode = ExitOk;
    for (Import::Kind kind : Import::importOrder()) {
        Import::ImportSettings importSettings;
        importSettings.databasePath = dbPath;
        importSettings.kind = kind;
        importSettings.filePath = QDir(csvDir).filePath(Import::kindSpec(kind).fileName);
        auto result = Import::CsvImporter::run(importSettings);
        if (!result) {
            printError(tr("Error: %1").arg(result.errorMessage()));
            return ExitError;
        }
        exitCode = std::max(exitCode, result->exitCode());
        step(QStringLiteral("import"), tr("%1: %2 rows accepted, %3 rejected")
                                           .arg(Import::kindName(kind))
                                           .arg(result->rowsAccepted)
                                           .arg(result->rowsRejected));
    }

    // Forecast every SKU x location (weekly, 13 weeks) and export the forecasts.
    Forecast::NetworkForecastSettings forecastSettings;
    forecastSettings.databasePath = dbPath;
    auto forecast = Forecast::runNetworkForecast(forecastSettings);
    if (!forecast) {
        printError(tr("Error: %1").arg(forecast.errorMessage()));
        return ExitError;
    }
    const QString forecastCsv = out.absoluteFilePath(QStringLiteral("forecasts.csv"));
    if (Status s = exportForecasts(dbPath, forecast->runId, forecastCsv); !s) {
        printError(tr("Error: %1").arg(s.errorMessage()));
        return ExitError;
    }
    step(QStringLiteral("forecast"), tr("%1 series, mean backtest MASE %2, written to %3")
                                         .arg(forecast->series)
                                         .arg(forecast->meanBacktestMase, 0, 'f', 3)
                                         .arg(forecastCsv));

    const auto info = readInfo(dbPath);
    if (!info)
        return ExitError;
    QFile infoFile(out.absoluteFilePath(QStringLiteral("info.json")));
    if (infoFile.open(QIODevice::WriteOnly))
        infoFile.write(QJsonDocument(info->toJson()).toJson());
    step(QStringLiteral("info"), tr("written to %1").arg(infoFile.fileName()));

    if (json)
        printJson(QJsonObject{{QStringLiteral("out"), out.absolutePath()},
                              {QStringLiteral("database"), dbPath},
                              {QStringLiteral("exitCode"), exitCode},
                              {QStringLiteral("steps"), steps}});
    else
        printOut(tr("Planning cycle finished in %1 s. Outputs are in %2 (database %3).")
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                     .arg(out.absolutePath(), dbPath));
    return exitCode;
}

} // namespace Stockshift::Cli
