#include "plan/PlanModels.h"

#include "common/Dates.h"

#include "plan/PlanExplanation.h"
#include "plan/PlanFormat.h"

#include <QBrush>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QMap>

#include <cmath>

namespace Stockshift::Ui {

namespace F = PlanFormat;

double planCost(const Plan::PlanTotals &t)
{
    // Spelled out rather than total(): whether that includes the purchase value has changed.
    return t.transport + t.fixed + t.holding + t.lostMargin + t.safetyShortfall;
}

namespace {

bool frozen(Plan::LineStatus s)
{
    return s == Plan::LineStatus::Exported || s == Plan::LineStatus::Cancelled;
}

bool edited(const Plan::PlanLine &l)
{
    return std::abs(l.quantity - l.proposedQuantity) >= 0.5;
}

QVariant sortNumber(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant(-std::numeric_limits<double>::max());
}

QString createdText(const QString &iso)
{
    return Dates::time(iso);
}

// The line's cells shared by the transfer table and the purchase-order tree.
QVariant statusData(const Plan::PlanLine &l, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return F::lineStatusLabel(l.status);
    case kPlanSortRole:
        return int(l.status);
    case Qt::ForegroundRole:
        return QBrush(F::lineStatusColor(l.status));
    default:
        return {};
    }
}

QVariant quantityData(const Plan::PlanLine &l, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return F::units(l.quantity);
    case Qt::EditRole:
    case kPlanSortRole:
        return l.quantity;
    case Qt::ToolTipRole:
        if (edited(l))
            return QCoreApplication::translate("Stockshift::Ui::PlanModels",
                                               "Proposed %1; edited to %2.")
                .arg(F::units(l.proposedQuantity), F::units(l.quantity));
        if (frozen(l.status))
            return QCoreApplication::translate("Stockshift::Ui::PlanModels",
                                               "This line is %1 and cannot be changed.")
                .arg(F::lineStatusLabel(l.status));
        return QCoreApplication::translate("Stockshift::Ui::PlanModels",
                                           "Double-click to change the quantity (undoable).");
    case Qt::FontRole:
        if (edited(l)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

// A quantity typed into a cell: a whole number ≥ 0 in the user's locale or in C notation.
bool parseQuantity(const QVariant &value, double *out)
{
    bool ok = false;
    double v = value.toDouble(&ok);
    if (!ok)
        v = QLocale().toDouble(value.toString(), &ok);
    if (!ok || !std::isfinite(v) || v < 0)
        return false;
    *out = std::round(v);
    return true;
}

} // namespace

// --- PlanListModel

void PlanListModel::setPlans(const QList<Plan::PlanHeader> &plans)
{
    beginResetModel();
    m_plans = plans;
    endResetModel();
}

void PlanListModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_plans.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_plans.size()) - 1, ColumnCount - 1));
}

int PlanListModel::rowOf(qint64 planId) const
{
    for (int i = 0; i < m_plans.size(); ++i)
        if (m_plans[i].id == planId)
            return i;
    return -1;
}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int PlanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan::PlanHeader &h = m_plans.at(index.row());
    const bool evaluated = h.evaluation.contains(QStringLiteral("fillRate"));
    const double fill = h.evaluation.value(QStringLiteral("fillRate"))
                            .toDouble(std::numeric_limits<double>::quiet_NaN());
    const double gap
        = h.method == QLatin1String("milp") ? h.gap : std::numeric_limits<double>::quiet_NaN();
    if (role == PlanIdRole)
        return h.id;
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Plan %1 · %2 · %3 · %4 buckets of %5 days from %6")
                          .arg(h.id)
                          .arg(F::kindLabel(h.kind), F::methodLabel(h.method))
                          .arg(h.horizon)
                          .arg(h.bucketDays)
                          .arg(F::day(h.startDay));
        if (h.totals.purchase > 0)
            tip += tr("\nPurchases worth %1 (not in the cost: recovered when the stock sells)")
                       .arg(F::money(h.totals.purchase, m_currency));
        if (!h.note.isEmpty())
            tip += QLatin1Char('\n') + h.note;
        return tip;
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= TotalCost && index.column() <= FillRate
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole && role != kPlanSortRole)
        return {};
    const bool sort = role == kPlanSortRole;
    switch (Column(index.column())) {
    case Id:
        return sort ? QVariant(h.id) : QVariant(QString::number(h.id));
    case Kind:
        return F::kindLabel(h.kind);
    case Method:
        return F::methodLabel(h.method);
    case Status:
        return F::planStatusLabel(h.status);
    case TotalCost:
        return sort ? sortNumber(planCost(h.totals))
                    : QVariant(F::money(planCost(h.totals), m_currency));
    case Gap:
        return sort ? sortNumber(gap) : QVariant(F::percent(gap, 2));
    case Lines:
        return sort ? QVariant(h.totals.transferLines + h.totals.purchaseLines)
                    : QVariant(QLocale().toString(h.totals.transferLines + h.totals.purchaseLines));
    case FillRate:
        return sort ? sortNumber(evaluated ? fill : std::numeric_limits<double>::quiet_NaN())
                    : QVariant(evaluated ? F::percent(fill, 1) : F::dash());
    case Created:
        return sort ? QVariant(h.createdAt) : QVariant(createdText(h.createdAt));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case TotalCost:
            return tr("Transport, fixed, holding, lost margin and safety-stock shortfall over the "
                      "horizon with demand as forecast; purchases are shown apart.");
        case Gap:
            return tr("Distance of the MILP plan from CBC's best bound: the plan is at most this "
                      "much more expensive than the best possible one.");
        case FillRate:
            return tr("Share of demand served in simulation (after Compare).");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Id:
        return tr("#");
    case Kind:
        return tr("Kind");
    case Method:
        return tr("Method");
    case Status:
        return tr("Status");
    case TotalCost:
        return tr("Cost");
    case Gap:
        return tr("Gap");
    case Lines:
        return tr("Lines");
    case FillRate:
        return tr("Fill rate");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

// --- TransferLineModel

void TransferLineModel::setPlan(const PlanPtr &plan)
{
    QList<int> rows;
    if (plan)
        for (std::size_t i = 0; i < plan->lines.size(); ++i)
            if (plan->lines[i].type == Plan::LineType::Transfer)
                rows.append(int(i));
    // The same lines again (a review reloaded the plan): update in place, keep the selection.
    bool same = m_plan && plan && rows.size() == m_rows.size() && !rows.isEmpty();
    for (int r = 0; same && r < rows.size(); ++r)
        same = plan->lines[std::size_t(rows[r])].line == m_plan->lines[std::size_t(m_rows[r])].line;
    if (same) {
        m_plan = plan;
        m_rows = rows;
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_plan = plan;
    m_rows = rows;
    endResetModel();
}

void TransferLineModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const Plan::PlanLine &TransferLineModel::line(int row) const
{
    return m_plan->lines[std::size_t(m_rows.at(row))];
}

int TransferLineModel::rowOf(int lineNumber) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (line(r).line == lineNumber)
            return r;
    return -1;
}

int TransferLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan::PlanLine &l = line(index.row());
    if (role == LineRole)
        return l.line;
    if (role == StatusRole)
        return int(l.status);
    const int column = index.column();
    if (column == Quantity)
        return quantityData(l, role);
    if (column == Status)
        return statusData(l, role);
    if (role == Qt::TextAlignmentRole)
        return column == Line || (column >= Quantity && column <= Cost)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ToolTipRole && column == Why)
        return PlanExplanation::summary(l);
    if (role != Qt::DisplayRole && role != kPlanSortRole)
        return {};
    const bool sort = role == kPlanSortRole;
    switch (Column(column)) {
    case Line:
        return sort ? QVariant(l.line) : QVariant(QString::number(l.line));
    case Sku:
        return l.skuCode;
    case From:
        return l.fromCode;
    case To:
        return l.toCode;
    case Ship:
        return sort ? QVariant(l.shipDay) : QVariant(F::day(l.shipDay));
    case Arrival:
        return sort ? QVariant(l.arrivalDay) : QVariant(F::day(l.arrivalDay));
    case UnitCost:
        return sort ? sortNumber(l.unitCost) : QVariant(F::unitMoney(l.unitCost, m_currency));
    case Cost:
        return sort ? sortNumber(l.cost) : QVariant(F::money(l.cost, m_currency));
    case Why:
        return PlanExplanation::summary(l);
    default:
        break;
    }
    return {};
}

QVariant TransferLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Line:
        return tr("Line");
    case Sku:
        return tr("SKU");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Quantity:
        return tr("Quantity");
    case Ship:
        return tr("Ships");
    case Arrival:
        return tr("Arrives");
    case UnitCost:
        return tr("Unit cost");
    case Cost:
        return tr("Cost");
    case Status:
        return tr("Status");
    case Why:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags TransferLineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Quantity && m_editor
        && !frozen(line(index.row()).status))
        f |= Qt::ItemIsEditable;
    return f;
}

bool TransferLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Quantity || !m_editor)
        return false;
    double quantity = 0;
    if (!parseQuantity(value, &quantity))
        return false;
    // The editor stores it and the plan comes back through setPlan() (dataChanged).
    return m_editor(line(index.row()).line, quantity);
}

// --- PlanLineFilter

PlanLineFilter::PlanLineFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(kPlanSortRole);
}

void PlanLineFilter::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void PlanLineFilter::setStatus(int status)
{
    m_status = status;
    invalidateRowsFilter();
}

bool PlanLineFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_status >= 0
        && m->index(sourceRow, 0, sourceParent).data(TransferLineModel::StatusRole).toInt()
               != m_status)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int c : {TransferLineModel::Sku, TransferLineModel::From, TransferLineModel::To})
        if (m->index(sourceRow, c, sourceParent)
                .data()
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

// --- PurchaseOrderModel

QList<PurchaseOrderModel::Node> PurchaseOrderModel::build(const PlanPtr &plan) const
{
    QList<Node> nodes;
    if (!plan)
        return nodes;
    // supplier → order key → line indices, in the order of the codes and keys.
    QMap<QString, QMap<QString, QList<int>>> groups;
    for (std::size_t i = 0; i < plan->lines.size(); ++i) {
        const Plan::PlanLine &l = plan->lines[i];
        if (l.type != Plan::LineType::Purchase)
            continue;
        const QString key
            = l.group.isEmpty()
                  ? QStringLiteral("%1/%2/%3").arg(l.fromCode, l.toCode).arg(l.shipDay)
                  : l.group;
        groups[l.fromCode][key].append(int(i));
    }
    int supplierRow = 0;
    for (auto s = groups.cbegin(); s != groups.cend(); ++s) {
        const int supplier = int(nodes.size());
        Node sn;
        sn.level = SupplierLevel;
        sn.name = s.key();
        sn.row = supplierRow++;
        nodes.append(sn);
        for (auto o = s.value().cbegin(); o != s.value().cend(); ++o) {
            Node on;
            on.level = OrderLevel;
            on.parent = supplier;
            on.row = int(nodes[supplier].children.size());
            const int order = int(nodes.size());
            nodes[supplier].children.append(order);
            nodes.append(on);
            for (int i : o.value()) {
                Node ln;
                ln.level = LineLevel;
                ln.parent = order;
                ln.row = int(nodes[order].children.size());
                ln.lineIndex = i;
                nodes[order].children.append(int(nodes.size()));
                nodes.append(ln);
            }
            // The order's totals (rejected lines are not ordered) and its dates.
            Node &po = nodes[order];
            for (int child : std::as_const(po.children)) {
                const Plan::PlanLine &l = plan->lines[std::size_t(nodes[child].lineIndex)];
                if (po.lines == 0) {
                    po.destination = l.toCode;
                    po.orderDay = l.shipDay;
                    po.dueDay = l.arrivalDay;
                }
                po.orderDay = std::min(po.orderDay, l.shipDay);
                po.dueDay = std::max(po.dueDay, l.arrivalDay);
                ++po.lines;
                if (l.status != Plan::LineStatus::Rejected) {
                    po.units += l.quantity;
                    po.value += l.cost;
                }
            }
            po.name = QCoreApplication::translate("Stockshift::Ui::PlanModels", "Order for %1, %2")
                          .arg(po.destination, F::day(po.orderDay));
            Node &sup = nodes[supplier];
            ++sup.orders;
            sup.lines += po.lines;
            sup.units += po.units;
            sup.value += po.value;
        }
    }
    return nodes;
}

void PurchaseOrderModel::setPlan(const PlanPtr &plan)
{
    QList<Node> nodes = build(plan);
    // The same tree again: new figures in place.
    bool same = m_plan && plan && nodes.size() == m_nodes.size() && !nodes.isEmpty();
    for (int i = 0; same && i < nodes.size(); ++i)
        same = nodes[i].level == m_nodes[i].level && nodes[i].parent == m_nodes[i].parent
               && nodes[i].name == m_nodes[i].name
               && (nodes[i].lineIndex < 0
                   || plan->lines[std::size_t(nodes[i].lineIndex)].line
                          == m_plan->lines[std::size_t(m_nodes[i].lineIndex)].line);
    if (same) {
        m_plan = plan;
        m_nodes = std::move(nodes);
        emitAllChanged();
        return;
    }
    beginResetModel();
    m_plan = plan;
    m_nodes = std::move(nodes);
    m_suppliers.clear();
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].level == SupplierLevel)
            m_suppliers.append(i);
    endResetModel();
}

void PurchaseOrderModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    emitAllChanged();
}

void PurchaseOrderModel::emitAllChanged()
{
    const auto changed = [this](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows > 0)
            emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    };
    changed({});
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].level != LineLevel)
            changed(createIndex(m_nodes[i].row, 0, quintptr(i)));
}

const PurchaseOrderModel::Node *PurchaseOrderModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto i = qsizetype(index.internalId());
    return i >= 0 && i < m_nodes.size() ? &m_nodes[i] : nullptr;
}

QModelIndex PurchaseOrderModel::indexOfLine(int lineNumber) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].lineIndex >= 0
            && m_plan->lines[std::size_t(m_nodes[i].lineIndex)].line == lineNumber)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

const Plan::PlanLine *PurchaseOrderModel::line(const QModelIndex &index) const
{
    const Node *n = node(index);
    return n && n->lineIndex >= 0 ? &m_plan->lines[std::size_t(n->lineIndex)] : nullptr;
}

int PurchaseOrderModel::supplierCount() const
{
    return int(m_suppliers.size());
}

int PurchaseOrderModel::orderCount() const
{
    int n = 0;
    for (const Node &node : m_nodes)
        n += node.level == OrderLevel ? 1 : 0;
    return n;
}

QModelIndex PurchaseOrderModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_suppliers.size() ? createIndex(row, column, quintptr(m_suppliers[row]))
                                        : QModelIndex();
    if (parent.column() != 0)
        return {};
    const Node *p = node(parent);
    if (!p || row >= p->children.size())
        return {};
    return createIndex(row, column, quintptr(p->children[row]));
}

QModelIndex PurchaseOrderModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes[n->parent].row, 0, quintptr(n->parent));
}

int PurchaseOrderModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_suppliers.size());
    if (parent.column() != 0)
        return 0;
    const Node *n = node(parent);
    return n ? int(n->children.size()) : 0;
}

int PurchaseOrderModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PurchaseOrderModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = index.column();
    if (role == LevelRole)
        return int(n->level);
    if (n->level == LineLevel) {
        const Plan::PlanLine &l = m_plan->lines[std::size_t(n->lineIndex)];
        if (role == LineRole)
            return l.line;
        if (column == Quantity)
            return quantityData(l, role);
        if (column == Status)
            return statusData(l, role);
        if (role == Qt::TextAlignmentRole)
            return column == Quantity || column == UnitCost || column == Value
                       ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                       : QVariant();
        if (role == Qt::ToolTipRole && column == Why)
            return PlanExplanation::summary(l);
        if (role != Qt::DisplayRole && role != kPlanSortRole)
            return {};
        const bool sort = role == kPlanSortRole;
        switch (Column(column)) {
        case Name:
            return l.skuCode;
        case Destination:
            return l.toCode;
        case OrderDate:
            return sort ? QVariant(l.shipDay) : QVariant(F::day(l.shipDay));
        case Due:
            return sort ? QVariant(l.arrivalDay) : QVariant(F::day(l.arrivalDay));
        case UnitCost:
            return sort ? sortNumber(l.unitCost) : QVariant(F::unitMoney(l.unitCost, m_currency));
        case Value:
            return sort ? sortNumber(l.cost) : QVariant(F::money(l.cost, m_currency));
        case Why:
            return PlanExplanation::summary(l);
        default:
            return {};
        }
    }
    if (role == LineRole)
        return -1;
    if (role == Qt::FontRole && n->level == SupplierLevel) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole)
        return column == Quantity || column == Value ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                     : QVariant();
    if (role == Qt::ToolTipRole && column == Value)
        return tr("Value of the lines not rejected.");
    if (role != Qt::DisplayRole && role != kPlanSortRole)
        return {};
    const bool sort = role == kPlanSortRole;
    switch (Column(column)) {
    case Name:
        return n->name;
    case Destination:
        return n->level == OrderLevel
                   ? QVariant(n->destination)
                   : QVariant(tr("orders: %1").arg(QLocale().toString(n->orders)));
    case Quantity:
        return sort ? QVariant(n->units) : QVariant(F::units(n->units));
    case OrderDate:
        return n->level == OrderLevel
                   ? (sort ? QVariant(n->orderDay) : QVariant(F::day(n->orderDay)))
                   : QVariant();
    case Due:
        return n->level == OrderLevel ? (sort ? QVariant(n->dueDay) : QVariant(F::day(n->dueDay)))
                                      : QVariant();
    case Value:
        return sort ? QVariant(n->value) : QVariant(F::money(n->value, m_currency));
    case Status:
        return tr("lines: %1").arg(QLocale().toString(n->lines));
    default:
        return {};
    }
}

QVariant PurchaseOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Supplier / order / SKU");
    case Destination:
        return tr("For");
    case Quantity:
        return tr("Quantity");
    case OrderDate:
        return tr("Ordered");
    case Due:
        return tr("Due");
    case UnitCost:
        return tr("Unit cost");
    case Value:
        return tr("Value");
    case Status:
        return tr("Status");
    case Why:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags PurchaseOrderModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    const Plan::PlanLine *l = line(index);
    if (l && index.column() == Quantity && m_editor && !frozen(l->status))
        f |= Qt::ItemIsEditable;
    return f;
}

bool PurchaseOrderModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Plan::PlanLine *l = line(index);
    if (role != Qt::EditRole || !l || index.column() != Quantity || !m_editor)
        return false;
    double quantity = 0;
    if (!parseQuantity(value, &quantity))
        return false;
    return m_editor(l->line, quantity);
}

// --- ComparisonModel

void ComparisonModel::setComparison(const PlanComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

void ComparisonModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_comparison.rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_comparison.rows.size()) - 1, ColumnCount - 1));
}

QString ComparisonModel::rowLabel(const PlanComparison &comparison, const ComparisonRow &row)
{
    if (row.isPlan)
        return tr("Plan %1 · %2").arg(comparison.planId).arg(F::methodLabel(row.method));
    return F::methodLabel(row.method);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRow &r = m_comparison.rows.at(index.row());
    const Planning::Evaluation &e = r.evaluation;
    const int column = index.column();
    if (role == Qt::FontRole && r.isPlan) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole)
        return column == Method ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == Saving && std::isfinite(r.saving))
        return QBrush(r.saving >= 0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && column == Saving && !r.isPlan)
        return tr("How much less the plan costs in simulation than %1 (negative: more).")
            .arg(F::methodLabel(r.method));
    if (role != Qt::DisplayRole && role != kPlanSortRole)
        return {};
    const bool sort = role == kPlanSortRole;
    const auto cell = [sort](double v, const QString &text) {
        return sort ? sortNumber(v) : QVariant(text);
    };
    const auto money = [this](double v) {
        return F::money(v, m_currency);
    };
    switch (Column(column)) {
    case Method:
        return rowLabel(m_comparison, r);
    case Lines:
        return cell(r.lines, QLocale().toString(r.lines));
    case FillRate:
        return cell(e.fillRate, F::percent(e.fillRate, 1));
    case LostUnits:
        return cell(e.lostUnits, F::units(e.lostUnits));
    case Transport:
        return cell(e.transport, money(e.transport));
    case Fixed:
        return cell(e.fixed, money(e.fixed));
    case Ordering:
        return cell(e.ordering, money(e.ordering));
    case Holding:
        return cell(e.holding, money(e.holding));
    case LostMargin:
        return cell(e.lostMargin, money(e.lostMargin));
    case TotalCost:
        return cell(e.totalCost, std::isfinite(e.totalCostSd)
                                     ? tr("%1 ± %2").arg(money(e.totalCost), money(e.totalCostSd))
                                     : money(e.totalCost));
    case EndingUnits:
        return cell(e.endingUnits, F::units(e.endingUnits));
    case Saving:
        return cell(r.saving, r.isPlan ? QString() : F::percent(r.saving, 1));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case FillRate:
            return tr("Demand served from stock over demand, mean of the runs.");
        case TotalCost:
            return tr("Transport + fixed + ordering + holding + lost margin: the mean of the runs "
                      "± its standard deviation across them.");
        case EndingUnits:
            return tr("Stock left at the end of the horizon, units.");
        case Saving:
            return tr("The plan's saving against this method, in % of its total cost.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Method:
        return tr("Method");
    case Lines:
        return tr("Lines");
    case FillRate:
        return tr("Fill rate");
    case LostUnits:
        return tr("Lost units");
    case Transport:
        return tr("Transport");
    case Fixed:
        return tr("Fixed");
    case Ordering:
        return tr("Ordering");
    case Holding:
        return tr("Holding");
    case LostMargin:
        return tr("Lost margin");
    case TotalCost:
        return tr("Total cost ± sd");
    case EndingUnits:
        return tr("Ending stock");
    case Saving:
        return tr("Plan saves");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Stockshift::Ui
