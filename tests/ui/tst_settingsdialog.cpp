// Edit → Settings…, driven offscreen: the company page round-trips the export settings of the
// open database (Export::loadSettings reads what the dialog wrote, a new dialog shows it), a
// refused value shows ExportSettings' message inline and stores nothing, the page is disabled
// without a database; the dark theme darkens the window colour and System restores it (Cancel
// too); the network map's canvas and the health score box follow the palette in the dark theme
// and keep their light look in the light one; the defaults reach the Plans area; the main
// window's action opens the dialog; a currency changed in the dialog reaches the open areas.
//
// With STOCKSHIFT_SCREENSHOTS=DIR set, the dialog is saved there as settings.png and the main
// window in the dark theme, on the Network area (coloured by health), as main-window-dark.png.
#include "browser/SqlTableModel.h"
#include "demo/DemoGenerator.h"
#include "export/ExportSettings.h"
#include "health/HealthView.h"
#include "health/HealthWidgets.h"
#include "mainwindow/MainWindow.h"
#include "network/NetworkMapWidget.h"
#include "plan/PlanRunPanel.h"
#include "plan/PlanView.h"
#include "scenario/ScenarioView.h"
#include "settings/SettingsDialog.h"
#include "settings/Theme.h"
#include "settings/UserDefaults.h"
#include "storage/DataStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Stockshift;
using namespace Stockshift::Ui;

namespace {

QLineEdit *line(QWidget &dialog, const char *key)
{
    return dialog.findChild<QLineEdit *>(QString::fromLatin1(key));
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STOCKSHIFT_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// The colour most pixels of the widget have: its background, whatever is drawn over it.
QColor commonestColour(QWidget &widget)
{
    const QImage image = widget.grab().toImage();
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    return QColor::fromRgb(best);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QColor m_systemWindow;

    std::unique_ptr<Storage::DataStore> openStore(const QString &name)
    {
        auto store = Storage::DataStore::open(m_dir.filePath(name));
        return store ? std::move(*store) : nullptr;
    }

    // Runs `act` on the settings dialog once it is on screen (its exec() has started): polled,
    // because on a busy machine a single zero timer may fire before the dialog is shown, and the
    // modal loop would then wait forever.
    static void whenDialogShown(QObject *context, const std::function<void(SettingsDialog *)> &act)
    {
        auto *poll = new QTimer(context);
        poll->setInterval(10);
        QObject::connect(poll, &QTimer::timeout, context, [poll, act] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<SettingsDialog *>(w);
                    dialog && dialog->isVisible() && QApplication::activeModalWidget() == dialog) {
                    poll->stop();
                    poll->deleteLater();
                    act(dialog);
                    return;
                }
        });
        poll->start();
    }

private slots:
    void initTestCase()
    {
        // Own settings: the defaults written here must not reach the other tests.
        QCoreApplication::setOrganizationName(QStringLiteral("StockshiftSettingsTest"));
        QSettings().clear();
        m_systemWindow = QApplication::palette().color(QPalette::Window);
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        Demo::DemoSettings settings;
        settings.skus = 30;
        settings.days = 60;
        auto summary = Demo::DemoGenerator(settings).writeDatabase(m_db);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    }

    void cleanupTestCase()
    {
        Theme::applyTheme(QStringLiteral("system"));
        QSettings().clear();
    }

    void companySettingsRoundTrip()
    {
        auto store = openStore(QStringLiteral("company.db"));
        QVERIFY(store);
        {
            SettingsDialog dialog(store.get());
            // Unset keys show their defaults.
            QCOMPARE(line(dialog, "export.currency")->text(), QStringLiteral("EUR"));
            QCOMPARE(line(dialog, "export.po.prefix")->text(), QStringLiteral("PO"));
            line(dialog, "export.company.name")->setText(QStringLiteral("Nordlicht Handel GmbH"));
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("export.company.address"))
                ->setPlainText(QStringLiteral("Hafenstraße 12\n\n20457 Hamburg\n"));
            line(dialog, "export.company.vat_id")->setText(QStringLiteral("DE123456789"));
            line(dialog, "export.buyer.name")->setText(QStringLiteral("Jana Berg"));
            line(dialog, "export.buyer.email")
                ->setText(QStringLiteral("einkauf@nordlicht.example"));
            line(dialog, "export.buyer.phone")->setText(QStringLiteral("+49 40 123456"));
            line(dialog, "export.currency")->setText(QStringLiteral("USD"));
            line(dialog, "export.po.prefix")->setText(QStringLiteral("BUY"));
            line(dialog, "export.to.prefix")->setText(QStringLiteral("MOVE"));
            dialog.findChild<QSpinBox *>(QStringLiteral("export.number.digits"))->setValue(7);
            line(dialog, "export.edi.sender_id")->setText(QStringLiteral("NORDLICHT01"));
            dialog.findChild<QCheckBox *>(QStringLiteral("export.edi.test"))->setChecked(true);
            auto *example = dialog.findChild<QLabel *>(QStringLiteral("orderNumberExample"));
            QVERIFY(example->text().startsWith(QStringLiteral("BUY-")));
            QVERIFY(example->text().contains(QStringLiteral("-0000017")));
            QSignalSpy changed(store.get(), &Storage::DataStore::tablesChanged);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(dialog.errorText().isEmpty());
            QCOMPARE(changed.size(), 1);
        }
        auto settings = Export::loadSettings(store->connection());
        QVERIFY2(settings.ok(), qPrintable(settings.errorMessage()));
        QCOMPARE(settings->companyName, QStringLiteral("Nordlicht Handel GmbH"));
        QCOMPARE(settings->companyAddress, QStringLiteral("Hafenstraße 12|20457 Hamburg"));
        QCOMPARE(settings->vatId, QStringLiteral("DE123456789"));
        QCOMPARE(settings->buyerName, QStringLiteral("Jana Berg"));
        QCOMPARE(settings->buyerEmail, QStringLiteral("einkauf@nordlicht.example"));
        QCOMPARE(settings->buyerPhone, QStringLiteral("+49 40 123456"));
        QCOMPARE(settings->currency, QStringLiteral("USD"));
        QCOMPARE(settings->poPrefix, QStringLiteral("BUY"));
        QCOMPARE(settings->toPrefix, QStringLiteral("MOVE"));
        QCOMPARE(settings->sequenceDigits, 7);
        QCOMPARE(settings->ediSenderId, QStringLiteral("NORDLICHT01"));
        QCOMPARE(settings->x12Qualifier, QStringLiteral("ZZ")); // untouched: still the default
        QVERIFY(settings->ediTest);

        // Written into the database, shown by the next dialog; an emptied field is the default.
        SettingsDialog again(store.get());
        QCOMPARE(line(again, "export.company.name")->text(),
                 QStringLiteral("Nordlicht Handel GmbH"));
        QCOMPARE(again.findChild<QPlainTextEdit *>(QStringLiteral("export.company.address"))
                     ->toPlainText(),
                 QStringLiteral("Hafenstraße 12\n20457 Hamburg"));
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("export.number.digits"))->value(), 7);
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("export.edi.test"))->isChecked());
        line(again, "export.to.prefix")->clear();
        QVERIFY(again.apply());
        QCOMPARE(line(again, "export.to.prefix")->text(), QStringLiteral("TO"));
        QCOMPARE(Export::loadSettings(store->connection())->toPrefix, QStringLiteral("TO"));
    }

    void currencyReachesTheAreas()
    {
        auto store = openStore(QStringLiteral("currency.db"));
        QVERIFY(store);
        PlanView plans(store.get());
        HealthView health(store.get());
        ScenarioView scenarios(store.get());
        auto *budget = plans.runPanel()->findChild<QDoubleSpinBox *>(QStringLiteral("planBudget"));
        QVERIFY(budget);
        for (const QString &shown : {plans.currency(), health.currency(), scenarios.currency()})
            QCOMPARE(shown, QStringLiteral("EUR"));
        QVERIFY((budget->prefix() + budget->suffix()).contains(QStringLiteral("€")));

        SettingsDialog dialog(store.get());
        line(dialog, "export.currency")->setText(QStringLiteral("CHF"));
        QVERIFY(dialog.apply());
        for (const QString &shown : {plans.currency(), health.currency(), scenarios.currency()})
            QCOMPARE(shown, QStringLiteral("CHF"));
        QVERIFY((budget->prefix() + budget->suffix()).contains(QStringLiteral("CHF")));
    }

    void invalidValueIsRefused()
    {
        auto store = openStore(QStringLiteral("invalid.db"));
        QVERIFY(store);
        SettingsDialog dialog(store.get());
        dialog.show();
        dialog.showPage(QStringLiteral("defaults"));
        line(dialog, "export.company.name")->setText(QStringLiteral("Not stored"));
        line(dialog, "export.currency")->setText(QStringLiteral("eu1"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click();
        QVERIFY(dialog.isVisible()); // OK keeps the dialog open on a refused value
        QVERIFY(dialog.errorText().contains(QStringLiteral("ISO 4217")));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("settingsError"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), dialog.errorText());
        QCOMPARE(dialog.findChild<QTabWidget *>()->currentIndex(), 0); // back on the company page
        // Nothing of the page was stored, not even the valid name edited with it.
        auto settings = Export::loadSettings(store->connection());
        QCOMPARE(settings->currency, QStringLiteral("EUR"));
        QCOMPARE(settings->companyName, QStringLiteral("Stockshift Retail Ltd"));

        // Each validated key: a prefix too long, an EDI id with a forbidden character.
        line(dialog, "export.currency")->setText(QStringLiteral("GBP"));
        line(dialog, "export.po.prefix")->setText(QStringLiteral("PO-2026"));
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.errorText().contains(QStringLiteral("1 to 6 letters or digits")));
        line(dialog, "export.po.prefix")->setText(QStringLiteral("PO"));
        line(dialog, "export.edi.sender_id")->setText(QStringLiteral("ACME*01"));
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.errorText().contains(QStringLiteral("EDI id")));
        line(dialog, "export.edi.sender_id")->setText(QStringLiteral("ACME01"));
        QVERIFY(dialog.apply());
        QVERIFY(!error->isVisible());
        QCOMPARE(Export::loadSettings(store->connection())->currency, QStringLiteral("GBP"));
    }

    void companyPageNeedsADatabase()
    {
        SettingsDialog dialog(nullptr);
        const auto groups = dialog.findChild<QWidget *>(QStringLiteral("companyPage"))
                                ->findChildren<QGroupBox *>();
        QVERIFY(!groups.isEmpty());
        for (QGroupBox *group : groups)
            QVERIFY(!group->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("companyNote"))
                    ->text()
                    .contains(QStringLiteral("Open a database")));
        QVERIFY(dialog.apply());
    }

    void darkThemeAndSystemRestores()
    {
        Theme::applyTheme(QStringLiteral("dark"));
        QVERIFY(Theme::isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 180);
        QCOMPARE(Theme::chartTheme(), QChart::ChartThemeDark);
        QWidget probe;
        QVERIFY(probe.palette().color(QPalette::Window).lightness() < 80);
        Theme::applyTheme(QStringLiteral("light"));
        QVERIFY(!Theme::isDark());
        Theme::applyTheme(QStringLiteral("system"));
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemWindow);
        QCOMPARE(Theme::appliedTheme(), QStringLiteral("system"));

        // Through the dialog: applied as soon as it is chosen, stored by OK, undone by Cancel.
        {
            SettingsDialog dialog(nullptr);
            auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
            theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
            QVERIFY(Theme::isDark());
            dialog.reject();
            QVERIFY(!Theme::isDark());
            QCOMPARE(Theme::storedTheme(), QStringLiteral("system"));
        }
        {
            SettingsDialog dialog(nullptr);
            auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
            theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
            dialog.accept();
            QVERIFY(Theme::isDark());
            QCOMPARE(Theme::storedTheme(), QStringLiteral("dark"));
        }
        {
            SettingsDialog dialog(nullptr);
            auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
            QCOMPARE(theme->currentData().toString(), QStringLiteral("dark"));
            theme->setCurrentIndex(theme->findData(QStringLiteral("system")));
            dialog.accept();
        }
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemWindow);
        QCOMPARE(Theme::storedTheme(), QStringLiteral("system"));
    }

    void mapAndScoreBoxFollowThePalette()
    {
        auto store = Storage::DataStore::open(m_db);
        QVERIFY(store);
        NetworkMapWidget map(store->get());
        map.resize(700, 500);
        QVERIFY(!map.sites().isEmpty());
        ScoreTile score;
        score.resize(score.sizeHint());
        // Shown, as in the main window.
        map.show();
        score.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QVERIFY(QTest::qWaitForWindowExposed(&score));

        // Widgets take a new application palette through posted events, hence processEvents().
        // Light: the map's own light canvas, as before; the score box white.
        Theme::applyTheme(QStringLiteral("light"));
        QCoreApplication::processEvents();
        const QColor lightCanvas(0xf4, 0xf7, 0xfa);
        QCOMPARE(map.canvasColor(), lightCanvas);
        QCOMPARE(commonestColour(map), lightCanvas);
        QCOMPARE(commonestColour(score), QColor(Qt::white));

        // Dark: the palette's Base behind both.
        Theme::applyTheme(QStringLiteral("dark"));
        QCoreApplication::processEvents();
        const QColor base = QApplication::palette().color(QPalette::Base);
        QVERIFY(base.lightness() < 80);
        QCOMPARE(map.canvasColor(), base);
        QCOMPARE(commonestColour(map), base);
        QCOMPARE(commonestColour(score), base);

        Theme::applyTheme(QStringLiteral("light"));
        QCoreApplication::processEvents();
        QCOMPARE(commonestColour(map), lightCanvas);
        Theme::applyTheme(QStringLiteral("system"));
    }

    void defaultsReachThePlansArea()
    {
        {
            SettingsDialog dialog(nullptr);
            dialog.findChild<QSpinBox *>(QStringLiteral("planHorizonWeeks"))->setValue(8);
            dialog.findChild<QSpinBox *>(QStringLiteral("planTimeLimitSeconds"))->setValue(120);
            dialog.findChild<QSpinBox *>(QStringLiteral("forecastHorizonWeeks"))->setValue(26);
            QVERIFY(dialog.apply());
        }
        QCOMPARE(UserDefaults::planHorizonWeeks(), 8);
        QCOMPARE(UserDefaults::planTimeLimitSeconds(), 120);
        QCOMPARE(UserDefaults::forecastHorizonWeeks(), 26);
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        QCOMPARE(window.findChild<QSpinBox *>(QStringLiteral("planHorizon"))->value(), 8);
        QCOMPARE(window.findChild<QDoubleSpinBox *>(QStringLiteral("planTimeLimit"))->value(),
                 120.0);
        QSettings().remove(QStringLiteral("defaults"));
        QCOMPARE(UserDefaults::planHorizonWeeks(), 4);
    }

    void unitsReachTheBrowser_data()
    {
        QTest::addColumn<int>("weightIndex");
        QTest::addColumn<int>("volumeIndex");
        QTest::addColumn<QString>("weightHeader");
        QTest::addColumn<double>("perKilogram");
        QTest::addColumn<QString>("volumeHeader");
        QTest::newRow("pounds, litres")
            << 1 << 2 << "Weight (lb)" << 1 / 0.45359237 << "Volume (L)";
        QTest::newRow("kilograms, cubic feet") << 0 << 1 << "Weight (kg)" << 1.0 << "Volume (ft³)";
    }
    void unitsReachTheBrowser()
    {
        QFETCH(int, weightIndex);
        QFETCH(int, volumeIndex);
        QFETCH(QString, weightHeader);
        QFETCH(double, perKilogram);
        QFETCH(QString, volumeHeader);
        const QLocale previous;
        QLocale::setDefault(QLocale::c());
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        auto *tables = window.findChild<QComboBox *>(QStringLiteral("browserTable"));
        QVERIFY(tables);
        tables->setCurrentIndex(tables->findData(QStringLiteral("skus")));
        SqlTableModel *model = window.browserModel();
        int weight = -1, volume = -1;
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->columnName(c) == QLatin1String("weight_kg"))
                weight = c;
            if (model->columnName(c) == QLatin1String("volume_m3"))
                volume = c;
        }
        QVERIFY(weight >= 0 && volume >= 0);
        double kilograms = 0;
        {
            // Gone before the dialog stores anything: an open read pins this connection's
            // snapshot, and SQLite refuses to turn a stale snapshot into a write ("locked").
            QSqlQuery q(window.dataStore()->connection().db());
            QVERIFY(q.exec(QStringLiteral("SELECT weight_kg FROM skus ORDER BY id LIMIT 1"))
                    && q.next());
            kilograms = q.value(0).toDouble();
        }
        QVERIFY(kilograms > 0);
        // Chosen in the dialog opened from the Edit menu; OK reloads the browser.
        whenDialogShown(&window, [weightIndex, volumeIndex](SettingsDialog *dialog) {
            dialog->findChild<QComboBox *>(QStringLiteral("weightUnit"))
                ->setCurrentIndex(weightIndex);
            dialog->findChild<QComboBox *>(QStringLiteral("volumeUnit"))
                ->setCurrentIndex(volumeIndex);
            dialog->accept();
        });
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        QCOMPARE(model->headerData(weight, Qt::Horizontal).toString(), weightHeader);
        QCOMPARE(model->headerData(volume, Qt::Horizontal).toString(), volumeHeader);
        model->sort(0);
        QCOMPARE(model->data(model->index(0, weight)).toString(),
                 QLocale::c().toString(kilograms * perKilogram, 'g', 6));
        QSettings().remove(QStringLiteral("units"));
        QLocale::setDefault(previous);
    }

    void mainWindowOpensTheDialog()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        auto *action = window.findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        bool opened = false;
        whenDialogShown(&window, [&opened](SettingsDialog *dialog) {
            opened = line(*dialog, "export.company.name")->isEnabled();
            dialog->reject();
        });
        action->trigger();
        QVERIFY(opened);
    }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("STOCKSHIFT_SCREENSHOTS"))
            QSKIP("STOCKSHIFT_SCREENSHOTS is not set");
        auto store = Storage::DataStore::open(m_db);
        QVERIFY(store);
        {
            SettingsDialog dialog(store->get());
            dialog.resize(dialog.sizeHint().expandedTo(QSize(760, 0)));
            dialog.show();
            screenshot(&dialog, QStringLiteral("settings"));
        }
        store->reset();

        Theme::applyTheme(QStringLiteral("dark"));
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openDatabase(m_db));
        window.showArea(QStringLiteral("health"));
        QSignalSpy finished(window.healthView(), &HealthView::analysisFinished);
        QVERIFY(finished.size() > 0 || finished.wait(120000));
        // The network map, coloured by health, on the dark canvas.
        window.showArea(QStringLiteral("network"));
        screenshot(&window, QStringLiteral("main-window-dark"));
        Theme::applyTheme(QStringLiteral("system"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
