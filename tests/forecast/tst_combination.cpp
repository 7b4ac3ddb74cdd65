// The combination method and the method registry.
#include "forecast/BasicMethods.h"
#include "forecast/Combination.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Stockshift::Forecast;

class TestCombination : public QObject
{
    Q_OBJECT

private slots:
    void meanOfMembers()
    {
        const std::vector<double> y{1, 2, 3, 4, 5, 6, 7, 8};
        std::vector<std::unique_ptr<Method>> members;
        members.push_back(std::make_unique<NaiveMethod>());
        members.push_back(std::make_unique<MovingAverageMethod>(4));
        CombinationMethod comb(QStringLiteral("test"), std::move(members));
        QVERIFY(comb.fit(y, 1));
        // Naive says 8, the 4-period average says 6.5.
        QCOMPARE(comb.forecast(2), (std::vector<double>{7.25, 7.25}));
        QCOMPARE(comb.fitted()[5], (5.0 + (2 + 3 + 4 + 5) / 4.0) / 2.0);
        QCOMPARE(comb.create()->name(), QStringLiteral("test"));
    }

    void weightedMean()
    {
        // Weights 1 : 3 → ¼·8 + ¾·6.5; the same weights for the fitted values.
        const std::vector<double> y{1, 2, 3, 4, 5, 6, 7, 8};
        std::vector<std::unique_ptr<Method>> members;
        members.push_back(std::make_unique<NaiveMethod>());
        members.push_back(std::make_unique<MovingAverageMethod>(4));
        CombinationMethod comb(QStringLiteral("w"), std::move(members), {1.0, 3.0});
        QVERIFY(comb.fit(y, 1));
        QCOMPARE(comb.forecast(1)[0], 0.25 * 8 + 0.75 * 6.5);
        QCOMPARE(comb.fitted()[5], 0.25 * 5.0 + 0.75 * (2 + 3 + 4 + 5) / 4.0);
        // create() keeps the weights.
        auto copy = comb.create();
        QVERIFY(copy->fit(y, 1));
        QCOMPARE(copy->forecast(1)[0], comb.forecast(1)[0]);
        const QJsonArray parts = comb.parameters().value(QStringLiteral("members")).toArray();
        QCOMPARE(parts.at(1).toObject().value(QStringLiteral("weight")).toDouble(), 3.0);
    }

    void failingMemberIsLeftOut()
    {
        // Croston refuses negative demand; the combination uses the naive member alone.
        std::vector<std::unique_ptr<Method>> members;
        members.push_back(std::make_unique<CrostonMethod>(CrostonMethod::Variant::Classic));
        members.push_back(std::make_unique<NaiveMethod>());
        CombinationMethod comb(QStringLiteral("test"), std::move(members));
        QVERIFY(comb.fit(std::vector<double>{3, -1, 4}, 1));
        QCOMPARE(comb.forecast(1)[0], 4.0);
    }

    void registryKnowsEveryMethod_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : methodNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void registryKnowsEveryMethod()
    {
        QFETCH(QString, name);
        auto method = createMethod(name);
        QVERIFY2(method.ok(), qPrintable(method.errorMessage()));
        QCOMPARE((*method)->name(), name);
        std::vector<double> y;
        for (int t = 0; t < 40; ++t)
            y.push_back(10.0 + (t % 4) + 0.1 * t);
        QVERIFY((*method)->fit(y, 4));
        QCOMPARE((*method)->forecast(5).size(), std::size_t(5));
    }

    void everyMethodOnAConstantSeries_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : methodNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyMethodOnAConstantSeries()
    {
        // A constant series gets a constant forecast at that level — except SBA, whose
        // (1 − α/2) correction is a deliberate shrink of Croston's estimate.
        QFETCH(QString, name);
        auto method = std::move(createMethod(name).value());
        const std::vector<double> y(48, 7.0);
        QVERIFY((*method).fit(y, 12));
        const auto f = method->forecast(12);
        for (double v : f) {
            if (name == QLatin1String("sba"))
                QVERIFY(v < 7.0 && v > 6.0);
            else
                QVERIFY2(std::abs(v - 7.0) < 1e-6, qPrintable(QString::number(v, 'g', 12)));
        }
    }

    void seasonalMethodsForecastTheSeason_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name :
             {"snaive", "ets", "theta", "otm", "arima", "regression", "comb", "ensemble", "auto"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void seasonalMethodsForecastTheSeason()
    {
        // Four years of a strong monthly pattern: the next year's forecast follows it (its
        // correlation with the pattern is high), not a flat line.
        QFETCH(QString, name);
        std::vector<double> y, pattern;
        for (int m = 0; m < 12; ++m)
            pattern.push_back(100.0 + 40.0 * std::sin(2 * M_PI * m / 12.0));
        for (int t = 0; t < 48; ++t)
            y.push_back(pattern[std::size_t(t % 12)] + ((t * 7) % 5 - 2));
        auto method = std::move(createMethod(name).value());
        QVERIFY(method->fit(y, 12));
        const auto f = method->forecast(12);
        double mf = 0, mp = 0;
        for (int h = 0; h < 12; ++h) {
            mf += f[std::size_t(h)] / 12;
            mp += pattern[std::size_t(h)] / 12;
        }
        double sfp = 0, sff = 0, spp = 0;
        for (int h = 0; h < 12; ++h) {
            const double a = f[std::size_t(h)] - mf, b = pattern[std::size_t(h)] - mp;
            sfp += a * b;
            sff += a * a;
            spp += b * b;
        }
        const double correlation = sff > 0 ? sfp / std::sqrt(sff * spp) : 0.0;
        QVERIFY2(correlation > 0.9, qPrintable(QString::number(correlation)));
    }

    void unknownMethod()
    {
        auto method = createMethod(QStringLiteral("prophet"));
        QVERIFY(!method.ok());
        QCOMPARE(method.error().code, QStringLiteral("unknown-method"));
        QVERIFY(method.errorMessage().contains(QStringLiteral("theta")));
    }
};

QTEST_GUILESS_MAIN(TestCombination)
#include "tst_combination.moc"
