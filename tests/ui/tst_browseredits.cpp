// Editing master data in the data browser: SqlTableModel::setData through
// Storage::DataEdits::editCell and a CellEditCommand on the undo stack — stored, audited,
// undone and redone; refused values with their messages; read-only columns and tables (the
// settlement ledger above all); the main window's wiring. QAbstractItemModelTester watches the
// model throughout.
#include "browser/BrowserCommands.h"
#include "browser/SqlTableModel.h"
#include "mainwindow/MainWindow.h"
#include "storage/DataStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Stockshift;
using namespace Stockshift::Ui;

class TestBrowserEdits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Storage::DataStore> m_store;

    static int column(const SqlTableModel &model, const QString &name)
    {
        for (int c = 0; c < model.columnCount(); ++c)
            if (model.columnName(c) == name)
                return c;
        return -1;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(m_store->connection().db());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<no row>");
        return q.value(0);
    }
    // The cell as text ("" for NULL), to compare REAL and INTEGER alike.
    QString stored(const QString &table, const QString &column)
    {
        const QVariant v = value(QStringLiteral("SELECT %1 FROM %2 LIMIT 1").arg(column, table));
        return v.isNull() ? QString() : QString::number(v.toDouble());
    }
    qint64 audits()
    {
        return value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'data-edit'"))
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("StockshiftTest"));
        QLocale::setDefault(QLocale::c());
        m_path = m_dir.filePath(QStringLiteral("edits.db"));
        auto store = Storage::DataStore::open(m_path);
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        m_store = std::move(store.value());
        for (const char *sql :
             {"INSERT INTO locations (id, code, name, kind, capacity_units, handling_cost) VALUES "
              "(1, 'L1', 'Hub', 'regional_hub', 500, 0.5), (2, 'L2', 'Store', 'store', NULL, 0)",
              "INSERT INTO skus (id, code, name, category, unit_cost, unit_price, "
              "shelf_life_days, pack_size) VALUES (1, 'S1', 'Milk', 'dairy', 2.5, NULL, 10, 6)",
              "INSERT INTO suppliers (id, code, name, lead_time_days) VALUES (1, 'SUP', 'Acme', 4)",
              "INSERT INTO lanes (id, from_id, to_id, cost_per_unit, lead_time_days, "
              "capacity_per_period, active) VALUES (1, 1, 2, 0.25, 1, NULL, 1)",
              "INSERT INTO supplier_items (supplier_id, sku_id, unit_cost, moq, order_multiple) "
              "VALUES (1, 1, 2, 10, 6)",
              "INSERT INTO sales (location_id, sku_id, day, quantity) VALUES (1, 1, 20000, 3)",
              "INSERT INTO ledger_entries (created_at, provider_id, receiver_id, sku_id, quantity, "
              "unit_cost, unit_price, markup_pct, profit_share_pct, handling_fee, ship_day, goods, "
              "handling, profit_share, previous_hash, hash) VALUES ('2026-01-01T00:00:00Z', 1, 2, "
              "1, 1, 1, 1, 0, 0, 0, 20000, 1, 0, 0, '', 'h1')"})
            QVERIFY(m_store->connection().exec(QString::fromLatin1(sql)));
    }

    void editsUndoesAndRedoes_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("after"); // stored, as text; "" for NULL
        const auto row = [](const char *name) -> QTestData & {
            return QTest::newRow(name);
        };
        row("sku name") << "skus"
                        << "name"
                        << " Whole milk "
                        << "Whole milk";
        row("sku category") << "skus"
                            << "category"
                            << "chilled"
                            << "chilled";
        row("sku unit cost") << "skus"
                             << "unit_cost"
                             << "3.75"
                             << "3.75";
        row("sku unit cost to NULL") << "skus"
                                     << "unit_cost"
                                     << ""
                                     << "";
        row("sku unit price") << "skus"
                              << "unit_price"
                              << "4.2"
                              << "4.2";
        row("sku shelf life") << "skus"
                              << "shelf_life_days"
                              << "14"
                              << "14";
        row("sku pack size") << "skus"
                             << "pack_size"
                             << "12"
                             << "12";
        row("location name") << "locations"
                             << "name"
                             << "North hub"
                             << "North hub";
        row("location capacity") << "locations"
                                 << "capacity_units"
                                 << "650"
                                 << "650";
        row("location handling") << "locations"
                                 << "handling_cost"
                                 << "0.75"
                                 << "0.75";
        row("supplier name") << "suppliers"
                             << "name"
                             << "Acme GmbH"
                             << "Acme GmbH";
        row("supplier lead time") << "suppliers"
                                  << "lead_time_days"
                                  << "6.5"
                                  << "6.5";
        row("lane cost") << "lanes"
                         << "cost_per_unit"
                         << "0.3"
                         << "0.3";
        row("lane lead time") << "lanes"
                              << "lead_time_days"
                              << "2"
                              << "2";
        row("lane capacity") << "lanes"
                             << "capacity_per_period"
                             << "800"
                             << "800";
        row("lane closed") << "lanes"
                           << "active"
                           << "0"
                           << "0";
        row("item unit cost") << "supplier_items"
                              << "unit_cost"
                              << "1.95"
                              << "1.95";
        row("item moq") << "supplier_items"
                        << "moq"
                        << "24"
                        << "24";
        row("item order multiple") << "supplier_items"
                                   << "order_multiple"
                                   << "12"
                                   << "12";
    }

    void editsUndoesAndRedoes()
    {
        QFETCH(QString, table);
        QFETCH(QString, name);
        QFETCH(QString, typed);
        QFETCH(QString, after);
        const bool text = name == QLatin1String("name") || name == QLatin1String("category");
        const auto cell = [&] {
            return text ? value(QStringLiteral("SELECT %1 FROM %2 LIMIT 1").arg(name, table))
                              .toString()
                        : stored(table, name);
        };

        QUndoStack stack;
        SqlTableModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUndoStack(&stack);
        model.setTable(table);
        const int c = column(model, name);
        QVERIFY(c >= 0);
        QVERIFY(model.flags(model.index(0, c)) & Qt::ItemIsEditable);
        const QString before = cell();
        const qint64 auditsBefore = audits();
        QSignalSpy refused(&model, &SqlTableModel::editRefused);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QVERIFY(model.setData(model.index(0, c), typed));
        QCOMPARE(refused.count(), 0);
        QCOMPARE(cell(), after);
        QCOMPARE(audits(), auditsBefore + 1);
        QCOMPARE(stack.count(), 1);
        QVERIFY(!stack.text(0).isEmpty());
        QVERIFY(reset.count() >= 1); // the DataStore announced the table; the model reloaded
        const QString shown = model.data(model.index(0, c), Qt::EditRole).toString();
        QCOMPARE(text ? shown : (shown.isEmpty() ? QString() : QString::number(shown.toDouble())),
                 after);

        stack.undo();
        QCOMPARE(cell(), before);
        QCOMPARE(audits(), auditsBefore + 2);
        stack.redo();
        QCOMPARE(cell(), after);
        QCOMPARE(audits(), auditsBefore + 3);
        stack.undo(); // leave the fixture as it was for the next row
        QCOMPARE(cell(), before);
    }

    void unchangedValuePushesNothing()
    {
        QUndoStack stack;
        SqlTableModel model(m_store.get());
        model.setUndoStack(&stack);
        model.setTable(QStringLiteral("skus"));
        const qint64 auditsBefore = audits();
        QVERIFY(model.setData(model.index(0, column(model, QStringLiteral("unit_cost"))),
                              QStringLiteral("2.5")));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(audits(), auditsBefore);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name) -> QTestData & {
            return QTest::newRow(name);
        };
        row("negative item cost") << "supplier_items"
                                  << "unit_cost"
                                  << "-1"
                                  << "Unit cost must be a number ≥ 0.";
        row("negative sku cost") << "skus"
                                 << "unit_cost"
                                 << "-0.01"
                                 << "Unit cost must be a number ≥ 0, or empty.";
        row("text in a number") << "locations"
                                << "handling_cost"
                                << "cheap"
                                << "Handling cost must be a number ≥ 0.";
        row("empty lead time") << "suppliers"
                               << "lead_time_days"
                               << " "
                               << "Lead time days must be a number ≥ 0.";
        row("fractional shelf life") << "skus"
                                     << "shelf_life_days"
                                     << "2.5"
                                     << "Shelf life days must be a whole number ≥ 0.";
        row("zero pack size") << "skus"
                              << "pack_size"
                              << "0"
                              << "Pack size must be a number > 0.";
        row("zero order multiple") << "supplier_items"
                                   << "order_multiple"
                                   << "0"
                                   << "Order multiple must be a number > 0.";
        row("active yes") << "lanes"
                          << "active"
                          << "yes"
                          << "Active must be 0 or 1.";
    }

    void refuses()
    {
        QFETCH(QString, table);
        QFETCH(QString, name);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        QUndoStack stack;
        SqlTableModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUndoStack(&stack);
        model.setTable(table);
        const int c = column(model, name);
        QVERIFY(c >= 0);
        const QString before = stored(table, name);
        const qint64 auditsBefore = audits();
        QSignalSpy refused(&model, &SqlTableModel::editRefused);

        QVERIFY(!model.setData(model.index(0, c), typed));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).at(0).toString(), message);
        QCOMPARE(stored(table, name), before);
        QCOMPARE(audits(), auditsBefore);
        QCOMPARE(stack.count(), 0);
    }

    void readOnlyColumns_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("editable");
        QTest::newRow("skus") << "skus"
                              << QStringList{"name",       "category",        "unit_cost",
                                             "unit_price", "shelf_life_days", "pack_size"};
        QTest::newRow("locations")
            << "locations" << QStringList{"name", "capacity_units", "handling_cost"};
        QTest::newRow("suppliers") << "suppliers" << QStringList{"name", "lead_time_days"};
        QTest::newRow("lanes") << "lanes"
                               << QStringList{"cost_per_unit", "lead_time_days",
                                              "capacity_per_period", "active"};
        QTest::newRow("supplier_items")
            << "supplier_items" << QStringList{"unit_cost", "moq", "order_multiple"};
        QTest::newRow("sales") << "sales" << QStringList{};
        QTest::newRow("ledger_entries") << "ledger_entries" << QStringList{};
    }

    void readOnlyColumns()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, editable);
        QUndoStack stack;
        SqlTableModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(table);
        QVERIFY(model.rowCount() > 0);
        // Without an undo stack nothing is editable.
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!(model.flags(model.index(0, c)) & Qt::ItemIsEditable));
        model.setUndoStack(&stack);
        QStringList found;
        for (int c = 0; c < model.columnCount(); ++c)
            if (model.flags(model.index(0, c)) & Qt::ItemIsEditable)
                found.append(model.columnName(c));
        QCOMPARE(found, editable);
        // A read-only cell refuses setData quietly and stores nothing.
        const qint64 auditsBefore = audits();
        for (int c = 0; c < model.columnCount(); ++c)
            if (!editable.contains(model.columnName(c)))
                QVERIFY(!model.setData(model.index(0, c), QStringLiteral("1")));
        QCOMPARE(audits(), auditsBefore);
        QCOMPARE(stack.count(), 0);
    }

    void ledgerNeverChanges()
    {
        const QString before = value(QStringLiteral("SELECT quantity || '/' || hash FROM "
                                                    "ledger_entries"))
                                   .toString();
        QUndoStack stack;
        SqlTableModel model(m_store.get());
        model.setUndoStack(&stack);
        model.setTable(QStringLiteral("ledger_entries"));
        for (int c = 0; c < model.columnCount(); ++c) {
            QVERIFY(!(model.flags(model.index(0, c)) & Qt::ItemIsEditable));
            QVERIFY(!model.setData(model.index(0, c), QStringLiteral("2")));
        }
        QCOMPARE(
            value(QStringLiteral("SELECT quantity || '/' || hash FROM ledger_entries")).toString(),
            before);
    }

    void mainWindowWiresStackAndStatusBar()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_path));
        SqlTableModel *model = window.browserModel();
        QVERIFY(model);
        QCOMPARE(model->undoStack(), window.undoStack());
        auto *tables = window.findChild<QComboBox *>(QStringLiteral("browserTable"));
        QVERIFY(tables);
        tables->setCurrentIndex(tables->findData(QStringLiteral("skus")));
        QCOMPARE(model->table(), QStringLiteral("skus"));
        const int c = column(*model, QStringLiteral("unit_cost"));

        QVERIFY(!model->setData(model->index(0, c), QStringLiteral("-1")));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Unit cost must be a number ≥ 0, or empty."));
        QCOMPARE(window.undoStack()->count(), 0);

        QVERIFY(model->setData(model->index(0, c), QStringLiteral("3")));
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(window.undoStack()->text(0),
                 QStringLiteral("Unit cost of S1: 2.50€ → 3.00€")); // C locale
        QCOMPARE(model->data(model->index(0, c), Qt::EditRole).toString(), QStringLiteral("3"));
        window.undoStack()->undo();
        QCOMPARE(model->data(model->index(0, c), Qt::EditRole).toString(), QStringLiteral("2.5"));
    }
};

QTEST_MAIN(TestBrowserEdits)
#include "tst_browseredits.moc"
