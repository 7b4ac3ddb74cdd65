// Forecast::RegressionMethod: recovery of known effects from simulated Poisson demand, the use of
// the horizon's regressors, the fallback without a calendar, edge cases and determinism.
#include "common/Days.h"
#include "forecast/MethodRegistry.h"
#include "forecast/RegressionMethod.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <random>

using namespace Stockshift;
using namespace Stockshift::Forecast;

namespace {

// Monday 2022-01-03: weekday index 0 of the simulated calendars.
constexpr int kFirstDay = Days::fromCivil(2022, 1, 3);
// Mon … Sun multipliers of the simulated demand (geometric mean ≈ 1).
constexpr double kWeekday[7] = {0.8, 0.85, 0.9, 0.95, 1.1, 1.45, 1.05};

/// Uniform (0, 1) from mt19937 alone: the standard distributions are not specified bit for bit,
/// mt19937 is, so the simulated series are the same on every platform.
double uniform(std::mt19937 &gen)
{
    return (double(gen()) + 0.5) / 4294967296.0;
}

/// Poisson draw by Knuth's multiplication method (fine for the means used here, < 60).
double poisson(std::mt19937 &gen, double mean)
{
    const double limit = std::exp(-mean);
    int k = 0;
    double product = uniform(gen);
    while (product > limit) {
        ++k;
        product *= uniform(gen);
    }
    return double(k);
}

struct Spec
{
    int days = 730;
    int horizon = 28;
    double level = 3;
    double promoEffect = 1.5;
    double promoShare = 0.15;
    double elasticity = 0; // 0 = no price regressor
    int leadingZeros = 0;
    unsigned seed = 1;
};

struct Synthetic
{
    std::vector<double> y;
    SeriesContext context;
    std::vector<double> mean; // the true means of the history
};

/// Daily Poisson demand: level × weekday × promo effect × (price / 5)^elasticity, with promo
/// flags on a random share of the days (none in the horizon) and weekly prices around 5.
Synthetic makeDaily(const Spec &spec)
{
    std::mt19937 gen(spec.seed);
    Synthetic s;
    s.context.bucketDays = 1;
    s.context.firstDay = kFirstDay;
    const int total = spec.days + spec.horizon;
    std::vector<double> promo(std::size_t(total), 0.0), price(std::size_t(total), 5.0);
    for (int t = 0; t < spec.days; ++t)
        promo[std::size_t(t)] = uniform(gen) < spec.promoShare ? 1.0 : 0.0;
    double weekPrice = 5.0;
    for (int t = 0; t < total; ++t) {
        if (t % 7 == 0)
            weekPrice = 5.0 * (0.8 + 0.4 * uniform(gen)); // 4 … 6, constant within a week
        price[std::size_t(t)] = weekPrice;
    }
    for (int t = 0; t < spec.days; ++t) {
        double mu = spec.level * kWeekday[Days::weekday(kFirstDay + t)];
        if (promo[std::size_t(t)] > 0)
            mu *= spec.promoEffect;
        if (spec.elasticity != 0)
            mu *= std::pow(price[std::size_t(t)] / 5.0, spec.elasticity);
        if (t < spec.leadingZeros)
            mu = 0;
        s.mean.push_back(mu);
        s.y.push_back(mu > 0 ? poisson(gen, mu) : 0.0);
    }
    if (spec.promoEffect != 1.0)
        s.context.regressors.push_back({QStringLiteral("promo"), promo});
    if (spec.elasticity != 0)
        s.context.regressors.push_back({QStringLiteral("price"), price});
    return s;
}

SeriesContext::Regressor *regressor(SeriesContext &context, const QString &name)
{
    for (auto &r : context.regressors)
        if (r.name == name)
            return &r;
    return nullptr;
}

/// The damped trend position of horizon step h (1-based), as RegressionMethod.h states it.
double dampedTau(int h, double phi = RegressionOptions{}.trendDampingPerDay)
{
    return phi * (1.0 - std::pow(phi, h)) / (1.0 - phi) / 365.25;
}

/// Equal element by element, NaN equal to NaN (fitted() has NaN before the first demand).
bool sameValues(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i]))))
            return false;
    return true;
}

QString percentText(double factor)
{
    const double pct = (factor - 1.0) * 100.0;
    return (pct < 0 ? QStringLiteral("-") : QStringLiteral("+"))
           + QString::number(std::abs(pct), 'f', std::abs(pct) < 9.95 ? 1 : 0) + QLatin1Char('%');
}

} // namespace

class TestRegression : public QObject
{
    Q_OBJECT

private slots:
    void registered()
    {
        QVERIFY(methodNames().contains(QStringLiteral("regression")));
        auto created = createMethod(QStringLiteral("regression"));
        QVERIFY(created.ok());
        QCOMPARE((*created)->name(), QStringLiteral("regression"));
        auto copy = (*created)->create();
        QCOMPARE(copy->name(), QStringLiteral("regression"));
    }

    void recoversEffects_data()
    {
        QTest::addColumn<double>("promoEffect");
        QTest::addColumn<double>("level");
        QTest::addColumn<int>("days");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("x1.5, level 3") << 1.5 << 3.0 << 730 << 11u;
        QTest::newRow("x1.5, level 6") << 1.5 << 6.0 << 730 << 12u;
        QTest::newRow("x2, level 3, three years") << 2.0 << 3.0 << 1095 << 13u;
        QTest::newRow("x1.25, level 10") << 1.25 << 10.0 << 730 << 14u;
    }

    void recoversEffects()
    {
        QFETCH(double, promoEffect);
        QFETCH(double, level);
        QFETCH(int, days);
        QFETCH(unsigned, seed);
        Spec spec;
        spec.promoEffect = promoEffect;
        spec.level = level;
        spec.days = days;
        spec.seed = seed;
        Synthetic s = makeDaily(spec);
        RegressionMethod method;
        method.setContext(&s.context);
        const Status status = method.fit(s.y, 7);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QVERIFY(method.converged());

        const double promo = std::exp(method.coefficient(QStringLiteral("promo")));
        QVERIFY2(
            std::abs(std::log(promo / promoEffect)) < 0.15,
            qPrintable(QStringLiteral("promo effect %1, true %2").arg(promo).arg(promoEffect)));
        // Saturday over Monday: 1.45 / 0.8.
        const double saturdayOverMonday
            = std::exp(method.coefficient(QStringLiteral("weekday:Sat"))
                       - method.coefficient(QStringLiteral("weekday:Mon")));
        QVERIFY2(std::abs(std::log(saturdayOverMonday / (1.45 / 0.8))) < 0.15,
                 qPrintable(QString::number(saturdayOverMonday)));
        // Weekday effects are relative to the average day: the ridge centres them exactly.
        double sum = 0;
        for (const char *d : {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"})
            sum += method.coefficient(QStringLiteral("weekday:") + QLatin1String(d));
        QVERIFY2(std::abs(sum) < 1e-6, qPrintable(QString::number(sum)));

        // The planner's view: the effect by the regressor's name, as a percentage.
        const QJsonObject parameters = method.parameters();
        const QJsonObject effects = parameters.value(QStringLiteral("effects")).toObject();
        QCOMPARE(effects.value(QStringLiteral("promo")).toString(), percentText(promo));
        bool listed = false;
        for (const QJsonValue &c : parameters.value(QStringLiteral("coefficients")).toArray())
            listed = listed || c.toObject().value(QStringLiteral("name")).toString() == "promo";
        QVERIFY(listed);
        // The model level is the level at the end of the history on an average day; the base
        // level the forecast uses adds the dynamic level's last two weeks or so.
        const double model = parameters.value(QStringLiteral("modelLevel")).toDouble();
        QVERIFY2(std::abs(std::log(model / level)) < 0.15, qPrintable(QString::number(model)));
        const double base = parameters.value(QStringLiteral("baseLevel")).toDouble();
        QVERIFY2(std::abs(std::log(base / level)) < 0.35, qPrintable(QString::number(base)));
    }

    void forecastFollowsFuturePromo()
    {
        Spec spec;
        spec.level = 4;
        spec.days = 350; // under a year: no yearly terms, so only promo and trend differ below
        spec.seed = 21;
        Synthetic s = makeDaily(spec);
        // Promotion on horizon days 11 … 14 (indices 10 … 13).
        std::vector<double> &promo = regressor(s.context, QStringLiteral("promo"))->values;
        for (int k = 10; k < 14; ++k)
            promo[std::size_t(spec.days + k)] = 1.0;
        RegressionMethod method;
        method.setContext(&s.context);
        QVERIFY(method.fit(s.y, 7));
        const std::vector<double> f = method.forecast(28);
        QCOMPARE(int(f.size()), 28);
        const double beta = method.coefficient(QStringLiteral("promo"));
        const double trend = method.coefficient(QStringLiteral("trend"));
        QVERIFY(!method.features().contains(QStringLiteral("yearly:sin1")));
        // Same weekday one week apart, promotion on the later day only: the ratio is the promo
        // effect times the damped trend between the two steps (the dynamic level cancels).
        const double expected = std::exp(beta + trend * (dampedTau(11) - dampedTau(4)));
        QVERIFY2(qFuzzyCompare(f[10] / f[3], expected),
                 qPrintable(QStringLiteral("%1 vs %2").arg(f[10] / f[3]).arg(expected)));
        QVERIFY2(f[10] / f[3] > 1.3 && f[10] / f[3] < 1.7,
                 qPrintable(QString::number(f[10] / f[3])));
        // Without promotion, one week later the forecast is back (only the damped trend moves).
        QVERIFY2(std::abs(f[17] / f[3] - 1.0) < 0.02, qPrintable(QString::number(f[17] / f[3])));
        // Intervals: a promotion day's mean is larger, so is its Poisson-type variance.
        QVERIFY(method.horizonSdFactor(11) > method.horizonSdFactor(4));
        QVERIFY(std::isfinite(method.horizonSdFactor(28)));
    }

    void carriesShortRegressorForward()
    {
        // A promo vector that ends with the history (last day on) is carried forward: the
        // forecast equals the one with an explicit horizon of promotion days.
        Spec spec;
        spec.seed = 31;
        Synthetic s = makeDaily(spec);
        std::vector<double> &promo = regressor(s.context, QStringLiteral("promo"))->values;
        promo[std::size_t(spec.days - 1)] = 1.0;
        SeriesContext explicitHorizon = s.context;
        std::fill(regressor(explicitHorizon, QStringLiteral("promo"))->values.begin() + spec.days,
                  regressor(explicitHorizon, QStringLiteral("promo"))->values.end(), 1.0);
        promo.resize(std::size_t(spec.days));

        RegressionMethod shortVector, fullVector;
        shortVector.setContext(&s.context);
        fullVector.setContext(&explicitHorizon);
        QVERIFY(shortVector.fit(s.y, 7));
        QVERIFY(fullVector.fit(s.y, 7));
        QCOMPARE(shortVector.forecast(14), fullVector.forecast(14));
        QVERIFY(shortVector.coefficient(QStringLiteral("promo")) > 0.2);
    }

    void priceElasticity_data()
    {
        QTest::addColumn<double>("elasticity");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("elastic -2") << -2.0 << 41u;
        QTest::newRow("inelastic -0.8") << -0.8 << 42u;
        QTest::newRow("very elastic -3") << -3.0 << 43u;
    }

    void priceElasticity()
    {
        QFETCH(double, elasticity);
        QFETCH(unsigned, seed);
        Spec spec;
        spec.level = 5;
        spec.promoEffect = 1.0; // price only
        spec.elasticity = elasticity;
        spec.seed = seed;
        Synthetic s = makeDaily(spec);
        // The horizon: the first week at the median price, the second 20% dearer.
        std::vector<double> &price = regressor(s.context, QStringLiteral("price"))->values;
        std::vector<double> history(price.begin(), price.begin() + spec.days);
        std::nth_element(history.begin(), history.begin() + spec.days / 2, history.end());
        const double medianPrice = history[std::size_t(spec.days / 2)];
        for (int k = 0; k < spec.horizon; ++k)
            price[std::size_t(spec.days + k)] = k < 7 ? medianPrice : 1.2 * medianPrice;

        RegressionMethod method;
        method.setContext(&s.context);
        QVERIFY(method.fit(s.y, 7));
        const double estimate = method.coefficient(QStringLiteral("price"));
        QVERIFY2(estimate < 0, qPrintable(QString::number(estimate)));
        // Within three of the model's own standard errors (about 0.2 here), which must be small.
        double se = 0;
        for (const QJsonValue &c :
             method.parameters().value(QStringLiteral("coefficients")).toArray())
            if (c.toObject().value(QStringLiteral("name")).toString() == "price")
                se = c.toObject().value(QStringLiteral("se")).toDouble();
        QVERIFY2(se > 0 && se < 0.3, qPrintable(QString::number(se)));
        QVERIFY2(std::abs(estimate - elasticity) < 3 * se,
                 qPrintable(QStringLiteral("%1 (se %2)").arg(estimate).arg(se)));
        // The same weekday at the dearer price sells less, by about 1.2^elasticity.
        const std::vector<double> f = method.forecast(14);
        QVERIFY(f[8] < f[1]);
        QVERIFY2(std::abs(std::log(f[8] / f[1]) - elasticity * std::log(1.2)) < 0.1,
                 qPrintable(QString::number(f[8] / f[1])));
        const QString effect = method.parameters()
                                   .value(QStringLiteral("effects"))
                                   .toObject()
                                   .value(QStringLiteral("price"))
                                   .toString();
        QVERIFY2(effect.contains(QString::number(estimate, 'f', 2)), qPrintable(effect));
    }

    void allZeroSeries_data()
    {
        QTest::addColumn<bool>("withContext");
        QTest::newRow("daily calendar") << true;
        QTest::newRow("no context") << false;
    }

    void allZeroSeries()
    {
        QFETCH(bool, withContext);
        Spec spec;
        spec.days = 200;
        Synthetic s = makeDaily(spec);
        std::fill(s.y.begin(), s.y.end(), 0.0);
        RegressionMethod method;
        if (withContext)
            method.setContext(&s.context);
        QVERIFY(method.fit(s.y, 7));
        QCOMPARE(method.forecast(5), std::vector<double>(5, 0.0));
        QCOMPARE(method.fitted(), std::vector<double>(s.y.size(), 0.0));
        QCOMPARE(method.residualSd(), 0.0);
        QCOMPARE(method.parameterCount(), 0);
        QVERIFY(method.parameters().value(QStringLiteral("noDemand")).toBool());
    }

    void tooShortSeries_data()
    {
        QTest::addColumn<bool>("daily");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("leadingZeros");
        QTest::addColumn<bool>("fits");
        // Daily with the promo regressor: intercept, trend, 7 weekdays, promo = 10 features.
        QTest::newRow("daily, 20 days") << true << 20 << 0 << false;
        QTest::newRow("daily, 29 days") << true << 29 << 0 << false;
        QTest::newRow("daily, 30 days") << true << 30 << 0 << true;
        QTest::newRow("daily, 29 days after 300 zeros") << true << 329 << 300 << false;
        // Without a calendar and season: intercept and trend = 2 features, 6 values needed.
        QTest::newRow("no calendar, 5 values") << false << 5 << 0 << false;
        QTest::newRow("no calendar, 6 values") << false << 6 << 0 << true;
    }

    void tooShortSeries()
    {
        QFETCH(bool, daily);
        QFETCH(int, length);
        QFETCH(int, leadingZeros);
        QFETCH(bool, fits);
        Spec spec;
        spec.days = length;
        spec.leadingZeros = leadingZeros;
        spec.promoShare = 0.5;
        spec.seed = 51;
        Synthetic s = makeDaily(spec);
        for (int t = leadingZeros; t < length; ++t)
            s.y[std::size_t(t)] = 1.0 + t % 3; // non-zero and not constant
        std::vector<double> &promo = regressor(s.context, QStringLiteral("promo"))->values;
        for (int t = 0; t < length; ++t)
            promo[std::size_t(t)] = t % 2;
        RegressionMethod method;
        if (daily)
            method.setContext(&s.context);
        const Status status = method.fit(s.y, 1);
        QCOMPARE(status.ok(), fits);
        if (!fits) {
            QCOMPARE(status.error().code, QStringLiteral("series-too-short"));
            QVERIFY(!status.errorMessage().isEmpty());
        }
    }

    void nonNegativeForecasts_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("intermittent, mean 0.05") << 0;
        QTest::newRow("steep decline") << 1;
        QTest::newRow("rare spikes") << 2;
        QTest::newRow("promo only on zero days (separation)") << 3;
    }

    void nonNegativeForecasts()
    {
        QFETCH(int, kind);
        Spec spec;
        spec.days = 500;
        spec.seed = 61 + unsigned(kind);
        Synthetic s = makeDaily(spec);
        std::mt19937 gen(spec.seed);
        for (int t = 0; t < spec.days; ++t) {
            double &y = s.y[std::size_t(t)];
            switch (kind) {
            case 0:
                y = poisson(gen, 0.05);
                break;
            case 1: // from 20 a day to about 0.3 a day
                y = poisson(gen, 20.0 * std::exp(-t / 120.0));
                break;
            case 2:
                y = uniform(gen) < 0.02 ? 40.0 : 0.0;
                break;
            default: // every promotion day sold nothing: its MLE would be −∞
                y = s.context.regressors[0].values[std::size_t(t)] > 0 ? 0.0 : poisson(gen, 2.0);
                break;
            }
        }
        if (kind == 3)
            std::fill(s.context.regressors[0].values.begin() + spec.days,
                      s.context.regressors[0].values.end(), 1.0);
        RegressionMethod method;
        method.setContext(&s.context);
        const Status status = method.fit(s.y, 7);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        const std::vector<double> f = method.forecast(28);
        for (double v : f)
            QVERIFY2(std::isfinite(v) && v >= 0, qPrintable(QString::number(v)));
        QVERIFY(std::isfinite(method.residualSd()));
        for (int h : {1, 7, 28})
            QVERIFY(std::isfinite(method.horizonSdFactor(h)) && method.horizonSdFactor(h) >= 0);
        if (kind == 1) {
            // The decline is followed: below the mean of the last four weeks of history.
            double last = 0;
            for (int t = spec.days - 28; t < spec.days; ++t)
                last += s.y[std::size_t(t)] / 28.0;
            double mean = 0;
            for (double v : f)
                mean += v / 28.0;
            QVERIFY2(mean < last + 0.2, qPrintable(QStringLiteral("%1 %2").arg(mean).arg(last)));
        }
        if (kind == 3) {
            // Separation is held by the ridge: a finite, strongly negative effect.
            const double beta = method.coefficient(QStringLiteral("promo"));
            QVERIFY2(std::isfinite(beta) && beta < -1.0, qPrintable(QString::number(beta)));
            QVERIFY(f[0] < 0.5);
        }
    }

    void noCalendarSeasonalDummies_data()
    {
        QTest::addColumn<bool>("emptyContext");
        QTest::newRow("no context") << false;
        QTest::newRow("context with bucketDays 0") << true;
    }

    void noCalendarSeasonalDummies()
    {
        QFETCH(bool, emptyContext);
        const double pattern[4] = {1.3, 0.8, 0.7, 1.2};
        std::mt19937 gen(71);
        std::vector<double> y;
        for (int t = 0; t < 48; ++t)
            y.push_back(poisson(gen, 50.0 * pattern[t % 4]));
        SeriesContext context; // bucketDays 0, no regressors
        RegressionMethod method;
        if (emptyContext)
            method.setContext(&context);
        QVERIFY(method.fit(y, 4));
        QVERIFY(method.features().contains(QStringLiteral("season:0")));
        QVERIFY(method.features().contains(QStringLiteral("season:3")));
        QVERIFY(!method.features().contains(QStringLiteral("weekday:Mon")));
        // The forecast continues the pattern: step 1 is position 48 % 4 = 0.
        const std::vector<double> f = method.forecast(8);
        for (int k = 0; k < 4; ++k) {
            const double ratio = f[std::size_t(k)] / f[std::size_t((k + 1) % 4)];
            const double expected = pattern[k] / pattern[(k + 1) % 4];
            QVERIFY2(std::abs(std::log(ratio / expected)) < 0.15,
                     qPrintable(QStringLiteral("%1 vs %2").arg(ratio).arg(expected)));
        }
        QVERIFY(method.parameters()
                    .value(QStringLiteral("effects"))
                    .toObject()
                    .contains(QStringLiteral("season:0")));
    }

    void yearlyTermsBeyondAYear_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("yearly");
        QTest::newRow("300 days") << 300 << false;
        QTest::newRow("800 days") << 800 << true;
    }

    void yearlyTermsBeyondAYear()
    {
        QFETCH(int, days);
        QFETCH(bool, yearly);
        Spec spec;
        spec.days = days;
        Synthetic s = makeDaily(spec);
        RegressionMethod method;
        method.setContext(&s.context);
        QVERIFY(method.fit(s.y, 7));
        QCOMPARE(method.features().contains(QStringLiteral("yearly:sin1")), yearly);
        QCOMPARE(method.parameters().contains(QStringLiteral("yearlyRange")), yearly);
    }

    void closuresForecastZero()
    {
        Spec spec;
        spec.level = 4;
        spec.seed = 81;
        Synthetic s = makeDaily(spec);
        std::vector<double> closure(std::size_t(spec.days + spec.horizon), 0.0);
        for (int t = 100; t < spec.days; t += 100) {
            closure[std::size_t(t)] = 1.0;
            s.y[std::size_t(t)] = 0.0; // closed: nothing sold
        }
        closure[std::size_t(spec.days + 5)] = 1.0;
        s.context.regressors.push_back({QStringLiteral("closure"), closure});
        RegressionMethod method;
        method.setContext(&s.context);
        QVERIFY(method.fit(s.y, 7));
        const std::vector<double> f = method.forecast(14);
        QCOMPARE(f[5], 0.0);
        QVERIFY(f[4] > 1.0 && f[6] > 1.0);
        QCOMPARE(method.horizonSdFactor(6), 0.0);
        QCOMPARE(method.fitted()[100], 0.0);
        // An offset, not a coefficient: closed days do not pull the level down.
        QVERIFY(std::isnan(method.coefficient(QStringLiteral("closure"))));
        const double model = method.parameters().value(QStringLiteral("modelLevel")).toDouble();
        QVERIFY2(std::abs(std::log(model / spec.level)) < 0.15, qPrintable(QString::number(model)));
    }

    void leadingZerosAreNotDemand()
    {
        Spec spec;
        spec.days = 800;
        spec.leadingZeros = 400;
        spec.level = 5;
        spec.promoEffect = 1.0;
        spec.seed = 91;
        Synthetic s = makeDaily(spec);
        RegressionMethod method;
        method.setContext(&s.context);
        QVERIFY(method.fit(s.y, 7));
        QCOMPARE(int(method.fitted().size()), spec.days);
        QVERIFY(std::isnan(method.fitted()[0]));
        QVERIFY(std::isnan(method.fitted()[399]));
        QVERIFY(!std::isnan(method.fitted()[400]));
        QCOMPARE(method.parameters().value(QStringLiteral("firstBucket")).toInt(), 400);
        const std::vector<double> f = method.forecast(28);
        double mean = 0;
        for (double v : f)
            mean += v / 28.0;
        // Diluted by the zeros the level would be about 2.5. The model's level rests on 400 days
        // (within 10%); the forecast also follows the last two weeks (dynamic level), noisier.
        const double modelLevel
            = method.parameters().value(QStringLiteral("modelLevel")).toDouble();
        QVERIFY2(std::abs(modelLevel / 5.0 - 1.0) < 0.1, qPrintable(QString::number(modelLevel)));
        QVERIFY2(std::abs(mean / 5.0 - 1.0) < 0.25, qPrintable(QString::number(mean)));
        QVERIFY(method.residualSd() > 1.0 && method.residualSd() < 4.0);
    }

    void deterministicOutput()
    {
        Spec spec;
        spec.elasticity = -1.5;
        spec.seed = 101;
        Synthetic s = makeDaily(spec);
        RegressionMethod a, b;
        a.setContext(&s.context);
        b.setContext(&s.context);
        QVERIFY(a.fit(s.y, 7));
        QVERIFY(b.fit(s.y, 7));
        QCOMPARE(a.forecast(28), b.forecast(28));
        QVERIFY(sameValues(a.fitted(), b.fitted()));
        QVERIFY(std::isnan(a.fitted()[0]) || a.fitted()[0] >= 0);
        QCOMPARE(QJsonDocument(a.parameters()).toJson(), QJsonDocument(b.parameters()).toJson());
        // Fitting the same instance again gives the same again (no state left over).
        const std::vector<double> first = a.forecast(28);
        QVERIFY(a.fit(std::span<const double>(s.y).first(600), 7));
        QVERIFY(a.forecast(28) != first);
        QVERIFY(a.fit(s.y, 7));
        QCOMPARE(a.forecast(28), first);
        QVERIFY(a.parameterCount() > 10);
    }
};

QTEST_GUILESS_MAIN(TestRegression)
#include "tst_regression.moc"
