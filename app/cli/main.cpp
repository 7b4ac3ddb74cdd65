// stockshift-cli: the headless shell over Stockshift's engines. Every planning step the GUI
// offers is available here, for scripts, CI and the headless planning cycle of run.sh.
#include "CliApp.h"
#include "Commands.h"

#include "SolverInfo.h"
#include "StockshiftI18n.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

#include <functional>
#include <memory>

using namespace Stockshift;

namespace {

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const Command kCommands[] = {
    {"demo",
     QT_TRANSLATE_NOOP("Stockshift::Cli",
                       "Generate the demo network into a database or a CSV folder"),
     Cli::runDemo},
    {"import",
     QT_TRANSLATE_NOOP("Stockshift::Cli", "Import an ERP CSV export (or a folder of them)"),
     Cli::runImport},
    {"info", QT_TRANSLATE_NOOP("Stockshift::Cli", "Show what a database holds"), Cli::runInfo},
    {"forecast",
     QT_TRANSLATE_NOOP("Stockshift::Cli", "Forecast every active SKU x location and store the run"),
     Cli::runForecast},
    {"forecast-export",
     QT_TRANSLATE_NOOP("Stockshift::Cli",
                       "Write a stored forecast (overrides applied) at any level as CSV"),
     Cli::runForecastExport},
    {"accuracy",
     QT_TRANSLATE_NOOP("Stockshift::Cli",
                       "Measure stored forecasts against the actuals that arrived; alerts"),
     Cli::runAccuracy},
    {"override", QT_TRANSLATE_NOOP("Stockshift::Cli", "Add, list, undo or redo forecast overrides"),
     Cli::runOverride},
    {"health",
     QT_TRANSLATE_NOOP("Stockshift::Cli",
                       "Stock health, score and alerts per SKU x location and location"),
     Cli::runHealth},
    {"policy",
     QT_TRANSLATE_NOOP("Stockshift::Cli",
                       "Safety stock, reorder point, EOQ and suggested orders; set, simulate"),
     Cli::runPolicy},
    {"alerts", QT_TRANSLATE_NOOP("Stockshift::Cli", "List the open alerts, critical first"),
     Cli::runAlerts},
    {"plan",
     QT_TRANSLATE_NOOP("Stockshift::Cli",
                       "Transfer, replenishment and joint plans (CBC or rules); evaluate, review"),
     Cli::runPlan},
    {"ledger",
     QT_TRANSLATE_NOOP("Stockshift::Cli",
                       "Verify the partner settlement ledger, export a partner's statement"),
     Cli::runLedger},
    {"tiers",
     QT_TRANSLATE_NOOP("Stockshift::Cli",
                       "Fulfilment tiers from customer value and capacity: build, validate, "
                       "export, import"),
     Cli::runTiers},
    {"route",
     QT_TRANSLATE_NOOP("Stockshift::Cli", "Simulate order routing policies per customer tier"),
     Cli::runRoute},
    {"export",
     QT_TRANSLATE_NOOP("Stockshift::Cli",
                       "Purchase orders (CSV, PDF, X12, EDIFACT, JSON) and transfer orders"),
     Cli::runExport},
    {"scenario",
     QT_TRANSLATE_NOOP("Stockshift::Cli",
                       "What-if scenarios: save, load (files), list, run on a copy, compare"),
     Cli::runScenario},
    {"forecast-series",
     QT_TRANSLATE_NOOP("Stockshift::Cli", "Forecast the series of an M3, M4 or long CSV file"),
     Cli::runForecastSeries},
    {"cycle",
     QT_TRANSLATE_NOOP("Stockshift::Cli", "Run the whole planning cycle on the demo network"),
     Cli::runCycle},
};

QString usage()
{
    QStringList lines;
    lines << QCoreApplication::translate(
        "Stockshift::Cli", "Usage: stockshift-cli <command> [options]   (stockshift-cli "
                           "<command> --help for its options)")
          << QString() << QCoreApplication::translate("Stockshift::Cli", "Commands:");
    for (const Command &command : kCommands)
        lines << QStringLiteral("  %1  %2")
                     .arg(QString::fromLatin1(command.name), -16)
                     .arg(QCoreApplication::translate("Stockshift::Cli", command.summary));
    lines << QString()
          << QCoreApplication::translate("Stockshift::Cli",
                                         "Exit codes: 0 success, 1 partial (some rows rejected), 2 "
                                         "error.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int main(int argc, char *argv[])
{
    // Commands that render PDF documents (ledger statements, order exports, the cycle's
    // exports) need fonts, hence a GUI application; headless, on the offscreen platform (no
    // display needed). The others stay a plain core application.
    const bool paints = argc > 1
                        && (qstrcmp(argv[1], "ledger") == 0 || qstrcmp(argv[1], "export") == 0
                            || qstrcmp(argv[1], "cycle") == 0);
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application
        = paints ? std::make_unique<QGuiApplication>(argc, argv)
                 : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stockshift"));
    QCoreApplication::setApplicationName(QStringLiteral("stockshift"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOCKSHIFT_VERSION));
    // Messages in the language of LC_ALL/LC_MESSAGES/LANG when there is a catalogue, else English.
    // Number formats are left alone: scripts parse the output.
    I18n::installTranslators(I18n::cliLanguage());

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.constFirst() == QLatin1String("--help")
        || arguments.constFirst() == QLatin1String("-h")
        || arguments.constFirst() == QLatin1String("help")) {
        Cli::printOut(usage());
        return arguments.isEmpty() ? Cli::ExitError : Cli::ExitOk;
    }
    if (arguments.constFirst() == QLatin1String("--version")) {
        Cli::printOut(QStringLiteral("stockshift-cli %1 (Qt %2, %3)")
                          .arg(QStringLiteral(STOCKSHIFT_VERSION), QString::fromLatin1(qVersion()),
                               Solvers::cbcVersion()));
        return Cli::ExitOk;
    }
    const QString name = arguments.takeFirst();
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return command.run(arguments);
    }
    Cli::printError(
        QCoreApplication::translate("Stockshift::Cli", "Unknown command \"%1\".").arg(name));
    Cli::printError(usage());
    return Cli::ExitError;
}
