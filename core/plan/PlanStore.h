// Plan::PlanStore — plans in the database: saving a plan with its lines and frozen inputs,
// listing and loading them, and the planner's review (approve, reject, edit a quantity, reset),
// every review action audited (audit_log) in the same transaction.
//
// Contract: functions take the caller's Connection (owned by the calling thread) and write in
// one transaction each. Exported or cancelled lines cannot be edited (code "state").
#pragma once

#include "common/Result.h"
#include "plan/PlanTypes.h"

#include <QList>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Plan {

/// Stores the plan and its lines; returns the new plan id.
Result<qint64> savePlan(Storage::Connection &connection, const PlanData &plan);
/// Headers of every plan, newest first.
Result<QList<PlanHeader>> listPlans(Storage::Connection &connection);
/// One plan with its lines (inputs included when asked for).
Result<PlanData> loadPlan(Storage::Connection &connection, qint64 planId, bool withInputs = false);
/// Stores a plan's simulation results.
Status saveEvaluation(Storage::Connection &connection, qint64 planId,
                      const QJsonObject &evaluation);

/// Sets the status of lines (approve, reject, back to proposed). Audited.
Status setLineStatus(Storage::Connection &connection, qint64 planId, const QList<int> &lines,
                     LineStatus status, const QString &user = {});
/// Changes a line's quantity (≥ 0); the proposed quantity is kept. Audited.
Status editLineQuantity(Storage::Connection &connection, qint64 planId, int line, double quantity,
                        const QString &user = {});
/// Deletes a plan that has no exported line. Audited.
Status deletePlan(Storage::Connection &connection, qint64 planId, const QString &user = {});

} // namespace Stockshift::Plan
