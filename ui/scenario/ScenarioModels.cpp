#include "scenario/ScenarioModels.h"

#include "common/Dates.h"

#include "plan/PlanFormat.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Stockshift::Ui {

namespace F = PlanFormat;
using Scenarios::Metric;

namespace {

QString when(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).isValid() ? Dates::time(iso) : F::dash();
}

} // namespace

// --- ScenarioListModel ---

ScenarioListModel::ScenarioListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ScenarioListModel::setScenarios(const QList<Scenarios::ScenarioInfo> &scenarios)
{
    beginResetModel();
    m_rows = scenarios;
    endResetModel();
}

void ScenarioListModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CostColumn), index(int(m_rows.size()) - 1, CostColumn));
}

int ScenarioListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

qint64 ScenarioListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : -1;
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScenarioListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Scenarios::ScenarioInfo &s = m_rows[index.row()];
    const bool ran = s.status == QLatin1String("run");
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case StatusColumn:
            return ran ? tr("run") : tr("draft");
        case EditsColumn:
            return QLocale().toString(s.edits);
        case CostColumn:
            return ran ? F::money(s.kpis.totalCost, m_currency) : F::dash();
        case FillRateColumn:
            return ran ? F::percent(s.kpis.fillRate) : F::dash();
        case RanColumn:
            return ran ? when(s.ranAt) : F::dash();
        }
    } else if (role == Qt::UserRole) {
        switch (index.column()) {
        case NameColumn:
            return s.id;
        case EditsColumn:
            return s.edits;
        case CostColumn:
            return s.kpis.totalCost;
        case FillRateColumn:
            return s.kpis.fillRate;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::ToolTipRole && index.column() == NameColumn) {
        QString tip = s.description.isEmpty() ? s.name : s.name + QLatin1Char('\n') + s.description;
        if (!s.parentName.isEmpty())
            tip += QLatin1Char('\n') + tr("Cloned from %1").arg(s.parentName);
        return tip;
    } else if (role == Qt::TextAlignmentRole && index.column() >= EditsColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole && index.column() == StatusColumn && !ran) {
        return QBrush(QColor(0x80, 0x80, 0x80));
    }
    return {};
}

QVariant ScenarioListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Scenario");
    case StatusColumn:
        return tr("Status");
    case EditsColumn:
        return tr("Edits");
    case CostColumn:
        return tr("Total cost");
    case FillRateColumn:
        return tr("Fill rate");
    case RanColumn:
        return tr("Run");
    }
    return {};
}

// --- EditListModel ---

EditListModel::EditListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EditListModel::setEdits(const std::vector<Scenarios::WhatIfEdit> &edits)
{
    beginResetModel();
    m_edits = edits;
    endResetModel();
}

QString EditListModel::kindLabel(Scenarios::EditKind kind)
{
    switch (kind) {
    case Scenarios::EditKind::DemandFactor:
        return tr("Demand");
    case Scenarios::EditKind::CloseLane:
        return tr("Lane closed");
    case Scenarios::EditKind::LeadTimePlus:
        return tr("Lead time");
    case Scenarios::EditKind::BudgetFactor:
        return tr("Budget");
    case Scenarios::EditKind::NewSite:
        return tr("New site");
    }
    return {};
}

int EditListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_edits.size());
}

int EditListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EditListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_edits.size())
        return {};
    const Scenarios::WhatIfEdit &e = m_edits[std::size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == KindColumn ? kindLabel(e.kind) : Scenarios::describeEdit(e);
    if (role == Qt::UserRole)
        return int(e.kind);
    return {};
}

QVariant EditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == KindColumn ? tr("Kind") : tr("Change");
}

// --- ScenarioComparisonModel ---

ScenarioComparisonModel::ScenarioComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ScenarioComparisonModel::setComparison(const Scenarios::Comparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

void ScenarioComparisonModel::clear()
{
    setComparison({});
}

void ScenarioComparisonModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString ScenarioComparisonModel::format(Metric metric, double value, const QString &currency)
{
    switch (metric) {
    case Metric::FillRate:
        return F::percent(value);
    case Metric::DaysOfInventory:
    case Metric::HealthScore:
        return QLocale().toString(value, 'f', 1);
    case Metric::ExpiringUnits:
    case Metric::LostUnits:
    case Metric::Transfers:
    case Metric::PurchaseOrders:
        return F::units(value);
    default:
        return F::money(value, currency);
    }
}

QString ScenarioComparisonModel::formatDelta(Metric metric, double delta, const QString &currency)
{
    const QString sign = delta > 0   ? QStringLiteral("+")
                         : delta < 0 ? QStringLiteral("−")
                                     : QString();
    if (metric == Metric::FillRate)
        return tr("%1%2 pts").arg(sign, QLocale().toString(std::abs(100.0 * delta), 'f', 1));
    return sign + format(metric, std::abs(delta), currency);
}

int ScenarioComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_comparison.kpis.empty() ? 0 : Scenarios::kMetricCount;
}

int ScenarioComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.kpis.size());
}

QVariant ScenarioComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Metric metric = Metric(index.row());
    const double v = m_comparison.value(index.column(), metric);
    const double d = m_comparison.delta(index.column(), metric);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0 || std::abs(d) < 1e-9)
            return format(metric, v, m_currency);
        return QStringLiteral("%1  (%2)")
            .arg(format(metric, v, m_currency), formatDelta(metric, d, m_currency));
    case Qt::UserRole:
        return v;
    case Qt::UserRole + 1:
        return d;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        if (index.column() == 0 || std::abs(d) < 1e-9)
            return {};
        const bool better = Scenarios::higherIsBetter(metric) ? d > 0 : d < 0;
        // Transfers and orders are neither better nor worse by themselves.
        if (metric == Metric::Transfers || metric == Metric::PurchaseOrders
            || metric == Metric::PurchaseValue)
            return {};
        return QBrush(better ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x2a, 0x2a));
    }
    case Qt::ToolTipRole:
        return index.column() == 0
                   ? tr("%1 of the reference scenario").arg(Scenarios::metricLabel(metric))
                   : tr("%1: %2 against %3")
                         .arg(Scenarios::metricLabel(metric), formatDelta(metric, d, m_currency),
                              m_comparison.names.value(0));
    }
    return {};
}

QVariant ScenarioComparisonModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section < Scenarios::kMetricCount ? Scenarios::metricLabel(Metric(section))
                                                 : QVariant();
    return m_comparison.names.value(section);
}

// --- SkuDiffModel ---

SkuDiffModel::SkuDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SkuDiffModel::setComparison(const Scenarios::Comparison &comparison)
{
    beginResetModel();
    m_names = comparison.names;
    m_rows = comparison.skus;
    endResetModel();
}

void SkuDiffModel::clear()
{
    setComparison({});
}

int SkuDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SkuDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_names.isEmpty() ? 0 : int(m_names.size()) + 2;
}

QVariant SkuDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_rows.size()
        || index.column() >= columnCount())
        return {};
    const Scenarios::SkuDiff &d = m_rows[std::size_t(index.row())];
    const int scenarios = int(m_names.size());
    if (index.column() == 0)
        return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(d.code) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool change = index.column() == scenarios + 1;
    const std::size_t s = std::size_t(index.column() - 1);
    const double v = change ? d.largestChange : d.transferUnits[s] + d.purchaseUnits[s];
    if (role == Qt::UserRole)
        return v;
    if (role == Qt::DisplayRole)
        return F::units(v);
    if (role == Qt::ToolTipRole && !change)
        return tr("Demand %1 · transfers %2 · purchases %3 (worth %4)")
            .arg(F::units(d.demand[s]), F::units(d.transferUnits[s]), F::units(d.purchaseUnits[s]),
                 F::money(d.purchaseValue[s], m_currency));
    return {};
}

QVariant SkuDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section > 0
        && section <= int(m_names.size()))
        return tr("Units %1 plans to move (transfers and purchases)").arg(m_names[section - 1]);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("SKU");
    if (section == int(m_names.size()) + 1)
        return tr("Largest change");
    return m_names.value(section - 1);
}

} // namespace Stockshift::Ui
