// Ui::ExportModels — the item models of the Exports area:
//
// - OrderTableModel: the orders a plan's approved lines form (Export::planOrders): recorded ones
//   (exported, cancelled) and the new ones an export would create, one row each — number,
//   supplier or source, delivery location, order date, lines, value, status;
// - OrderLineModel: the lines of one order for the preview — position, SKU, description,
//   destination, quantity, unit price, amount, delivery, and whether a line is new.
//
// Roles: Qt::DisplayRole is formatted text (money in the company currency given with
// setCurrency(): "€1,234.50"), kExportSortRole the value to sort by. GUI thread only; the models
// hold plain values and never touch the database.
#pragma once

#include "export/OrderTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace Stockshift::Ui {

constexpr int kExportSortRole = Qt::UserRole + 1;

class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Party, DeliverTo, OrderDate, Lines, Value, Status, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setOrders(std::vector<Export::Order> orders);
    /// The company currency (ISO 4217) of the values.
    void setCurrency(const QString &currency);
    const std::vector<Export::Order> &orders() const { return m_orders; }
    const Export::Order &order(int row) const { return m_orders.at(std::size_t(row)); }
    /// The row of an order by its number (or of a new order by its supplier, location and
    /// day), −1 when absent: keeps the selection across reloads.
    int rowOf(const Export::Order &order) const;

    /// "new", "exported (rev. 2)", "exported + 1 new line", "cancelled", translated.
    static QString statusText(const Export::Order &order);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Export::Order> m_orders;
    QString m_currency;
};

class OrderLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Position,
        Sku,
        Description,
        Destination,
        Quantity,
        UnitPrice,
        Amount,
        Delivery,
        State,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setOrder(const Export::Order &order);
    void clear();
    /// The company currency (ISO 4217) of the prices and amounts.
    void setCurrency(const QString &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Export::OrderLine> m_lines;
    QString m_status;
    QString m_currency;
};

} // namespace Stockshift::Ui
