#include "tiers/TierModels.h"

#include "common/Money.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace Stockshift::Ui {

namespace {

const QColor kErrorTint(0xf8, 0xd7, 0xd5);
const QColor kWarningTint(0xfd, 0xf0, 0xc8);

QString number(double v, int decimals = 2)
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    // Whole numbers without decimals ("90", "1"), others with up to `decimals`.
    QString s = QLocale().toString(v, 'f', decimals);
    if (s.contains(QLocale().decimalPoint())) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLocale().decimalPoint()))
            s.chop(1);
    }
    return s;
}

QString percent(double share)
{
    return QLocale().toString(100.0 * share, 'f', 1) + QStringLiteral(" %");
}

} // namespace

// --- TierDefinitionModel ---

void TierDefinitionModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (rowCount() > 0)
        emit dataChanged(index(0, Incentive), index(rowCount() - 1, Incentive));
}

void TierDefinitionModel::setConfig(const Tiers::TierConfig &config,
                                    const std::vector<Tiers::Issue> &issues)
{
    const bool sameShape = config.tiers.size() == m_tiers.size();
    if (!sameShape)
        beginResetModel();
    m_tiers = config.tiers;
    m_mode = config.thresholdMode;
    m_issues = issues;
    if (!sameShape)
        endResetModel();
    else if (!m_tiers.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, Threshold, Threshold);
}

QString TierDefinitionModel::fieldOf(int column)
{
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case Threshold:
        return QStringLiteral("threshold");
    case Promise:
        return QStringLiteral("promiseDays");
    case Option:
        return QStringLiteral("option");
    case Reserve:
        return QStringLiteral("capacityReservePct");
    default:
        return {};
    }
}

int TierDefinitionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tiers.size());
}

int TierDefinitionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Tiers::Issue *TierDefinitionModel::issueAt(int row, int column) const
{
    const QString field = fieldOf(column);
    if (field.isEmpty())
        return nullptr;
    const QString &key = m_tiers[std::size_t(row)].key;
    const Tiers::Issue *found = nullptr;
    for (const Tiers::Issue &i : m_issues)
        if (i.tier == key && i.field == field && i.region.isEmpty()
            && (!found || (i.isError() && !found->isError())))
            found = &i;
    return found;
}

QVariant TierDefinitionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Tiers::TierDefinition &t = m_tiers[std::size_t(index.row())];
    const int c = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == kTierSortRole) {
        const bool display = role == Qt::DisplayRole;
        switch (c) {
        case Name:
            return t.name;
        case Threshold:
            if (t.overflow)
                return display ? tr("when at capacity") : QVariant();
            return display ? (m_mode == Tiers::ThresholdMode::Percentile
                                  ? tr("≥ P%1").arg(number(t.threshold))
                                  : tr("≥ %1").arg(number(t.threshold)))
                           : QVariant(t.threshold);
        case Promise:
            return display ? tr("%1 d").arg(number(t.promiseDays)) : QVariant(t.promiseDays);
        case Option:
            return display ? Tiers::optionLabel(t.option) : QVariant(Tiers::optionName(t.option));
        case Reserve:
            return display ? tr("%1 %").arg(number(t.capacityReservePct))
                           : QVariant(t.capacityReservePct);
        case Incentive:
            if (!t.overflow)
                return display ? QStringLiteral("—") : QVariant();
            return display ? Money::format(t.incentive, m_currency) : QVariant(t.incentive);
        default:
            return {};
        }
    }
    if (role == Qt::CheckStateRole) {
        if (c == Express)
            return t.allowExpress ? Qt::Checked : Qt::Unchecked;
        if (c == Consolidate)
            return t.consolidate ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::BackgroundRole || role == Qt::ToolTipRole) {
        const Tiers::Issue *issue = issueAt(index.row(), c);
        if (!issue) {
            if (role == Qt::ToolTipRole && c == Threshold && !t.overflow)
                return m_mode == Tiers::ThresholdMode::Percentile
                           ? tr("Customers whose CLTV is at or above this percentile (0–100)")
                           : tr("Customers whose CLTV is at least this score");
            return {};
        }
        if (role == Qt::ToolTipRole)
            return issue->message;
        return QBrush(issue->isError() ? kErrorTint : kWarningTint);
    }
    if (role == Qt::TextAlignmentRole && c != Name && c != Option)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool TierDefinitionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !m_editor || !(flags(index) & Qt::ItemIsEnabled))
        return false;
    if (role == Qt::CheckStateRole && (index.column() == Express || index.column() == Consolidate))
        return m_editor(index.row(), index.column(),
                        value.toInt() == Qt::Checked ? QVariant(true) : QVariant(false));
    if (role != Qt::EditRole)
        return false;
    return m_editor(index.row(), index.column(), value);
}

Qt::ItemFlags TierDefinitionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Tiers::TierDefinition &t = m_tiers[std::size_t(index.row())];
    switch (index.column()) {
    case Express:
    case Consolidate:
        return f | Qt::ItemIsUserCheckable;
    case Threshold:
        return t.overflow ? f : f | Qt::ItemIsEditable;
    case Incentive:
        return t.overflow ? f | Qt::ItemIsEditable : f;
    default:
        return f | Qt::ItemIsEditable;
    }
}

QVariant TierDefinitionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Tier");
    case Threshold:
        return m_mode == Tiers::ThresholdMode::Percentile ? tr("CLTV percentile")
                                                          : tr("CLTV score");
    case Promise:
        return tr("Promise");
    case Option:
        return tr("Option");
    case Reserve:
        return tr("Reserve");
    case Express:
        return tr("Express");
    case Consolidate:
        return tr("Consolidate");
    case Incentive:
        return tr("Incentive");
    default:
        return {};
    }
}

// --- TierAssignmentModel ---

void TierAssignmentModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Cost), index(int(m_rows.size()) - 1, Cost));
}

void TierAssignmentModel::setAssignments(const Tiers::TierConfig &config, int tier,
                                         const QStringList &regions,
                                         const std::vector<Tiers::Issue> &issues)
{
    beginResetModel();
    m_rows.clear();
    m_tierKey = tier >= 0 && tier < int(config.tiers.size()) ? config.tiers[std::size_t(tier)].key
                                                             : QString();
    if (!m_tierKey.isEmpty()) {
        for (const QString &region : regions) {
            Row r;
            r.region = region;
            if (const Tiers::Assignment *a = config.assignment(region, m_tierKey))
                r.assignment = *a;
            r.promise = config.promiseFor(region, tier);
            for (const Tiers::Issue &i : issues)
                if (i.tier == m_tierKey && i.region == region) {
                    r.status = i.message;
                    r.error = i.isError();
                    r.warning = !i.isError();
                    if (r.error)
                        break;
                }
            if (r.status.isEmpty())
                r.status = r.assignment ? tr("OK: %1 d within the %2 d promise")
                                              .arg(number(r.assignment->days), number(r.promise))
                                        : tr("Not served");
            m_rows.append(r);
        }
    }
    endResetModel();
}

int TierAssignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TierAssignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TierAssignmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = m_rows.at(index.row());
    const Tiers::Assignment *a = r.assignment ? &*r.assignment : nullptr;
    if (role == Qt::DisplayRole || role == kTierSortRole) {
        switch (index.column()) {
        case Region:
            return r.region;
        case Primary:
            return a ? a->chain.value(0) : QStringLiteral("—");
        case Fallbacks:
            return a && a->chain.size() > 1 ? a->chain.mid(1).join(QStringLiteral(" → "))
                                            : QStringLiteral("—");
        case Route:
            if (!a)
                return QStringLiteral("—");
            return a->via.isEmpty() ? tr("direct") : tr("%1 lane via %2").arg(a->mode, a->via);
        case Days:
            if (role == kTierSortRole)
                return a ? a->days : -1.0;
            return a ? tr("%1 d of %2 d").arg(number(a->days), number(r.promise))
                     : QStringLiteral("—");
        case Cost:
            if (role == kTierSortRole)
                return a ? a->costPerUnit : -1.0;
            return a ? Money::format(a->costPerUnit, m_currency) : QStringLiteral("—");
        case Status:
            return r.status;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Status)
        return r.status;
    if (role == Qt::BackgroundRole && (r.error || r.warning))
        return QBrush(r.error ? kErrorTint : kWarningTint);
    if (role == Qt::TextAlignmentRole && (index.column() == Days || index.column() == Cost))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TierAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Region:
        return tr("Region");
    case Primary:
        return tr("Serves from");
    case Fallbacks:
        return tr("Fallbacks at capacity");
    case Route:
        return tr("Route");
    case Days:
        return tr("Delivery");
    case Cost:
        return tr("Cost / unit");
    case Status:
        return tr("Check");
    default:
        return {};
    }
}

// --- SimulationResultModel ---

void SimulationResultModel::setReport(const Routing::SimulationReport &report)
{
    beginResetModel();
    m_rows.clear();
    for (const Routing::PolicyReport &p : report.policies) {
        for (const Routing::TierOutcome &t : p.tiers)
            if (t.orders > 0)
                m_rows.append({p.policy, t, false, p.maxUtilisation});
        m_rows.append({p.policy, p.total, true, p.maxUtilisation});
    }
    endResetModel();
}

void SimulationResultModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CostPerOrder), index(int(m_rows.size()) - 1, CostPerOrder));
}

void SimulationResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SimulationResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SimulationResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SimulationResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = m_rows.at(index.row());
    const Routing::TierOutcome &t = r.outcome;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Policy:
            return Routing::policyLabel(r.policy);
        case Tier:
            return t.tierName;
        case Orders:
            return QLocale().toString(t.orders);
        case Attainment:
            return percent(t.attainment());
        case CostPerOrder:
            return Money::format(t.costPerOrder(), m_currency);
        case Split:
            return percent(t.splitRate());
        case Unfilled:
            return QLocale().toString(t.unfilledLines);
        case MaxLoad:
            return r.total ? percent(r.maxUtilisation) : QString();
        default:
            return {};
        }
    }
    if (role == kTierSortRole) {
        switch (index.column()) {
        case Orders:
            return t.orders;
        case Attainment:
            return t.attainment();
        case CostPerOrder:
            return t.costPerOrder();
        case Split:
            return t.splitRate();
        case Unfilled:
            return t.unfilledLines;
        case MaxLoad:
            return r.maxUtilisation;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == MaxLoad && r.total)
        return tr("The highest planned load of a location over its capacity once the sample, "
                  "scaled to the forecast, is routed this way");
    if (role == Qt::FontRole && r.total) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Orders)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SimulationResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Policy:
        return tr("Policy");
    case Tier:
        return tr("Tier");
    case Orders:
        return tr("Orders");
    case Attainment:
        return tr("On time");
    case CostPerOrder:
        return tr("Cost / order");
    case Split:
        return tr("Split");
    case Unfilled:
        return tr("Unfilled lines");
    case MaxLoad:
        return tr("Max load");
    default:
        return {};
    }
}

} // namespace Stockshift::Ui
