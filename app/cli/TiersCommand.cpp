// stockshift-cli tiers build | validate | export | import: fulfilment tier configurations.
#include "CliApp.h"
#include "Commands.h"

#include "routing/FulfilmentNetwork.h"
#include "storage/Connection.h"
#include "tiers/TierEngine.h"
#include "tiers/TierStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace Stockshift::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Cli", text);
}

QJsonArray issuesJson(const std::vector<Tiers::Issue> &issues)
{
    QJsonArray a;
    for (const Tiers::Issue &i : issues)
        a.append(QJsonObject{{QStringLiteral("severity"),
                              i.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                             {QStringLiteral("code"), i.code},
                             {QStringLiteral("tier"), i.tier},
                             {QStringLiteral("region"), i.region},
                             {QStringLiteral("message"), i.message}});
    return a;
}

void printIssues(const std::vector<Tiers::Issue> &issues)
{
    for (const Tiers::Issue &i : issues)
        (i.isError() ? printError : printOut)(
            (i.isError() ? tr("error: %1") : tr("warning: %1")).arg(i.message));
}

QJsonObject summaryJson(const Tiers::TierConfig &config)
{
    QJsonArray checks;
    for (const Tiers::TierCheck &c : config.check)
        checks.append(QJsonObject{{QStringLiteral("tier"), c.tier},
                                  {QStringLiteral("orders"), c.orders},
                                  {QStringLiteral("attainment"), c.attainment},
                                  {QStringLiteral("costPerOrder"), c.costPerOrder},
                                  {QStringLiteral("splitRate"), c.splitRate}});
    return {{QStringLiteral("name"), config.name},
            {QStringLiteral("version"), config.version},
            {QStringLiteral("tiers"), int(config.tiers.size())},
            {QStringLiteral("assignments"), int(config.assignments.size())},
            {QStringLiteral("locations"), int(config.capacities.size())},
            {QStringLiteral("check"), checks}};
}

void printSummary(const Tiers::TierConfig &config)
{
    for (const Tiers::TierDefinition &t : config.tiers) {
        QStringList served;
        for (const Tiers::Assignment &a : config.assignments)
            if (a.tier == t.key)
                served.append(QStringLiteral("%1→%2%3").arg(
                    a.region, a.chain.value(0), a.overflow ? tr(" (overflow)") : QString()));
        QString line = tr("%1: %2 %3, promise %4 d, %5; %6")
                           .arg(t.name, t.overflow ? tr("overflow") : tr("from"),
                                t.overflow ? QString() : QString::number(t.threshold))
                           .arg(t.promiseDays)
                           .arg(Tiers::optionLabel(t.option), served.join(QStringLiteral(", ")));
        for (const Tiers::TierCheck &c : config.check)
            if (c.tier == t.key)
                line += tr("; simulated: %1% on time, %2 per order, %3% split")
                            .arg(100 * c.attainment, 0, 'f', 1)
                            .arg(c.costPerOrder, 0, 'f', 2)
                            .arg(100 * c.splitRate, 0, 'f', 1);
        printOut(line);
    }
}

} // namespace

int runTiers(const QStringList &arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.first();
    const QStringList actions{QStringLiteral("build"), QStringLiteral("validate"),
                              QStringLiteral("export"), QStringLiteral("import")};
    if (!actions.contains(action)) {
        printError(tr("Usage: stockshift-cli tiers build|validate|export|import [options] (each "
                      "has --help)."));
        return ExitError;
    }
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")});
    parser.addOption({QStringLiteral("name"), tr("Configuration name (default: default)."),
                      tr("NAME"), QStringLiteral("default")});
    if (action == QLatin1String("build")) {
        parser.addOption({QStringLiteral("in"),
                          tr("Tier definitions from this JSON document (default: the newest "
                             "stored version, or the built-in tiers)."),
                          tr("FILE")});
        parser.addOption({QStringLiteral("orders"),
                          tr("Orders simulated to check the assignments (default 1000)."),
                          tr("N")});
        parser.addOption(
            {QStringLiteral("seed"), tr("Seed of the simulated orders (default 42)."), tr("S")});
        parser.addOption(
            {QStringLiteral("out"), tr("Also write the result: .json or .csv."), tr("FILE")});
    } else if (action == QLatin1String("validate")) {
        parser.addOption({QStringLiteral("in"),
                          tr("Validate this JSON document (default: the newest stored version)."),
                          tr("FILE")});
    } else if (action == QLatin1String("export")) {
        parser.addOption({QStringLiteral("out"), tr("Output file: .json or .csv."), tr("FILE")});
        parser.addOption(
            {QStringLiteral("version"), tr("Version (default: the newest)."), tr("N")});
    } else {
        parser.addOption({QStringLiteral("in"), tr("The JSON document to import."), tr("FILE")});
    }
    parser.addOption({QStringLiteral("json"), tr("Print a machine-readable summary.")});
    bool helpShown = false;
    const QString summary
        = action == QLatin1String("build")
              ? tr("Builds the fulfilment tiers on the network (capacity scores, the option per "
                   "region and tier with fallbacks), checks them in a routing simulation, "
                   "validates and stores them as a new version.")
          : action == QLatin1String("validate")
              ? tr("Validates a tier configuration against the network; exit code 1 on errors.")
          : action == QLatin1String("export")
              ? tr("Writes a stored tier configuration as JSON (schema-valid, versioned) or CSV.")
              : tr("Reads a tier configuration (JSON), validates it and stores it as a new "
                   "version.");
    if (!parseArguments(parser, QStringLiteral("tiers ") + action, summary, arguments.mid(1),
                        &helpShown))
        return helpShown ? ExitOk : ExitError;
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString name = parser.value(QStringLiteral("name"));
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;

    const auto readFile = [](const QString &path) -> Result<Tiers::TierConfig> {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return Tiers::TierConfig::fromJson(f.readAll());
    };
    const auto writeOut = [](const Tiers::TierConfig &config, const QString &path) -> Status {
        if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            return config.writeCsv(path);
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return Error(tr("Cannot write %1: %2").arg(path, f.errorString()));
        f.write(config.toJsonBytes());
        if (!f.commit())
            return Error(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return {};
    };

    if (action == QLatin1String("export")) {
        const QString out = parser.value(QStringLiteral("out"));
        qint64 version = -1;
        if (out.isEmpty()) {
            printError(tr("tiers export needs --out FILE.json or FILE.csv."));
            return ExitError;
        }
        if (!intOption(parser, QStringLiteral("version"), 1, 1000000000, &version))
            return ExitError;
        auto document = Tiers::loadDocument(*c, name, int(version));
        auto config = document ? Tiers::TierConfig::fromJson(*document)
                               : Result<Tiers::TierConfig>(document.error());
        if (!config) {
            printError(tr("Error: %1").arg(config.errorMessage()));
            return ExitError;
        }
        Status written;
        if (out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
            written = config->writeCsv(out);
        } else {
            // The stored bytes, exactly: an export is the version as it was saved.
            QSaveFile f(out);
            if (!f.open(QIODevice::WriteOnly) || (f.write(*document), !f.commit()))
                written = Error(tr("Cannot write %1: %2").arg(out, f.errorString()));
        }
        if (!written) {
            printError(tr("Error: %1").arg(written.errorMessage()));
            return ExitError;
        }
        if (json)
            printJson({{QStringLiteral("name"), config->name},
                       {QStringLiteral("version"), config->version},
                       {QStringLiteral("file"), out}});
        else
            printOut(tr("Tier configuration %1 version %2 written to %3.")
                         .arg(config->name)
                         .arg(config->version)
                         .arg(out));
        return ExitOk;
    }

    // The network: the settings of the configuration decide horizon and weights.
    const auto loadNet = [&c](const Tiers::TierConfig &config) {
        return Routing::loadNetwork(*c, config.network);
    };

    if (action == QLatin1String("validate")) {
        Result<Tiers::TierConfig> config = parser.isSet(QStringLiteral("in"))
                                               ? readFile(parser.value(QStringLiteral("in")))
                                               : Tiers::load(*c, name);
        if (!config) {
            printError(tr("Error: %1").arg(config.errorMessage()));
            return ExitError;
        }
        auto net = loadNet(*config);
        if (!net) {
            printError(tr("Error: %1").arg(net.errorMessage()));
            return ExitError;
        }
        const auto issues = Tiers::validate(*config, net->regions);
        const bool errors = Tiers::hasErrors(issues);
        if (json) {
            QJsonObject o = summaryJson(*config);
            o.insert(QStringLiteral("valid"), !errors);
            o.insert(QStringLiteral("issues"), issuesJson(issues));
            printJson(o);
        } else {
            printIssues(issues);
            printOut(errors
                         ? tr("The tier configuration is not valid.")
                         : tr("The tier configuration is valid (%1 warnings).").arg(issues.size()));
        }
        return errors ? ExitPartial : ExitOk;
    }

    if (action == QLatin1String("import")) {
        const QString in = parser.value(QStringLiteral("in"));
        if (in.isEmpty()) {
            printError(tr("tiers import needs --in FILE.json."));
            return ExitError;
        }
        auto config = readFile(in);
        if (!config) {
            printError(tr("Error: %1").arg(config.errorMessage()));
            return ExitError;
        }
        auto net = loadNet(*config);
        if (!net) {
            printError(tr("Error: %1").arg(net.errorMessage()));
            return ExitError;
        }
        const auto issues = Tiers::validate(*config, net->regions);
        if (Tiers::hasErrors(issues)) {
            if (json)
                printJson({{QStringLiteral("stored"), false},
                           {QStringLiteral("issues"), issuesJson(issues)}});
            else
                printIssues(issues);
            printError(tr("The tier configuration was not imported: it has errors."));
            return ExitPartial;
        }
        bool unchanged = false;
        if (Status s
            = Tiers::save(*c, &config.value(), tr("imported from %1").arg(QFileInfo(in).fileName()),
                          &unchanged);
            !s) {
            printError(tr("Error: %1").arg(s.errorMessage()));
            return ExitError;
        }
        if (json) {
            QJsonObject o = summaryJson(*config);
            o.insert(QStringLiteral("stored"), !unchanged);
            o.insert(QStringLiteral("unchanged"), unchanged);
            o.insert(QStringLiteral("issues"), issuesJson(issues));
            printJson(o);
        } else {
            printIssues(issues);
            printOut(unchanged ? tr("Tier configuration %1 version %2 is already stored exactly "
                                    "so; nothing changed.")
                                     .arg(config->name)
                                     .arg(config->version)
                               : tr("Tier configuration %1 stored as version %2.")
                                     .arg(config->name)
                                     .arg(config->version));
        }
        return ExitOk;
    }

    // build
    qint64 orders = 1000, seed = 42;
    if (!intOption(parser, QStringLiteral("orders"), 1, 1000000, &orders)
        || !intOption(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &seed))
        return ExitError;
    Tiers::TierConfig definitions = Tiers::TierConfig::defaults();
    definitions.name = name;
    if (parser.isSet(QStringLiteral("in"))) {
        auto read = readFile(parser.value(QStringLiteral("in")));
        if (!read) {
            printError(tr("Error: %1").arg(read.errorMessage()));
            return ExitError;
        }
        definitions = *read;
    } else if (auto stored = Tiers::load(*c, name); stored) {
        definitions = *stored;
    } else if (stored.error().code != QLatin1String("no-config")) {
        printError(tr("Error: %1").arg(stored.errorMessage()));
        return ExitError;
    }
    auto net = loadNet(definitions);
    if (!net) {
        printError(tr("Error: %1").arg(net.errorMessage()));
        return ExitError;
    }
    Tiers::TierConfig config = Tiers::build(*net, definitions);
    if (Status s = Tiers::check(*net, &config, int(orders), quint64(seed)); !s)
        printError(tr("warning: the assignments could not be simulated: %1").arg(s.errorMessage()));
    const auto issues = Tiers::validate(config, net->regions);
    const bool errors = Tiers::hasErrors(issues);
    bool unchanged = false;
    if (!errors) {
        if (Status s = Tiers::save(*c, &config, tr("built"), &unchanged); !s) {
            printError(tr("Error: %1").arg(s.errorMessage()));
            return ExitError;
        }
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        if (Status s = writeOut(config, out); !s) {
            printError(tr("Error: %1").arg(s.errorMessage()));
            return ExitError;
        }
    }
    if (json) {
        QJsonObject o = summaryJson(config);
        o.insert(QStringLiteral("stored"), !errors && !unchanged);
        o.insert(QStringLiteral("unchanged"), unchanged);
        o.insert(QStringLiteral("valid"), !errors);
        o.insert(QStringLiteral("issues"), issuesJson(issues));
        if (!out.isEmpty())
            o.insert(QStringLiteral("file"), out);
        printJson(o);
    } else {
        printSummary(config);
        printIssues(issues);
        if (errors)
            printError(tr("The tiers have errors and were not stored."));
        else
            printOut(unchanged ? tr("Tier configuration %1 version %2 is unchanged.")
                                     .arg(config.name)
                                     .arg(config.version)
                               : tr("Tier configuration %1 stored as version %2.")
                                     .arg(config.name)
                                     .arg(config.version));
    }
    return errors ? ExitPartial : ExitOk;
}

} // namespace Stockshift::Cli
