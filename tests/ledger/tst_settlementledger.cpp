// The settlement ledger: amounts from the agreement's terms, the hash chain, and that every kind
// of tampering — an edited, inserted, removed or re-ordered entry, the last one included — is
// found. The statement is written as CSV and PDF (hence a GUI application: fonts for the PDF).
#include "demo/DemoGenerator.h"
#include "ledger/SettlementLedger.h"
#include "storage/Connection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;

class TestSettlementLedger : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString freshDatabase(const QString &name)
    {
        const QString db = m_dir.filePath(name);
        Demo::DemoSettings demo;
        demo.skus = 5;
        demo.locations = 8;
        demo.days = 30;
        demo.customers = 5;
        [&] {
            QVERIFY(Demo::DemoGenerator(demo).writeDatabase(db).ok());
        }();
        return db;
    }

    static std::vector<Ledger::EntryInput> sample(int n)
    {
        std::vector<Ledger::EntryInput> out;
        for (int i = 0; i < n; ++i) {
            Ledger::EntryInput e;
            e.providerId = 1 + i % 2; // DC and a hub of the demo
            e.receiverId = 3;
            e.skuId = 1 + i % 3;
            e.quantity = 10 + i;
            e.unitCost = 4.5;
            e.unitPrice = 9.0;
            e.markupPct = 10;
            e.profitSharePct = 20;
            e.handlingFee = 0.5;
            e.shipDay = 20500 + i;
            e.reference = QStringLiteral("TO-%1").arg(i);
            out.push_back(e);
        }
        return out;
    }

private slots:
    void amounts_data()
    {
        QTest::addColumn<double>("quantity");
        QTest::addColumn<double>("markup");
        QTest::addColumn<double>("share");
        QTest::addColumn<double>("fee");
        QTest::addColumn<double>("goods");
        QTest::addColumn<double>("handling");
        QTest::addColumn<double>("profit");
        // 10 units at cost 4 → transfer price 4.4 with 10% markup; price 9: margin 4.6 a unit.
        QTest::newRow("markup, fee, share") << 10.0 << 10.0 << 25.0 << 0.3 << 44.0 << 3.0 << 11.5;
        QTest::newRow("at cost, no share") << 10.0 << 0.0 << 0.0 << 0.0 << 40.0 << 0.0 << 0.0;
        // A markup above the price: no margin to share.
        QTest::newRow("no margin left") << 5.0 << 150.0 << 50.0 << 0.0 << 50.0 << 0.0 << 0.0;
        QTest::newRow("correction") << -10.0 << 10.0 << 25.0 << 0.3 << -44.0 << -3.0 << -11.5;
    }
    void amounts()
    {
        QFETCH(double, quantity);
        QFETCH(double, markup);
        QFETCH(double, share);
        QFETCH(double, fee);
        QFETCH(double, goods);
        QFETCH(double, handling);
        QFETCH(double, profit);
        Ledger::EntryInput in;
        in.quantity = quantity;
        in.unitCost = 4;
        in.unitPrice = 9;
        in.markupPct = markup;
        in.profitSharePct = share;
        in.handlingFee = fee;
        const Ledger::Entry e = Ledger::settle(in);
        QVERIFY(std::abs(e.goods - goods) < 1e-9);
        QVERIFY(std::abs(e.handling - handling) < 1e-9);
        QVERIFY(std::abs(e.profitShare - profit) < 1e-9);
    }

    void chainVerifies()
    {
        auto c = Storage::Connection::open(freshDatabase(QStringLiteral("chain.db")));
        QVERIFY(c.ok());
        auto v = Ledger::verify(**c);
        QVERIFY(v.ok() && v->ok);
        QCOMPARE(v->entries, 0);
        auto ids = Ledger::append(**c, sample(3));
        QVERIFY2(ids.ok(), qPrintable(ids.errorMessage()));
        QCOMPARE(ids->size(), std::size_t(3));
        auto more = Ledger::append(**c, sample(2));
        QVERIFY(more.ok());
        v = Ledger::verify(**c);
        QVERIFY2(v->ok, qPrintable(v->problem));
        QCOMPARE(v->entries, 5);
        auto all = Ledger::entries(**c);
        QCOMPARE(all->size(), std::size_t(5));
        QCOMPARE(all->front().previousHash, QByteArray(64, '0'));
        for (std::size_t i = 1; i < all->size(); ++i)
            QCOMPARE((*all)[i].previousHash, (*all)[i - 1].hash);
        // The same entry text always gives the same hash.
        QCOMPARE(
            QCryptographicHash::hash(Ledger::canonicalText(all->back()), QCryptographicHash::Sha256)
                .toHex(),
            all->back().hash);
        // SQL cannot change or remove entries.
        QVERIFY(!(*c)->exec(QStringLiteral("UPDATE ledger_entries SET quantity = 1")).ok());
        QVERIFY(!(*c)->exec(QStringLiteral("DELETE FROM ledger_entries")).ok());
    }

    void tamperingIsFound_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<qint64>("badId");
        QTest::addColumn<QString>("words");
        QTest::newRow("quantity edited") << QStringList{QStringLiteral(
            "UPDATE ledger_entries SET quantity = quantity + 1 WHERE id = 2")}
                                         << qint64(2) << QStringLiteral("changed after");
        QTest::newRow("amount edited")
            << QStringList{QStringLiteral("UPDATE ledger_entries SET goods = 0 WHERE id = 3")}
            << qint64(3) << QStringLiteral("changed after");
        QTest::newRow("middle entry removed")
            << QStringList{QStringLiteral("DELETE FROM ledger_entries WHERE id = 2")} << qint64(3)
            << QStringLiteral("missing");
        QTest::newRow("last entry removed")
            << QStringList{QStringLiteral("DELETE FROM ledger_entries WHERE id = 4")} << qint64(-1)
            << QStringLiteral("removed or added outside");
        QTest::newRow("re-linked after a removal")
            << QStringList{QStringLiteral("DELETE FROM ledger_entries WHERE id = 2"),
                           QStringLiteral("UPDATE ledger_entries SET id = 2 WHERE id = 3")}
            << qint64(2) << QStringLiteral("does not follow");
    }
    void tamperingIsFound()
    {
        QFETCH(QStringList, sql);
        QFETCH(qint64, badId);
        QFETCH(QString, words);
        auto c = Storage::Connection::open(
            freshDatabase(QStringLiteral("tamper-%1.db")
                              .arg(QString::fromLatin1(QTest::currentDataTag())
                                       .replace(QLatin1Char(' '), QLatin1Char('_')))));
        QVERIFY(c.ok());
        QVERIFY(Ledger::append(**c, sample(4)).ok());
        // Someone with SQLite and some knowledge drops the guards first.
        QVERIFY((*c)->exec(QStringLiteral("DROP TRIGGER ledger_entries_no_update")).ok());
        QVERIFY((*c)->exec(QStringLiteral("DROP TRIGGER ledger_entries_no_delete")).ok());
        for (const QString &statement : sql)
            QVERIFY((*c)->exec(statement).ok());
        auto v = Ledger::verify(**c);
        QVERIFY(v.ok());
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadId, badId);
        QVERIFY2(v->problem.contains(words), qPrintable(v->problem));
        // And nothing more is appended to a broken ledger.
        const auto appended = Ledger::append(**c, sample(1));
        if (badId < 0)
            QCOMPARE(appended.error().code, QStringLiteral("ledger-broken"));
    }

    void statements()
    {
        auto c = Storage::Connection::open(freshDatabase(QStringLiteral("statement.db")));
        QVERIFY(Ledger::append(**c, sample(4)).ok());
        QSqlQuery q((*c)->db());
        QVERIFY(q.exec(QStringLiteral("SELECT code FROM locations WHERE id = 3")) && q.next());
        const QString receiver = q.value(0).toString();
        auto s = Ledger::statement(**c, receiver);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QCOMPARE(s->entries.size(), std::size_t(4));
        QCOMPARE(s->owedToPartner, 0.0);
        double expected = 0;
        for (const Ledger::EntryInput &in : sample(4)) {
            const Ledger::Entry e = Ledger::settle(in);
            expected += e.goods + e.handling + e.profitShare;
        }
        QVERIFY(std::abs(s->owedByPartner - expected) < 1e-9);
        QVERIFY(s->verification.ok);
        const QString csv = m_dir.filePath(QStringLiteral("statement.csv"));
        QVERIFY(Ledger::writeStatement(*s, csv).ok());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 6); // header, 4 entries, total
        QVERIFY(lines.last().startsWith("total"));
        QVERIFY(lines.last().endsWith("verified"));
        const QString pdf = m_dir.filePath(QStringLiteral("statement.pdf"));
        QVERIFY(Ledger::writeStatement(*s, pdf).ok());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        // NFKC: the PDF may set "fi" as one ligature glyph.
        const QString text = QString::fromUtf8(p.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(receiver), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("TO-3")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("verified")), qPrintable(text));
    }
};

QTEST_MAIN(TestSettlementLedger)
#include "tst_settlementledger.moc"
