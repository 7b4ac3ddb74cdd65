// Theta method and the seasonality helpers it uses.
#include "forecast/Seasonality.h"
#include "forecast/ThetaMethod.h"

#include <QTest>

#include <cmath>

using namespace Stockshift::Forecast;

class TestTheta : public QObject
{
    Q_OBJECT

private slots:
    void driftIsHalfTheSlope()
    {
        // On a straight line the Theta forecast grows by b/2 per step (θ = 2 halves the trend).
        std::vector<double> y;
        for (int t = 0; t < 20; ++t)
            y.push_back(10.0 + 2.0 * t);
        ThetaMethod theta;
        QVERIFY(theta.fit(y, 1));
        const auto f = theta.forecast(5);
        for (std::size_t i = 1; i < f.size(); ++i)
            QVERIFY2(std::abs((f[i] - f[i - 1]) - 1.0) < 1e-9,
                     qPrintable(QString::number(f[i] - f[i - 1])));
        QCOMPARE(theta.parameters().value(QStringLiteral("drift")).toDouble(), 1.0);
        QCOMPARE(theta.parameters().value(QStringLiteral("seasonal")).toBool(), false);
    }

    void seasonalSeriesIsReseasonalised()
    {
        // Quarterly, multiplicative pattern 0.8/1.2/1.0/1.0 on a flat level of 100.
        const double pattern[] = {0.8, 1.2, 1.0, 1.0};
        std::vector<double> y;
        for (int t = 0; t < 24; ++t)
            y.push_back(100.0 * pattern[t % 4] * (1.0 + 0.01 * ((t * 7) % 3 - 1)));
        QVERIFY(isSeasonal(y, 4));
        const auto indices = multiplicativeIndices(y, 4);
        QCOMPARE(indices.size(), std::size_t(4));
        QVERIFY(std::abs(indices[0] - 0.8) < 0.02);
        QVERIFY(std::abs(indices[1] - 1.2) < 0.02);
        ThetaMethod theta;
        QVERIFY(theta.fit(y, 4));
        QCOMPARE(theta.parameters().value(QStringLiteral("seasonal")).toBool(), true);
        const auto f = theta.forecast(4); // t = 24..27 → positions 0..3
        QVERIFY(f[1] > f[0] * 1.3);
        QVERIFY(std::abs(f[0] - 80.0) < 4.0);
    }

    void seasonalityTest_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("seasonal");
        QTest::newRow("sine period 12") << 0 << true;
        QTest::newRow("white noise") << 1 << false;
        QTest::newRow("too short") << 2 << false;
    }

    void seasonalityTest()
    {
        QFETCH(int, kind);
        QFETCH(bool, seasonal);
        std::vector<double> y;
        const int n = kind == 2 ? 30 : 96;
        quint32 state = 12345;
        for (int t = 0; t < n; ++t) {
            state = state * 1103515245u + 12345u;
            const double noise = double((state >> 16) & 0x7fff) / 32768.0 - 0.5;
            y.push_back(kind == 1 ? 50 + 10 * noise
                                  : 50 + 10 * std::sin(2 * M_PI * t / 12.0) + noise);
        }
        QCOMPARE(isSeasonal(y, 12), seasonal);
    }

    void optimisedThetaNeverFitsWorse()
    {
        std::vector<double> y;
        for (int t = 0; t < 40; ++t)
            y.push_back(50.0 + 3.0 * t + 5.0 * std::sin(t));
        ThetaMethod standard(false), optimised(true);
        QVERIFY(standard.fit(y, 1));
        QVERIFY(optimised.fit(y, 1));
        QCOMPARE(optimised.name(), QStringLiteral("otm"));
        QVERIFY(optimised.residualSd() <= standard.residualSd() + 1e-12);
        // A strong trend wants more than half of it: θ > 2.
        QVERIFY(optimised.parameters().value(QStringLiteral("theta")).toDouble() > 2.0);
    }
};

QTEST_GUILESS_MAIN(TestTheta)
#include "tst_theta.moc"
