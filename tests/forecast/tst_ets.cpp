// ETS models: recursions against hand computation, likelihood definitions, model selection.
#include "forecast/BasicMethods.h"
#include "forecast/EtsMethod.h"

#include <QTest>

#include <cmath>

using namespace Stockshift::Forecast;
using E = EtsSpec::Error;
using T = EtsSpec::Trend;
using S = EtsSpec::Season;

namespace {

std::vector<double> seasonalSeries(int n, int m, bool multiplicative, double trend, unsigned seed)
{
    std::vector<double> y;
    unsigned state = seed;
    for (int t = 0; t < n; ++t) {
        state = state * 1664525u + 1013904223u;
        const double noise = (double((state >> 8) & 0xffff) / 65536.0 - 0.5) * 4.0;
        const double level = 100.0 + trend * t;
        const double season = std::sin(2 * M_PI * (t % m) / m);
        y.push_back(multiplicative ? level * (1.0 + 0.3 * season) + noise
                                   : level + 20.0 * season + noise);
    }
    return y;
}

} // namespace

class TestEts : public QObject
{
    Q_OBJECT

private slots:
    void annMatchesSimpleExponentialSmoothing()
    {
        // ETS(A,N,N) is SES with an estimated initial level: on the same data its one-step SSE
        // can only be lower or equal.
        const std::vector<double> y{12, 15, 11, 14, 13, 16, 12, 15, 14, 13, 17, 14};
        EtsMethod ann(EtsSpec{E::Additive, T::None, S::None});
        QVERIFY(ann.fit(y, 1));
        SesMethod ses;
        QVERIFY(ses.fit(y, 1));
        QVERIFY(ann.residualSd() <= ses.residualSd() + 1e-9);
        QCOMPARE(ann.name(), QStringLiteral("ETS(A,N,N)"));
        const auto f = ann.forecast(3);
        QCOMPARE(f[0], f[2]); // flat
        // The reported likelihood is n·log(SSE) of the fitted values.
        double sse = 0;
        for (std::size_t t = 0; t < y.size(); ++t)
            sse += (y[t] - ann.fitted()[t]) * (y[t] - ann.fitted()[t]);
        QVERIFY(std::abs(ann.likelihood() - double(y.size()) * std::log(sse)) < 1e-9);
        // AICc = L* + 2k + 2k(k+1)/(n−k−1) with k = α, ℓ0 and σ.
        const double k = 3, n = double(y.size());
        QVERIFY(std::abs(ann.aicc() - (ann.likelihood() + 2 * k + 2 * k * (k + 1) / (n - k - 1)))
                < 1e-9);
    }

    void multiplicativeLikelihoodUsesRelativeErrors()
    {
        const std::vector<double> y{20, 22, 19, 24, 23, 25, 22, 26, 25, 24, 27, 26};
        EtsMethod mnn(EtsSpec{E::Multiplicative, T::None, S::None});
        QVERIFY(mnn.fit(y, 1));
        double sse = 0, logs = 0;
        for (std::size_t t = 0; t < y.size(); ++t) {
            const double mu = mnn.fitted()[t];
            sse += ((y[t] - mu) / mu) * ((y[t] - mu) / mu);
            logs += std::log(mu);
        }
        QVERIFY(std::abs(mnn.likelihood() - (double(y.size()) * std::log(sse) + 2 * logs)) < 1e-9);
    }

    void refusesWhatCannotBeFitted_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("season");
        QTest::addColumn<std::vector<double>>("y");
        QTest::addColumn<int>("m");
        QTest::addColumn<QString>("code");
        QTest::newRow("multiplicative with zeros")
            << int(E::Multiplicative) << int(S::None) << std::vector<double>{3, 0, 4, 5, 2, 3} << 1
            << QStringLiteral("not-positive");
        QTest::newRow("season without two cycles")
            << int(E::Additive) << int(S::Additive) << std::vector<double>{1, 2, 3, 4, 5, 6, 7} << 4
            << QStringLiteral("too-short");
    }

    void refusesWhatCannotBeFitted()
    {
        QFETCH(int, error);
        QFETCH(int, season);
        QFETCH(std::vector<double>, y);
        QFETCH(int, m);
        QFETCH(QString, code);
        EtsMethod model(EtsSpec{E(error), T::None, S(season)});
        const auto status = model.fit(y, m);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, code);
    }

    void selectsSeasonalModelForSeasonalData_data()
    {
        QTest::addColumn<bool>("multiplicative");
        QTest::addColumn<double>("trend");
        QTest::newRow("additive season, flat") << false << 0.0;
        QTest::newRow("multiplicative season, trend") << true << 1.5;
    }

    void selectsSeasonalModelForSeasonalData()
    {
        QFETCH(bool, multiplicative);
        QFETCH(double, trend);
        const auto y = seasonalSeries(72, 12, multiplicative, trend, 7);
        EtsAutoMethod ets;
        QVERIFY(ets.fit(y, 12));
        QVERIFY(ets.chosen());
        QVERIFY2(ets.chosen()->spec().season != S::None, qPrintable(ets.chosen()->name()));
        QVERIFY(ets.parameters().value(QStringLiteral("candidates")).toInt() >= 10);
        // The forecast continues the pattern: next year's peak and trough sit where this year's
        // did.
        const auto f = ets.forecast(12);
        const auto peak = std::max_element(f.begin(), f.end()) - f.begin();
        const auto trough = std::min_element(f.begin(), f.end()) - f.begin();
        QVERIFY2(std::abs(int(peak) - 3) <= 1, qPrintable(QString::number(peak)));
        QVERIFY2(std::abs(int(trough) - 9) <= 1, qPrintable(QString::number(trough)));
    }

    void nonSeasonalDataGetsNonSeasonalModel()
    {
        std::vector<double> y;
        for (int t = 0; t < 60; ++t)
            y.push_back(50.0 + 0.8 * t + ((t * 37) % 11 - 5) * 0.3);
        EtsAutoMethod ets;
        QVERIFY(ets.fit(y, 12));
        QVERIFY2(ets.chosen()->spec().trend != T::None, qPrintable(ets.chosen()->name()));
        const auto f = ets.forecast(6);
        QVERIFY(f[5] > f[0]);
        QVERIFY(std::abs(f[0] - (50.0 + 0.8 * 60)) < 3.0);
    }

    void intervalsWidenWithHorizon()
    {
        const auto y = seasonalSeries(48, 4, false, 0.5, 3);
        EtsMethod aaa(EtsSpec{E::Additive, T::Additive, S::Additive});
        QVERIFY(aaa.fit(y, 4));
        for (int h = 1; h < 12; ++h)
            QVERIFY(aaa.horizonSdFactor(h + 1) > aaa.horizonSdFactor(h));
        QCOMPARE(aaa.horizonSdFactor(1), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestEts)
#include "tst_ets.moc"
