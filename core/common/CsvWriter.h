// CsvWriter — writes RFC 4180 CSV that is safe to open in a spreadsheet.
//
// Contract:
// - Fields are quoted when they contain the delimiter, a quote, CR or LF (quotes doubled).
// - With formulaGuard on (the default), a text field beginning with '=', '+', '-', '@', TAB or CR
//   is prefixed with a single quote so Excel/LibreOffice show it as text instead of evaluating it
//   (OWASP "CSV injection"). Numbers written with number() are never altered, so "-5" stays a
//   number.
// - UTF-8; a BOM is written first when `bom` is set (Excel needs it to detect UTF-8).
// - Not thread-safe; one writer per file.
#pragma once

#include "common/Result.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace Stockshift {

class CsvWriter
{
public:
    struct Options
    {
        char delimiter = ',';
        char decimal = '.';
        bool bom = false;
        bool formulaGuard = true;
        bool crlf = false;
    };

    CsvWriter() = default;
    ~CsvWriter();

    Status open(const QString &path, const Options &options);
    Status open(const QString &path) { return open(path, Options{}); }

    /// Appends a text field to the current row.
    CsvWriter &text(const QString &value);
    CsvWriter &text(std::string_view utf8);
    /// Appends a number (shortest round-trip form, `decimal` separator); NaN writes an empty cell.
    CsvWriter &number(double value);
    CsvWriter &integer(qint64 value);
    CsvWriter &empty();
    /// Ends the current row.
    CsvWriter &endRow();
    /// A whole row of text fields.
    CsvWriter &row(const QStringList &fields);

    Status close();

    /// The escaped form of one field (exposed for tests and other writers).
    static QByteArray escape(const QByteArray &utf8, const Options &options, bool isNumber = false);

private:
    void separator();

    QFile m_file;
    Options m_options;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_failed = false;
};

} // namespace Stockshift
