#include "health/HealthModels.h"

#include "common/Dates.h"

#include "common/Money.h"
#include "health/HealthFormat.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <cmath>
#include <limits>

namespace Stockshift::Ui {

namespace F = HealthFormat;
using Health::StockStatus;

namespace {

constexpr double kLow = -std::numeric_limits<double>::max();

const QColor kDim(0x8a, 0x93, 0x9c);
const QColor kProblem(0xb0, 0x00, 0x20);

// A numeric cell: formatted text, the number to sort by (figures that do not exist sort first),
// right-aligned.
QVariant numberCell(double v, int decimals, int role, const QString &why = {})
{
    switch (role) {
    case Qt::DisplayRole:
        return F::number(v, decimals);
    case kHealthSortRole:
        return std::isfinite(v) ? v : kLow;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return std::isfinite(v) || why.isEmpty() ? QVariant() : QVariant(why);
    case Qt::ForegroundRole:
        return std::isfinite(v) ? QVariant() : QVariant(QBrush(kDim));
    default:
        return {};
    }
}

// A money cell: a numberCell whose text is in `currency`.
QVariant moneyCell(double v, const QString &currency, int role, const QString &why = {})
{
    if (role == Qt::DisplayRole)
        return F::money(v, currency);
    return numberCell(v, 0, role, why);
}

} // namespace

// --- HealthRowModel

void HealthRowModel::setAnalysis(HealthAnalysisPtr analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    endResetModel();
}

void HealthRowModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int HealthRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_analysis ? 0 : int(m_analysis->snapshot.rows.size());
}

int HealthRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_analysis || index.row() >= rowCount()
        || index.column() >= ColumnCount)
        return {};
    const std::size_t i = std::size_t(index.row());
    const Health::HealthAnalysis &a = *m_analysis;
    const Inventory::InventoryRow &r = a.snapshot.rows[i];
    const Health::HealthRow &h = a.report.rows[i];
    const Policy::Recommendation &rec = a.report.recommendations[i];
    const Inventory::Segment &seg = a.report.segments[i];

    switch (role) {
    case SnapshotRowRole:
        return index.row();
    case StatusRole:
        return int(h.status);
    case SegmentRole:
        return F::segment(seg.abc, seg.xyz);
    case LocationCodeRole:
        return a.snapshot.location(r).code;
    default:
        break;
    }

    const QString problem = rec.problem;
    switch (index.column()) {
    case Location:
        if (role == Qt::DisplayRole || role == kHealthSortRole)
            return a.snapshot.location(r).code;
        if (role == Qt::ToolTipRole)
            return a.snapshot.location(r).name;
        return {};
    case Sku:
        if (role == Qt::DisplayRole || role == kHealthSortRole)
            return a.snapshot.sku(r).code;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(a.snapshot.sku(r).name, a.snapshot.sku(r).category);
        return {};
    case Status:
        if (role == Qt::DisplayRole)
            return Health::statusLabel(h.status);
        if (role == kHealthSortRole)
            return int(h.status);
        if (role == Qt::DecorationRole)
            return F::statusColor(h.status);
        return {};
    case Segment:
        if (role == Qt::DisplayRole || role == kHealthSortRole)
            return F::segment(seg.abc, seg.xyz);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::ToolTipRole)
            return tr("Annual demand value %1 (cumulative %2 of the network); weekly CV %3")
                .arg(F::money(seg.annualValue, m_currency), F::percent(seg.cumulativeShare),
                     F::number(seg.cv, 2));
        return {};
    case Available:
        return numberCell(h.available, 0, role);
    case OnOrder:
        if (role == Qt::ToolTipRole)
            return tr("%1 on purchase orders, %2 in transit")
                .arg(F::number(h.onOrder), F::number(h.inTransit));
        return numberCell(h.onOrder + h.inTransit, 0, role);
    case Position:
        return numberCell(rec.inventoryPosition, 0, role);
    case DailyDemand:
        return numberCell(h.dailyDemand, 2, role);
    case ReorderPoint:
        return numberCell(rec.reorderPoint, 0, role, problem);
    case SafetyStock:
        return numberCell(rec.safetyStock, 0, role, problem);
    case OrderUpTo:
        return numberCell(rec.orderUpTo, 0, role, problem);
    case SuggestedOrder:
        if (role == Qt::ForegroundRole && !(rec.suggestedOrder > 0))
            return QBrush(kDim);
        if (role == Qt::FontRole && rec.suggestedOrder > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole && !rec.orderNote.isEmpty())
            return rec.orderNote;
        return numberCell(rec.suggestedOrder, 0, role);
    case Cover:
        switch (role) {
        case Qt::DisplayRole:
            return F::cover(h.daysOfCover, h.dailyDemand);
        case kHealthSortRole:
            // No demand sorts after the capped "> 999".
            return h.dailyDemand > 0 ? h.daysOfCover : Health::kMaxCoverDays + 1;
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return tr("Days until the projected stockout of stock and inbound under the "
                      "forecast; expiring stock is not cover.");
        default:
            return {};
        }
    case StockoutDate:
        switch (role) {
        case Qt::DisplayRole:
            return F::day(h.stockoutDay);
        case kHealthSortRole:
            return h.stockoutDay;
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return h.stockoutDay == Inventory::kNoExpiry
                       ? tr("No stockout projected within the %1-day horizon.")
                             .arg(a.snapshot.horizonDays)
                       : tr("%1 units of demand go unmet over the horizon without new orders.")
                             .arg(F::number(h.projectedUnmet));
        default:
            return {};
        }
    case Expiring:
        if (role == Qt::ToolTipRole && h.expiringUnits > 0)
            return tr("%1 units in lots expiring by %2 (within %3 days); %4 of them expire "
                      "unsold (value %5)")
                .arg(F::number(h.expiringUnits), F::day(h.firstExpiryDay))
                .arg(a.settings.expiryWarningDays)
                .arg(F::number(h.expiringUnsold), F::money(h.expiringValue, m_currency, 2));
        if (role == Qt::ForegroundRole && h.expiringUnsold > 0)
            return QBrush(F::statusColor(StockStatus::Expiring));
        return numberCell(h.expiringUnits, 0, role);
    case Value:
        if (!h.costKnown) {
            if (role == Qt::ToolTipRole)
                return tr("The unit cost is unknown.");
            return numberCell(std::nan(""), 0, role);
        }
        return moneyCell(h.stockValue, m_currency, role);
    case Note: {
        QString note = problem;
        if (note.isEmpty())
            note = rec.orderNote;
        if (note.isEmpty() && !rec.eoqProblem.isEmpty())
            note = tr("EOQ: %1").arg(rec.eoqProblem);
        if (role == Qt::DisplayRole || role == kHealthSortRole || role == Qt::ToolTipRole)
            return note;
        if (role == Qt::ForegroundRole && !problem.isEmpty())
            return QBrush(kProblem);
        return {};
    }
    default:
        return {};
    }
}

QVariant HealthRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        static const char *const labels[]
            = {QT_TR_NOOP("Location"),  QT_TR_NOOP("SKU"),         QT_TR_NOOP("Status"),
               QT_TR_NOOP("Segment"),   QT_TR_NOOP("Available"),   QT_TR_NOOP("On order"),
               QT_TR_NOOP("Position"),  QT_TR_NOOP("Demand/day"),  QT_TR_NOOP("ROP"),
               QT_TR_NOOP("SS"),        QT_TR_NOOP("Order-up-to"), QT_TR_NOOP("Suggested"),
               QT_TR_NOOP("Cover (d)"), QT_TR_NOOP("Stockout"),    QT_TR_NOOP("Expiring"),
               QT_TR_NOOP("Value"),     QT_TR_NOOP("Note")};
        return tr(labels[section]);
    }
    if (role == Qt::ToolTipRole) {
        static const char *const tips[]
            = {QT_TR_NOOP("Location code"),
               QT_TR_NOOP("SKU code"),
               QT_TR_NOOP("Stock status (the first that applies: out of stock, critical, below "
                          "reorder point, expiring, overstock, healthy)"),
               QT_TR_NOOP("ABC by annual demand value × XYZ by weekly demand variability"),
               QT_TR_NOOP("Units available: lots net of reservations"),
               QT_TR_NOOP("Open purchase orders and transfers in transit"),
               QT_TR_NOOP("Inventory position: sellable stock + on order − units expiring unsold "
                          "within the protection interval"),
               QT_TR_NOOP("Mean forecast demand per day over the horizon"),
               QT_TR_NOOP("Reorder point s = demand over the protection interval + safety stock"),
               QT_TR_NOOP("Safety stock"),
               QT_TR_NOOP("Order-up-to level S"),
               QT_TR_NOOP("Suggested order after MOQ, order multiple and shelf-life cap"),
               QT_TR_NOOP("Days of cover of stock and inbound (expiring stock excluded)"),
               QT_TR_NOOP("Projected stockout date without new orders"),
               QT_TR_NOOP("Units in lots expiring within the warning window"),
               QT_TR_NOOP("Stock on hand at cost"),
               QT_TR_NOOP("Why a figure could not be computed, or a note on the order")};
        return tr(tips[section]);
    }
    return {};
}

// --- HealthRowFilter

HealthRowFilter::HealthRowFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(kHealthSortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void HealthRowFilter::setSearchText(const QString &text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void HealthRowFilter::setSegment(const QString &segment)
{
    if (segment == m_segment)
        return;
    m_segment = segment;
    invalidateRowsFilter();
}

void HealthRowFilter::setLocationCode(const QString &code)
{
    if (code == m_location)
        return;
    m_location = code;
    invalidateRowsFilter();
}

void HealthRowFilter::setStatuses(const QSet<int> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateRowsFilter();
}

void HealthRowFilter::clearFilters()
{
    if (!isFiltering())
        return;
    m_search.clear();
    m_segment.clear();
    m_location.clear();
    m_statuses.clear();
    invalidateRowsFilter();
}

bool HealthRowFilter::isFiltering() const
{
    return !m_search.isEmpty() || !m_segment.isEmpty() || !m_location.isEmpty()
           || !m_statuses.isEmpty();
}

bool HealthRowFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    // Read the frozen analysis directly: no QVariant or string is made per row, which keeps
    // filtering a million rows interactive.
    const auto *model = qobject_cast<const HealthRowModel *>(sourceModel());
    if (!model || !model->analysis())
        return true;
    const Health::HealthAnalysis &a = *model->analysis();
    const std::size_t i = std::size_t(sourceRow);
    if (i >= a.snapshot.rows.size())
        return false;
    const Inventory::InventoryRow &r = a.snapshot.rows[i];
    if (!m_statuses.isEmpty() && !m_statuses.contains(int(a.report.rows[i].status)))
        return false;
    if (!m_segment.isEmpty()) {
        const Inventory::Segment &seg = a.report.segments[i];
        if (QChar::fromLatin1(seg.abc) != m_segment[0])
            return false;
        if (m_segment.size() > 1 && QChar::fromLatin1(seg.xyz) != m_segment[1])
            return false;
    }
    if (!m_location.isEmpty() && a.snapshot.location(r).code != m_location)
        return false;
    if (!m_search.isEmpty()) {
        const Inventory::SkuInfo &sku = a.snapshot.sku(r);
        if (!sku.code.contains(m_search, Qt::CaseInsensitive)
            && !a.snapshot.location(r).code.contains(m_search, Qt::CaseInsensitive)
            && !sku.name.contains(m_search, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

// --- LocationHealthModel

void LocationHealthModel::setAnalysis(HealthAnalysisPtr analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    endResetModel();
}

void LocationHealthModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    emit headerDataChanged(Qt::Horizontal, StockValue, StockValue);
}

const Health::HealthGroup &LocationHealthModel::group(int row) const
{
    return m_analysis->report.locations.at(std::size_t(row));
}

int LocationHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_analysis ? 0 : int(m_analysis->report.locations.size());
}

int LocationHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocationHealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Health::HealthGroup &g = group(index.row());
    const auto count = [&](StockStatus s) {
        const int n = g.statusCounts[std::size_t(s)];
        if (role == Qt::ForegroundRole && n > 0 && s != StockStatus::Healthy)
            return QVariant(QBrush(F::statusColor(s)));
        return numberCell(n, 0, role);
    };
    switch (index.column()) {
    case Code:
        if (role == Qt::ToolTipRole)
            return g.label;
        return role == Qt::DisplayRole || role == kHealthSortRole ? QVariant(g.key) : QVariant();
    case Name:
        return role == Qt::DisplayRole || role == kHealthSortRole ? QVariant(g.label) : QVariant();
    case Score:
        if (role == Qt::BackgroundRole) {
            QColor c = F::scoreColor(g.score);
            c.setAlpha(70);
            return QBrush(c);
        }
        if (role == Qt::ToolTipRole) {
            QStringList parts;
            for (const auto &p : g.parts)
                parts.append(p.used
                                 ? tr("%1: %2 (target %3) → %4 points × %5")
                                       .arg(p.name, F::number(p.actual, 3), F::number(p.target, 2),
                                            F::number(p.points), F::percent(p.weight, 0))
                                 : tr("%1: not measured").arg(p.name));
            return parts.join(QLatin1Char('\n'));
        }
        return numberCell(g.score, 1, role);
    case Rows:
        return numberCell(g.rows, 0, role);
    case OutOfStock:
        return count(StockStatus::OutOfStock);
    case Critical:
        return count(StockStatus::Critical);
    case BelowReorderPoint:
        return count(StockStatus::BelowReorderPoint);
    case Expiring:
        return count(StockStatus::Expiring);
    case Overstock:
        return count(StockStatus::Overstock);
    case Healthy:
        return count(StockStatus::Healthy);
    case StockValue:
        // A table of figures side by side: the currency is in the column's title.
        return numberCell(g.stockValue, 0, role);
    case Turnover:
        return numberCell(g.turnover, 1, role);
    case DaysOfInventory:
        if (role == Qt::DisplayRole && g.daysOfInventory >= Health::kMaxCoverDays)
            return tr("> 999");
        return numberCell(g.daysOfInventory, 0, role);
    case InStockRate:
        if (role == Qt::DisplayRole)
            return F::percent(g.inStockRate);
        return numberCell(g.inStockRate, 3, role);
    default:
        return {};
    }
}

QVariant LocationHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    static const char *const labels[] = {
        QT_TR_NOOP("Location"), QT_TR_NOOP("Name"),     QT_TR_NOOP("Score"), QT_TR_NOOP("Rows"),
        QT_TR_NOOP("Out"),      QT_TR_NOOP("Critical"), QT_TR_NOOP("Low"),   QT_TR_NOOP("Expiring"),
        QT_TR_NOOP("Over"),     QT_TR_NOOP("Healthy"),  QT_TR_NOOP("Value"), QT_TR_NOOP("Turns"),
        QT_TR_NOOP("DOI"),      QT_TR_NOOP("In stock")};
    static const char *const tips[]
        = {QT_TR_NOOP("Location code"),
           QT_TR_NOOP("Location name"),
           QT_TR_NOOP("Stock-health score out of 100 (hover a score for its parts)"),
           QT_TR_NOOP("SKU × location rows"),
           QT_TR_NOOP("Out of stock"),
           QT_TR_NOOP("Critical: runs out before an order placed today can arrive"),
           QT_TR_NOOP("Below the reorder point"),
           QT_TR_NOOP("Units expire unsold within the warning window"),
           QT_TR_NOOP("Overstock: cover above the threshold, or no sale for the dead-stock days"),
           QT_TR_NOOP("Healthy"),
           QT_TR_NOOP("Stock on hand at cost"),
           QT_TR_NOOP("Turnover: cost of goods sold a year / stock value"),
           QT_TR_NOOP("Days of inventory: stock value / daily cost of goods sold"),
           QT_TR_NOOP("In-stock rate over the last year, weighted by demand")};
    if (section == StockValue && role == Qt::DisplayRole)
        return Money::withSymbol(tr(labels[section]), m_currency);
    return tr(role == Qt::ToolTipRole ? tips[section] : labels[section]);
}

// --- HealthAlertModel

void HealthAlertModel::setAlerts(std::vector<Health::StoredAlert> alerts)
{
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

int HealthAlertModel::count(const QString &severity) const
{
    int n = 0;
    for (const Health::StoredAlert &a : m_alerts)
        n += a.severity == severity ? 1 : 0;
    return n;
}

int HealthAlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int HealthAlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthAlertModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Health::StoredAlert &a = m_alerts[std::size_t(index.row())];
    const QColor color = a.severity == QLatin1String("critical")  ? QColor(0xc6, 0x28, 0x28)
                         : a.severity == QLatin1String("warning") ? QColor(0xd9, 0x82, 0x1e)
                                                                  : QColor(0x1e, 0x78, 0xc8);
    if (role == Qt::ToolTipRole)
        return tr("%1\nSuggested: %2").arg(a.message, a.action);
    switch (index.column()) {
    case Severity:
        if (role == Qt::DisplayRole)
            return a.severity == QLatin1String("critical")  ? tr("critical")
                   : a.severity == QLatin1String("warning") ? tr("warning")
                                                            : tr("info");
        if (role == kHealthSortRole)
            return a.severity == QLatin1String("critical")  ? 0
                   : a.severity == QLatin1String("warning") ? 1
                                                            : 2;
        if (role == Qt::DecorationRole)
            return color;
        if (role == Qt::ForegroundRole)
            return QBrush(color);
        return {};
    case Kind:
        return role == Qt::DisplayRole || role == kHealthSortRole ? QVariant(a.kind) : QVariant();
    case Scope:
        return role == Qt::DisplayRole || role == kHealthSortRole ? QVariant(a.scope) : QVariant();
    case Message:
        return role == Qt::DisplayRole || role == kHealthSortRole ? QVariant(a.message)
                                                                  : QVariant();
    case Action:
        return role == Qt::DisplayRole || role == kHealthSortRole ? QVariant(a.action) : QVariant();
    case Raised:
        if (role == Qt::DisplayRole)
            return Dates::time(a.createdAt);
        if (role == kHealthSortRole)
            return a.createdAt;
        return {};
    default:
        return {};
    }
}

QVariant HealthAlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount
        || role != Qt::DisplayRole)
        return {};
    static const char *const labels[] = {QT_TR_NOOP("Severity"),
                                         QT_TR_NOOP("Kind"),
                                         QT_TR_NOOP("Where"),
                                         QT_TR_NOOP("Message"),
                                         QT_TR_NOOP("Suggested action"),
                                         QT_TR_NOOP("Raised")};
    return tr(labels[section]);
}

} // namespace Stockshift::Ui
