#include "forecast/ForecastModels.h"

#include "common/Dates.h"

#include "common/Days.h"

#include <QBrush>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace Stockshift::Ui {

namespace {

QString dateText(int day)
{
    return Dates::day(day);
}

QVariant numberCell(double v, int decimals, int role)
{
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole)
        return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("–");
    if (role == Qt::EditRole)
        return v;
    return {};
}

QVariant header(const char *const *labels, int count, int section, Qt::Orientation orientation,
                int role, const char *context)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= count)
        return {};
    return QCoreApplication::translate(context, labels[section]);
}

} // namespace

// --- CandidateModel ---------------------------------------------------------------------------

void CandidateModel::setExplanation(const Forecast::SeriesExplanation &x)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &v : x.candidates) {
        const QJsonObject o = v.toObject();
        Row row;
        row.method = o.value(QStringLiteral("method")).toString();
        row.ok = !o.contains(QStringLiteral("error"));
        row.note = o.value(QStringLiteral("error")).toString();
        row.mae = o.value(QStringLiteral("mae")).toDouble(std::nan(""));
        row.rmse = o.value(QStringLiteral("rmse")).toDouble(std::nan(""));
        row.hasMase = o.value(QStringLiteral("mase")).isDouble();
        row.mase = o.value(QStringLiteral("mase")).toDouble(std::nan(""));
        row.bias = o.value(QStringLiteral("bias")).toDouble(std::nan(""));
        row.insample = o.value(QStringLiteral("insampleRmse")).toDouble(std::nan(""));
        row.origins = o.value(QStringLiteral("origins")).toInt();
        row.chosen = row.method == x.method;
        if (row.chosen)
            row.note = tr("chosen: lowest backtest MAE");
        m_rows.append(row);
    }
    // Best first; those that could not be backtested last.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.ok != b.ok)
            return a.ok;
        return a.ok && a.mae < b.mae;
    });
    endResetModel();
}

int CandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::FontRole && r.chosen) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && !r.ok)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    switch (index.column()) {
    case Method:
        return role == Qt::DisplayRole ? QVariant(r.method) : QVariant();
    case Mae:
        return r.ok ? numberCell(r.mae, 2, role) : QVariant();
    case Rmse:
        return r.ok ? numberCell(r.rmse, 2, role) : QVariant();
    case Mase:
        return r.ok && r.hasMase ? numberCell(r.mase, 3, role) : QVariant();
    case Bias:
        return r.ok ? numberCell(r.bias, 2, role) : QVariant();
    case InSample:
        return r.ok ? numberCell(r.insample, 2, role) : QVariant();
    case Origins:
        return r.ok ? numberCell(r.origins, 0, role) : QVariant();
    case Note:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(r.note) : QVariant();
    default:
        return {};
    }
}

QVariant CandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const labels[]
        = {QT_TRANSLATE_NOOP("Stockshift::Ui::CandidateModel", "Method"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::CandidateModel", "MAE"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::CandidateModel", "RMSE"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::CandidateModel", "MASE"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::CandidateModel", "Bias"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::CandidateModel", "In-sample RMSE"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::CandidateModel", "Origins"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::CandidateModel", "Note")};
    return header(labels, ColumnCount, section, orientation, role,
                  "Stockshift::Ui::CandidateModel");
}

// --- AdjustmentModel --------------------------------------------------------------------------

void AdjustmentModel::setExplanation(const Forecast::SeriesExplanation &x)
{
    beginResetModel();
    m_rows.clear();
    for (const Forecast::Adjustment &a : x.adjustments)
        m_rows.append(
            {x.bucketStart(a.index),
             a.kind == Forecast::Adjustment::Kind::Outlier ? tr("outlier") : tr("stockout"),
             a.reason, a.original, a.cleansed});
    endResetModel();
}

int AdjustmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdjustmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdjustmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (index.column()) {
    case Period:
        return role == Qt::DisplayRole ? QVariant(dateText(r.day)) : QVariant();
    case Kind:
        return role == Qt::DisplayRole ? QVariant(r.kind) : QVariant();
    case Sold:
        return numberCell(r.sold, 1, role);
    case Cleansed:
        return numberCell(r.cleansed, 1, role);
    case Reason:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(r.reason) : QVariant();
    default:
        return {};
    }
}

QVariant AdjustmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const labels[]
        = {QT_TRANSLATE_NOOP("Stockshift::Ui::AdjustmentModel", "Period"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::AdjustmentModel", "Kind"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::AdjustmentModel", "Sold"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::AdjustmentModel", "Learnt as"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::AdjustmentModel", "Why")};
    return header(labels, ColumnCount, section, orientation, role,
                  "Stockshift::Ui::AdjustmentModel");
}

// --- ForecastBucketModel ----------------------------------------------------------------------

void ForecastBucketModel::setExplanation(const Forecast::SeriesExplanation &x)
{
    beginResetModel();
    m_rows = QList<Forecast::ForecastBucket>(x.forecast.begin(), x.forecast.end());
    endResetModel();
}

int ForecastBucketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ForecastBucketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForecastBucketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Forecast::ForecastBucket &b = m_rows.at(index.row());
    if (index.column() == Final && b.overridden) {
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole)
            return tr("Overridden: the statistical forecast is %1.")
                .arg(QLocale().toString(b.statistical, 'f', 1));
    }
    if (index.column() == Final && role == Qt::ToolTipRole)
        return tr("Type a value to override the forecast of this period (a reason is asked).");
    switch (index.column()) {
    case Period:
        return role == Qt::DisplayRole ? QVariant(dateText(b.startDay)) : QVariant();
    case Statistical:
        return numberCell(b.statistical, 1, role);
    case Final:
        return numberCell(b.final, 1, role);
    case Lo80:
        return numberCell(b.lo80, 1, role);
    case Hi80:
        return numberCell(b.hi80, 1, role);
    case Lo95:
        return numberCell(b.lo95, 1, role);
    case Hi95:
        return numberCell(b.hi95, 1, role);
    default:
        return {};
    }
}

QVariant ForecastBucketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const labels[]
        = {QT_TRANSLATE_NOOP("Stockshift::Ui::ForecastBucketModel", "Period from"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::ForecastBucketModel", "Statistical"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::ForecastBucketModel", "Final"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::ForecastBucketModel", "80% low"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::ForecastBucketModel", "80% high"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::ForecastBucketModel", "95% low"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::ForecastBucketModel", "95% high")};
    return header(labels, ColumnCount, section, orientation, role,
                  "Stockshift::Ui::ForecastBucketModel");
}

Qt::ItemFlags ForecastBucketModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Final)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ForecastBucketModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Final || role != Qt::EditRole)
        return false;
    bool ok = false;
    double v = value.toDouble(&ok);
    if (!ok)
        v = QLocale().toDouble(value.toString(), &ok);
    if (!ok || v < 0 || !std::isfinite(v))
        return false;
    if (v == m_rows.at(index.row()).final)
        return false;
    emit finalEdited(m_rows.at(index.row()).startDay, v);
    return false; // the table changes when the override is stored and the view reloads
}

// --- OverrideModel ----------------------------------------------------------------------------

void OverrideModel::setExplanation(const Forecast::SeriesExplanation &x)
{
    beginResetModel();
    m_rows = x.overrides;
    std::reverse(m_rows.begin(), m_rows.end());
    endResetModel();
}

int OverrideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverrideModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverrideModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Forecast::Override &o = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && !o.active())
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Id:
        return o.id;
    case Change:
        return o.mode == Forecast::Override::Mode::Set
                   ? tr("= %1").arg(locale.toString(o.value, 'f', 1))
                   : tr("× %1").arg(locale.toString(o.value, 'f', 2));
    case From:
        return dateText(o.startDay);
    case To:
        return dateText(o.endDay);
    case Reason:
        return o.reason;
    case User:
        return o.user;
    case Created:
        return Dates::time(o.createdAt, locale);
    case State:
        return o.active() ? tr("in force") : tr("undone %1").arg(Dates::time(o.undoneAt, locale));
    default:
        return {};
    }
}

QVariant OverrideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const labels[]
        = {QT_TRANSLATE_NOOP("Stockshift::Ui::OverrideModel", "#"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::OverrideModel", "Change"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::OverrideModel", "From"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::OverrideModel", "To"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::OverrideModel", "Reason"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::OverrideModel", "By"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::OverrideModel", "Made"),
           QT_TRANSLATE_NOOP("Stockshift::Ui::OverrideModel", "State")};
    return header(labels, ColumnCount, section, orientation, role, "Stockshift::Ui::OverrideModel");
}

} // namespace Stockshift::Ui
