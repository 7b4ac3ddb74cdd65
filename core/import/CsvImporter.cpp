#include "import/CsvImporter.h"

#include "common/CsvWriter.h"
#include "common/Days.h"
#include "import/CsvReader.h"
#include "import/CsvSniffer.h"
#include "import/ValueParsers.h"
#include "storage/Connection.h"
#include "storage/SalesRange.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cmath>
#include <limits>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace Stockshift::Import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Import", text);
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

/// SHA-256 of a file, computed on a second thread while the import streams the same file:
/// the audit record gets its checksum without a second sequential pass over a large file.
class FileHasher
{
public:
    explicit FileHasher(const QString &path)
        : m_thread([this, path] { run(path); })
    {}
    ~FileHasher() { stop(); }

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    QString result()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_result;
    }

private:
    void run(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray block(1 << 20, Qt::Uninitialized);
        while (!m_stop) {
            const qint64 n = file.read(block.data(), block.size());
            if (n <= 0)
                break;
            hash.addData(QByteArrayView(block.constData(), n));
        }
        if (!m_stop)
            m_result = QString::fromLatin1(hash.result().toHex());
    }

    std::atomic_bool m_stop{false};
    QString m_result;
    std::thread m_thread;
};

struct StringHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using CodeMap = std::unordered_map<std::string, qint64, StringHash, std::equal_to<>>;

/// A bound value of one field for the current row.
struct Value
{
    enum Type { Null, Int, Real, Text } type = Null;
    qint64 i = 0;
    double d = 0;
    std::string_view text;
    std::string owned; // storage for text that does not live in the reader's buffer

    void setNull() { type = Null; }
    void setInt(qint64 v) { type = Int, i = v; }
    void setReal(double v) { type = Real, d = v; }
    void setText(std::string_view v) { type = Text, text = v; }
    void setOwnedText(std::string v)
    {
        owned = std::move(v);
        type = Text;
        text = owned;
    }
    QString display() const
    {
        switch (type) {
        case Null:
            return {};
        case Int:
            return QString::number(i);
        case Real:
            return QString::number(d, 'g', 15);
        case Text:
            return fromUtf8(text);
        }
        return {};
    }
};

/// How one field of the kind is fed for this file.
struct FieldPlan
{
    const FieldSpec *spec = nullptr;
    int sourceIndex = -1; // file column, -1 = none
    QString header;       // for issues
    bool hasConstant = false;
    std::string constant; // UTF-8
    std::string fallback; // mapping default, else spec default ("" = none)
    double factor = 1.0;
    int bindIndex = 0;      // 1-based SQL parameter, 0 = not bound (LocationList)
    bool updatable = false; // part of DO UPDATE SET
    // Reference lookups: the previous code and its id. ERP exports are usually sorted by
    // material or plant, so most rows hit this and skip hashing.
    std::string lastCode;
    qint64 lastId = -1;
};

class Importer
{
public:
    Importer(const ImportSettings &settings, const CsvImporter::Progress &progress,
             const std::atomic_bool *cancel)
        : m_settings(settings)
        , m_spec(kindSpec(settings.kind))
        , m_progress(progress)
        , m_cancel(cancel)
    {}

    ~Importer()
    {
        // Statements must be gone before the connection closes (early error returns).
        for (sqlite3_stmt *stmt :
             {m_upsert, m_supplierId, m_clearSupplierLocations, m_addSupplierLocation})
            sqlite3_finalize(stmt);
    }
    Importer(const Importer &) = delete;
    Importer &operator=(const Importer &) = delete;

    Result<ImportResult> run();

private:
    Status prepare(const SniffResult &sniff);
    Status loadReferences();
    Status prepareStatements();
    Status beginBatch();
    Status finishBatch(const char *status);
    Status recordFailedBatch(const char *status);
    /// Parses and validates the current record into m_values; false = rejected (issue added).
    bool parseRecord(const std::vector<std::string_view> &fields, qint64 line);
    bool parseField(FieldPlan &plan, Value &value, std::string_view raw, qint64 line);
    bool resolveReference(FieldPlan &plan, Value &value, std::string_view code, qint64 line);
    std::optional<qint64> createReference(FieldType type, std::string_view code);
    bool validateRow(qint64 line);
    Status writeRow(qint64 line, bool *accepted);
    Status writeSupplierLocations(qint64 line);
    void addIssue(qint64 line, const QString &column, const QString &value, const QString &reason);
    QString keyText() const;
    Status sqliteError(const char *what) const;

    const ImportSettings &m_settings;
    const KindSpec &m_spec;
    CsvImporter::Progress m_progress;
    const std::atomic_bool *m_cancel;

    ImportResult m_result;
    CsvFormat m_format;
    QStringList m_headers;
    std::vector<FieldPlan> m_plans;
    std::vector<Value> m_values;
    std::unique_ptr<Storage::Connection> m_connection;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_upsert = nullptr;
    sqlite3_stmt *m_supplierId = nullptr;
    sqlite3_stmt *m_clearSupplierLocations = nullptr;
    sqlite3_stmt *m_addSupplierLocation = nullptr;
    CodeMap m_locations, m_skus, m_suppliers;
    std::unordered_map<qint64, std::string> m_locationKinds;
    std::vector<qint64> m_deliversTo;
    int m_deliversToPlan = -1;
    // Sales: the day range of the rows written, for Storage::SalesRange.
    int m_dateField = -1;
    int m_minDay = std::numeric_limits<int>::max(), m_maxDay = std::numeric_limits<int>::min();
    bool m_salesWereEmpty = false;
    int m_today = 0;
    CsvWriter m_issueWriter;
    bool m_issueWriterOpen = false;
};

Status Importer::sqliteError(const char *what) const
{
    return Error(tr("Database error while %1: %2")
                     .arg(QCoreApplication::translate("Stockshift::Import", what),
                          QString::fromUtf8(sqlite3_errmsg(m_db))),
                 QStringLiteral("sql"));
}

void Importer::addIssue(qint64 line, const QString &column, const QString &value,
                        const QString &reason)
{
    ++m_result.issueCount;
    ImportIssue issue{line, column, value.left(200), reason};
    if (m_issueWriterOpen)
        m_issueWriter.integer(issue.line)
            .text(issue.column)
            .text(issue.value)
            .text(issue.reason)
            .endRow();
    if (m_result.issues.size() < m_settings.maxIssuesKept)
        m_result.issues.append(std::move(issue));
}

Status Importer::prepare(const SniffResult &sniff)
{
    m_format = sniff.format;
    m_headers = sniff.headers;

    const MappingMatch match = matchColumns(m_spec, m_headers, m_settings.mapping);
    if (!match.missingRequired.isEmpty()) {
        QStringList labels;
        for (const QString &key : match.missingRequired)
            labels.append(QStringLiteral("%1 (%2)").arg(key, fieldLabel(*m_spec.field(key))));
        return Error(tr("%1: required column(s) %2 not found. The file's columns are: %3. Map them "
                        "with a profile or --mapping, or rename the headers.")
                         .arg(QFileInfo(m_settings.filePath).fileName(),
                              labels.join(QStringLiteral(", ")),
                              m_headers.join(QStringLiteral(", "))),
                     QStringLiteral("missing-column"));
    }
    // Explicit mappings that name a header the file does not have are a mistake worth stopping
    // for: the planner expects that column to be read.
    for (auto it = m_settings.mapping.columns.cbegin(); it != m_settings.mapping.columns.cend();
         ++it) {
        if (!match.columns.contains(it.key()))
            return Error(tr("The mapping reads field %1 from column \"%2\", which the file does "
                            "not have. The file's columns are: %3.")
                             .arg(it.key(), it.value(), m_headers.join(QStringLiteral(", "))),
                         QStringLiteral("missing-column"));
    }
    m_result.columns = match.columns;
    m_result.ignoredColumns = match.ignoredHeaders;

    bool needsDates = false;
    m_plans.resize(m_spec.fields.size());
    int bind = 0;
    for (int i = 0; i < m_spec.fields.size(); ++i) {
        FieldPlan &plan = m_plans[std::size_t(i)];
        const FieldSpec &field = m_spec.fields[i];
        plan.spec = &field;
        if (match.columns.contains(field.key)) {
            plan.header = match.columns.value(field.key);
            plan.sourceIndex = int(m_headers.indexOf(plan.header));
        } else {
            plan.header = field.key;
        }
        if (m_settings.mapping.constants.contains(field.key)) {
            plan.hasConstant = true;
            plan.constant = m_settings.mapping.constants.value(field.key).toStdString();
            plan.sourceIndex = -1;
        }
        const QString fallback = m_settings.mapping.defaults.value(field.key, field.defaultValue);
        plan.fallback = fallback.toStdString();
        plan.factor = m_settings.mapping.factors.value(field.key, 1.0);
        const bool fed = plan.sourceIndex >= 0 || plan.hasConstant;
        if (!fed && !field.required)
            m_result.defaultedFields.append(field.key);
        if (field.type == FieldType::Date && fed)
            needsDates = true;
        if (field.type == FieldType::LocationList) {
            m_deliversToPlan = fed ? i : -1;
            continue;
        }
        // Unfed optional fields without a default keep the column's database default.
        if (!fed && plan.fallback.empty() && !field.required && !field.isKey)
            continue;
        plan.bindIndex = ++bind;
        plan.updatable = !field.isKey && (fed || field.defaultValue == QLatin1String("today"));
    }
    m_values.resize(m_plans.size());

    if (needsDates && m_format.dateFormat == DateFormat::Auto) {
        if (sniff.dateAmbiguous)
            return Error(
                sniff.ambiguities.join(QLatin1Char(' ')) + QLatin1Char(' ')
                    + tr("Set the date format (--date-format dmy|mdy|iso|yyyymmdd|excel)."),
                QStringLiteral("ambiguous-date"));
        m_format.dateFormat = DateFormat::Iso;
        m_result.notes.append(tr("No dates were found in the sample; dates are read as ISO "
                                 "(yyyy-mm-dd)."));
    }
    if (m_format.numberAuto && sniff.numberAmbiguous)
        return Error(sniff.ambiguities.join(QLatin1Char(' ')) + QLatin1Char(' ')
                         + tr("Set the decimal separator (--decimal . or --decimal ,)."),
                     QStringLiteral("ambiguous-number"));
    m_result.format = m_format;
    m_result.notes += sniff.notes;
    return {};
}

Status Importer::loadReferences()
{
    const auto load = [this](const char *sql, CodeMap &map) -> Status {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return sqliteError(QT_TRANSLATE_NOOP("Stockshift::Import", "loading codes"));
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            map.emplace(std::string(text ? text : ""), sqlite3_column_int64(stmt, 1));
            if (&map == &m_locations) {
                const auto *kind = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2));
                m_locationKinds[sqlite3_column_int64(stmt, 1)] = kind ? kind : "";
            }
        }
        sqlite3_finalize(stmt);
        return {};
    };
    bool needLocations = false, needSkus = false, needSuppliers = false;
    for (const FieldSpec &field : m_spec.fields) {
        needLocations
            |= field.type == FieldType::LocationRef || field.type == FieldType::LocationList;
        needSkus |= field.type == FieldType::SkuRef;
        needSuppliers |= field.type == FieldType::SupplierRef;
    }
    // Events name locations and SKUs by code (scope); they are checked against the master data.
    if (m_settings.kind == Kind::Events)
        needLocations = needSkus = true;
    if (needLocations)
        if (Status s = load("SELECT code, id, kind FROM locations", m_locations); !s)
            return s;
    if (needSkus)
        if (Status s = load("SELECT code, id FROM skus", m_skus); !s)
            return s;
    if (needSuppliers)
        if (Status s = load("SELECT code, id FROM suppliers", m_suppliers); !s)
            return s;
    return {};
}

Status Importer::prepareStatements()
{
    QStringList columns, params, updates, keys;
    for (const FieldPlan &plan : m_plans) {
        if (plan.bindIndex == 0)
            continue;
        const QString &column = plan.spec->column;
        columns.append(column);
        params.append(QStringLiteral("?%1").arg(plan.bindIndex));
        if (plan.spec->isKey)
            keys.append(column);
        if (plan.updatable)
            updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
    }
    const int batchParam = int(columns.size()) + 1;
    columns.append(QStringLiteral("batch_id"));
    params.append(QStringLiteral("?%1").arg(batchParam));
    updates.append(QStringLiteral("batch_id = excluded.batch_id"));
    // The WHERE clause makes a second row with the same key in the same file a no-op
    // (sqlite3_changes() == 0): that is how in-file duplicates are found without keeping every
    // key of a 10-million-row file in memory.
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE "
                                       "SET %5 WHERE %1.batch_id IS NOT excluded.batch_id")
                            .arg(m_spec.table, columns.join(QStringLiteral(", ")),
                                 params.join(QStringLiteral(", ")), keys.join(QStringLiteral(", ")),
                                 updates.join(QStringLiteral(", ")));
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_upsert, nullptr)
        != SQLITE_OK)
        return sqliteError(QT_TRANSLATE_NOOP("Stockshift::Import", "preparing the import"));
    sqlite3_bind_int64(m_upsert, batchParam, m_result.batchId);

    if (m_settings.kind == Kind::Suppliers && m_deliversToPlan >= 0) {
        if (sqlite3_prepare_v2(m_db, "SELECT id FROM suppliers WHERE code = ?1", -1, &m_supplierId,
                               nullptr)
                != SQLITE_OK
            || sqlite3_prepare_v2(m_db, "DELETE FROM supplier_locations WHERE supplier_id = ?1", -1,
                                  &m_clearSupplierLocations, nullptr)
                   != SQLITE_OK
            || sqlite3_prepare_v2(m_db,
                                  "INSERT OR IGNORE INTO supplier_locations (supplier_id, "
                                  "location_id) VALUES (?1, ?2)",
                                  -1, &m_addSupplierLocation, nullptr)
                   != SQLITE_OK)
            return sqliteError(QT_TRANSLATE_NOOP("Stockshift::Import", "preparing the import"));
    }
    return {};
}

Status Importer::beginBatch()
{
    QSqlQuery query(m_connection->db());
    query.prepare(QStringLiteral(
        "INSERT INTO import_batches (kind, file_name, checksum, profile, mode, status, started_at) "
        "VALUES (?, ?, '', ?, ?, 'running', ?)"));
    query.addBindValue(m_spec.name);
    query.addBindValue(QFileInfo(m_settings.filePath).fileName());
    query.addBindValue(m_settings.profileName.isNull() ? QStringLiteral("")
                                                       : m_settings.profileName);
    query.addBindValue(m_settings.mode == ImportMode::Replace ? QStringLiteral("replace")
                                                              : QStringLiteral("upsert"));
    query.addBindValue(nowIso());
    if (!query.exec())
        return Error(tr("Cannot record the import: %1").arg(query.lastError().text()),
                     QStringLiteral("sql"));
    m_result.batchId = query.lastInsertId().toLongLong();
    return {};
}

Status Importer::finishBatch(const char *status)
{
    QSqlQuery query(m_connection->db());
    query.prepare(QStringLiteral(
        "UPDATE import_batches SET status = ?, checksum = ?, rows_read = ?, rows_accepted = ?, "
        "rows_rejected = ?, finished_at = ?, duration_ms = ? WHERE id = ?"));
    query.addBindValue(QString::fromLatin1(status));
    query.addBindValue(m_result.checksum.isNull() ? QStringLiteral("") : m_result.checksum);
    query.addBindValue(m_result.rowsRead);
    query.addBindValue(m_result.rowsAccepted);
    query.addBindValue(m_result.rowsRejected);
    query.addBindValue(nowIso());
    query.addBindValue(m_result.elapsedMs);
    query.addBindValue(m_result.batchId);
    if (!query.exec())
        return Error(tr("Cannot record the import: %1").arg(query.lastError().text()),
                     QStringLiteral("sql"));
    return {};
}

// Rejected and cancelled imports are audited too, in a transaction of their own after the
// data transaction was rolled back.
Status Importer::recordFailedBatch(const char *status)
{
    Storage::Transaction transaction(*m_connection);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status s = beginBatch(); !s)
        return s;
    if (Status s = finishBatch(status); !s)
        return s;
    return transaction.commit();
}

std::optional<qint64> Importer::createReference(FieldType type, std::string_view code)
{
    const char *sql = type == FieldType::SkuRef
                          ? "INSERT INTO skus (code, name, batch_id) VALUES (?1, ?1, ?2)"
                      : type == FieldType::SupplierRef
                          ? "INSERT INTO suppliers (code, name, batch_id) VALUES (?1, ?1, ?2)"
                          : "INSERT INTO locations (code, name, kind, batch_id) "
                            "VALUES (?1, ?1, 'fulfilment_centre', ?2)";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return std::nullopt;
    sqlite3_bind_text(stmt, 1, code.data(), int(code.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(stmt, 2, m_result.batchId);
    const int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return std::nullopt;
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    const QString label = type == FieldType::SkuRef        ? tr("SKU %1")
                          : type == FieldType::SupplierRef ? tr("supplier %1")
                                                           : tr("location %1");
    m_result.createdReferences.append(label.arg(fromUtf8(code)));
    return id;
}

bool Importer::resolveReference(FieldPlan &plan, Value &value, std::string_view code, qint64 line)
{
    if (plan.lastId >= 0 && plan.lastCode == code) {
        value.setInt(plan.lastId);
        return true;
    }
    const FieldType type = plan.spec->type;
    CodeMap &map = type == FieldType::SkuRef        ? m_skus
                   : type == FieldType::SupplierRef ? m_suppliers
                                                    : m_locations;
    auto it = map.find(code);
    qint64 id = -1;
    if (it != map.end()) {
        id = it->second;
    } else if (m_settings.createMissingReferences) {
        const auto created = createReference(type, code);
        if (!created) {
            addIssue(line, plan.header, fromUtf8(code),
                     tr("The code could not be created: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
            return false;
        }
        id = *created;
        map.emplace(std::string(code), id);
        if (type == FieldType::LocationRef)
            m_locationKinds[id] = "fulfilment_centre";
    } else {
        const QString reason = type == FieldType::SkuRef ? tr("Unknown SKU code \"%1\".")
                               : type == FieldType::SupplierRef
                                   ? tr("Unknown supplier code \"%1\".")
                                   : tr("Unknown location code \"%1\".");
        addIssue(line, plan.header, fromUtf8(code), reason.arg(fromUtf8(code)));
        return false;
    }
    plan.lastCode.assign(code);
    plan.lastId = id;
    value.setInt(id);
    return true;
}

bool Importer::parseField(FieldPlan &plan, Value &value, std::string_view raw, qint64 line)
{
    const FieldSpec &field = *plan.spec;
    std::string_view text = raw;
    if (text.empty())
        text = plan.fallback;
    if (text.empty()) {
        if (field.required && field.type != FieldType::Text) {
            addIssue(line, plan.header, QString(), tr("A value is required."));
            return false;
        }
        if (field.required && field.type == FieldType::Text && field.isKey) {
            addIssue(line, plan.header, QString(), tr("A value is required."));
            return false;
        }
        if (field.nullable)
            value.setNull();
        else if (field.type == FieldType::Text || field.type == FieldType::LocationList)
            value.setText({});
        else
            value.setNull();
        return true;
    }

    const auto rangeOk = [&](double v) {
        if (field.minimum && v < *field.minimum) {
            addIssue(
                line, plan.header, fromUtf8(raw),
                tr("%1 is below the minimum of %2.")
                    .arg(QString::number(v, 'g', 12), QString::number(*field.minimum, 'g', 12)));
            return false;
        }
        if (field.maximum && v > *field.maximum) {
            addIssue(
                line, plan.header, fromUtf8(raw),
                tr("%1 is above the maximum of %2.")
                    .arg(QString::number(v, 'g', 12), QString::number(*field.maximum, 'g', 12)));
            return false;
        }
        return true;
    };

    switch (field.type) {
    case FieldType::Text:
        value.setText(text);
        return true;
    case FieldType::Integer: {
        const auto v = parseInteger(text, m_format.number);
        if (!v) {
            addIssue(line, plan.header, fromUtf8(text),
                     tr("\"%1\" is not a whole number.").arg(fromUtf8(text)));
            return false;
        }
        const qint64 scaled
            = plan.factor == 1.0 ? *v : qint64(std::llround(double(*v) * plan.factor));
        if (!rangeOk(double(scaled)))
            return false;
        value.setInt(scaled);
        return true;
    }
    case FieldType::Decimal: {
        const auto v = parseDecimal(text, m_format.number);
        if (!v) {
            addIssue(line, plan.header, fromUtf8(text),
                     tr("\"%1\" is not a number.").arg(fromUtf8(text)));
            return false;
        }
        const double scaled = *v * plan.factor;
        if (!rangeOk(scaled))
            return false;
        value.setReal(scaled);
        return true;
    }
    case FieldType::Date: {
        if (text == "today") {
            value.setInt(m_today);
            return true;
        }
        const auto v = parseDate(text, m_format.dateFormat);
        if (!v) {
            addIssue(line, plan.header, fromUtf8(text),
                     tr("\"%1\" is not a valid date in the format %2.")
                         .arg(fromUtf8(text), dateFormatPattern(m_format.dateFormat)));
            return false;
        }
        // Plausibility: ERP placeholders such as 9999-12-31 or 1900-01-01 are not real dates for
        // planning; they are rejected rather than silently stretching the history.
        if (*v < Days::fromCivil(1970, 1, 1) || *v > Days::fromCivil(2100, 12, 31)) {
            addIssue(
                line, plan.header, fromUtf8(text),
                tr("The date %1 is implausible (before 1970 or after 2100).").arg(Days::toIso(*v)));
            return false;
        }
        value.setInt(*v);
        return true;
    }
    case FieldType::Boolean: {
        // SAP marks flags with "X".
        auto v = parseBool(text);
        if (!v && (text == "x" || text == "X"))
            v = true;
        if (!v) {
            addIssue(line, plan.header, fromUtf8(text),
                     tr("\"%1\" is not a yes/no value.").arg(fromUtf8(text)));
            return false;
        }
        value.setInt(*v ? 1 : 0);
        return true;
    }
    case FieldType::Enum: {
        const QString normalized = normalizeName(fromUtf8(text));
        for (int i = 0; i < field.enumValues.size(); ++i) {
            if (field.enumSynonyms.value(i).contains(normalized)) {
                value.setOwnedText(field.enumValues[i].toStdString());
                return true;
            }
        }
        addIssue(line, plan.header, fromUtf8(text),
                 tr("\"%1\" is not one of: %2.")
                     .arg(fromUtf8(text), field.enumValues.join(QStringLiteral(", "))));
        return false;
    }
    case FieldType::LocationRef:
    case FieldType::SkuRef:
    case FieldType::SupplierRef:
        return resolveReference(plan, value, text, line);
    case FieldType::LocationList: {
        m_deliversTo.clear();
        std::size_t start = 0;
        const auto isSeparator = [](char c) {
            return c == '|' || c == ';' || c == ',' || c == ' ' || c == '\t';
        };
        while (start < text.size()) {
            while (start < text.size() && isSeparator(text[start]))
                ++start;
            std::size_t end = start;
            while (end < text.size() && !isSeparator(text[end]))
                ++end;
            if (end > start) {
                Value id;
                if (!resolveReference(plan, id, text.substr(start, end - start), line))
                    return false;
                m_deliversTo.push_back(id.i);
            }
            start = end;
        }
        value.setText(text);
        return true;
    }
    }
    return false;
}

bool Importer::parseRecord(const std::vector<std::string_view> &fields, qint64 line)
{
    // More cells than headers is only harmless when the extra cells are empty (trailing
    // delimiters); otherwise an unquoted delimiter has shifted the columns.
    if (fields.size() > std::size_t(m_headers.size())) {
        for (std::size_t i = std::size_t(m_headers.size()); i < fields.size(); ++i) {
            if (!trimmed(fields[i]).empty()) {
                addIssue(line, tr("(row)"), QString(),
                         tr("The row has %1 fields but the header has %2; is a delimiter inside a "
                            "value missing its quotes?")
                             .arg(fields.size())
                             .arg(m_headers.size()));
                return false;
            }
        }
    }
    bool ok = true;
    m_deliversTo.clear();
    for (std::size_t i = 0; i < m_plans.size(); ++i) {
        FieldPlan &plan = m_plans[i];
        if (plan.bindIndex == 0 && int(i) != m_deliversToPlan)
            continue;
        std::string_view raw;
        if (plan.hasConstant)
            raw = plan.constant;
        else if (plan.sourceIndex >= 0 && std::size_t(plan.sourceIndex) < fields.size())
            raw = trimmed(fields[std::size_t(plan.sourceIndex)]);
        // Keep validating after the first problem so the planner sees every issue of the row.
        ok = parseField(plan, m_values[i], raw, line) && ok;
    }
    return ok && validateRow(line);
}

// Rules that involve more than one field of a row.
bool Importer::validateRow(qint64 line)
{
    const auto valueOf = [this](const char *key) -> Value & {
        return m_values[std::size_t(m_spec.fieldIndex(QString::fromLatin1(key)))];
    };
    const auto headerOf = [this](const char *key) {
        return m_plans[std::size_t(m_spec.fieldIndex(QString::fromLatin1(key)))].header;
    };
    switch (m_settings.kind) {
    case Kind::Lanes:
        if (valueOf("from").i == valueOf("to").i) {
            addIssue(line, headerOf("to"), valueOf("to").display(),
                     tr("From and to are the same location."));
            return false;
        }
        break;
    case Kind::OpenOrders: {
        const Value &type = valueOf("type");
        const bool transfer = type.text == "transfer";
        if (!transfer && valueOf("supplier").type == Value::Null) {
            addIssue(line, headerOf("supplier"), QString(),
                     tr("A purchase order needs a supplier."));
            return false;
        }
        if (transfer) {
            if (valueOf("source").type == Value::Null) {
                addIssue(line, headerOf("source"), QString(),
                         tr("A transfer needs a source location."));
                return false;
            }
            if (valueOf("source").i == valueOf("destination").i) {
                addIssue(line, headerOf("source"), valueOf("source").display(),
                         tr("Source and destination are the same location."));
                return false;
            }
            valueOf("supplier").setNull();
        } else {
            valueOf("source").setNull();
        }
        const Value &orderDate = valueOf("order_date");
        if (orderDate.type == Value::Int && valueOf("due_date").i < orderDate.i) {
            addIssue(line, headerOf("due_date"), Days::toIso(int(valueOf("due_date").i)),
                     tr("The due date lies before the order date."));
            return false;
        }
        break;
    }
    case Kind::Agreements: {
        const qint64 provider = valueOf("provider").i, receiver = valueOf("receiver").i;
        if (provider == receiver) {
            addIssue(line, headerOf("receiver"), valueOf("receiver").display(),
                     tr("Provider and receiver are the same location."));
            return false;
        }
        if (m_locationKinds[provider] != "partner_seller"
            && m_locationKinds[receiver] != "partner_seller") {
            addIssue(line, headerOf("provider"), QString(),
                     tr("Neither location of the agreement is a partner seller."));
            return false;
        }
        const Value &from = valueOf("valid_from"), &to = valueOf("valid_to");
        if (from.type == Value::Int && to.type == Value::Int && to.i < from.i) {
            addIssue(line, headerOf("valid_to"), Days::toIso(int(to.i)),
                     tr("The end date lies before the start date."));
            return false;
        }
        break;
    }
    case Kind::Stockouts: {
        Value &end = valueOf("end");
        const Value &start = valueOf("start");
        if (end.type == Value::Null)
            end.setInt(start.i);
        if (end.i < start.i) {
            addIssue(line, headerOf("end"), Days::toIso(int(end.i)),
                     tr("The end date lies before the start date."));
            return false;
        }
        break;
    }
    case Kind::Events: {
        Value &end = valueOf("end");
        const Value &start = valueOf("start");
        if (end.type == Value::Null)
            end.setInt(start.i);
        if (end.i < start.i) {
            addIssue(line, headerOf("end"), Days::toIso(int(end.i)),
                     tr("The end date lies before the start date."));
            return false;
        }
        const Value &location = valueOf("location");
        if (!location.text.empty() && !m_locations.count(location.text)) {
            addIssue(line, headerOf("location"), location.display(),
                     tr("Unknown location code \"%1\".").arg(location.display()));
            return false;
        }
        const Value &sku = valueOf("sku");
        if (!sku.text.empty() && !m_skus.count(sku.text)) {
            addIssue(line, headerOf("sku"), sku.display(),
                     tr("Unknown SKU code \"%1\".").arg(sku.display()));
            return false;
        }
        break;
    }
    default:
        break;
    }
    return true;
}

QString Importer::keyText() const
{
    QStringList parts;
    for (std::size_t i = 0; i < m_plans.size(); ++i) {
        const FieldSpec &field = *m_plans[i].spec;
        if (!field.isKey)
            continue;
        const Value &v = m_values[i];
        QString text;
        if (field.type == FieldType::Date && v.type == Value::Int)
            text = Days::toIso(int(v.i));
        else if (field.type == FieldType::LocationRef || field.type == FieldType::SkuRef
                 || field.type == FieldType::SupplierRef)
            text = fromUtf8(m_plans[i].lastCode);
        else
            text = v.display();
        parts.append(QStringLiteral("%1=%2").arg(field.key, text));
    }
    return parts.join(QStringLiteral(", "));
}

Status Importer::writeRow(qint64 line, bool *accepted)
{
    *accepted = false;
    for (std::size_t i = 0; i < m_plans.size(); ++i) {
        const int index = m_plans[i].bindIndex;
        if (index == 0)
            continue;
        const Value &v = m_values[i];
        switch (v.type) {
        case Value::Null:
            sqlite3_bind_null(m_upsert, index);
            break;
        case Value::Int:
            sqlite3_bind_int64(m_upsert, index, v.i);
            break;
        case Value::Real:
            sqlite3_bind_double(m_upsert, index, v.d);
            break;
        case Value::Text:
            // STATIC: the text stays valid until the step below has run.
            // A null pointer would bind SQL NULL; an empty value is the empty string.
            sqlite3_bind_text(m_upsert, index, v.text.data() ? v.text.data() : "",
                              int(v.text.size()), SQLITE_STATIC);
            break;
        }
    }
    const int rc = sqlite3_step(m_upsert);
    sqlite3_reset(m_upsert);
    if (rc == SQLITE_DONE) {
        if (sqlite3_changes(m_db) == 0) {
            addIssue(line, tr("(row)"), keyText(),
                     tr("The key %1 appears earlier in this file; the earlier row was kept.")
                         .arg(keyText()));
            return {};
        }
        if (m_deliversToPlan >= 0)
            return writeSupplierLocations(line).ok()
                       ? (*accepted = true, Status())
                       : sqliteError(
                           QT_TRANSLATE_NOOP("Stockshift::Import", "writing delivery locations"));
        *accepted = true;
        if (m_dateField >= 0) {
            const int day = int(m_values[std::size_t(m_dateField)].i);
            m_minDay = std::min(m_minDay, day);
            m_maxDay = std::max(m_maxDay, day);
        }
        return {};
    }
    if ((rc & 0xff) == SQLITE_CONSTRAINT) {
        // A CHECK or foreign-key rule of the schema: the statement is undone, the transaction
        // goes on, the row is reported.
        addIssue(line, tr("(row)"), keyText(),
                 tr("The row breaks a rule of the database: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        return {};
    }
    return sqliteError(QT_TRANSLATE_NOOP("Stockshift::Import", "writing a row"));
}

Status Importer::writeSupplierLocations(qint64)
{
    const Value &code = m_values[std::size_t(m_spec.fieldIndex(QStringLiteral("code")))];
    sqlite3_bind_text(m_supplierId, 1, code.text.data(), int(code.text.size()), SQLITE_STATIC);
    if (sqlite3_step(m_supplierId) != SQLITE_ROW) {
        sqlite3_reset(m_supplierId);
        return sqliteError(QT_TRANSLATE_NOOP("Stockshift::Import", "writing delivery locations"));
    }
    const qint64 supplierId = sqlite3_column_int64(m_supplierId, 0);
    sqlite3_reset(m_supplierId);
    sqlite3_bind_int64(m_clearSupplierLocations, 1, supplierId);
    const int rc = sqlite3_step(m_clearSupplierLocations);
    sqlite3_reset(m_clearSupplierLocations);
    if (rc != SQLITE_DONE)
        return sqliteError(QT_TRANSLATE_NOOP("Stockshift::Import", "writing delivery locations"));
    for (qint64 locationId : m_deliversTo) {
        sqlite3_bind_int64(m_addSupplierLocation, 1, supplierId);
        sqlite3_bind_int64(m_addSupplierLocation, 2, locationId);
        const int rc2 = sqlite3_step(m_addSupplierLocation);
        sqlite3_reset(m_addSupplierLocation);
        if (rc2 != SQLITE_DONE)
            return sqliteError(
                QT_TRANSLATE_NOOP("Stockshift::Import", "writing delivery locations"));
    }
    return {};
}

Result<ImportResult> Importer::run()
{
    QElapsedTimer timer;
    timer.start();
    m_result.kind = m_settings.kind;
    m_result.filePath = m_settings.filePath;
    m_today = Days::fromDate(QDate::currentDate());

    const QFileInfo fileInfo(m_settings.filePath);
    if (!fileInfo.exists() || !fileInfo.isFile())
        return Error(tr("The file %1 does not exist.").arg(m_settings.filePath),
                     QStringLiteral("not-found"));

    auto sniff = CsvSniffer::sniff(m_settings.filePath, m_settings.format);
    if (!sniff)
        return sniff.error();
    if (Status s = prepare(*sniff); !s)
        return s.error();

    auto connection = Storage::Connection::open(m_settings.databasePath);
    if (!connection)
        return connection.error();
    m_connection = std::move(connection.value());
    m_db = m_connection->handle();
    if (!m_db)
        return Error(tr("The SQLite driver does not expose its handle."), QStringLiteral("sql"));

    if (!m_settings.errorsCsvPath.isEmpty()) {
        if (Status s = m_issueWriter.open(m_settings.errorsCsvPath); !s)
            return s.error();
        m_issueWriter.row({QStringLiteral("line"), QStringLiteral("column"),
                           QStringLiteral("value"), QStringLiteral("reason")});
        m_issueWriterOpen = true;
    }

    FileHasher hasher(m_settings.filePath);
    CsvReader reader;
    if (Status s = reader.open(m_settings.filePath, m_format.encoding, m_format.delimiter); !s)
        return s.error();

    // Import batches write a lot: a bigger page cache keeps the B-tree's inner pages in memory.
    (void)m_connection->exec(QStringLiteral("PRAGMA cache_size = -262144"));
    // Every reference was resolved to an id read inside this transaction, which holds the write
    // lock (BEGIN IMMEDIATE), so SQLite's own foreign-key lookups would only repeat that work —
    // two extra B-tree searches per sales row. They are switched off on this connection only
    // (the pragma cannot change inside a transaction) and the connection closes with the import.
    (void)m_connection->exec(QStringLiteral("PRAGMA foreign_keys = OFF"));

    Status failure;
    bool cancelled = false;
    {
        Storage::Transaction transaction(*m_connection);
        if (!transaction.beginStatus())
            return transaction.beginStatus().error();
        if (Status s = beginBatch(); !s)
            return s.error();
        if (Status s = loadReferences(); !s)
            return s.error();
        if (Status s = prepareStatements(); !s)
            return s.error();
        if (m_settings.kind == Kind::Sales) {
            m_dateField = m_spec.fieldIndex(QStringLiteral("date"));
            QSqlQuery any(m_connection->db());
            m_salesWereEmpty
                = any.exec(QStringLiteral("SELECT 1 FROM sales LIMIT 1")) && !any.next();
        }

        // Skip everything up to and including the header record.
        const qint64 headerRecords = m_format.hasHeader ? m_format.headerLine + 1 : 0;
        for (qint64 i = 0; i < headerRecords; ++i) {
            if (!reader.readRecord())
                break;
        }

        QElapsedTimer progressTimer;
        progressTimer.start();
        qint64 written = 0;
        while (reader.readRecord()) {
            const qint64 line = reader.lineNumber();
            ++m_result.rowsRead;
            bool accepted = false;
            if (parseRecord(reader.fields(), line)) {
                if (Status s = writeRow(line, &accepted); !s) {
                    failure = s;
                    break;
                }
            }
            if (accepted) {
                ++m_result.rowsAccepted;
                if (m_settings.failAfterRows >= 0 && ++written >= m_settings.failAfterRows) {
                    failure = Error(tr("Injected failure after %1 rows (test hook).").arg(written),
                                    QStringLiteral("injected"));
                    break;
                }
            } else {
                ++m_result.rowsRejected;
            }
            if ((m_result.rowsRead & 0x1fff) == 0) {
                if (m_cancel && m_cancel->load()) {
                    cancelled = true;
                    break;
                }
                if (m_progress && progressTimer.elapsed() >= 100) {
                    m_progress(reader.bytesRead(), reader.totalBytes(), m_result.rowsRead);
                    progressTimer.restart();
                }
            }
        }
        if (failure.ok() && !cancelled && !reader.error().isEmpty())
            failure = Error(tr("%1, line %2: %3")
                                .arg(fileInfo.fileName())
                                .arg(reader.lineNumber())
                                .arg(reader.error()),
                            QStringLiteral("bad-file"));
        if (m_cancel && m_cancel->load())
            cancelled = true;

        sqlite3_finalize(m_upsert);
        m_upsert = nullptr;
        for (sqlite3_stmt **stmt :
             {&m_supplierId, &m_clearSupplierLocations, &m_addSupplierLocation}) {
            sqlite3_finalize(*stmt);
            *stmt = nullptr;
        }

        if (!failure.ok()) {
            hasher.stop();
            return failure.error(); // the transaction rolls back
        }
        if (cancelled) {
            transaction.rollback();
            hasher.stop();
            m_result.outcome = ImportResult::Outcome::Cancelled;
        } else if (m_settings.dryRun) {
            transaction.rollback();
            m_result.outcome = ImportResult::Outcome::DryRun;
            m_result.batchId = -1;
        } else if (m_settings.allOrNothing && m_result.rowsRejected > 0) {
            transaction.rollback();
            m_result.outcome = ImportResult::Outcome::Rejected;
        } else {
            if (m_settings.mode == ImportMode::Replace) {
                const QString sql
                    = m_spec.replaceDeactivates
                          ? QStringLiteral("UPDATE %1 SET active = 0 WHERE active = 1 "
                                           "AND batch_id IS NOT %2")
                          : QStringLiteral("DELETE FROM %1 WHERE batch_id IS NOT %2");
                QSqlQuery query(m_connection->db());
                if (!query.exec(sql.arg(m_spec.table).arg(m_result.batchId))) {
                    hasher.stop();
                    return Error(
                        tr("Replacing the old rows failed: %1").arg(query.lastError().text()),
                        QStringLiteral("sql"));
                }
                m_result.rowsRemoved = query.numRowsAffected();
            }
            if (m_settings.kind == Kind::Sales) {
                const Status range = m_settings.mode == ImportMode::Replace || m_minDay > m_maxDay
                                         ? Storage::refreshSalesDayRange(*m_connection)
                                         : Storage::extendSalesDayRange(*m_connection, m_minDay,
                                                                        m_maxDay, m_salesWereEmpty);
                if (!range) {
                    hasher.stop();
                    return range.error();
                }
            }
            m_result.checksum = hasher.result();
            m_result.elapsedMs = timer.elapsed();
            // Has this exact file been imported before? Say so: planners re-send files.
            QSqlQuery previous(m_connection->db());
            previous.prepare(
                QStringLiteral("SELECT id, started_at FROM import_batches WHERE checksum = ? "
                               "AND kind = ? AND status = 'committed' ORDER BY id DESC LIMIT 1"));
            previous.addBindValue(m_result.checksum);
            previous.addBindValue(m_spec.name);
            if (previous.exec() && previous.next())
                m_result.notes.append(tr("The same file was imported before (batch %1 at %2); its "
                                         "rows were updated in place, nothing was duplicated.")
                                          .arg(previous.value(0).toLongLong())
                                          .arg(previous.value(1).toString()));
            if (Status s = finishBatch("committed"); !s)
                return s.error();
            if (Status s = transaction.commit(); !s)
                return s.error();
            m_result.outcome = ImportResult::Outcome::Committed;
        }
    }

    if (m_result.outcome == ImportResult::Outcome::Rejected
        || m_result.outcome == ImportResult::Outcome::Cancelled) {
        if (m_result.outcome == ImportResult::Outcome::Rejected)
            m_result.checksum = hasher.result();
        m_result.elapsedMs = timer.elapsed();
        if (Status s = recordFailedBatch(
                m_result.outcome == ImportResult::Outcome::Rejected ? "rejected" : "cancelled");
            !s)
            return s.error();
    }
    if (m_result.outcome == ImportResult::Outcome::DryRun)
        m_result.checksum = hasher.result();
    m_result.elapsedMs = timer.elapsed();
    if (m_issueWriterOpen) {
        if (Status s = m_issueWriter.close(); !s)
            return s.error();
    }
    if (m_progress)
        m_progress(reader.totalBytes(), reader.totalBytes(), m_result.rowsRead);
    return m_result;
}

} // namespace

QString ImportResult::outcomeName() const
{
    switch (outcome) {
    case Outcome::Committed:
        return QStringLiteral("committed");
    case Outcome::DryRun:
        return QStringLiteral("dry-run");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString ImportResult::summary() const
{
    QStringList lines;
    const QString file = QFileInfo(filePath).fileName();
    switch (outcome) {
    case Outcome::Committed:
        lines.append(tr("Imported %1 into %2: %3 rows accepted, %4 rejected (%5 s).")
                         .arg(file, kindLabel(kind))
                         .arg(rowsAccepted)
                         .arg(rowsRejected)
                         .arg(double(elapsedMs) / 1000.0, 0, 'f', 1));
        break;
    case Outcome::DryRun:
        lines.append(tr("Dry run of %1 (%2): %3 rows would be accepted, %4 rejected. Nothing was "
                        "written.")
                         .arg(file, kindLabel(kind))
                         .arg(rowsAccepted)
                         .arg(rowsRejected));
        break;
    case Outcome::Rejected:
        lines.append(tr("%1 was not imported: %2 of %3 rows have problems and all-or-nothing was "
                        "requested. The database is unchanged.")
                         .arg(file)
                         .arg(rowsRejected)
                         .arg(rowsRead));
        break;
    case Outcome::Cancelled:
        lines.append(tr("The import of %1 was cancelled after %2 rows. The database is unchanged.")
                         .arg(file)
                         .arg(rowsRead));
        break;
    }
    if (rowsRemoved > 0)
        lines.append(tr("Replace mode: %1 rows not in the file were removed or deactivated.")
                         .arg(rowsRemoved));
    if (!ignoredColumns.isEmpty())
        lines.append(tr("Ignored columns: %1.").arg(ignoredColumns.join(QStringLiteral(", "))));
    if (!createdReferences.isEmpty())
        lines.append(
            tr("Created: %1.")
                .arg(createdReferences.mid(0, 20).join(QStringLiteral(", "))
                     + (createdReferences.size() > 20 ? QStringLiteral(", …") : QString())));
    for (const QString &note : notes)
        lines.append(note);
    if (issueCount > issues.size())
        lines.append(
            tr("%1 problems in all; the first %2 are listed.").arg(issueCount).arg(issues.size()));
    return lines.join(QLatin1Char('\n'));
}

Result<ImportResult> CsvImporter::run(const ImportSettings &settings, const Progress &progress,
                                      const std::atomic_bool *cancel)
{
    Importer importer(settings, progress, cancel);
    return importer.run();
}

Status CsvImporter::writeIssues(const QString &path, const QList<ImportIssue> &issues)
{
    CsvWriter writer;
    if (Status s = writer.open(path); !s)
        return s;
    writer.row({QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("value"),
                QStringLiteral("reason")});
    for (const ImportIssue &issue : issues)
        writer.integer(issue.line).text(issue.column).text(issue.value).text(issue.reason).endRow();
    return writer.close();
}

} // namespace Stockshift::Import
