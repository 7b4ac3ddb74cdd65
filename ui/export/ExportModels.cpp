#include "export/ExportModels.h"

#include "common/Dates.h"
#include "common/Days.h"
#include "common/Money.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Stockshift::Ui {

namespace {

QString quantity(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 2);
}

} // namespace

void OrderTableModel::setOrders(std::vector<Export::Order> orders)
{
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

void OrderTableModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_orders.empty())
        emit dataChanged(index(0, Value), index(int(m_orders.size()) - 1, Value));
}

int OrderTableModel::rowOf(const Export::Order &order) const
{
    for (std::size_t i = 0; i < m_orders.size(); ++i) {
        const Export::Order &o = m_orders[i];
        const bool same = !order.number.isEmpty() ? o.number == order.number
                                                  : o.supplierId == order.supplierId
                                                        && o.fromLocationId == order.fromLocationId
                                                        && o.toLocationId == order.toLocationId
                                                        && o.orderDay == order.orderDay;
        if (same)
            return int(i);
    }
    return -1;
}

QString OrderTableModel::statusText(const Export::Order &o)
{
    if (o.status == QLatin1String("new"))
        return tr("ready to export");
    if (o.status == QLatin1String("cancelled"))
        return tr("cancelled");
    QString text = o.revision > 0 ? tr("exported (revision %1)").arg(o.revision) : tr("exported");
    if (o.newLines() > 0)
        text += tr(" + %1 approved line(s): export a revision").arg(o.newLines());
    return text;
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Export::Order &o = m_orders[std::size_t(index.row())];
    const bool purchase = o.kind == Export::OrderKind::Purchase;
    if (role == Qt::DisplayRole || role == kExportSortRole) {
        const bool sort = role == kExportSortRole;
        switch (index.column()) {
        case Number:
            return o.number.isEmpty() ? tr("(new)") : o.documentNumber();
        case Party:
            return purchase ? QStringLiteral("%1 %2").arg(o.supplierCode, o.supplierName)
                            : QStringLiteral("%1 %2").arg(o.fromCode, o.fromName);
        case DeliverTo:
            return purchase ? QStringLiteral("%1 %2").arg(o.toCode, o.toName) : tr("(per line)");
        case OrderDate:
            return sort ? QVariant(o.orderDay) : QVariant(Dates::day(o.orderDay));
        case Lines:
            return int(o.lines.size());
        case Value:
            return sort ? QVariant(o.totalValue())
                        : QVariant(Money::format(o.totalValue(), m_currency));
        case Status:
            return statusText(o);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Lines || index.column() == Value))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (o.status == QLatin1String("cancelled"))
            return QBrush(QColor(0x9e, 0x9e, 0x9e));
        if (o.status == QLatin1String("exported") && o.newLines() > 0)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (o.status == QLatin1String("exported"))
            return QBrush(QColor(0x2e, 0x7d, 0x32));
    }
    if (role == Qt::ToolTipRole && o.status == QLatin1String("cancelled"))
        return tr("Cancelled %1: %2").arg(o.cancelledAt, o.cancelReason);
    return {};
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Order");
    case Party:
        return tr("Supplier / source");
    case DeliverTo:
        return tr("Deliver to");
    case OrderDate:
        return tr("Order date");
    case Lines:
        return tr("Lines");
    case Value:
        return tr("Value");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void OrderLineModel::setOrder(const Export::Order &order)
{
    beginResetModel();
    m_lines = order.lines;
    m_status = order.status;
    endResetModel();
}

void OrderLineModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_status.clear();
    endResetModel();
}

void OrderLineModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_lines.empty())
        emit dataChanged(index(0, UnitPrice), index(int(m_lines.size()) - 1, Amount));
}

int OrderLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OrderLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Export::OrderLine &l = m_lines[std::size_t(index.row())];
    if (role == Qt::DisplayRole || role == kExportSortRole) {
        const bool sort = role == kExportSortRole;
        switch (index.column()) {
        case Position:
            return l.position;
        case Sku:
            return l.skuCode;
        case Description:
            return l.supplierSku.isEmpty() ? l.skuName
                                           : tr("%1 (supplier: %2)").arg(l.skuName, l.supplierSku);
        case Destination:
            return QStringLiteral("%1 %2").arg(l.toCode, l.toName).trimmed();
        case Quantity:
            return sort ? QVariant(l.quantity) : QVariant(quantity(l.quantity));
        case UnitPrice:
            return sort ? QVariant(l.unitPrice) : QVariant(Money::format(l.unitPrice, m_currency));
        case Amount:
            return sort ? QVariant(l.value()) : QVariant(Money::format(l.value(), m_currency));
        case Delivery:
            return sort ? QVariant(l.arrivalDay) : QVariant(Dates::day(l.arrivalDay));
        case State:
            if (m_status == QLatin1String("cancelled"))
                return tr("cancelled");
            return l.recorded ? tr("exported") : tr("approved, to export");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == Position || index.column() == Quantity || index.column() == UnitPrice
            || index.column() == Amount))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OrderLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position:
        return tr("Pos.");
    case Sku:
        return tr("SKU");
    case Description:
        return tr("Description");
    case Destination:
        return tr("Destination");
    case Quantity:
        return tr("Quantity");
    case UnitPrice:
        return tr("Unit price");
    case Amount:
        return tr("Amount");
    case Delivery:
        return tr("Delivery");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace Stockshift::Ui
