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

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Import", text);
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Strict UTF-8 validation (no overlongs, no surrogates, at most U+10FFFF). A sequence cut off at
// the end of the sample is accepted: the sample is a prefix of the file.
bool isValidUtf8(const QByteArray &bytes)
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
        if (i + length > n)
            return true; // cut off by the sample's end
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

Encoding detectEncoding(const QByteArray &sample, QStringList *notes)
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
    if (isValidUtf8(sample)) {
        notes->append(tr("Encoding UTF-8."));
        return Encoding::Utf8;
    }
    notes->append(tr("Encoding Windows-1252 (the file is not valid UTF-8)."));
    return Encoding::Windows1252;
}

std::vector<std::vector<std::string>> sampleRecords(const QString &path, Encoding encoding,
                                                    char delimiter, int maxRecords, qint64 maxBytes)
{
    std::vector<std::vector<std::string>> records;
    CsvReader reader;
    if (!reader.open(path, encoding, delimiter))
        return records;
    while (int(records.size()) < maxRecords && reader.readRecord()) {
        std::vector<std::string> record;
        for (std::string_view field : reader.fields())
            record.emplace_back(trimmed(field));
        records.push_back(std::move(record));
        if (reader.bytesRead() > maxBytes && records.size() > 20)
            break;
    }
    return records;
}

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
           || n.contains(QLatin1String("day")) || n == QLatin1String("eta")
           || n.contains(QLatin1String("due")) || n.contains(QLatin1String("expiry"))
           || n.contains(QLatin1String("valid")) || n == QLatin1String("start")
           || n == QLatin1String("end");
}

} // namespace

Result<SniffResult> CsvSniffer::sniff(const QString &path, const CsvFormat &hint, int previewRows,
                                      qint64 sampleBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Cannot read %1: %2").arg(path, file.errorString()),
                     QStringLiteral("not-found"));
    const QByteArray sample = file.read(sampleBytes);
    file.close();
    if (sample.trimmed().isEmpty() || sample == QByteArray("\xEF\xBB\xBF"))
        return Error(tr("%1 is empty.").arg(QFileInfo(path).fileName()),
                     QStringLiteral("empty-file"));

    SniffResult result;
    result.format = hint;
    if (hint.encoding == Encoding::Auto)
        result.format.encoding = detectEncoding(sample, &result.notes);

    // Delimiter: the candidate that splits the sampled records into the same number (> 1) of
    // fields most consistently.
    const int sampleRecordCount = 200;
    if (hint.delimiter == 0) {
        double bestScore = -1;
        char best = ',';
        for (char candidate : {',', ';', '\t', '|'}) {
            const auto records = sampleRecords(path, result.format.encoding, candidate,
                                               sampleRecordCount, sampleBytes);
            std::map<std::size_t, int> counts;
            for (const auto &record : records)
                ++counts[record.size()];
            std::size_t mode = 1;
            int modeCount = 0;
            for (const auto &[size, count] : counts)
                if (count > modeCount || (count == modeCount && size > mode)) {
                    mode = size;
                    modeCount = count;
                }
            if (mode < 2 || records.empty())
                continue;
            const double score = double(modeCount) / double(records.size()) + 0.001 * double(mode);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        result.format.delimiter = best;
        if (bestScore < 0)
            result.notes.append(tr("Only one column found; delimiter ',' assumed."));
        else
            result.notes.append(tr("Delimiter '%1'.").arg(delimiterName(best)));
    }

    auto records
        = sampleRecords(path, result.format.encoding, result.format.delimiter, 600, sampleBytes);
    if (records.empty())
        return Error(tr("%1 holds no records.").arg(QFileInfo(path).fileName()),
                     QStringLiteral("empty-file"));
    std::map<std::size_t, int> counts;
    for (const auto &record : records)
        ++counts[record.size()];
    std::size_t dominant = records.front().size();
    int dominantCount = 0;
    for (const auto &[size, count] : counts)
        if (count > dominantCount) {
            dominant = size;
            dominantCount = count;
        }

    // Header: the first record (of the first 20) with the dominant width that is mostly text;
    // records above it are a title block.
    if (hint.headerLine < 0) {
        int headerIndex = -1;
        for (int i = 0; i < std::min<int>(20, int(records.size())); ++i) {
            const auto &record = records[std::size_t(i)];
            if (record.size() < dominant)
                continue;
            int text = 0, numeric = 0;
            for (const auto &cell : record) {
                if (looksNumeric(cell))
                    ++numeric;
                else if (!cell.empty())
                    ++text;
            }
            if (text > numeric) {
                headerIndex = i;
                break;
            }
            if (record.size() == dominant)
                break; // the first full-width record is data: there is no header
        }
        if (headerIndex < 0) {
            result.format.hasHeader = false;
            result.format.headerLine = 0;
            result.notes.append(tr("No header row found; columns are numbered."));
        } else {
            result.format.hasHeader = true;
            result.format.headerLine = headerIndex;
            if (headerIndex > 0)
                result.notes.append(tr("Header on record %1; %2 line(s) above it are skipped.")
                                        .arg(headerIndex + 1)
                                        .arg(headerIndex));
        }
    }
    const std::size_t firstData = result.format.hasHeader
                                      ? std::size_t(result.format.headerLine + 1)
                                      : std::size_t(result.format.headerLine);
    std::size_t width = dominant;
    if (result.format.hasHeader && std::size_t(result.format.headerLine) < records.size()) {
        const auto &header = records[std::size_t(result.format.headerLine)];
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

    // Preview rows.
    for (std::size_t r = firstData; r < records.size() && result.previewRows.size() < previewRows;
         ++r) {
        QStringList row;
        for (const auto &cell : records[r])
            row.append(toQString(cell));
        result.previewRows.append(row);
    }

    // Numbers: evidence for the decimal separator from cells that look like numbers.
    if (hint.numberAuto) {
        int commaDecimal = 0, dotDecimal = 0, ambiguousComma = 0, ambiguousDot = 0;
        bool dotThousands = false, commaThousands = false;
        for (std::size_t r = firstData; r < records.size(); ++r) {
            for (const auto &cell : records[r]) {
                if (!looksNumeric(cell) || cell.find('/') != std::string::npos
                    || cell.find(':') != std::string::npos)
                    continue;
                const auto comma = cell.rfind(','), dot = cell.rfind('.');
                const bool hasComma = comma != std::string::npos, hasDot = dot != std::string::npos;
                if (std::count(cell.begin(), cell.end(), '.')
                        + std::count(cell.begin(), cell.end(), ',')
                    == 0)
                    continue;
                if (hasComma && hasDot) {
                    if (comma > dot) {
                        ++commaDecimal;
                        dotThousands = true;
                    } else {
                        ++dotDecimal;
                        commaThousands = true;
                    }
                } else if (hasComma) {
                    if (std::count(cell.begin(), cell.end(), ',') > 1) {
                        commaThousands = true;
                        ++dotDecimal;
                    } else if (cell.size() - comma - 1 == 3)
                        ++ambiguousComma;
                    else
                        ++commaDecimal;
                } else if (hasDot) {
                    if (std::count(cell.begin(), cell.end(), '.') > 1) {
                        // "01.02.2024" is a date, "1.234.567" grouping.
                        if (dateFormatsMatching(cell) == 0) {
                            dotThousands = true;
                            ++commaDecimal;
                        }
                    } else if (cell.size() - dot - 1 == 3)
                        ++ambiguousDot;
                    else
                        ++dotDecimal;
                }
            }
        }
        NumberFormat number;
        if (commaDecimal > dotDecimal) {
            number.decimal = ',';
            number.thousands = dotThousands || ambiguousDot ? '.' : 0;
        } else if (dotDecimal > 0) {
            number.decimal = '.';
            number.thousands = commaThousands || ambiguousComma ? ',' : 0;
        } else if (ambiguousComma > 0 && result.format.delimiter != ';' && ambiguousDot == 0) {
            result.numberAmbiguous = true;
            result.ambiguities.append(tr("Numbers such as 1,234 can be read as 1.234 or 1234; "
                                         "choose the decimal separator."));
        } else if (result.format.delimiter == ';') {
            number.decimal = ',';
            number.thousands = '.';
        }
        result.format.number = number;
        result.format.numberAuto = result.numberAmbiguous;
        if (!result.numberAmbiguous)
            result.notes.append(
                tr("Decimal separator '%1'%2.")
                    .arg(QLatin1Char(number.decimal))
                    .arg(number.thousands
                             ? tr(", thousands separator '%1'").arg(QLatin1Char(number.thousands))
                             : QString()));
    }

    // Dates: intersect the formats every value of each date-like column can be read in.
    if (hint.dateFormat == DateFormat::Auto) {
        unsigned combined = ~0u;
        QString ambiguousExample, ambiguousColumn;
        bool anyDateColumn = false;
        for (std::size_t c = 0; c < std::size_t(result.headers.size()); ++c) {
            // A format counts for the column when it reads at least 90% of the values: one
            // mistyped date in the sample must not hide the format of all the others (the
            // importer reports that row).
            int values = 0;
            int matches[8] = {};
            std::string example;
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
                if (example.empty() && cellMask)
                    example = cell;
            }
            unsigned mask = 0;
            for (unsigned f = 0; f < 8; ++f)
                if (values > 0 && matches[f] > 0 && double(matches[f]) >= 0.9 * double(values))
                    mask |= 1u << f;
            if (values == 0 || mask == 0)
                continue;
            const bool dateHeader
                = result.format.hasHeader && headerSuggestsDate(result.headers[qsizetype(c)]);
            // Digits and dots alone are dates when the header says so or they have the shape of
            // dd.mm.yyyy; otherwise they are numbers.
            const bool dottedDates = (mask & (1u << unsigned(DateFormat::DayMonthYear))) != 0
                                     && example.find('.') != std::string::npos;
            if (allPlainNumbers && !dateHeader && !dottedDates)
                continue; // a number column, not dates
            if (!dateHeader)
                mask &= ~(1u << unsigned(DateFormat::ExcelSerial));
            if (!mask)
                continue;
            anyDateColumn = true;
            if ((mask & (1u << unsigned(DateFormat::DayMonthYear)))
                && (mask & (1u << unsigned(DateFormat::MonthDayYear)))
                && ambiguousExample.isEmpty()) {
                ambiguousExample = QString::fromStdString(example);
                ambiguousColumn = result.headers[qsizetype(c)];
            }
            combined &= mask;
        }
        if (anyDateColumn) {
            const auto has = [combined](DateFormat f) {
                return (combined & (1u << unsigned(f))) != 0;
            };
            if (has(DateFormat::Iso))
                result.format.dateFormat = DateFormat::Iso;
            else if (has(DateFormat::DayMonthYear) && has(DateFormat::MonthDayYear)) {
                result.dateAmbiguous = true;
                result.ambiguities.append(
                    tr("Column '%1': dates such as %2 can be read as day/month or "
                       "month/day; choose the date format.")
                        .arg(ambiguousColumn, ambiguousExample));
            } else if (has(DateFormat::DayMonthYear))
                result.format.dateFormat = DateFormat::DayMonthYear;
            else if (has(DateFormat::MonthDayYear))
                result.format.dateFormat = DateFormat::MonthDayYear;
            else if (has(DateFormat::Compact))
                result.format.dateFormat = DateFormat::Compact;
            else if (has(DateFormat::ExcelSerial))
                result.format.dateFormat = DateFormat::ExcelSerial;
            if (result.format.dateFormat != DateFormat::Auto)
                result.notes.append(
                    tr("Dates as %1.").arg(dateFormatName(result.format.dateFormat)));
        }
    }
    return result;
}

} // namespace Stockshift::Import
