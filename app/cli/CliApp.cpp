#include "CliApp.h"

#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cstdio>

namespace Stockshift::Cli {

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("stockshift.db"));
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                              : defaultDatabasePath();
}

std::unique_ptr<Storage::Connection> openExistingDatabase(const QString &path)
{
    Storage::Connection::Options options;
    options.createIfMissing = false;
    auto connection = Storage::Connection::open(path, options);
    if (!connection) {
        printError(QCoreApplication::translate("Stockshift::Cli", "Error: %1")
                       .arg(connection.errorMessage()));
        return nullptr;
    }
    return std::move(connection.value());
}

void printOut(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void printJson(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

bool parseArguments(QCommandLineParser &parser, const QString &command, const QString &summary,
                    const QStringList &arguments, bool *helpShown, int positionals)
{
    *helpShown = false;
    parser.setApplicationDescription(summary);
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("Stockshift::Cli", "Show this help."));
    parser.addOption(help);
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("stockshift-cli %1").arg(command));
    if (!parser.parse(argv)) {
        printError(parser.errorText());
        printError(parser.helpText());
        return false;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        *helpShown = true;
        return false;
    }
    if (parser.positionalArguments().size() > positionals) {
        printError(QCoreApplication::translate("Stockshift::Cli", "Unexpected argument: %1")
                       .arg(parser.positionalArguments().value(positionals)));
        printError(parser.helpText());
        return false;
    }
    return true;
}

std::optional<Info::DatabaseInfo> readInfo(const QString &path)
{
    Storage::Connection::Options options;
    options.createIfMissing = false;
    auto connection = Storage::Connection::open(path, options);
    if (!connection) {
        printError(QCoreApplication::translate("Stockshift::Cli", "Error: %1")
                       .arg(connection.errorMessage()));
        return std::nullopt;
    }
    auto info = Info::readDatabaseInfo(**connection);
    if (!info) {
        printError(
            QCoreApplication::translate("Stockshift::Cli", "Error: %1").arg(info.errorMessage()));
        return std::nullopt;
    }
    return info.value();
}

bool intOption(const QCommandLineParser &parser, const QString &name, qint64 minimum,
               qint64 maximum, qint64 *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = parser.value(name).toLongLong(&ok);
    if (!ok || v < minimum || v > maximum) {
        printError(QCoreApplication::translate("Stockshift::Cli",
                                               "--%1 must be a whole number from %2 to %3, not "
                                               "\"%4\".")
                       .arg(name)
                       .arg(minimum)
                       .arg(maximum)
                       .arg(parser.value(name)));
        return false;
    }
    *value = v;
    return true;
}

} // namespace Stockshift::Cli
