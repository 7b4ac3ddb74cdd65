// Forecast basic methods against hand-computed values and properties.
#include "forecast/BasicMethods.h"
#include "forecast/Optimize.h"

#include <QTest>

#include <cmath>

using namespace Stockshift::Forecast;

namespace {

std::vector<double> v(std::initializer_list<double> values)
{
    return std::vector<double>(values);
}

std::unique_ptr<Method> make(const QString &name)
{
    if (name == QLatin1String("naive"))
        return std::make_unique<NaiveMethod>();
    if (name == QLatin1String("snaive"))
        return std::make_unique<SeasonalNaiveMethod>();
    if (name == QLatin1String("ma"))
        return std::make_unique<MovingAverageMethod>();
    if (name == QLatin1String("ses"))
        return std::make_unique<SesMethod>();
    if (name == QLatin1String("holt"))
        return std::make_unique<HoltMethod>(false);
    if (name == QLatin1String("holt-damped"))
        return std::make_unique<HoltMethod>(true);
    if (name == QLatin1String("croston"))
        return std::make_unique<CrostonMethod>(CrostonMethod::Variant::Classic);
    if (name == QLatin1String("sba"))
        return std::make_unique<CrostonMethod>(CrostonMethod::Variant::Sba);
    return std::make_unique<CrostonMethod>(CrostonMethod::Variant::Tsb);
}

} // namespace

class TestBasicMethods : public QObject
{
    Q_OBJECT

private slots:
    void sesWithFixedAlpha()
    {
        // l0 = 10; e1 = 2 → l1 = 11; e2 = 3 → l2 = 12.5.
        SesMethod ses(0.5);
        const auto y = v({10, 12, 14});
        QVERIFY(ses.fit(y, 1));
        QCOMPARE(ses.forecast(2), v({12.5, 12.5}));
        QCOMPARE(ses.fitted()[1], 10.0);
        QCOMPARE(ses.fitted()[2], 11.0);
        QVERIFY(std::isnan(ses.fitted()[0]));
        QCOMPARE(ses.residualSd(), std::sqrt(13.0));
        // Var(h) = σ²(1 + (h−1)α²) (Hyndman et al. 2008, ETS(A,N,N)).
        QCOMPARE(ses.horizonSdFactor(3), std::sqrt(1.0 + 2 * 0.25));
    }

    void sesEstimatesAlpha()
    {
        // A level shift is followed fast: α near 1. White noise around a mean: α small.
        SesMethod shift;
        QVERIFY(shift.fit(v({5, 5, 5, 5, 20, 20, 20, 20, 20, 20}), 1));
        QVERIFY2(shift.alpha() > 0.95, qPrintable(QString::number(shift.alpha())));
        SesMethod noise;
        QVERIFY(noise.fit(v({10, 12, 8, 11, 9, 10, 12, 8, 10, 11, 9, 10}), 1));
        QVERIFY2(noise.alpha() < 0.2, qPrintable(QString::number(noise.alpha())));
    }

    void crostonKnownUpdates()
    {
        // First demand 5 at t=2 → z = 5, p = 3. Next demand 3 at t=6, four periods later:
        // z = 5 + 0.1·(3 − 5) = 4.8, p = 3 + 0.1·(4 − 3) = 3.1 → ŷ = 4.8/3.1.
        CrostonMethod croston(CrostonMethod::Variant::Classic, 0.1);
        QVERIFY(croston.fit(v({0, 0, 5, 0, 0, 0, 3}), 1));
        QCOMPARE(croston.size(), 4.8);
        QCOMPARE(croston.interval(), 3.1);
        QCOMPARE(croston.forecast(1)[0], 4.8 / 3.1);
        CrostonMethod sba(CrostonMethod::Variant::Sba, 0.1);
        QVERIFY(sba.fit(v({0, 0, 5, 0, 0, 0, 3}), 1));
        QCOMPARE(sba.forecast(1)[0], 0.95 * 4.8 / 3.1);
    }

    void tsbDecaysWithoutDemand()
    {
        // TSB keeps updating the probability in zero periods: a dead item's forecast falls,
        // Croston's stays (the known weakness TSB fixes).
        const auto y = v({4, 0, 4, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        CrostonMethod tsb(CrostonMethod::Variant::Tsb, 0.2);
        CrostonMethod croston(CrostonMethod::Variant::Classic, 0.2);
        QVERIFY(tsb.fit(y, 1));
        QVERIFY(croston.fit(y, 1));
        QVERIFY(tsb.forecast(1)[0] < 0.5 * croston.forecast(1)[0]);
        QVERIFY(tsb.probability() < 0.2);
    }

    void crostonRejectsBadSeries_data()
    {
        QTest::addColumn<std::vector<double>>("y");
        QTest::addColumn<QString>("code");
        QTest::newRow("all zero") << v({0, 0, 0}) << QStringLiteral("no-demand");
        QTest::newRow("negative") << v({1, -2, 3}) << QStringLiteral("negative");
        QTest::newRow("single value") << v({3}) << QStringLiteral("too-short");
    }

    void crostonRejectsBadSeries()
    {
        QFETCH(std::vector<double>, y);
        QFETCH(QString, code);
        CrostonMethod croston(CrostonMethod::Variant::Classic);
        const auto status = croston.fit(y, 1);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, code);
    }

    void holtFollowsALine()
    {
        std::vector<double> y;
        for (int t = 0; t < 20; ++t)
            y.push_back(3.0 + 2.0 * t);
        HoltMethod holt(false);
        QVERIFY(holt.fit(y, 1));
        const auto f = holt.forecast(3);
        QCOMPARE(f.size(), std::size_t(3));
        for (int h = 1; h <= 3; ++h)
            QVERIFY(std::abs(f[std::size_t(h - 1)] - (3.0 + 2.0 * (19 + h))) < 1e-6);
    }

    void dampedTrendFlattens()
    {
        std::vector<double> y;
        for (int t = 0; t < 30; ++t)
            y.push_back(100.0 + 5.0 * t + ((t % 3) - 1) * 2.0);
        HoltMethod damped(true);
        QVERIFY(damped.fit(y, 1));
        const auto f = damped.forecast(40);
        // Increments shrink with the horizon.
        QVERIFY(f[39] - f[38] < f[1] - f[0]);
        QVERIFY(f[39] > f[0]);
    }

    void seasonalNaiveRepeatsLastSeason()
    {
        SeasonalNaiveMethod snaive;
        QVERIFY(snaive.fit(v({1, 2, 3, 4, 10, 20, 30, 40}), 4));
        QCOMPARE(snaive.forecast(6), v({10, 20, 30, 40, 10, 20}));
        QCOMPARE(snaive.horizonSdFactor(5), std::sqrt(2.0));
        QVERIFY(!snaive.fit(v({1, 2}), 4).ok());
    }

    void movingAverage()
    {
        MovingAverageMethod ma(3);
        QVERIFY(ma.fit(v({1, 2, 3, 4, 5, 6}), 1));
        QCOMPARE(ma.forecast(1)[0], 5.0);
        QCOMPARE(ma.fitted()[3], 2.0);
    }

    // Properties every method must have.
    void properties_data()
    {
        QTest::addColumn<QString>("method");
        for (const char *name :
             {"naive", "snaive", "ma", "ses", "holt", "holt-damped", "croston", "sba", "tsb"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void properties()
    {
        QFETCH(QString, method);
        // Constant series → constant forecast equal to the constant (SBA deflates by its
        // documented bias correction 1 − α/2, which is what it is for).
        auto m = make(method);
        QCOMPARE(m->name(), method);
        QVERIFY(m->fit(std::vector<double>(24, 7.0), 4));
        const double expected
            = method == QLatin1String("sba")
                  ? 7.0 * (1.0 - m->parameters().value(QStringLiteral("alpha")).toDouble() / 2.0)
                  : 7.0;
        for (double f : m->forecast(8))
            QVERIFY2(std::abs(f - expected) < 1e-6, qPrintable(QString::number(f)));
        if (method != QLatin1String("sba"))
            QCOMPARE(m->residualSd(), 0.0);
        // create() gives an unfitted instance of the same method.
        auto fresh = m->create();
        QCOMPARE(fresh->name(), method);
        QVERIFY(fresh->fitted().empty());
        // Forecast errors never shrink with the horizon.
        for (int h = 1; h < 10; ++h)
            QVERIFY(m->horizonSdFactor(h + 1) >= m->horizonSdFactor(h) - 1e-12);
    }

    void nelderMeadFindsMinimum()
    {
        const auto result = nelderMead(
            [](const std::vector<double> &x) {
                return (x[0] - 0.3) * (x[0] - 0.3) + 10 * (x[1] - 0.7) * (x[1] - 0.7);
            },
            {0.5, 0.5}, {0, 0}, {1, 1}, 1000, 1e-14);
        QVERIFY(std::abs(result.x[0] - 0.3) < 1e-4);
        QVERIFY(std::abs(result.x[1] - 0.7) < 1e-4);
        // The box holds: the unconstrained minimum at 2 is clamped to 1.
        const auto clamped = nelderMead(
            [](const std::vector<double> &x) { return (x[0] - 2) * (x[0] - 2); }, {0.5}, {0}, {1});
        QVERIFY(std::abs(clamped.x[0] - 1.0) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestBasicMethods)
#include "tst_basicmethods.moc"
