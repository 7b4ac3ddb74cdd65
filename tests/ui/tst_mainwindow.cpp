// The main window, the network map and the import wizard, driven offscreen.
#include "browser/SqlTableModel.h"
#include "demo/DemoGenerator.h"
#include "forecast/AccuracyView.h"
#include "forecast/ForecastView.h"
#include "import/ImportWizard.h"
#include "mainwindow/MainWindow.h"
#include "network/NetworkMapWidget.h"
#include "storage/DataStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Stockshift;
using namespace Stockshift::Ui;

namespace {

qint64 scalar(Storage::DataStore *store, const QString &sql)
{
    QSqlQuery q(store->connection().db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
