#include "import/CsvReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace Stockshift::Import {

namespace {

constexpr qint64 kBlockBytes = 1 << 20;

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

} // namespace

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

Status CsvReader::open(const QString &path, Encoding encoding, char delimiter)
{
    if (encoding == Encoding::Auto || delimiter == 0)
        return Error(tr("The CSV format must be resolved before reading."),
                     QStringLiteral("format"));
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
    if (encoding == Encoding::Utf16LE)
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16LE);
    else if (encoding == Encoding::Utf16BE)
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16BE);

    // Skip a byte-order mark in the raw bytes; the decoders would keep a UTF-16 BOM that was
    // already consumed here.
    const QByteArray head = m_file.peek(3);
    if (head.startsWith("\xEF\xBB\xBF"))
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

bool CsvReader::fillBuffer()
{
    m_buffer.clear();
    m_pos = 0;
    if (m_eof)
        return false;
    QByteArray raw(kBlockBytes, Qt::Uninitialized);
    const qint64 n = m_file.read(raw.data(), raw.size());
    if (n < 0) {
        m_error = tr("Read error: %1").arg(m_file.errorString());
        m_eof = true;
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    raw.truncate(n);
    switch (m_encoding) {
    case Encoding::Utf8:
    case Encoding::Auto:
        m_buffer.assign(raw.constData(), std::size_t(n));
        break;
    case Encoding::Windows1252:
        m_buffer.reserve(std::size_t(n) + std::size_t(n) / 8);
        for (char c : raw) {
            const auto b = static_cast<unsigned char>(c);
            if (b < 0x80)
                m_buffer.push_back(c);
            else if (b < 0xA0)
                appendUtf8(m_buffer, kCp1252High[b - 0x80] ? kCp1252High[b - 0x80] : 0xFFFD);
            else
                appendUtf8(m_buffer, b);
        }
        break;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        // The decoder keeps state, so a code unit or surrogate pair split between blocks is
        // completed with the next block.
        const QString text = (*m_decoder)(raw);
        const QByteArray utf8 = text.toUtf8();
        m_buffer.assign(utf8.constData(), std::size_t(utf8.size()));
        break;
    }
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
    const auto endField = [&]() {
        m_fieldEnds.push_back(m_record.size());
        fieldStart = m_record.size();
    };
    const auto tooLong = [&]() {
        if (m_record.size() - fieldStart > kMaxFieldBytes) {
            m_error = tr("A field is longer than %1 bytes; is a closing quote missing?")
                          .arg(kMaxFieldBytes);
            return true;
        }
        return false;
    };

    bool atFieldStart = true;
    for (;;) {
        if (!haveData()) {
            // End of file ends the record (a last line without a line break).
            endField();
            break;
        }
        const char *data = m_buffer.data();
        const std::size_t size = m_buffer.size();
        if (atFieldStart && data[m_pos] == '"') {
            ++m_pos;
            const qint64 quoteLine = m_line;
            for (;;) {
                if (!haveData()) {
                    m_error
                        = tr("A quoted field that starts on line %1 is not closed.").arg(quoteLine);
                    return false;
                }
                const char *begin = m_buffer.data() + m_pos;
                const char *end = m_buffer.data() + m_buffer.size();
                const char *quote
                    = static_cast<const char *>(std::memchr(begin, '"', std::size_t(end - begin)));
                const char *stop = quote ? quote : end;
                m_line += std::count(begin, stop, '\n');
                m_record.append(begin, std::size_t(stop - begin));
                if (tooLong())
                    return false;
                m_pos += std::size_t(stop - begin);
                if (!quote)
                    continue;
                ++m_pos; // the quote
                if (haveData() && m_buffer[m_pos] == '"') {
                    m_record.push_back('"');
                    ++m_pos;
                    continue;
                }
                break;
            }
            atFieldStart = false;
            continue; // text after the closing quote (lenient) is read as unquoted
        }
        atFieldStart = false;
        // Unquoted run up to the next delimiter or line break.
        std::size_t p = m_pos;
        const char delimiter = m_delimiter;
        while (p < size) {
            const char c = data[p];
            if (c == delimiter || c == '\n' || c == '\r')
                break;
            ++p;
        }
        m_record.append(data + m_pos, p - m_pos);
        m_pos = p;
        if (tooLong())
            return false;
        if (p == size)
            continue; // the block ended inside the field: refill and go on
        const char c = data[p];
        if (c == delimiter) {
            ++m_pos;
            endField();
            atFieldStart = true;
            continue;
        }
        // Line break ends the record.
        ++m_pos;
        if (c == '\r' && haveData() && m_buffer[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        endField();
        break;
    }

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
        for (std::string_view field : reader.fields())
            record.emplace_back(field);
        records.push_back(std::move(record));
    }
    if (!reader.error().isEmpty())
        return Error(reader.error(), QStringLiteral("bad-file"));
    return records;
}

} // namespace Stockshift::Import
