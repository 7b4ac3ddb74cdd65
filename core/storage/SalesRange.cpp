#include "storage/SalesRange.h"

#include "storage/Connection.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Stockshift::Storage {

namespace {

std::optional<DayRange> stored(Connection &c)
{
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT (SELECT value FROM app_settings WHERE key = "
                               "'sales.first_day'), (SELECT value FROM app_settings WHERE key = "
                               "'sales.last_day')"))
        || !q.next() || q.value(0).isNull() || q.value(1).isNull())
        return std::nullopt;
    return DayRange{q.value(0).toInt(), q.value(1).toInt()};
}

std::optional<DayRange> scanned(Connection &c)
{
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT min(day), max(day) FROM sales")) || !q.next()
        || q.value(0).isNull())
        return std::nullopt;
    return DayRange{q.value(0).toInt(), q.value(1).toInt()};
}

Status store(Connection &c, std::optional<DayRange> range)
{
    QSqlQuery q(c.db());
    if (!range) {
        if (!q.exec(QStringLiteral(
                "DELETE FROM app_settings WHERE key IN ('sales.first_day', 'sales.last_day')")))
            return Error(q.lastError().text(), QStringLiteral("sql"));
        return {};
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO app_settings (key, value) VALUES "
                             "('sales.first_day', ?), ('sales.last_day', ?)"));
    q.addBindValue(QString::number(range->first));
    q.addBindValue(QString::number(range->last));
    if (!q.exec())
        return Error(q.lastError().text(), QStringLiteral("sql"));
    return {};
}

} // namespace

std::optional<DayRange> salesDayRange(Connection &c)
{
    if (auto range = stored(c))
        return range;
    return scanned(c);
}

Status extendSalesDayRange(Connection &c, int first, int last, bool tableWasEmpty)
{
    // Without a stored range, the rows written before (by other means) count as well.
    std::optional<DayRange> range = stored(c);
    if (!range && !tableWasEmpty)
        range = scanned(c);
    if (!range)
        range = DayRange{first, last};
    range->first = std::min(range->first, first);
    range->last = std::max(range->last, last);
    return store(c, range);
}

Status refreshSalesDayRange(Connection &c)
{
    return store(c, scanned(c));
}

} // namespace Stockshift::Storage
