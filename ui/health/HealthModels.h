// Ui::HealthModels — the table models of the Stock health area, all reading one frozen
// Health::HealthAnalysis (shared, immutable) so that a million rows cost no copies:
//
// - HealthRowModel: one row per SKU × location (status, segment, stock, policy figures, cover,
//   stockout date, expiry, value), and HealthRowFilter over it (search by code, status,
//   segment, location; sorting on the numbers, not the text);
// - LocationHealthModel: one row per location (score, status counts, value, turnover);
// - HealthAlertModel: the open alerts as stored (critical first), stock and forecast alerts.
//
// Roles: Qt::DisplayRole is formatted text (never "nan"/"inf"), SortRole the number or text to
// sort by, Qt::ToolTipRole the reason when a figure could not be computed.
// Money (stock value, annual demand value) is written in the company currency given with
// setCurrency() ("€12,345"; empty: plain numbers); the sort role stays the number. The location
// table, a row of figures side by side, names the currency in its column title ("Value (€)").
// GUI thread only.
#pragma once

#include "health/HealthAnalysis.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

#include <memory>

namespace Stockshift::Ui {

using HealthAnalysisPtr = std::shared_ptr<const Health::HealthAnalysis>;

/// The role the health models sort by (numbers as double, text as QString).
constexpr int kHealthSortRole = Qt::UserRole + 1;

class HealthRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Location,
        Sku,
        Status,
        Segment,
        Available,
        OnOrder,
        Position,
        DailyDemand,
        ReorderPoint,
        SafetyStock,
        OrderUpTo,
        SuggestedOrder,
        Cover,
        StockoutDate,
        Expiring,
        Value,
        Note,
        ColumnCount
    };
    enum Role {
        SnapshotRowRole = Qt::UserRole + 10, ///< int: index into snapshot.rows
        StatusRole,                          ///< int: Health::StockStatus
        SegmentRole,                         ///< QString "AX"
        LocationCodeRole,                    ///< QString
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setAnalysis(HealthAnalysisPtr analysis);
    const HealthAnalysisPtr &analysis() const { return m_analysis; }
    /// The company currency (ISO 4217) of the values; redraws the rows.
    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    HealthAnalysisPtr m_analysis;
    QString m_currency;
};

/// Filters HealthRowModel rows; every criterion left empty lets all rows through.
class HealthRowFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HealthRowFilter(QObject *parent = nullptr);

    /// Case-insensitive substring of the location code, SKU code or SKU name.
    void setSearchText(const QString &text);
    /// "A", "AX" (a class or a cell), or empty.
    void setSegment(const QString &segment);
    void setLocationCode(const QString &code);
    /// Statuses (Health::StockStatus as int) to show; empty = all.
    void setStatuses(const QSet<int> &statuses);
    void clearFilters();

    QString searchText() const { return m_search; }
    QString segment() const { return m_segment; }
    QString locationCode() const { return m_location; }
    QSet<int> statuses() const { return m_statuses; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search, m_segment, m_location;
    QSet<int> m_statuses;
};

class LocationHealthModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Score,
        Rows,
        OutOfStock,
        Critical,
        BelowReorderPoint,
        Expiring,
        Overstock,
        Healthy,
        StockValue,
        Turnover,
        DaysOfInventory,
        InStockRate,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setAnalysis(HealthAnalysisPtr analysis);
    /// The company currency (ISO 4217) of the stock values, named in their column's title.
    void setCurrency(const QString &currency);
    const Health::HealthGroup &group(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    HealthAnalysisPtr m_analysis;
    QString m_currency;
};

class HealthAlertModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Severity, Kind, Scope, Message, Action, Raised, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setAlerts(std::vector<Health::StoredAlert> alerts);
    const Health::StoredAlert &alert(int row) const { return m_alerts.at(std::size_t(row)); }
    int count(const QString &severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Health::StoredAlert> m_alerts;
};

} // namespace Stockshift::Ui
