// Storage::Schema — the database schema in code, with its version and forward migrations.
//
// The schema version is kept in SQLite's `PRAGMA user_version`. Migration N takes a database from
// version N-1 to N; every migration runs inside the caller's transaction so a failed migration
// leaves the file untouched. Never edit a released migration: add a new one.
#pragma once

#include <QString>
#include <QStringList>

namespace Stockshift::Storage::Schema {

/// The version a database has once every migration has run.
int currentVersion();

/// SQL statements of migration `version` (1 = initial schema). Empty list for unknown versions.
QStringList migration(int version);

/// The tables a user sees in the data browser, in navigator order.
QStringList browsableTables();

} // namespace Stockshift::Storage::Schema
