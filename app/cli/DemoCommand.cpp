#include "CliApp.h"
#include "Commands.h"

#include "demo/DemoGenerator.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace Stockshift::Cli {

namespace {

QJsonObject summaryToJson(const Demo::DemoSummary &s)
{
    return QJsonObject{{QStringLiteral("locations"), s.locations},
                       {QStringLiteral("skus"), s.skus},
                       {QStringLiteral("stock"), s.stockRows},
                       {QStringLiteral("sales"), s.salesRows},
                       {QStringLiteral("lanes"), s.lanes},
                       {QStringLiteral("suppliers"), s.suppliers},
                       {QStringLiteral("supplierItems"), s.supplierItems},
                       {QStringLiteral("openOrders"), s.openOrders},
                       {QStringLiteral("customers"), s.customers},
                       {QStringLiteral("agreements"), s.agreements},
                       {QStringLiteral("events"), s.events},
                       {QStringLiteral("stockouts"), s.stockouts},
                       {QStringLiteral("elapsedMs"), s.elapsedMs}};
}

/// true when the database exists and already holds a network.
bool hasNetwork(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    Storage::Connection::Options options;
    options.createIfMissing = false;
    auto connection = Storage::Connection::open(path, options);
    if (!connection)
        return false;
    QSqlQuery query((*connection)->db());
    return query.exec(QStringLiteral("SELECT count(*) FROM locations")) && query.next()
           && query.value(0).toLongLong() > 0;
}

} // namespace

int runDemo(const QStringList &arguments)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Stockshift::Cli", text);
    };
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), tr("Database to create (default: the user's database)."),
         tr("FILE")},
        {QStringLiteral("csv"), tr("Write the network as CSV files into this folder instead."),
         tr("DIR")},
        {QStringLiteral("seed"), tr("Random seed (default 42)."), tr("N")},
        {QStringLiteral("skus"), tr("Number of SKUs (default 300)."), tr("N")},
        {QStringLiteral("locations"), tr("Number of locations (default 20)."), tr("N")},
        {QStringLiteral("days"), tr("Days of sales history (default 730)."), tr("N")},
        {QStringLiteral("if-missing"), tr("Do nothing when the database already holds a network.")},
        {QStringLiteral("json"), tr("Print a machine-readable summary.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("demo"),
                        tr("Generates a deterministic demo network (same seed, same data)."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;

    Demo::DemoSettings settings;
    qint64 value = 0;
    if (!intOption(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &value))
        return ExitError;
    if (parser.isSet(QStringLiteral("seed")))
        settings.seed = quint64(value);
    qint64 skus = settings.skus, locations = settings.locations, days = settings.days;
    if (!intOption(parser, QStringLiteral("skus"), 1, 1000000, &skus)
        || !intOption(parser, QStringLiteral("locations"), 8, 2000, &locations)
        || !intOption(parser, QStringLiteral("days"), 28, 3650, &days))
        return ExitError;
    settings.skus = int(skus);
    settings.locations = int(locations);
    settings.days = int(days);

    const Demo::DemoGenerator generator(settings);
    const bool json = parser.isSet(QStringLiteral("json"));
    Result<Demo::DemoSummary> summary = Error(QString());
    QString target;
    if (parser.isSet(QStringLiteral("csv"))) {
        target = parser.value(QStringLiteral("csv"));
        summary = generator.writeCsv(target);
    } else {
        target = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                    : defaultDatabasePath();
        if (parser.isSet(QStringLiteral("if-missing")) && hasNetwork(target)) {
            if (json)
                printJson(QJsonObject{{QStringLiteral("database"), target},
                                      {QStringLiteral("created"), false}});
            else
                printOut(tr("%1 already holds a network; nothing to do.").arg(target));
            return ExitOk;
        }
        summary = generator.writeDatabase(target);
    }
    if (!summary) {
        printError(tr("Error: %1").arg(summary.errorMessage()));
        return ExitError;
    }
    if (json) {
        QJsonObject object = summaryToJson(*summary);
        object.insert(QStringLiteral("target"), target);
        object.insert(QStringLiteral("created"), true);
        printJson(object);
    } else {
        printOut(tr("Demo network written to %1: %2 locations, %3 SKUs, %4 sales rows, %5 stock "
                    "rows, %6 lanes, %7 suppliers, %8 open orders, %9 customers (%10 s).")
                     .arg(target)
                     .arg(summary->locations)
                     .arg(summary->skus)
                     .arg(summary->salesRows)
                     .arg(summary->stockRows)
                     .arg(summary->lanes)
                     .arg(summary->suppliers)
                     .arg(summary->openOrders)
                     .arg(summary->customers)
                     .arg(double(summary->elapsedMs) / 1000.0, 0, 'f', 2));
    }
    return ExitOk;
}

} // namespace Stockshift::Cli
