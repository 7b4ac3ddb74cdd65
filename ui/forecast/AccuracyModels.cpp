#include "forecast/AccuracyModels.h"

#include "common/Dates.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace Stockshift::Ui {

namespace {

QVariant number(double v, int decimals, bool has, int role)
{
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (!has || !std::isfinite(v))
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("–")) : QVariant();
    if (role == Qt::DisplayRole)
        return QLocale().toString(v, 'f', decimals);
    if (role == Qt::EditRole)
        return v;
    return {};
}

} // namespace

void AccuracyTableModel::setRows(std::vector<Forecast::AccuracyRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AccuracyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccuracyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccuracyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Forecast::AccuracyRow &r = m_rows[std::size_t(index.row())];
    const Forecast::AccuracyMetrics &m = r.metrics;
    const bool hasActual = m.actual > 0;
    // A persistent bias stands out (|TS| > 4), as does an accuracy the overrides made worse.
    if (role == Qt::ForegroundRole) {
        if (index.column() == TrackingSignal && std::abs(m.trackingSignal) > 4)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == Wape && hasActual && m.wape > m.statWape + 1e-9)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Wape && hasActual
        && std::abs(m.wape - m.statWape) > 1e-9)
        return m.wape < m.statWape ? tr("The planner's overrides improved WAPE from %1% to %2%.")
                                         .arg(QLocale().toString(m.statWape, 'f', 1),
                                              QLocale().toString(m.wape, 'f', 1))
                                   : tr("The planner's overrides worsened WAPE from %1% to %2%.")
                                         .arg(QLocale().toString(m.statWape, 'f', 1),
                                              QLocale().toString(m.wape, 'f', 1));
    switch (index.column()) {
    case Key:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return r.level == QLatin1String("network") ? tr("Network") : r.key;
        return {};
    case Buckets:
        return number(m.buckets, 0, true, role);
    case Actual:
        return number(m.actual, 0, true, role);
    case Forecast:
        return number(m.forecast, 0, true, role);
    case Wape:
        return number(m.wape, 1, hasActual, role);
    case Mape:
        return number(m.mape, 1, m.hasMape, role);
    case Mase:
        return number(m.mase, 3, m.hasMase, role);
    case Bias:
        return number(m.bias, 1, hasActual, role);
    case TrackingSignal:
        return number(m.trackingSignal, 1, m.absError > 0, role);
    case StatisticalWape:
        return number(m.statWape, 1, hasActual, role);
    default:
        return {};
    }
}

QVariant AccuracyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char *const labels[]
        = {QT_TR_NOOP("Group"),       QT_TR_NOOP("Periods"), QT_TR_NOOP("Actual"),
           QT_TR_NOOP("Forecast"),    QT_TR_NOOP("WAPE %"),  QT_TR_NOOP("MAPE %"),
           QT_TR_NOOP("MASE"),        QT_TR_NOOP("Bias %"),  QT_TR_NOOP("Tracking"),
           QT_TR_NOOP("Stat. WAPE %")};
    static const char *const tips[]
        = {QT_TR_NOOP("SKU × location, SKU, location, category or the network"),
           QT_TR_NOOP("Series × periods with actuals (out-of-stock periods are left out)"),
           QT_TR_NOOP("Units sold in the evaluated periods"),
           QT_TR_NOOP("Final forecast (overrides applied) for those periods"),
           QT_TR_NOOP("Σ|forecast − actual| / Σ actual"),
           QT_TR_NOOP("Mean of |forecast − actual| / actual over periods that sold"),
           QT_TR_NOOP("Mean absolute error over the history's one-step naive error (< 1: better "
                      "than naive)"),
           QT_TR_NOOP("(Σ forecast − Σ actual) / Σ actual; positive = over-forecast"),
           QT_TR_NOOP("Σ(actual − forecast) / mean |error| over the periods; beyond ±4 the error "
                      "is persistent"),
           QT_TR_NOOP("WAPE of the statistical forecast alone, before overrides")};
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return tr(labels[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

void AlertModel::setAlerts(QList<Forecast::StoredAlert> alerts)
{
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const Forecast::StoredAlert &a = m_alerts.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Severity)
        return QBrush(a.severity == QLatin1String("critical") ? QColor(0xb0, 0x00, 0x20)
                                                              : QColor(0xa6, 0x5e, 0x00));
    if (role == Qt::FontRole && a.severity == QLatin1String("critical")) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Severity:
        return a.severity == QLatin1String("critical")  ? tr("critical")
               : a.severity == QLatin1String("warning") ? tr("warning")
                                                        : tr("info");
    case Scope:
        return a.scope;
    case Message:
        return a.message;
    case Action:
        return a.action;
    case Raised:
        return Dates::time(a.createdAt);
    default:
        return {};
    }
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const labels[]
        = {QT_TR_NOOP("Severity"), QT_TR_NOOP("Where"), QT_TR_NOOP("What"),
           QT_TR_NOOP("Suggested action"), QT_TR_NOOP("Raised")};
    return section >= 0 && section < ColumnCount ? tr(labels[section]) : QVariant();
}

} // namespace Stockshift::Ui
