#include "CliApp.h"
#include "Commands.h"

#include "forecast/AccuracyMonitor.h"
#include "import/CsvImporter.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace Stockshift::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Cli", text);
}

QJsonObject resultToJson(const Import::ImportResult &result)
{
    QJsonObject object{
        {QStringLiteral("kind"), Import::kindName(result.kind)},
        {QStringLiteral("file"), result.filePath},
        {QStringLiteral("outcome"), result.outcomeName()},
        {QStringLiteral("batch"), result.batchId},
        {QStringLiteral("checksum"), result.checksum},
        {QStringLiteral("rowsRead"), result.rowsRead},
        {QStringLiteral("rowsAccepted"), result.rowsAccepted},
        {QStringLiteral("rowsRejected"), result.rowsRejected},
        {QStringLiteral("rowsRemoved"), result.rowsRemoved},
        {QStringLiteral("issueCount"), result.issueCount},
        {QStringLiteral("elapsedMs"), result.elapsedMs},
        {QStringLiteral("encoding"), Import::encodingName(result.format.encoding)},
        {QStringLiteral("delimiter"), Import::delimiterName(result.format.delimiter)},
        {QStringLiteral("dateFormat"), Import::dateFormatName(result.format.dateFormat)},
        {QStringLiteral("decimal"), QString(QLatin1Char(result.format.number.decimal))},
        {QStringLiteral("ignoredColumns"), QJsonArray::fromStringList(result.ignoredColumns)},
        {QStringLiteral("defaultedFields"), QJsonArray::fromStringList(result.defaultedFields)},
        {QStringLiteral("createdReferences"), QJsonArray::fromStringList(result.createdReferences)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)},
    };
    QJsonObject columns;
    for (auto it = result.columns.cbegin(); it != result.columns.cend(); ++it)
        columns.insert(it.key(), it.value());
    object.insert(QStringLiteral("columns"), columns);
    QJsonArray issues;
    for (const Import::ImportIssue &issue : result.issues.mid(0, 100))
        issues.append(QJsonObject{{QStringLiteral("line"), issue.line},
                                  {QStringLiteral("column"), issue.column},
                                  {QStringLiteral("value"), issue.value},
                                  {QStringLiteral("reason"), issue.reason}});
    object.insert(QStringLiteral("issues"), issues);
    return object;
}

void printIssues(const Import::ImportResult &result, int limit)
{
    const QString file = QFileInfo(result.filePath).fileName();
    for (const Import::ImportIssue &issue : result.issues.mid(0, limit))
        printError(QStringLiteral("%1:%2: [%3] %4%5")
                       .arg(file)
                       .arg(issue.line)
                       .arg(issue.column, issue.reason,
                            issue.value.isEmpty()
                                ? QString()
                                : QStringLiteral(" (value: \"%1\")").arg(issue.value)));
    if (result.issueCount > limit)
        printError(tr("… %1 more problems (use --errors FILE.csv to get all of them).")
                       .arg(result.issueCount - limit));
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    QStringList kinds;
    for (Import::Kind kind : Import::allKinds())
        kinds.append(Import::kindName(kind));
    parser.addOptions({
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")},
        {QStringLiteral("kind"),
         tr("What the file holds: %1. Default: from the file name (e.g. sales.csv).")
             .arg(kinds.join(QStringLiteral(", "))),
         tr("KIND")},
        {QStringLiteral("file"), tr("The CSV file to import."), tr("CSV")},
        {QStringLiteral("dir"),
         tr("Import every known file of a folder (locations.csv, skus.csv, …) in dependency "
            "order."),
         tr("DIR")},
        {QStringLiteral("profile"),
         tr("Mapping profile: a built-in name (%1) or a JSON file.")
             .arg(Import::MappingProfile::builtInNames().join(QStringLiteral(", "))),
         tr("NAME")},
        {QStringLiteral("mapping"), tr("Mapping profile JSON file (same as --profile FILE)."),
         tr("FILE")},
        {QStringLiteral("dry-run"), tr("Validate only; write nothing.")},
        {QStringLiteral("mode"),
         tr("upsert (default) or replace (rows of this kind not in the file are removed; master "
            "data is deactivated)."),
         tr("MODE"), QStringLiteral("upsert")},
        {QStringLiteral("all-or-nothing"), tr("Import nothing if any row is rejected.")},
        {QStringLiteral("create-missing"), tr("Create unknown SKU, location and supplier codes.")},
        {QStringLiteral("errors"), tr("Write every problem to this CSV file."), tr("FILE")},
        {QStringLiteral("delimiter"), tr("Field delimiter: , ; tab | (default: detected)."),
         tr("D")},
        {QStringLiteral("decimal"), tr("Decimal separator: . or , (default: detected)."), tr("C")},
        {QStringLiteral("date-format"), tr("iso, dmy, mdy, yyyymmdd or excel (default: detected)."),
         tr("FMT")},
        {QStringLiteral("encoding"),
         tr("utf-8, utf-16le, utf-16be or windows-1252 (default: detected)."), tr("ENC")},
        {QStringLiteral("json"), tr("Print a machine-readable summary.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("import"),
                        tr("Imports an ERP CSV export into the database. Every row is validated; "
                           "bad rows are reported with line, column and reason and the rest is "
                           "committed in one transaction."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;

    const bool json = parser.isSet(QStringLiteral("json"));
    Import::ImportSettings base;
    base.databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                           : defaultDatabasePath();
    base.dryRun = parser.isSet(QStringLiteral("dry-run"));
    base.allOrNothing = parser.isSet(QStringLiteral("all-or-nothing"));
    base.createMissingReferences = parser.isSet(QStringLiteral("create-missing"));
    base.errorsCsvPath = parser.value(QStringLiteral("errors"));
    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == QLatin1String("replace")) {
        base.mode = Import::ImportMode::Replace;
    } else if (mode != QLatin1String("upsert")) {
        printError(tr("--mode must be upsert or replace, not \"%1\".").arg(mode));
        return ExitError;
    }

    Import::MappingProfile profile;
    const QString profileName = parser.isSet(QStringLiteral("mapping"))
                                    ? parser.value(QStringLiteral("mapping"))
                                    : parser.value(QStringLiteral("profile"));
    if (!profileName.isEmpty()) {
        auto loaded = Import::MappingProfile::resolve(profileName);
        if (!loaded) {
            printError(loaded.errorMessage());
            return ExitError;
        }
        profile = loaded.value();
        base.profileName = profile.name;
    }
    base.format = profile.format;
    if (parser.isSet(QStringLiteral("delimiter"))
        && !Import::delimiterFromName(parser.value(QStringLiteral("delimiter")),
                                      &base.format.delimiter)) {
        printError(tr("Unknown delimiter \"%1\"; use , ; tab or |.")
                       .arg(parser.value(QStringLiteral("delimiter"))));
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("decimal"))) {
        const QString decimal = parser.value(QStringLiteral("decimal"));
        if (decimal != QLatin1String(".") && decimal != QLatin1String(",")) {
            printError(tr("--decimal must be . or ,"));
            return ExitError;
        }
        base.format.numberAuto = false;
        base.format.number.decimal = decimal.at(0).toLatin1();
        base.format.number.thousands = base.format.number.decimal == ',' ? '.' : 0;
    }
    if (parser.isSet(QStringLiteral("date-format"))
        && !Import::dateFormatFromName(parser.value(QStringLiteral("date-format")),
                                       &base.format.dateFormat)) {
        printError(tr("Unknown date format \"%1\"; use iso, dmy, mdy, yyyymmdd or excel.")
                       .arg(parser.value(QStringLiteral("date-format"))));
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("encoding"))
        && !Import::encodingFromName(parser.value(QStringLiteral("encoding")),
                                     &base.format.encoding)) {
        printError(tr("Unknown encoding \"%1\".").arg(parser.value(QStringLiteral("encoding"))));
        return ExitError;
    }

    // The work list: one file, or every known file of a folder.
    QList<QPair<Import::Kind, QString>> jobs;
    if (parser.isSet(QStringLiteral("dir"))) {
        const QDir dir(parser.value(QStringLiteral("dir")));
        if (!dir.exists()) {
            printError(tr("The folder %1 does not exist.").arg(dir.path()));
            return ExitError;
        }
        for (Import::Kind kind : Import::importOrder()) {
            const QString path = dir.filePath(Import::kindSpec(kind).fileName);
            if (QFileInfo::exists(path))
                jobs.append({kind, path});
        }
        if (jobs.isEmpty()) {
            printError(
                tr("The folder %1 holds none of the known files (locations.csv, skus.csv, …).")
                    .arg(dir.path()));
            return ExitError;
        }
    } else {
        if (!parser.isSet(QStringLiteral("file"))) {
            printError(tr("Give the file to import with --file (or a folder with --dir)."));
            return ExitError;
        }
        const QString file = parser.value(QStringLiteral("file"));
        std::optional<Import::Kind> kind;
        if (parser.isSet(QStringLiteral("kind"))) {
            kind = Import::kindFromName(parser.value(QStringLiteral("kind")));
            if (!kind) {
                printError(tr("Unknown kind \"%1\"; use one of: %2.")
                               .arg(parser.value(QStringLiteral("kind")),
                                    kinds.join(QStringLiteral(", "))));
                return ExitError;
            }
        } else {
            kind = Import::kindFromFileName(file);
            if (!kind) {
                printError(tr("Cannot tell what %1 holds from its name; give --kind (%2).")
                               .arg(file, kinds.join(QStringLiteral(", "))));
                return ExitError;
            }
        }
        jobs.append({*kind, file});
    }

    int exitCode = ExitOk;
    QJsonArray results;
    bool newActuals = false;
    for (const auto &[kind, path] : jobs) {
        Import::ImportSettings settings = base;
        settings.kind = kind;
        settings.filePath = path;
        settings.mapping = profile.mappingFor(kind);
        if (jobs.size() > 1 && !base.errorsCsvPath.isEmpty())
            settings.errorsCsvPath
                = QFileInfo(base.errorsCsvPath)
                      .dir()
                      .filePath(QStringLiteral("%1-%2").arg(
                          Import::kindName(kind), QFileInfo(base.errorsCsvPath).fileName()));
        auto result = Import::CsvImporter::run(settings);
        if (!result) {
            if (json)
                results.append(QJsonObject{{QStringLiteral("kind"), Import::kindName(kind)},
                                           {QStringLiteral("file"), path},
                                           {QStringLiteral("outcome"), QStringLiteral("error")},
                                           {QStringLiteral("error"), result.errorMessage()},
                                           {QStringLiteral("code"), result.error().code}});
            printError(tr("Error: %1").arg(result.errorMessage()));
            exitCode = ExitError;
            break; // later files usually depend on this one
        }
        if (json)
            results.append(resultToJson(*result));
        else
            printOut(result->summary());
        newActuals |= kind == Import::Kind::Sales
                      && result->outcome == Import::ImportResult::Outcome::Committed
                      && result->rowsAccepted > 0;
        printIssues(*result, json ? 0 : 20);
        exitCode = std::max(exitCode, result->exitCode());
    }
    // New actuals: the stored forecasts they cover are measured against them now.
    QJsonObject accuracyJson;
    if (newActuals && !base.dryRun) {
        Storage::Connection::Options options;
        options.createIfMissing = false;
        if (auto c = Storage::Connection::open(base.databasePath, options)) {
            auto accuracy = Forecast::evaluateAccuracy(**c);
            if (!accuracy) {
                printError(
                    tr("Forecast accuracy could not be updated: %1").arg(accuracy.errorMessage()));
            } else if (accuracy->latestRun >= 0) {
                accuracyJson
                    = QJsonObject{{QStringLiteral("run"), accuracy->latestRun},
                                  {QStringLiteral("wape"), accuracy->network.wape},
                                  {QStringLiteral("bias"), accuracy->network.bias},
                                  {QStringLiteral("alerts"), int(accuracy->alerts.size())}};
                if (!json)
                    printOut(QCoreApplication::translate(
                                 "Stockshift::Cli",
                                 "Forecast accuracy updated: run %1 against the actuals, WAPE "
                                 "%2%, bias %3%; %n new alert(s) (stockshift-cli accuracy).",
                                 nullptr, int(accuracy->alerts.size()))
                                 .arg(accuracy->latestRun)
                                 .arg(accuracy->network.wape, 0, 'f', 1)
                                 .arg(accuracy->network.bias, 0, 'f', 1));
            }
        }
    }
    if (json) {
        QJsonObject out{{QStringLiteral("database"), base.databasePath},
                        {QStringLiteral("exitCode"), exitCode},
                        {QStringLiteral("imports"), results}};
        if (!accuracyJson.isEmpty())
            out.insert(QStringLiteral("accuracy"), accuracyJson);
        printJson(out);
    }
    return exitCode;
}

} // namespace Stockshift::Cli
