// Storage::DataEdits — the planner's cell edits of master data in the data browser: which
// columns may be edited, how a typed value is checked, and the audited write.
//
// Editable columns (everything else is read-only: keys, ids, codes, foreign keys, sales and stock
// history, open orders, forecasts, policies, plans, orders — and the settlement ledger, which is
// append-only and never editable):
//
//   table           column               rule (from the schema's CHECK constraints)
//   skus            name, category       text (stored as given; the browser trims it)
//                   unit_cost            number ≥ 0, or empty (unknown)
//                   unit_price           number ≥ 0, or empty (unknown)
//                   shelf_life_days      whole number ≥ 0 (0 = does not expire)
//                   pack_size            number > 0
//   locations       name                 text
//                   capacity_units       number ≥ 0, or empty (unlimited)
//                   handling_cost        number ≥ 0
//   suppliers       name                 text
//                   lead_time_days       number ≥ 0
//   lanes           cost_per_unit        number ≥ 0
//                   lead_time_days       number ≥ 0
//                   capacity_per_period  number ≥ 0, or empty (unlimited)
//                   active               0 or 1
//   supplier_items  unit_cost            number ≥ 0
//                   moq                  number ≥ 0
//                   order_multiple       number > 0
//
// Contract:
// - A value arrives as the editor gives it: a number, a bool, or text. Text is read as a number
//   in the user's locale, then in the C locale ("1,5" and "1.5" both work in German); leading and
//   trailing blanks are ignored; empty text stores NULL where the column allows it.
// - A refused value returns an Error with a translated message naming the column and its rule
//   ("Unit cost must be a number ≥ 0.") and code "invalid"; a column that is not editable gives
//   code "read-only", a row that no longer exists "not-found", a failed statement "sql".
// - editCell() writes the cell and one audit_log row (action "data-edit", entity = the table,
//   entity_key = the key values joined by "/", detail = JSON {column, before, after}) in one
//   transaction, and returns the value the cell had before. Storing the value the cell already
//   holds changes nothing and writes no audit row. The caller announces the table through
//   DataStore::notifyChanged() once the edit is stored.
// - Any thread, on that thread's Connection.
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace Stockshift::Storage {

class Connection;

namespace DataEdits {

/// The editable columns of `table`, in table order; empty for a table with none.
QStringList editableColumns(const QString &table);
bool isEditable(const QString &table, const QString &column);
/// The columns that identify a row of an editable table, in the order editCell() takes their
/// values: {"id"}, or {"supplier_id", "sku_id"} for supplier_items. Empty for other tables.
QStringList keyColumns(const QString &table);

/// Checks `value` for `table`.`column` and returns it as it would be stored (double, qint64 or
/// QString; a null QVariant for NULL).
Result<QVariant> validate(const QString &table, const QString &column, const QVariant &value);

/// Stores `value` in `column` of the row of `table` whose keyColumns() hold `key`, audited as
/// done by `user` (empty: the login name). Returns the previous value (null QVariant for NULL).
Result<QVariant> editCell(Connection &connection, const QString &table, const QVariantList &key,
                          const QString &column, const QVariant &value, const QString &user = {});

} // namespace DataEdits

} // namespace Stockshift::Storage
