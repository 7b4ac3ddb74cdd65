#include "import/CsvSniffer.h"

#include "import/CsvReader.h"
#include "import/ImportKind.h"
#include "import/ValueParsers.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <map>

namespace Stockshift::Import {

namespace {

using Record = std::vector<std::string>;

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Import", text);
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

unsigned bit(DateFormat format)
{
    return 1u << unsigned(format);
}

// Strict UTF-8 validation (no overlongs, no surrogates, at most U+10FFFF). A sequence cut off at
// the end of the sample is accepted when the sample is only a prefix of the file.
bool isValidUtf8(const QByteArray &bytes, bool truncated)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned min = 0, cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + length > n) {
            for (qsizetype k = i + 1; k < n; ++k)
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            return truncated;
        }
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

Encoding detectEncoding(const QByteArray &sample, bool truncated, QStringList *notes)
{
    if (sample.startsWith("\xEF\xBB\xBF")) {
        notes->append(tr("Encoding UTF-8 (byte-order mark)."));
        return Encoding::Utf8;
    }
    if (sample.startsWith("\xFF\xFE")) {
        notes->append(tr("Encoding UTF-16 little-endian (byte-order mark)."));
        return Encoding::Utf16LE;
    }
    if (sample.startsWith("\xFE\xFF")) {
        notes->append(tr("Encoding UTF-16 big-endian (byte-order mark)."));
        return Encoding::Utf16BE;
    }
    if (isValidUtf8(sample, truncated)) {
        notes->append(tr("Encoding UTF-8."));
        return Encoding::Utf8;
    }
    notes->append(tr("Encoding Windows-1252 (the file is not valid UTF-8)."));
    return Encoding::Windows1252;
}

struct Sample
{
    std::vector<Record> records;
    QString error; // the reader stopped early (records read before the error are kept)
};

// The first records of the file, cells trimmed. The reader reads small blocks so that the byte
// limit is roughly kept.
Sample sampleRecords(const QString &path, Encoding encoding, char delimiter, int maxRecords,
                     qint64 maxBytes)
{
    Sample sample;
    CsvReader reader;
    reader.setBlockSize(std::size_t(std::clamp<qint64>(maxBytes / 4, 4096, 64 * 1024)));
    if (Status s = reader.open(path, encoding, delimiter); !s) {
        sample.error = s.errorMessage();
        return sample;
    }
    while (int(sample.records.size()) < maxRecords && reader.readRecord()) {
        Record record;
        record.reserve(reader.fields().size());
        for (std::string_view field : reader.fields())
            record.emplace_back(trimmed(field));
        sample.records.push_back(std::move(record));
        if (reader.bytesRead() > maxBytes && sample.records.size() > 20)
            break;
    }
    sample.error = reader.error();
    return sample;
}

// Digits with the punctuation of numbers, dates and times, and nothing else.
bool looksNumeric(const std::string &cell)
{
    if (cell.empty())
        return false;
    bool digit = false;
    for (char c : cell) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != '.' && c != ',' && c != '-' && c != '+' && c != ' ' && c != '/' && c != ':'
                 && c != 'e' && c != 'E' && c != '\'')
            return false;
    }
    return digit;
}

bool headerSuggestsDate(const QString &header)
{
    const QString n = normalizeName(header);
    return n.contains(QLatin1String("date")) || n.contains(QLatin1String("datum"))
           || n.contains(QLatin1String("day")) || n.startsWith(QLatin1String("eta"))
           || n.endsWith(QLatin1String("eta")) || n.contains(QLatin1String("due"))
           || n.contains(QLatin1String("expiry")) || n.contains(QLatin1String("valid"))
           || n == QLatin1String("start") || n == QLatin1String("end");
}

struct FieldCounts
{
    std::size_t mode = 0; // the most frequent field count (the larger one on a tie)
    int modeCount = 0;
    int records = 0;
};

FieldCounts fieldCounts(const std::vector<Record> &records)
{
    std::map<std::size_t, int> counts;
    for (const auto &record : records)
        ++counts[record.size()];
    FieldCounts result;
    result.records = int(records.size());
    for (const auto &[size, count] : counts)
        if (count >= result.modeCount) {
            result.mode = size;
            result.modeCount = count;
        }
    return result;
}

// The candidate delimiter that splits the sampled records most consistently into the same
// number (> 1) of fields. On a tie the order below decides: a tab or ';' rarely occurs inside
// values, a ',' does (decimal commas, text), so "1,5;2,5" rows are read as two fields.
void detectDelimiter(const QString &path, SniffResult *result, qint64 sampleBytes)
{
    double bestScore = -1;
    char best = ',';
    FieldCounts bestCounts;
    for (char candidate : {'\t', ';', '|', ','}) {
        const Sample sample
            = sampleRecords(path, result->format.encoding, candidate, 200, sampleBytes);
        const FieldCounts counts = fieldCounts(sample.records);
        if (counts.mode < 2)
            continue;
        const double score = double(counts.modeCount) / double(counts.records);
        if (score > bestScore + 1e-9) {
            bestScore = score;
            best = candidate;
            bestCounts = counts;
        }
    }
    result->format.delimiter = best;
    if (bestScore < 0)
        result->notes.append(tr("Only one column found; delimiter ',' assumed."));
    else
        result->notes.append(tr("Delimiter '%1' (consistent %2 fields in %3 of %4 rows).")
                                 .arg(delimiterName(best))
                                 .arg(bestCounts.mode)
                                 .arg(bestCounts.modeCount)
                                 .arg(bestCounts.records));
}

// The header is the first record with the dominant width whose filled cells are mostly text.
// Shorter records above it, and records that are mostly empty (";;;;" separator lines, a title
// in the first cell), are a title block. A first full record that looks like data means there
// is no header.
void detectHeader(const std::vector<Record> &records, std::size_t dominant, SniffResult *result)
{
    int headerIndex = -1;
    for (int i = 0; i < std::min<int>(50, int(records.size())); ++i) {
        const Record &record = records[std::size_t(i)];
        if (record.size() < dominant)
            continue;
        int text = 0, numeric = 0;
        for (std::size_t c = 0; c < dominant; ++c) {
            if (looksNumeric(record[c]))
                ++numeric;
            else if (!record[c].empty())
                ++text;
        }
        if (2 * std::size_t(text + numeric) < dominant)
            continue;
        if (text > numeric)
            headerIndex = i;
        break;
    }
    if (headerIndex < 0) {
        result->format.hasHeader = false;
        result->format.headerLine = 0;
        result->notes.append(tr("No header row found; columns are numbered."));
    } else {
        result->format.hasHeader = true;
        result->format.headerLine = headerIndex;
        if (headerIndex > 0)
            result->notes.append(tr("Header in row %1; the %2 row(s) above it are skipped.")
                                     .arg(headerIndex + 1)
                                     .arg(headerIndex));
        else
            result->notes.append(tr("Header in row 1."));
    }
}

// Decimal separator from numeric cells: a value that only one convention reads ("1.234,5",
// "12,5", "1,234,567") is evidence; "1,234" or "1.234" fit both and decide nothing.
void detectNumberFormat(const std::vector<Record> &records, std::size_t firstData,
                        SniffResult *result)
{
    int commaDecimal = 0, dotDecimal = 0, ambiguous = 0;
    bool dotInValues = false, commaInValues = false, apostrophes = false;
    QString dotExample, commaExample, exampleColumn, ambiguousExample, ambiguousColumn;
    const unsigned calendarFormats
        = bit(DateFormat::Iso) | bit(DateFormat::DayMonthYear) | bit(DateFormat::MonthDayYear);
    for (std::size_t r = firstData; r < records.size(); ++r) {
        const Record &record = records[r];
        for (std::size_t c = 0; c < record.size() && c < std::size_t(result->headers.size()); ++c) {
            const std::string &cell = record[c];
            if (!looksNumeric(cell) || cell.find_first_of("/:") != std::string::npos
                || (dateFormatsMatching(cell) & calendarFormats))
                continue;
            const bool hasApostrophe = cell.find('\'') != std::string::npos;
            apostrophes = apostrophes || hasApostrophe;
            const bool hasDot = cell.find('.') != std::string::npos;
            const bool hasComma = cell.find(',') != std::string::npos;
            if (!hasDot && !hasComma)
                continue;
            const NumberFormat dotFormat{'.', hasApostrophe ? '\'' : ','};
            const NumberFormat commaFormat{',', hasApostrophe ? '\'' : '.'};
            const bool readsDot = parseDecimal(cell, dotFormat).has_value();
            const bool readsComma = parseDecimal(cell, commaFormat).has_value();
            if (readsDot && readsComma) {
                ++ambiguous;
                if (ambiguousExample.isEmpty()) {
                    ambiguousExample = toQString(cell);
                    ambiguousColumn = result->headers[qsizetype(c)];
                }
                continue;
            }
            if (!readsDot && !readsComma)
                continue;
            if (readsDot) {
                ++dotDecimal;
                commaInValues = commaInValues || hasComma;
            } else {
                ++commaDecimal;
                dotInValues = dotInValues || hasDot;
            }
            QString &example = readsDot ? dotExample : commaExample;
            if (example.isEmpty())
                example = toQString(cell);
            if (exampleColumn.isEmpty())
                exampleColumn = result->headers[qsizetype(c)];
        }
    }

    const char delimiter = result->format.delimiter;
    NumberFormat number;
    QString why;
    if (commaDecimal > dotDecimal || (commaDecimal == 0 && dotDecimal == 0 && delimiter == ';')) {
        number.decimal = ',';
        if (commaDecimal > 0)
            why = tr("values such as %1").arg(commaExample);
        else
            why = tr("';' delimiter");
    } else if (dotDecimal > commaDecimal) {
        number.decimal = '.';
        why = tr("values such as %1").arg(dotExample);
    } else if (ambiguous > 0 && delimiter != ',') {
        // Only values like "1,234", in a tab or '|' file: nothing decides.
        result->numberAmbiguous = true;
        result->ambiguities.append(
            tr("Column '%1': numbers such as %2 can be read with a decimal comma or a decimal "
               "point; choose the decimal separator.")
                .arg(ambiguousColumn, ambiguousExample));
    } else if (dotDecimal > 0) { // an exact tie of evidence
        result->numberAmbiguous = true;
        result->ambiguities.append(
            tr("Column '%1': some numbers use a decimal comma and others a decimal point; "
               "choose the decimal separator.")
                .arg(exampleColumn));
    } else {
        number.decimal = '.';
        why = ambiguous > 0 ? tr("',' delimiter") : tr("no decimal separators in the sample");
    }
    if (number.decimal == ',')
        number.thousands = apostrophes ? '\'' : '.';
    else
        number.thousands = apostrophes ? '\'' : (commaInValues || ambiguous > 0 ? ',' : 0);

    result->format.numberAuto = result->numberAmbiguous;
    if (result->numberAmbiguous)
        return;
    result->format.number = number;
    const QString thousands = number.thousands == 0      ? QString()
                              : number.thousands == '\'' ? QStringLiteral("'")
                                                         : QString(QLatin1Char(number.thousands));
    result->notes.append(
        thousands.isEmpty()
            ? tr("Decimal separator '%1' (%2).").arg(QLatin1Char(number.decimal)).arg(why)
            : tr("Decimal separator '%1', thousands separator '%2' (%3).")
                  .arg(QLatin1Char(number.decimal))
                  .arg(thousands, why));
}

struct DateColumn
{
    QString name;
    unsigned mask = 0;        // formats that read (nearly) every value of the column
    QString ambiguousExample; // a value that reads as both day/month and month/day
};

// Date format per column: the formats that read at least 90% of its values (one mistyped date
// in the sample must not hide the format of all the others; the importer reports that row).
std::vector<DateColumn> dateColumns(const std::vector<Record> &records, std::size_t firstData,
                                    const SniffResult &result)
{
    std::vector<DateColumn> columns;
    for (std::size_t c = 0; c < std::size_t(result.headers.size()); ++c) {
        int values = 0, plausibleSerials = 0;
        int matches[8] = {};
        std::string ambiguousExample;
        bool allPlainNumbers = true;
        for (std::size_t r = firstData; r < records.size(); ++r) {
            if (c >= records[r].size() || records[r][c].empty())
                continue;
            const std::string &cell = records[r][c];
            const unsigned cellMask = dateFormatsMatching(cell);
            for (unsigned f = 0; f < 8; ++f)
                matches[f] += (cellMask >> f) & 1u;
            ++values;
            if (cell.find_first_not_of("0123456789.") != std::string::npos)
                allPlainNumbers = false;
            if (const auto serial = parseDecimal(cell, NumberFormat{});
                serial && *serial >= 20000 && *serial <= 80000)
                ++plausibleSerials;
            const unsigned both = bit(DateFormat::DayMonthYear) | bit(DateFormat::MonthDayYear);
            if (ambiguousExample.empty() && (cellMask & both) == both)
                ambiguousExample = cell;
        }
        if (values == 0)
            continue;
        const auto majority = [values](int count) {
            return count > 0 && double(count) >= 0.9 * double(values);
        };
        unsigned mask = 0;
        for (unsigned f = 0; f < 8; ++f)
            if (majority(matches[f]))
                mask |= 1u << f;
        // Excel serials are plain numbers: only a date heading and a plausible range
        // (1954–2119) make them dates.
        const QString name = result.headers[qsizetype(c)];
        const bool dateHeader = result.format.hasHeader && headerSuggestsDate(name);
        if (!dateHeader || !majority(plausibleSerials))
            mask &= ~bit(DateFormat::ExcelSerial);
        // "1.5.24" style values are dates only in dd.mm.yy shape, which the parsers check;
        // plain digits are dates only as yyyymmdd (8 digits, a valid calendar date).
        if (allPlainNumbers && !dateHeader)
            mask &= bit(DateFormat::DayMonthYear) | bit(DateFormat::Compact);
        if (!mask)
            continue;
        columns.push_back({name, mask, toQString(ambiguousExample)});
    }
    return columns;
}

void detectDateFormat(const std::vector<Record> &records, std::size_t firstData,
                      SniffResult *result)
{
    const std::vector<DateColumn> columns = dateColumns(records, firstData, *result);
    if (columns.empty())
        return;
    // One format serves the whole file: the one most date columns can be read in.
    const DateFormat order[] = {DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear,
                                DateFormat::Compact, DateFormat::ExcelSerial};
    unsigned combined = ~0u;
    for (const DateColumn &column : columns)
        combined &= column.mask;
    if (!combined) {
        int bestCount = 0;
        for (DateFormat f : order) {
            const auto count = std::count_if(columns.begin(), columns.end(),
                                             [f](const DateColumn &c) { return c.mask & bit(f); });
            if (count > bestCount) {
                bestCount = int(count);
                combined = bit(f);
            }
        }
        // DD/MM vs MM/DD stays open when the best columns allow both.
        for (const DateColumn &column : columns)
            if ((column.mask & combined) && (column.mask & bit(DateFormat::MonthDayYear))
                && (column.mask & bit(DateFormat::DayMonthYear)))
                combined |= column.mask
                            & (bit(DateFormat::DayMonthYear) | bit(DateFormat::MonthDayYear));
    }
    const auto has = [combined](DateFormat f) {
        return (combined & bit(f)) != 0;
    };
    DateFormat format = DateFormat::Auto;
    if (has(DateFormat::Iso))
        format = DateFormat::Iso;
    else if (has(DateFormat::DayMonthYear) && has(DateFormat::MonthDayYear)) {
        result->dateAmbiguous = true;
        for (const DateColumn &column : columns) {
            if (!column.ambiguousExample.isEmpty()) {
                result->ambiguities.append(
                    tr("Column '%1': dates such as %2 can be read as day/month or month/day; "
                       "choose the date format.")
                        .arg(column.name, column.ambiguousExample));
                break;
            }
        }
        return;
    } else if (has(DateFormat::DayMonthYear))
        format = DateFormat::DayMonthYear;
    else if (has(DateFormat::MonthDayYear))
        format = DateFormat::MonthDayYear;
    else if (has(DateFormat::Compact))
        format = DateFormat::Compact;
    else if (has(DateFormat::ExcelSerial))
        format = DateFormat::ExcelSerial;
    result->format.dateFormat = format;

    QStringList fitting, other;
    for (const DateColumn &column : columns)
        ((column.mask & bit(format)) ? fitting : other).append(column.name);
    const QString formatText = format == DateFormat::ExcelSerial ? tr("Excel serial numbers")
                                                                 : dateFormatPattern(format);
    result->notes.append(
        tr("Dates as %1 (column %2).")
            .arg(formatText,
                 QLatin1Char('\'') + fitting.join(QStringLiteral("', '")) + QLatin1Char('\'')));
    for (const QString &name : other)
        result->notes.append(
            tr("Column '%1' holds dates in another format; its values will be reported.")
                .arg(name));
}

} // namespace

Result<SniffResult> CsvSniffer::sniff(const QString &path, const CsvFormat &hint, int previewRows,
                                      qint64 sampleBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Cannot read %1: %2").arg(path, file.errorString()),
                     QStringLiteral("not-found"));
    sampleBytes = std::max<qint64>(sampleBytes, 1024);
    const QByteArray sample = file.read(sampleBytes);
    const bool truncated = file.size() > sample.size();
    file.close();
    const QString fileName = QFileInfo(path).fileName();
    if (sample.trimmed().isEmpty() || sample == QByteArray("\xEF\xBB\xBF")
        || sample == QByteArray("\xFF\xFE") || sample == QByteArray("\xFE\xFF"))
        return Error(tr("%1 is empty.").arg(fileName), QStringLiteral("empty-file"));
    // Planners often pick the workbook instead of its CSV export.
    if (sample.startsWith("PK\x03\x04") || sample.startsWith("\xD0\xCF\x11\xE0"))
        return Error(tr("%1 is an Excel workbook, not a CSV file; save it as CSV (UTF-8) first.")
                         .arg(fileName),
                     QStringLiteral("not-csv"));

    SniffResult result;
    result.format = hint;
    if (hint.encoding == Encoding::Auto) {
        if (!sample.startsWith("\xFF\xFE") && !sample.startsWith("\xFE\xFF")
            && sample.contains('\0'))
            return Error(tr("%1 contains zero bytes: it is either not a text file or UTF-16 "
                            "without a byte-order mark; choose the encoding.")
                             .arg(fileName),
                         QStringLiteral("not-csv"));
        result.format.encoding = detectEncoding(sample, truncated, &result.notes);
    }
    if (hint.delimiter == 0)
        detectDelimiter(path, &result, sampleBytes);

    const int maxRecords = std::max(500, previewRows + 60);
    const Sample records = sampleRecords(path, result.format.encoding, result.format.delimiter,
                                         maxRecords, sampleBytes);
    if (records.records.empty()) {
        if (!records.error.isEmpty())
            return Error(records.error, QStringLiteral("bad-file"));
        return Error(tr("%1 holds no records.").arg(fileName), QStringLiteral("empty-file"));
    }
    const FieldCounts counts = fieldCounts(records.records);
    if (hint.headerLine < 0)
        detectHeader(records.records, counts.mode, &result);

    const std::size_t headerLine = std::size_t(std::max(0, result.format.headerLine));
    const std::size_t firstData = result.format.hasHeader ? headerLine + 1 : headerLine;
    std::size_t width = counts.mode;
    if (result.format.hasHeader && headerLine < records.records.size()) {
        const Record &header = records.records[headerLine];
        width = header.size();
        // Trailing empty header cells (a delimiter at the end of every line) are not columns.
        while (width > 1 && header[width - 1].empty())
            --width;
        for (std::size_t i = 0; i < width; ++i)
            result.headers.append(toQString(header[i]));
    } else {
        for (std::size_t i = 0; i < width; ++i)
            result.headers.append(QString::number(i + 1));
    }

    for (std::size_t r = firstData;
         r < records.records.size() && result.previewRows.size() < previewRows; ++r) {
        QStringList row;
        for (const auto &cell : records.records[r])
            row.append(toQString(cell));
        result.previewRows.append(row);
    }

    if (hint.numberAuto)
        detectNumberFormat(records.records, firstData, &result);
    if (hint.dateFormat == DateFormat::Auto)
        detectDateFormat(records.records, firstData, &result);
    if (!records.error.isEmpty())
        result.notes.append(
            tr("Only the rows before this problem were sampled: %1").arg(records.error));
    return result;
}

} // namespace Stockshift::Import
