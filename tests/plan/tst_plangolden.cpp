// Golden plan totals on a small fixed demo network: the rules (greedy transfers, reorder-point
// purchases, doing nothing) are deterministic and must reproduce their stored totals exactly;
// the MILP must stay within 1% of its stored total (CBC may find another plan of the same
// quality) and never cost more than the rules. STOCKSHIFT_UPDATE_GOLDEN=1 rewrites the file
// (review the diff before committing it).
#include "demo/DemoGenerator.h"
#include "plan/PlanInput.h"
#include "plan/Planner.h"
#include "storage/Connection.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Stockshift;

class TestPlanGolden : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Planning::PlanInput m_input;
    QJsonObject m_golden, m_measured;
    const QString m_path = QStringLiteral(STOCKSHIFT_TEST_DATA_DIR "/golden/plan_totals.json");

private slots:
    void initTestCase()
    {
        const QString db = m_dir.filePath(QStringLiteral("golden.db"));
        Demo::DemoSettings demo; // seed 42
        demo.skus = 24;
        demo.locations = 12;
        demo.days = 200;
        demo.customers = 10;
        QVERIFY(Demo::DemoGenerator(demo).writeDatabase(db).ok());
        auto c = Storage::Connection::open(db);
        QVERIFY(c.ok());
        // No forecast run: demand is the last 91 days of sales, so the input does not depend on
        // the forecasting engine's choices.
        auto in = Planning::buildPlanInput(**c, {});
        QVERIFY2(in.ok(), qPrintable(in.errorMessage()));
        m_input = std::move(in.value());
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly))
            m_golden = QJsonDocument::fromJson(file.readAll()).object();
    }

    void totals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("method");
        for (const char *kind : {"transfers", "replenishment", "joint"})
            for (const char *method : {"none", "greedy", "rop", "milp"}) {
                const QString k = QLatin1String(kind), m = QLatin1String(method);
                if ((k == QLatin1String("transfers") && m == QLatin1String("rop"))
                    || (k == QLatin1String("replenishment") && m == QLatin1String("greedy")))
                    continue;
                QTest::newRow(qPrintable(k + QLatin1Char(' ') + m)) << k << m;
            }
    }
    void totals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, method);
        Planning::PlannerSettings s;
        Plan::planKindFromName(kind, &s.kind);
        s.method = method;
        s.timeLimitSeconds = 30;
        auto plan = Planning::makePlan(m_input, s);
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        const double total = plan->header.totals.total();
        const QString key = kind + QLatin1Char('/') + method;
        m_measured.insert(key, QJsonObject{{QStringLiteral("total"), total},
                                           {QStringLiteral("lines"), int(plan->lines.size())}});
        if (qEnvironmentVariableIsSet("STOCKSHIFT_UPDATE_GOLDEN"))
            return;
        QVERIFY2(m_golden.contains(key), qPrintable(QStringLiteral("no golden value for ") + key));
        const QJsonObject golden = m_golden.value(key).toObject();
        const double expected = golden.value(QStringLiteral("total")).toDouble();
        if (method == QLatin1String("milp")) {
            QVERIFY2(std::abs(total - expected) <= 0.01 * expected,
                     qPrintable(QStringLiteral("%1 vs %2").arg(total).arg(expected)));
            // Never worse than the rules on the same input.
            for (const char *rule : {"none", "greedy", "rop"}) {
                const QJsonValue r = m_measured.value(kind + QLatin1Char('/') + QLatin1String(rule));
                if (r.isObject())
                    QVERIFY(total <= r.toObject().value(QStringLiteral("total")).toDouble() + 1e-6);
            }
        } else {
            QVERIFY2(std::abs(total - expected) <= 1e-6 * std::max(1.0, expected),
                     qPrintable(QStringLiteral("%1 vs %2").arg(total, 0, 'f', 6).arg(expected, 0, 'f', 6)));
            QCOMPARE(int(plan->lines.size()), golden.value(QStringLiteral("lines")).toInt());
        }
    }

    void cleanupTestCase()
    {
        if (!qEnvironmentVariableIsSet("STOCKSHIFT_UPDATE_GOLDEN"))
            return;
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(m_measured).toJson());
        qInfo("golden totals written to %s", qPrintable(m_path));
    }
};

QTEST_GUILESS_MAIN(TestPlanGolden)
#include "tst_plangolden.moc"
