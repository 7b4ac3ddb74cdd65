// stockshift-cli ledger verify | export: the partner settlement ledger.
#include "CliApp.h"
#include "Commands.h"

#include "ledger/SettlementLedger.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Stockshift::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Cli", text);
}

} // namespace

int runLedger(const QStringList &arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.first();
    if (action != QLatin1String("verify") && action != QLatin1String("export")) {
        printError(tr("Usage: stockshift-cli ledger verify|export [options] (each has --help)."));
        return ExitError;
    }
    const bool exporting = action == QLatin1String("export");
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")});
    if (exporting) {
        parser.addOption(
            {QStringLiteral("partner"), tr("The partner's location code."), tr("CODE")});
        parser.addOption({QStringLiteral("out"), tr("Statement file: .csv or .pdf."), tr("FILE")});
    }
    parser.addOption({QStringLiteral("json"), tr("Print a machine-readable summary.")});
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("ledger ") + action,
                        exporting ? tr("Writes a partner's settlement statement (CSV or PDF).")
                                  : tr("Checks every entry of the settlement ledger and the chain "
                                       "that links them; exit code 1 when something was "
                                       "changed."),
                        arguments.mid(1), &helpShown))
        return helpShown ? ExitOk : ExitError;
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    if (!exporting) {
        auto v = Ledger::verify(*c);
        if (!v) {
            printError(tr("Error: %1").arg(v.errorMessage()));
            return ExitError;
        }
        if (parser.isSet(QStringLiteral("json")))
            printJson({{QStringLiteral("ok"), v->ok},
                       {QStringLiteral("entries"), v->entries},
                       {QStringLiteral("firstBadEntry"), v->firstBadId},
                       {QStringLiteral("problem"), v->problem}});
        else if (v->ok)
            printOut(tr("The settlement ledger is intact: %1 entries, every one chained to the one "
                        "before.")
                         .arg(v->entries));
        else
            printError(tr("The settlement ledger was tampered with: %1").arg(v->problem));
        return v->ok ? ExitOk : ExitPartial;
    }
    const QString partner = parser.value(QStringLiteral("partner"));
    const QString out = parser.value(QStringLiteral("out"));
    if (partner.isEmpty() || out.isEmpty()) {
        printError(tr("ledger export needs --partner and --out."));
        return ExitError;
    }
    auto s = Ledger::statement(*c, partner);
    if (!s) {
        printError(tr("Error: %1").arg(s.errorMessage()));
        return ExitError;
    }
    if (Status written = Ledger::writeStatement(*s, out); !written) {
        printError(tr("Error: %1").arg(written.errorMessage()));
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("partner"), partner},
                   {QStringLiteral("entries"), int(s->entries.size())},
                   {QStringLiteral("owedToPartner"), s->owedToPartner},
                   {QStringLiteral("owedByPartner"), s->owedByPartner},
                   {QStringLiteral("net"), s->net()},
                   {QStringLiteral("verified"), s->verification.ok},
                   {QStringLiteral("file"), out}});
    else
        printOut(tr("Statement of %1 written to %2: %3 entries, owed to it %4, owed by it %5, net "
                    "%6; ledger %7.")
                     .arg(partner, out)
                     .arg(s->entries.size())
                     .arg(s->owedToPartner, 0, 'f', 2)
                     .arg(s->owedByPartner, 0, 'f', 2)
                     .arg(s->net(), 0, 'f', 2)
                     .arg(s->verification.ok ? tr("verified") : tr("NOT verified")));
    return s->verification.ok ? ExitOk : ExitPartial;
}

} // namespace Stockshift::Cli
