// stockshift-cli forecast-export | accuracy | override: reading stored forecasts at any level,
// measuring their accuracy against the actuals that arrived, and the planner's overrides.
#include "CliApp.h"
#include "Commands.h"

#include "common/CsvWriter.h"
#include "common/Days.h"
#include "forecast/AccuracyMonitor.h"
#include "forecast/ForecastStore.h"
#include "forecast/Overrides.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace Stockshift::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Cli", text);
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")};
}

/// The run named by --run, or the newest; prints the error and returns -1 when there is none.
qint64 chosenRun(const QCommandLineParser &parser, Storage::Connection &c)
{
    qint64 run = -1;
    if (!intOption(parser, QStringLiteral("run"), 1, std::numeric_limits<qint64>::max(), &run))
        return -1;
    auto info = run > 0 ? Forecast::runInfo(c, run) : Forecast::latestRun(c);
    if (!info) {
        printError(tr("Error: %1").arg(info.errorMessage()));
        return -1;
    }
    return info->id;
}

/// Resolves a location and a SKU code to ids; prints the error when one is unknown.
bool seriesIds(Storage::Connection &c, const QString &location, const QString &sku,
               qint64 *locationId, qint64 *skuId)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT (SELECT id FROM locations WHERE code = ?), (SELECT id FROM "
                             "skus WHERE code = ?)"));
    q.addBindValue(location);
    q.addBindValue(sku);
    if (!q.exec() || !q.next())
        return false;
    if (q.value(0).isNull()) {
        printError(tr("Unknown location \"%1\".").arg(location));
        return false;
    }
    if (q.value(1).isNull()) {
        printError(tr("Unknown SKU \"%1\".").arg(sku));
        return false;
    }
    *locationId = q.value(0).toLongLong();
    *skuId = q.value(1).toLongLong();
    return true;
}

QJsonObject metricsJson(const Forecast::AccuracyMetrics &m)
{
    QJsonObject o{{QStringLiteral("buckets"), m.buckets},
                  {QStringLiteral("actual"), m.actual},
                  {QStringLiteral("forecast"), m.forecast},
                  {QStringLiteral("wape"), m.wape},
                  {QStringLiteral("bias"), m.bias},
                  {QStringLiteral("trackingSignal"), m.trackingSignal},
                  {QStringLiteral("statisticalWape"), m.statWape}};
    if (m.hasMape)
        o.insert(QStringLiteral("mape"), m.mape);
    if (m.hasMase)
        o.insert(QStringLiteral("mase"), m.mase);
    return o;
}

} // namespace

int runForecastExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        dbOption(),
        {QStringLiteral("run"), tr("Forecast run (default: the newest)."), tr("N")},
        {QStringLiteral("level"),
         tr("series (SKU x location), location, region, category or network (default series)."),
         tr("LEVEL"), QStringLiteral("series")},
        {QStringLiteral("out"), tr("CSV file to write."), tr("FILE")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("forecast-export"),
                        tr("Writes a stored forecast, overrides applied, at any level as CSV."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    Forecast::AggregationLevel level;
    if (!Forecast::aggregationLevelFromName(parser.value(QStringLiteral("level")), &level)) {
        printError(tr("--level must be series, location, region, category or network."));
        return ExitError;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        printError(tr("--out FILE is required."));
        return ExitError;
    }
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    const qint64 run = chosenRun(parser, *c);
    if (run < 0)
        return ExitError;
    if (Status s = Forecast::writeForecastCsv(*c, run, level, parser.value(QStringLiteral("out")));
        !s) {
        printError(tr("Error: %1").arg(s.errorMessage()));
        return ExitError;
    }
    printOut(tr("Forecast run %1 at %2 level written to %3.")
                 .arg(run)
                 .arg(Forecast::aggregationLevelName(level), parser.value(QStringLiteral("out"))));
    return ExitOk;
}

int runAccuracy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        dbOption(),
        {QStringLiteral("level"),
         tr("Rows to list: series, sku, location, category or network (default location)."),
         tr("LEVEL"), QStringLiteral("location")},
        {QStringLiteral("top"), tr("List the N groups with the largest error (default 10)."),
         tr("N"), QStringLiteral("10")},
        {QStringLiteral("out"), tr("Also write the rows of that level as CSV."), tr("FILE")},
        {QStringLiteral("force"), tr("Evaluate every run again, even if nothing changed.")},
        {QStringLiteral("json"), tr("Print a machine-readable summary.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("accuracy"),
                        tr("Measures every stored forecast run against the sales that arrived "
                           "after it (MAPE, WAPE, MASE, bias, tracking signal) and raises alerts "
                           "when accuracy drops."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    const QString level = parser.value(QStringLiteral("level"));
    if (!QStringList{QStringLiteral("series"), QStringLiteral("sku"), QStringLiteral("location"),
                     QStringLiteral("category"), QStringLiteral("network")}
             .contains(level)) {
        printError(tr("--level must be series, sku, location, category or network."));
        return ExitError;
    }
    qint64 top = 10;
    if (!intOption(parser, QStringLiteral("top"), 0, 1000000, &top))
        return ExitError;
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    Forecast::AccuracySettings settings;
    settings.force = parser.isSet(QStringLiteral("force"));
    auto summary = Forecast::evaluateAccuracy(*c, settings);
    if (!summary) {
        printError(tr("Error: %1").arg(summary.errorMessage()));
        return ExitError;
    }
    if (summary->latestRun < 0) {
        printOut(tr("No forecast run has actuals yet: run a forecast with --as-of an earlier "
                    "date, or import the sales that followed a run."));
        return ExitOk;
    }
    auto rows = Forecast::loadAccuracy(*c, summary->latestRun, level, int(top));
    if (!rows) {
        printError(tr("Error: %1").arg(rows.errorMessage()));
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("out"))) {
        auto all = Forecast::loadAccuracy(*c, summary->latestRun, level);
        CsvWriter w;
        Status s = w.open(parser.value(QStringLiteral("out")));
        if (s) {
            w.row({QStringLiteral("run"), QStringLiteral("level"), QStringLiteral("key"),
                   QStringLiteral("buckets"), QStringLiteral("actual"), QStringLiteral("forecast"),
                   QStringLiteral("abs_error"), QStringLiteral("mape"), QStringLiteral("wape"),
                   QStringLiteral("mase"), QStringLiteral("bias"),
                   QStringLiteral("tracking_signal"), QStringLiteral("statistical_wape")});
            for (const auto &r : all ? *all : std::vector<Forecast::AccuracyRow>()) {
                const auto &m = r.metrics;
                w.integer(r.runId).text(r.level).text(r.key).integer(m.buckets).number(m.actual);
                w.number(m.forecast).number(m.absError);
                w.number(m.hasMape ? m.mape : std::nan("")).number(m.wape);
                w.number(m.hasMase ? m.mase : std::nan("")).number(m.bias);
                w.number(m.trackingSignal).number(m.statWape).endRow();
            }
            s = w.close();
        }
        if (!s) {
            printError(tr("Error: %1").arg(s.errorMessage()));
            return ExitError;
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list, alerts;
        for (const auto &r : *rows) {
            QJsonObject o = metricsJson(r.metrics);
            o.insert(QStringLiteral("key"), r.key);
            list.append(o);
        }
        for (const auto &a : summary->alerts)
            alerts.append(QJsonObject{{QStringLiteral("kind"), a.kind},
                                      {QStringLiteral("severity"), a.severity},
                                      {QStringLiteral("scope"), a.scope},
                                      {QStringLiteral("message"), a.message}});
        printJson(QJsonObject{{QStringLiteral("run"), summary->latestRun},
                              {QStringLiteral("runsEvaluated"), summary->runs.size()},
                              {QStringLiteral("series"), summary->series},
                              {QStringLiteral("network"), metricsJson(summary->network)},
                              {QStringLiteral("level"), level},
                              {QStringLiteral("rows"), list},
                              {QStringLiteral("alerts"), alerts}});
        return ExitOk;
    }
    const auto &n = summary->network;
    printOut(tr("Run %1 (%2 series, %3 buckets with actuals, %4 runs evaluated): WAPE %5%, MAPE "
                "%6%, MASE %7, bias %8%, tracking signal %9; statistical forecast alone: WAPE "
                "%10%.")
                 .arg(summary->latestRun)
                 .arg(summary->series)
                 .arg(n.buckets)
                 .arg(summary->runs.size())
                 .arg(n.wape, 0, 'f', 1)
                 .arg(n.mape, 0, 'f', 1)
                 .arg(n.mase, 0, 'f', 3)
                 .arg(n.bias, 0, 'f', 1)
                 .arg(n.trackingSignal, 0, 'f', 1)
                 .arg(n.statWape, 0, 'f', 1));
    printOut(tr("Largest errors by %1:").arg(level));
    for (const auto &r : *rows)
        printOut(QStringLiteral("  %1  WAPE %2%  bias %3%  TS %4  (actual %5, forecast %6)")
                     .arg(r.key, -24)
                     .arg(r.metrics.wape, 6, 'f', 1)
                     .arg(r.metrics.bias, 6, 'f', 1)
                     .arg(r.metrics.trackingSignal, 5, 'f', 1)
                     .arg(r.metrics.actual, 0, 'f', 0)
                     .arg(r.metrics.forecast, 0, 'f', 0));
    for (const auto &a : summary->alerts)
        printOut(tr("Alert (%1): %2").arg(a.severity, a.message));
    return ExitOk;
}

int runOverride(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list, undo or redo"));
    parser.addOptions({
        dbOption(),
        {QStringLiteral("location"), tr("Location code."), tr("CODE")},
        {QStringLiteral("sku"), tr("SKU code."), tr("CODE")},
        {QStringLiteral("from"), tr("First bucket start covered (yyyy-mm-dd)."), tr("DATE")},
        {QStringLiteral("to"), tr("Last bucket start covered (yyyy-mm-dd)."), tr("DATE")},
        {QStringLiteral("set"), tr("Set the forecast to Q per bucket."), tr("Q")},
        {QStringLiteral("scale"), tr("Multiply the forecast by F (1.2 = +20%)."), tr("F")},
        {QStringLiteral("reason"), tr("Why (required for add)."), tr("TEXT")},
        {QStringLiteral("user"), tr("Who (default: the login name)."), tr("NAME")},
        {QStringLiteral("id"), tr("Override id (undo, redo)."), tr("N")},
        {QStringLiteral("all"), tr("list: include undone overrides.")},
        {QStringLiteral("json"), tr("Print machine-readable output.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("override"),
                        tr("Planner overrides of the forecast: add one (set or scale a SKU x "
                           "location over a date range, with a reason), list them, undo or redo "
                           "one. Every change is audited."),
                        arguments, &helpShown, 1))
        return helpShown ? ExitOk : ExitError;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    const QString user = parser.value(QStringLiteral("user"));

    if (action == QLatin1String("add")) {
        Forecast::Override o;
        if (!seriesIds(*c, parser.value(QStringLiteral("location")),
                       parser.value(QStringLiteral("sku")), &o.locationId, &o.skuId))
            return ExitError;
        if (!Days::fromIso(parser.value(QStringLiteral("from")), &o.startDay)
            || !Days::fromIso(parser.value(QStringLiteral("to")), &o.endDay)) {
            printError(tr("--from and --to must be dates (yyyy-mm-dd)."));
            return ExitError;
        }
        const bool set = parser.isSet(QStringLiteral("set")),
                   scale = parser.isSet(QStringLiteral("scale"));
        if (set == scale) {
            printError(tr("Give exactly one of --set Q and --scale F."));
            return ExitError;
        }
        bool ok = false;
        o.mode = set ? Forecast::Override::Mode::Set : Forecast::Override::Mode::Scale;
        o.value = parser.value(set ? QStringLiteral("set") : QStringLiteral("scale")).toDouble(&ok);
        if (!ok) {
            printError(tr("The override's value must be a number."));
            return ExitError;
        }
        o.reason = parser.value(QStringLiteral("reason"));
        o.user = user;
        auto id = Forecast::addOverride(*c, o);
        if (!id) {
            printError(tr("Error: %1").arg(id.errorMessage()));
            return ExitError;
        }
        if (parser.isSet(QStringLiteral("json")))
            printJson(QJsonObject{{QStringLiteral("id"), *id}});
        else
            printOut(tr("Override %1 added: %2.").arg(*id).arg(o.describe()));
        return ExitOk;
    }
    if (action == QLatin1String("undo") || action == QLatin1String("redo")) {
        qint64 id = -1;
        if (!intOption(parser, QStringLiteral("id"), 1, std::numeric_limits<qint64>::max(), &id)
            || id < 0) {
            printError(tr("--id N is required."));
            return ExitError;
        }
        const Status s = action == QLatin1String("undo") ? Forecast::undoOverride(*c, id, user)
                                                         : Forecast::redoOverride(*c, id, user);
        if (!s) {
            printError(tr("Error: %1").arg(s.errorMessage()));
            return ExitError;
        }
        printOut(action == QLatin1String("undo") ? tr("Override %1 undone.").arg(id)
                                                 : tr("Override %1 in force again.").arg(id));
        return ExitOk;
    }
    if (action == QLatin1String("list")) {
        qint64 locationId = -1, skuId = -1;
        if (parser.isSet(QStringLiteral("location")) || parser.isSet(QStringLiteral("sku"))) {
            if (!seriesIds(*c, parser.value(QStringLiteral("location")),
                           parser.value(QStringLiteral("sku")), &locationId, &skuId))
                return ExitError;
        }
        auto list
            = Forecast::listOverrides(*c, locationId, skuId, parser.isSet(QStringLiteral("all")));
        if (!list) {
            printError(tr("Error: %1").arg(list.errorMessage()));
            return ExitError;
        }
        QJsonArray array;
        for (const auto &o : *list) {
            if (parser.isSet(QStringLiteral("json")))
                array.append(QJsonObject{{QStringLiteral("id"), o.id},
                                         {QStringLiteral("locationId"), o.locationId},
                                         {QStringLiteral("skuId"), o.skuId},
                                         {QStringLiteral("from"), Days::toIso(o.startDay)},
                                         {QStringLiteral("to"), Days::toIso(o.endDay)},
                                         {QStringLiteral("mode"), o.modeName()},
                                         {QStringLiteral("value"), o.value},
                                         {QStringLiteral("reason"), o.reason},
                                         {QStringLiteral("user"), o.user},
                                         {QStringLiteral("createdAt"), o.createdAt},
                                         {QStringLiteral("undoneAt"), o.undoneAt}});
            else
                printOut(QStringLiteral("%1  %2  %3%4")
                             .arg(o.id)
                             .arg(o.describe(), o.user)
                             .arg(o.active() ? QString() : tr("  (undone %1)").arg(o.undoneAt)));
        }
        if (parser.isSet(QStringLiteral("json")))
            printJson(QJsonObject{{QStringLiteral("overrides"), array}});
        return ExitOk;
    }
    printError(tr("Give an action: add, list, undo or redo."));
    return ExitError;
}

} // namespace Stockshift::Cli
