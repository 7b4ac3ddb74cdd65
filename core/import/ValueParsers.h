// Import::ValueParsers — fast, locale-independent parsing of CSV cell text.
//
// All functions take UTF-8 bytes, ignore surrounding spaces, never allocate, and return
// std::nullopt for text that is not a value of the type (the caller reports the reason).
#pragma once

#include "import/CsvFormat.h"

#include <optional>
#include <string_view>

namespace Stockshift::Import {

std::string_view trimmed(std::string_view text);

/// Decimal number with the given separators: "1234.5", "1.234,5" (decimal ','), "-3", "+2",
/// "1e3", "12 345,6". Rejects "", "abc", "1,2,3" (ambiguous), NaN and infinities.
std::optional<double> parseDecimal(std::string_view text, const NumberFormat &format);

/// Integer (optionally written "12.0" / "12,0" with the decimal separator); rejects fractions.
std::optional<qint64> parseInteger(std::string_view text, const NumberFormat &format);

/// Date as day number (days since 1970-01-01) in `format` (not Auto). Rejects invalid calendar
/// dates (2023-02-29) and years outside 1900..2199.
std::optional<int> parseDate(std::string_view text, DateFormat format);

/// true/false from 1/0, yes/no, y/n, true/false, x/"" is not handled here (empty is "no value"),
/// ja/nein, oui/non, si/no, wahr/falsch (case-insensitive).
std::optional<bool> parseBool(std::string_view text);

/// Which date formats `text` can be read in (bit set of 1 << int(DateFormat)), for sniffing.
unsigned dateFormatsMatching(std::string_view text);

} // namespace Stockshift::Import
