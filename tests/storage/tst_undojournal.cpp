// Storage::UndoJournal: the edit history kept in the database — saved and loaded as written,
// bounds refused, a hand-made gap refused, unchanged entries not rewritten, and the data
// fingerprint that decides whether a history may be restored.
#include "storage/Connection.h"
#include "storage/UndoJournal.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;
using namespace Stockshift::Storage;

class TestUndoJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    std::unique_ptr<Connection> open()
    {
        auto c = Connection::open(m_dir.filePath(QStringLiteral("j%1.db").arg(m_next++)));
        if (!c)
            qFatal("%s", qPrintable(c.errorMessage()));
        return std::move(c.value());
    }
    static QString scalar(Connection &c, const QString &sql)
    {
        QSqlQuery q(c.db());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<none>");
        return q.value(0).toString();
    }
    static UndoJournal journal(const QList<QByteArray> &entries, int inForce)
    {
        UndoJournal j;
        j.entries = entries;
        j.inForce = inForce;
        j.userName = QStringLiteral("planner");
        j.fingerprint = QStringLiteral("audit:0;import:0");
        return j;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void savesAndLoads_data()
    {
        QTest::addColumn<QList<QByteArray>>("entries");
        QTest::addColumn<int>("inForce");
        QTest::newRow("empty") << QList<QByteArray>{} << 0;
        QTest::newRow("one done") << QList<QByteArray>{R"({"kind":"a"})"} << 1;
        QTest::newRow("one undone") << QList<QByteArray>{R"({"kind":"a"})"} << 0;
        QTest::newRow("three, two in force")
            << QList<QByteArray>{R"({"kind":"a"})", R"({"kind":"b","text":"Ä é ß"})",
                                 R"({"kind":"c"})"}
            << 2;
        QTest::newRow("large entry") << QList<QByteArray>{QByteArray(300000, 'x')} << 1;
    }
    void savesAndLoads()
    {
        QFETCH(QList<QByteArray>, entries);
        QFETCH(int, inForce);
        auto c = open();
        QCOMPARE(loadUndoJournal(*c).value().has_value(), false);
        const Status saved = saveUndoJournal(*c, journal(entries, inForce));
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        auto loaded = loadUndoJournal(*c);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded->has_value());
        QCOMPARE((*loaded)->entries, entries);
        QCOMPARE((*loaded)->inForce, inForce);
        QCOMPARE((*loaded)->userName, QStringLiteral("planner"));
        QCOMPARE((*loaded)->fingerprint, QStringLiteral("audit:0;import:0"));
        QVERIFY(!(*loaded)->savedAt.isEmpty());
    }

    void replacesShorterAndKeepsUnchangedRows()
    {
        auto c = open();
        QVERIFY(saveUndoJournal(*c, journal({"a", "b", "c"}, 3)).ok());
        // A row already stored with the same digest is not rewritten: its rowid-bound marker
        // (set by hand here) survives, while the changed row is replaced.
        QVERIFY(
            c->exec(QStringLiteral("UPDATE undo_journal SET entry = 'kept' WHERE position = 0")));
        QVERIFY(saveUndoJournal(*c, journal({"a", "B"}, 1)).ok());
        QCOMPARE(scalar(*c, QStringLiteral("SELECT entry FROM undo_journal WHERE position = 0")),
                 QStringLiteral("kept"));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT entry FROM undo_journal WHERE position = 1")),
                 QStringLiteral("B"));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT count(*) FROM undo_journal")),
                 QStringLiteral("2"));
        QCOMPARE(loadUndoJournal(*c).value()->inForce, 1);
        QVERIFY(clearUndoJournal(*c).ok());
        QCOMPARE(loadUndoJournal(*c).value().has_value(), false);
    }

    // At the undo limit the stack drops its oldest command with each new one: the rows still
    // in it are not rewritten (their hand-set markers survive), the oldest goes, the new one is
    // appended, and the journal reads back in order.
    void keepsRowsWhenTheOldestIsDropped()
    {
        auto c = open();
        QVERIFY(saveUndoJournal(*c, journal({"a", "b", "c"}, 3)).ok());
        QVERIFY(c->exec(QStringLiteral("UPDATE undo_journal SET entry = entry || '*'")));
        QVERIFY(saveUndoJournal(*c, journal({"b", "c", "d"}, 3)).ok());
        QCOMPARE(loadUndoJournal(*c).value()->entries, (QList<QByteArray>{"b*", "c*", "d"}));
        QVERIFY(saveUndoJournal(*c, journal({"c", "d", "e", "f"}, 2)).ok());
        QCOMPARE(loadUndoJournal(*c).value()->entries, (QList<QByteArray>{"c*", "d", "e", "f"}));
        QCOMPARE(loadUndoJournal(*c).value()->inForce, 2);
        // Nothing in common: all replaced.
        QVERIFY(saveUndoJournal(*c, journal({"x"}, 0)).ok());
        QCOMPARE(loadUndoJournal(*c).value()->entries, (QList<QByteArray>{"x"}));
    }

    void refusesInconsistentJournals_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("code");
        QTest::newRow("gap") << "DELETE FROM undo_journal WHERE position = 1"
                             << "corrupt";
        QTest::newRow("more in force than entries") << "UPDATE undo_journal_state SET in_force = 4"
                                                    << "corrupt";
    }
    void refusesInconsistentJournals()
    {
        QFETCH(QString, sql);
        QFETCH(QString, code);
        auto c = open();
        QVERIFY(saveUndoJournal(*c, journal({"a", "b", "c"}, 3)).ok());
        QVERIFY(c->exec(sql));
        auto loaded = loadUndoJournal(*c);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, code);
    }

    void refusesBadIndexOnSave_data()
    {
        QTest::addColumn<int>("inForce");
        QTest::newRow("negative") << -1;
        QTest::newRow("past the end") << 3;
    }
    void refusesBadIndexOnSave()
    {
        QFETCH(int, inForce);
        auto c = open();
        const Status s = saveUndoJournal(*c, journal({"a", "b"}, inForce));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("invalid"));
        QCOMPARE(loadUndoJournal(*c).value().has_value(), false); // nothing half-written
    }

    void fingerprintFollowsAuditsAndImports_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("changes");
        QTest::newRow("audited edit")
            << "INSERT INTO audit_log (at, action, entity) VALUES ('t', 'data-edit', 'skus')"
            << true;
        QTest::newRow("import")
            << "INSERT INTO import_batches (kind, file_name, checksum, mode, status, started_at) "
               "VALUES ('skus', 'a.csv', 'x', 'upsert', 'committed', 't')"
            << true;
        QTest::newRow("a setting")
            << "INSERT INTO app_settings (key, value) VALUES ('k', 'v')" << false;
    }
    void fingerprintFollowsAuditsAndImports()
    {
        QFETCH(QString, sql);
        QFETCH(bool, changes);
        auto c = open();
        const QString before = dataFingerprint(*c).value();
        QCOMPARE(before, QStringLiteral("audit:0;import:0"));
        QVERIFY(c->exec(sql));
        QCOMPARE(dataFingerprint(*c).value() != before, changes);

        UndoJournal j = journal({"a"}, 1);
        j.fingerprint = dataFingerprint(*c).value();
        QVERIFY(saveUndoJournal(*c, j).ok());
        QCOMPARE(loadUndoJournal(*c).value()->fingerprint, dataFingerprint(*c).value());
    }
};

QTEST_GUILESS_MAIN(TestUndoJournal)
#include "tst_undojournal.moc"
