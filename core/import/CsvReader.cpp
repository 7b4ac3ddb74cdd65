#include "import/CsvReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace Stockshift::Import {

namespace {

// A record (all its fields together) longer than this is an error: without the guard a file
// without any line break would be read into memory as a single record.
constexpr std::size_t kMaxRecordBytes = 64 * CsvReader::kMaxFieldBytes;

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Import", text);
}

// Windows-1252 bytes 0x80–0x9F as Unicode code points (0 = undefined, mapped to U+FFFD);
// 0xA0–0xFF equal Latin-1.
constexpr char16_t kCp1252High[32]
    = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

// Windows-1252 is a single-byte encoding, so blocks can be transcoded independently; runs of
// ASCII (nearly all of an ERP export) are copied in one go.
void appendCp1252(std::string &out, const char *data, std::size_t size)
{
    std::size_t i = 0;
    while (i < size) {
        std::size_t ascii = i;
        while (ascii < size && static_cast<unsigned char>(data[ascii]) < 0x80)
            ++ascii;
        out.append(data + i, ascii - i);
        i = ascii;
        while (i < size && static_cast<unsigned char>(data[i]) >= 0x80) {
            const auto b = static_cast<unsigned char>(data[i++]);
            if (b < 0xA0)
                appendUtf8(out, kCp1252High[b - 0x80] ? kCp1252High[b - 0x80] : 0xFFFD);
            else
                appendUtf8(out, b);
        }
    }
}

} // namespace

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

Status CsvReader::open(const QString &path, Encoding encoding, char delimiter)
{
    if (encoding == Encoding::Auto || delimiter == 0)
        return Error(tr("The CSV format must be resolved before reading."),
                     QStringLiteral("format"));
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r')
        return Error(tr("The delimiter cannot be a quote or a line break."),
                     QStringLiteral("format"));
    if (m_file.isOpen())
        m_file.close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error(tr("Cannot read %1: %2").arg(path, m_file.errorString()),
                     QStringLiteral("not-found"));
    m_encoding = encoding;
    m_delimiter = delimiter;
    m_buffer.clear();
    m_pos = 0;
    m_eof = false;
    m_line = 1;
    m_recordLine = 0;
    m_recordNumber = 0;
    m_error.clear();
    m_decoder.reset();
    m_pendingSurrogate = 0;
    if (encoding == Encoding::Utf16LE)
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16LE);
    else if (encoding == Encoding::Utf16BE)
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16BE);

    // Skip a byte-order mark in the raw bytes, so that the first header cell never starts with
    // an invisible U+FEFF.
    const QByteArray head = m_file.peek(3);
    if (head.startsWith("\xEF\xBB\xBF") && encoding != Encoding::Utf16LE
        && encoding != Encoding::Utf16BE)
        m_file.seek(3);
    else if ((encoding == Encoding::Utf16LE && head.startsWith("\xFF\xFE"))
             || (encoding == Encoding::Utf16BE && head.startsWith("\xFE\xFF")))
        m_file.seek(2);
    return {};
}

qint64 CsvReader::bytesRead() const
{
    return m_file.isOpen() ? m_file.pos() : 0;
}

qint64 CsvReader::totalBytes() const
{
    return m_file.isOpen() ? m_file.size() : 0;
}

// Replaces the buffer with the next block. Callers copy what they still need out of the old
// block first (fields are unescaped into m_record), so nothing points into it any more.
bool CsvReader::fillBuffer()
{
    m_pos = 0;
    if (m_eof) {
        m_buffer.clear();
        return false;
    }
    const auto blockSize = qint64(m_blockSize);
    qint64 n = 0;
    if (m_encoding == Encoding::Utf8) {
        // UTF-8 needs no decoding: the bytes go straight into the buffer (resizing to the block
        // size is free after the first block), and a multibyte sequence cut by the block end is
        // completed by the next block because fields are assembled byte-wise in m_record.
        m_buffer.resize(m_blockSize);
        n = m_file.read(m_buffer.data(), blockSize);
        m_buffer.resize(std::size_t(std::max<qint64>(n, 0)));
    } else {
        m_buffer.clear();
        m_raw.resize(blockSize);
        n = m_file.read(m_raw.data(), blockSize);
        if (n > 0) {
            m_raw.resize(n);
            if (m_encoding == Encoding::Windows1252) {
                m_buffer.reserve(std::size_t(n) + std::size_t(n) / 4);
                appendCp1252(m_buffer, m_raw.constData(), std::size_t(n));
            } else {
                // The decoder keeps an odd byte for the next block, but it does return the
                // high half of a surrogate pair split between blocks, which toUtf8() would turn
                // into '?': it is held back and put before the next block's text.
                QString text = (*m_decoder)(m_raw);
                if (m_pendingSurrogate) {
                    text.prepend(QChar(m_pendingSurrogate));
                    m_pendingSurrogate = 0;
                }
                if (!text.isEmpty() && text.back().isHighSurrogate()) {
                    m_pendingSurrogate = text.back().unicode();
                    text.chop(1);
                }
                const QByteArray utf8 = text.toUtf8();
                m_buffer.assign(utf8.constData(), std::size_t(utf8.size()));
            }
        }
    }
    if (n < 0) {
        m_error = tr("Read error: %1").arg(m_file.errorString());
        m_buffer.clear();
        m_eof = true;
        return false;
    }
    if (n == 0) {
        m_eof = true;
        if (m_pendingSurrogate) { // the file ends with half a surrogate pair
            m_pendingSurrogate = 0;
            m_buffer.assign("\xEF\xBF\xBD"); // U+FFFD
            return true;
        }
        return false;
    }
    return true;
}

bool CsvReader::readRecord()
{
    m_record.clear();
    m_fieldEnds.clear();
    m_fields.clear();
    if (!m_error.isEmpty())
        return false;

    // A UTF-16 block may decode to nothing (a lone byte), hence the loop.
    const auto haveData = [this]() {
        while (m_pos >= m_buffer.size()) {
            if (!fillBuffer())
                return false;
        }
        return true;
    };

    // Skip empty lines (they still count in line numbers).
    for (;;) {
        if (!haveData())
            return false;
        const char c = m_buffer[m_pos];
        if (c == '\n') {
            ++m_pos;
            ++m_line;
        } else if (c == '\r') {
            ++m_pos;
            if (haveData() && m_buffer[m_pos] == '\n')
                ++m_pos;
            ++m_line;
        } else {
            break;
        }
    }
    m_recordLine = m_line;
    ++m_recordNumber;

    std::size_t fieldStart = 0;
    qint64 fieldLine = m_line;
    const auto endField = [this, &fieldStart]() {
        m_fieldEnds.push_back(m_record.size());
        fieldStart = m_record.size();
    };
    const auto tooLong = [this, &fieldStart, &fieldLine]() {
        if (m_record.size() - fieldStart > kMaxFieldBytes) {
            m_error = tr("The field that starts on line %1 is longer than %2 bytes; is a "
                         "closing quote missing?")
                          .arg(fieldLine)
                          .arg(kMaxFieldBytes);
            return true;
        }
        if (m_record.size() > kMaxRecordBytes) {
            m_error = tr("The record on line %1 is longer than %2 bytes.")
                          .arg(m_recordLine)
                          .arg(kMaxRecordBytes);
            return true;
        }
        return false;
    };

    const char delimiter = m_delimiter;
    for (;;) { // one iteration per field
        fieldLine = m_line;
        if (!haveData()) {
            // End of file ends the record (a last line without a line break, or a delimiter
            // right before the end: an empty last field).
            endField();
            break;
        }
        if (m_buffer[m_pos] == '"') {
            ++m_pos;
            for (;;) {
                if (!haveData()) {
                    m_error
                        = tr("A quoted field that starts on line %1 is not closed.").arg(fieldLine);
                    return false;
                }
                const char *begin = m_buffer.data() + m_pos;
                const char *end = m_buffer.data() + m_buffer.size();
                const auto *quote
                    = static_cast<const char *>(std::memchr(begin, '"', std::size_t(end - begin)));
                const char *stop = quote ? quote : end;
                m_record.append(begin, std::size_t(stop - begin));
                m_pos += std::size_t(stop - begin);
                // Line breaks inside the quotes: LF, CRLF and a lone CR each count once. A CR
                // at the end of the chunk is decided by the character after it, which may be in
                // the next block.
                m_line += std::count(begin, stop, '\n');
                bool trailingCr = false;
                for (const char *cr = begin; (cr = static_cast<const char *>(
                                                  std::memchr(cr, '\r', std::size_t(stop - cr))));
                     ++cr) {
                    if (cr + 1 == stop)
                        trailingCr = true;
                    else if (cr[1] != '\n')
                        ++m_line;
                }
                if (tooLong())
                    return false;
                if (trailingCr && !(haveData() && m_buffer[m_pos] == '\n'))
                    ++m_line;
                if (!quote && !trailingCr)
                    continue;
                if (!haveData() || m_buffer[m_pos] != '"')
                    continue; // the chunk ended with a CR; go on reading the quoted text
                ++m_pos;      // the closing quote, or the first of a doubled quote
                if (haveData() && m_buffer[m_pos] == '"') {
                    m_record.push_back('"');
                    ++m_pos;
                    continue;
                }
                break;
            }
            // Text after the closing quote ("abc"def) is kept as written, like spreadsheets
            // do; the unquoted scan below appends it to the same field.
        }
        // Unquoted text up to the next delimiter or line break, possibly over several blocks.
        bool atEnd = false;
        char stopChar = 0;
        for (;;) {
            if (!haveData()) {
                atEnd = true;
                break;
            }
            const char *data = m_buffer.data();
            const std::size_t size = m_buffer.size();
            std::size_t p = m_pos;
            // Most bytes are above '\r', so one well-predicted compare usually decides.
            while (p < size) {
                const char c = data[p];
                if (c == delimiter
                    || (static_cast<unsigned char>(c) <= '\r' && (c == '\n' || c == '\r')))
                    break;
                ++p;
            }
            m_record.append(data + m_pos, p - m_pos);
            m_pos = p;
            if (tooLong())
                return false;
            if (p < size) {
                stopChar = data[p];
                ++m_pos;
                break;
            }
        }
        endField();
        if (atEnd)
            break;
        if (stopChar == delimiter)
            continue;
        // A line break ends the record.
        if (stopChar == '\r' && haveData() && m_buffer[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        break;
    }

    // Views are made only now: m_record may have reallocated while it grew.
    std::size_t start = 0;
    m_fields.reserve(m_fieldEnds.size());
    for (std::size_t end : m_fieldEnds) {
        m_fields.emplace_back(m_record.data() + start, end - start);
        start = end;
    }
    return true;
}

Result<std::vector<std::vector<std::string>>> readAllRecords(const QString &path, Encoding encoding,
                                                             char delimiter, int maxRecords)
{
    CsvReader reader;
    if (Status s = reader.open(path, encoding, delimiter); !s)
        return s.error();
    std::vector<std::vector<std::string>> records;
    while ((maxRecords < 0 || int(records.size()) < maxRecords) && reader.readRecord()) {
        std::vector<std::string> record;
        record.reserve(reader.fields().size());
        for (std::string_view field : reader.fields())
            record.emplace_back(field);
        records.push_back(std::move(record));
    }
    if (!reader.error().isEmpty())
        return Error(reader.error(), QStringLiteral("bad-file"));
    return records;
}

} // namespace Stockshift::Import
