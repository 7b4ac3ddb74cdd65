#include "storage/Schema.h"

namespace Stockshift::Storage::Schema {

namespace {

// Migration 1: the network data model.
//
// Conventions: integer surrogate keys (`id`), natural codes UNIQUE; dates are integer day numbers
// (days since 1970-01-01, see common/Days.h); money in the company currency as REAL; quantities
// in the SKU's base unit as REAL (some ERPs sell by weight). `batch_id` names the import batch
// that last wrote the row: it gives the audit trail and lets the importer detect a key repeated
// inside one file without holding the file's keys in memory.
const char *const kMigration1[] = {
    R"(CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        file_name TEXT NOT NULL,
        checksum TEXT NOT NULL,
        profile TEXT NOT NULL DEFAULT '',
        mode TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('running', 'committed', 'rejected', 'cancelled')),
        rows_read INTEGER NOT NULL DEFAULT 0,
        rows_accepted INTEGER NOT NULL DEFAULT 0,
        rows_rejected INTEGER NOT NULL DEFAULT 0,
        started_at TEXT NOT NULL,
        finished_at TEXT))",

    R"(CREATE TABLE locations (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('supplier_dc', 'fulfilment_centre', 'regional_hub',
                                          'micro_fulfilment', 'store', 'partner_seller')),
        region TEXT NOT NULL DEFAULT '',
        latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
        longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
        capacity_units REAL CHECK (capacity_units IS NULL OR capacity_units >= 0),
        capacity_volume REAL CHECK (capacity_volume IS NULL OR capacity_volume >= 0),
        handling_cost REAL NOT NULL DEFAULT 0 CHECK (handling_cost >= 0),
        owner TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        batch_id INTEGER))",

    R"(CREATE TABLE skus (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        brand TEXT NOT NULL DEFAULT '',
        unit_cost REAL CHECK (unit_cost IS NULL OR unit_cost >= 0),
        unit_price REAL CHECK (unit_price IS NULL OR unit_price >= 0),
        weight_kg REAL CHECK (weight_kg IS NULL OR weight_kg >= 0),
        volume_m3 REAL CHECK (volume_m3 IS NULL OR volume_m3 >= 0),
        shelf_life_days INTEGER NOT NULL DEFAULT 0 CHECK (shelf_life_days >= 0),
        fragile INTEGER NOT NULL DEFAULT 0 CHECK (fragile IN (0, 1)),
        pack_size REAL NOT NULL DEFAULT 1 CHECK (pack_size > 0),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        batch_id INTEGER))",
    "CREATE INDEX skus_category ON skus (category)",

    R"(CREATE TABLE stock (
        location_id INTEGER NOT NULL REFERENCES locations (id),
        sku_id INTEGER NOT NULL REFERENCES skus (id),
        lot TEXT NOT NULL DEFAULT '',
        expiry_day INTEGER,
        on_hand REAL NOT NULL CHECK (on_hand >= 0),
        reserved REAL NOT NULL DEFAULT 0 CHECK (reserved >= 0),
        as_of_day INTEGER NOT NULL,
        batch_id INTEGER,
        PRIMARY KEY (location_id, sku_id, lot)) WITHOUT ROWID)",

    // Tens of millions of rows: WITHOUT ROWID clusters the rows by series, so reading the history
    // of one SKU x location is one range scan, and no separate rowid index is kept.
    R"(CREATE TABLE sales (
        location_id INTEGER NOT NULL REFERENCES locations (id),
        sku_id INTEGER NOT NULL REFERENCES skus (id),
        day INTEGER NOT NULL,
        quantity REAL NOT NULL,
        revenue REAL,
        promo INTEGER CHECK (promo IS NULL OR promo IN (0, 1)),
        batch_id INTEGER,
        PRIMARY KEY (location_id, sku_id, day)) WITHOUT ROWID)",

    R"(CREATE TABLE lanes (
        id INTEGER PRIMARY KEY,
        from_id INTEGER NOT NULL REFERENCES locations (id),
        to_id INTEGER NOT NULL REFERENCES locations (id),
        mode TEXT NOT NULL DEFAULT 'road',
        cost_per_unit REAL NOT NULL DEFAULT 0 CHECK (cost_per_unit >= 0),
        fixed_cost REAL NOT NULL DEFAULT 0 CHECK (fixed_cost >= 0),
        lead_time_days REAL NOT NULL DEFAULT 0 CHECK (lead_time_days >= 0),
        capacity_per_period REAL CHECK (capacity_per_period IS NULL OR capacity_per_period >= 0),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        batch_id INTEGER,
        UNIQUE (from_id, to_id, mode),
        CHECK (from_id <> to_id)))",

    R"(CREATE TABLE suppliers (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        lead_time_days REAL NOT NULL DEFAULT 0 CHECK (lead_time_days >= 0),
        lead_time_sd_days REAL NOT NULL DEFAULT 0 CHECK (lead_time_sd_days >= 0),
        order_cost REAL NOT NULL DEFAULT 0 CHECK (order_cost >= 0),
        capacity_per_period REAL CHECK (capacity_per_period IS NULL OR capacity_per_period >= 0),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        batch_id INTEGER))",

    // Which locations a supplier delivers to; a supplier without rows here delivers everywhere.
    R"(CREATE TABLE supplier_locations (
        supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
        location_id INTEGER NOT NULL REFERENCES locations (id),
        PRIMARY KEY (supplier_id, location_id)) WITHOUT ROWID)",

    // Lead time, MOQ and capacity here override the supplier's defaults for this item.
    R"(CREATE TABLE supplier_items (
        supplier_id INTEGER NOT NULL REFERENCES suppliers (id),
        sku_id INTEGER NOT NULL REFERENCES skus (id),
        supplier_sku TEXT NOT NULL DEFAULT '',
        unit_cost REAL NOT NULL CHECK (unit_cost >= 0),
        lead_time_days REAL CHECK (lead_time_days IS NULL OR lead_time_days >= 0),
        lead_time_sd_days REAL CHECK (lead_time_sd_days IS NULL OR lead_time_sd_days >= 0),
        moq REAL NOT NULL DEFAULT 0 CHECK (moq >= 0),
        order_multiple REAL NOT NULL DEFAULT 1 CHECK (order_multiple > 0),
        capacity_per_period REAL CHECK (capacity_per_period IS NULL OR capacity_per_period >= 0),
        preferred INTEGER NOT NULL DEFAULT 1 CHECK (preferred IN (0, 1)),
        batch_id INTEGER,
        PRIMARY KEY (supplier_id, sku_id)) WITHOUT ROWID)",

    R"(CREATE TABLE open_orders (
        id INTEGER PRIMARY KEY,
        order_ref TEXT NOT NULL,
        line INTEGER NOT NULL DEFAULT 1,
        type TEXT NOT NULL CHECK (type IN ('purchase', 'transfer')),
        sku_id INTEGER NOT NULL REFERENCES skus (id),
        supplier_id INTEGER REFERENCES suppliers (id),
        source_id INTEGER REFERENCES locations (id),
        destination_id INTEGER NOT NULL REFERENCES locations (id),
        quantity REAL NOT NULL CHECK (quantity > 0),
        order_day INTEGER,
        due_day INTEGER NOT NULL,
        batch_id INTEGER,
        UNIQUE (order_ref, line),
        CHECK ((type = 'purchase' AND supplier_id IS NOT NULL)
            OR (type = 'transfer' AND source_id IS NOT NULL AND source_id <> destination_id))))",
    "CREATE INDEX open_orders_sku ON open_orders (sku_id, destination_id)",

    R"(CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        segment TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        cltv REAL CHECK (cltv IS NULL OR cltv >= 0),
        batch_id INTEGER))",

    // Partner sellers: `receiver` may draw stock held by `provider` on these terms.
    R"(CREATE TABLE agreements (
        id INTEGER PRIMARY KEY,
        provider_id INTEGER NOT NULL REFERENCES locations (id),
        receiver_id INTEGER NOT NULL REFERENCES locations (id),
        markup_pct REAL NOT NULL DEFAULT 0,
        profit_share_pct REAL NOT NULL DEFAULT 0 CHECK (profit_share_pct BETWEEN 0 AND 100),
        handling_fee REAL NOT NULL DEFAULT 0 CHECK (handling_fee >= 0),
        valid_from INTEGER,
        valid_to INTEGER,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        batch_id INTEGER,
        UNIQUE (provider_id, receiver_id),
        CHECK (provider_id <> receiver_id),
        CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)))",

    // Scope: empty text means "all". A row applies to locations matching location_code or region
    // and to SKUs matching sku_code or category.
    R"(CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('promotion', 'holiday', 'event', 'closure')),
        start_day INTEGER NOT NULL,
        end_day INTEGER NOT NULL,
        location_code TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        sku_code TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        uplift_pct REAL,
        batch_id INTEGER,
        UNIQUE (name, start_day, location_code, region, sku_code, category),
        CHECK (start_day <= end_day)))",
};

// Migration 2: an audit log for planner edits (overrides, approvals, data edits) and the
// duration of each import.
const char *const kMigration2[] = {
    R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_name TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_key TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT ''))",
    "ALTER TABLE import_batches ADD COLUMN duration_ms INTEGER",
    R"(CREATE TABLE app_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL) WITHOUT ROWID)",
};

// Migration 3: stored forecasts. A run holds its settings; per series the chosen model (demand
// class, method, parameters, backtest error) and the forecast per bucket with its intervals.
const char *const kMigration3[] = {
    R"(CREATE TABLE forecast_runs (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        bucket_days INTEGER NOT NULL CHECK (bucket_days IN (1, 7)),
        horizon INTEGER NOT NULL CHECK (horizon > 0),
        method TEXT NOT NULL,
        history_end_day INTEGER NOT NULL,
        series INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        seconds REAL))",
    R"(CREATE TABLE forecast_models (
        run_id INTEGER NOT NULL REFERENCES forecast_runs (id) ON DELETE CASCADE,
        location_id INTEGER NOT NULL REFERENCES locations (id),
        sku_id INTEGER NOT NULL REFERENCES skus (id),
        demand_class TEXT NOT NULL,
        adi REAL,
        cv2 REAL,
        method TEXT NOT NULL,
        parameters TEXT NOT NULL DEFAULT '{}',
        backtest_mae REAL,
        backtest_mase REAL,
        error TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (run_id, location_id, sku_id)) WITHOUT ROWID)",
    R"(CREATE TABLE forecasts (
        run_id INTEGER NOT NULL REFERENCES forecast_runs (id) ON DELETE CASCADE,
        location_id INTEGER NOT NULL,
        sku_id INTEGER NOT NULL,
        start_day INTEGER NOT NULL,
        quantity REAL NOT NULL,
        lo80 REAL, hi80 REAL, lo95 REAL, hi95 REAL,
        PRIMARY KEY (run_id, location_id, sku_id, start_day)) WITHOUT ROWID)",
};

// Migration 4: what forecasting needs beyond the history, and what it leaves for the planner.
// - stockouts: periods a SKU was out of stock at a location (an ERP's out-of-stock log, or the
//   demo's). Zero sales inside them are censored demand, not zero demand.
// - forecast_models gains the rolling-origin backtest of the chosen method and of every
//   candidate (JSON), and how many buckets were cleansed.
// - forecast_adjustments: each history bucket the engine changed before fitting (outlier,
//   censored), with the original and the cleansed value and the reason — shown, never silent.
// - forecast_overrides: planner overrides (set or scale a SKU × location over a date range) with
//   a reason; undo keeps the row (undone_at), so the audit trail is complete.
// - forecast_accuracy: accuracy of each stored run once its actuals have arrived, per series and
//   rolled up by SKU, location, category and network.
// - alerts: what needs the planner's attention (forecast accuracy drops now; stock health later).
const char *const kMigration4[] = {
    R"(CREATE TABLE stockouts (
        location_id INTEGER NOT NULL REFERENCES locations (id),
        sku_id INTEGER NOT NULL REFERENCES skus (id),
        start_day INTEGER NOT NULL,
        end_day INTEGER NOT NULL,
        batch_id INTEGER,
        PRIMARY KEY (location_id, sku_id, start_day),
        CHECK (start_day <= end_day)) WITHOUT ROWID)",
    "ALTER TABLE forecast_models ADD COLUMN backtest_rmse REAL",
    "ALTER TABLE forecast_models ADD COLUMN backtest_bias REAL",
    "ALTER TABLE forecast_models ADD COLUMN backtest_origins INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE forecast_models ADD COLUMN candidates TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE forecast_models ADD COLUMN history_start_day INTEGER",
    "ALTER TABLE forecast_models ADD COLUMN outliers INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE forecast_models ADD COLUMN censored INTEGER NOT NULL DEFAULT 0",
    // 1: every candidate family was tried; 0: the fast ones (the series was outside the most
    // valuable ones of a large run).
    "ALTER TABLE forecast_models ADD COLUMN thorough INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE forecast_runs ADD COLUMN settings TEXT NOT NULL DEFAULT '{}'",
    // What the stored accuracy of a run was computed from: matured buckets and the newest import
    // batch; unchanged, the run is not evaluated again.
    "ALTER TABLE forecast_runs ADD COLUMN accuracy_buckets INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE forecast_runs ADD COLUMN accuracy_batch INTEGER NOT NULL DEFAULT 0",
    R"(CREATE TABLE forecast_adjustments (
        run_id INTEGER NOT NULL REFERENCES forecast_runs (id) ON DELETE CASCADE,
        location_id INTEGER NOT NULL,
        sku_id INTEGER NOT NULL,
        start_day INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('outlier', 'censored')),
        original REAL NOT NULL,
        cleansed REAL NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (run_id, location_id, sku_id, start_day, kind)) WITHOUT ROWID)",
    R"(CREATE TABLE forecast_overrides (
        id INTEGER PRIMARY KEY,
        location_id INTEGER NOT NULL REFERENCES locations (id),
        sku_id INTEGER NOT NULL REFERENCES skus (id),
        start_day INTEGER NOT NULL,
        end_day INTEGER NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('set', 'scale')),
        value REAL NOT NULL CHECK (value >= 0),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        created_at TEXT NOT NULL,
        user_name TEXT NOT NULL DEFAULT '',
        undone_at TEXT,
        undone_by TEXT,
        CHECK (start_day <= end_day)))",
    "CREATE INDEX forecast_overrides_series ON forecast_overrides (location_id, sku_id)",
    R"(CREATE TABLE forecast_accuracy (
        run_id INTEGER NOT NULL REFERENCES forecast_runs (id) ON DELETE CASCADE,
        level TEXT NOT NULL CHECK (level IN ('series', 'sku', 'location', 'category',
                                             'network')),
        key TEXT NOT NULL,
        location_id INTEGER,
        sku_id INTEGER,
        buckets INTEGER NOT NULL,
        actual REAL NOT NULL,
        forecast REAL NOT NULL,
        abs_error REAL NOT NULL,
        mape REAL,
        wape REAL,
        mase REAL,
        bias REAL,
        tracking_signal REAL,
        stat_wape REAL,
        computed_at TEXT NOT NULL,
        PRIMARY KEY (run_id, level, key)) WITHOUT ROWID)",
    R"(CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        kind TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
        location_id INTEGER,
        sku_id INTEGER,
        scope TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL,
        action TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '{}',
        source TEXT NOT NULL DEFAULT '',
        resolved_at TEXT,
        UNIQUE (kind, scope, source)))",
};

// Inventory policies (issue 4): rules per segment and overrides per SKU × location, both as
// JSON parameters (Policy::PolicyParameters) so that new fields need no migration.
const char *const kMigration5[] = {
    R"(CREATE TABLE policy_rules (
        scope TEXT PRIMARY KEY,
        parameters TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        user_name TEXT NOT NULL DEFAULT '') WITHOUT ROWID)",
    R"(CREATE TABLE policy_overrides (
        location_id INTEGER NOT NULL REFERENCES locations (id),
        sku_id INTEGER NOT NULL REFERENCES skus (id),
        parameters TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        updated_at TEXT NOT NULL,
        user_name TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (location_id, sku_id)) WITHOUT ROWID)",
    "CREATE INDEX alerts_open ON alerts (kind, resolved_at)",
};

// Plans (issue 5): header, lines with their explanation and review state, the frozen inputs.
const char *const kMigration6[] = {
    R"(CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('transfers', 'replenishment', 'joint')),
        method TEXT NOT NULL,
        status TEXT NOT NULL,
        start_day INTEGER NOT NULL,
        bucket_days INTEGER NOT NULL CHECK (bucket_days > 0),
        horizon INTEGER NOT NULL CHECK (horizon > 0),
        objective REAL,
        bound REAL,
        gap REAL,
        seconds REAL NOT NULL DEFAULT 0,
        model_rows INTEGER NOT NULL DEFAULT 0,
        model_columns INTEGER NOT NULL DEFAULT 0,
        model_nonzeros INTEGER NOT NULL DEFAULT 0,
        parameters TEXT NOT NULL DEFAULT '{}',
        totals TEXT NOT NULL DEFAULT '{}',
        evaluation TEXT NOT NULL DEFAULT '{}',
        note TEXT NOT NULL DEFAULT '',
        forecast_run_id INTEGER,
        inputs BLOB))",
    R"(CREATE TABLE plan_lines (
        plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        line INTEGER NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('transfer', 'purchase')),
        sku_id INTEGER NOT NULL REFERENCES skus (id),
        from_location_id INTEGER REFERENCES locations (id),
        supplier_id INTEGER REFERENCES suppliers (id),
        to_location_id INTEGER NOT NULL REFERENCES locations (id),
        quantity REAL NOT NULL CHECK (quantity >= 0),
        proposed_quantity REAL NOT NULL,
        ship_day INTEGER NOT NULL,
        arrival_day INTEGER NOT NULL,
        unit_cost REAL NOT NULL DEFAULT 0,
        cost REAL NOT NULL DEFAULT 0,
        benefit REAL NOT NULL DEFAULT 0,
        po_group TEXT NOT NULL DEFAULT '',
        why TEXT NOT NULL DEFAULT '{}',
        status TEXT NOT NULL DEFAULT 'proposed'
            CHECK (status IN ('proposed', 'approved', 'rejected', 'exported', 'cancelled')),
        PRIMARY KEY (plan_id, line),
        CHECK ((type = 'transfer' AND from_location_id IS NOT NULL)
            OR (type = 'purchase' AND supplier_id IS NOT NULL))) WITHOUT ROWID)",
};

// The partner settlement ledger (issue 6): append-only and hash-chained (Ledger::
// SettlementLedger). The triggers refuse changes made through SQL; verification catches the rest.
const char *const kMigration7[] = {
    R"(CREATE TABLE ledger_entries (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        plan_id INTEGER,
        line INTEGER NOT NULL DEFAULT 0,
        reference TEXT NOT NULL DEFAULT '',
        provider_id INTEGER NOT NULL REFERENCES locations (id),
        receiver_id INTEGER NOT NULL REFERENCES locations (id),
        sku_id INTEGER NOT NULL REFERENCES skus (id),
        quantity REAL NOT NULL,
        unit_cost REAL NOT NULL,
        unit_price REAL NOT NULL,
        markup_pct REAL NOT NULL,
        profit_share_pct REAL NOT NULL,
        handling_fee REAL NOT NULL,
        ship_day INTEGER NOT NULL,
        goods REAL NOT NULL,
        handling REAL NOT NULL,
        profit_share REAL NOT NULL,
        previous_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE))",
    R"(CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
        BEGIN SELECT RAISE(ABORT, 'the settlement ledger is append-only'); END)",
    R"(CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
        BEGIN SELECT RAISE(ABORT, 'the settlement ledger is append-only'); END)",
};

// Purchase and transfer order exports (issue 6, Export::OrderExport).
// - orders: one purchase order (supplier × delivery location × order day) or transfer order
//   (source location) made from approved plan lines; the number is never reused (UNIQUE, and
//   its sequence only grows), a revision re-issues the same number with a suffix.
// - order_lines: which plan line went into which order (a line belongs to at most one order).
// - order_files: every file written, per revision and format, with its time and checksum.
// - export_sequences: the PO / TO sequences per year and the EDI control numbers; a sequence
//   moves only when the export's transaction commits, so a failed export consumes nothing.
const char *const kMigration8[] = {
    R"(CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('purchase', 'transfer')),
        number TEXT NOT NULL UNIQUE,
        revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
        plan_id INTEGER NOT NULL REFERENCES plans (id),
        supplier_id INTEGER REFERENCES suppliers (id),
        from_location_id INTEGER REFERENCES locations (id),
        to_location_id INTEGER REFERENCES locations (id),
        order_day INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('exported', 'cancelled')),
        line_count INTEGER NOT NULL DEFAULT 0,
        total_quantity REAL NOT NULL DEFAULT 0,
        total_value REAL NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        user_name TEXT NOT NULL DEFAULT '',
        cancelled_at TEXT,
        cancel_reason TEXT NOT NULL DEFAULT '',
        CHECK ((kind = 'purchase' AND supplier_id IS NOT NULL AND to_location_id IS NOT NULL)
            OR (kind = 'transfer' AND from_location_id IS NOT NULL))))",
    "CREATE INDEX orders_plan ON orders (plan_id, kind)",
    R"(CREATE TABLE order_lines (
        plan_id INTEGER NOT NULL,
        line INTEGER NOT NULL,
        order_id INTEGER NOT NULL REFERENCES orders (id),
        position INTEGER NOT NULL,
        exported_at TEXT NOT NULL,
        PRIMARY KEY (plan_id, line),
        FOREIGN KEY (plan_id, line) REFERENCES plan_lines (plan_id, line)) WITHOUT ROWID)",
    "CREATE INDEX order_lines_order ON order_lines (order_id, position)",
    R"(CREATE TABLE order_files (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders (id),
        revision INTEGER NOT NULL,
        format TEXT NOT NULL,
        profile TEXT NOT NULL DEFAULT '',
        file TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        user_name TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX order_files_order ON order_files (order_id)",
    R"(CREATE TABLE export_sequences (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL CHECK (value >= 0)) WITHOUT ROWID)",
};

// Fulfilment tier configurations (issue 6): every saved version of a configuration with its
// whole JSON document (Tiers::TierStore), so any version exports again byte for byte.
const char *const kMigration9[] = {
    R"(CREATE TABLE tier_configs (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        version INTEGER NOT NULL CHECK (version > 0),
        created_at TEXT NOT NULL,
        user_name TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        document TEXT NOT NULL,
        UNIQUE (name, version)))",
};

// Scenarios (issue 7): named what-if snapshots (Scenarios::ScenarioStore). `data` is the
// scenario in its binary file encoding (header, checksum, Boost archive), loaded through the same
// checked decoder as a file; the other columns are what the list shows without decoding it.
const char *const kMigration10[] = {
    R"(CREATE TABLE scenarios (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        description TEXT NOT NULL DEFAULT '',
        parent_name TEXT NOT NULL DEFAULT '',
        format_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        user_name TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('draft', 'run')),
        ran_at TEXT,
        edits INTEGER NOT NULL DEFAULT 0,
        summary TEXT NOT NULL DEFAULT '{}',
        data BLOB NOT NULL))",
};

// The workstation's edit history (Storage::UndoJournal), so that Edit → Undo survives a restart:
// one JSON document per undo command written by the ui layer, and one row of state (how many
// are in force, whose they are, and the data fingerprint they were made on).
const char *const kMigration11[] = {
    R"(CREATE TABLE undo_journal (
        position INTEGER PRIMARY KEY CHECK (position >= 0),
        digest TEXT NOT NULL,
        entry TEXT NOT NULL))",
    R"(CREATE TABLE undo_journal_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        in_force INTEGER NOT NULL CHECK (in_force >= 0),
        user_name TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        saved_at TEXT NOT NULL))",
};

template<std::size_t N>
QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    list.reserve(int(N));
    for (const char *statement : statements)
        list.append(QString::fromUtf8(statement));
    return list;
}

} // namespace

int currentVersion()
{
    return 11;
}

QStringList migration(int version)
{
    switch (version) {
    case 1:
        return toList(kMigration1);
    case 2:
        return toList(kMigration2);
    case 3:
        return toList(kMigration3);
    case 4:
        return toList(kMigration4);
    case 5:
        return toList(kMigration5);
    case 6:
        return toList(kMigration6);
    case 7:
        return toList(kMigration7);
    case 8:
        return toList(kMigration8);
    case 9:
        return toList(kMigration9);
    case 10:
        return toList(kMigration10);
    case 11:
        return toList(kMigration11);
    default:
        return {};
    }
}

QStringList browsableTables()
{
    return {QStringLiteral("locations"),
            QStringLiteral("skus"),
            QStringLiteral("stock"),
            QStringLiteral("sales"),
            QStringLiteral("lanes"),
            QStringLiteral("suppliers"),
            QStringLiteral("supplier_items"),
            QStringLiteral("open_orders"),
            QStringLiteral("customers"),
            QStringLiteral("agreements"),
            QStringLiteral("events"),
            QStringLiteral("stockouts"),
            QStringLiteral("forecast_overrides"),
            QStringLiteral("policy_rules"),
            QStringLiteral("policy_overrides"),
            QStringLiteral("plans"),
            QStringLiteral("plan_lines"),
            QStringLiteral("ledger_entries"),
            QStringLiteral("orders"),
            QStringLiteral("alerts"),
            QStringLiteral("import_batches")};
}

} // namespace Stockshift::Storage::Schema
