// stockshift: the planning workstation. Opens the given database, or the user's default one,
// creating the demo network there on first run (off the GUI thread, with progress and Cancel).
#include "mainwindow/MainWindow.h"
#include "settings/Theme.h"

#include "demo/DemoGenerator.h"

#include "StockshiftI18n.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

using namespace Stockshift;

namespace {

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("stockshift.db"));
}

/// Creates the demo network in `path`; false when cancelled or failed (after telling the user).
bool createDemo(const QString &path)
{
    QProgressDialog dialog(
        QCoreApplication::translate("Stockshift::App", "Creating the demo network…"),
        QCoreApplication::translate("Stockshift::App", "Cancel"), 0, 100);
    dialog.setWindowTitle(QCoreApplication::translate("Stockshift::App", "Stockshift"));
    dialog.setMinimumDuration(0);
    std::atomic_bool cancel{false};
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancel] { cancel = true; });

    QFutureWatcher<Result<Demo::DemoSummary>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &dialog, &QProgressDialog::reset);
    watcher.setFuture(QtConcurrent::run([path, &cancel, &dialog] {
        return Demo::DemoGenerator(Demo::DemoSettings{})
            .writeDatabase(
                path,
                [&dialog](int percent, const QString &phase) {
                    QMetaObject::invokeMethod(&dialog, [&dialog, percent, phase] {
                        dialog.setValue(percent);
                        dialog.setLabelText(phase);
                    });
                },
                &cancel);
    }));
    dialog.exec();
    watcher.waitForFinished();
    const auto result = watcher.result();
    if (!result) {
        if (result.error().code != QLatin1String("cancelled"))
            QMessageBox::critical(nullptr,
                                  QCoreApplication::translate("Stockshift::App", "Stockshift"),
                                  result.errorMessage());
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stockshift"));
    QApplication::setApplicationName(QStringLiteral("stockshift"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stockshift"));
    QApplication::setApplicationVersion(QStringLiteral(STOCKSHIFT_VERSION));
    // The application icon (app/CMakeLists.txt embeds it); on Wayland the compositor takes the
    // icon from the installed desktop file (packaging/io.stockshift.Stockshift.desktop).
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/stockshift-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.stockshift.Stockshift"));
    Ui::Theme::applyTheme(Ui::Theme::storedTheme()); // Edit → Settings… → Appearance

    // The language chosen in View → Language (or the system's); numbers and dates follow it when
    // it differs from the system's language.
    const QString language = I18n::guiLanguage();
    I18n::installTranslators(language);
    if (QLocale::system().language() != QLocale(language).language())
        QLocale::setDefault(QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Stockshift::App", "Stockshift inventory planning workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("database"),
        QCoreApplication::translate("Stockshift::App", "Database to open (default: yours, "
                                                       "with the demo network on first run)."));
    const QCommandLineOption areaOption(QStringLiteral("area"),
                                        QCoreApplication::translate("Stockshift::App",
                                                                    "Area to show first: network, "
                                                                    "browser, forecasts, health, "
                                                                    "plans, exports."),
                                        QStringLiteral("NAME"), QStringLiteral("network"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("Stockshift::App", "Save a screenshot of the window and quit."),
        QStringLiteral("PNG"));
    parser.addOptions({areaOption, screenshotOption});
    parser.process(app);

    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        path = defaultDatabasePath();
        if (!QFileInfo::exists(path) && !createDemo(path))
            return 1;
    }

    Ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.openDatabase(path))
        return parser.isSet(screenshotOption) ? 2 : app.exec();
    window.showArea(parser.value(areaOption));

    if (parser.isSet(screenshotOption)) {
        const QString target = parser.value(screenshotOption);
        QTimer::singleShot(1500, &window, [&window, target] {
            const bool saved = window.grab().save(target);
            QApplication::exit(saved ? 0 : 2);
        });
    }
    return app.exec();
}
