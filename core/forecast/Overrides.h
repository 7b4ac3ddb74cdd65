// Forecast::Overrides — a planner's corrections to the statistical forecast, and the final
// forecast they make.
//
// Contract:
// - An override sets ("set": quantity per bucket) or scales ("scale": factor) the forecast of
//   one SKU × location for the buckets that start within [startDay, endDay], with a reason.
//   Overrides outlive forecast runs: a promotion week corrected today stays corrected when the
//   forecast is run again tomorrow. Several overrides on one bucket apply in the order they were
//   made (a later "set" wins; scales multiply).
// - Every change is audited (audit_log: who, when, what) and undo keeps the row (undone_at), so
//   the trail is complete; redo clears the mark. Undone overrides do not apply.
// - Functions take the caller's Connection (the thread that owns it) and write in one
//   transaction each.
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <span>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Forecast {

struct Override
{
    enum class Mode { Set, Scale };
    qint64 id = -1;
    qint64 locationId = -1, skuId = -1;
    int startDay = 0, endDay = 0; ///< buckets starting in [startDay, endDay] (day numbers)
    Mode mode = Mode::Scale;
    double value = 1.0; ///< Set: quantity per bucket; Scale: factor (≥ 0)
    QString reason;
    QString createdAt, user;
    QString undoneAt; ///< empty: in force

    bool active() const { return undoneAt.isEmpty(); }
    QString modeName() const; ///< "set" or "scale"
    /// "×1.2 (promotion flyer)" or "= 500 per bucket (customer order)", translated.
    QString describe() const;
};

/// Validates and stores an override; returns its id. Errors: unknown location or SKU, empty
/// reason, negative value, start after end.
Result<qint64> addOverride(Storage::Connection &connection, Override override);
/// Marks an override undone (and audits it). Undoing an undone override is an error.
Status undoOverride(Storage::Connection &connection, qint64 id, const QString &user = {});
/// Puts an undone override back in force (and audits it).
Status redoOverride(Storage::Connection &connection, qint64 id, const QString &user = {});
/// Overrides of one series (locationId/skuId < 0: all), oldest first.
Result<QList<Override>> listOverrides(Storage::Connection &connection, qint64 locationId = -1,
                                      qint64 skuId = -1, bool includeUndone = false);

/// Applies the active overrides of one series to its forecast: `startDays[i]` is the first day
/// of bucket i, `quantities[i]` its forecast, changed in place. Returns how many buckets changed.
int applyOverrides(const QList<Override> &overrides, std::span<const int> startDays,
                   std::span<double> quantities);

/// The name of the user for the audit trail (the login name).
QString currentUserName();

} // namespace Stockshift::Forecast
