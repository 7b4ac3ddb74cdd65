// Tiers::TierConfig — a fulfilment tier configuration: the planner's tier definitions, the
// settings of the network model, and what the engine built from them (per region and tier the
// fulfilment option with its fallback chain, the capacity score of every location, and the
// routing simulation's check of the assignments).
//
// Contract:
// - Tiers are listed highest first. Every tier but the Dynamic Overflow one owns the customers
//   whose CLTV (ThresholdMode::Score) or CLTV percentile (ThresholdMode::Percentile, 0–100: the
//   share of customers with a lower CLTV) is at least its threshold and below the threshold of
//   the tier above. The overflow tier owns no customers: it is where orders go when the
//   locations of their own tier are at capacity (a later date, `promiseDays`, or another option,
//   with `incentive` per order).
// - JSON: toJson()/fromJson() are exact inverses for every document fromJson() accepts
//   (exporting an imported document gives the same bytes). The document format is versioned
//   (`formatVersion`, kFormatVersion) and described by the JSON Schema shipped as the resource
//   kSchemaResource; fromJson() checks the document against that schema before reading it and
//   refuses anything else with a message (code "invalid-config").
// - Plain values; any thread.
#pragma once

#include "common/Result.h"
#include "routing/FulfilmentNetwork.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace Stockshift::Tiers {

enum class FulfilmentOption { Fastest, CostOptimised, Economy };
enum class ThresholdMode { Score, Percentile };

QString optionName(FulfilmentOption option); ///< "fastest", "cost-optimised", "economy"
bool optionFromName(const QString &name, FulfilmentOption *option);
QString optionLabel(FulfilmentOption option);  ///< translated
QString thresholdModeName(ThresholdMode mode); ///< "score", "percentile"
bool thresholdModeFromName(const QString &name, ThresholdMode *mode);

struct TierDefinition
{
    QString key;            ///< stable identifier: lower-case letters, digits and '-'
    QString name;           ///< shown to planners
    double threshold = 0;   ///< lowest CLTV or percentile of the tier (unused for overflow)
    double promiseDays = 1; ///< promised delivery time in days
    FulfilmentOption option = FulfilmentOption::CostOptimised;
    double capacityReservePct = 0; ///< share of every location's capacity held for this tier
    bool allowExpress = false;     ///< may use express (costlier) lanes
    bool consolidate = false;      ///< may hold orders to consolidate (economy)
    bool overflow = false;         ///< the Dynamic Overflow tier
    double incentive = 0;          ///< overflow: offered per order for the later date
    bool operator==(const TierDefinition &) const = default;
};

/// The option chosen for one region and tier.
struct Assignment
{
    QString region, tier;
    FulfilmentOption option = FulfilmentOption::CostOptimised;
    QStringList chain; ///< location codes: the primary, then the fallbacks in order
    QString via;       ///< location the primary's lane delivers to ("" = direct)
    QString mode;      ///< "direct" or the lane's mode
    double days = 0;   ///< the primary's delivery time
    double costPerUnit = 0;
    bool overflow = false; ///< every location of the tier is at capacity: the overflow tier serves
    bool operator==(const Assignment &) const = default;
};

struct SiteCapacity
{
    QString location, region, kind;
    double capacity = Routing::kUnlimited; ///< weighted units over the horizon
    double plannedLoad = 0;                ///< weighted units over the horizon
    double utilisation = 0;                ///< planned load / capacity
    double score = 100;                    ///< headroom: 100 × (1 − utilisation), 0…100
    bool operator==(const SiteCapacity &) const = default;
};

/// The routing simulation's check of one tier's assignments (policy "tiered").
struct TierCheck
{
    QString tier;
    int orders = 0;
    double attainment = 0; ///< share of orders delivered within the promise, 0…1
    double costPerOrder = 0;
    double splitRate = 0; ///< share of orders shipped from more than one location
    bool operator==(const TierCheck &) const = default;
};

struct TierConfig
{
    static constexpr int kFormatVersion = 1;

    QString name = QStringLiteral("default");
    int version = 0; ///< version stored in the database (0 = not stored)
    ThresholdMode thresholdMode = ThresholdMode::Percentile;
    Routing::NetworkSettings network;
    double consolidationDays = 2;         ///< added by consolidating tiers
    double consolidationCostFactor = 0.8; ///< on shipping, for consolidating tiers
    double minAttainment = 0.9;           ///< wanted share of orders within the promise
    std::vector<TierDefinition> tiers;
    std::vector<Assignment> assignments;
    std::vector<SiteCapacity> capacities;
    std::vector<TierCheck> check;
    bool operator==(const TierConfig &) const = default;

    /// Platinum, Gold, Silver and Dynamic Overflow (percentiles 90 / 50 / 0).
    static TierConfig defaults();

    int tierIndex(const QString &key) const;
    const Assignment *assignment(const QString &region, const QString &tier) const;
    /// The overflow tier, or −1.
    int overflowTier() const;
    /// The promise of a tier for orders in a region (the overflow tier's when it overflows).
    double promiseFor(const QString &region, int tier) const;

    /// The tier of each CLTV value (index into tiers; never the overflow tier; −1 when no tier
    /// takes it — thresholds that leave a gap at the bottom).
    std::vector<int> classify(const std::vector<double> &cltv) const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; ///< indented UTF-8, the exported file's content
    /// Reads and checks a document (schema, then values; see the file comment).
    static Result<TierConfig> fromJson(const QByteArray &json);

    /// Writes the assignments with their tier's definition as CSV (formula-safe).
    Status writeCsv(const QString &path) const;
};

/// The JSON Schema of the document, as shipped (":/stockshift/tiers/tier-config.schema.json").
extern const char *const kSchemaResource;
QByteArray schemaText();

} // namespace Stockshift::Tiers
