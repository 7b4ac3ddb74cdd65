// Demo::Random — a small deterministic PRNG and the distributions the demo needs.
//
// xoshiro256** (Blackman & Vigna 2018) seeded through SplitMix64. The distributions are written
// here rather than taken from <random>, whose distribution algorithms differ between standard
// libraries: the demo must be byte-identical on every platform for the same seed.
#pragma once

#include <cmath>
#include <cstdint>
#include <initializer_list>

namespace Stockshift::Demo {

class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (auto &word : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            word = z ^ (z >> 31);
        }
    }

    /// A seed derived from a parent seed and up to three indices (independent sub-streams).
    static std::uint64_t derive(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0,
                                std::uint64_t c = 0)
    {
        std::uint64_t h = seed ^ 0x243F6A8885A308D3ull;
        for (std::uint64_t v : {a, b, c}) {
            h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
            h *= 0xFF51AFD7ED558CCDull;
            h ^= h >> 33;
        }
        return h;
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [lo, hi].
    int integer(int lo, int hi) { return lo + int(next() % std::uint64_t(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }

    /// Standard normal by Box–Muller (one value per call, the pair's second is dropped so the
    /// stream position does not depend on earlier calls' history).
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }
    double logNormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }

    /// Poisson: Knuth's multiplication method below 30, a rounded normal approximation above.
    int poisson(double lambda)
    {
        if (lambda <= 0)
            return 0;
        if (lambda < 30) {
            const double limit = std::exp(-lambda);
            double product = uniform();
            int k = 0;
            while (product > limit) {
                product *= uniform();
                ++k;
            }
            return k;
        }
        const double v = std::floor(normal(lambda, std::sqrt(lambda)) + 0.5);
        return v < 0 ? 0 : int(v);
    }

    /// Gamma(shape, scale) by Marsaglia & Tsang (2000).
    double gamma(double shape, double scale)
    {
        if (shape < 1.0)
            return gamma(shape + 1.0, scale) * std::pow(uniform() + 1e-300, 1.0 / shape);
        const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x = 0, v = 0;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0);
            v = v * v * v;
            const double u = uniform();
            if (u < 1.0 - 0.0331 * x * x * x * x
                || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
                return d * v * scale;
        }
    }

    /// Negative binomial with mean `mean` and dispersion `size` (gamma–Poisson mixture).
    int negativeBinomial(double mean, double size)
    {
        if (mean <= 0)
            return 0;
        return poisson(gamma(size, mean / size));
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4];
};

} // namespace Stockshift::Demo
