// Storage::DataEdits: the editable master-data columns, the checks taken from the schema's CHECK
// constraints with their exact messages, the audited write in one transaction and the previous
// value it returns.
#include "storage/Connection.h"
#include "storage/DataEdits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;
using namespace Stockshift::Storage;

class TestDataEdits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_c;

    QVariant value(const QString &sql)
    {
        QSqlQuery q(m_c->db());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<no row>");
        return q.value(0);
    }
    qint64 audits() { return value(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(); }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        auto c = Connection::open(m_dir.filePath(QStringLiteral("edits.db")));
        QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
        m_c = std::move(c.value());
        for (const char *sql :
             {"INSERT INTO locations (id, code, name, kind, capacity_units, handling_cost) VALUES "
              "(1, 'L1', 'Hub', 'regional_hub', 500, 0.5), (2, 'L2', 'Store', 'store', NULL, 0)",
              "INSERT INTO skus (id, code, name, category, unit_cost, unit_price, "
              "shelf_life_days, pack_size) VALUES (1, 'S1', 'Milk', 'dairy', 2.5, NULL, 10, 6)",
              "INSERT INTO suppliers (id, code, name, lead_time_days) VALUES (1, 'SUP', 'Acme', 4)",
              "INSERT INTO lanes (id, from_id, to_id, cost_per_unit, lead_time_days, "
              "capacity_per_period, active) VALUES (1, 1, 2, 0.25, 1, NULL, 1)",
              "INSERT INTO supplier_items (supplier_id, sku_id, unit_cost, moq, order_multiple) "
              "VALUES (1, 1, 2, 10, 6)"})
            QVERIFY(m_c->exec(QString::fromLatin1(sql)));
    }

    void editableColumns()
    {
        QCOMPARE(DataEdits::editableColumns(QStringLiteral("skus")),
                 (QStringList{"name", "category", "unit_cost", "unit_price", "shelf_life_days",
                              "pack_size"}));
        QCOMPARE(DataEdits::editableColumns(QStringLiteral("lanes")),
                 (QStringList{"cost_per_unit", "lead_time_days", "capacity_per_period", "active"}));
        QCOMPARE(DataEdits::keyColumns(QStringLiteral("supplier_items")),
                 (QStringList{"supplier_id", "sku_id"}));
        for (const char *table : {"ledger_entries", "sales", "stock", "plans", "plan_lines",
                                  "open_orders", "audit_log", "orders"}) {
            QVERIFY(DataEdits::editableColumns(QString::fromLatin1(table)).isEmpty());
            QVERIFY(DataEdits::keyColumns(QString::fromLatin1(table)).isEmpty());
        }
        QVERIFY(!DataEdits::isEditable(QStringLiteral("skus"), QStringLiteral("code")));
        QVERIFY(!DataEdits::isEditable(QStringLiteral("skus"), QStringLiteral("id")));
        QVERIFY(!DataEdits::isEditable(QStringLiteral("lanes"), QStringLiteral("from_id")));
    }

    void storesAndAudits_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QVariantList>("key");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("input");
        QTest::addColumn<QVariant>("before");
        QTest::addColumn<QVariant>("stored");
        const QVariantList one{1};
        const QVariantList item{1, 1};
        const auto row = [](const char *name) -> QTestData & {
            return QTest::newRow(name);
        };
        row("sku name") << "skus" << one << "name" << QVariant("Whole milk") << QVariant("Milk")
                        << QVariant("Whole milk");
        row("sku category") << "skus" << one << "category" << QVariant("chilled")
                            << QVariant("dairy") << QVariant("chilled");
        row("sku unit cost text") << "skus" << one << "unit_cost" << QVariant(" 3.75 ")
                                  << QVariant(2.5) << QVariant(3.75);
        row("sku unit price from NULL")
            << "skus" << one << "unit_price" << QVariant(4.2) << QVariant() << QVariant(4.2);
        row("sku shelf life") << "skus" << one << "shelf_life_days" << QVariant("14")
                              << QVariant(10) << QVariant(14);
        row("sku pack size") << "skus" << one << "pack_size" << QVariant(12) << QVariant(6.0)
                             << QVariant(12.0);
        row("location name") << "locations" << one << "name" << QVariant("North hub")
                             << QVariant("Hub") << QVariant("North hub");
        row("location capacity to NULL") << "locations" << one << "capacity_units" << QVariant("")
                                         << QVariant(500.0) << QVariant();
        row("location handling") << "locations" << one << "handling_cost" << QVariant("0.75")
                                 << QVariant(0.5) << QVariant(0.75);
        row("supplier name") << "suppliers" << one << "name" << QVariant("Acme GmbH")
                             << QVariant("Acme") << QVariant("Acme GmbH");
        row("supplier lead time") << "suppliers" << one << "lead_time_days" << QVariant(6.5)
                                  << QVariant(4.0) << QVariant(6.5);
        row("lane cost") << "lanes" << one << "cost_per_unit" << QVariant("0") << QVariant(0.25)
                         << QVariant(0.0);
        row("lane lead time") << "lanes" << one << "lead_time_days" << QVariant(2) << QVariant(1.0)
                              << QVariant(2.0);
        row("lane capacity") << "lanes" << one << "capacity_per_period" << QVariant("800")
                             << QVariant() << QVariant(800.0);
        row("lane closed") << "lanes" << one << "active" << QVariant(false) << QVariant(1)
                           << QVariant(0);
        row("item unit cost") << "supplier_items" << item << "unit_cost" << QVariant("1.95")
                              << QVariant(2.0) << QVariant(1.95);
        row("item moq") << "supplier_items" << item << "moq" << QVariant(24) << QVariant(10.0)
                        << QVariant(24.0);
        row("item order multiple") << "supplier_items" << item << "order_multiple" << QVariant("12")
                                   << QVariant(6.0) << QVariant(12.0);
    }

    void storesAndAudits()
    {
        QFETCH(QString, table);
        QFETCH(QVariantList, key);
        QFETCH(QString, column);
        QFETCH(QVariant, input);
        QFETCH(QVariant, before);
        QFETCH(QVariant, stored);
        const QString where = table == QLatin1String("supplier_items")
                                  ? QStringLiteral("supplier_id = 1 AND sku_id = 1")
                                  : QStringLiteral("id = 1");
        const QString select
            = QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(column, table, where);
        const qint64 auditsBefore = audits();

        auto previous = DataEdits::editCell(*m_c, table, key, column, input, QStringLiteral("ann"));
        QVERIFY2(previous.ok(), qPrintable(previous.errorMessage()));
        QCOMPARE(previous->isNull(), before.isNull());
        if (!before.isNull())
            QCOMPARE(previous->toString(), before.toString());
        const QVariant now = value(select);
        QCOMPARE(now.isNull(), stored.isNull());
        if (!stored.isNull())
            QCOMPARE(now.toString(), stored.toString());

        QCOMPARE(audits(), auditsBefore + 1);
        QSqlQuery q(m_c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT user_name, action, entity, entity_key, detail FROM "
                                      "audit_log ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ann"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("data-edit"));
        QCOMPARE(q.value(2).toString(), table);
        QCOMPARE(q.value(3).toString(),
                 key.size() == 2 ? QStringLiteral("1/1") : QStringLiteral("1"));
        const QJsonObject detail = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        QCOMPARE(detail.value(QStringLiteral("column")).toString(), column);
        QCOMPARE(detail.value(QStringLiteral("before")).isNull(), before.isNull());
        QCOMPARE(detail.value(QStringLiteral("after")).isNull(), stored.isNull());

        // The same value again changes nothing and audits nothing.
        auto again = DataEdits::editCell(*m_c, table, key, column, input);
        QVERIFY(again.ok());
        QCOMPARE(audits(), auditsBefore + 1);

        // Putting the previous value back (what undo does) restores the cell exactly.
        auto back = DataEdits::editCell(*m_c, table, key, column, *previous);
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        const QVariant restored = value(select);
        QCOMPARE(restored.isNull(), before.isNull());
        if (!before.isNull())
            QCOMPARE(restored.toString(), before.toString());
        QCOMPARE(audits(), auditsBefore + 2);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name) -> QTestData & {
            return QTest::newRow(name);
        };
        row("negative item cost") << "supplier_items"
                                  << "unit_cost" << QVariant(-1) << "invalid"
                                  << "Unit cost must be a number ≥ 0.";
        row("negative sku cost") << "skus"
                                 << "unit_cost" << QVariant("-0.5") << "invalid"
                                 << "Unit cost must be a number ≥ 0, or empty.";
        row("text in a number") << "locations"
                                << "handling_cost" << QVariant("cheap") << "invalid"
                                << "Handling cost must be a number ≥ 0.";
        row("empty not nullable") << "locations"
                                  << "handling_cost" << QVariant("") << "invalid"
                                  << "Handling cost must be a number ≥ 0.";
        row("infinite") << "suppliers"
                        << "lead_time_days" << QVariant("inf") << "invalid"
                        << "Lead time days must be a number ≥ 0.";
        row("fractional shelf life") << "skus"
                                     << "shelf_life_days" << QVariant("2.5") << "invalid"
                                     << "Shelf life days must be a whole number ≥ 0.";
        row("zero pack size") << "skus"
                              << "pack_size" << QVariant(0) << "invalid"
                              << "Pack size must be a number > 0.";
        row("zero order multiple") << "supplier_items"
                                   << "order_multiple" << QVariant("0") << "invalid"
                                   << "Order multiple must be a number > 0.";
        row("active 2") << "lanes"
                        << "active" << QVariant(2) << "invalid"
                        << "Active must be 0 or 1.";
        row("sku code") << "skus"
                        << "code" << QVariant("X") << "read-only"
                        << "The column code of skus cannot be edited.";
        row("sku id") << "skus"
                      << "id" << QVariant(7) << "read-only"
                      << "The column id of skus cannot be edited.";
        row("lane endpoint") << "lanes"
                             << "from_id" << QVariant(2) << "read-only"
                             << "The column from_id of lanes cannot be edited.";
        row("sales history") << "sales"
                             << "quantity" << QVariant(1) << "read-only"
                             << "The column quantity of sales cannot be edited.";
        row("ledger") << "ledger_entries"
                      << "quantity" << QVariant(1) << "read-only"
                      << "The settlement ledger is append-only and cannot be edited.";
    }

    void refuses()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QVariant, input);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const qint64 auditsBefore = audits();
        const QVariantList key
            = table == QLatin1String("supplier_items") ? QVariantList{1, 1} : QVariantList{1};
        auto result = DataEdits::editCell(*m_c, table, key, column, input);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.errorMessage(), message);
        QCOMPARE(audits(), auditsBefore);
    }

    void refusalChangesNothing()
    {
        const QVariant cost = value(QStringLiteral("SELECT unit_cost FROM skus WHERE id = 1"));
        QVERIFY(!DataEdits::editCell(*m_c, QStringLiteral("skus"), {1}, QStringLiteral("unit_cost"),
                                     QStringLiteral("-3"))
                     .ok());
        QCOMPARE(value(QStringLiteral("SELECT unit_cost FROM skus WHERE id = 1")), cost);
    }

    void missingRow()
    {
        auto result = DataEdits::editCell(*m_c, QStringLiteral("skus"), {999},
                                          QStringLiteral("name"), QStringLiteral("x"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("not-found"));
        QCOMPARE(result.errorMessage(),
                 QStringLiteral("The row was not found; it may have been deleted."));
    }

    void readsTheUsersLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        auto a = DataEdits::validate(QStringLiteral("skus"), QStringLiteral("unit_cost"),
                                     QStringLiteral("1,5"));
        auto b = DataEdits::validate(QStringLiteral("skus"), QStringLiteral("unit_cost"),
                                     QStringLiteral("1.5"));
        QLocale::setDefault(QLocale::c());
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->toDouble(), 1.5);
        QCOMPARE(b->toDouble(), 1.5);
    }
};

QTEST_GUILESS_MAIN(TestDataEdits)
#include "tst_dataedits.moc"
