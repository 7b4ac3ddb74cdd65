// The main window, the network map and the import wizard, driven offscreen. In German, French
// and Spanish (the catalogues built next to stockshift-cli): the main window fits a 1280 × 800
// screen, and the dialogs at the size they open with cut nothing — no label, button, check box,
// field text or hint is wider than the room it has, no group box or tab bar is squeezed.
#include "browser/SqlTableModel.h"
#include "demo/DemoGenerator.h"
#include "forecast/AccuracyView.h"
#include "forecast/ForecastView.h"
#include "forecast/OverrideDialog.h"
#include "health/HealthView.h"
#include "health/PolicyOverrideDialog.h"
#include "import/ImportWizard.h"
#include "mainwindow/MainWindow.h"
#include "network/NetworkMapWidget.h"
#include "settings/SettingsDialog.h"
#include "storage/DataStore.h"

#include "../../translations/StockshiftI18n.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Stockshift;
using namespace Stockshift::Ui;

namespace {

qint64 scalar(Storage::DataStore *store, const QString &sql)
{
    QSqlQuery q(store->connection().db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Installs Stockshift's catalogue for a language (and its number format) while it lives; the
// widgets made meanwhile speak that language.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language)
        : m_locale()
    {
        // The catalogues are built next to stockshift-cli (app/CMakeLists.txt).
        const QString folder = QFileInfo(QStringLiteral(STOCKSHIFT_CLI_PATH)).absolutePath();
        m_translator = std::make_unique<I18n::CatalogueTranslator>();
        if (!m_translator->loadCatalogue(language, folder)) {
            m_translator.reset();
            return;
        }
        QCoreApplication::installTranslator(m_translator.get());
        QLocale::setDefault(QLocale(language));
    }
    ~LanguageScope()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        QLocale::setDefault(m_locale);
    }
    bool loaded() const { return m_translator != nullptr; }

private:
    QLocale m_locale;
    std::unique_ptr<I18n::CatalogueTranslator> m_translator;
};

QString shortened(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 60 ? text.left(60) + QStringLiteral("…") : text;
}

// What `window` shows cut at its current size: labels, buttons and check boxes whose text needs
// more width (or, wrapped, more height) than they have, fields whose text or hint does not fit
// or that are narrower than their minimum, squeezed group boxes, tab bars that scroll. Widgets
// that chose to be cut (horizontal policy Ignored, their tooltip has it all) are left out.
QStringList clippedWidgets(QWidget *window)
{
    QStringList found;
    const auto name = [](QWidget *w, const QString &text) {
        return QStringLiteral("%1 \"%2\"")
            .arg(QString::fromLatin1(w->metaObject()->className()), shortened(text));
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->window() != window
            || w->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap() && label->heightForWidth(label->width()) > label->height() + 1)
                found << QStringLiteral("%1 needs %2 px of height, has %3")
                             .arg(name(w, label->text()))
                             .arg(label->heightForWidth(label->width()))
                             .arg(label->height());
            else if (!label->wordWrap() && label->sizeHint().width() > label->width() + 1)
                found << QStringLiteral("%1 needs %2 px, has %3")
                             .arg(name(w, label->text()))
                             .arg(label->sizeHint().width())
                             .arg(label->width());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                found << QStringLiteral("%1 needs %2 px, has %3")
                             .arg(name(w, button->text()))
                             .arg(button->sizeHint().width())
                             .arg(button->width());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                || qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            // The text area: the frame and the line edit's own margins (2 px a side each).
            const int room = edit->width() - 8;
            for (const QString &text : {edit->text(), edit->placeholderText()})
                if (!text.isEmpty() && edit->fontMetrics().horizontalAdvance(text) > room)
                    found << QStringLiteral("%1 needs %2 px of text room, has %3")
                                 .arg(name(w, text))
                                 .arg(edit->fontMetrics().horizontalAdvance(text))
                                 .arg(room);
        } else if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                   || qobject_cast<QGroupBox *>(w)) {
            const QSize minimum = w->minimumSizeHint();
            if (minimum.width() > w->width() + 1 || minimum.height() > w->height() + 1) {
                const QString text = qobject_cast<QGroupBox *>(w)
                                         ? static_cast<QGroupBox *>(w)->title()
                                         : w->objectName();
                found << QStringLiteral("%1 needs %2 × %3 px, has %4 × %5")
                             .arg(name(w, text))
                             .arg(minimum.width())
                             .arg(minimum.height())
                             .arg(w->width())
                             .arg(w->height());
            }
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            if (tabs->sizeHint().width() > tabs->width() + 1)
                found << QStringLiteral("%1 needs %2 px, has %3")
                             .arg(name(w, tabs->tabText(0)))
                             .arg(tabs->sizeHint().width())
                             .arg(tabs->width());
        }
    }
    return found;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("StockshiftTest"));
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        Demo::DemoSettings settings;
        settings.skus = 30;
        settings.days = 60;
        auto summary = Demo::DemoGenerator(settings).writeDatabase(m_db);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    }

    void opensDatabaseAndShowsAreas()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openDatabase(m_db));
        QVERIFY(window.dataStore());
        auto *navigator = window.findChild<QListWidget *>(QStringLiteral("navigator"));
        QVERIFY(navigator);
        QCOMPARE(navigator->count(), int(window.areaNames().size()));
        for (const QString &area : window.areaNames()) {
            window.showArea(area);
            QCOMPARE(navigator->currentRow(), int(window.areaNames().indexOf(area)));
        }
        QVERIFY(window.browserModel());
        auto *tables = window.findChild<QComboBox *>(QStringLiteral("browserTable"));
        QVERIFY(tables);
        tables->setCurrentIndex(tables->findData(QStringLiteral("sales")));
        QCOMPARE(window.browserModel()->table(), QStringLiteral("sales"));
        QCOMPARE(qint64(window.browserModel()->rowCount()),
                 window.dataStore()->rowCount(QStringLiteral("sales")));
        // The status bar is filled from a worker: it arrives without blocking the window.
        const auto statusShown = [&window] {
            const QList<QLabel *> labels = window.findChildren<QLabel *>();
            return std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
                return label->text().contains(QStringLiteral("30 SKUs"));
            });
        };
        QTRY_VERIFY(statusShown());
        // The forecast areas and the Edit menu's undo stack are wired.
        QVERIFY(window.areaNames().contains(QStringLiteral("accuracy")));
        QVERIFY(window.forecastView() && window.accuracyView());
        QCOMPARE(window.forecastView()->undoStack(), window.undoStack());
        QVERIFY(window.undoStack()->isClean());
    }

    // Each area's main actions have the same keys, one button per key on screen, and the
    // tooltips name them; F5 really reaches the Stock health area's Refresh.
    void mainActionsHaveKeys_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("button");
        QTest::addColumn<QKeySequence>("key");
        const QKeySequence run(Qt::CTRL | Qt::Key_Return), cancel(Qt::Key_Escape);
        QTest::newRow("plan run") << "plans"
                                  << "runPlan" << run;
        QTest::newRow("plan cancel") << "plans"
                                     << "cancelPlan" << cancel;
        QTest::newRow("forecast run") << "forecasts"
                                      << "runForecast" << run;
        QTest::newRow("forecast cancel") << "forecasts"
                                         << "cancelForecast" << cancel;
        QTest::newRow("health refresh") << "health"
                                        << "refreshHealth" << QKeySequence(Qt::Key_F5);
        QTest::newRow("health cancel") << "health"
                                       << "cancelHealth" << cancel;
        QTest::newRow("scenario run") << "scenarios"
                                      << "runScenario" << run;
        QTest::newRow("scenario cancel") << "scenarios"
                                         << "cancelScenario" << cancel;
        QTest::newRow("routing run") << "tiers"
                                     << "runSimulation" << run;
        QTest::newRow("routing cancel") << "tiers"
                                        << "cancelSimulation" << cancel;
        QTest::newRow("export") << "exports"
                                << "exportOrders" << QKeySequence(Qt::CTRL | Qt::Key_E);
    }
    void mainActionsHaveKeys()
    {
        QFETCH(QString, area);
        QFETCH(QString, button);
        QFETCH(QKeySequence, key);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openDatabase(m_db));
        window.showArea(area);
        auto *target = window.findChild<QAbstractButton *>(button);
        QVERIFY(target);
        QCOMPARE(target->shortcut(), key);
        QVERIFY2(target->toolTip().contains(key.toString(QKeySequence::NativeText)),
                 qPrintable(target->toolTip()));
        QStringList sharing;
        for (QAbstractButton *b : window.findChildren<QAbstractButton *>())
            if (b->isVisibleTo(&window) && b->shortcut() == key)
                sharing.append(b->objectName());
        QCOMPARE(sharing, QStringList{button});
        if (key == QKeySequence(Qt::Key_F5)) {
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTRY_VERIFY(target->isEnabled()); // the analysis started at open has finished
            QSignalSpy clicked(target, &QAbstractButton::clicked);
            // Through the window, as the platform delivers keys, so the shortcut map sees it.
            QTest::keyClick(window.windowHandle(), Qt::Key_F5);
            QTRY_COMPARE(clicked.count(), 1); // a shortcut animates the click (~100 ms)
        }
    }

    // A recent database that was moved or deleted is not recreated empty: it leaves the list,
    // and the status bar says so; one that exists opens.
    void recentDatabasesThatAreGone()
    {
        const QString gone = QDir(m_dir.path()).filePath(QStringLiteral("moved-away.db"));
        QSettings().setValue(QStringLiteral("recentDatabases"), QStringList{gone, m_db});
        MainWindow window;
        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        QCOMPARE(recent->actions().size(), 2);
        recent->actions().at(0)->trigger();
        QTRY_VERIFY(!window.statusBar()->currentMessage().isEmpty()); // queued after the menu
        QVERIFY(!QFileInfo::exists(gone));
        QVERIFY(!window.dataStore());
        QVERIFY2(window.statusBar()->currentMessage().contains(gone),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(QSettings().value(QStringLiteral("recentDatabases")).toStringList(),
                 QStringList{m_db});
        QCOMPARE(recent->actions().size(), 1);
        recent->actions().at(0)->trigger();
        QTRY_VERIFY(window.dataStore());
        QSettings().remove(QStringLiteral("recentDatabases"));
    }

    void refusesNewerDatabase()
    {
        const QString newer = m_dir.filePath(QStringLiteral("newer.db"));
        {
            auto store = Storage::DataStore::open(newer);
            QVERIFY(store.ok());
            QVERIFY((*store)->connection().exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        MainWindow window;
        window.show();
        QString message;
        QTimer::singleShot(300, [&message] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                message = box->text();
                box->close();
            }
        });
        QVERIFY(!window.openDatabase(newer));
        QVERIFY2(message.contains(QStringLiteral("newer version of Stockshift")),
                 qPrintable(message));
        QVERIFY(!window.dataStore());
    }

    void networkMapPlotsEveryLocation()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openDatabase(m_db));
        NetworkMapWidget *map = window.networkMap();
        QVERIFY(map);
        QCOMPARE(
            qint64(map->sites().size()),
            scalar(window.dataStore(),
                   QStringLiteral("SELECT count(*) FROM locations WHERE latitude IS NOT NULL")));
        QCOMPARE(qint64(map->links().size()),
                 scalar(window.dataStore(), QStringLiteral("SELECT count(*) FROM lanes")));
        // East is right, north is up, and every site lies inside the widget.
        const auto &sites = map->sites();
        for (const auto &a : sites) {
            const QPointF pa = map->project(a);
            QVERIFY(map->rect().contains(pa.toPoint()));
            QCOMPARE(map->siteAt(pa) >= 0, true);
            for (const auto &b : sites) {
                const QPointF pb = map->project(b);
                if (a.longitude < b.longitude - 1e-9)
                    QVERIFY(pa.x() < pb.x());
                if (a.latitude < b.latitude - 1e-9)
                    QVERIFY(pa.y() > pb.y());
            }
        }
    }

    void wizardImportsGoodRowsAndListsBadOnes()
    {
        const QString csv = m_dir.filePath(QStringLiteral("wizard-customers.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Kunde;Name 1;Kundengruppe;CLTV\nW1;Alpha "
                    "GmbH;B2B;1.234,5\nW2;Beta;B2C;-5\nW3;Gamma;B2C;10\n");
        }
        auto store = Storage::DataStore::open(m_db);
        QVERIFY(store.ok());
        const qint64 before = (*store)->rowCount(QStringLiteral("customers"));

        ImportWizard wizard(store->get());
        wizard.show();
        wizard.setFilePath(csv);
        auto *kind = wizard.findChild<QComboBox *>(QStringLiteral("kind"));
        QVERIFY(kind);
        QCOMPARE(Import::Kind(kind->currentData().toInt()), Import::Kind::Customers);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("delimiter"))->currentText(),
                 QStringLiteral(";"));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("decimal"))->currentData().toInt(),
                 int(','));
        QCOMPARE(wizard.findChild<QTableWidget *>(QStringLiteral("preview"))->rowCount(), 3);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("column_code"))->currentText(),
                 QStringLiteral("Kunde"));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("column_segment"))->currentText(),
                 QStringLiteral("Kundengruppe"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidatePage));

        // Validate: a dry run off the GUI thread; the bad row is listed, nothing is written.
        auto buttons = wizard.currentPage()->findChildren<QPushButton *>(QStringLiteral("start"));
        QCOMPARE(buttons.size(), 1);
        buttons.first()->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.lastResult().has_value(), 10000);
        QCOMPARE(wizard.lastResult()->outcome, Import::ImportResult::Outcome::DryRun);
        QCOMPARE(wizard.lastResult()->rowsRejected, qint64(1));
        auto *issues = wizard.currentPage()->findChild<QTableWidget *>(QStringLiteral("issues"));
        QCOMPARE(issues->rowCount(), 1);
        QCOMPARE(issues->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(issues->item(0, 3)->text(), QStringLiteral("-5 is below the minimum of 0."));
        QCOMPARE((*store)->rowCount(QStringLiteral("customers")), before);

        // Commit.
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.setLastResult(std::nullopt);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CommitPage));
        wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("start"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.lastResult().has_value(), 10000);
        QCOMPARE(wizard.lastResult()->outcome, Import::ImportResult::Outcome::Committed);
        QCOMPARE(wizard.lastResult()->rowsAccepted, qint64(2));
        QCOMPARE((*store)->rowCount(QStringLiteral("customers")), before + 2);
        QCOMPARE(scalar(store->get(),
                        QStringLiteral(
                            "SELECT CAST(cltv * 10 AS INTEGER) FROM customers WHERE code = 'W1'")),
                 qint64(12345));
        QTRY_VERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    }

    void fitsA1280Screen_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "fr", "es"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // Every area, with the analysed database (the health tiles size to their figures), fits a
    // 1280 × 800 screen beside the 170-pixel navigator.
    void fitsA1280Screen()
    {
        QFETCH(QString, language);
        std::unique_ptr<LanguageScope> scope;
        if (language != QLatin1String("en")) {
            scope = std::make_unique<LanguageScope>(language);
            if (!scope->loaded())
                QSKIP("the catalogues are not built (target stockshift-cli)");
        }
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openDatabase(m_db));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.healthView()->analysis() && !window.healthView()->isRunning(), 60000);
        for (const QString &area : window.areaNames())
            window.showArea(area);
        QApplication::processEvents();
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 800,
                 qPrintable(QStringLiteral("the main window needs at least %1 × %2 px")
                                .arg(minimum.width())
                                .arg(minimum.height())));
        QCOMPARE(window.width(), 1280);
    }

    void dialogsCutNothing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dialog");
        const char *dialogs[]
            = {"settings-company",  "settings-appearance", "settings-defaults", "import-file",
               "import-format",     "import-mapping",      "import-validate",   "import-commit",
               "forecast-override", "policy-override"};
        for (const char *language : {"de", "fr", "es"})
            for (const char *dialog : dialogs)
                QTest::addRow("%s %s", language, dialog)
                    << QString::fromLatin1(language) << QString::fromLatin1(dialog);
    }

    // At the size they open with (the offscreen screen is small: their minimum size).
    void dialogsCutNothing()
    {
        QFETCH(QString, language);
        QFETCH(QString, dialog);
        LanguageScope scope(language);
        if (!scope.loaded())
            QSKIP("the catalogues are not built (target stockshift-cli)");
        auto store = Storage::DataStore::open(m_db);
        QVERIFY(store.ok());

        std::unique_ptr<QDialog> shown;
        if (dialog.startsWith(QLatin1String("settings-"))) {
            auto settings = std::make_unique<SettingsDialog>(store->get());
            settings->showPage(dialog.mid(9));
            shown = std::move(settings);
        } else if (dialog.startsWith(QLatin1String("import-"))) {
            const QString csv = m_dir.filePath(QStringLiteral("customers.csv"));
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Kunde;Name 1;Kundengruppe;Region;CLTV\nW1;Alpha GmbH;B2B;Nord;1.234,5\n"
                    "W2;Beta;B2C;Süd;-5\n");
            f.close();
            auto wizard = std::make_unique<ImportWizard>(store->get());
            wizard->show();
            wizard->setFilePath(csv);
            const QStringList pages{QStringLiteral("import-file"), QStringLiteral("import-format"),
                                    QStringLiteral("import-mapping"),
                                    QStringLiteral("import-validate"),
                                    QStringLiteral("import-commit")};
            for (int page = 0; page < pages.indexOf(dialog); ++page) {
                if (wizard->currentId() == int(ImportWizard::ValidatePage)) {
                    auto *start
                        = wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("start"));
                    QVERIFY(start);
                    start->click();
                    QTRY_VERIFY_WITH_TIMEOUT(wizard->lastResult().has_value(), 10000);
                    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
                    wizard->setLastResult(std::nullopt);
                }
                wizard->next();
            }
            if (dialog == QLatin1String("import-validate")) {
                wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("start"))->click();
                QTRY_VERIFY_WITH_TIMEOUT(wizard->lastResult().has_value(), 10000);
            }
            shown = std::move(wizard);
        } else if (dialog == QLatin1String("forecast-override")) {
            std::vector<Forecast::ForecastBucket> buckets(6);
            for (int i = 0; i < 6; ++i) {
                buckets[std::size_t(i)].startDay = 20400 + 7 * i;
                buckets[std::size_t(i)].statistical = buckets[std::size_t(i)].final = 12.5 * i;
            }
            shown = std::make_unique<OverrideDialog>(buckets, 1, 3, 55.0,
                                                     QStringLiteral("SKU-00042 at MFC-HAM-02"));
        } else if (dialog == QLatin1String("policy-override")) {
            Policy::ResolvedPolicy current;
            current.leadTimeDays = 4;
            current.orderCost = 25;
            Policy::PolicyParameters existing;
            existing.serviceLevel = 0.98;
            shown = std::make_unique<PolicyOverrideDialog>(
                QStringLiteral("SKU-00042 at MFC-HAM-02"), current, existing,
                QStringLiteral("Aktion im Mai"));
        }
        QVERIFY(shown);
        shown->show();
        QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
        QApplication::processEvents();
        const QStringList cut = clippedWidgets(shown.get());
        QVERIFY2(
            cut.isEmpty(),
            qPrintable(QStringLiteral("at %1 × %2 px: ").arg(shown->width()).arg(shown->height())
                       + cut.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
