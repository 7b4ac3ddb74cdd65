// Import::CsvFormat — how a delimited text file is encoded and laid out.
//
// Every field left at Auto is decided by CsvSniffer from the file's first rows; the importer
// requires a fully resolved format (no Auto) and reports what it used.
#pragma once

#include <QString>

namespace Stockshift::Import {

enum class Encoding {
    Auto,
    Utf8,    ///< with or without BOM (a BOM is skipped)
    Utf16LE, ///< requires its BOM when sniffed; accepted without when set explicitly
    Utf16BE,
    Windows1252, ///< fallback for bytes that are not valid UTF-8 (legacy Excel/SAP exports)
};

enum class DateFormat {
    Auto,
    Iso,          ///< yyyy-MM-dd (also yyyy/MM/dd; a time part "T.." or " hh:mm[:ss]" is ignored)
    DayMonthYear, ///< dd.MM.yyyy, dd/MM/yyyy, dd-MM-yyyy (2-digit years: 00-69 → 20xx, 70-99 →
                  ///< 19xx)
    MonthDayYear, ///< MM/dd/yyyy, MM-dd-yyyy (US)
    Compact,      ///< yyyyMMdd (SAP internal, Datasphere)
    ExcelSerial,  ///< days since 1899-12-30, fraction = time of day (ignored)
};

struct NumberFormat
{
    char decimal = '.'; ///< '.' or ','
    char thousands = 0; ///< 0 = none, else ',', '.', ' ', '\'' (also U+00A0 / U+202F in UTF-8)
};

struct CsvFormat
{
    Encoding encoding = Encoding::Auto;
    char delimiter = 0;    ///< 0 = auto; else ',', ';', '\t' or '|'
    int headerLine = -1;   ///< 0-based index of the header record; -1 = auto
    bool hasHeader = true; ///< false: columns are addressed as "1", "2", … (1-based)
    NumberFormat number;   ///< used when numberAuto is false
    bool numberAuto = true;
    DateFormat dateFormat = DateFormat::Auto;
};

QString encodingName(
    Encoding encoding); ///< "utf-8", "utf-16le", "utf-16be", "windows-1252", "auto"
bool encodingFromName(const QString &name, Encoding *out);
/// Stable name for options and profiles: "iso", "dmy", "mdy", "yyyymmdd", "excel", "auto".
QString dateFormatName(DateFormat format);
/// How a planner reads the format: "yyyy-mm-dd", "dd.mm.yyyy", "mm/dd/yyyy", "yyyymmdd", …
/// (ExcelSerial: a translated description).
QString dateFormatPattern(DateFormat format);
/// Accepts the names and the patterns above (and "dd/mm/yyyy", "compact", "serial", …).
bool dateFormatFromName(const QString &name, DateFormat *out);
QString delimiterName(char delimiter); ///< ",", ";", "tab", "|", "auto"
bool delimiterFromName(const QString &name, char *out);

} // namespace Stockshift::Import
