// Plan::PlanTypes — what a plan is, independent of how it was made: its header (kind, method,
// solver outcome, totals), its lines (transfers and purchase-order lines) with the explanation of
// each, and the planner's review state. Produced by the planners in solvers/plan, stored by
// Plan::PlanStore, shown by the GUI, exported by the export engines.
//
// Units: quantities in units, days as day numbers (common/Days.h), money in the database's
// currency.
#pragma once

#include <QJsonObject>
#include <QString>

#include <limits>
#include <vector>

namespace Stockshift::Plan {

enum class PlanKind { Transfers, Replenishment, Joint };
QString planKindName(PlanKind kind); ///< "transfers", "replenishment", "joint"
bool planKindFromName(const QString &name, PlanKind *out);

enum class LineType { Transfer, Purchase };
enum class LineStatus { Proposed, Approved, Rejected, Exported, Cancelled };
QString lineStatusName(LineStatus status); ///< "proposed", "approved", …
bool lineStatusFromName(const QString &name, LineStatus *out);

struct PlanLine
{
    int line = 0; ///< 1-based within the plan
    LineType type = LineType::Transfer;
    qint64 skuId = -1;
    qint64 fromLocationId = -1;        ///< transfer source
    qint64 supplierId = -1;            ///< purchase supplier
    qint64 toLocationId = -1;          ///< destination
    QString skuCode, fromCode, toCode; ///< codes (supplier code in fromCode for purchases)
    double quantity = 0;
    int shipDay = 0;     ///< transfer dispatch day, or purchase order day
    int arrivalDay = 0;  ///< arrival / due day
    double unitCost = 0; ///< transport + handling per unit, or the purchase price
    double cost = 0;     ///< the line's variable cost (fixed costs are in the plan's totals)
    double benefit = 0;  ///< lost margin and holding the line avoids (its estimated value)
    QString group;       ///< purchase order grouping key (supplier/location/order day)
    QJsonObject why;     ///< the deficit it covers, the surplus it draws on, the costs compared
    LineStatus status = LineStatus::Proposed;
    double proposedQuantity = 0; ///< what the planner was proposed (before edits)
};

/// The cost breakdown of a plan (the objective's parts), in money over the horizon.
struct PlanTotals
{
    double transport = 0;       ///< per-unit lane costs and handling
    double fixed = 0;           ///< shipments / trucks and purchase orders (fixed costs)
    double purchase = 0;        ///< units bought × unit cost
    double holding = 0;         ///< stock held
    double lostMargin = 0;      ///< unmet forecast demand × unit margin
    double safetyShortfall = 0; ///< penalty for stock below safety stock
    double transferUnits = 0, purchaseUnits = 0;
    double unmetUnits = 0;
    int transferLines = 0, purchaseLines = 0, shipments = 0, purchaseOrders = 0;
    /// The plan's cost: what the objective minimises. The purchase value is not in it: a unit
    /// bought is recovered when it sells (its lost margin counts when it does not), and it is
    /// reported apart.
    double total() const { return transport + fixed + holding + lostMargin + safetyShortfall; }
    QJsonObject toJson() const;
    static PlanTotals fromJson(const QJsonObject &json);
};

struct PlanHeader
{
    qint64 id = -1;
    QString createdAt;
    PlanKind kind = PlanKind::Transfers;
    QString method; ///< "milp", "greedy", "rop", "none"
    QString status; ///< the solver's status name ("optimal", "feasible", …) or "heuristic"
    int startDay = 0, bucketDays = 7, horizon = 4; ///< buckets
    double objective = std::numeric_limits<double>::quiet_NaN();
    double bound = std::numeric_limits<double>::quiet_NaN();
    double gap = std::numeric_limits<double>::quiet_NaN();
    double seconds = 0;
    int rows = 0, columns = 0;
    qint64 nonZeros = 0;
    QJsonObject parameters; ///< the settings it was made with
    PlanTotals totals;
    QJsonObject evaluation; ///< simulation results, when evaluated
    QString note;           ///< e.g. the infeasibility explanation, or what was left out
    qint64 forecastRunId = -1;
};

struct PlanData
{
    PlanHeader header;
    std::vector<PlanLine> lines;
    QByteArray inputs; ///< the frozen input it was made from (compressed), for reproducibility
};

} // namespace Stockshift::Plan
