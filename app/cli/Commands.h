// The subcommands of stockshift-cli. Each takes its own arguments (argv without the program and
// the subcommand name), prints to stdout/stderr and returns the process exit code:
// 0 = success, 1 = partial (some rows rejected), 2 = error.
#pragma once

#include <QStringList>

namespace Stockshift::Cli {

enum ExitCode { ExitOk = 0, ExitPartial = 1, ExitError = 2 };

int runDemo(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runCycle(const QStringList &arguments);
int runForecastSeries(const QStringList &arguments);
int runForecast(const QStringList &arguments);
int runForecastExport(const QStringList &arguments);
int runAccuracy(const QStringList &arguments);
int runOverride(const QStringList &arguments);
int runHealth(const QStringList &arguments);
int runPolicy(const QStringList &arguments);
int runAlerts(const QStringList &arguments);
int runPlan(const QStringList &arguments);
int runLedger(const QStringList &arguments);
int runScenario(const QStringList &arguments);
int runTiers(const QStringList &arguments);
int runRoute(const QStringList &arguments);
int runExport(const QStringList &arguments);

} // namespace Stockshift::Cli
