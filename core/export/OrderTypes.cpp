#include "export/OrderTypes.h"

#include <algorithm>

namespace Stockshift::Export {

QString orderKindName(OrderKind kind)
{
    return kind == OrderKind::Purchase ? QStringLiteral("purchase") : QStringLiteral("transfer");
}

namespace {
struct FormatInfo
{
    Format format;
    const char *name;
    const char *suffix;
};
constexpr FormatInfo kFormats[] = {
    {Format::Csv, "csv", ".csv"},    {Format::Pdf, "pdf", ".pdf"},
    {Format::X12, "x12", ".x12"},    {Format::Edifact, "edifact", ".edi"},
    {Format::Json, "json", ".json"},
};
} // namespace

QString formatName(Format format)
{
    for (const FormatInfo &f : kFormats)
        if (f.format == format)
            return QString::fromLatin1(f.name);
    return {};
}

bool formatFromName(const QString &name, Format *out)
{
    const QString wanted = name.trimmed().toLower();
    for (const FormatInfo &f : kFormats)
        if (wanted == QLatin1String(f.name)) {
            *out = f.format;
            return true;
        }
    // Common spellings of the EDI standards.
    if (wanted == QLatin1String("850") || wanted == QLatin1String("edi-x12")) {
        *out = Format::X12;
        return true;
    }
    if (wanted == QLatin1String("orders") || wanted == QLatin1String("edi")) {
        *out = Format::Edifact;
        return true;
    }
    return false;
}

QString formatSuffix(Format format)
{
    for (const FormatInfo &f : kFormats)
        if (f.format == format)
            return QString::fromLatin1(f.suffix);
    return {};
}

QList<Format> purchaseFormats()
{
    return {Format::Csv, Format::Pdf, Format::X12, Format::Edifact, Format::Json};
}

QList<Format> transferFormats()
{
    return {Format::Csv, Format::Pdf};
}

QString Order::documentNumber() const
{
    return revision > 0 ? QStringLiteral("%1-R%2").arg(number).arg(revision) : number;
}

int Order::deliveryDay() const
{
    if (lines.empty())
        return orderDay;
    int day = lines.front().arrivalDay;
    for (const OrderLine &l : lines)
        day = std::min(day, l.arrivalDay);
    return day;
}

double Order::totalQuantity() const
{
    double sum = 0;
    for (const OrderLine &l : lines)
        sum += l.quantity;
    return sum;
}

double Order::totalValue() const
{
    double sum = 0;
    for (const OrderLine &l : lines)
        sum += l.value();
    return sum;
}

int Order::newLines() const
{
    return int(
        std::count_if(lines.begin(), lines.end(), [](const OrderLine &l) { return !l.recorded; }));
}

} // namespace Stockshift::Export
