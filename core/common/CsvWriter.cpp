#include "common/CsvWriter.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

namespace Stockshift {

namespace {
constexpr qsizetype kFlushBytes = 1 << 20;
}

CsvWriter::~CsvWriter()
{
    (void)close();
}

Status CsvWriter::open(const QString &path, const Options &options)
{
    m_options = options;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(QCoreApplication::translate("Stockshift::CsvWriter", "Cannot write %1: %2")
                         .arg(path, m_file.errorString()),
                     QStringLiteral("write-failed"));
    m_buffer.clear();
    m_rowStarted = false;
    m_failed = false;
    if (options.bom)
        m_buffer.append("\xEF\xBB\xBF");
    return {};
}

QByteArray CsvWriter::escape(const QByteArray &utf8, const Options &options, bool isNumber)
{
    QByteArray field = utf8;
    if (options.formulaGuard && !isNumber && !field.isEmpty()) {
        const char first = field.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
            || first == '\r')
            field.prepend('\'');
    }
    bool needsQuotes = false;
    for (char c : field) {
        if (c == options.delimiter || c == '"' || c == '\n' || c == '\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QByteArray quoted;
    quoted.reserve(field.size() + 2);
    quoted.append('"');
    for (char c : field) {
        if (c == '"')
            quoted.append('"');
        quoted.append(c);
    }
    quoted.append('"');
    return quoted;
}

void CsvWriter::separator()
{
    if (m_rowStarted)
        m_buffer.append(m_options.delimiter);
    m_rowStarted = true;
}

CsvWriter &CsvWriter::text(const QString &value)
{
    separator();
    m_buffer.append(escape(value.toUtf8(), m_options));
    return *this;
}

CsvWriter &CsvWriter::text(std::string_view utf8)
{
    separator();
    m_buffer.append(escape(QByteArray(utf8.data(), qsizetype(utf8.size())), m_options));
    return *this;
}

CsvWriter &CsvWriter::number(double value)
{
    separator();
    if (!std::isfinite(value))
        return *this;
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    QByteArray text(buffer, ec == std::errc() ? end - buffer : 0);
    if (m_options.decimal != '.')
        text.replace('.', m_options.decimal);
    m_buffer.append(escape(text, m_options, true));
    return *this;
}

CsvWriter &CsvWriter::integer(qint64 value)
{
    separator();
    m_buffer.append(QByteArray::number(value));
    return *this;
}

CsvWriter &CsvWriter::empty()
{
    separator();
    return *this;
}

CsvWriter &CsvWriter::endRow()
{
    m_buffer.append(m_options.crlf ? "\r\n" : "\n");
    m_rowStarted = false;
    if (m_buffer.size() >= kFlushBytes) {
        if (m_file.write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }
    return *this;
}

CsvWriter &CsvWriter::row(const QStringList &fields)
{
    for (const QString &field : fields)
        text(field);
    return endRow();
}

Status CsvWriter::close()
{
    if (!m_file.isOpen())
        return {};
    if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    const QString name = m_file.fileName();
    const QString errorText = m_file.errorString();
    m_file.close();
    if (m_failed)
        return Error(QCoreApplication::translate("Stockshift::CsvWriter", "Writing %1 failed: %2")
                         .arg(name, errorText),
                     QStringLiteral("write-failed"));
    return {};
}

} // namespace Stockshift
