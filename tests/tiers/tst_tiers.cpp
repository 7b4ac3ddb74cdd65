// Fulfilment tiers: validation errors with their exact texts, building on a hand-made network
// (the option per region and tier, the fallback chain at capacity, overflow), customers
// classified by score and percentile, CLTV estimated where missing, the JSON document checked
// against the shipped schema (and the checker shown to catch disagreement), JSON and CLI round
// trips identical, corrupt and hostile documents refused with a message, versions in the
// database.
#include "routing/FulfilmentNetwork.h"
#include "routing/RoutingSimulator.h"
#include "storage/Connection.h"
#include "tiers/JsonSchema.h"
#include "tiers/TierConfig.h"
#include "tiers/TierEngine.h"
#include "tiers/TierStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Stockshift;
using namespace Stockshift::Tiers;

using Mutation = std::function<void(TierConfig &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(Stockshift::Tiers::TierConfig)

namespace {

const QStringList kRegions{QStringLiteral("North"), QStringLiteral("South")};

// The default tiers, every region × tier assigned to a location that keeps the promise.
TierConfig validConfig()
{
    TierConfig c = TierConfig::defaults();
    for (const QString &region : kRegions)
        for (const TierDefinition &t : c.tiers) {
            Assignment a;
            a.region = region;
            a.tier = t.key;
            a.option = t.option;
            a.chain = {QStringLiteral("ST-A"), QStringLiteral("HUB-B")};
            a.mode = QStringLiteral("direct");
            a.days = 0.5;
            a.costPerUnit = 1.5;
            c.assignments.push_back(a);
        }
    return c;
}

Assignment &assignmentOf(TierConfig &c, const QString &region, const QString &tier)
{
    for (Assignment &a : c.assignments)
        if (a.region == region && a.tier == tier)
            return a;
    qFatal("no such assignment");
}

// North: store ST-A (handling 0.4), hub HUB-B (0.1), both holding the one SKU; Central: DC-C
// (0.05) with a road lane into HUB-B (2 days). South: store ST-S; customers in both regions.
Routing::FulfilmentNetwork network()
{
    Routing::FulfilmentNetwork n;
    const auto site = [&n](const char *code, const char *kind, const char *region, double handling,
                           double capacity) {
        Routing::Site s;
        s.code = QString::fromLatin1(code);
        s.kind = QString::fromLatin1(kind);
        s.region = QString::fromLatin1(region);
        s.handlingCost = handling;
        s.capacity = capacity;
        n.sites.push_back(s);
    };
    site("DC-C", "supplier_dc", "Central", 0.05, Routing::kUnlimited);
    site("HUB-B", "regional_hub", "North", 0.1, 1000);
    site("ST-A", "store", "North", 0.4, 100);
    site("ST-S", "store", "South", 0.4, 100);
    n.lanes.push_back({0, 1, QStringLiteral("road"), 0.2, 0, 2.0});
    Routing::Sku k;
    k.code = QStringLiteral("SKU-1");
    n.skus.push_back(k);
    n.regions = kRegions;
    for (int i = 0; i < 10; ++i)
        n.customers.push_back({QStringLiteral("C%1").arg(i), QStringLiteral("B2C"), kRegions[i % 2],
                               double(10 * (i + 1)), false});
    n.resize();
    for (int s = 0; s < 4; ++s)
        n.stock[std::size_t(s)] = 50;
    n.regionDemand = {100, 100};
    n.applyWeights();
    return n;
}

} // namespace

class TestTiers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void validConfigHasNoIssues()
    {
        const auto issues = validate(validConfig(), kRegions);
        for (const Issue &i : issues)
            qWarning("%s", qPrintable(i.message));
        QVERIFY(issues.empty());
    }

    void validation_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("error");
        QTest::addColumn<QString>("message");

        QTest::newRow("thresholds not ordered")
            << Mutation([](TierConfig &c) { c.tiers[1].threshold = 95; }) << "threshold-order"
            << true
            << "Thresholds must fall from tier to tier: Platinum (90) must be above Gold (95).";
        QTest::newRow("equal thresholds")
            << Mutation([](TierConfig &c) { c.tiers[2].threshold = 50; }) << "threshold-order"
            << true
            << "Thresholds must fall from tier to tier: Gold (50) must be above Silver (50).";
        QTest::newRow("gap at the bottom")
            << Mutation([](TierConfig &c) { c.tiers[2].threshold = 10; }) << "threshold-gap" << true
            << "Silver is the lowest tier and must start at 0, not 10: customers below it would "
               "have no tier.";
        QTest::newRow("percentile above 100")
            << Mutation([](TierConfig &c) { c.tiers[0].threshold = 150; }) << "threshold-range"
            << true << "Platinum: a percentile threshold must be from 0 to 100, not 150.";
        QTest::newRow("negative score") << Mutation([](TierConfig &c) {
            c.thresholdMode = ThresholdMode::Score;
            c.tiers[0].threshold = 5000;
            c.tiers[1].threshold = -5;
        }) << "threshold-negative" << true
                                        << "Gold: a CLTV threshold must not be negative, not -5.";
        QTest::newRow("promise zero")
            << Mutation([](TierConfig &c) { c.tiers[1].promiseDays = 0; }) << "promise-positive"
            << true << "Gold: the promise must be more than 0 days, not 0.";
        QTest::newRow("higher tier slower")
            << Mutation([](TierConfig &c) { c.tiers[0].promiseDays = 3; }) << "promise-order"
            << false << "Platinum promises 3 days, slower than Gold below it (2 days).";
        QTest::newRow("reserve above 100")
            << Mutation([](TierConfig &c) { c.tiers[0].capacityReservePct = 120; })
            << "reserve-range" << true
            << "Platinum: the capacity reserve must be from 0 to 100%, not 120%.";
        QTest::newRow("reserves leave nothing")
            << Mutation([](TierConfig &c) {
                   c.tiers[0].capacityReservePct = 60;
                   c.tiers[1].capacityReservePct = 50;
               })
            << "reserve-total" << true
            << "The capacity reserves add up to 110%: they must leave capacity for the other "
               "tiers (less than 100%).";
        QTest::newRow("duplicate key")
            << Mutation([](TierConfig &c) { c.tiers[2].key = QStringLiteral("gold"); })
            << "duplicate-key" << true << "Tier key \"gold\" is used by more than one tier.";
        QTest::newRow("bad key")
            << Mutation([](TierConfig &c) { c.tiers[1].key = QStringLiteral("Gold Tier"); })
            << "bad-key" << true
            << "Tier key \"Gold Tier\" must be 1 to 40 lower-case letters, digits or '-'.";
        QTest::newRow("no name") << Mutation([](TierConfig &c) { c.tiers[2].name.clear(); })
                                 << "no-name" << true << "Tier silver has no name.";
        QTest::newRow("two overflow tiers")
            << Mutation([](TierConfig &c) {
                   TierDefinition late = c.tiers[3];
                   late.key = QStringLiteral("late");
                   late.name = QStringLiteral("Late");
                   c.tiers.push_back(late);
               })
            << "two-overflow" << true
            << "Only one Dynamic Overflow tier may be defined: Dynamic Overflow and Late both are.";
        QTest::newRow("only overflow")
            << Mutation([](TierConfig &c) { c.tiers.erase(c.tiers.begin(), c.tiers.begin() + 3); })
            << "no-customer-tier" << true
            << "Only the Dynamic Overflow tier is defined: customers need at least one tier.";
        QTest::newRow("no tiers") << Mutation([](TierConfig &c) { c.tiers.clear(); }) << "no-tiers"
                                  << true << "No tiers are defined.";
        QTest::newRow("region not served")
            << Mutation([](TierConfig &c) {
                   std::erase_if(c.assignments, [](const Assignment &a) {
                       return a.region == QLatin1String("South") && a.tier == QLatin1String("gold");
                   });
               })
            << "region-unserved" << true
            << "Region South is not served by Gold: no location with a path there stocks at least "
               "50% of its demand.";
        QTest::newRow("promise not achievable")
            << Mutation([](TierConfig &c) {
                   Assignment &a
                       = assignmentOf(c, QStringLiteral("North"), QStringLiteral("platinum"));
                   a.days = 1.5;
                   a.mode = QStringLiteral("road");
               })
            << "promise-unachievable" << true
            << "Platinum promises 1 days in region North, but its best option (ST-A, road) takes "
               "1.5 days with the lanes' lead times.";
        QTest::newRow("capacity short without overflow")
            << Mutation([](TierConfig &c) {
                   c.tiers.pop_back();
                   std::erase_if(c.assignments, [](const Assignment &a) {
                       return a.tier == QLatin1String("overflow");
                   });
                   assignmentOf(c, QStringLiteral("North"), QStringLiteral("gold")).overflow = true;
               })
            << "capacity-short" << true
            << "Region North, Gold: every location that could serve it is at capacity and no "
               "Dynamic Overflow tier is defined.";
        QTest::newRow("overflow defined")
            << Mutation([](TierConfig &c) {
                   assignmentOf(c, QStringLiteral("North"), QStringLiteral("gold")).overflow = true;
               })
            << "overflow" << false
            << "Region North, Gold: its locations are at capacity; orders overflow to Dynamic "
               "Overflow (7 days, incentive 5 per order).";
        QTest::newRow("simulated attainment low")
            << Mutation([](TierConfig &c) {
                   c.check.push_back({QStringLiteral("silver"), 100, 0.813, 10, 0});
               })
            << "attainment" << false
            << "Silver met its promise for 81.3% of the simulated orders; at least 90% are wanted.";
    }

    void validation()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, code);
        QFETCH(bool, error);
        QFETCH(QString, message);
        TierConfig c = validConfig();
        mutate(c);
        const auto issues = validate(c, kRegions);
        const auto found = std::find_if(issues.begin(), issues.end(),
                                        [&code](const Issue &i) { return i.code == code; });
        QVERIFY2(found != issues.end(), qPrintable(code));
        QCOMPARE(found->message, message);
        QCOMPARE(found->isError(), error);
        if (error)
            QVERIFY(hasErrors(issues));
    }

    void classify_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QList<int>>("expected");
        // CLTV 10, 20, … 100. Percentile: the share below — 0, 10, …, 90.
        QTest::newRow("percentile 90/50/0")
            << int(ThresholdMode::Percentile) << QList<int>{2, 2, 2, 2, 2, 1, 1, 1, 1, 0};
        QTest::newRow("score 90/50/0")
            << int(ThresholdMode::Score) << QList<int>{2, 2, 2, 2, 1, 1, 1, 1, 0, 0};
    }

    void classify()
    {
        QFETCH(int, mode);
        QFETCH(QList<int>, expected);
        TierConfig c = TierConfig::defaults();
        c.thresholdMode = ThresholdMode(mode);
        std::vector<double> cltv;
        for (int i = 1; i <= 10; ++i)
            cltv.push_back(10.0 * i);
        const std::vector<int> tiers = c.classify(cltv);
        QCOMPARE(QList<int>(tiers.begin(), tiers.end()), expected);
        // The overflow tier (index 3) never owns a customer.
        QVERIFY(std::find(tiers.begin(), tiers.end(), 3) == tiers.end());
    }

    void build()
    {
        const Routing::FulfilmentNetwork n = network();
        TierConfig c = Tiers::build(n, TierConfig::defaults());
        // Platinum (fastest): the store, half a day; Gold (cost-optimised within 2 days): the
        // hub; Silver (economy): the hub, consolidated; DC-C reaches North in 3 days only.
        const Assignment *platinum
            = c.assignment(QStringLiteral("North"), QStringLiteral("platinum"));
        QVERIFY(platinum);
        QCOMPARE(platinum->chain, QStringList({"ST-A", "HUB-B", "DC-C"}));
        QCOMPARE(platinum->days, 0.5);
        QCOMPARE(platinum->mode, QStringLiteral("direct"));
        const Assignment *gold = c.assignment(QStringLiteral("North"), QStringLiteral("gold"));
        QCOMPARE(gold->chain, QStringList({"HUB-B", "ST-A", "DC-C"}));
        QCOMPARE(gold->days, 1.0);
        const Assignment *silver = c.assignment(QStringLiteral("North"), QStringLiteral("silver"));
        QCOMPARE(silver->chain.value(0), QStringLiteral("HUB-B"));
        QCOMPARE(silver->days, 1.0 + c.consolidationDays);
        QCOMPARE(c.assignment(QStringLiteral("South"), QStringLiteral("gold"))->chain,
                 QStringList({"ST-S"}));
        QCOMPARE(int(c.capacities.size()), 4);
        QCOMPARE(c.capacities[0].score, 100.0);
        QVERIFY(!hasErrors(validate(c, n.regions)));

        // HUB-B 95% loaded: Platinum's 10% reserve keeps it for Platinum — Gold and Silver fall
        // back along the chain, Platinum still may use it.
        Routing::FulfilmentNetwork loaded = n;
        loaded.sites[1].inboundLoad = 950;
        c = Tiers::build(loaded, TierConfig::defaults());
        QCOMPARE(c.assignment(QStringLiteral("North"), QStringLiteral("gold"))->chain,
                 QStringList({"ST-A", "DC-C"}));
        QCOMPARE(c.assignment(QStringLiteral("North"), QStringLiteral("platinum"))->chain,
                 QStringList({"ST-A", "HUB-B", "DC-C"}));
        QCOMPARE(c.capacities[1].utilisation, 0.95);
        QCOMPARE(c.capacities[1].score, 5.0);

        // ST-S full: South overflows to the overflow tier (a warning), and without an overflow
        // tier it is an error.
        loaded.sites[3].inboundLoad = 100;
        c = Tiers::build(loaded, TierConfig::defaults());
        QVERIFY(c.assignment(QStringLiteral("South"), QStringLiteral("gold"))->overflow);
        auto issues = validate(c, n.regions);
        QVERIFY(!hasErrors(issues));
        QVERIFY(std::any_of(issues.begin(), issues.end(),
                            [](const Issue &i) { return i.code == QLatin1String("overflow"); }));
        TierConfig noOverflow = TierConfig::defaults();
        noOverflow.tiers.pop_back();
        c = Tiers::build(loaded, noOverflow);
        issues = validate(c, n.regions);
        QVERIFY(std::any_of(issues.begin(), issues.end(), [](const Issue &i) {
            return i.code == QLatin1String("capacity-short") && i.region == QLatin1String("South");
        }));

        // Stock coverage: without the SKU at ST-S, South is not served at all.
        Routing::FulfilmentNetwork empty = n;
        empty.stock[3] = 0;
        issues = validate(Tiers::build(empty, TierConfig::defaults()), n.regions);
        QVERIFY(std::any_of(issues.begin(), issues.end(), [](const Issue &i) {
            return i.code == QLatin1String("region-unserved") && i.region == QLatin1String("South");
        }));

        // The check: the routing simulation of the assignments, per tier.
        c = Tiers::build(n, TierConfig::defaults());
        QVERIFY(check(n, &c, 200, 7).ok());
        QVERIFY(!c.check.empty());
        int orders = 0;
        for (const TierCheck &t : c.check) {
            orders += t.orders;
            QVERIFY(t.attainment >= 0 && t.attainment <= 1);
        }
        QCOMPARE(orders, 200);
    }

    void schemaValidDocument_data()
    {
        QTest::addColumn<TierConfig>("config");
        const Routing::FulfilmentNetwork n = network();
        QTest::newRow("defaults, not built") << TierConfig::defaults();
        TierConfig built = Tiers::build(n, TierConfig::defaults());
        QVERIFY(check(n, &built, 100, 1).ok());
        QTest::newRow("built and checked") << built;
        TierConfig score = built;
        score.thresholdMode = ThresholdMode::Score;
        score.name = QStringLiteral("Großhandel \"B2B\" ✓");
        score.version = 12;
        score.tiers[0].threshold = 5000.125;
        QTest::newRow("score, unicode name") << score;
    }

    void schemaValidDocument()
    {
        QFETCH(TierConfig, config);
        const QJsonObject schema = QJsonDocument::fromJson(schemaText()).object();
        QVERIFY(!schema.isEmpty());
        // The shipped resource is the file in the source tree.
        QFile source(
            QStringLiteral(STOCKSHIFT_SOURCE_DIR "/resources/tiers/tier-config.schema.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(source.readAll(), schemaText());
        const QJsonObject document = QJsonDocument::fromJson(config.toJsonBytes()).object();
        QCOMPARE(JsonSchema::validate(document, schema), QStringList());
        // Round trip: the same values and the same bytes.
        auto back = TierConfig::fromJson(config.toJsonBytes());
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QVERIFY(*back == config);
        QCOMPARE(back->toJsonBytes(), config.toJsonBytes());
    }

    void schemaCatchesDisagreement_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown member") << "/settings/unknownSetting" << QJsonValue(1)
                                        << "/settings: has the unknown member \"unknownSetting\"";
        QTest::newRow("missing member") << "/settings/horizonDays" << QJsonValue()
                                        << "/settings: lacks the required member \"horizonDays\"";
        QTest::newRow("wrong type") << "/tiers/0/promiseDays" << QJsonValue("1")
                                    << "/tiers/0/promiseDays: is string, not number";
        QTest::newRow("integer") << "/settings/horizonDays" << QJsonValue(1.5)
                                 << "/settings/horizonDays: is number, not integer";
        QTest::newRow("enum") << "/tiers/1/option" << QJsonValue("cheapest")
                              << "/tiers/1/option: must be one of \"fastest\", "
                                 "\"cost-optimised\", \"economy\", not \"cheapest\"";
        QTest::newRow("pattern") << "/tiers/0/key" << QJsonValue("Platinum")
                                 << "/tiers/0/key: \"Platinum\" does not match the pattern "
                                    "^[a-z0-9][a-z0-9-]{0,39}$";
        QTest::newRow("minimum") << "/tiers/0/capacityReservePct" << QJsonValue(-1)
                                 << "/tiers/0/capacityReservePct: -1 is below the minimum 0";
        QTest::newRow("exclusive minimum")
            << "/tiers/2/promiseDays" << QJsonValue(0) << "/tiers/2/promiseDays: 0 must be above 0";
        QTest::newRow("const") << "/formatVersion" << QJsonValue(0)
                               << "/formatVersion: must be 1, not 0";
        QTest::newRow("missing in a capacity") << "/capacities/0/plannedLoad" << QJsonValue()
                                               << "/capacities/0: lacks the required member "
                                                  "\"plannedLoad\"";
    }

    void schemaCatchesDisagreement()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        const QJsonObject schema = QJsonDocument::fromJson(schemaText()).object();
        QJsonObject document
            = QJsonDocument::fromJson(Tiers::build(network(), TierConfig::defaults()).toJsonBytes())
                  .object();
        QCOMPARE(JsonSchema::validate(document, schema), QStringList());
        // Set (or with an undefined value, remove) the member at the pointer.
        const QStringList path = pointer.mid(1).split(QLatin1Char('/'));
        std::function<QJsonValue(QJsonValue, int)> set = [&](QJsonValue node, int depth) {
            const QString key = path[depth];
            const bool last = depth == path.size() - 1;
            if (node.isArray()) {
                QJsonArray a = node.toArray();
                a[key.toInt()] = last ? value : set(a[key.toInt()], depth + 1);
                return QJsonValue(a);
            }
            QJsonObject o = node.toObject();
            if (last && value.isNull())
                o.remove(key);
            else
                o[key] = last ? value : set(o[key], depth + 1);
            return QJsonValue(o);
        };
        document = set(document, 0).toObject();
        const QStringList problems = JsonSchema::validate(document, schema);
        QVERIFY2(problems.contains(problem), qPrintable(problems.join(QLatin1Char('\n'))));
        // And the reader refuses it, naming the problem.
        const auto read = TierConfig::fromJson(QJsonDocument(document).toJson());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("invalid-config"));
        QVERIFY2(read.errorMessage().contains(problem), qPrintable(read.errorMessage()));
    }

    void schemaCheckerRefusesUnknownKeywords()
    {
        QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                           {QStringLiteral("oneOf"), QJsonArray()}};
        QCOMPARE(JsonSchema::validate(QJsonObject(), schema),
                 QStringList({"schema: unsupported keyword \"oneOf\""}));
    }

    void hostileDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QByteArray valid = Tiers::build(network(), TierConfig::defaults()).toJsonBytes();
        QTest::newRow("empty") << QByteArray() << "invalid-config"
                               << "The tier configuration is not valid JSON:";
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << "invalid-config"
                                   << "The tier configuration is not valid JSON:";
        QTest::newRow("array") << QByteArray("[1, 2]") << "invalid-config"
                               << "The tier configuration must be a JSON object.";
        QTest::newRow("other format")
            << QByteArray("{\"format\": \"stockshift-scenario\"}") << "invalid-config"
            << "The tier configuration does not match its schema: /format: must be "
               "\"stockshift-tier-config\", not \"stockshift-scenario\"";
        QByteArray newer = valid;
        newer.replace("\"formatVersion\": 1", "\"formatVersion\": 2");
        QTest::newRow("newer format") << newer << "format-too-new"
                                      << "The tier configuration has format version 2; this "
                                         "Stockshift reads version 1 and older.";
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << "invalid-config"
                                      << "The tier configuration is not valid JSON:";
        QByteArray script = valid;
        script.replace("\"name\": \"Gold\"", "\"name\": \"=HYPERLINK(1)\", \"onload\": 1");
        QTest::newRow("unknown member in a tier")
            << script << "invalid-config"
            << "The tier configuration does not match its schema: /tiers/1: has the unknown "
               "member \"onload\"";
        QByteArray twice = valid;
        twice.replace("\"key\": \"silver\"", "\"key\": \"gold\"");
        QTest::newRow("tier twice") << twice << "invalid-config"
                                    << "The tier configuration defines the tier \"gold\" twice.";
        QByteArray unknownTier = valid;
        unknownTier.replace("\"tier\": \"silver\"", "\"tier\": \"bronze\"");
        QTest::newRow("assignment to an unknown tier")
            << unknownTier << "invalid-config"
            << "An assignment of region North names the unknown tier \"bronze\".";
        QByteArray nan = valid;
        nan.replace("\"threshold\": 90", "\"threshold\": 1e999");
        QTest::newRow("infinite number") << nan << "invalid-config"
                                         << "The tier configuration";
    }

    void hostileDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const auto read = TierConfig::fromJson(json);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, code);
        QVERIFY2(read.errorMessage().startsWith(message), qPrintable(read.errorMessage()));
    }

    void storeVersions()
    {
        const QString path = m_dir.filePath(QStringLiteral("store.db"));
        auto c = Storage::Connection::open(path);
        QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
        QCOMPARE(Tiers::load(**c).error().code, QStringLiteral("no-config"));
        TierConfig config = Tiers::build(network(), TierConfig::defaults());
        bool unchanged = true;
        QVERIFY(save(**c, &config, QStringLiteral("first"), &unchanged).ok());
        QVERIFY(!unchanged);
        QCOMPARE(config.version, 1);
        // The same document again: nothing stored.
        TierConfig same = config;
        QVERIFY(save(**c, &same, {}, &unchanged).ok());
        QVERIFY(unchanged);
        QCOMPARE(same.version, 1);
        config.tiers[1].promiseDays = 3;
        QVERIFY(save(**c, &config).ok());
        QCOMPARE(config.version, 2);
        auto latest = Tiers::load(**c);
        QVERIFY(latest.ok());
        QVERIFY(*latest == config);
        auto first = Tiers::load(**c, QStringLiteral("default"), 1);
        QCOMPARE(first->tiers[1].promiseDays, 2.0);
        QCOMPARE(first->version, 1);
        QCOMPARE(*Tiers::loadDocument(**c, QStringLiteral("default"), 2), config.toJsonBytes());
        QCOMPARE(Tiers::load(**c, QStringLiteral("default"), 9).error().code,
                 QStringLiteral("no-config"));
        auto list = versions(**c);
        QCOMPARE(list->size(), 2);
        QSqlQuery q((*c)->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                      "'tier_config'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void cltvEstimated()
    {
        const QString path = m_dir.filePath(QStringLiteral("cltv.db"));
        {
            auto c = Storage::Connection::open(path);
            QVERIFY(c.ok());
            for (const char *sql :
                 {"INSERT INTO locations (code, kind, region) VALUES ('ST-N', 'store', 'North')",
                  "INSERT INTO customers (code, segment, region, cltv) VALUES "
                  "('A', 'B2B', 'North', 100), ('B', 'B2B', 'North', 300), "
                  "('C', 'B2B', 'North', NULL), ('D', 'B2B', 'South', NULL), "
                  "('E', 'B2C', 'South', 7), ('F', 'Web', 'South', NULL)"})
                QVERIFY((*c)->exec(QString::fromLatin1(sql)).ok());
        }
        auto c = Storage::Connection::open(path);
        auto n = Routing::loadNetwork(**c);
        QVERIFY2(n.ok(), qPrintable(n.errorMessage()));
        QCOMPARE(n->regions, QStringList({"North", "South"}));
        QCOMPARE(int(n->customers.size()), 6);
        const auto cltv = [&](int i) {
            return n->customers[std::size_t(i)].cltv;
        };
        QCOMPARE(cltv(0), 100.0);
        QVERIFY(!n->customers[0].estimated);
        QCOMPARE(cltv(2), 200.0); // B2B in North: median of 100 and 300
        QVERIFY(n->customers[2].estimated);
        QCOMPARE(cltv(3), 200.0); // no B2B with a value in South: all B2B
        QCOMPARE(cltv(5), 100.0); // no Web customer with a value: everyone (7, 100, 300)
    }

    void cliRoundTrip()
    {
        // build → export → import (unchanged) → export: the same bytes; CSV written; a hostile
        // file refused with exit code 2 and a message.
        const QString db = m_dir.filePath(QStringLiteral("cli.db"));
        const auto run = [](const QStringList &args, QByteArray *out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(STOCKSHIFT_CLI_PATH), args);
            if (!p.waitForFinished(120000))
                return -1;
            if (out)
                *out = p.readAllStandardOutput() + p.readAllStandardError();
            return p.exitCode();
        };
        QCOMPARE(run({"demo", "--db", db, "--skus", "20", "--days", "120", "--locations", "10"}),
                 0);
        QByteArray output;
        QCOMPARE(run({"tiers", "build", "--db", db, "--orders", "200"}, &output), 0);
        QVERIFY2(output.contains("stored as version 1"), output.constData());
        const QString a = m_dir.filePath(QStringLiteral("a.json"));
        const QString b = m_dir.filePath(QStringLiteral("b.json"));
        QCOMPARE(run({"tiers", "export", "--db", db, "--out", a}), 0);
        QCOMPARE(run({"tiers", "import", "--db", db, "--in", a}, &output), 0);
        QVERIFY2(output.contains("nothing changed"), output.constData());
        QCOMPARE(run({"tiers", "export", "--db", db, "--out", b}), 0);
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        const QByteArray bytes = fa.readAll();
        QCOMPARE(bytes, fb.readAll());
        QVERIFY(TierConfig::fromJson(bytes).ok());
        QCOMPARE(run({"tiers", "validate", "--db", db}), 0);
        const QString csv = m_dir.filePath(QStringLiteral("t.csv"));
        QCOMPARE(run({"tiers", "export", "--db", db, "--out", csv}), 0);
        QFile fc(csv);
        QVERIFY(fc.open(QIODevice::ReadOnly));
        QVERIFY(fc.readLine().startsWith("config,version,region,tier,"));
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile fbad(bad);
        QVERIFY(fbad.open(QIODevice::WriteOnly));
        fbad.write("{\"format\": \"stockshift-tier-config\", \"formatVersion\": 1}");
        fbad.close();
        QCOMPARE(run({"tiers", "import", "--db", db, "--in", bad}, &output), 2);
        QVERIFY2(output.contains("does not match its schema"), output.constData());
        QCOMPARE(run({"route", "simulate", "--db", db, "--orders", "100", "--policy", "nearest",
                      "--json"},
                     &output),
                 0);
        const QJsonObject report = QJsonDocument::fromJson(output).object();
        QCOMPARE(report.value(QStringLiteral("orders")).toInt(), 100);
        QCOMPARE(report.value(QStringLiteral("policies")).toArray().size(), 1);
        QByteArray again;
        QCOMPARE(run({"route", "simulate", "--db", db, "--orders", "100", "--policy", "nearest",
                      "--json"},
                     &again),
                 0);
        QCOMPARE(again, output);
    }
};

QTEST_GUILESS_MAIN(TestTiers)
#include "tst_tiers.moc"
