#include "CliApp.h"
#include "Commands.h"

#include "info/DatabaseInfo.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Stockshift::Cli {

int runInfo(const QStringList &arguments)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Stockshift::Cli", text);
    };
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")},
        {QStringLiteral("json"), tr("Print machine-readable JSON.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("info"),
                        tr("Shows counts per table, the sales history range and the last imports."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : defaultDatabasePath();
    const auto info = readInfo(path);
    if (!info)
        return ExitError;
    if (parser.isSet(QStringLiteral("json")))
        printJson(info->toJson());
    else
        printOut(info->toText());
    return ExitOk;
}

} // namespace Stockshift::Cli
