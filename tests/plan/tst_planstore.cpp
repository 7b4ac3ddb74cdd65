// Plans in the database: save and load round trip, review actions with their audit, what
// cannot be changed, and the frozen plan input (round trip, damaged data refused).
#include "demo/DemoGenerator.h"
#include "forecast/NetworkForecaster.h"
#include "plan/PlanInput.h"
#include "plan/PlanStore.h"
#include "plan/Planner.h"
#include "storage/Connection.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;

class TestPlanStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Storage::Connection> m_c;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_c->db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("plans.db"));
        Demo::DemoSettings demo;
        demo.skus = 16;
        demo.locations = 10;
        demo.days = 200;
        demo.customers = 10;
        QVERIFY(Demo::DemoGenerator(demo).writeDatabase(m_db).ok());
        Forecast::NetworkForecastSettings f;
        f.databasePath = m_db;
        f.threads = 2;
        QVERIFY(Forecast::runNetworkForecast(f).ok());
        auto c = Storage::Connection::open(m_db);
        QVERIFY(c.ok());
        m_c = std::move(c.value());
    }

    void inputFromTheDatabase()
    {
        Planning::InputSettings settings;
        auto in = Planning::buildPlanInput(*m_c, settings);
        QVERIFY2(in.ok(), qPrintable(in.errorMessage()));
        QCOMPARE(in->horizon, 4);
        QVERIFY(!in->items.empty() && !in->nodes.empty() && !in->lanes.empty());
        QVERIFY(!in->supply.empty());
        for (const Planning::Node &n : in->nodes) {
            QCOMPARE(n.demand.size(), std::size_t(4));
            QVERIFY(n.initial >= 0);
            QCOMPARE(in->nodeOf(n.item, n.site) >= 0, true);
        }
        // Partner lanes exist only under an agreement.
        int partnerLanes = 0;
        for (const Planning::Lane &l : in->lanes)
            if (in->sites[std::size_t(l.from)].partner || in->sites[std::size_t(l.to)].partner) {
                QVERIFY(l.agreement);
                ++partnerLanes;
            }
        QVERIFY(partnerLanes > 0);
        QVERIFY(m_c->exec(QStringLiteral("UPDATE agreements SET active = 0")).ok());
        auto without = Planning::buildPlanInput(*m_c, settings);
        QVERIFY(without.ok());
        for (const Planning::Lane &l : without->lanes)
            QVERIFY(!without->sites[std::size_t(l.from)].partner
                    && !without->sites[std::size_t(l.to)].partner);
        QVERIFY(m_c->exec(QStringLiteral("UPDATE agreements SET active = 1")).ok());

        // The frozen input comes back exactly; damaged bytes are refused, never crash.
        const QByteArray bytes = in->serialize();
        auto back = Planning::PlanInput::deserialize(bytes);
        QVERIFY(back.ok());
        QCOMPARE(back->serialize(), bytes);
        QCOMPARE(back->nodes.size(), in->nodes.size());
        QByteArray damaged = bytes;
        damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x5A);
        QVERIFY(!Planning::PlanInput::deserialize(damaged).ok());
        QVERIFY(!Planning::PlanInput::deserialize(bytes.left(bytes.size() / 3)).ok());
        QVERIFY(!Planning::PlanInput::deserialize(QByteArray("garbage")).ok());
    }

    void saveLoadAndReview()
    {
        auto in = Planning::buildPlanInput(*m_c, {});
        QVERIFY(in.ok());
        Planning::PlannerSettings s;
        s.method = QStringLiteral("greedy");
        auto plan = Planning::makePlan(*in, s);
        QVERIFY(plan.ok());
        QVERIFY(plan->lines.size() >= 3);
        auto id = Plan::savePlan(*m_c, *plan);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        auto loaded = Plan::loadPlan(*m_c, *id, true);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->lines.size(), plan->lines.size());
        QCOMPARE(loaded->header.method, QStringLiteral("greedy"));
        QCOMPARE(loaded->header.totals.total(), plan->header.totals.total());
        QCOMPARE(loaded->inputs, plan->inputs);
        for (std::size_t i = 0; i < plan->lines.size(); ++i) {
            QCOMPARE(loaded->lines[i].quantity, plan->lines[i].quantity);
            QCOMPARE(loaded->lines[i].toCode, plan->lines[i].toCode);
            QCOMPARE(loaded->lines[i].status, Plan::LineStatus::Proposed);
            QCOMPARE(loaded->lines[i].why, plan->lines[i].why);
        }
        auto list = Plan::listPlans(*m_c);
        QVERIFY(list.ok() && !list->isEmpty());
        QCOMPARE(list->first().id, *id);

        // Review: approve two, reject one, edit a quantity — each audited.
        QVERIFY(Plan::setLineStatus(*m_c, *id, {1, 2}, Plan::LineStatus::Approved).ok());
        QVERIFY(Plan::setLineStatus(*m_c, *id, {3}, Plan::LineStatus::Rejected).ok());
        QVERIFY(Plan::editLineQuantity(*m_c, *id, 1, 7).ok());
        QVERIFY(!Plan::editLineQuantity(*m_c, *id, 1, -1).ok());
        QVERIFY(!Plan::setLineStatus(*m_c, *id, {9999}, Plan::LineStatus::Approved).ok());
        loaded = Plan::loadPlan(*m_c, *id);
        QCOMPARE(loaded->lines[0].status, Plan::LineStatus::Approved);
        QCOMPARE(loaded->lines[2].status, Plan::LineStatus::Rejected);
        QCOMPARE(loaded->lines[0].quantity, 7.0);
        QCOMPARE(loaded->lines[0].proposedQuantity, plan->lines[0].quantity);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'plan' AND "
                                       "action LIKE 'plan-line-%'")),
                 qint64(4));
        // An exported line is frozen, and its plan is kept.
        QVERIFY(m_c->exec(QStringLiteral("UPDATE plan_lines SET status = 'exported' WHERE line = 2 "
                                         "AND plan_id = %1")
                              .arg(*id))
                    .ok());
        QCOMPARE(Plan::editLineQuantity(*m_c, *id, 2, 1).error().code, QStringLiteral("state"));
        QCOMPARE(Plan::setLineStatus(*m_c, *id, {2}, Plan::LineStatus::Rejected).error().code,
                 QStringLiteral("state"));
        QCOMPARE(Plan::deletePlan(*m_c, *id).error().code, QStringLiteral("state"));
        // A plan without exported lines can go.
        auto other = Plan::savePlan(*m_c, *plan);
        QVERIFY(other.ok());
        const Status deleted = Plan::deletePlan(*m_c, *other);
        QVERIFY2(deleted.ok(), qPrintable(deleted.errorMessage()));
        QCOMPARE(Plan::loadPlan(*m_c, *other).error().code, QStringLiteral("no-plan"));
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT count(*) FROM plan_lines WHERE plan_id = %1").arg(*other)),
            qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestPlanStore)
#include "tst_planstore.moc"
