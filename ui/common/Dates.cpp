#include "common/Dates.h"

#include "common/Days.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Stockshift::Ui::Dates {

namespace {

// "yy" standing alone (not part of "yyyy") becomes "yyyy".
QString widenYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QRegularExpression(QStringLiteral("(?<!y)yy(?!y)")), QStringLiteral("yyyy"));
    return format;
}

} // namespace

QString dayFormat(const QLocale &locale)
{
    return widenYear(locale.dateFormat(QLocale::ShortFormat));
}

QString day(int dayNumber, const QLocale &locale)
{
    return locale.toString(Days::toDate(dayNumber), dayFormat(locale));
}

QString time(const QString &iso, const QLocale &locale)
{
    if (iso.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return iso;
    return locale.toString(t.toLocalTime(), widenYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QDate parseDay(const QString &text, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        date = locale.toDate(trimmed, dayFormat(locale));
    return date;
}

} // namespace Stockshift::Ui::Dates
