#include "import/CsvFormat.h"

#include <QCoreApplication>

namespace Stockshift::Import {

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case Encoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

bool encodingFromName(const QString &name, Encoding *out)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("auto"))
        *out = Encoding::Auto;
    else if (n == QLatin1String("utf8"))
        *out = Encoding::Utf8;
    else if (n == QLatin1String("utf16le") || n == QLatin1String("utf16"))
        *out = Encoding::Utf16LE;
    else if (n == QLatin1String("utf16be"))
        *out = Encoding::Utf16BE;
    else if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252")
             || n == QLatin1String("latin1") || n == QLatin1String("iso88591"))
        *out = Encoding::Windows1252;
    else
        return false;
    return true;
}

QString dateFormatName(DateFormat format)
{
    switch (format) {
    case DateFormat::Auto:
        return QStringLiteral("auto");
    case DateFormat::Iso:
        return QStringLiteral("iso");
    case DateFormat::DayMonthYear:
        return QStringLiteral("dmy");
    case DateFormat::MonthDayYear:
        return QStringLiteral("mdy");
    case DateFormat::Compact:
        return QStringLiteral("yyyymmdd");
    case DateFormat::ExcelSerial:
        return QStringLiteral("excel");
    }
    return {};
}

QString dateFormatPattern(DateFormat format)
{
    switch (format) {
    case DateFormat::Auto:
        return QStringLiteral("auto");
    case DateFormat::Iso:
        return QStringLiteral("yyyy-mm-dd");
    case DateFormat::DayMonthYear:
        return QStringLiteral("dd.mm.yyyy");
    case DateFormat::MonthDayYear:
        return QStringLiteral("mm/dd/yyyy");
    case DateFormat::Compact:
        return QStringLiteral("yyyymmdd");
    case DateFormat::ExcelSerial:
        return QCoreApplication::translate("Stockshift::Import", "Excel serial number");
    }
    return {};
}

bool dateFormatFromName(const QString &name, DateFormat *out)
{
    const QString n = name.trimmed().toLower();
    const auto any = [&n](std::initializer_list<const char *> spellings) {
        for (const char *s : spellings)
            if (n == QLatin1String(s))
                return true;
        return false;
    };
    if (any({"auto"}))
        *out = DateFormat::Auto;
    else if (any({"iso", "yyyy-mm-dd", "yyyy/mm/dd"}))
        *out = DateFormat::Iso;
    else if (any({"dmy", "dd.mm.yyyy", "dd/mm/yyyy", "dd-mm-yyyy", "dd.mm.yy", "dd/mm/yy"}))
        *out = DateFormat::DayMonthYear;
    else if (any({"mdy", "mm/dd/yyyy", "mm-dd-yyyy", "mm/dd/yy"}))
        *out = DateFormat::MonthDayYear;
    else if (any({"yyyymmdd", "compact"}))
        *out = DateFormat::Compact;
    else if (any({"excel", "serial", "excel serial number"}))
        *out = DateFormat::ExcelSerial;
    else
        return false;
    return true;
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case 0:
        return QStringLiteral("auto");
    case '\t':
        return QStringLiteral("tab");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

bool delimiterFromName(const QString &name, char *out)
{
    const QString n = name.toLower();
    if (n == QLatin1String("auto"))
        *out = 0;
    else if (n == QLatin1String("tab") || n == QLatin1String("\\t") || n == QLatin1String("\t"))
        *out = '\t';
    else if (n == QLatin1String(",") || n == QLatin1String("comma"))
        *out = ',';
    else if (n == QLatin1String(";") || n == QLatin1String("semicolon"))
        *out = ';';
    else if (n == QLatin1String("|") || n == QLatin1String("pipe"))
        *out = '|';
    else
        return false;
    return true;
}

} // namespace Stockshift::Import
