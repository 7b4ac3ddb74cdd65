// Policy::PolicyConfig — inventory policies per segment, overridable per SKU × location.
//
// Resolution of one row's policy, later levels winning field by field:
//   built-in defaults → ABC class ("A") → ABC × XYZ cell ("AX") → SKU × location override.
// Every resolved field remembers the level it came from, so the "why" panel can say "service
// level 98% (segment A)". Values are plain numbers: service levels and fill rates as shares
// (0.95), times in days, the holding rate per year as a share of the unit cost.
//
// Storage: policy_rules (scope → parameters JSON) and policy_overrides (location, SKU →
// parameters JSON, reason); every change is written with an audit_log entry in one transaction.
// Functions take the caller's Connection (owned by the calling thread).
#pragma once

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <optional>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Policy {

enum class PolicyKind {
    ReorderPoint, ///< (s, Q): order Q (EOQ, rounded) when the inventory position reaches s
    OrderUpTo,    ///< (R, S): every R days order up to S
    MinMax,       ///< (s, S): when the position reaches s, order up to S = s + EOQ
};
enum class SafetyStockMethod {
    ServiceLevel,  ///< cycle service level: SS = z·√(L·σd² + d²·σL²)
    FillRate,      ///< fill rate through the normal loss function
    ForecastError, ///< the forecast's own error (backtest RMSE / intervals) over the lead time
    DaysOfCover,   ///< a fixed number of days of forecast demand
};

QString policyKindName(PolicyKind kind); ///< "rop", "order-up-to", "min-max"
bool policyKindFromName(const QString &name, PolicyKind *out);
QString safetyStockMethodName(SafetyStockMethod method); ///< "service", "fill-rate", …
bool safetyStockMethodFromName(const QString &name, SafetyStockMethod *out);

/// The fields a level may set; unset fields are inherited.
struct PolicyParameters
{
    std::optional<PolicyKind> kind;
    std::optional<SafetyStockMethod> safetyStock;
    std::optional<double> serviceLevel; ///< target cycle service level, 0.5 … 0.9999
    std::optional<double> fillRate;     ///< target fill rate, 0.5 … 0.9999
    std::optional<double> coverDays;    ///< safety stock in days of demand (DaysOfCover)
    std::optional<double> reviewDays;   ///< R, days between reviews (0 = continuous)
    std::optional<double> holdingRate;  ///< per year, share of the unit cost (0.25 = 25%)
    std::optional<double> orderCost;    ///< per order; unset = the supplier's / lane's
    std::optional<double> leadTimeDays; ///< unset = the supplier's / lane's
    std::optional<double> maxCoverDays; ///< cap of the order-up-to level in days of demand
    std::optional<bool> shelfLifeCap;   ///< never order more than sells before expiry

    bool isEmpty() const;
    QJsonObject toJson() const;
    /// Reads the JSON of toJson(); unknown keys and out-of-range values give an Error naming
    /// the key and the allowed range.
    static Result<PolicyParameters> fromJson(const QJsonObject &json);
    /// Checks the ranges; the message names every field out of range.
    Status validate() const;
};

/// Where a resolved value came from.
enum class PolicySource : quint8 { Default, Abc, Segment, Override };
QString policySourceName(PolicySource source, const QString &segment); ///< "segment AX", …

struct ResolvedPolicy
{
    enum Field {
        Kind,
        SafetyStock,
        ServiceLevel,
        FillRate,
        CoverDays,
        ReviewDays,
        HoldingRate,
        OrderCost,
        LeadTime,
        MaxCover,
        ShelfLifeCap,
        FieldCount
    };
    PolicyKind kind = PolicyKind::OrderUpTo;
    SafetyStockMethod safetyStock = SafetyStockMethod::ServiceLevel;
    double serviceLevel = 0.95;
    double fillRate = 0.98;
    double coverDays = 7;
    double reviewDays = 7;
    double holdingRate = 0.25;
    double orderCost = std::numeric_limits<double>::quiet_NaN();    ///< NaN = supply's
    double leadTimeDays = std::numeric_limits<double>::quiet_NaN(); ///< NaN = supply's
    double maxCoverDays = 0;                                        ///< 0 = no cap
    bool shelfLifeCap = true;
    std::array<PolicySource, FieldCount> from{};

    void apply(const PolicyParameters &p, PolicySource source);
};

struct PolicyConfig
{
    PolicyParameters defaults;                    ///< on top of the built-in defaults
    std::map<QString, PolicyParameters> segments; ///< "A", "B", "C", "AX" … "CZ"
    std::map<std::pair<qint64, qint64>, PolicyParameters> overrides; ///< (location, SKU)
    std::map<std::pair<qint64, qint64>, QString> overrideReasons;

    /// The built-in defaults a demanding planner starts from: weekly order-up-to, service level
    /// by ABC class (A 98%, B 95%, C 90%), 25% holding rate, shelf-life cap on.
    static PolicyConfig standard();

    ResolvedPolicy resolve(QChar abc, QChar xyz, qint64 locationId, qint64 skuId) const;
};

/// Valid scopes of segment rules: "default", "A".."C", "AX".."CZ".
bool isValidScope(const QString &scope);

/// Reads the stored rules and overrides on top of PolicyConfig::standard().
Result<PolicyConfig> loadPolicyConfig(Storage::Connection &connection);
/// Stores the rule of a scope ("default", "A", "AX" …); empty parameters delete it. Audited.
Status saveSegmentRule(Storage::Connection &connection, const QString &scope,
                       const PolicyParameters &parameters, const QString &user = {});
/// Stores the override of a SKU × location with a reason; empty parameters delete it. Audited.
Status saveOverride(Storage::Connection &connection, qint64 locationId, qint64 skuId,
                    const PolicyParameters &parameters, const QString &reason,
                    const QString &user = {});

} // namespace Stockshift::Policy
