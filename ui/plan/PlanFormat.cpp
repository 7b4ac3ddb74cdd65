#include "plan/PlanFormat.h"

#include "common/Dates.h"

#include "common/Days.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Stockshift::Ui::PlanFormat {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Stockshift::Ui::PlanFormat", text, disambiguation, n);
}

QString fixed(double v, int decimals)
{
    if (!std::isfinite(v))
        return dash();
    // No "-0" after rounding.
    if (std::abs(v) < 0.5 * std::pow(10.0, -decimals))
        v = 0;
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

QString dash()
{
    return QStringLiteral("—");
}

QString money(double v, const QString &currency)
{
    return Money::format(v, currency, 0);
}

QString unitMoney(double v, const QString &currency)
{
    return Money::format(v, currency, 2);
}

QString units(double v)
{
    return fixed(v, 0);
}

QString percent(double share, int decimals)
{
    if (!std::isfinite(share))
        return dash();
    return fixed(100.0 * share, decimals) + QLatin1Char('%');
}

QString day(int dayNumber)
{
    return Dates::day(dayNumber);
}

QString seconds(double s)
{
    if (!std::isfinite(s))
        return dash();
    return tr("%1 s").arg(fixed(s, s < 10 ? 1 : 0));
}

QString kindLabel(Plan::PlanKind kind)
{
    switch (kind) {
    case Plan::PlanKind::Transfers:
        return tr("Transfers");
    case Plan::PlanKind::Replenishment:
        return tr("Purchases");
    case Plan::PlanKind::Joint:
        return tr("Joint");
    }
    return {};
}

QString methodLabel(const QString &method)
{
    if (method == QLatin1String("milp"))
        return tr("MILP (CBC)");
    if (method == QLatin1String("greedy"))
        return tr("Greedy rule");
    if (method == QLatin1String("rop"))
        return tr("Reorder-point rule");
    if (method == QLatin1String("none"))
        return tr("Do nothing");
    return method;
}

QString methodInSentence(const QString &method)
{
    if (method == QLatin1String("milp"))
        return tr("the MILP plan");
    if (method == QLatin1String("greedy"))
        return tr("the greedy rule");
    if (method == QLatin1String("rop"))
        return tr("the reorder-point rule");
    if (method == QLatin1String("none"))
        return tr("doing nothing");
    return method;
}

QString planStatusLabel(const QString &status)
{
    if (status == QLatin1String("optimal"))
        return tr("optimal");
    if (status == QLatin1String("feasible"))
        return tr("time limit");
    if (status == QLatin1String("cancelled"))
        return tr("cancelled");
    if (status == QLatin1String("heuristic"))
        return tr("rule");
    if (status == QLatin1String("infeasible"))
        return tr("infeasible");
    return status;
}

QString lineStatusLabel(Plan::LineStatus status)
{
    switch (status) {
    case Plan::LineStatus::Proposed:
        return tr("proposed");
    case Plan::LineStatus::Approved:
        return tr("approved");
    case Plan::LineStatus::Rejected:
        return tr("rejected");
    case Plan::LineStatus::Exported:
        return tr("exported");
    case Plan::LineStatus::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QColor lineStatusColor(Plan::LineStatus status)
{
    switch (status) {
    case Plan::LineStatus::Proposed:
        return {0x22, 0x2b, 0x33};
    case Plan::LineStatus::Approved:
        return {0x2e, 0x7d, 0x32};
    case Plan::LineStatus::Rejected:
        return {0xb0, 0x00, 0x20};
    case Plan::LineStatus::Exported:
        return {0x1f, 0x4e, 0x79};
    case Plan::LineStatus::Cancelled:
        return {0x80, 0x86, 0x8b};
    }
    return {};
}

QString bucketNoun(int bucketDays, int count)
{
    if (bucketDays == 7)
        return count == 1 ? tr("week") : tr("weeks");
    if (bucketDays == 1)
        return count == 1 ? tr("day") : tr("days");
    return count == 1 ? tr("bucket") : tr("buckets");
}

int bucketOf(const Plan::PlanHeader &header, int day)
{
    const int days = std::max(1, header.bucketDays);
    const int offset = day - header.startDay;
    return offset < 0 ? -1 : offset / days;
}

QString bucketRange(const Plan::PlanHeader &header, int first, int last)
{
    if (last <= first)
        return tr("%1 %2").arg(bucketNoun(header.bucketDays)).arg(first + 1);
    return tr("%1 %2–%3").arg(bucketNoun(header.bucketDays, 2)).arg(first + 1).arg(last + 1);
}

} // namespace Stockshift::Ui::PlanFormat
