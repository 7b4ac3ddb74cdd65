// The edit history kept in the database (ui/undo/UndoJournalKeeper): every kind of planner edit
// written and rebuilt byte for byte; hostile or broken entries refused with a message; the
// history rebuilt after a restart without writing anything, then undone and redone for real;
// a history made on other data or by another user left alone; saved after every step; and the
// main window wiring it up.
#include "browser/BrowserCommands.h"
#include "demo/DemoGenerator.h"
#include "forecast/OverrideCommands.h"
#include "health/PolicyCommands.h"
#include "mainwindow/MainWindow.h"
#include "plan/PlanCommands.h"
#include "policy/PolicyConfig.h"
#include "scenario/ScenarioCommands.h"
#include "scenario/ScenarioStore.h"
#include "scenario/WhatIf.h"
#include "storage/DataEdits.h"
#include "storage/DataStore.h"
#include "storage/UndoJournal.h"
#include "undo/UndoJournalKeeper.h"

#include <QDockWidget>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Stockshift;
using namespace Stockshift::Ui;

namespace {

Policy::PolicyParameters serviceLevel(double level)
{
    Policy::PolicyParameters p;
    p.serviceLevel = level;
    return p;
}

Scenarios::Scenario scenario(const QString &name, double budget)
{
    Scenarios::Scenario s;
    s.name = name;
    s.budgetPerBucket = budget;
    return s;
}

} // namespace

class TestUndoHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    // A small database with one SKU (unit cost 2.5) to edit.
    QString freshDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("h%1.db").arg(m_next++));
        auto store = Storage::DataStore::open(path);
        if (!store)
            qFatal("%s", qPrintable(store.errorMessage()));
        for (const char *sql :
             {"INSERT INTO locations (id, code, name, kind) VALUES (1, 'L1', 'Hub', "
              "'regional_hub')",
              "INSERT INTO skus (id, code, name, category, unit_cost) VALUES (1, 'S1', 'Milk', "
              "'dairy', 2.5)"})
            if (!(*store)->connection().exec(QString::fromLatin1(sql)))
                qFatal("fixture");
        return path;
    }
    static QString scalar(Storage::DataStore &store, const QString &sql)
    {
        QSqlQuery q(store.connection().db());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<none>");
        return q.value(0).toString();
    }
    static QString unitCost(Storage::DataStore &store)
    {
        return scalar(store, QStringLiteral("SELECT unit_cost FROM skus WHERE id = 1"));
    }
    static QString audits(Storage::DataStore &store)
    {
        return scalar(store, QStringLiteral("SELECT count(*) FROM audit_log"));
    }
    static bool hasScenario(Storage::DataStore &store, const QString &name)
    {
        return scalar(store,
                      QStringLiteral("SELECT count(*) FROM scenarios WHERE name = '%1'").arg(name))
               == QStringLiteral("1");
    }
    // An edit as the browser makes it: stored first, then pushed.
    static void editCost(Storage::DataStore &store, QUndoStack &stack, double to)
    {
        const auto before
            = Storage::DataEdits::editCell(store.connection(), QStringLiteral("skus"), {qint64(1)},
                                           QStringLiteral("unit_cost"), to);
        QVERIFY2(before.ok(), qPrintable(before.errorMessage()));
        stack.push(new CellEditCommand(&store, QStringLiteral("skus"), {qint64(1)},
                                       QStringLiteral("unit_cost"), *before, to,
                                       QStringLiteral("Unit cost %1").arg(to)));
    }
    // Session one of the restart tests: three cost edits and a scenario created, `undone` of
    // them undone, the keeper finished as the window does when it closes.
    void firstSession(const QString &path, int undone)
    {
        auto store = Storage::DataStore::open(path);
        QVERIFY(store.ok());
        QUndoStack stack;
        UndoJournalKeeper keeper(store->get(), &stack, nullptr);
        QCOMPARE(keeper.restore(), QString());
        editCost(**store, stack, 3);
        editCost(**store, stack, 4);
        editCost(**store, stack, 5);
        auto captured = Scenarios::captureScenario((*store)->connection(), QStringLiteral("A"));
        QVERIFY2(captured.ok(), qPrintable(captured.errorMessage()));
        QVERIFY(Scenarios::saveScenario((*store)->connection(), *captured).ok());
        stack.push(new CreateScenarioCommand(store->get(), nullptr, *captured,
                                             QStringLiteral("New scenario A")));
        for (int i = 0; i < undone; ++i)
            stack.undo();
        keeper.finish();
        QVERIFY2(keeper.lastSave().ok(), qPrintable(keeper.lastSave().errorMessage()));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("StockshiftTest"));
        QVERIFY(m_dir.isValid());
    }

    void roundTripsEveryKind_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("kind");
        const auto add = [](const char *name, QUndoCommand *command) {
            const QByteArray document = UndoJournalKeeper::encode(command);
            const QString kind = QJsonDocument::fromJson(document)
                                     .object()
                                     .value(QLatin1String("kind"))
                                     .toString();
            QTest::newRow(name) << document << kind;
            delete command;
        };
        add("cell edit, number",
            new CellEditCommand(nullptr, QStringLiteral("skus"), {qint64(7)},
                                QStringLiteral("unit_cost"), 2.5, 3.75, QStringLiteral("Cost")));
        add("cell edit, text to null",
            new CellEditCommand(nullptr, QStringLiteral("skus"), {qint64(7)},
                                QStringLiteral("category"), QStringLiteral("Käse"), QVariant(),
                                QStringLiteral("Category")));
        add("cell edit, two-column key",
            new CellEditCommand(nullptr, QStringLiteral("supplier_items"), {qint64(3), qint64(9)},
                                QStringLiteral("moq"), 10, 12, QStringLiteral("MOQ")));
        add("forecast override", new AddOverrideCommand(nullptr, 42, QStringLiteral("Override")));
        add("override withdrawn",
            new WithdrawOverrideCommand(nullptr, 42, QStringLiteral("Withdraw")));
        add("segment rule", new SegmentRuleCommand(nullptr, QStringLiteral("AX"), {},
                                                   serviceLevel(0.97), QStringLiteral("Rule AX")));
        add("policy override",
            new PolicyOverrideCommand(nullptr, 3, 11, {serviceLevel(0.9), QStringLiteral("old")},
                                      {{}, QString()}, QStringLiteral("Override policy")));
        add("plan lines approved",
            new LineStatusCommand(
                nullptr, 5, {{1, Plan::LineStatus::Proposed}, {4, Plan::LineStatus::Rejected}},
                Plan::LineStatus::Approved, QStringLiteral("Approve")));
        add("plan line quantity",
            new LineQuantityCommand(nullptr, 5, 2, 120, 96, QStringLiteral("Quantity")));
        add("scenario created",
            new CreateScenarioCommand(nullptr, nullptr, scenario(QStringLiteral("Base"), 1000),
                                      QStringLiteral("Create")));
        add("scenario deleted",
            new DeleteScenarioCommand(nullptr, nullptr, scenario(QStringLiteral("Old"), 0),
                                      QStringLiteral("Delete")));
        add("scenario renamed",
            new RenameScenarioCommand(nullptr, nullptr, QStringLiteral("A"), QStringLiteral("B"),
                                      QStringLiteral("Rename")));
        add("scenario changed", new ChangeScenarioCommand(
                                    nullptr, nullptr, scenario(QStringLiteral("W"), 1000),
                                    scenario(QStringLiteral("W"), 850), QStringLiteral("Budget")));
        auto *macro = new QUndoCommand(QStringLiteral("Inherit policy settings"));
        new SegmentRuleCommand(nullptr, QStringLiteral("A"), serviceLevel(0.95), {},
                               QStringLiteral("A"), macro);
        new SegmentRuleCommand(nullptr, QStringLiteral("B"), serviceLevel(0.9), {},
                               QStringLiteral("B"), macro);
        add("macro of rules", macro);
    }
    void roundTripsEveryKind()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, kind);
        QVERIFY(!document.isEmpty());
        QVERIFY(!kind.isEmpty());
        for (const bool undone : {false, true}) {
            auto decoded = UndoJournalKeeper::decode(document, nullptr, nullptr, undone);
            QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
            const std::unique_ptr<QUndoCommand> command(*decoded);
            QCOMPARE(UndoJournalKeeper::encode(command.get()), document);
        }
    }

    void refusesBrokenEntries_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("code");
        QTest::newRow("not JSON") << QByteArray("{\"kind\":") << "corrupt";
        QTest::newRow("an array") << QByteArray("[1,2]") << "corrupt";
        QTest::newRow("unknown kind")
            << QByteArray(R"({"kind":"format-disk","data":{}})") << "unknown-kind";
        QTest::newRow("override id missing")
            << QByteArray(R"({"kind":"forecast-override","data":{}})") << "corrupt";
        QTest::newRow("override id zero")
            << QByteArray(R"({"kind":"forecast-override","data":{"override":0}})") << "corrupt";
        QTest::newRow("override id fractional")
            << QByteArray(R"({"kind":"forecast-override","data":{"override":1.5}})") << "corrupt";
        QTest::newRow("override id huge")
            << QByteArray(R"({"kind":"forecast-override","data":{"override":1e300}})") << "corrupt";
        QTest::newRow("cell edit of the ledger")
            << QByteArray(R"({"kind":"cell-edit","data":{"table":"ledger_entries","key":[1],)"
                          R"("column":"hash","before":"a","after":"b"}})")
            << "corrupt";
        QTest::newRow("cell edit without key")
            << QByteArray(R"({"kind":"cell-edit","data":{"table":"skus","key":[],)"
                          R"("column":"unit_cost","before":1,"after":2}})")
            << "corrupt";
        QTest::newRow("cell edit key an object")
            << QByteArray(R"({"kind":"cell-edit","data":{"table":"skus","key":[{}],)"
                          R"("column":"unit_cost","before":1,"after":2}})")
            << "corrupt";
        QTest::newRow("policy out of range")
            << QByteArray(R"({"kind":"policy-rule","data":{"scope":"A","before":{},)"
                          R"("after":{"serviceLevel":7}}})")
            << "corrupt";
        QTest::newRow("plan status unknown")
            << QByteArray(R"({"kind":"plan-line-status","data":{"plan":1,"before":[[1,"x"]],)"
                          R"("after":"approved"}})")
            << "corrupt";
        QTest::newRow("negative quantity")
            << QByteArray(R"({"kind":"plan-line-quantity","data":{"plan":1,"line":1,)"
                          R"("before":-1,"after":2}})")
            << "corrupt";
        QTest::newRow("scenario not base64")
            << QByteArray(R"({"kind":"scenario-create","data":{"scenario":"***"}})") << "corrupt";
        QTest::newRow("scenario bytes corrupt")
            << QByteArray(R"({"kind":"scenario-create","data":{"scenario":"U1RPQ0tTQ04="}})")
            << "corrupt";
        QTest::newRow("empty macro")
            << QByteArray(R"({"kind":"group","children":[]})") << "corrupt";
        QTest::newRow("macro with a bad child")
            << QByteArray(R"({"kind":"group","children":[{"kind":"forecast-override",)"
                          R"("data":{"override":1}},{"kind":"nope"}]})")
            << "unknown-kind";
    }
    void refusesBrokenEntries()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, code);
        auto decoded = UndoJournalKeeper::decode(document, nullptr, nullptr, false);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, code);
        QVERIFY(!decoded.errorMessage().isEmpty());
    }

    void keepsOnlyWhatCanBeRebuilt()
    {
        // Tier edits are plain commands on a configuration in memory: not kept, nor is a macro
        // that holds one.
        QUndoCommand plain(QStringLiteral("Tier edit"));
        QCOMPARE(UndoJournalKeeper::encode(&plain), QByteArray());
        QUndoCommand macro(QStringLiteral("Mixed"));
        new AddOverrideCommand(nullptr, 1, QStringLiteral("Override"), &macro);
        new QUndoCommand(QStringLiteral("Tier edit"), &macro);
        QCOMPARE(UndoJournalKeeper::encode(&macro), QByteArray());
    }

    void savesAfterEveryStep()
    {
        const QString path = freshDatabase();
        auto store = Storage::DataStore::open(path);
        QVERIFY(store.ok());
        auto reader = Storage::Connection::open(path);
        QVERIFY(reader.ok());
        QUndoStack stack;
        UndoJournalKeeper keeper(store->get(), &stack, nullptr);
        // Tier edits (plain commands) are skipped but do not break the count of those in force.
        stack.push(new QUndoCommand(QStringLiteral("Tier edit")));
        editCost(**store, stack, 3);
        const auto stored = [&reader] {
            return Storage::loadUndoJournal(**reader).value().value_or(Storage::UndoJournal());
        };
        QCOMPARE(stored().entries.size(), 1);
        QCOMPARE(stored().inForce, 1);
        stack.undo();
        QCOMPARE(stored().inForce, 0);
        QCOMPARE(unitCost(**store), QStringLiteral("2.5"));
        stack.redo();
        QCOMPARE(stored().inForce, 1);
        QCOMPARE(stored().fingerprint, Storage::dataFingerprint(**reader).value());
    }

    void restoresAcrossRestart_data()
    {
        QTest::addColumn<int>("undone");
        QTest::newRow("all in force") << 0;
        QTest::newRow("last undone") << 1;
        QTest::newRow("three undone") << 3;
        QTest::newRow("all undone") << 4;
    }
    void restoresAcrossRestart()
    {
        QFETCH(int, undone);
        const QString path = freshDatabase();
        firstSession(path, undone);
        if (QTest::currentTestFailed())
            return;

        auto store = Storage::DataStore::open(path);
        QVERIFY(store.ok());
        Storage::DataStore &s = **store;
        const QString costBefore = unitCost(s);
        const bool scenarioBefore = hasScenario(s, QStringLiteral("A"));
        const QString auditsBefore = audits(s);
        QCOMPARE(scenarioBefore, undone == 0);

        QUndoStack stack;
        UndoJournalKeeper keeper(&s, &stack, nullptr);
        const QString message = keeper.restore();
        QVERIFY2(message.contains(QLatin1String("4")), qPrintable(message));
        QCOMPARE(stack.count(), 4);
        QCOMPARE(stack.index(), 4 - undone);
        QCOMPARE(stack.command(0)->text(), QStringLiteral("Unit cost 3"));
        QCOMPARE(stack.command(3)->text(), QStringLiteral("New scenario A"));
        // Restoring wrote nothing: the data and the audit trail are as the session left them.
        QCOMPARE(unitCost(s), costBefore);
        QCOMPARE(hasScenario(s, QStringLiteral("A")), scenarioBefore);
        QCOMPARE(audits(s), auditsBefore);

        // And the rebuilt commands work: all the way back, all the way forward.
        stack.setIndex(0);
        QCOMPARE(unitCost(s), QStringLiteral("2.5"));
        QVERIFY(!hasScenario(s, QStringLiteral("A")));
        stack.setIndex(4);
        QCOMPARE(unitCost(s), QStringLiteral("5"));
        QVERIFY(hasScenario(s, QStringLiteral("A")));
        stack.setIndex(2);
        QCOMPARE(unitCost(s), QStringLiteral("4"));
    }

    // A macro (as "Inherit policy settings" makes) of two rule edits, undone, comes back undone
    // without writing anything, then redoes and undoes both rules for real.
    void restoresAnUndoneMacro()
    {
        const QString path = freshDatabase();
        const auto rules = [](Storage::DataStore &store) {
            return scalar(store,
                          QStringLiteral("SELECT group_concat(scope || '=' || "
                                         "json_extract(parameters, '$.serviceLevel'), ',') "
                                         "FROM (SELECT * FROM policy_rules ORDER BY scope)"));
        };
        {
            auto store = Storage::DataStore::open(path);
            QVERIFY(store.ok());
            QUndoStack stack;
            UndoJournalKeeper keeper(store->get(), &stack, nullptr);
            QCOMPARE(keeper.restore(), QString());
            stack.beginMacro(QStringLiteral("Inherit policy settings"));
            for (const auto &[scope, level] : {std::pair{"A", 0.97}, std::pair{"B", 0.9}}) {
                QVERIFY(Policy::saveSegmentRule((*store)->connection(), QLatin1String(scope),
                                                serviceLevel(level))
                            .ok());
                stack.push(new SegmentRuleCommand(store->get(), QLatin1String(scope), {},
                                                  serviceLevel(level), QLatin1String(scope)));
            }
            stack.endMacro();
            QCOMPARE(rules(**store), QStringLiteral("A=0.97,B=0.9"));
            stack.undo();
            QCOMPARE(rules(**store), QString());
        }
        auto store = Storage::DataStore::open(path);
        QVERIFY(store.ok());
        const QString auditsBefore = audits(**store);
        QUndoStack stack;
        UndoJournalKeeper keeper(store->get(), &stack, nullptr);
        QVERIFY(keeper.restore().contains(QLatin1String("1")));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.index(), 0);
        QCOMPARE(stack.command(0)->childCount(), 2);
        QCOMPARE(audits(**store), auditsBefore);
        QCOMPARE(rules(**store), QString());
        stack.redo();
        QCOMPARE(rules(**store), QStringLiteral("A=0.97,B=0.9"));
        stack.undo();
        QCOMPARE(rules(**store), QString());
    }

    // A history longer than the stack's limit loses its oldest steps in force, as the stack
    // would; one whose excess steps are undone ones is refused rather than mis-indexed.
    void fitsTheUndoLimit_data()
    {
        QTest::addColumn<int>("undone");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("index");
        QTest::newRow("oldest in force dropped") << 1 << 3 << 2;
        QTest::newRow("all undone: refused") << 4 << 0 << 0;
    }
    void fitsTheUndoLimit()
    {
        QFETCH(int, undone);
        QFETCH(int, count);
        QFETCH(int, index);
        const QString path = freshDatabase();
        firstSession(path, undone);
        if (QTest::currentTestFailed())
            return;
        auto store = Storage::DataStore::open(path);
        QVERIFY(store.ok());
        QUndoStack stack;
        stack.setUndoLimit(3);
        UndoJournalKeeper keeper(store->get(), &stack, nullptr);
        const QString message = keeper.restore();
        QCOMPARE(stack.count(), count);
        QCOMPARE(stack.index(), index);
        if (count > 0) {
            QCOMPARE(stack.command(0)->text(), QStringLiteral("Unit cost 4"));
            stack.setIndex(0); // the kept steps still undo for real
            QCOMPARE(unitCost(**store), QStringLiteral("3"));
        } else {
            QVERIFY2(message.contains(QLatin1String("not restored")), qPrintable(message));
        }
    }

    void leavesHistoryMadeOnOtherData_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("says");
        QTest::addColumn<bool>("replaced"); // stale: replaced at once; else left alone
        QTest::newRow("import since") << "import"
                                      << "changed since" << true;
        QTest::newRow("edit by another program") << "edit"
                                                 << "changed since" << true;
        QTest::newRow("another user") << "user"
                                      << "belongs to user" << true;
        QTest::newRow("entry corrupted") << "corrupt"
                                         << "not valid JSON" << true;
        QTest::newRow("gap") << "gap"
                             << "gap" << true;
        QTest::newRow("kind from a newer build") << "kind"
                                                 << "unknown kind" << false;
    }
    void leavesHistoryMadeOnOtherData()
    {
        QFETCH(QString, change);
        QFETCH(QString, says);
        QFETCH(bool, replaced);
        const QString path = freshDatabase();
        firstSession(path, 1);
        if (QTest::currentTestFailed())
            return;
        {
            auto other = Storage::Connection::open(path);
            QVERIFY(other.ok());
            if (change == QLatin1String("import"))
                QVERIFY((*other)->exec(QStringLiteral(
                    "INSERT INTO import_batches (kind, file_name, checksum, mode, status, "
                    "started_at) VALUES ('skus', 'skus.csv', 'x', 'upsert', 'committed', 't')")));
            else if (change == QLatin1String("edit"))
                QVERIFY(Storage::DataEdits::editCell(**other, QStringLiteral("skus"), {qint64(1)},
                                                     QStringLiteral("unit_cost"), 9.0)
                            .ok());
            else if (change == QLatin1String("corrupt"))
                QVERIFY((*other)->exec(
                    QStringLiteral("UPDATE undo_journal SET entry = '{' WHERE position = 1")));
            else if (change == QLatin1String("kind"))
                QVERIFY((*other)->exec(QStringLiteral(
                    "UPDATE undo_journal SET entry = '{\"kind\":\"drop\"}' WHERE position = 2")));
            else if (change == QLatin1String("gap"))
                QVERIFY(
                    (*other)->exec(QStringLiteral("DELETE FROM undo_journal WHERE position = 1")));
        }
        const QByteArray user = qgetenv("USER");
        if (change == QLatin1String("user"))
            qputenv("USER", "someone-else");
        auto store = Storage::DataStore::open(path);
        QVERIFY(store.ok());
        const QString costBefore = unitCost(**store);
        QUndoStack stack;
        auto keeper = std::make_unique<UndoJournalKeeper>(store->get(), &stack, nullptr);
        const QString message = keeper->restore();
        qputenv("USER", user);
        QVERIFY2(message.contains(says), qPrintable(message));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(unitCost(**store), costBefore);
        const auto storedEntries = [&store] {
            auto loaded = Storage::loadUndoJournal((*store)->connection());
            return loaded && loaded->has_value() ? (*loaded)->entries.size() : qsizetype(-1);
        };
        // A stale history is replaced at once (a crash before the window closes must not leave
        // it to be restored later, made current by the window's other writes); one that cannot
        // be read now is left as it was, whatever this session writes.
        const qsizetype expected = replaced ? 0 : 4;
        QCOMPARE(storedEntries(), expected);
        (*store)->notifyChanged({QStringLiteral("plans")});
        QCoreApplication::processEvents();
        QCOMPARE(storedEntries(), expected);
        keeper.reset();
        QCOMPARE(storedEntries(), expected);
    }

    void mainWindowKeepsHistory()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.db"));
        Demo::DemoSettings settings;
        settings.skus = 20;
        settings.days = 60;
        QVERIFY(Demo::DemoGenerator(settings).writeDatabase(path).ok());
        QString costBefore;
        {
            MainWindow window;
            QVERIFY(window.openDatabase(path));
            QCOMPARE(window.journalMessage(), QString());
            Storage::DataStore &s = *window.dataStore();
            costBefore = unitCost(s);
            editCost(s, *window.undoStack(), 123.5);
            QCOMPARE(unitCost(s), QStringLiteral("123.5"));
        }
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        QCOMPARE(window.undoStack()->count(), 1);
        QVERIFY2(window.journalMessage().contains(QLatin1String("1")),
                 qPrintable(window.journalMessage()));
        QCOMPARE(window.statusBar()->currentMessage(), window.journalMessage());
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Unit cost 123.5"));
        window.undoStack()->undo();
        QCOMPARE(unitCost(*window.dataStore()), costBefore);
    }

    // With STOCKSHIFT_SCREENSHOTS=DIR: the main window after a restart, its edit history shown.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("STOCKSHIFT_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("STOCKSHIFT_SCREENSHOTS is not set");
        const QString path = m_dir.filePath(QStringLiteral("shots.db"));
        Demo::DemoSettings settings;
        settings.skus = 20;
        settings.days = 60;
        QVERIFY(Demo::DemoGenerator(settings).writeDatabase(path).ok());
        {
            MainWindow window;
            QVERIFY(window.openDatabase(path));
            for (double cost : {3.1, 3.4, 2.9})
                editCost(*window.dataStore(), *window.undoStack(), cost);
            window.undoStack()->undo();
        }
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openDatabase(path));
        window.showArea(QStringLiteral("browser"));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("editHistory"));
        QVERIFY(dock);
        dock->show();
        QTest::qWait(300);
        QVERIFY(window.grab().save(dir + QStringLiteral("/edit-history.png")));
    }
};

QTEST_MAIN(TestUndoHistory)
#include "tst_undohistory.moc"
