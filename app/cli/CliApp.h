// Shared helpers of the CLI subcommands: option parsing, output, the default database path.
#pragma once

#include "info/DatabaseInfo.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Cli {

/// The user's default database: <AppDataLocation>/stockshift.db (the GUI opens the same file).
QString defaultDatabasePath();
/// The database named by --db, or the default one.
QString databasePath(const QCommandLineParser &parser);
/// Opens an existing database (never creates one); prints the error and returns nullptr when it
/// cannot.
std::unique_ptr<Storage::Connection> openExistingDatabase(const QString &path);

/// Parses `arguments` for a subcommand. Returns false (after printing the error and usage to
/// stderr) when they are invalid; prints help and sets *helpShown for --help.
/// `positionals`: how many positional arguments the command takes (more are an error).
bool parseArguments(QCommandLineParser &parser, const QString &command, const QString &summary,
                    const QStringList &arguments, bool *helpShown, int positionals = 0);

void printOut(const QString &text);
void printError(const QString &text);
void printJson(const QJsonObject &object);

/// Reads what an existing database holds; prints the error (and returns nullopt) when the file
/// is missing, not a Stockshift database or from a newer version.
std::optional<Info::DatabaseInfo> readInfo(const QString &path);

/// Reads an unsigned integer option; prints an error and returns false when it is not one.
bool intOption(const QCommandLineParser &parser, const QString &name, qint64 minimum,
               qint64 maximum, qint64 *value);

} // namespace Stockshift::Cli
