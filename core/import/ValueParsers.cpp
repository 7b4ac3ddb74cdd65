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

// Copies a number into `out` in the form std::from_chars reads: '.' as the decimal point, no
// grouping. Thousands separators (the configured one, spaces, and the no-break spaces U+00A0 and
// U+202F that spreadsheets write) must separate groups of exactly three digits, with one to three
// digits before the first, so "1,2,3" or "1234,567" are rejected instead of guessed.
bool normalizeNumber(std::string_view text, const NumberFormat &format, char *out,
                     std::size_t *length)
{
    const char thousandsChar = format.thousands != format.decimal ? format.thousands : 0;
    std::size_t n = 0;
    int groupDigits = 0; // digits of the integer part since the last separator
    bool grouped = false, seenDecimal = false, seenExponent = false, seenDigit = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        const auto byte = [&text, i](std::size_t k) {
            return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u;
        };
        std::size_t extra = 0; // continuation bytes of a multibyte separator
        bool thousands = false;
        if (byte(0) == 0xC2 && byte(1) == 0xA0) {
            extra = 1; // U+00A0 no-break space
            thousands = true;
        } else if (byte(0) == 0xE2 && byte(1) == 0x80 && byte(2) == 0xAF) {
            extra = 2; // U+202F narrow no-break space
            thousands = true;
        } else if (thousandsChar == '\'' && byte(0) == 0xE2 && byte(1) == 0x80 && byte(2) == 0x99) {
            extra = 2; // U+2019, the typographic apostrophe of Swiss grouping
            thousands = true;
        } else if (thousandsChar != 0 && c == thousandsChar) {
            thousands = true;
        } else if (c == ' ') {
            thousands = true; // "12 345"
        }
        if (thousands) {
            if (seenDecimal || seenExponent)
                return false;
            if (grouped ? groupDigits != 3 : (groupDigits < 1 || groupDigits > 3))
                return false;
            grouped = true;
            groupDigits = 0;
            i += extra;
            continue;
        }
        if (c == format.decimal && !seenDecimal && !seenExponent) {
            if (grouped && groupDigits != 3)
                return false;
            seenDecimal = true;
            c = '.';
        } else if (c == 'e' || c == 'E') {
            if (seenExponent || !seenDigit || (grouped && !seenDecimal && groupDigits != 3))
                return false;
            seenExponent = true;
        } else if (c >= '0' && c <= '9') {
            if (!seenDecimal && !seenExponent)
                ++groupDigits;
            seenDigit = true;
        } else if (c == '+' || c == '-') {
            // Only at the start or right after the exponent.
            if (!(n == 0 || out[n - 1] == 'e' || out[n - 1] == 'E'))
                return false;
        } else {
            return false;
        }
        if (n >= 63)
            return false;
        out[n++] = c;
    }
    if (grouped && !seenDecimal && !seenExponent && groupDigits != 3)
        return false;
    *length = n;
    return seenDigit;
}

// from_chars does not take a leading '+'; a second sign after it ("+-3") is not a number.
std::optional<double> fromChars(const char *begin, const char *end)
{
    if (begin != end && *begin == '+') {
        ++begin;
        if (begin != end && (*begin == '+' || *begin == '-'))
            return std::nullopt;
    }
    double value = 0;
    const auto [stop, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || stop != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Reads up to `maxDigits` digits at s[*i]; false if there are none.
bool readDigits(std::string_view s, std::size_t *i, std::size_t maxDigits, int *value,
                int *length = nullptr)
{
    const std::size_t start = *i;
    int v = 0;
    while (*i < s.size() && *i - start < maxDigits && s[*i] >= '0' && s[*i] <= '9')
        v = v * 10 + (s[(*i)++] - '0');
    if (length)
        *length = int(*i - start);
    *value = v;
    return *i > start;
}

// The time of day after a date is ignored, but it must look like one, so that "2024-01-05 foo"
// is not taken for a date: " 9:30", "T13:45:00", " 00:00:00.000", "T10:00:00Z",
// "T10:00:00+01:00", " 12:00:00 AM".
bool isTimePart(std::string_view s, std::size_t i)
{
    if (i == s.size())
        return true;
    if (s[i] != ' ' && s[i] != 'T')
        return false;
    ++i;
    while (i < s.size() && s[i] == ' ')
        ++i;
    int hour = 0, minute = 0, second = 0, length = 0;
    if (!readDigits(s, &i, 2, &hour) || i >= s.size() || s[i] != ':')
        return false;
    ++i;
    if (!readDigits(s, &i, 2, &minute, &length) || length != 2 || hour > 24 || minute > 59)
        return false;
    if (i < s.size() && s[i] == ':') {
        ++i;
        if (!readDigits(s, &i, 2, &second, &length) || length != 2 || second > 60)
            return false;
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
            ++i;
            int fraction = 0;
            if (!readDigits(s, &i, 9, &fraction))
                return false;
        }
    }
    if (i == s.size())
        return true;
    if (s[i] == 'Z')
        return i + 1 == s.size();
    if (s[i] == '+' || s[i] == '-') { // UTC offset: +01:00, +0100, +01
        ++i;
        int offset = 0;
        if (!readDigits(s, &i, 2, &offset, &length) || length != 2)
            return false;
        if (i < s.size() && s[i] == ':')
            ++i;
        if (i < s.size() && (!readDigits(s, &i, 2, &offset, &length) || length != 2))
            return false;
        return i == s.size();
    }
    while (i < s.size() && s[i] == ' ')
        ++i;
    // 12-hour clock: "AM" / "PM" in any case.
    return i + 2 == s.size() && hour >= 1 && hour <= 12
           && (s[i] == 'A' || s[i] == 'a' || s[i] == 'P' || s[i] == 'p')
           && (s[i + 1] == 'M' || s[i + 1] == 'm');
}

// Splits "a<sep>b<sep>c" with sep one of . / - (the same twice) into three digit groups; the
// rest after the third group may only be a time part.
bool threeParts(std::string_view s, int *a, int *aLen, int *b, int *c, int *cLen, char *sep)
{
    std::size_t i = 0;
    int bLen = 0;
    if (!readDigits(s, &i, 5, a, aLen) || i >= s.size())
        return false;
    *sep = s[i];
    if (*sep != '.' && *sep != '/' && *sep != '-')
        return false;
    ++i;
    if (!readDigits(s, &i, 3, b, &bLen) || bLen > 2 || i >= s.size() || s[i] != *sep)
        return false;
    ++i;
    if (!readDigits(s, &i, 5, c, cLen))
        return false;
    return isTimePart(s, i);
}

std::optional<int> makeDay(int y, int m, int d)
{
    if (y < 1900 || y > 2199 || !Days::isValidCivil(y, m, d))
        return std::nullopt;
    return Days::fromCivil(y, unsigned(m), unsigned(d));
}

// Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999 (what spreadsheets do).
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
    if (text.empty() || text.size() >= 64)
        return std::nullopt;
    // Fast path: a plain number with '.' as the decimal point (most cells of most files); a
    // grouped one ("1,234.5") falls through to the checked copy.
    if (format.decimal == '.') {
        if (const auto value = fromChars(text.data(), text.data() + text.size()))
            return value;
    }
    char buffer[64];
    std::size_t length = 0;
    if (!normalizeNumber(text, format, buffer, &length))
        return std::nullopt;
    return fromChars(buffer, buffer + length);
}

std::optional<qint64> parseInteger(std::string_view text, const NumberFormat &format)
{
    text = trimmed(text);
    // Fast path: plain digits.
    const char *begin = text.data(), *end = text.data() + text.size();
    if (begin != end && *begin == '+' && end - begin > 1 && begin[1] != '-')
        ++begin;
    qint64 integer = 0;
    if (const auto [stop, ec] = std::from_chars(begin, end, integer);
        ec == std::errc() && stop == end && begin != end)
        return integer;
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
    char sep = 0;
    switch (format) {
    case DateFormat::Auto:
        return std::nullopt;
    case DateFormat::Iso:
        // yyyy-MM-dd or yyyy/MM/dd (never yyyy.MM.dd, which no ERP writes).
        if (!threeParts(text, &a, &aLen, &b, &c, &cLen, &sep) || aLen != 4 || cLen > 2
            || sep == '.')
            return std::nullopt;
        return makeDay(a, b, c);
    case DateFormat::DayMonthYear:
        if (!threeParts(text, &a, &aLen, &b, &c, &cLen, &sep) || aLen > 2
            || (cLen != 4 && cLen != 2))
            return std::nullopt;
        return makeDay(expandYear(c, cLen), b, a);
    case DateFormat::MonthDayYear:
        // Dotted dates are always day first.
        if (!threeParts(text, &a, &aLen, &b, &c, &cLen, &sep) || aLen > 2
            || (cLen != 4 && cLen != 2) || sep == '.')
            return std::nullopt;
        return makeDay(expandYear(c, cLen), a, b);
    case DateFormat::Compact: {
        std::size_t i = 0;
        int y = 0, m = 0, d = 0, yLen = 0, mLen = 0, dLen = 0;
        if (!readDigits(text, &i, 4, &y, &yLen) || !readDigits(text, &i, 2, &m, &mLen)
            || !readDigits(text, &i, 2, &d, &dLen) || yLen + mLen + dLen != 8
            || !isTimePart(text, i))
            return std::nullopt;
        return makeDay(y, m, d);
    }
    case DateFormat::ExcelSerial: {
        // The fraction is the time of day. Excel writes it with the decimal separator of its
        // locale, so both '.' and ',' are read.
        auto value = parseDecimal(text, NumberFormat{'.', 0});
        if (!value)
            value = parseDecimal(text, NumberFormat{',', 0});
        if (!value || *value <= 0 || *value >= 2958466)
            return std::nullopt;
        const int serial = int(std::floor(*value));
        // Excel's 1900 date system counts a 29 February 1900 that did not exist (serial 60), so
        // serials after it count from 1899-12-30 and those before from 1899-12-31.
        if (serial == 60)
            return std::nullopt;
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
    for (const char *yes : {"1", "yes", "y", "true", "t", "ja", "j", "oui", "si", "wahr"})
        if (v == yes)
            return true;
    for (const char *no : {"0", "no", "n", "false", "f", "nein", "non", "falsch"})
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
