// Automatic selection by rolling-origin backtest, and rolling forward without recalibration.
#include "forecast/AutoMethod.h"
#include "forecast/BasicMethods.h"
#include "forecast/EtsMethod.h"
#include "forecast/MethodRegistry.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace Stockshift::Forecast;

namespace {

std::vector<double> seasonal(int n, int m)
{
    std::vector<double> y;
    for (int t = 0; t < n; ++t)
        y.push_back(100.0 + 40.0 * std::sin(2 * M_PI * (t % m) / m) + ((t * 13) % 7) * 0.1);
    return y;
}

std::vector<double> intermittent(int n)
{
    std::vector<double> y;
    unsigned state = 7;
    for (int t = 0; t < n; ++t) {
        state = state * 1664525u + 1013904223u;
        y.push_back((state >> 24) % 4 == 0 ? 1.0 + (state >> 20) % 3 : 0.0);
    }
    return y;
}

} // namespace

class TestAutoMethod : public QObject
{
    Q_OBJECT

private slots:
    void picksTheBestBacktest_data()
    {
        QTest::addColumn<std::vector<double>>("y");
        QTest::addColumn<int>("season");
        QTest::addColumn<bool>("intermittentDemand");
        QTest::newRow("seasonal") << seasonal(96, 12) << 12 << false;
        QTest::newRow("intermittent") << intermittent(120) << 1 << true;
    }

    void picksTheBestBacktest()
    {
        QFETCH(std::vector<double>, y);
        QFETCH(int, season);
        QFETCH(bool, intermittentDemand);
        AutoSettings settings;
        settings.horizon = 12;
        AutoMethod method(settings);
        QVERIFY(method.fit(y, season));
        QCOMPARE(method.profile().intermittent(), intermittentDemand);
        QVERIFY(!method.scores().empty());
        // The winner has the lowest backtest MAE of everything scored.
        for (const CandidateScore &s : method.scores()) {
            if (!s.error.isEmpty())
                continue;
            QCOMPARE(s.origins, 3);
            QCOMPARE(s.points, 36);
            QVERIFY2(method.chosenScore().mae <= s.mae + 1e-12, qPrintable(s.method));
        }
        QCOMPARE(method.chosenScore().method, method.chosen());
        QCOMPARE(int(method.forecast(12).size()), 12);
        // Intervals are never narrower than the winner's own.
        for (int h = 1; h <= 12; ++h)
            QVERIFY(method.horizonSdFactor(h) >= method.chosenMethod()->horizonSdFactor(h) - 1e-12);
        const QJsonObject p = method.parameters();
        QCOMPARE(p.value(QStringLiteral("chosen")).toString(), method.chosen());
        QCOMPARE(p.value(QStringLiteral("candidates")).toArray().size(),
                 qsizetype(method.scores().size()));
    }

    void seasonalSeriesGetsASeasonalModel()
    {
        AutoSettings settings;
        settings.horizon = 12;
        AutoMethod method(settings);
        const auto y = seasonal(96, 12);
        QVERIFY(method.fit(y, 12));
        // A repeating pattern: the seasonal winner's backtest error is a fraction of the
        // amplitude (40), where SES's is of its order.
        QVERIFY2(method.chosenScore().mae < 2.0, qPrintable(method.chosen()));
        double sesMae = 0;
        for (const CandidateScore &s : method.scores())
            if (s.method == QLatin1String("ses"))
                sesMae = s.mae;
        QVERIFY(sesMae > 10.0);
    }

    void candidatesByClass_data()
    {
        QTest::addColumn<std::vector<double>>("y");
        QTest::addColumn<QString>("mustContain");
        QTest::addColumn<QString>("mustNotContain");
        QTest::newRow("smooth") << seasonal(60, 12) << QStringLiteral("ets")
                                << QStringLiteral("croston");
        QTest::newRow("intermittent")
            << intermittent(60) << QStringLiteral("sba") << QStringLiteral("ets");
        QTest::newRow("none") << std::vector<double>(30, 0.0) << QStringLiteral("naive")
                              << QStringLiteral("sba");
    }

    void candidatesByClass()
    {
        QFETCH(std::vector<double>, y);
        QFETCH(QString, mustContain);
        QFETCH(QString, mustNotContain);
        const QStringList list = candidatesFor(classifyDemand(y), 12, int(y.size()), nullptr);
        QVERIFY(list.contains(mustContain));
        QVERIFY(!list.contains(mustNotContain));
        // Without a calendar, the regression model is not offered.
        QVERIFY(!list.contains(QStringLiteral("regression")));
    }

    void noDemandForecastsZero()
    {
        AutoMethod method;
        QVERIFY(method.fit(std::vector<double>(30, 0.0), 1));
        QCOMPARE(method.chosen(), QStringLiteral("naive"));
        QCOMPARE(method.forecast(3), std::vector<double>(3, 0.0));
    }

    void shortSeriesWithoutBacktest()
    {
        AutoMethod method;
        QVERIFY(method.fit(std::vector<double>{5, 6, 7, 6, 5}, 1));
        QCOMPARE(method.chosenScore().origins, 0);
        QCOMPARE(method.chosen(), QStringLiteral("ses"));
        QVERIFY(!method.fit(std::vector<double>{}, 1));
        // From 8 points, smooth demand without a backtest window gets the ensemble.
        QVERIFY(method.fit(std::vector<double>{5, 6, 7, 6, 5, 6, 7, 8, 7}, 1));
        QCOMPARE(method.chosenScore().origins, 0);
        QCOMPARE(method.chosen(), QStringLiteral("ensemble"));
        QCOMPARE(method.forecast(2).size(), std::size_t(2));
    }

    void fixedCandidateList()
    {
        AutoSettings settings;
        settings.candidates = {QStringLiteral("theta")};
        settings.combineBest = 0;
        AutoMethod method(settings);
        QVERIFY(method.fit(seasonal(60, 12), 12));
        QCOMPARE(method.chosen(), QStringLiteral("theta"));
        QCOMPARE(method.scores().size(), std::size_t(1));
    }

    void unknownCandidateIsReported()
    {
        AutoSettings settings;
        settings.candidates = {QStringLiteral("magic"), QStringLiteral("ses")};
        AutoMethod method(settings);
        QVERIFY(method.fit(seasonal(60, 12), 12));
        QCOMPARE(method.chosen(), QStringLiteral("ses"));
        QVERIFY(!method.scores().front().error.isEmpty());
    }

    void reapplyKeepsTheParameters()
    {
        // SES estimated on the first 40 values, rolled forward over 60: the same as SES with
        // that α fixed, fitted on 60.
        const auto y = seasonal(60, 12);
        SesMethod estimated;
        QVERIFY(estimated.fit(std::span<const double>(y).first(40), 1));
        QVERIFY(estimated.reapply(y, 1));
        SesMethod fixed(estimated.alpha());
        QVERIFY(fixed.fit(y, 1));
        QCOMPARE(estimated.forecast(1), fixed.forecast(1));
        QCOMPARE(estimated.residualSd(), fixed.residualSd());
        // ETS: the smoothing parameters carry over too.
        EtsMethod ets(
            EtsSpec{EtsSpec::Error::Additive, EtsSpec::Trend::Damped, EtsSpec::Season::None});
        QVERIFY(ets.fit(std::span<const double>(y).first(40), 1));
        const double alpha = ets.parameters().value(QStringLiteral("alpha")).toDouble();
        QVERIFY(ets.reapply(y, 1));
        QCOMPARE(ets.parameters().value(QStringLiteral("alpha")).toDouble(), alpha);
        QCOMPARE(ets.fitted().size(), y.size());
    }

    void deterministic()
    {
        const auto y = intermittent(100);
        AutoMethod a, b;
        QVERIFY(a.fit(y, 1) && b.fit(y, 1));
        QCOMPARE(a.chosen(), b.chosen());
        QCOMPARE(a.forecast(5), b.forecast(5));
    }

    void closedBucketsSellNothing()
    {
        // A store closed for the 2nd forecast week and half of the 3rd: every method's forecast
        // keeps only the open share, in the backtest and the final forecast alike.
        const auto y = seasonal(60, 12);
        SeriesContext context;
        context.bucketDays = 7;
        context.firstDay = 20000;
        std::vector<double> closure(60 + 4, 0.0);
        closure[61] = 1.0;
        closure[62] = 0.5;
        context.regressors.push_back({QStringLiteral("closure"), closure});
        AutoSettings settings;
        settings.candidates = {QStringLiteral("ses"), QStringLiteral("theta")};
        AutoMethod method(settings);
        method.setContext(&context);
        QVERIFY(method.fit(y, 12));
        const auto f = method.forecast(4);
        QVERIFY(f[0] > 0);
        QCOMPARE(f[1], 0.0);
        QVERIFY(std::abs(f[2] - 0.5 * f[3]) < 1e-9 * std::max(1.0, f[3])
                || method.chosen() != QLatin1String("ses"));
        SesMethod ses;
        ses.setContext(&context);
        QVERIFY(ses.fit(y, 1));
        auto raw = ses.forecast(4);
        applyClosures(ses, raw);
        QCOMPARE(raw[1], 0.0);
        QCOMPARE(raw[2], 0.5 * raw[0]);
    }

    void registeredAsAuto()
    {
        auto method = createMethod(QStringLiteral("auto"));
        QVERIFY(method.ok());
        QCOMPARE((*method)->name(), QStringLiteral("auto"));
    }
};

QTEST_GUILESS_MAIN(TestAutoMethod)
#include "tst_automethod.moc"
