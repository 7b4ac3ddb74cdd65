// Scenarios: files (binary and XML round trips, older and newer formats, truncation, hostile
// lengths, checksum), a seeded mutation fuzz of the loader over the corpus, what-if edits on
// the frozen copy with the live database untouched, runs and their comparison, the store.
//
// The corpus (tests/data/scenario/corpus) is written by this test when STOCKSHIFT_REGEN_CORPUS
// is set; otherwise the committed files are read, so the old-format file really is what the
// format-1 layout wrote and keeps loading as the format evolves.
#include "demo/DemoGenerator.h"
#include "forecast/NetworkForecaster.h"
#include "scenario/ScenarioCompare.h"
#include "scenario/ScenarioFile.h"
#include "scenario/ScenarioRunner.h"
#include "scenario/ScenarioStore.h"
#include "scenario/WhatIf.h"
#include "storage/Connection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>

using namespace Stockshift;
using namespace Stockshift::Scenarios;

namespace {

const QString kCorpus = QStringLiteral(STOCKSHIFT_TEST_DATA_DIR "/scenario/corpus");

// A scenario with every field set, including the awkward ones: NaN coordinates, −1 "unknown",
// non-ASCII text, an empty string, every edit kind, results with per-SKU rows.
Scenario sampleScenario(bool withFormat2Fields = true)
{
    Scenario s;
    s.name = QStringLiteral("Baseline Nord – Größe ×1.2");
    s.description = QStringLiteral("Line one\nline two <xml> & \"quotes\"");
    s.parentName = QStringLiteral("Base");
    s.createdAt = QStringLiteral("2026-11-02T08:00:00Z");
    s.createdBy = QStringLiteral("planner");
    s.solver.timeLimitSeconds = 12.5;
    s.solver.seed = 0xFFFFFFFFFFFFull;
    s.budgetPerBucket = 25000;
    s.policyRules = {{QStringLiteral("A"), QStringLiteral("{\"serviceLevel\":0.98}")},
                     {QStringLiteral("default"), QString()}};
    s.policyOverrides = {{QStringLiteral("ST-HAM-01"), QStringLiteral("SKU-00001"),
                          QStringLiteral("{\"coverDays\":5}"), QStringLiteral("promo")}};
    s.skuCosts = {{QStringLiteral("SKU-00001"), 1.25, 2.5}, {QStringLiteral("SKU-00002"), -1, -1}};
    SiteSetting located{QStringLiteral("DC-NAT"), QStringLiteral("Zentrallager"),
                        QStringLiteral("supplier_dc"), QStringLiteral("Central")};
    located.latitude = 50.1;
    located.longitude = 8.6;
    located.capacityUnits = 1e6;
    SiteSetting unlocated{QStringLiteral("ST-X"), QString(), QStringLiteral("store"),
                          QStringLiteral("North")};
    unlocated.active = false;
    s.sites = {located, unlocated};
    s.lanes = {{QStringLiteral("DC-NAT"), QStringLiteral("HUB-HAM"), QStringLiteral("road"), 0.4,
                120, 1.5, -1, true}};
    s.suppliers = {{QStringLiteral("SUP-001"), 27, 3, 80, 5000, true}};
    s.forecastOverrides = {{QStringLiteral("ST-HAM-01"), QStringLiteral("SKU-00001"), 20400, 20406,
                            QStringLiteral("scale"), 1.3, QStringLiteral("flyer")}};
    s.edits.push_back({EditKind::DemandFactor, QStringLiteral("region"), QStringLiteral("North"),
                       QString(), 1.2, 0});
    s.edits.push_back({EditKind::CloseLane, QString(), QStringLiteral("DC-NAT"),
                       QStringLiteral("HUB-HAM"), 1, 0});
    s.edits.push_back(
        {EditKind::LeadTimePlus, QString(), QStringLiteral("SUP-001"), QString(), 7, 0});
    s.edits.push_back({EditKind::BudgetFactor, QString(), QString(), QString(), 0.85, 0});
    Results &r = s.results;
    r.present = true;
    r.ranAt = QStringLiteral("2026-11-02T08:05:00Z");
    r.seconds = 3.25;
    r.warnings = QStringLiteral("Lane X → Y is not in the database, skipped.");
    r.forecast = {42, 240, 1234.5, 9876.25};
    r.plan = {QStringLiteral("optimal"), 100.5, 0.001, 2.5, 99.75, 17};
    r.simulation.runs = 10;
    r.simulation.demand = 1000;
    r.simulation.served = 950;
    r.simulation.lost = 50;
    r.kpis = {5000.5, 0.95, 123456.78, 21.5, 12, 7, 3, 800, 1200, 4500.25, 50, 1234.5, 87.5};
    if (withFormat2Fields) {
        s.tierConfigJson = QStringLiteral("{\"tiers\":[{\"name\":\"gold\"}]}");
        s.edits.push_back({EditKind::NewSite, QString(), QStringLiteral("MFC-NEW"),
                           QStringLiteral("MFC-CGN-01"), 5000, 0.3});
        r.simulation.transport = 10.5;
        r.simulation.holding = 3.25;
        r.simulation.totalCostSd = 1.5;
        r.skus = {{QStringLiteral("SKU-00001"), 100, 10, 20, 25, 5, 1},
                  {QStringLiteral("SKU-00002"), 50, 0, 0, 0, 2, 0}};
    }
    return s;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A fingerprint of what a scenario run could change in a database (the tables the what-ifs and
// the settings write), to show the live database is untouched.
QByteArray fingerprint(const QString &path)
{
    auto c = Storage::Connection::open(path);
    if (!c)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql :
         {"SELECT SUM(quantity), COUNT(*) FROM forecasts", "SELECT SUM(quantity) FROM sales",
          "SELECT COUNT(*), SUM(active) FROM lanes", "SELECT SUM(lead_time_days) FROM suppliers",
          "SELECT TOTAL(lead_time_days) FROM supplier_items", "SELECT COUNT(*) FROM locations",
          "SELECT COUNT(*) FROM forecast_overrides", "SELECT COUNT(*) FROM policy_rules",
          "SELECT COUNT(*) FROM supplier_locations"}) {
        QSqlQuery q((*c)->db());
        if (!q.exec(QString::fromLatin1(sql)))
            return {};
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '|');
    }
    return hash.result().toHex();
}

double scalar(Storage::Connection &c, const QString &sql)
{
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return std::numeric_limits<double>::quiet_NaN();
    return q.value(0).toDouble();
}

struct CliRun
{
    int exitCode = -1;
    QString out, err;
};

CliRun cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(STOCKSHIFT_CLI_PATH), arguments);
    CliRun r;
    if (!p.waitForFinished(300000))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (qEnvironmentVariableIsSet("STOCKSHIFT_REGEN_CORPUS"))
            writeCorpus();
    }

    // --- files ---

    void roundTrip_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("withResults");
        QTest::newRow("binary") << int(Encoding::Binary) << true;
        QTest::newRow("xml") << int(Encoding::Xml) << true;
        QTest::newRow("binary, draft") << int(Encoding::Binary) << false;
        QTest::newRow("xml, draft") << int(Encoding::Xml) << false;
    }
    void roundTrip()
    {
        QFETCH(int, encoding);
        QFETCH(bool, withResults);
        Scenario s = sampleScenario();
        if (!withResults)
            s.results = {};
        auto bytes = encode(s, Encoding(encoding));
        QVERIFY2(bytes.ok(), qPrintable(bytes.errorMessage()));
        auto back = decode(*bytes);
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QVERIFY(back->sameContent(s));
        QVERIFY(std::isnan(back->sites[1].latitude));
        QCOMPARE(back->name, s.name);
        QCOMPARE(back->edits.size(), s.edits.size());
        // Encoding again gives the same bytes: nothing is lost or reordered.
        auto again = encode(*back, Encoding(encoding));
        QVERIFY(again.ok());
        QCOMPARE(*again, *bytes);
        // Through a file named for the encoding.
        const QString path = m_dir.filePath(
            encoding == int(Encoding::Xml) ? QStringLiteral("rt.xml") : QStringLiteral("rt.ssc"));
        QVERIFY(writeFile(s, path).ok());
        auto read = readFile(path);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QVERIFY(read->sameContent(s));
    }

    void xmlIsReadableXml()
    {
        auto bytes = encode(sampleScenario(), Encoding::Xml);
        QVERIFY(bytes.ok());
        QVERIFY(bytes->startsWith("<?xml"));
        QVERIFY(bytes->contains("<stockshift_scenario format=\"2\""));
        QVERIFY(bytes->contains("<name>Baseline Nord – Größe ×1.2</name>"));
        QVERIFY(bytes->contains("<latitude>nan</latitude>"));
        QVERIFY(bytes->trimmed().endsWith("</stockshift_scenario>"));
    }

    void newerVersionRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("binary (corpus)") << QStringLiteral("newer-v3.ssc");
        QTest::newRow("xml (corpus)") << QStringLiteral("newer-v3.xml");
    }
    void newerVersionRefused()
    {
        QFETCH(QString, file);
        auto s = readFile(kCorpus + QLatin1Char('/') + file);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("format-too-new"));
        QCOMPARE(s.errorMessage(),
                 QStringLiteral("This scenario file was written by a newer Stockshift (format "
                                "version 3; this version reads format versions 1 to 2). Update "
                                "Stockshift to open it."));
        QCOMPARE(s.errorMessage(), newerFormatMessage(3));
    }

    void olderVersionLoads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("binary v1") << QStringLiteral("old-v1.ssc");
        QTest::newRow("xml v1") << QStringLiteral("old-v1.xml");
    }
    void olderVersionLoads()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readAll(kCorpus + QLatin1Char('/') + file);
        QVERIFY(!bytes.isEmpty());
        // It really is a format-1 file.
        if (file.endsWith(QLatin1String(".ssc")))
            QCOMPARE(int(quint8(bytes.at(9))), 1);
        else
            QVERIFY(bytes.contains("format=\"1\""));
        auto s = decode(bytes);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        // Everything format 1 had is there; what format 2 added is empty.
        Scenario expected = sampleScenario(false);
        QVERIFY(s->sameContent(expected));
        QVERIFY(s->tierConfigJson.isEmpty());
        QVERIFY(s->results.skus.empty());
        QCOMPARE(s->edits.size(), std::size_t(4));
        QCOMPARE(s->results.kpis.fillRate, 0.95);
    }

    void truncatedRefused_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("reseal");
        QTest::newRow("binary") << int(Encoding::Binary) << false;
        QTest::newRow("xml") << int(Encoding::Xml) << false;
        // Resealed: the checksum is made to fit, so the cut payload reaches the parser.
        QTest::newRow("binary, resealed") << int(Encoding::Binary) << true;
        QTest::newRow("xml, resealed") << int(Encoding::Xml) << true;
    }
    void truncatedRefused()
    {
        QFETCH(int, encoding);
        QFETCH(bool, reseal);
        auto bytes = encode(sampleScenario(), Encoding(encoding));
        QVERIFY(bytes.ok());
        const bool xml = encoding == int(Encoding::Xml);
        const QByteArray close("</stockshift_scenario>");
        const qsizetype scenarioEnd = bytes->lastIndexOf("</scenario>") + 11;
        int refused = 0, allowed = 0;
        for (qsizetype n = 0; n < bytes->size(); ++n) {
            QByteArray cut = bytes->left(n);
            // Resealed, the cut payload gets a closing tag and a checksum that fit, so it
            // reaches the parser.
            if (reseal)
                cut = Testing::reseal(xml ? cut + close + '\n' : cut);
            auto s = decode(cut);
            // Loading is right only when nothing of the scenario was cut: trailing whitespace,
            // or (resealed XML) the closing tag itself.
            const bool whole
                = cut.trimmed() == bytes->trimmed() || (reseal && xml && n >= scenarioEnd);
            if (s.ok() && whole) {
                ++allowed;
                continue;
            }
            if (s.ok())
                QFAIL(qPrintable(QStringLiteral("a file cut at %1 of %2 bytes loaded")
                                     .arg(n)
                                     .arg(bytes->size())));
            QVERIFY(!s.errorMessage().isEmpty());
            ++refused;
        }
        QCOMPARE(refused + allowed, int(bytes->size()));
        QVERIFY(refused >= int(xml ? scenarioEnd : bytes->size()));
    }

    void corruptionDetected()
    {
        auto bytes = encode(sampleScenario(), Encoding::Binary);
        QVERIFY(bytes.ok());
        QByteArray flipped = *bytes;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x10);
        auto s = decode(flipped);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("checksum"));
        QVERIFY(!decode(QByteArray("not a scenario")).ok());
        QVERIFY(!decode(QByteArray()).ok());
    }

    void hostileLengthsRefused_data()
    {
        QTest::addColumn<quint32>("value");
        QTest::newRow("4 GB string") << quint32(0xFFFFFFF0u);
        QTest::newRow("1 GB string") << quint32(1u << 30);
        QTest::newRow("just over the remaining bytes") << quint32(4096);
    }
    void hostileLengthsRefused()
    {
        QFETCH(quint32, value);
        // The first string of the payload is the name: its u32 length follows Boost's class
        // information. Find it by its known length and inflate it.
        Scenario s;
        s.name = QStringLiteral("abcdefgh");
        auto bytes = encode(s, Encoding::Binary);
        QVERIFY(bytes.ok());
        const QByteArray needle = QByteArray::fromRawData("\x08\x00\x00\x00"
                                                          "abcdefgh",
                                                          12);
        const qsizetype at = bytes->indexOf(needle);
        QVERIFY(at > kHeaderBytes);
        QByteArray hostile = *bytes;
        for (int i = 0; i < 4; ++i)
            hostile[at + i] = char((value >> (8 * i)) & 0xFF);
        auto loaded = decode(Testing::reseal(hostile));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QStringLiteral("corrupt"));
        QVERIFY2(loaded.errorMessage().contains(QStringLiteral("out of bounds")),
                 qPrintable(loaded.errorMessage()));
    }

    void inflatedCountRefused()
    {
        // The policy rule count follows the solver settings; make the list claim 2^31 rules.
        Scenario s;
        s.policyRules = {{QStringLiteral("A"), QStringLiteral("{}")}};
        auto bytes = encode(s, Encoding::Binary);
        QVERIFY(bytes.ok());
        const QByteArray needle = QByteArray::fromRawData("\x01\x00\x00\x00\x01\x00\x00\x00"
                                                          "A",
                                                          9);
        const qsizetype at = bytes->indexOf(needle);
        QVERIFY(at > 0);
        QByteArray hostile = *bytes;
        hostile[at + 3] = char(0x80);
        QElapsedTimer timer;
        timer.start();
        auto loaded = decode(Testing::reseal(hostile));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorMessage().contains(QStringLiteral("count out of bounds")),
                 qPrintable(loaded.errorMessage()));
        QVERIFY(timer.elapsed() < 1000); // refused before reading, not after allocating
    }

    // Thousands of seeded mutations of every corpus file: bit flips, byte sets, truncations,
    // length fields inflated, garbage runs, inserted and deleted bytes; half of them resealed so
    // that they get past the checksum into the parser. Each must load or fail with a message.
    void mutationFuzz_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(kCorpus).entryList(QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }
    void mutationFuzz()
    {
        QFETCH(QString, file);
        const QByteArray original = readAll(kCorpus + QLatin1Char('/') + file);
        QVERIFY(!original.isEmpty());
        QRandomGenerator random(quint32(qHash(file)) ^ 0x5EED);
        const bool xml = original.startsWith("<?xml");
        const int rounds = xml ? 5000 : 15000; // XML parsing is slower; keep the whole under ~20 s
        int loaded = 0, refused = 0;
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < rounds; ++round) {
            QByteArray m = original;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits && !m.isEmpty(); ++e) {
                const qsizetype at = qsizetype(random.bounded(quint32(m.size())));
                switch (random.bounded(7)) {
                case 0: // bit flip
                    m[at] = char(m.at(at) ^ (1 << random.bounded(8)));
                    break;
                case 1: // a byte set to an edge value
                    m[at] = char(std::array<int, 5>{0, 1, 0x7F, 0x80, 0xFF}[random.bounded(5)]);
                    break;
                case 2: // truncation
                    m.truncate(at);
                    break;
                case 3: { // a length or count field inflated: 4 bytes of a big number
                    const quint32 v = std::array<quint32, 4>{0xFFFFFFFFu, 0x7FFFFFFFu, 0x10000u,
                                                             0x1000000u}[random.bounded(4)];
                    for (int i = 0; i < 4 && at + i < m.size(); ++i)
                        m[at + i] = char((v >> (8 * i)) & 0xFF);
                    break;
                }
                case 4: { // garbage run
                    const int n = 1 + int(random.bounded(32));
                    for (int i = 0; i < n && at + i < m.size(); ++i)
                        m[at + i] = char(random.bounded(256));
                    break;
                }
                case 5: // inserted bytes
                    m.insert(at, QByteArray(1 + int(random.bounded(8)), char(random.bounded(256))));
                    break;
                default: // deleted bytes
                    m.remove(at, 1 + qsizetype(random.bounded(8)));
                    break;
                }
            }
            if (round % 2 == 1)
                m = Testing::reseal(m);
            auto s = decode(m);
            if (s.ok())
                ++loaded;
            else {
                QVERIFY(!s.errorMessage().isEmpty());
                ++refused;
            }
            // And the parser alone, whatever the header says.
            const QByteArray payload = xml ? Testing::xmlPayload(m) : m.mid(kHeaderBytes);
            auto p = Testing::decodePayload(payload, xml ? Encoding::Xml : Encoding::Binary, 2);
            if (!p.ok())
                QVERIFY(!p.errorMessage().isEmpty());
        }
        QCOMPARE(loaded + refused, rounds);
        QVERIFY(refused > 0);
        qInfo("%s: %d mutations, %d loaded, %d refused, %lld ms", qPrintable(file), rounds, loaded,
              refused, timer.elapsed());
    }

    // --- edits, the frozen copy, runs ---

    void parsesEdits_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("description");
        QTest::newRow("demand, region by default")
            << "demand"
            << "North=1.2" << true << "Demand ×1.20 in region North";
        QTest::newRow("demand, category")
            << "demand"
            << "category:Dairy=0.8" << true << "Demand ×0.80 in category Dairy";
        QTest::newRow("demand, no factor") << "demand"
                                           << "North" << false << "";
        QTest::newRow("demand, negative") << "demand"
                                          << "North=-1" << false << "";
        QTest::newRow("lane") << "lane"
                              << "DC-NAT:HUB-HAM" << true << "Lane DC-NAT → HUB-HAM closed";
        QTest::newRow("lane, same ends") << "lane"
                                         << "A:A" << false << "";
        QTest::newRow("lead time")
            << "lead"
            << "SUP-001=7" << true << "Supplier SUP-001: lead time +7.0 days";
        QTest::newRow("budget") << "budget"
                                << "0.85" << true << "Budget -15%";
        QTest::newRow("budget zero") << "budget"
                                     << "0" << false << "";
        QTest::newRow("new site") << "site"
                                  << "MFC-NEW:MFC-CGN-01:4000:0.25" << true
                                  << "New micro-fulfilment site MFC-NEW (like MFC-CGN-01, "
                                     "capacity 4,000, 25% of its demand)";
        QTest::newRow("new site, share > 1") << "site"
                                             << "MFC-NEW:MFC-CGN-01:4000:1.5" << false << "";
    }
    void parsesEdits()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, description);
        Result<WhatIfEdit> e = kind == QLatin1String("demand")   ? parseDemandFactor(text)
                               : kind == QLatin1String("lane")   ? parseCloseLane(text)
                               : kind == QLatin1String("lead")   ? parseLeadTimePlus(text)
                               : kind == QLatin1String("budget") ? parseBudgetFactor(text)
                                                                 : parseNewSite(text);
        QCOMPARE(e.ok(), valid);
        if (valid)
            QCOMPARE(describeEdit(*e), description);
        else
            QVERIFY(!e.errorMessage().isEmpty());
    }

    void makeDatabase()
    {
        m_db = m_dir.filePath(QStringLiteral("live.db"));
        Demo::DemoSettings settings;
        settings.skus = 12;
        settings.days = 420;
        QVERIFY(Demo::DemoGenerator(settings).writeDatabase(m_db).ok());
        Forecast::NetworkForecastSettings forecast;
        forecast.databasePath = m_db;
        forecast.thoroughSeries = 0;
        auto run = Forecast::runNetworkForecast(forecast);
        QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
    }

    void capturesSettings()
    {
        QVERIFY(!m_db.isEmpty());
        auto c = Storage::Connection::open(m_db);
        QVERIFY(c.ok());
        auto s = captureScenario(**c, QStringLiteral("Base"));
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QCOMPARE(qint64(s->sites.size()), qint64(scalar(**c, QStringLiteral("SELECT COUNT(*) FROM "
                                                                            "locations"))));
        QCOMPARE(qint64(s->lanes.size()),
                 qint64(scalar(**c, QStringLiteral("SELECT COUNT(*) FROM lanes"))));
        QCOMPARE(s->skuCosts.size(), std::size_t(12));
        QVERIFY(!s->suppliers.empty());
        // Captured settings survive a file.
        auto bytes = encode(*s, Encoding::Binary);
        QVERIFY(bytes.ok());
        auto back = decode(*bytes);
        QVERIFY(back.ok());
        QVERIFY(back->sameContent(*s));
    }

    void editsApplyToTheCopyOnly_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::newRow("demand ×1.2 in North") << "demand:North=1.2";
        QTest::newRow("demand ×0.5 for a SKU") << "demand:sku:SKU-00001=0.5";
        QTest::newRow("lane closed") << "lane:DC-NAT:HUB-HAM";
        QTest::newRow("lead time +7") << "lead:SUP-001=7";
        QTest::newRow("budget −15%") << "budget:0.85";
        QTest::newRow("new site") << "site:MFC-NEW:MFC-CGN-01:4000:0.4";
    }
    void editsApplyToTheCopyOnly()
    {
        QFETCH(QString, edit);
        QVERIFY(!m_db.isEmpty());
        const QByteArray before = fingerprint(m_db);
        QVERIFY(!before.isEmpty());
        Scenario s;
        {
            auto live = Storage::Connection::open(m_db);
            QVERIFY(live.ok());
            auto captured = captureScenario(**live, QStringLiteral("What-if"));
            QVERIFY(captured.ok());
            s = *captured;
        }
        const QString kind = edit.section(QLatin1Char(':'), 0, 0);
        const QString text = edit.section(QLatin1Char(':'), 1);
        Result<WhatIfEdit> e = kind == QLatin1String("demand")   ? parseDemandFactor(text)
                               : kind == QLatin1String("lane")   ? parseCloseLane(text)
                               : kind == QLatin1String("lead")   ? parseLeadTimePlus(text)
                               : kind == QLatin1String("budget") ? parseBudgetFactor(text)
                                                                 : parseNewSite(text);
        QVERIFY2(e.ok(), qPrintable(e.errorMessage()));
        s.edits.push_back(*e);

        const QString copyPath = m_dir.filePath(QStringLiteral("copy-%1.db").arg(qHash(edit)));
        QVERIFY(copyDatabase(m_db, copyPath).ok());
        QVERIFY(!copyDatabase(m_db, copyPath).ok()); // never overwrites
        auto copy = Storage::Connection::open(copyPath);
        QVERIFY(copy.ok());
        auto live = Storage::Connection::open(m_db);
        QVERIFY(live.ok());
        // Refuses the live database itself.
        QCOMPARE(applyScenario(**live, s, m_db).error().code, QStringLiteral("live"));

        const auto both = [&](const QString &sql) {
            return std::pair{scalar(**live, sql), scalar(**copy, sql)};
        };
        const QString run = QStringLiteral("(SELECT MAX(id) FROM forecast_runs)");
        const QString northForecast
            = QStringLiteral("SELECT SUM(quantity) FROM forecasts WHERE run_id = %1 AND "
                             "location_id IN (SELECT id FROM locations WHERE region = 'North')")
                  .arg(run);
        const QString southForecast
            = QString(northForecast).replace(QStringLiteral("'North'"), QStringLiteral("'South'"));
        const auto northBefore = both(northForecast);
        QCOMPARE(northBefore.first, northBefore.second);

        auto report = applyScenario(**copy, s, m_db);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.join(QLatin1Char('\n'))));
        QCOMPARE(report->rowsChanged.size(), std::size_t(1));
        QVERIFY(report->rowsChanged[0] > 0);

        if (kind == QLatin1String("demand") && text.startsWith(QLatin1String("North"))) {
            const auto north = both(northForecast);
            QVERIFY(north.first > 0);
            QVERIFY(qFuzzyCompare(north.second, 1.2 * north.first));
            const auto south = both(southForecast);
            QCOMPARE(south.second, south.first); // other regions unchanged
        } else if (kind == QLatin1String("demand")) {
            const QString sku = QStringLiteral("SELECT SUM(quantity) FROM forecasts WHERE run_id = "
                                               "%1 AND sku_id = (SELECT id FROM skus WHERE code = "
                                               "'SKU-00001')")
                                    .arg(run);
            const auto v = both(sku);
            QVERIFY(v.first > 0);
            QVERIFY(qFuzzyCompare(v.second, 0.5 * v.first));
        } else if (kind == QLatin1String("lane")) {
            const QString lane = QStringLiteral(
                "SELECT MAX(active) FROM lanes WHERE from_id = (SELECT id FROM locations WHERE "
                "code "
                "= 'DC-NAT') AND to_id = (SELECT id FROM locations WHERE code = 'HUB-HAM')");
            QCOMPARE(both(lane), std::pair(1.0, 0.0));
        } else if (kind == QLatin1String("lead")) {
            const auto v = both(QStringLiteral("SELECT lead_time_days FROM suppliers WHERE code = "
                                               "'SUP-001'"));
            QCOMPARE(v.second, v.first + 7);
            const auto items = both(QStringLiteral(
                "SELECT TOTAL(lead_time_days), COUNT(lead_time_days) FROM supplier_items WHERE "
                "supplier_id = (SELECT id FROM suppliers WHERE code = 'SUP-001')"));
            QVERIFY(items.second >= items.first);
        } else if (kind == QLatin1String("budget")) {
            QCOMPARE(report->budgetFactor, 0.85);
        } else {
            QCOMPARE(both(QStringLiteral("SELECT COUNT(*) FROM locations WHERE code = 'MFC-NEW' "
                                         "AND kind = 'micro_fulfilment' AND capacity_units = "
                                         "4000"))
                         .second,
                     1.0);
            const QString lanesOf = QStringLiteral(
                "SELECT COUNT(*) FROM lanes WHERE to_id = (SELECT id FROM locations WHERE code = "
                "'%1') OR from_id = (SELECT id FROM locations WHERE code = '%1')");
            QCOMPARE(both(lanesOf.arg(QStringLiteral("MFC-NEW"))).second,
                     both(lanesOf.arg(QStringLiteral("MFC-CGN-01"))).first);
            // It takes 40% of the template's forecast, which the template loses: the total stays.
            const QString of = QStringLiteral(
                "SELECT TOTAL(quantity) FROM forecasts WHERE run_id = %1 AND location_id = "
                "(SELECT id FROM locations WHERE code = '%2')");
            const double templateBefore = both(of.arg(run, QStringLiteral("MFC-CGN-01"))).first;
            QVERIFY(templateBefore > 0);
            QVERIFY(qFuzzyCompare(both(of.arg(run, QStringLiteral("MFC-NEW"))).second,
                                  0.4 * templateBefore));
            QVERIFY(qFuzzyCompare(both(of.arg(run, QStringLiteral("MFC-CGN-01"))).second,
                                  0.6 * templateBefore));
        }
        copy->reset();
        live->reset();
        QCOMPARE(fingerprint(m_db), before);
    }

    void tierConfigTravels()
    {
        QVERIFY(!m_db.isEmpty());
        const QString a = m_dir.filePath(QStringLiteral("tiers-a.db"));
        const QString b = m_dir.filePath(QStringLiteral("tiers-b.db"));
        QVERIFY(copyDatabase(m_db, a).ok());
        QVERIFY(copyDatabase(m_db, b).ok());
        const QString document = QStringLiteral("{\"name\":\"gold-silver\",\"tiers\":[]}");
        Scenario s;
        {
            auto ca = Storage::Connection::open(a);
            QVERIFY(ca.ok());
            QSqlQuery q((*ca)->db());
            q.prepare(QStringLiteral("INSERT INTO tier_configs (name, version, created_at, "
                                     "document) VALUES ('gold-silver', 1, '2026-11-01', ?)"));
            q.addBindValue(document);
            QVERIFY(q.exec());
            auto captured = captureScenario(**ca, QStringLiteral("Tiers"));
            QVERIFY(captured.ok());
            s = *captured;
        }
        QCOMPARE(s.tierConfigJson, document);
        auto cb = Storage::Connection::open(b);
        QVERIFY(cb.ok());
        const QString count = QStringLiteral("SELECT COUNT(*) FROM tier_configs WHERE name = "
                                             "'gold-silver' AND document = '%1'")
                                  .arg(document);
        QCOMPARE(scalar(**cb, count), 0.0);
        QVERIFY(applyScenario(**cb, s).ok());
        QCOMPARE(scalar(**cb, count), 1.0);
        QVERIFY(applyScenario(**cb, s).ok()); // already the newest version: not stored again
        QCOMPARE(scalar(**cb, count), 1.0);
    }

    void runAndCompare()
    {
        QVERIFY(!m_db.isEmpty());
        const QByteArray before = fingerprint(m_db);
        Scenario base;
        {
            auto live = Storage::Connection::open(m_db);
            QVERIFY(live.ok());
            auto captured = captureScenario(**live, QStringLiteral("Base"));
            QVERIFY(captured.ok());
            base = *captured;
        }
        base.solver.method = QStringLiteral("milp");
        base.solver.timeLimitSeconds = 5;
        base.solver.evaluationRuns = 4;
        Scenario busy = base;
        busy.name = QStringLiteral("North +50%");
        busy.parentName = base.name;
        busy.edits.push_back(*parseDemandFactor(QStringLiteral("North=1.5")));

        for (Scenario *s : {&base, &busy}) {
            std::vector<int> percents;
            RunSettings settings;
            settings.threads = 1;
            settings.progress = [&](int percent, const QString &) {
                percents.push_back(percent);
            };
            auto results = runScenario(m_db, *s, settings);
            QVERIFY2(results.ok(), qPrintable(results.errorMessage()));
            s->results = *results;
            QVERIFY(std::is_sorted(percents.begin(), percents.end()));
            QCOMPARE(percents.front(), 0);
            QCOMPARE(percents.back(), 100);
        }
        QCOMPARE(fingerprint(m_db), before); // the live database is untouched

        for (const Scenario *s : {&base, &busy}) {
            const Results &r = s->results;
            QVERIFY(r.present);
            QVERIFY(r.kpis.fillRate > 0 && r.kpis.fillRate <= 1);
            QVERIFY(r.kpis.demandUnits > 0);
            QVERIFY(r.kpis.totalCost > 0);
            // Per-SKU rows add up to the totals.
            double demand = 0, transfers = 0, purchases = 0, value = 0;
            for (const SkuResult &k : r.skus) {
                demand += k.demand;
                transfers += k.transferUnits;
                purchases += k.purchaseUnits;
                value += k.purchaseValue;
            }
            QVERIFY(qFuzzyCompare(1 + demand, 1 + r.kpis.demandUnits));
            QVERIFY(std::abs(transfers - r.kpis.transferUnits) < 1e-6 * (1 + transfers));
            QVERIFY(std::abs(purchases - r.kpis.purchaseUnits) < 1e-6 * (1 + purchases));
            QVERIFY(std::abs(value - r.kpis.purchaseValue) < 1e-6 * (1 + value));
            QCOMPARE(r.simulation.demand > 0, true);
        }
        QVERIFY(busy.results.kpis.demandUnits > base.results.kpis.demandUnits);

        auto c = compareScenarios({base, busy});
        QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
        QCOMPARE(c->names, QStringList({base.name, busy.name}));
        for (int m = 0; m < kMetricCount; ++m) {
            QCOMPARE(c->value(0, Metric(m)), metricValue(base.results.kpis, Metric(m)));
            QCOMPARE(c->value(1, Metric(m)), metricValue(busy.results.kpis, Metric(m)));
            QCOMPARE(c->delta(1, Metric(m)), c->value(1, Metric(m)) - c->value(0, Metric(m)));
        }
        QCOMPARE(c->value(0, Metric::FillRate),
                 base.results.simulation.served / base.results.simulation.demand);
        QCOMPARE(c->skus.size(), base.results.skus.size());
        double demand0 = 0, demand1 = 0;
        for (const SkuDiff &d : c->skus) {
            demand0 += d.demand[0];
            demand1 += d.demand[1];
        }
        QVERIFY(qFuzzyCompare(demand0, base.results.kpis.demandUnits));
        QVERIFY(qFuzzyCompare(demand1, busy.results.kpis.demandUnits));
        QVERIFY(
            std::is_sorted(c->skus.begin(), c->skus.end(), [](const SkuDiff &a, const SkuDiff &b) {
                return a.largestChange > b.largestChange;
            }));
        Scenario draft = base;
        draft.results = {};
        QCOMPARE(compareScenarios({base, draft}).error().code, QStringLiteral("not-run"));
        QCOMPARE(compareScenarios({base}).error().code, QStringLiteral("too-few"));

        // Stored with its results, listed, loaded back identical.
        auto live = Storage::Connection::open(m_db);
        QVERIFY(live.ok());
        for (Scenario *s : {&base, &busy}) {
            auto saved = saveScenario(**live, *s);
            QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        }
        auto list = listScenarios(**live);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(1).name, busy.name);
        QCOMPARE(list->at(1).status, QStringLiteral("run"));
        QCOMPARE(list->at(1).kpis.fillRate, busy.results.kpis.fillRate);
        auto loaded = loadScenario(**live, busy.name);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded->sameContent(busy));
    }

    void cancelStopsTheRun()
    {
        QVERIFY(!m_db.isEmpty());
        std::atomic_bool cancel{false};
        RunSettings settings;
        settings.cancel = &cancel;
        settings.progress = [&](int percent, const QString &) {
            if (percent >= 10)
                cancel = true;
        };
        Scenario s;
        s.name = QStringLiteral("Cancelled");
        auto r = runScenario(m_db, s, settings);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("cancelled"));
    }

    void storeReplacesAndDeletes()
    {
        QVERIFY(!m_db.isEmpty());
        auto live = Storage::Connection::open(m_db);
        QVERIFY(live.ok());
        Scenario s = sampleScenario();
        s.name = QStringLiteral("Stored");
        auto id = saveScenario(**live, s);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        s.description = QStringLiteral("changed");
        auto again = saveScenario(**live, s);
        QVERIFY(again.ok());
        QCOMPARE(*again, *id); // same name: replaced
        auto loaded = loadScenario(**live, *id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->description, QStringLiteral("changed"));
        // A damaged blob is refused like a damaged file.
        QSqlQuery q((*live)->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE scenarios SET data = substr(data, 1, 100) WHERE "
                                      "name = 'Stored'")));
        auto damaged = loadScenario(**live, *id);
        QVERIFY(!damaged.ok());
        Status deleted = deleteScenario(**live, *id);
        QVERIFY2(deleted.ok(), qPrintable(deleted.errorMessage()));
        QCOMPARE(loadScenario(**live, *id).error().code, QStringLiteral("not-found"));
        Scenario unnamed;
        QVERIFY(!saveScenario(**live, unnamed).ok());
    }

    // --- the command line ---

    void cliLoad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("format 1") << kCorpus + "/old-v1.ssc" << 0 << "The file is intact.";
        QTest::newRow("format 1, XML") << kCorpus + "/old-v1.xml" << 0 << "The file is intact.";
        QTest::newRow("newer format")
            << kCorpus + "/newer-v3.ssc" << 2
            << "This scenario file was written by a newer Stockshift (format version 3; this "
               "version reads format versions 1 to 2). Update Stockshift to open it.";
        QTest::newRow("truncated") << m_dir.filePath("cut.ssc") << 2 << "damaged";
        QTest::newRow("missing") << m_dir.filePath("missing.ssc") << 2 << "Cannot open";
    }
    void cliLoad()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFile cut(m_dir.filePath(QStringLiteral("cut.ssc")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(readAll(kCorpus + QStringLiteral("/current.ssc")).left(300));
        cut.close();
        const CliRun r = cli({QStringLiteral("scenario"), QStringLiteral("load"),
                              QStringLiteral("--check"), QStringLiteral("--file"), file});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2((exitCode == 0 ? r.out : r.err).contains(message), qPrintable(r.out + r.err));
    }

    void cliSaveRunCompare()
    {
        QVERIFY(!m_db.isEmpty());
        const QByteArray before = fingerprint(m_db);
        const QString xml = m_dir.filePath(QStringLiteral("cli-whatif.xml"));
        CliRun r = cli({"scenario", "save", "--db", m_db, "--name", "CLI base", "--method",
                        "greedy", "--runs", "3"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({"scenario",
                 "save",
                 "--db",
                 m_db,
                 "--from",
                 "CLI base",
                 "--name",
                 "CLI north",
                 "--demand-factor",
                 "North=1.3",
                 "--close-lane",
                 "DC-NAT:HUB-HAM",
                 "--lead-time-plus",
                 "SUP-001=7",
                 "--budget-factor",
                 "0.85",
                 "--new-site",
                 "MFC-X:MFC-CGN-01:3000:0.2",
                 "--out",
                 xml,
                 "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject saved = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(saved.value("edits").toArray().size(), 5);
        QCOMPARE(saved.value("parent").toString(), QStringLiteral("CLI base"));
        auto file = readFile(xml);
        QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
        QCOMPARE(file->edits.size(), std::size_t(5));
        // A bad edit is refused with the reason.
        r = cli({"scenario", "save", "--db", m_db, "--name", "bad", "--close-lane", "DC-NAT"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("FROM:TO")));
        for (const char *name : {"CLI base", "CLI north"}) {
            r = cli(
                {"scenario", "run", "--db", m_db, "--name", QString::fromLatin1(name), "--json"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value("ran").toBool());
        }
        QCOMPARE(fingerprint(m_db), before); // runs never touch the live data
        r = cli(
            {"scenario", "compare", "--db", m_db, "CLI base", "CLI north", "--json", "--top", "0"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject compared = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray scenarios = compared.value("scenarios").toArray();
        QCOMPARE(scenarios.size(), 2);
        auto live = Storage::Connection::open(m_db);
        QVERIFY(live.ok());
        auto north = loadScenario(**live, QStringLiteral("CLI north"));
        QVERIFY(north.ok());
        const QJsonObject kpis = scenarios[1].toObject().value("kpis").toObject();
        for (int m = 0; m < kMetricCount; ++m)
            QCOMPARE(kpis.value(metricName(Metric(m))).toDouble(),
                     metricValue(north->results.kpis, Metric(m)));
        QCOMPARE(compared.value("skus").toArray().size(), int(north->results.skus.size()));
        r = cli({"scenario", "list", "--db", m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("CLI north")));
        r = cli({"scenario", "compare", "--db", m_db, "CLI base"});
        QCOMPARE(r.exitCode, 2);
    }

private:
    void writeCorpus()
    {
        QDir().mkpath(kCorpus);
        const auto write = [](const QString &name, const QByteArray &bytes) {
            QFile f(kCorpus + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        const Scenario full = sampleScenario();
        write(QStringLiteral("current.ssc"), *encode(full, Encoding::Binary));
        write(QStringLiteral("current.xml"), *encode(full, Encoding::Xml));
        Scenario draft;
        draft.name = QStringLiteral("Draft");
        draft.edits.push_back(*parseCloseLane(QStringLiteral("DC-NAT:HUB-HAM")));
        write(QStringLiteral("draft.ssc"), *encode(draft, Encoding::Binary));
        const Scenario old = sampleScenario(false);
        write(QStringLiteral("old-v1.ssc"), *Testing::encodeAsVersion(old, Encoding::Binary, 1));
        write(QStringLiteral("old-v1.xml"), *Testing::encodeAsVersion(old, Encoding::Xml, 1));
        // A file from the future: format 3 in the header (its payload is today's, resealed).
        QByteArray newer = *encode(draft, Encoding::Binary);
        newer[9] = 3;
        write(QStringLiteral("newer-v3.ssc"), newer);
        QByteArray newerXml = *encode(draft, Encoding::Xml);
        newerXml.replace("format=\"2\"", "format=\"3\"");
        write(QStringLiteral("newer-v3.xml"), newerXml);
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
