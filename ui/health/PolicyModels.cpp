#include "health/PolicyModels.h"

#include "common/Dates.h"

#include "common/Money.h"
#include "health/HealthFormat.h"
#include "storage/Connection.h"

#include <QBrush>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFont>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Stockshift::Ui {

using Policy::PolicyKind;
using Policy::PolicyParameters;
using Policy::ResolvedPolicy;
using Policy::SafetyStockMethod;

namespace PolicyFields {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Ui::PolicyFields", text);
}

// How a numeric field is shown and edited: `scale` from model units to shown units (100 for
// shares edited in %), the range in shown units, decimals and the unit suffix.
struct NumberSpec
{
    double scale, low, high;
    int decimals;
    const char *suffix;
};

const NumberSpec *numberSpec(Field f)
{
    static const NumberSpec share{100, 50, 99.99, 2, "%"};
    static const NumberSpec days{1, 0, 365, 1, " d"};
    static const NumberSpec holding{100, 0.1, 500, 1, "%"};
    static const NumberSpec money{1, 0, 1e9, 2, ""};
    static const NumberSpec lead{1, 0, 730, 1, " d"};
    static const NumberSpec cap{1, 0, 3650, 0, " d"};
    switch (f) {
    case ResolvedPolicy::ServiceLevel:
    case ResolvedPolicy::FillRate:
        return &share;
    case ResolvedPolicy::CoverDays:
    case ResolvedPolicy::ReviewDays:
        return &days;
    case ResolvedPolicy::HoldingRate:
        return &holding;
    case ResolvedPolicy::OrderCost:
        return &money;
    case ResolvedPolicy::LeadTime:
        return &lead;
    case ResolvedPolicy::MaxCover:
        return &cap;
    default:
        return nullptr;
    }
}

std::optional<double> *numberField(PolicyParameters &p, Field f)
{
    switch (f) {
    case ResolvedPolicy::ServiceLevel:
        return &p.serviceLevel;
    case ResolvedPolicy::FillRate:
        return &p.fillRate;
    case ResolvedPolicy::CoverDays:
        return &p.coverDays;
    case ResolvedPolicy::ReviewDays:
        return &p.reviewDays;
    case ResolvedPolicy::HoldingRate:
        return &p.holdingRate;
    case ResolvedPolicy::OrderCost:
        return &p.orderCost;
    case ResolvedPolicy::LeadTime:
        return &p.leadTimeDays;
    case ResolvedPolicy::MaxCover:
        return &p.maxCoverDays;
    default:
        return nullptr;
    }
}

QString percentText(double share)
{
    // One decimal unless a second one is needed (99.95%).
    const double tenths = share * 1000.0;
    return HealthFormat::percent(share, std::abs(tenths - std::round(tenths)) < 1e-6 ? 1 : 2);
}

const PolicyKind kKinds[] = {PolicyKind::ReorderPoint, PolicyKind::OrderUpTo, PolicyKind::MinMax};
const SafetyStockMethod kMethods[]
    = {SafetyStockMethod::ServiceLevel, SafetyStockMethod::FillRate,
       SafetyStockMethod::ForecastError, SafetyStockMethod::DaysOfCover};

} // namespace

QString label(Field field)
{
    switch (field) {
    case ResolvedPolicy::Kind:
        return tr("Policy");
    case ResolvedPolicy::SafetyStock:
        return tr("Safety stock");
    case ResolvedPolicy::ServiceLevel:
        return tr("Service level");
    case ResolvedPolicy::FillRate:
        return tr("Fill rate");
    case ResolvedPolicy::CoverDays:
        return tr("Cover days");
    case ResolvedPolicy::ReviewDays:
        return tr("Review every");
    case ResolvedPolicy::HoldingRate:
        return tr("Holding rate");
    case ResolvedPolicy::OrderCost:
        return tr("Order cost");
    case ResolvedPolicy::LeadTime:
        return tr("Lead time");
    case ResolvedPolicy::MaxCover:
        return tr("Max cover");
    case ResolvedPolicy::ShelfLifeCap:
        return tr("Shelf-life cap");
    case ResolvedPolicy::FieldCount:
        break;
    }
    return {};
}

QString kindLabel(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::ReorderPoint:
        return tr("Reorder point (s, Q)");
    case PolicyKind::OrderUpTo:
        return tr("Order-up-to (R, S)");
    case PolicyKind::MinMax:
        return tr("Min-max (s, S)");
    }
    return {};
}

QString methodLabel(SafetyStockMethod method)
{
    switch (method) {
    case SafetyStockMethod::ServiceLevel:
        return tr("Service level");
    case SafetyStockMethod::FillRate:
        return tr("Fill rate");
    case SafetyStockMethod::ForecastError:
        return tr("Forecast error");
    case SafetyStockMethod::DaysOfCover:
        return tr("Days of cover");
    }
    return {};
}

bool isSet(const PolicyParameters &p, Field field)
{
    if (field == ResolvedPolicy::Kind)
        return p.kind.has_value();
    if (field == ResolvedPolicy::SafetyStock)
        return p.safetyStock.has_value();
    if (field == ResolvedPolicy::ShelfLifeCap)
        return p.shelfLifeCap.has_value();
    PolicyParameters copy = p;
    std::optional<double> *v = numberField(copy, field);
    return v && v->has_value();
}

void clear(PolicyParameters &p, Field field)
{
    if (field == ResolvedPolicy::Kind)
        p.kind.reset();
    else if (field == ResolvedPolicy::SafetyStock)
        p.safetyStock.reset();
    else if (field == ResolvedPolicy::ShelfLifeCap)
        p.shelfLifeCap.reset();
    else if (std::optional<double> *v = numberField(p, field))
        v->reset();
}

bool set(PolicyParameters &p, Field field, const QVariant &value)
{
    if (field == ResolvedPolicy::Kind) {
        PolicyKind k;
        if (!Policy::policyKindFromName(value.toString(), &k))
            return false;
        p.kind = k;
        return true;
    }
    if (field == ResolvedPolicy::SafetyStock) {
        SafetyStockMethod m;
        if (!Policy::safetyStockMethodFromName(value.toString(), &m))
            return false;
        p.safetyStock = m;
        return true;
    }
    if (field == ResolvedPolicy::ShelfLifeCap) {
        if (value.typeId() != QMetaType::Bool)
            return false;
        p.shelfLifeCap = value.toBool();
        return true;
    }
    std::optional<double> *v = numberField(p, field);
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!v || !ok || !std::isfinite(d))
        return false;
    *v = d;
    return true;
}

QVariant value(const ResolvedPolicy &r, Field field)
{
    switch (field) {
    case ResolvedPolicy::Kind:
        return Policy::policyKindName(r.kind);
    case ResolvedPolicy::SafetyStock:
        return Policy::safetyStockMethodName(r.safetyStock);
    case ResolvedPolicy::ServiceLevel:
        return r.serviceLevel;
    case ResolvedPolicy::FillRate:
        return r.fillRate;
    case ResolvedPolicy::CoverDays:
        return r.coverDays;
    case ResolvedPolicy::ReviewDays:
        return r.reviewDays;
    case ResolvedPolicy::HoldingRate:
        return r.holdingRate;
    case ResolvedPolicy::OrderCost:
        return std::isfinite(r.orderCost) ? QVariant(r.orderCost) : QVariant();
    case ResolvedPolicy::LeadTime:
        return std::isfinite(r.leadTimeDays) ? QVariant(r.leadTimeDays) : QVariant();
    case ResolvedPolicy::MaxCover:
        return r.maxCoverDays;
    case ResolvedPolicy::ShelfLifeCap:
        return r.shelfLifeCap;
    case ResolvedPolicy::FieldCount:
        break;
    }
    return {};
}

QString text(const ResolvedPolicy &r, Field field, const QString &currency)
{
    const QLocale locale;
    const auto days = [&](double d) {
        return tr("%1 d").arg(locale.toString(d, 'f', d == std::round(d) ? 0 : 1));
    };
    switch (field) {
    case ResolvedPolicy::Kind:
        return kindLabel(r.kind);
    case ResolvedPolicy::SafetyStock:
        return methodLabel(r.safetyStock);
    case ResolvedPolicy::ServiceLevel:
        return percentText(r.serviceLevel);
    case ResolvedPolicy::FillRate:
        return percentText(r.fillRate);
    case ResolvedPolicy::CoverDays:
        return days(r.coverDays);
    case ResolvedPolicy::ReviewDays:
        return r.reviewDays > 0 ? days(r.reviewDays) : tr("continuous");
    case ResolvedPolicy::HoldingRate:
        return tr("%1 a year").arg(percentText(r.holdingRate));
    case ResolvedPolicy::OrderCost:
        return std::isfinite(r.orderCost) ? Money::format(r.orderCost, currency, 2)
                                          : tr("supplier's");
    case ResolvedPolicy::LeadTime:
        return std::isfinite(r.leadTimeDays) ? days(r.leadTimeDays) : tr("supplier's");
    case ResolvedPolicy::MaxCover:
        return r.maxCoverDays > 0 ? days(r.maxCoverDays) : tr("no cap");
    case ResolvedPolicy::ShelfLifeCap:
        return r.shelfLifeCap ? tr("on") : tr("off");
    case ResolvedPolicy::FieldCount:
        break;
    }
    return {};
}

QString summary(const PolicyParameters &p, const QString &currency)
{
    ResolvedPolicy r;
    r.apply(p, Policy::PolicySource::Override);
    QStringList parts;
    for (int f = 0; f < ResolvedPolicy::FieldCount; ++f)
        if (isSet(p, Field(f)))
            parts.append(tr("%1 %2").arg(label(Field(f)).toLower(), text(r, Field(f), currency)));
    return parts.join(QStringLiteral(", "));
}

QWidget *createEditor(Field field, QWidget *parent, bool allowInherit)
{
    if (field == ResolvedPolicy::Kind || field == ResolvedPolicy::SafetyStock
        || field == ResolvedPolicy::ShelfLifeCap) {
        auto *combo = new QComboBox(parent);
        if (allowInherit)
            combo->addItem(tr("inherit"), QVariant());
        if (field == ResolvedPolicy::Kind) {
            for (PolicyKind k : kKinds)
                combo->addItem(kindLabel(k), Policy::policyKindName(k));
        } else if (field == ResolvedPolicy::SafetyStock) {
            for (SafetyStockMethod m : kMethods)
                combo->addItem(methodLabel(m), Policy::safetyStockMethodName(m));
        } else {
            combo->addItem(tr("on"), true);
            combo->addItem(tr("off"), false);
        }
        return combo;
    }
    const NumberSpec *spec = numberSpec(field);
    auto *spin = new QDoubleSpinBox(parent);
    spin->setDecimals(spec->decimals);
    const double step = spec->decimals >= 2 ? 0.1 : 1.0;
    spin->setSingleStep(step);
    // The value below the range stands for "inherit".
    spin->setRange(allowInherit ? spec->low - step : spec->low, spec->high);
    if (allowInherit)
        spin->setSpecialValueText(tr("inherit"));
    spin->setSuffix(QString::fromUtf8(spec->suffix));
    spin->setAccelerated(true);
    return spin;
}

void setEditorValue(QWidget *editor, Field field, const QVariant &v)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int i = v.isValid() ? combo->findData(v) : combo->findData(QVariant());
        combo->setCurrentIndex(std::max(0, i));
        return;
    }
    auto *spin = qobject_cast<QDoubleSpinBox *>(editor);
    const NumberSpec *spec = numberSpec(field);
    if (!spin || !spec)
        return;
    if (!v.isValid())
        spin->setValue(spin->minimum());
    else
        spin->setValue(v.toDouble() * spec->scale);
}

QVariant editorValue(QWidget *editor, Field field)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData();
    auto *spin = qobject_cast<QDoubleSpinBox *>(editor);
    const NumberSpec *spec = numberSpec(field);
    if (!spin || !spec)
        return {};
    if (!spin->specialValueText().isEmpty() && spin->value() <= spin->minimum())
        return {};
    return spin->value() / spec->scale;
}

} // namespace PolicyFields

// --- PolicyRuleModel

PolicyRuleModel::PolicyRuleModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_config(Policy::PolicyConfig::standard())
{}

QStringList PolicyRuleModel::scopes()
{
    QStringList s{QStringLiteral("default")};
    for (QChar abc : {QLatin1Char('A'), QLatin1Char('B'), QLatin1Char('C')})
        s.append(QString(abc));
    for (QChar abc : {QLatin1Char('A'), QLatin1Char('B'), QLatin1Char('C')})
        for (QChar xyz : {QLatin1Char('X'), QLatin1Char('Y'), QLatin1Char('Z')})
            s.append(QString(abc) + xyz);
    return s;
}

Status PolicyRuleModel::reload(Storage::Connection &connection)
{
    auto config = Policy::loadPolicyConfig(connection);
    if (!config)
        return config.error();
    QSet<QString> stored;
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("SELECT scope FROM policy_rules")))
        return Error(q.lastError().text(), QStringLiteral("sql"));
    while (q.next())
        stored.insert(q.value(0).toString());
    beginResetModel();
    m_config = std::move(config.value());
    m_stored = std::move(stored);
    endResetModel();
    return {};
}

void PolicyRuleModel::setRowCounts(const QHash<QString, int> &counts)
{
    m_rowCounts = counts;
    if (rowCount() > 0)
        emit dataChanged(index(0, Rows), index(rowCount() - 1, Rows));
}

void PolicyRuleModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    const int column = columnOf(Policy::ResolvedPolicy::OrderCost);
    if (rowCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
}

PolicyParameters PolicyRuleModel::parameters(const QString &scope) const
{
    if (scope == QLatin1String("default"))
        return m_config.defaults;
    const auto it = m_config.segments.find(scope);
    return it == m_config.segments.end() ? PolicyParameters() : it->second;
}

ResolvedPolicy PolicyRuleModel::resolved(const QString &scope) const
{
    ResolvedPolicy r;
    r.apply(m_config.defaults, Policy::PolicySource::Default);
    if (scope == QLatin1String("default"))
        return r;
    r.apply(parameters(scope.left(1)), Policy::PolicySource::Abc);
    if (scope.size() == 2)
        r.apply(parameters(scope), Policy::PolicySource::Segment);
    return r;
}

int PolicyRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(scopes().size());
}

int PolicyRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyRuleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const QString scope = scopes().at(index.row());
    if (index.column() == Scope) {
        if (role == Qt::DisplayRole)
            return scope == QLatin1String("default")
                       ? tr("Default")
                       : (scope.size() == 1 ? tr("Class %1").arg(scope)
                                            : tr("Segment %1").arg(scope));
        if (role == Qt::EditRole)
            return scope;
        if (role == Qt::FontRole && scope.size() != 2) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole)
            return isStored(scope)               ? tr("A stored rule.")
                   : parameters(scope).isEmpty() ? tr("No rule: everything is inherited.")
                                                 : tr("The built-in rule (not stored yet).");
        return {};
    }
    if (index.column() == Rows) {
        if (role == Qt::DisplayRole)
            return m_rowCounts.contains(scope) ? QLocale().toString(m_rowCounts.value(scope))
                                               : HealthFormat::dash();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("SKU × location rows in this scope.");
        return {};
    }
    const auto field = PolicyFields::Field(index.column() - FirstField);
    const ResolvedPolicy r = resolved(scope);
    const bool here = PolicyFields::isSet(parameters(scope), field);
    switch (role) {
    case Qt::DisplayRole:
        return PolicyFields::text(r, field, m_currency);
    case Qt::EditRole:
        return PolicyFields::value(r, field);
    case Qt::ForegroundRole:
        return here ? QVariant() : QVariant(QBrush(QColor(0x8a, 0x93, 0x9c)));
    case Qt::FontRole:
        if (!here) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole: {
        if (here)
            return tr("Set for this scope. Delete clears it so the value is inherited.");
        QString from;
        switch (r.from[std::size_t(field)]) {
        case Policy::PolicySource::Default:
            from = PolicyFields::isSet(m_config.defaults, field) ? tr("the default rule")
                                                                 : tr("the built-in default");
            break;
        case Policy::PolicySource::Abc:
            from = tr("class %1").arg(scope.left(1));
            break;
        case Policy::PolicySource::Segment:
        case Policy::PolicySource::Override:
            from = tr("segment %1").arg(scope);
            break;
        }
        return tr("Inherited from %1.").arg(from);
    }
    default:
        return {};
    }
}

QVariant PolicyRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        if (section == Scope)
            return tr("Scope");
        if (section == Rows)
            return tr("Rows");
        return PolicyFields::label(PolicyFields::Field(section - FirstField));
    }
    if (role == Qt::ToolTipRole && section >= FirstField) {
        switch (PolicyFields::Field(section - FirstField)) {
        case ResolvedPolicy::Kind:
            return tr("Reorder point: order Q when the position reaches s (continuous review). "
                      "Order-up-to: every R days order up to S. Min-max: at s, order up to S.");
        case ResolvedPolicy::SafetyStock:
            return tr("How safety stock is set: cycle service level, fill rate (normal loss "
                      "function), the forecast's backtest error, or fixed days of cover.");
        case ResolvedPolicy::ServiceLevel:
            return tr("Target cycle service level: the share of replenishment cycles "
                      "without a stockout.");
        case ResolvedPolicy::FillRate:
            return tr("Target fill rate: the share of demand served from stock.");
        case ResolvedPolicy::CoverDays:
            return tr("Safety stock in days of demand (days-of-cover method).");
        case ResolvedPolicy::ReviewDays:
            return tr("Days between reviews (order-up-to and min-max).");
        case ResolvedPolicy::HoldingRate:
            return tr("Holding cost per year as a share of the unit cost (EOQ).");
        case ResolvedPolicy::OrderCost:
            return tr("Cost per order (EOQ); default: the supplier's or the lane's.");
        case ResolvedPolicy::LeadTime:
            return tr("Replenishment lead time; default: the supplier's or the lane's.");
        case ResolvedPolicy::MaxCover:
            return tr("Cap of the order-up-to level in days of demand.");
        case ResolvedPolicy::ShelfLifeCap:
            return tr("Never order more than can be sold before it expires.");
        case ResolvedPolicy::FieldCount:
            break;
        }
    }
    return {};
}

Qt::ItemFlags PolicyRuleModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() >= FirstField && m_commit)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PolicyRuleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() < FirstField
        || index.row() >= rowCount() || !m_commit)
        return false;
    const QString scope = scopes().at(index.row());
    const auto field = PolicyFields::Field(index.column() - FirstField);
    PolicyParameters p = parameters(scope);
    if (!value.isValid())
        PolicyFields::clear(p, field);
    else if (!PolicyFields::set(p, field, value)) {
        m_lastError = tr("%1 does not fit %2.").arg(value.toString(), PolicyFields::label(field));
        emit editFailed(m_lastError);
        return false;
    }
    // An edit that changes nothing is not stored (no empty audit entries or undo steps).
    if (p.toJson() == parameters(scope).toJson()) {
        m_lastError.clear();
        return true;
    }
    if (const Status s = m_commit(scope, p); !s) {
        m_lastError = s.errorMessage();
        emit editFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    // Show the stored rule at once (the next edit builds on it); the owner reloads from the
    // database after the change is announced.
    if (scope == QLatin1String("default")) {
        m_config.defaults = p;
    } else if (p.isEmpty()) {
        const Policy::PolicyConfig standard = Policy::PolicyConfig::standard();
        if (const auto it = standard.segments.find(scope); it != standard.segments.end())
            m_config.segments[scope] = it->second;
        else
            m_config.segments.erase(scope);
    } else {
        m_config.segments[scope] = p;
    }
    if (p.isEmpty())
        m_stored.remove(scope);
    else
        m_stored.insert(scope);
    emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    return true;
}

// --- PolicyOverrideModel

Status PolicyOverrideModel::reload(Storage::Connection &connection)
{
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral(
            "SELECT o.location_id, o.sku_id, l.code, s.code, o.parameters, o.reason, "
            "o.updated_at, o.user_name FROM policy_overrides o "
            "JOIN locations l ON l.id = o.location_id JOIN skus s ON s.id = o.sku_id "
            "ORDER BY l.code, s.code")))
        return Error(q.lastError().text(), QStringLiteral("sql"));
    std::vector<Entry> entries;
    while (q.next()) {
        Entry e;
        e.locationId = q.value(0).toLongLong();
        e.skuId = q.value(1).toLongLong();
        e.location = q.value(2).toString();
        e.sku = q.value(3).toString();
        auto p = PolicyParameters::fromJson(
            QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
        if (p)
            e.parameters = *p;
        e.reason = q.value(5).toString();
        e.updatedAt = q.value(6).toString();
        e.user = q.value(7).toString();
        entries.push_back(std::move(e));
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    return {};
}

void PolicyOverrideModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (rowCount() > 0)
        emit dataChanged(index(0, Settings), index(rowCount() - 1, Settings));
}

int PolicyOverrideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PolicyOverrideModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyOverrideModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Entry &e = m_entries[std::size_t(index.row())];
    switch (index.column()) {
    case Location:
        return e.location;
    case Sku:
        return e.sku;
    case Settings:
        return PolicyFields::summary(e.parameters, m_currency);
    case Reason:
        return e.reason;
    case Changed:
        return tr("%1 by %2")
            .arg(Dates::time(e.updatedAt), e.user.isEmpty() ? tr("unknown") : e.user);
    default:
        return {};
    }
}

QVariant PolicyOverrideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount
        || role != Qt::DisplayRole)
        return {};
    static const char *const labels[]
        = {QT_TR_NOOP("Location"), QT_TR_NOOP("SKU"), QT_TR_NOOP("Settings"), QT_TR_NOOP("Reason"),
           QT_TR_NOOP("Changed")};
    return tr(labels[section]);
}

// --- PolicyRuleDelegate

QWidget *PolicyRuleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (index.column() < PolicyRuleModel::FirstField)
        return QStyledItemDelegate::createEditor(parent, option, index);
    return PolicyFields::createEditor(
        PolicyFields::Field(index.column() - PolicyRuleModel::FirstField), parent, true);
}

void PolicyRuleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (index.column() < PolicyRuleModel::FirstField)
        return QStyledItemDelegate::setEditorData(editor, index);
    PolicyFields::setEditorValue(editor,
                                 PolicyFields::Field(index.column() - PolicyRuleModel::FirstField),
                                 index.data(Qt::EditRole));
}

void PolicyRuleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (index.column() < PolicyRuleModel::FirstField)
        return QStyledItemDelegate::setModelData(editor, model, index);
    const auto field = PolicyFields::Field(index.column() - PolicyRuleModel::FirstField);
    const QVariant v = PolicyFields::editorValue(editor, field);
    // Closing the editor on the value shown changes nothing (an inherited value is not pinned).
    if (v.isValid() && v == index.data(Qt::EditRole))
        return;
    model->setData(index, v, Qt::EditRole);
}

} // namespace Stockshift::Ui
