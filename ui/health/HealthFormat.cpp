#include "health/HealthFormat.h"

#include "common/Dates.h"

#include "common/Days.h"
#include "common/Money.h"
#include "inventory/InventorySnapshot.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace Stockshift::Ui::HealthFormat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Ui::HealthFormat", text);
}

} // namespace

QString dash()
{
    return QStringLiteral("—");
}

QString number(double v, int decimals)
{
    if (!std::isfinite(v))
        return dash();
    // Avoid "-0" after rounding.
    if (std::abs(v) < 0.5 * std::pow(10.0, -decimals))
        v = 0;
    return QLocale().toString(v, 'f', decimals);
}

QString percent(double share, int decimals)
{
    if (!std::isfinite(share))
        return dash();
    return QLocale().toString(100.0 * share, 'f', decimals) + QLatin1Char('%');
}

QString money(double v, const QString &currency, int decimals)
{
    return Money::format(v, currency, decimals);
}

QString compactMoney(double v, const QString &currency)
{
    if (!std::isfinite(v))
        return dash();
    const double a = std::abs(v);
    const QLocale locale;
    QString text;
    if (a >= 1e9)
        text = tr("%1 bn").arg(locale.toString(v / 1e9, 'f', 2));
    else if (a >= 1e6)
        text = tr("%1 M").arg(locale.toString(v / 1e6, 'f', 2));
    else if (a >= 1e4)
        text = tr("%1 k").arg(locale.toString(v / 1e3, 'f', 1));
    else
        text = number(v, 0);
    return Money::decorate(text, currency);
}

QString cover(double days, double dailyDemand)
{
    if (!(dailyDemand > 0))
        return tr("no demand");
    if (!std::isfinite(days) || days >= Health::kMaxCoverDays)
        return tr("> 999");
    return QLocale().toString(days, 'f', 0);
}

QString day(int dayNumber)
{
    if (dayNumber == Inventory::kNoExpiry || dayNumber == std::numeric_limits<int>::min())
        return dash();
    return Dates::day(dayNumber);
}

QString segment(char abc, char xyz)
{
    return QString(QChar::fromLatin1(abc)) + QChar::fromLatin1(xyz);
}

QColor statusColor(Health::StockStatus status)
{
    using S = Health::StockStatus;
    switch (status) {
    case S::OutOfStock:
        return QColor(0x8e, 0x1b, 0x1b);
    case S::Critical:
        return QColor(0xe5, 0x39, 0x35);
    case S::BelowReorderPoint:
        return QColor(0xf2, 0xa0, 0x1c);
    case S::Expiring:
        return QColor(0x8e, 0x44, 0xad);
    case S::Overstock:
        return QColor(0x1e, 0x78, 0xc8);
    case S::Healthy:
        return QColor(0x3a, 0x9d, 0x4a);
    case S::Inactive:
        return QColor(0xa0, 0xa6, 0xad);
    }
    return Qt::gray;
}

QColor scoreColor(double score)
{
    if (!std::isfinite(score))
        return QColor(0xa0, 0xa6, 0xad);
    if (score < 60)
        return QColor(0xd3, 0x2f, 0x2f);
    if (score < 80)
        return QColor(0xf0, 0x9a, 0x12);
    return QColor(0x2e, 0x9d, 0x4a);
}

QColor textOn(const QColor &background)
{
    // Relative luminance (sRGB weights, no gamma: good enough to pick black or white).
    const double l
        = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? QColor(0x1c, 0x22, 0x28) : QColor(Qt::white);
}

} // namespace Stockshift::Ui::HealthFormat
