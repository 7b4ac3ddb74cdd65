#include "storage/DataEdits.h"

#include "common/UserName.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <optional>

namespace Stockshift::Storage::DataEdits {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Storage::DataEdits", text);
}

enum class Rule {
    Text,        // any text
    NonNegative, // number >= 0
    Positive,    // number > 0
    WholeDays,   // whole number >= 0
    Flag,        // 0 or 1
};

struct Field
{
    const char *table;
    const char *column;
    const char *label; // translated at run time
    Rule rule;
    bool nullable;
};

// The editable columns; see the header for why these and no others.
constexpr Field kFields[] = {
    {"skus", "name", QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Name"), Rule::Text,
     false},
    {"skus", "category", QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Category"),
     Rule::Text, false},
    {"skus", "unit_cost", QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Unit cost"),
     Rule::NonNegative, true},
    {"skus", "unit_price", QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Unit price"),
     Rule::NonNegative, true},
    {"skus", "shelf_life_days",
     QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Shelf life days"), Rule::WholeDays,
     false},
    {"skus", "pack_size", QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Pack size"),
     Rule::Positive, false},
    {"locations", "name", QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Name"), Rule::Text,
     false},
    {"locations", "capacity_units",
     QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Capacity units"), Rule::NonNegative,
     true},
    {"locations", "handling_cost",
     QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Handling cost"), Rule::NonNegative,
     false},
    {"suppliers", "name", QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Name"), Rule::Text,
     false},
    {"suppliers", "lead_time_days",
     QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Lead time days"), Rule::NonNegative,
     false},
    {"lanes", "cost_per_unit", QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Cost per unit"),
     Rule::NonNegative, false},
    {"lanes", "lead_time_days",
     QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Lead time days"), Rule::NonNegative,
     false},
    {"lanes", "capacity_per_period",
     QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Capacity per period"), Rule::NonNegative,
     true},
    {"lanes", "active", QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Active"), Rule::Flag,
     false},
    {"supplier_items", "unit_cost",
     QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Unit cost"), Rule::NonNegative, false},
    {"supplier_items", "moq", QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Moq"),
     Rule::NonNegative, false},
    {"supplier_items", "order_multiple",
     QT_TRANSLATE_NOOP("Stockshift::Storage::DataEdits", "Order multiple"), Rule::Positive, false},
};

const Field *field(const QString &table, const QString &column)
{
    for (const Field &f : kFields)
        if (table == QLatin1String(f.table) && column == QLatin1String(f.column))
            return &f;
    return nullptr;
}

Error invalid(const QString &message)
{
    return Error(message, QStringLiteral("invalid"));
}

// The rule as the planner reads it, e.g. "Unit cost must be a number ≥ 0."
QString ruleMessage(const Field &f)
{
    const QString label = tr(f.label);
    switch (f.rule) {
    case Rule::Text:
        return tr("%1 must be text.").arg(label);
    case Rule::NonNegative:
        return f.nullable ? tr("%1 must be a number ≥ 0, or empty.").arg(label)
                          : tr("%1 must be a number ≥ 0.").arg(label);
    case Rule::Positive:
        return tr("%1 must be a number > 0.").arg(label);
    case Rule::WholeDays:
        return tr("%1 must be a whole number ≥ 0.").arg(label);
    case Rule::Flag:
        return tr("%1 must be 0 or 1.").arg(label);
    }
    return {};
}

// A number from the editor: a numeric QVariant, or text in the user's or the C locale.
std::optional<double> toNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return value.toDouble();
    case QMetaType::QString: {
        const QString text = value.toString().trimmed();
        bool ok = false;
        double number = QLocale().toDouble(text, &ok);
        if (!ok)
            number = QLocale::c().toDouble(text, &ok);
        if (ok)
            return number;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

bool isEmptyText(const QVariant &value)
{
    return value.isNull()
           || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
}

Error sqlError(const QSqlQuery &q)
{
    return Error(tr("Storing the edit failed: %1").arg(q.lastError().text()),
                 QStringLiteral("sql"));
}

// NULL as JSON null (a null QVariant of SQLite's type would otherwise read as 0 or "").
QJsonValue json(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.toString() == b.toString();
    return a.toDouble() == b.toDouble();
}

} // namespace

QStringList editableColumns(const QString &table)
{
    QStringList columns;
    for (const Field &f : kFields)
        if (table == QLatin1String(f.table))
            columns.append(QString::fromLatin1(f.column));
    return columns;
}

bool isEditable(const QString &table, const QString &column)
{
    return field(table, column) != nullptr;
}

QStringList keyColumns(const QString &table)
{
    if (table == QLatin1String("supplier_items"))
        return {QStringLiteral("supplier_id"), QStringLiteral("sku_id")};
    if (editableColumns(table).isEmpty())
        return {};
    return {QStringLiteral("id")};
}

Result<QVariant> validate(const QString &table, const QString &column, const QVariant &value)
{
    if (table == QLatin1String("ledger_entries"))
        return Error(tr("The settlement ledger is append-only and cannot be edited."),
                     QStringLiteral("read-only"));
    const Field *f = field(table, column);
    if (!f)
        return Error(tr("The column %1 of %2 cannot be edited.").arg(column, table),
                     QStringLiteral("read-only"));
    if (f->rule == Rule::Text) {
        if (value.isNull())
            return QVariant(QStringLiteral(""));
        if (!value.canConvert<QString>())
            return invalid(ruleMessage(*f));
        // Stored as given, so that undo puts back exactly what an import wrote.
        return QVariant(value.toString());
    }
    if (isEmptyText(value)) {
        if (f->nullable)
            return QVariant();
        return invalid(ruleMessage(*f));
    }
    const std::optional<double> number = toNumber(value);
    if (!number || !std::isfinite(*number))
        return invalid(ruleMessage(*f));
    switch (f->rule) {
    case Rule::NonNegative:
        if (*number < 0)
            return invalid(ruleMessage(*f));
        return QVariant(*number == 0 ? 0.0 : *number); // no -0
    case Rule::Positive:
        if (!(*number > 0))
            return invalid(ruleMessage(*f));
        return QVariant(*number);
    case Rule::WholeDays:
        if (*number < 0 || *number != std::floor(*number) || *number > 1e15)
            return invalid(ruleMessage(*f));
        return QVariant(qint64(*number));
    case Rule::Flag:
        if (*number != 0 && *number != 1)
            return invalid(ruleMessage(*f));
        return QVariant(qint64(*number));
    case Rule::Text:
        break;
    }
    return invalid(ruleMessage(*f));
}

Result<QVariant> editCell(Connection &connection, const QString &table, const QVariantList &key,
                          const QString &column, const QVariant &value, const QString &user)
{
    auto checked = validate(table, column, value);
    if (!checked)
        return checked.error();
    const QVariant after = *checked;
    const QStringList keys = keyColumns(table);
    if (key.size() != keys.size())
        return Error(tr("The row was not found; it may have been deleted."),
                     QStringLiteral("not-found"));
    QStringList conditions;
    for (const QString &k : keys)
        conditions.append(k + QStringLiteral(" = ?"));
    const QString where = conditions.join(QStringLiteral(" AND "));

    Transaction transaction(connection);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    // Table and column names come from kFields, never from the caller's text.
    QSqlQuery old(connection.db());
    old.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(column, table, where));
    for (const QVariant &part : key)
        old.addBindValue(part);
    if (!old.exec())
        return sqlError(old);
    if (!old.next())
        return Error(tr("The row was not found; it may have been deleted."),
                     QStringLiteral("not-found"));
    const QVariant before = old.value(0);
    old.finish();
    if (sameValue(before, after))
        return before;

    QSqlQuery update(connection.db());
    update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3").arg(table, column, where));
    update.addBindValue(after);
    for (const QVariant &part : key)
        update.addBindValue(part);
    if (!update.exec())
        return sqlError(update);

    QStringList keyText;
    for (const QVariant &part : key)
        keyText.append(part.toString());
    QJsonObject detail;
    detail.insert(QStringLiteral("column"), column);
    detail.insert(QStringLiteral("before"), json(before));
    detail.insert(QStringLiteral("after"), json(after));
    QSqlQuery audit(connection.db());
    audit.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, "
                                 "entity_key, detail) VALUES (?, ?, 'data-edit', ?, ?, ?)"));
    audit.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    audit.addBindValue(userName(user));
    audit.addBindValue(table);
    audit.addBindValue(keyText.join(QLatin1Char('/')));
    audit.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!audit.exec())
        return sqlError(audit);
    if (Status s = transaction.commit(); !s)
        return s.error();
    return before;
}

} // namespace Stockshift::Storage::DataEdits
