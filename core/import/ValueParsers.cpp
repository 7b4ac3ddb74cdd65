#include "import/ValueParsers.h"

#include "common/Days.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace Stockshift::Import {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Strips the UTF-8 no-break spaces (U+00A0, U+202F) that spreadsheets use as thousands
// separators; returns false if other non-ASCII bytes are present.
bool copyNumberChars(std::string_view text, const NumberFormat &format, char *out,
                     std::size_t *length)
{
    std::size_t n = 0;
    int digitsSinceSeparator = -1; // -1: no thousands separator seen yet
    bool seenDecimal = false, seenExponent = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        bool thousands = false;
        if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size()
            && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            ++i;
            thousands = true;
        } else if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < text.size()
                   && static_cast<unsigned char>(text[i + 1]) == 0x80
                   && static_cast<unsigned char>(text[i + 2]) == 0xAF) {
            i += 2;
            thousands = true;
        } else if (format.thousands != 0 && c == format.thousands && !seenDecimal
                   && !seenExponent) {
            thousands = true;
        } else if (c == ' ' && !seenDecimal && n > 0) {
            thousands = true; // "12 345"
        }
        if (thousands) {
            // Groups of exactly three digits must follow each separator.
            if (digitsSinceSeparator >= 0 && digitsSinceSeparator != 3)
                return false;
            digitsSinceSeparator = 0;
            continue;
        }
        if (c == format.decimal) {
            if (seenDecimal || seenExponent)
                return false;
            if (digitsSinceSeparator >= 0 && digitsSinceSeparator != 3)
                return false;
            seenDecimal = true;
            digitsSinceSeparator = -1;
            c = '.';
        } else if (c == 'e' || c == 'E') {
            if (digitsSinceSeparator >= 0 && digitsSinceSeparator != 3)
                return false;
            seenExponent = true;
            digitsSinceSeparator = -1;
        } else if (c >= '0' && c <= '9') {
            if (digitsSinceSeparator >= 0)
                ++digitsSinceSeparator;
        } else if (c == '+' || c == '-') {
            // Only at the start or right after the exponent.
            if (!(n == 0 || (n > 0 && (out[n - 1] == 'e' || out[n - 1] == 'E'))))
                return false;
        } else {
            return false;
        }
        if (n >= 63)
            return false;
        out[n++] = c;
    }
    if (digitsSinceSeparator >= 0 && digitsSinceSeparator != 3)
        return false;
    *length = n;
    return n > 0;
}

bool digits(std::string_view s, std::size_t from, std::size_t count, int *value)
{
    if (from + count > s.size())
        return false;
    int v = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return true;
}

std::optional<int> makeDay(int y, int m, int d)
{
    if (y < 1900 || y > 2199 || !Days::isValidCivil(y, m, d))
        return std::nullopt;
    return Days::fromCivil(y, unsigned(m), unsigned(d));
}

// Splits "a<sep>b<sep>c" with sep one of . / - into three digit groups; the rest after the
// third group may only be a time part.
bool threeParts(std::string_view s, int *a, int *aLen, int *b, int *c, int *cLen)
{
    std::size_t i = 0;
    const auto group = [&](int *value, int *len) {
        std::size_t start = i;
        int v = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - start < 5)
            v = v * 10 + (s[i++] - '0');
        if (len)
            *len = int(i - start);
        *value = v;
        return i > start;
    };
    int bLen = 0;
    if (!group(a, aLen) || i >= s.size())
        return false;
    const char sep = s[i];
    if (sep != '.' && sep != '/' && sep != '-')
        return false;
    ++i;
    if (!group(b, &bLen) || bLen > 2 || i >= s.size() || s[i] != sep)
        return false;
    ++i;
    if (!group(c, cLen))
        return false;
    // Optional time part: " 12:00", "T12:00:00", " 0:00:00".
    if (i < s.size() && s[i] != ' ' && s[i] != 'T')
        return false;
    return true;
}

int expandYear(int year, int length)
{
    if (length == 2)
        return year < 70 ? 2000 + year : 1900 + year;
    return year;
}

} // namespace

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::optional<double> parseDecimal(std::string_view text, const NumberFormat &format)
{
    text = trimmed(text);
    if (text.empty())
        return std::nullopt;
    char buffer[64];
    std::size_t length = 0;
    // Fast path: plain ASCII number with '.' decimal and no separators.
    if (format.decimal == '.' && format.thousands == 0 && text.size() < 64) {
        const char *begin = text.data();
        if (*begin == '+')
            ++begin;
        double value = 0;
        const auto [end, ec] = std::from_chars(begin, text.data() + text.size(), value);
        if (ec == std::errc() && end == text.data() + text.size() && std::isfinite(value))
            return value;
    }
    if (!copyNumberChars(text, format, buffer, &length))
        return std::nullopt;
    const char *begin = buffer;
    if (*begin == '+')
        ++begin;
    double value = 0;
    const auto [end, ec] = std::from_chars(begin, buffer + length, value);
    if (ec != std::errc() || end != buffer + length || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> parseInteger(std::string_view text, const NumberFormat &format)
{
    const auto value = parseDecimal(text, format);
    if (!value || std::floor(*value) != *value || std::abs(*value) > 9.0e15)
        return std::nullopt;
    return qint64(*value);
}

std::optional<int> parseDate(std::string_view text, DateFormat format)
{
    text = trimmed(text);
    if (text.empty())
        return std::nullopt;
    int a = 0, aLen = 0, b = 0, c = 0, cLen = 0;
    switch (format) {
    case DateFormat::Auto:
        return std::nullopt;
    case DateFormat::Iso:
        if (!threeParts(text, &a, &aLen, &b, &c, &cLen) || aLen != 4 || cLen > 2 || text[4] == '.')
            return std::nullopt;
        return makeDay(a, b, c);
    case DateFormat::DayMonthYear:
        if (!threeParts(text, &a, &aLen, &b, &c, &cLen) || aLen > 2 || (cLen != 4 && cLen != 2))
            return std::nullopt;
        return makeDay(expandYear(c, cLen), b, a);
    case DateFormat::MonthDayYear:
        if (!threeParts(text, &a, &aLen, &b, &c, &cLen) || aLen > 2 || (cLen != 4 && cLen != 2)
            || text.find('.') < std::size_t(aLen + 1))
            return std::nullopt;
        return makeDay(expandYear(c, cLen), a, b);
    case DateFormat::Compact: {
        int y = 0, m = 0, d = 0;
        if (text.size() != 8 || !digits(text, 0, 4, &y) || !digits(text, 4, 2, &m)
            || !digits(text, 6, 2, &d))
            return std::nullopt;
        return makeDay(y, m, d);
    }
    case DateFormat::ExcelSerial: {
        const auto value = parseDecimal(text, NumberFormat{});
        if (!value || *value <= 0 || *value >= 2958466)
            return std::nullopt;
        const int serial = int(std::floor(*value));
        if (serial == 60)
            return std::nullopt; // Excel's 1900-02-29 does not exist
        // Serials after 60 count from 1899-12-30 because of Excel's 1900 leap-year bug.
        const int day = serial < 60 ? Days::fromCivil(1899, 12, 31) + serial
                                    : Days::fromCivil(1899, 12, 30) + serial;
        if (day < Days::fromCivil(1900, 1, 1) || day > Days::fromCivil(2199, 12, 31))
            return std::nullopt;
        return day;
    }
    }
    return std::nullopt;
}

std::optional<bool> parseBool(std::string_view text)
{
    text = trimmed(text);
    if (text.empty() || text.size() > 6)
        return std::nullopt;
    char lower[8] = {};
    for (std::size_t i = 0; i < text.size(); ++i)
        lower[i] = char(text[i] >= 'A' && text[i] <= 'Z' ? text[i] - 'A' + 'a' : text[i]);
    const std::string_view v(lower, text.size());
    for (const char *yes : {"1", "yes", "y", "true", "ja", "j", "oui", "si", "wahr", "t"})
        if (v == yes)
            return true;
    for (const char *no : {"0", "no", "n", "false", "nein", "non", "falsch", "f"})
        if (v == no)
            return false;
    return std::nullopt;
}

unsigned dateFormatsMatching(std::string_view text)
{
    unsigned mask = 0;
    for (DateFormat f : {DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear,
                         DateFormat::Compact, DateFormat::ExcelSerial}) {
        if (parseDate(text, f))
            mask |= 1u << unsigned(f);
    }
    return mask;
}

} // namespace Stockshift::Import
