// Import::CsvReader — a streaming RFC 4180 reader for large ERP exports.
//
// Contract:
// - Reads the file in fixed-size blocks; memory stays flat whatever the file size (one record's
//   fields plus the block buffer). Handles quoted fields with embedded delimiters, doubled quotes
//   and line breaks, CRLF and LF, a final record without a line break, and a UTF-8 BOM.
// - Non-UTF-8 encodings (UTF-16, Windows-1252) are transcoded to UTF-8 block by block, so callers
//   always see UTF-8.
// - Fields are std::string_view into internal storage, valid until the next readRecord() call.
// - Empty lines (no characters at all) are skipped; they still count in line numbers.
// - Single thread: one reader per thread.
#pragma once

#include "common/Result.h"
#include "import/CsvFormat.h"

#include <QFile>
#include <QStringDecoder>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace Stockshift::Import {

class CsvReader
{
public:
    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /// Opens `path`. `encoding` and `delimiter` must be resolved (not Auto / 0).
    Status open(const QString &path, Encoding encoding, char delimiter);

    /// Bytes read from the file per block (default kDefaultBlockBytes, minimum 1). Call before
    /// open(); tests use tiny blocks so that records, quotes, CRLF pairs and multibyte characters
    /// straddle block boundaries.
    void setBlockSize(std::size_t bytes) { m_blockSize = bytes > 0 ? bytes : 1; }

    /// Reads the next record. Returns false at end of file or on error (see error()).
    bool readRecord();

    const std::vector<std::string_view> &fields() const { return m_fields; }
    /// 1-based physical line number on which the current record starts.
    qint64 lineNumber() const { return m_recordLine; }
    /// 1-based index of the current record among non-empty records.
    qint64 recordNumber() const { return m_recordNumber; }
    /// Bytes of the file consumed so far (for progress) and the file size.
    qint64 bytesRead() const;
    qint64 totalBytes() const;
    /// Non-empty after readRecord() returned false because of an I/O or format error
    /// (for example an unterminated quote at end of file).
    QString error() const { return m_error; }

    /// Longest field accepted (bytes); a longer one is an error, which guards against a missing
    /// closing quote swallowing the rest of a multi-gigabyte file.
    static constexpr std::size_t kMaxFieldBytes = 1 << 20;
    static constexpr std::size_t kDefaultBlockBytes = 1 << 20;

private:
    bool fillBuffer();

    QFile m_file;
    Encoding m_encoding = Encoding::Utf8;
    char m_delimiter = ',';
    std::unique_ptr<QStringDecoder> m_decoder;
    std::size_t m_blockSize = kDefaultBlockBytes;
    QByteArray m_raw;                // raw block of a non-UTF-8 file, before transcoding
    char16_t m_pendingSurrogate = 0; // UTF-16 high surrogate whose low half is in the next block
    std::string m_buffer;            // decoded UTF-8 block
    std::size_t m_pos = 0;
    bool m_eof = false;
    std::string m_record; // unescaped bytes of the current record's fields
    std::vector<std::size_t> m_fieldEnds;
    std::vector<std::string_view> m_fields;
    qint64 m_line = 1; // physical line of m_pos
    qint64 m_recordLine = 0;
    qint64 m_recordNumber = 0;
    QString m_error;
};

/// Reads a whole (small) file into records, for previews and tests. Stops after `maxRecords`
/// records (-1 = all).
Result<std::vector<std::vector<std::string>>> readAllRecords(const QString &path, Encoding encoding,
                                                             char delimiter, int maxRecords = -1);

} // namespace Stockshift::Import
