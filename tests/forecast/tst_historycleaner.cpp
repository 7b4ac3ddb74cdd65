// History cleansing: censored demand (stockouts) and outliers (Hampel filter), each change
// recorded with its reason.
#include "forecast/HistoryCleaner.h"

#include <QTest>

#include <cmath>

using namespace Stockshift::Forecast;

namespace {

// A steady series around `level` with a deterministic ±noise pattern.
std::vector<double> steady(int n, double level, double noise)
{
    std::vector<double> y;
    for (int t = 0; t < n; ++t)
        y.push_back(level + noise * ((t * 7) % 5 - 2) / 2.0);
    return y;
}

} // namespace

class TestHistoryCleaner : public QObject
{
    Q_OBJECT

private slots:
    void imputesCensoredBuckets_data()
    {
        QTest::addColumn<double>("share");
        QTest::addColumn<double>("sold");
        QTest::addColumn<double>("expected");
        // Neighbours are all 20: lost demand = share × 20 on top of what was sold.
        QTest::newRow("fully out of stock") << 1.0 << 0.0 << 20.0;
        QTest::newRow("three of seven days") << 3.0 / 7.0 << 12.0 << 12.0 + 20.0 * 3.0 / 7.0;
        QTest::newRow("sold more than the estimate") << 0.2 << 30.0 << 34.0;
    }

    void imputesCensoredBuckets()
    {
        QFETCH(double, share);
        QFETCH(double, sold);
        QFETCH(double, expected);
        std::vector<double> y(20, 20.0);
        y[10] = sold;
        std::vector<float> censored(20, 0.0f);
        censored[10] = float(share);
        CleaningSettings settings;
        settings.cleanseOutliers = false;
        const CleanedHistory h = cleanHistory(y, censored, {}, settings);
        QCOMPARE(h.censored, 1);
        QCOMPARE(h.adjustments.size(), std::size_t(1));
        const Adjustment &a = h.adjustments.front();
        QCOMPARE(a.index, 10);
        QCOMPARE(a.kind, Adjustment::Kind::Censored);
        QCOMPARE(a.kindName(), QStringLiteral("censored"));
        QCOMPARE(a.original, sold);
        QVERIFY(std::abs(a.cleansed - expected) < 1e-5);
        QCOMPARE(h.values[10], a.cleansed);
        QVERIFY(!a.reason.isEmpty());
        // Nothing else changed.
        for (int t = 0; t < 20; ++t)
            if (t != 10)
                QCOMPARE(h.values[std::size_t(t)], 20.0);
    }

    void censoredDailyUsesTheSameWeekday()
    {
        // Saturdays (t % 7 == 5) sell 50, other days 10: a censored Saturday gets ~50.
        std::vector<double> y;
        for (int t = 0; t < 70; ++t)
            y.push_back(t % 7 == 5 ? 50.0 : 10.0);
        y[33] = 0; // a Saturday
        std::vector<float> censored(70, 0.0f);
        censored[33] = 1.0f;
        CleaningSettings settings;
        settings.seasonStride = 7;
        settings.cleanseOutliers = false;
        const CleanedHistory h = cleanHistory(y, censored, {}, settings);
        QCOMPARE(h.values[33], 50.0);
    }

    void cutsSpikesAndSaysWhy()
    {
        std::vector<double> y = steady(60, 100, 10);
        y[30] = 900;
        const CleanedHistory h = cleanHistory(y, {}, {}, CleaningSettings{});
        QCOMPARE(h.outliers, 1);
        const Adjustment &a = h.adjustments.front();
        QCOMPARE(a.index, 30);
        QCOMPARE(a.kind, Adjustment::Kind::Outlier);
        QCOMPARE(a.original, 900.0);
        QVERIFY(a.cleansed < 200 && a.cleansed > 100); // cut to the upper limit, not deleted
        QVERIFY(a.reason.contains(QStringLiteral("Hampel")));
    }

    void leavesWhatIsExplained_data()
    {
        QTest::addColumn<bool>("explained");
        QTest::addColumn<int>("outliers");
        QTest::newRow("plain spike") << false << 1;
        QTest::newRow("promotion week") << true << 0;
    }

    void leavesWhatIsExplained()
    {
        QFETCH(bool, explained);
        QFETCH(int, outliers);
        std::vector<double> y = steady(40, 50, 6);
        y[20] = 400;
        std::vector<char> mask(40, 0);
        mask[20] = explained ? 1 : 0;
        QCOMPARE(cleanHistory(y, {}, mask, CleaningSettings{}).outliers, outliers);
    }

    void levelShiftIsNotAnOutlier()
    {
        // The last 8 buckets jump from 50 to 200: a new level, not 8 outliers.
        std::vector<double> y = steady(40, 50, 6);
        for (int t = 32; t < 40; ++t)
            y[std::size_t(t)] = 200 + (t % 3);
        QCOMPARE(cleanHistory(y, {}, {}, CleaningSettings{}).outliers, 0);
    }

    void dipsAreNotCut()
    {
        std::vector<double> y = steady(40, 50, 6);
        y[20] = 0;
        QCOMPARE(cleanHistory(y, {}, {}, CleaningSettings{}).outliers, 0);
    }

    void intermittentSizes()
    {
        // Sizes 1–3 every third bucket, one order of 40: only that one is cut.
        std::vector<double> y(60, 0.0);
        for (int t = 0; t < 60; t += 3)
            y[std::size_t(t)] = 1 + (t / 3) % 3;
        y[30] = 40;
        const CleanedHistory h = cleanHistory(y, {}, {}, CleaningSettings{});
        QCOMPARE(h.outliers, 1);
        QCOMPARE(h.adjustments.front().index, 30);
        QVERIFY(h.values[30] >= 6.0 && h.values[30] < 40.0);
        for (int t = 0; t < 60; ++t)
            if (t != 30)
                QCOMPARE(h.values[std::size_t(t)], y[std::size_t(t)]);
    }

    void switchesOff()
    {
        std::vector<double> y = steady(60, 100, 10);
        y[30] = 900;
        std::vector<float> censored(60, 0.0f);
        censored[10] = 1.0f;
        CleaningSettings off;
        off.cleanseOutliers = false;
        off.imputeCensored = false;
        const CleanedHistory h = cleanHistory(y, censored, {}, off);
        QVERIFY(h.adjustments.empty());
        QCOMPARE(h.values, y);
    }
};

QTEST_GUILESS_MAIN(TestHistoryCleaner)
#include "tst_historycleaner.moc"
