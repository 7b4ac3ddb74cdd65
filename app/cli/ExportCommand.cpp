// stockshift-cli export pos | transfers | cancel | list | settings: purchase and transfer orders
// from a plan's approved lines (Export::OrderExport).
#include "CliApp.h"
#include "Commands.h"

#include "common/Days.h"
#include "export/ExportSettings.h"
#include "export/OrderExport.h"
#include "import/CsvFormat.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Stockshift::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Cli", text);
}

QJsonObject orderJson(const Export::Order &o)
{
    return {{QStringLiteral("number"), o.number},
            {QStringLiteral("document"), o.documentNumber()},
            {QStringLiteral("kind"), Export::orderKindName(o.kind)},
            {QStringLiteral("revision"), o.revision},
            {QStringLiteral("plan"), o.planId},
            {QStringLiteral("status"), o.status},
            {QStringLiteral("supplier"), o.supplierCode},
            {QStringLiteral("from"), o.fromCode},
            {QStringLiteral("to"), o.toCode},
            {QStringLiteral("orderDate"), Days::toIso(o.orderDay)},
            {QStringLiteral("lines"), int(o.lines.size())},
            {QStringLiteral("quantity"), o.totalQuantity()},
            {QStringLiteral("value"), o.totalValue()},
            {QStringLiteral("exportedAt"), o.exportedAt},
            {QStringLiteral("cancelledAt"), o.cancelledAt},
            {QStringLiteral("cancelReason"), o.cancelReason}};
}

int runOrders(const QStringList &arguments, Export::OrderKind kind)
{
    const bool purchase = kind == Export::OrderKind::Purchase;
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")},
        {QStringLiteral("plan"), tr("The plan whose approved lines are exported."), tr("ID")},
        {QStringLiteral("format"),
         purchase ? tr("csv, pdf, x12, edifact or json; several separated by commas, or all.")
                  : tr("csv or pdf (a pick list); both separated by a comma, or all."),
         tr("FORMAT"), QStringLiteral("csv")},
        {QStringLiteral("out"), tr("Output folder (created when missing)."), tr("DIR")},
        {QStringLiteral("delimiter"), tr("CSV delimiter: , ; tab or | (default: the profile's)."),
         tr("D")},
        {QStringLiteral("decimal-comma"), tr("CSV numbers with a decimal comma.")},
        {QStringLiteral("no-bom"), tr("CSV in UTF-8 without a byte order mark.")},
        {QStringLiteral("revision"),
         tr("Re-issue orders already exported as their next revision.")},
        {QStringLiteral("json"), tr("Print a machine-readable summary.")},
    });
    if (purchase)
        parser.addOption({QStringLiteral("profile"),
                          tr("CSV layout: generic or an import profile (%1) or a profile JSON "
                             "file, so the file re-imports into that ERP.")
                              .arg(QStringLiteral("sap-de, odoo, frepple")),
                          tr("NAME"), QStringLiteral("generic")});
    bool helpShown = false;
    const QString command
        = purchase ? QStringLiteral("export pos") : QStringLiteral("export transfers");
    if (!parseArguments(parser, command,
                        purchase ? tr("Writes the purchase orders formed by a plan's approved "
                                      "purchase lines (per supplier, delivery location and order "
                                      "date) and records them.")
                                 : tr("Writes the transfer orders formed by a plan's approved "
                                      "transfer lines (per source location) and records them; "
                                      "transfers from partners go to the settlement ledger."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    qint64 planId = -1;
    if (!parser.isSet(QStringLiteral("plan")) || !parser.isSet(QStringLiteral("out"))) {
        printError(tr("%1 needs --plan and --out.").arg(command));
        return ExitError;
    }
    if (!intOption(parser, QStringLiteral("plan"), 1, std::numeric_limits<qint64>::max(), &planId))
        return ExitError;
    Export::ExportOptions options;
    options.outDir = parser.value(QStringLiteral("out"));
    options.revision = parser.isSet(QStringLiteral("revision"));
    options.formats.clear();
    const QString formats = parser.value(QStringLiteral("format"));
    if (formats == QLatin1String("all")) {
        options.formats = purchase ? Export::purchaseFormats() : Export::transferFormats();
    } else {
        for (const QString &name : formats.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Export::Format f;
            if (!Export::formatFromName(name, &f)
                || (!purchase && !Export::transferFormats().contains(f))) {
                printError(tr("Unknown format \"%1\" for %2.").arg(name, command));
                return ExitError;
            }
            if (!options.formats.contains(f))
                options.formats.append(f);
        }
    }
    if (purchase)
        options.csv.profile = parser.value(QStringLiteral("profile"));
    if (parser.isSet(QStringLiteral("delimiter"))) {
        char d = 0;
        if (!Import::delimiterFromName(parser.value(QStringLiteral("delimiter")), &d) || d == 0) {
            printError(tr("--delimiter must be , ; tab or |."));
            return ExitError;
        }
        options.csv.delimiter = d;
    }
    if (parser.isSet(QStringLiteral("decimal-comma")))
        options.csv.decimal = ',';
    if (options.csv.delimiter == ',' && options.csv.decimal == ',') {
        printError(tr("A decimal comma needs another delimiter (--delimiter ;)."));
        return ExitError;
    }
    options.csv.bom = !parser.isSet(QStringLiteral("no-bom"));

    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    auto result = purchase ? Export::exportPurchaseOrders(*c, planId, options)
                           : Export::exportTransferOrders(*c, planId, options);
    if (!result) {
        printError(tr("Error: %1").arg(result.errorMessage()));
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray orders;
        for (const Export::Order &o : result->orders)
            orders.append(orderJson(o));
        printJson({{QStringLiteral("plan"), planId},
                   {QStringLiteral("created"), result->created},
                   {QStringLiteral("revised"), result->revised},
                   {QStringLiteral("ledgerEntries"), result->ledgerEntries},
                   {QStringLiteral("orders"), orders},
                   {QStringLiteral("files"), QJsonArray::fromStringList(result->files)}});
        return ExitOk;
    }
    for (const Export::Order &o : result->orders)
        printOut(QStringLiteral("%1  %2 → %3  %4  %5 lines  %6")
                     .arg(o.documentNumber(), -20)
                     .arg(purchase ? o.supplierCode : o.fromCode,
                          purchase ? o.toCode : tr("(several)"), Days::toIso(o.orderDay))
                     .arg(o.lines.size())
                     .arg(o.totalValue(), 0, 'f', 2));
    printOut(tr("%1 new and %2 revised %3 orders, %4 files written to %5%6.")
                 .arg(result->created)
                 .arg(result->revised)
                 .arg(purchase ? tr("purchase") : tr("transfer"))
                 .arg(result->files.size())
                 .arg(options.outDir)
                 .arg(result->ledgerEntries > 0
                          ? tr("; %1 settlement ledger entries").arg(result->ledgerEntries)
                          : QString()));
    return ExitOk;
}

int runCancel(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")},
        {QStringLiteral("po"), tr("The order number (purchase or transfer order)."), tr("NUMBER")},
        {QStringLiteral("reason"), tr("Why it is cancelled (kept in the audit log)."), tr("TEXT")},
        {QStringLiteral("json"), tr("Print a machine-readable summary.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("export cancel"),
                        tr("Cancels an exported order: its lines become cancelled, its number is "
                           "never given out again; audited."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    if (!parser.isSet(QStringLiteral("po"))) {
        printError(tr("export cancel needs --po."));
        return ExitError;
    }
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    auto order = Export::cancelOrder(*c, parser.value(QStringLiteral("po")),
                                     parser.value(QStringLiteral("reason")));
    if (!order) {
        printError(tr("Error: %1").arg(order.errorMessage()));
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(orderJson(*order));
    else
        printOut(tr("Order %1 cancelled (%2 lines).").arg(order->number).arg(order->lines.size()));
    return ExitOk;
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")},
        {QStringLiteral("plan"), tr("Only this plan's orders."), tr("ID")},
        {QStringLiteral("json"), tr("Print the orders as JSON.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("export list"),
                        tr("Lists the exported and cancelled orders, newest first."), arguments,
                        &helpShown))
        return helpShown ? ExitOk : ExitError;
    qint64 planId = -1;
    if (!intOption(parser, QStringLiteral("plan"), 1, std::numeric_limits<qint64>::max(), &planId))
        return ExitError;
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    auto orders = Export::listOrders(*c, planId);
    if (!orders) {
        printError(tr("Error: %1").arg(orders.errorMessage()));
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Export::Order &o : *orders) {
            QJsonObject object = orderJson(o);
            QJsonArray files;
            if (auto f = Export::orderFiles(*c, o.id))
                for (const Export::OrderFile &file : *f)
                    files.append(QJsonObject{{QStringLiteral("revision"), file.revision},
                                             {QStringLiteral("format"), file.format},
                                             {QStringLiteral("file"), file.file},
                                             {QStringLiteral("sha256"), file.sha256}});
            object.insert(QStringLiteral("files"), files);
            list.append(object);
        }
        printJson({{QStringLiteral("orders"), list}});
        return ExitOk;
    }
    if (orders->empty())
        printOut(tr("No orders were exported yet."));
    for (const Export::Order &o : *orders)
        printOut(QStringLiteral("%1  %2  plan %3  %4 → %5  %6  %7 lines  %8  %9")
                     .arg(o.documentNumber(), -20)
                     .arg(Export::orderKindName(o.kind), -8)
                     .arg(o.planId)
                     .arg(o.kind == Export::OrderKind::Purchase ? o.supplierCode : o.fromCode,
                          o.kind == Export::OrderKind::Purchase ? o.toCode : tr("(several)"),
                          Days::toIso(o.orderDay))
                     .arg(o.lines.size())
                     .arg(o.totalValue(), 0, 'f', 2)
                     .arg(o.status == QLatin1String("cancelled")
                              ? tr("cancelled %1: %2").arg(o.cancelledAt, o.cancelReason)
                              : tr("exported %1").arg(o.exportedAt)));
    return ExitOk;
}

int runSettings(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")});
    const QList<Export::SettingKey> keys = Export::settingKeys();
    for (const Export::SettingKey &k : keys)
        parser.addOption(
            {k.option,
             tr("%1 (%2; empty resets to \"%3\").").arg(k.description, k.key, k.defaultValue),
             tr("VALUE")});
    parser.addOption({QStringLiteral("json"), tr("Print the settings as JSON.")});
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("export settings"),
                        tr("Shows the company, buyer, numbering and EDI settings that orders "
                           "carry, and sets them."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    {
        Storage::Transaction transaction(*c);
        for (const Export::SettingKey &k : keys)
            if (parser.isSet(k.option))
                if (Status s = Export::setSetting(*c, k.key, parser.value(k.option)); !s) {
                    printError(tr("Error: %1").arg(s.errorMessage()));
                    return ExitError;
                }
        if (Status s = transaction.commit(); !s) {
            printError(tr("Error: %1").arg(s.errorMessage()));
            return ExitError;
        }
    }
    auto values = Export::settingValues(*c);
    if (!values) {
        printError(tr("Error: %1").arg(values.errorMessage()));
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object;
        for (auto it = values->cbegin(); it != values->cend(); ++it)
            object.insert(it.key(), it.value());
        printJson(object);
        return ExitOk;
    }
    for (const Export::SettingKey &k : keys)
        printOut(QStringLiteral("%1 = %2").arg(k.key, -32).arg(values->value(k.key)));
    return ExitOk;
}

} // namespace

int runExport(const QStringList &arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.first();
    if (action == QLatin1String("pos"))
        return runOrders(arguments.mid(1), Export::OrderKind::Purchase);
    if (action == QLatin1String("transfers"))
        return runOrders(arguments.mid(1), Export::OrderKind::Transfer);
    if (action == QLatin1String("cancel"))
        return runCancel(arguments.mid(1));
    if (action == QLatin1String("list"))
        return runList(arguments.mid(1));
    if (action == QLatin1String("settings"))
        return runSettings(arguments.mid(1));
    printError(tr("Usage: stockshift-cli export pos|transfers|cancel|list|settings [options] (each "
                  "has --help)."));
    return ExitError;
}

} // namespace Stockshift::Cli
