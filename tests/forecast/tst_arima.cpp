// ARIMA: likelihoods against closed forms, equivalences with naive, seasonal naive and SES,
// ψ weights, the KPSS and seasonal-strength tests, and the automatic order selection.
#include "forecast/ArimaMethod.h"
#include "forecast/BasicMethods.h"
#include "forecast/MethodRegistry.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace Stockshift::Forecast;
using Estimation = ArimaMethod::Estimation;

namespace {

/// Deterministic standard normal numbers (LCG + Box–Muller), the same on every platform.
class Normal
{
public:
    explicit Normal(unsigned seed)
        : m_state(seed * 2654435761u + 12345u)
    {}
    double operator()()
    {
        const double u1 = (double(next()) + 1.0) / 4294967297.0;
        const double u2 = (double(next()) + 1.0) / 4294967297.0;
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }

private:
    unsigned next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state;
    }
    unsigned m_state;
};

std::vector<double> ar1(int n, double phi, double mean, unsigned seed)
{
    Normal e(seed);
    std::vector<double> y;
    double x = e() / std::sqrt(1 - phi * phi); // stationary start
    for (int t = 0; t < n; ++t) {
        y.push_back(mean + x);
        x = phi * x + e();
    }
    return y;
}

std::vector<double> ma1(int n, double theta, unsigned seed)
{
    Normal e(seed);
    std::vector<double> y;
    double previous = e();
    for (int t = 0; t < n; ++t) {
        const double current = e();
        y.push_back(current + theta * previous);
        previous = current;
    }
    return y;
}

/// Integrates x once, starting at `start`.
std::vector<double> integrated(const std::vector<double> &x, double start)
{
    std::vector<double> y;
    double level = start;
    for (double v : x) {
        level += v;
        y.push_back(level);
    }
    return y;
}

std::vector<double> whiteNoise(int n, unsigned seed, double mean = 0)
{
    Normal e(seed);
    std::vector<double> y;
    for (int t = 0; t < n; ++t)
        y.push_back(mean + e());
    return y;
}

/// Monthly series with a strong seasonal pattern that itself drifts (a seasonal random walk
/// on a fixed pattern), plus noise: the kind of series seasonal differencing is made for.
std::vector<double> seasonalSeries(int n, unsigned seed)
{
    Normal e(seed);
    std::vector<double> y;
    for (int t = 0; t < n; ++t) {
        const double pattern = 100.0 + 20.0 * std::sin(2 * M_PI * (t % 12) / 12.0)
                               + 8.0 * std::cos(4 * M_PI * (t % 12) / 12.0);
        y.push_back(t < 12 ? pattern + e() : y[std::size_t(t - 12)] + 0.8 * e());
    }
    return y;
}

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

/// qFuzzyCompare-style relative comparison that also works near zero.
bool fuzzy(double a, double b, double relative = 1e-9)
{
    return std::abs(a - b) <= relative * std::max({1.0, std::abs(a), std::abs(b)});
}

ArimaOrder order(int p, int d, int q, bool constant = false, int sp = 0, int sd = 0, int sq = 0)
{
    ArimaOrder o;
    o.p = p;
    o.d = d;
    o.q = q;
    o.P = sp;
    o.D = sd;
    o.Q = sq;
    o.constant = constant;
    return o;
}

/// Exact AR(1) log-likelihood with σ² concentrated out (Box & Jenkins §7.1.5).
double ar1LogLikelihood(const std::vector<double> &x, double phi)
{
    const double n = double(x.size());
    double s = (1 - phi * phi) * x[0] * x[0];
    for (std::size_t t = 1; t < x.size(); ++t)
        s += (x[t] - phi * x[t - 1]) * (x[t] - phi * x[t - 1]);
    return -0.5 * n * (std::log(2 * M_PI * s / n) + 1) + 0.5 * std::log(1 - phi * phi);
}

/// Exact MA(1) log-likelihood by the innovations algorithm (Brockwell & Davis 1991, §5.2),
/// independent of the Kalman filter under test.
double ma1LogLikelihood(const std::vector<double> &x, double theta)
{
    const double gamma0 = 1 + theta * theta, gamma1 = theta;
    double v = gamma0, prediction = 0, sum = 0, sumLog = 0;
    for (double value : x) {
        const double innovation = value - prediction;
        sum += innovation * innovation / v;
        sumLog += std::log(v);
        const double weight = gamma1 / v;
        prediction = weight * innovation;
        v = gamma0 - weight * weight * v;
    }
    const double n = double(x.size());
    return -0.5 * (n * std::log(2 * M_PI * sum / n) + n + sumLog);
}

/// Exact Gaussian log-likelihood of x (mean removed) under the ARMA with expanded polynomials
/// φ*, θ*, σ² concentrated out, the brute-force way: the n×n Toeplitz covariance from
/// γ(k) = Σ_j ψ_j ψ_{j+k} (ψ summed far enough to converge) and its Cholesky factor.
double bruteForceLogLikelihood(const std::vector<double> &x, const std::vector<double> &phi,
                               const std::vector<double> &theta)
{
    const std::size_t n = x.size();
    const std::vector<double> psi = psiWeights(phi, theta, 20000);
    std::vector<double> gamma(n, 0.0);
    for (std::size_t k = 0; k < n; ++k)
        for (std::size_t j = 0; j + k < psi.size(); ++j)
            gamma[k] += psi[j] * psi[j + k];
    // Cholesky Γ = L L′, then x′Γ⁻¹x = |L⁻¹x|² and log|Γ| = 2 Σ log L_ii.
    std::vector<double> l(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j <= i; ++j) {
            double s = gamma[i - j];
            for (std::size_t k = 0; k < j; ++k)
                s -= l[i * n + k] * l[j * n + k];
            l[i * n + j] = i == j ? std::sqrt(s) : s / l[j * n + j];
        }
    std::vector<double> z(n);
    double quadratic = 0, logDet = 0;
    for (std::size_t i = 0; i < n; ++i) {
        double s = x[i];
        for (std::size_t k = 0; k < i; ++k)
            s -= l[i * n + k] * z[k];
        z[i] = s / l[i * n + i];
        quadratic += z[i] * z[i];
        logDet += 2 * std::log(l[i * n + i]);
    }
    const double nn = double(n);
    return -0.5 * (nn * std::log(2 * M_PI * quadratic / nn) + logDet + nn);
}

/// φ(B)Φ(B^m) or θ(B)Θ(B^m) multiplied out (lag-1 coefficient first); `sign` −1 for AR.
std::vector<double> expanded(const std::vector<double> &a, const std::vector<double> &s, int m,
                             double sign)
{
    std::vector<double> out(a.size() + s.size() * std::size_t(m), 0.0);
    for (std::size_t i = 0; i < a.size(); ++i)
        out[i] += a[i];
    for (std::size_t j = 0; j < s.size(); ++j) {
        const std::size_t lag = (j + 1) * std::size_t(m);
        out[lag - 1] += s[j];
        for (std::size_t i = 0; i < a.size(); ++i)
            out[lag + i] += sign * a[i] * s[j];
    }
    return out;
}

} // namespace

class TestArima : public QObject
{
    Q_OBJECT

private slots:
    void ar1RecoversPhi_data()
    {
        QTest::addColumn<double>("phi");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("0.6 exact") << 0.6 << true << 1u;
        QTest::newRow("-0.5 exact") << -0.5 << true << 2u;
        QTest::newRow("0.85 exact") << 0.85 << true << 3u;
        QTest::newRow("0.6 css") << 0.6 << false << 1u;
        QTest::newRow("-0.5 css") << -0.5 << false << 2u;
    }
    void ar1RecoversPhi()
    {
        QFETCH(double, phi);
        QFETCH(bool, exact);
        QFETCH(unsigned, seed);
        const int n = 1000;
        const std::vector<double> y = ar1(n, phi, 10.0, seed);
        ArimaMethod model(order(1, 0, 0, true), exact ? Estimation::CssMl : Estimation::Css);
        QVERIFY(model.fit(y, 1));
        QCOMPARE(model.exact(), exact);
        QCOMPARE(model.ar().size(), std::size_t(1));
        // Four standard errors: sd(φ̂) ≈ √((1−φ²)/n), sd(μ̂) ≈ σ/((1−φ)√n).
        const double phiSe = std::sqrt((1 - phi * phi) / n);
        QVERIFY2(near(model.ar()[0], phi, 4 * phiSe), qPrintable(QString::number(model.ar()[0])));
        QVERIFY(near(model.constant(), 10.0, 4.0 / ((1 - phi) * std::sqrt(double(n)))));
        QVERIFY(near(model.sigma2(), 1.0, 0.15));
        QCOMPARE(model.parameterCount(), 3); // φ, μ, σ²
    }

    void exactLikelihoodOfAr1()
    {
        // The Kalman filter's likelihood equals the closed form, and the estimate maximises it.
        const std::vector<double> y = ar1(60, 0.7, 0.0, 11);
        ArimaMethod model(order(1, 0, 0));
        QVERIFY(model.fit(y, 1));
        const double phi = model.ar()[0];
        QVERIFY(fuzzy(model.logLikelihood(), ar1LogLikelihood(y, phi), 1e-9));
        QVERIFY(ar1LogLikelihood(y, phi) >= ar1LogLikelihood(y, phi + 1e-3));
        QVERIFY(ar1LogLikelihood(y, phi) >= ar1LogLikelihood(y, phi - 1e-3));
        // AICc = −2 log L + 2k + 2k(k+1)/(N−k−1), k = φ and σ².
        const double k = 2, n = 60;
        QVERIFY(fuzzy(model.aicc(),
                      -2 * model.logLikelihood() + 2 * k + 2 * k * (k + 1) / (n - k - 1)));
    }

    void exactLikelihoodOfMa1_data()
    {
        QTest::addColumn<double>("theta");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("0.5") << 0.5 << 21u;
        QTest::newRow("-0.7") << -0.7 << 22u;
    }
    void exactLikelihoodOfMa1()
    {
        QFETCH(double, theta);
        QFETCH(unsigned, seed);
        const std::vector<double> y = ma1(80, theta, seed);
        ArimaMethod model(order(0, 0, 1));
        QVERIFY(model.fit(y, 1));
        const double estimate = model.ma()[0];
        QVERIFY(near(estimate, theta, 0.25));
        QVERIFY(fuzzy(model.logLikelihood(), ma1LogLikelihood(y, estimate), 1e-8));
        QVERIFY(ma1LogLikelihood(y, estimate) >= ma1LogLikelihood(y, estimate + 1e-3));
        QVERIFY(ma1LogLikelihood(y, estimate) >= ma1LogLikelihood(y, estimate - 1e-3));
    }

    void exactLikelihoodOfSeasonalArma()
    {
        // SARMA(1,1)(1,1)4 with a mean: the filter's likelihood (Chandrasekhar recursions from
        // the stationary covariance) equals the brute-force Gaussian density at the estimates.
        Normal e(71);
        std::vector<double> noise, y;
        const double phi = 0.5, theta = 0.3, sphi = 0.4, stheta = -0.3;
        for (int t = 0; t < 260; ++t)
            noise.push_back(e());
        std::vector<double> x(260, 0.0);
        for (std::size_t t = 5; t < x.size(); ++t)
            x[t] = phi * x[t - 1] + sphi * x[t - 4] - phi * sphi * x[t - 5] + noise[t]
                   + theta * noise[t - 1] + stheta * noise[t - 4] + theta * stheta * noise[t - 5];
        for (std::size_t t = 200; t < x.size(); ++t)
            y.push_back(20.0 + x[t]);
        ArimaMethod model(order(1, 0, 1, true, 1, 0, 1));
        QVERIFY(model.fit(y, 4));
        QVERIFY(model.exact());
        std::vector<double> centred;
        for (double v : y)
            centred.push_back(v - model.constant());
        const double expected
            = bruteForceLogLikelihood(centred, expanded(model.ar(), model.seasonalAr(), 4, -1.0),
                                      expanded(model.ma(), model.seasonalMa(), 4, 1.0));
        QVERIFY2(fuzzy(model.logLikelihood(), expected, 1e-8),
                 qPrintable(QStringLiteral("%1 vs %2").arg(model.logLikelihood()).arg(expected)));
    }

    void forecastOfAr1WithMean()
    {
        // ŷ(n+h) = μ + φ^h (y(n) − μ).
        const std::vector<double> y = ar1(200, 0.8, 50.0, 5);
        ArimaMethod model(order(1, 0, 0, true));
        QVERIFY(model.fit(y, 1));
        const double phi = model.ar()[0], mu = model.constant();
        const std::vector<double> f = model.forecast(5);
        QCOMPARE(f.size(), std::size_t(5));
        for (int h = 1; h <= 5; ++h)
            QVERIFY(fuzzy(f[std::size_t(h - 1)], mu + std::pow(phi, h) * (y.back() - mu)));
        QCOMPARE(model.parameters().value(QStringLiteral("mean")).toDouble(), mu);
    }

    void arima010EqualsNaive()
    {
        const std::vector<double> y = integrated(whiteNoise(40, 7), 100.0);
        ArimaMethod model(order(0, 1, 0));
        QVERIFY(model.fit(y, 1));
        NaiveMethod naive;
        QVERIFY(naive.fit(y, 1));
        QCOMPARE(model.forecast(6), naive.forecast(6));
        for (int h = 1; h <= 6; ++h)
            QVERIFY(fuzzy(model.horizonSdFactor(h), naive.horizonSdFactor(h)));
        QVERIFY(std::isnan(model.fitted()[0]));
        for (std::size_t t = 1; t < y.size(); ++t)
            QVERIFY(fuzzy(model.fitted()[t], y[t - 1]));
        // σ̂² = mean squared difference; no coefficients, k = 1.
        double ss = 0;
        for (std::size_t t = 1; t < y.size(); ++t)
            ss += (y[t] - y[t - 1]) * (y[t] - y[t - 1]);
        QVERIFY(fuzzy(model.sigma2(), ss / 39.0));
        QCOMPARE(model.parameterCount(), 1);
    }

    void seasonalRandomWalkEqualsSeasonalNaive()
    {
        // ARIMA(0,0,0)(0,1,0)4 is the seasonal naive method, intervals included.
        const std::vector<double> y = seasonalSeries(30, 3);
        ArimaMethod model(order(0, 0, 0, false, 0, 1, 0));
        QVERIFY(model.fit(y, 4));
        SeasonalNaiveMethod snaive;
        QVERIFY(snaive.fit(y, 4));
        const std::vector<double> a = model.forecast(9), b = snaive.forecast(9);
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY(fuzzy(a[i], b[i]));
        for (int h = 1; h <= 9; ++h)
            QVERIFY(fuzzy(model.horizonSdFactor(h), snaive.horizonSdFactor(h)));
        QCOMPARE(model.name(), QStringLiteral("ARIMA(0,0,0)(0,1,0)4"));
    }

    void arima011EqualsSes_data()
    {
        QTest::addColumn<double>("theta");
        QTest::newRow("theta -0.7") << -0.7;
        QTest::newRow("theta -0.4") << -0.4;
        QTest::newRow("theta -0.1") << -0.1;
    }
    void arima011EqualsSes()
    {
        // ARIMA(0,1,1) without constant is SES with α = 1 + θ (Box & Jenkins §4.3.1): the
        // forecasts agree once the initial level is forgotten ((1−α)^n is negligible here).
        QFETCH(double, theta);
        const std::vector<double> y = integrated(ma1(300, theta, 31), 500.0);
        ArimaMethod model(order(0, 1, 1));
        QVERIFY(model.fit(y, 1));
        const double alpha = 1 + model.ma()[0];
        QVERIFY(near(model.ma()[0], theta, 0.12));
        SesMethod ses(alpha);
        QVERIFY(ses.fit(y, 1));
        const std::vector<double> f = model.forecast(4);
        for (double v : f)
            QVERIFY2(fuzzy(v, ses.level(), 1e-9),
                     qPrintable(QStringLiteral("%1 vs %2").arg(v).arg(ses.level())));
        for (int h = 1; h <= 8; ++h)
            QVERIFY(fuzzy(model.horizonSdFactor(h), ses.horizonSdFactor(h)));
    }

    void psiWeightsOfAr1_data()
    {
        QTest::addColumn<double>("phi");
        QTest::addColumn<int>("h");
        QTest::newRow("0.5, h=1") << 0.5 << 1;
        QTest::newRow("0.5, h=4") << 0.5 << 4;
        QTest::newRow("-0.7, h=3") << -0.7 << 3;
        QTest::newRow("0.9, h=12") << 0.9 << 12;
    }
    void psiWeightsOfAr1()
    {
        QFETCH(double, phi);
        QFETCH(int, h);
        const std::vector<double> ar{phi};
        const std::vector<double> psi = psiWeights(ar, {}, h);
        QCOMPARE(psi.size(), std::size_t(h));
        for (int j = 0; j < h; ++j)
            QVERIFY(fuzzy(psi[std::size_t(j)], std::pow(phi, j), 1e-12));
        // Fitted AR(1): horizonSdFactor(h)² = Σ_{j<h} φ̂^{2j} = (1 − φ̂^{2h})/(1 − φ̂²).
        ArimaMethod model(order(1, 0, 0, true));
        QVERIFY(model.fit(ar1(300, phi, 0.0, 41), 1));
        const double f = model.ar()[0];
        QVERIFY(fuzzy(model.horizonSdFactor(h), std::sqrt((1 - std::pow(f, 2 * h)) / (1 - f * f)),
                      1e-9));
        // ARIMA(1,1,0): ψ_j = (1 − φ^{j+1})/(1 − φ) from (1−φB)(1−B).
        ArimaMethod integratedModel(order(1, 1, 0));
        QVERIFY(integratedModel.fit(integrated(ar1(300, phi, 0.0, 42), 0.0), 1));
        const double g = integratedModel.ar()[0];
        const std::vector<double> weights = integratedModel.psiWeights(h);
        for (int j = 0; j < h; ++j)
            QVERIFY(fuzzy(weights[std::size_t(j)], (1 - std::pow(g, j + 1)) / (1 - g), 1e-9));
    }

    void psiWeightsOfArma()
    {
        // ARMA(1,1), φ = 0.5, θ = 0.4: ψ₀ = 1, ψ_j = (φ + θ)·φ^{j−1}.
        const std::vector<double> ar{0.5}, ma{0.4};
        const std::vector<double> psi = psiWeights(ar, ma, 5);
        QCOMPARE(psi[0], 1.0);
        for (int j = 1; j < 5; ++j)
            QVERIFY(fuzzy(psi[std::size_t(j)], 0.9 * std::pow(0.5, j - 1), 1e-12));
    }

    void kpssByHand_data()
    {
        QTest::addColumn<int>("lags");
        QTest::addColumn<double>("expected");
        // y = 1, 2, 3, 4: e = −1.5, −0.5, 0.5, 1.5; partial sums −1.5, −2, −1.5, 0 (Σ S² = 8.5);
        // γ̂(0) = 1.25, Σ e(t)e(t−1) = 1.25.
        QTest::newRow("no lags") << 0 << 8.5 / (16 * 1.25);            // 0.425
        QTest::newRow("one lag") << 1 << 8.5 / (16 * (1.25 + 0.3125)); // 0.34
    }
    void kpssByHand()
    {
        QFETCH(int, lags);
        QFETCH(double, expected);
        const std::vector<double> y{1, 2, 3, 4};
        QVERIFY(fuzzy(kpssStatistic(y, lags), expected, 1e-12));
    }

    void kpssSeparatesStationaryFromRandomWalk_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("seed 1") << 1u;
        QTest::newRow("seed 2") << 2u;
        QTest::newRow("seed 3") << 3u;
    }
    void kpssSeparatesStationaryFromRandomWalk()
    {
        QFETCH(unsigned, seed);
        const std::vector<double> noise = whiteNoise(400, seed);
        const std::vector<double> walk = integrated(noise, 0.0);
        QVERIFY(kpssStatistic(noise) < 0.463);
        QVERIFY(kpssStatistic(walk) > 0.463);
        QCOMPARE(kpssDifferences(noise), 0);
        QCOMPARE(kpssDifferences(walk), 1);
        QCOMPARE(kpssDifferences(integrated(walk, 0.0)), 2);
        QCOMPARE(kpssDifferences(integrated(walk, 0.0), 1), 1);
    }

    void seasonalStrength_data()
    {
        QTest::addColumn<std::vector<double>>("y");
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("differences");
        QTest::newRow("seasonal") << seasonalSeries(96, 4) << 12 << 1;
        QTest::newRow("noise") << whiteNoise(96, 5, 50.0) << 12 << 0;
        QTest::newRow("random walk") << integrated(whiteNoise(96, 6), 0.0) << 12 << 0;
        QTest::newRow("too short") << seasonalSeries(24, 4) << 12 << 0;
    }
    void seasonalStrength()
    {
        QFETCH(std::vector<double>, y);
        QFETCH(int, m);
        QFETCH(int, differences);
        const double strength = Stockshift::Forecast::seasonalStrength(y, m);
        QVERIFY(strength >= 0 && strength <= 1);
        QCOMPARE(seasonalDifferences(y, m), differences);
        if (differences == 1)
            QVERIFY(strength > 0.9);
    }

    void autoPicksFirstDifferenceOnRandomWalk_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed = 1; seed <= 4; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void autoPicksFirstDifferenceOnRandomWalk()
    {
        QFETCH(unsigned, seed);
        const std::vector<double> y = integrated(whiteNoise(150, seed + 100), 20.0);
        AutoArimaMethod method;
        QVERIFY(method.fit(y, 1));
        QVERIFY(method.chosen());
        QCOMPARE(method.chosen()->order().d, 1);
        QCOMPARE(method.chosen()->order().D, 0);
        QVERIFY(method.modelsTried() >= 4);
        QVERIFY(method.residualSd() > 0.8 && method.residualSd() < 1.25);
    }

    void autoPicksStationaryModelOnAr1()
    {
        // Stationary AR(1) series, φ = 0.4: KPSS at 5% with its few Bartlett lags (⌊3√n/13⌋ = 3)
        // rejects somewhat more often than 5% on autocorrelated series (as in R), so the check
        // is on a batch: nearly all get d = 0, a mean and at least one ARMA term.
        int stationary = 0;
        for (unsigned seed = 0; seed < 20; ++seed) {
            AutoArimaMethod method;
            QVERIFY(method.fit(ar1(200, 0.4, 30.0, 600 + seed), 1));
            const ArimaOrder &o = method.chosen()->order();
            if (o.d == 0 && o.hasConstant() && o.p + o.q >= 1)
                ++stationary;
        }
        QVERIFY2(stationary >= 16, qPrintable(QString::number(stationary)));
    }

    void autoPicksSeasonalModel_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("seed 1") << 1u;
        QTest::newRow("seed 2") << 2u;
    }
    void autoPicksSeasonalModel()
    {
        QFETCH(unsigned, seed);
        const std::vector<double> y = seasonalSeries(132, seed);
        AutoArimaMethod method;
        QVERIFY(method.fit(y, 12));
        const ArimaMethod *chosen = method.chosen();
        QVERIFY(chosen);
        QCOMPARE(chosen->seasonLength(), 12);
        QCOMPARE(chosen->order().D, 1);
        // The forecast repeats the last year's shape: it correlates with it almost perfectly.
        const std::vector<double> f = method.forecast(12);
        double mf = 0, ml = 0;
        for (std::size_t i = 0; i < 12; ++i) {
            mf += f[i] / 12;
            ml += y[y.size() - 12 + i] / 12;
        }
        double sff = 0, sll = 0, sfl = 0;
        for (std::size_t i = 0; i < 12; ++i) {
            const double a = f[i] - mf, b = y[y.size() - 12 + i] - ml;
            sff += a * a;
            sll += b * b;
            sfl += a * b;
        }
        QVERIFY(sfl / std::sqrt(sff * sll) > 0.95);
        const QJsonObject p = method.parameters();
        QVERIFY(p.value(QStringLiteral("order")).toString().endsWith(QStringLiteral(")12")));
        QCOMPARE(p.value(QStringLiteral("models")).toInt(), method.modelsTried());
        QVERIFY(p.value(QStringLiteral("exactRefits")).toInt() >= 1);
        QCOMPARE(p.value(QStringLiteral("estimation")).toString(), QStringLiteral("CSS-ML"));
    }

    void longSeasonIsNotModelled()
    {
        // m = 52 > 24: non-seasonal orders, still a forecast.
        AutoArimaMethod method;
        QVERIFY(method.fit(whiteNoise(160, 8, 10.0), 52));
        QVERIFY(!method.chosen()->order().seasonal());
        QCOMPARE(method.forecast(3).size(), std::size_t(3));
    }

    void driftOnLinearTrend()
    {
        std::vector<double> y = whiteNoise(60, 9);
        for (std::size_t t = 0; t < y.size(); ++t)
            y[t] += 5.0 + 2.0 * double(t);
        AutoArimaMethod method;
        QVERIFY(method.fit(y, 1));
        const std::vector<double> f = method.forecast(10);
        const double slope = (f[9] - f[0]) / 9.0;
        QVERIFY2(near(slope, 2.0, 0.25), qPrintable(QString::number(slope)));
        QVERIFY(near(f[0], 5.0 + 2.0 * 60, 3.0));
    }

    void tooShortGivesError_data()
    {
        QTest::addColumn<int>("p");
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("q");
        QTest::addColumn<int>("n");
        QTest::newRow("(2,1,2) on 6") << 2 << 1 << 2 << 6;
        QTest::newRow("(0,2,0) on 3") << 0 << 2 << 0 << 3;
        QTest::newRow("(5,0,0) on 6") << 5 << 0 << 0 << 6;
    }
    void tooShortGivesError()
    {
        QFETCH(int, p);
        QFETCH(int, d);
        QFETCH(int, q);
        QFETCH(int, n);
        ArimaMethod model(order(p, d, q));
        const Stockshift::Status s = model.fit(whiteNoise(n, 10), 1);
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("too-short"));
        QVERIFY(!s.errorMessage().isEmpty());
    }

    void autoTooShortGivesError()
    {
        AutoArimaMethod method;
        const std::vector<double> y{1.0, 2.0};
        const Stockshift::Status s = method.fit(y, 1);
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("too-short"));
        const std::vector<double> three{1.0, 2.0, 4.0};
        QVERIFY(method.fit(three, 1));
        QCOMPARE(method.forecast(2).size(), std::size_t(2));
    }

    void seasonalOrderNeedsSeason()
    {
        ArimaMethod model(order(0, 0, 0, false, 1, 0, 0));
        const Stockshift::Status s = model.fit(whiteNoise(50, 12), 1);
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("season"));
    }

    void constantSeriesGivesConstantForecast_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("m");
        QTest::newRow("5 values") << 5 << 1;
        QTest::newRow("30 values") << 30 << 1;
        QTest::newRow("40 monthly") << 40 << 12;
    }
    void constantSeriesGivesConstantForecast()
    {
        QFETCH(int, n);
        QFETCH(int, m);
        const std::vector<double> y(std::size_t(n), 7.0);
        AutoArimaMethod method;
        QVERIFY(method.fit(y, m));
        for (double v : method.forecast(6))
            QVERIFY(fuzzy(v, 7.0, 1e-9));
        QVERIFY(method.residualSd() < 1e-9);
    }

    void parametersOfSeasonalModel()
    {
        // The airline model: orders, coefficients and the AICc in the "why" JSON.
        const std::vector<double> y = seasonalSeries(120, 13);
        ArimaMethod model(order(1, 1, 1, true, 0, 1, 1));
        QVERIFY(model.fit(y, 12));
        const QJsonObject p = model.parameters();
        QCOMPARE(p.value(QStringLiteral("order")).toString(), QStringLiteral("(1,1,1)(0,1,1)12"));
        QCOMPARE(p.value(QStringLiteral("ar")).toArray().size(), 1);
        QCOMPARE(p.value(QStringLiteral("ma")).toArray().size(), 1);
        QCOMPARE(p.value(QStringLiteral("sar")).toArray().size(), 0);
        QCOMPARE(p.value(QStringLiteral("sma")).toArray().size(), 1);
        QVERIFY(!p.contains(QStringLiteral("drift"))); // d + D = 2: no constant
        QCOMPARE(p.value(QStringLiteral("estimation")).toString(), QStringLiteral("CSS-ML"));
        QCOMPARE(model.parameterCount(), 4); // φ, θ, Θ, σ²
        const double k = 4, n = 120 - 13;
        QVERIFY(fuzzy(p.value(QStringLiteral("aicc")).toDouble(),
                      -2 * model.logLikelihood() + 2 * k + 2 * k * (k + 1) / (n - k - 1)));
        QCOMPARE(model.fitted().size(), y.size());
        for (std::size_t t = 0; t < 13; ++t)
            QVERIFY(std::isnan(model.fitted()[t]));
        QVERIFY(!std::isnan(model.fitted()[13]));
        // Invertible seasonal MA, and residuals close to the simulated noise (sd 0.8).
        QVERIFY(std::abs(model.seasonalMa()[0]) < 1.0);
        QVERIFY(model.residualSd() > 0.5 && model.residualSd() < 1.3);
    }

    void driftJson()
    {
        std::vector<double> y = whiteNoise(50, 14);
        for (std::size_t t = 0; t < y.size(); ++t)
            y[t] += 3.0 * double(t);
        ArimaMethod model(order(0, 1, 0, true));
        QVERIFY(model.fit(y, 1));
        // The ML drift of a random walk with drift is the mean difference (y(n) − y(1))/(n−1).
        const double expected = (y.back() - y.front()) / 49.0;
        QVERIFY(fuzzy(model.drift(), expected, 1e-6));
        QVERIFY(
            fuzzy(model.parameters().value(QStringLiteral("drift")).toDouble(), expected, 1e-6));
        QVERIFY(fuzzy(model.forecast(2)[1], y.back() + 2 * model.drift(), 1e-9));
    }

    void reapplyKeepsCoefficients()
    {
        const std::vector<double> y = ar1(150, 0.5, 5.0, 15);
        ArimaMethod model(order(1, 0, 0, true));
        const std::vector<double> head(y.begin(), y.begin() + 100);
        QVERIFY(model.fit(head, 1));
        const double phi = model.ar()[0], mu = model.constant();
        QVERIFY(model.reapply(y, 1));
        QCOMPARE(model.ar()[0], phi);
        QCOMPARE(model.fitted().size(), y.size());
        QVERIFY(fuzzy(model.forecast(1)[0], mu + phi * (y.back() - mu)));
        QVERIFY(model.refit(y, 1));
        QVERIFY(model.ar()[0] != phi); // estimated again on all 150 values
    }

    void registry()
    {
        QVERIFY(methodNames().contains(QStringLiteral("arima")));
        auto method = createMethod(QStringLiteral("arima"));
        QVERIFY(method);
        QCOMPARE(method.value()->name(), QStringLiteral("arima"));
        QCOMPARE(method.value()->create()->name(), QStringLiteral("arima"));
    }
};

QTEST_GUILESS_MAIN(TestArima)
#include "tst_arima.moc"
