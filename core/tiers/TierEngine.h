// Tiers::TierEngine — builds a tier configuration on a network and validates it.
//
// build(): for every location its capacity score (TierConfig::SiteCapacity: planned load over
// capacity, FulfilmentNetwork), then for every customer region and tier the fulfilment option:
//   1. candidates: locations with a path into the region (Routing::tierPath: the tier's option
//      picks the path, express lanes only where allowed, consolidation applied) that stock at
//      least NetworkSettings::minStockCoverage of the region's demand;
//   2. ranked by the option — fastest: days, then cost; cost-optimised: the paths within the
//      promise by cost, then the others by days; economy: cost, then days;
//   3. capacity: a tier may use a location while its utilisation is below 1 − the reserves of
//      the tiers above it (Platinum's reserve keeps capacity for Platinum). The first three
//      locations that may be used are the chain: the primary, then the fallbacks when it is at
//      capacity;
//   4. when every candidate is at capacity, the region × tier overflows: the Dynamic Overflow
//      tier's chain (its option, the candidates with room first) serves it, at the overflow
//      tier's later promise with its incentive. Without an overflow tier the assignment keeps
//      its own ranking, flagged, and validation reports the shortage.
// The overflow tier gets its own chain per region too (reserves released; a later date frees
// capacity, so full locations come after those with room rather than not at all).
// check(): replays sampled orders through the assignments (Routing::Policy::Tiered) and stores
// each tier's promise attainment, cost per order and split rate in TierConfig::check.
// validate(): the rules below, with exact messages (tests compare them). Errors make a
// configuration unusable (the CLI does not store it); warnings are shown.
//
// Plain values; any thread.
#pragma once

#include "common/Result.h"
#include "routing/FulfilmentNetwork.h"
#include "tiers/TierConfig.h"

#include <QString>

#include <atomic>
#include <vector>

namespace Stockshift::Tiers {

struct Issue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString code;    ///< stable: "threshold-order", "region-unserved", …
    QString tier;    ///< the tier's key, when the issue is about one tier
    QString region;  ///< the region, when it is about one
    QString field;   ///< the definition's field ("threshold", "promiseDays", …), when one
    QString message; ///< translated, one sentence
    bool isError() const { return severity == Severity::Error; }
};

/// Capacity scores and assignments from the network (replaces them; clears the check).
TierConfig build(const Routing::FulfilmentNetwork &network, TierConfig config);

/// Runs the routing simulation of the assignments and fills config->check.
Status check(const Routing::FulfilmentNetwork &network, TierConfig *config, int orders = 1000,
             quint64 seed = 42, const std::atomic_bool *cancel = nullptr);

/// Checks the definitions and, for `regions`, the assignments (see the file comment).
std::vector<Issue> validate(const TierConfig &config, const QStringList &regions);

bool hasErrors(const std::vector<Issue> &issues);

} // namespace Stockshift::Tiers
