#include "export/OrderDocuments.h"

#include "common/CsvWriter.h"
#include "common/Days.h"
#include "import/ImportKind.h"
#include "import/MappingProfile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <charconv>
#include <cmath>

namespace Stockshift::Export {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Stockshift::Export", text, disambiguation, n);
}

// ---------------------------------------------------------------------------------------------
// Numbers

// Shortest round-trip text, '.' decimal: what spreadsheets and ERPs parse back exactly.
QByteArray shortest(double value)
{
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, ec == std::errc() ? end - buffer : 0);
}

double money(double value)
{
    return std::round(value * 100.0) / 100.0;
}

// Fixed decimals with trailing zeros trimmed (EDI numeric values carry no padding), at least
// `minDecimals`: 12.5 → "12.50" with 2, 100 → "100" with 0.
QString plain(double value, int minDecimals, int maxDecimals)
{
    QString text = QString::number(value, 'f', maxDecimals);
    if (maxDecimals > 0) {
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        qsizetype keep = text.size();
        while (keep > dot + 1 + minDecimals && text.at(keep - 1) == QLatin1Char('0'))
            --keep;
        if (keep == dot + 1)
            --keep; // no decimals left: drop the point
        text.truncate(keep);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text;
}

QString compactDate(int day)
{
    return Days::toDate(day).toString(QStringLiteral("yyyyMMdd"));
}

// ---------------------------------------------------------------------------------------------
// CSV

class CsvBuffer
{
public:
    CsvBuffer(char delimiter, char decimal, bool bom)
    {
        m_options.delimiter = delimiter;
        m_options.decimal = decimal;
        if (bom)
            m_bytes.append("\xEF\xBB\xBF");
    }
    void text(const QString &value)
    {
        separator();
        m_bytes.append(CsvWriter::escape(value.toUtf8(), m_options));
    }
    void number(double value)
    {
        separator();
        QByteArray n = shortest(value);
        if (m_options.decimal != '.')
            n.replace('.', m_options.decimal);
        m_bytes.append(CsvWriter::escape(n, m_options, true));
    }
    void endRow()
    {
        m_bytes.append("\r\n"); // RFC 4180 line ends: what Excel and ERP loaders expect
        m_started = false;
    }
    QByteArray bytes() const { return m_bytes; }

private:
    void separator()
    {
        if (m_started)
            m_bytes.append(m_options.delimiter);
        m_started = true;
    }
    CsvWriter::Options m_options;
    QByteArray m_bytes;
    bool m_started = false;
};

QString profileDate(int day, Import::DateFormat format)
{
    const QDate date = Days::toDate(day);
    switch (format) {
    case Import::DateFormat::DayMonthYear:
        return date.toString(QStringLiteral("dd.MM.yyyy"));
    case Import::DateFormat::MonthDayYear:
        return date.toString(QStringLiteral("MM/dd/yyyy"));
    case Import::DateFormat::Compact:
        return date.toString(QStringLiteral("yyyyMMdd"));
    case Import::DateFormat::ExcelSerial:
        return QString::number(day + 25569); // 1970-01-01 is serial 25569
    case Import::DateFormat::Auto:
    case Import::DateFormat::Iso:
        break;
    }
    return Days::toIso(day);
}

// ---------------------------------------------------------------------------------------------
// PDF

// Lays `html` out in pages of the writer's paint rectangle (less a footer band) and paints each
// page with a footer "<left>   Page n of N": QTextDocument::print() numbers pages itself but
// without the total or the document number.
Result<QByteArray> renderPdf(const QString &html, const QString &title, const QString &footer,
                             const DocumentContext &context)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Stockshift"));
        const QRect paint = writer.pageLayout().paintRectPixels(writer.resolution());
        const qreal footerHeight = writer.resolution() * 0.35; // about 9 mm
        const QSizeF body(paint.width(), paint.height() - footerHeight);

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setStyleHint(QFont::SansSerif);
        font.setPointSizeF(9);
        document.setDefaultFont(font);
        document.setPageSize(body);
        document.setHtml(html);
        const int pages = std::max(1, document.pageCount());

        QPainter painter;
        if (!painter.begin(&writer))
            return Error(tr("The PDF document %1 could not be started.").arg(title),
                         QStringLiteral("pdf-failed"));
        QFont small = font;
        small.setPointSizeF(7.5);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -page * body.height());
            document.drawContents(&painter,
                                  QRectF(0, page * body.height(), body.width(), body.height()));
            painter.restore();
            painter.setFont(small);
            painter.setPen(Qt::darkGray);
            const QRectF band(0, body.height() + footerHeight * 0.3, body.width(),
                              footerHeight * 0.7);
            painter.drawLine(QPointF(0, band.top()), QPointF(body.width(), band.top()));
            painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, footer);
            painter.drawText(band, Qt::AlignRight | Qt::AlignBottom,
                             tr("Page %1 of %2").arg(page + 1).arg(pages));
        }
        painter.end();
    }
    Q_UNUSED(context);
    return bytes;
}

// Whole units without decimals, fractions with two.
QString quantityText(const QLocale &locale, double quantity)
{
    return locale.toString(quantity, 'f', quantity == std::floor(quantity) ? 0 : 2);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString companyBlock(const CompanySettings &c)
{
    QString html = QStringLiteral("<b>%1</b>").arg(esc(c.companyName));
    for (const QString &line : c.companyAddress.split(QLatin1Char('|'), Qt::SkipEmptyParts))
        html += QStringLiteral("<br>") + esc(line.trimmed());
    if (!c.vatId.isEmpty())
        html += QStringLiteral("<br>") + esc(tr("VAT id %1").arg(c.vatId));
    return html;
}

// ---------------------------------------------------------------------------------------------
// X12

QString x12Clean(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar ch : value) {
        // The separators of this interchange ('*' '~' '>') and control characters cannot appear
        // in data: X12 004010 has no release character.
        if (ch == QLatin1Char('*') || ch == QLatin1Char('~') || ch == QLatin1Char('>')
            || ch == QLatin1Char('^') || ch.unicode() < 0x20)
            out += QLatin1Char(' ');
        else
            out += ch;
    }
    return out.simplified();
}

QString x12Fixed(const QString &value, int width)
{
    return x12Clean(value).left(width).leftJustified(width, QLatin1Char(' '));
}

QString controlNumber(qint64 value)
{
    // Nine digits; a sequence past 999,999,999 starts over (the standard allows the wrap).
    return QStringLiteral("%1").arg(value % 1000000000, 9, 10, QLatin1Char('0'));
}

class X12Builder
{
public:
    void segment(const QStringList &elements)
    {
        m_text += elements.join(QLatin1Char('*')) + QStringLiteral("~\n");
        ++m_count;
    }
    int count() const { return m_count; }
    void resetCount() { m_count = 0; }
    QString text() const { return m_text; }

private:
    QString m_text;
    int m_count = 0;
};

// ---------------------------------------------------------------------------------------------
// JSON

QJsonObject party(const QString &code, const QString &name)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("name"), name}};
}

} // namespace

QString edifactEscape(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar ch : value) {
        if (ch == QLatin1Char('?') || ch == QLatin1Char('+') || ch == QLatin1Char(':')
            || ch == QLatin1Char('\''))
            out += QLatin1Char('?');
        out += ch.unicode() < 0x20 ? QChar(QLatin1Char(' ')) : ch;
    }
    return out;
}

Result<QByteArray> purchaseOrderCsv(const Order &o, const DocumentContext &context,
                                    const CsvLayout &layout)
{
    auto profile = Import::MappingProfile::resolve(layout.profile);
    if (!profile)
        return profile.error();
    const bool generic = profile->name == QLatin1String("generic");
    const Import::ColumnMapping mapping = profile->mappingFor(Import::Kind::OpenOrders);
    if (!generic && mapping.columns.isEmpty())
        return Error(tr("Profile \"%1\" has no layout for open orders, so a purchase order "
                        "cannot be written in it.")
                         .arg(profile->name),
                     QStringLiteral("profile-unsupported"));
    char delimiter = layout.delimiter;
    if (delimiter == 0)
        delimiter = profile->format.delimiter != 0 ? profile->format.delimiter : ',';
    char decimal = layout.decimal;
    if (decimal == 0)
        decimal = profile->format.numberAuto ? '.' : profile->format.number.decimal;
    CsvBuffer csv(delimiter, decimal, layout.bom);

    if (generic) {
        // Stockshift's layout: the open-orders fields under their own names (so the file
        // re-imports as open orders) and what a person reading it needs besides.
        const QStringList header{QStringLiteral("order_ref"),
                                 QStringLiteral("revision"),
                                 QStringLiteral("line"),
                                 QStringLiteral("type"),
                                 QStringLiteral("supplier"),
                                 QStringLiteral("supplier_name"),
                                 QStringLiteral("supplier_sku"),
                                 QStringLiteral("sku"),
                                 QStringLiteral("sku_name"),
                                 QStringLiteral("destination"),
                                 QStringLiteral("destination_name"),
                                 QStringLiteral("quantity"),
                                 QStringLiteral("unit_price"),
                                 QStringLiteral("line_value"),
                                 QStringLiteral("currency"),
                                 QStringLiteral("order_date"),
                                 QStringLiteral("due_date"),
                                 QStringLiteral("buyer"),
                                 QStringLiteral("company")};
        for (const QString &h : header)
            csv.text(h);
        csv.endRow();
        for (const OrderLine &l : o.lines) {
            csv.text(o.number);
            csv.number(o.revision);
            csv.number(l.position);
            csv.text(QStringLiteral("purchase"));
            csv.text(o.supplierCode);
            csv.text(o.supplierName);
            csv.text(l.supplierSku);
            csv.text(l.skuCode);
            csv.text(l.skuName);
            csv.text(o.toCode);
            csv.text(o.toName);
            csv.number(l.quantity);
            csv.number(l.unitPrice);
            csv.number(money(l.value()));
            csv.text(context.company.currency);
            csv.text(Days::toIso(o.orderDay));
            csv.text(Days::toIso(l.arrivalDay));
            csv.text(context.company.buyerName);
            csv.text(context.company.companyName);
            csv.endRow();
        }
        return csv.bytes();
    }

    // A profile's open-orders layout: its column names, its date format; fields it fixes by a
    // constant are left out (the import supplies them), and must agree with the order.
    struct Column
    {
        QString field, header;
    };
    QList<Column> columns;
    const Import::KindSpec &spec = Import::kindSpec(Import::Kind::OpenOrders);
    for (const Import::FieldSpec &f : spec.fields) {
        if (mapping.constants.contains(f.key)) {
            const QString fixed = mapping.constants.value(f.key);
            const QString actual = f.key == QLatin1String("supplier")      ? o.supplierCode
                                   : f.key == QLatin1String("destination") ? o.toCode
                                   : f.key == QLatin1String("type") ? QStringLiteral("purchase")
                                                                    : fixed;
            if (actual.compare(fixed, Qt::CaseInsensitive) != 0)
                return Error(tr("Profile \"%1\" fixes %2 to \"%3\"; purchase order %4 has "
                                "\"%5\".")
                                 .arg(profile->name, f.key, fixed, o.number, actual),
                             QStringLiteral("profile-mismatch"));
            continue;
        }
        if (mapping.columns.contains(f.key))
            columns.append({f.key, mapping.columns.value(f.key)});
        else if (f.isKey)
            // Not in the ERP's layout but needed to re-import each line as itself (the line
            // number is part of the key): written under the field's own name.
            columns.append({f.key, f.key});
    }
    for (const Column &c : columns)
        csv.text(c.header);
    csv.endRow();
    const Import::DateFormat dates = profile->format.dateFormat;
    for (const OrderLine &l : o.lines) {
        for (const Column &c : columns) {
            const QString &f = c.field;
            if (f == QLatin1String("order_ref"))
                csv.text(o.number);
            else if (f == QLatin1String("line"))
                csv.number(l.position);
            else if (f == QLatin1String("type"))
                csv.text(QStringLiteral("purchase"));
            else if (f == QLatin1String("sku"))
                csv.text(l.skuCode);
            else if (f == QLatin1String("supplier"))
                csv.text(o.supplierCode);
            else if (f == QLatin1String("source"))
                csv.text(QString());
            else if (f == QLatin1String("destination"))
                csv.text(o.toCode);
            else if (f == QLatin1String("quantity"))
                csv.number(l.quantity);
            else if (f == QLatin1String("order_date"))
                csv.text(profileDate(o.orderDay, dates));
            else if (f == QLatin1String("due_date"))
                csv.text(profileDate(l.arrivalDay, dates));
            else
                csv.text(QString());
        }
        csv.endRow();
    }
    return csv.bytes();
}

Result<QByteArray> purchaseOrderPdf(const Order &o, const DocumentContext &context)
{
    const CompanySettings &c = context.company;
    const QLocale &locale = context.locale;
    const auto amount = [&](double v) {
        return locale.toString(v, 'f', 2);
    };
    // ISO dates: an order crosses borders, and 03/04 means two different days.
    const auto date = [](int day) {
        return Days::toIso(day);
    };
    QString html;
    html += QStringLiteral("<table width=\"100%\"><tr><td width=\"55%\"><h1>%1</h1>"
                           "<p><b>%2</b><br>%3<br>%4</p></td><td align=\"right\">%5</td></tr>"
                           "</table>")
                .arg(esc(o.revision > 0 ? tr("Purchase order — revision %1").arg(o.revision)
                                        : tr("Purchase order")),
                     esc(tr("No. %1").arg(o.documentNumber())),
                     esc(tr("Order date: %1").arg(date(o.orderDay))),
                     esc(tr("Issued: %1").arg(context.now.date().toString(Qt::ISODate))),
                     companyBlock(c));
    QString buyer = esc(c.buyerName);
    if (!c.buyerEmail.isEmpty())
        buyer += QStringLiteral("<br>") + esc(c.buyerEmail);
    if (!c.buyerPhone.isEmpty())
        buyer += QStringLiteral("<br>") + esc(c.buyerPhone);
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"4\"><tr>"
                           "<td width=\"34%\"><b>%1</b><br>%2<br>%3</td>"
                           "<td width=\"33%\"><b>%4</b><br>%5<br>%6</td>"
                           "<td width=\"33%\"><b>%7</b><br>%8</td></tr></table>")
                .arg(esc(tr("Supplier")), esc(o.supplierName),
                     esc(tr("Supplier no. %1").arg(o.supplierCode)), esc(tr("Deliver to")),
                     esc(o.toName),
                     esc(o.toRegion.isEmpty() ? o.toCode
                                              : tr("%1, region %2").arg(o.toCode, o.toRegion)),
                     esc(tr("Buyer")), buyer);
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Requested delivery: %1. Prices in %2.")
                             .arg(date(o.deliveryDay()), c.currency)));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"3\"><thead><tr>");
    for (const QString &h : {tr("Pos."), tr("SKU"), tr("Supplier SKU"), tr("Description"),
                             tr("Delivery"), tr("Quantity"), tr("Unit price"), tr("Amount")})
        html += QStringLiteral("<th bgcolor=\"#e8e8e8\">%1</th>").arg(esc(h));
    html += QStringLiteral("</tr></thead>");
    for (const OrderLine &l : o.lines)
        html += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>%3</td>"
                               "<td>%4</td><td>%5</td><td align=\"right\">%6</td>"
                               "<td align=\"right\">%7</td><td align=\"right\">%8</td></tr>")
                    .arg(l.position)
                    .arg(esc(l.skuCode), esc(l.supplierSku), esc(l.skuName), date(l.arrivalDay),
                         quantityText(locale, l.quantity), locale.toString(l.unitPrice, 'f', 2),
                         amount(l.value()));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p align=\"right\">%1<br><b>%2</b></p>")
                .arg(esc(tr("Lines: %1, units: %2")
                             .arg(o.lines.size())
                             .arg(quantityText(locale, o.totalQuantity()))),
                     esc(tr("Total: %1 %2").arg(amount(o.totalValue()), c.currency)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Please confirm this order quoting its number. Deliveries without "
                            "the order number cannot be received.")));
    return renderPdf(html, tr("Purchase order %1").arg(o.documentNumber()),
                     QStringLiteral("%1 — %2").arg(o.documentNumber(), c.companyName), context);
}

QByteArray purchaseOrderX12(const Order &o, const DocumentContext &context)
{
    const CompanySettings &c = context.company;
    const QString yymmdd = context.now.toString(QStringLiteral("yyMMdd"));
    const QString ccyymmdd = context.now.toString(QStringLiteral("yyyyMMdd"));
    const QString hhmm = context.now.toString(QStringLiteral("HHmm"));
    const QString sender = x12Clean(c.ediSenderId).left(15);
    const QString receiver = x12Clean(o.supplierCode).left(15);
    const QString control = controlNumber(context.interchangeNumber);
    const QString group = QString::number(context.groupNumber % 1000000000);

    X12Builder x;
    x.segment({QStringLiteral("ISA"), QStringLiteral("00"), QString(10, QLatin1Char(' ')),
               QStringLiteral("00"), QString(10, QLatin1Char(' ')), x12Fixed(c.x12Qualifier, 2),
               x12Fixed(sender, 15), x12Fixed(c.x12Qualifier, 2), x12Fixed(receiver, 15), yymmdd,
               hhmm, QStringLiteral("U"), QStringLiteral("00401"), control, QStringLiteral("0"),
               c.ediTest ? QStringLiteral("T") : QStringLiteral("P"), QStringLiteral(">")});
    x.segment({QStringLiteral("GS"), QStringLiteral("PO"), sender, receiver, ccyymmdd, hhmm, group,
               QStringLiteral("X"), QStringLiteral("004010")});
    x.resetCount(); // SE01 counts ST … SE
    const QString st = QStringLiteral("0001");
    x.segment({QStringLiteral("ST"), QStringLiteral("850"), st});
    // BEG01: 00 original, 05 replace (a revision re-issues the same PO number).
    x.segment({QStringLiteral("BEG"), o.revision > 0 ? QStringLiteral("05") : QStringLiteral("00"),
               QStringLiteral("SA"), x12Clean(o.number), QString(), compactDate(o.orderDay)});
    if (o.revision > 0)
        x.segment({QStringLiteral("REF"), QStringLiteral("PO"), x12Clean(o.documentNumber())});
    x.segment({QStringLiteral("CUR"), QStringLiteral("BY"), x12Clean(c.currency)});
    if (!c.buyerName.isEmpty()) {
        QStringList per{QStringLiteral("PER"), QStringLiteral("BD"), x12Clean(c.buyerName)};
        if (!c.buyerPhone.isEmpty())
            per << QStringLiteral("TE") << x12Clean(c.buyerPhone);
        if (!c.buyerEmail.isEmpty())
            per << QStringLiteral("EM") << x12Clean(c.buyerEmail);
        x.segment(per);
    }
    x.segment({QStringLiteral("DTM"), QStringLiteral("002"), compactDate(o.deliveryDay())});
    x.segment({QStringLiteral("N1"), QStringLiteral("BY"), x12Clean(c.companyName),
               QStringLiteral("92"), sender});
    x.segment({QStringLiteral("N1"), QStringLiteral("SE"), x12Clean(o.supplierName),
               QStringLiteral("92"), receiver});
    x.segment({QStringLiteral("N1"), QStringLiteral("ST"), x12Clean(o.toName), QStringLiteral("92"),
               x12Clean(o.toCode)});
    double hashTotal = 0;
    for (const OrderLine &l : o.lines) {
        QStringList po1{QStringLiteral("PO1"), QString::number(l.position), plain(l.quantity, 0, 3),
                        QStringLiteral("EA"),  plain(l.unitPrice, 2, 4),    QStringLiteral("PE"),
                        QStringLiteral("BP"),  x12Clean(l.skuCode)};
        if (!l.supplierSku.isEmpty())
            po1 << QStringLiteral("VP") << x12Clean(l.supplierSku);
        x.segment(po1);
        if (!l.skuName.isEmpty())
            x.segment({QStringLiteral("PID"), QStringLiteral("F"), QString(), QString(), QString(),
                       x12Clean(l.skuName)});
        x.segment({QStringLiteral("DTM"), QStringLiteral("002"), compactDate(l.arrivalDay)});
        hashTotal += l.quantity;
    }
    x.segment({QStringLiteral("CTT"), QString::number(o.lines.size()), plain(hashTotal, 0, 3)});
    x.segment({QStringLiteral("SE"), QString::number(x.count() + 1), st});
    x.segment({QStringLiteral("GE"), QStringLiteral("1"), group});
    x.segment({QStringLiteral("IEA"), QStringLiteral("1"), control});
    return x.text().toUtf8();
}

QByteArray purchaseOrderEdifact(const Order &o, const DocumentContext &context)
{
    const CompanySettings &c = context.company;
    QString text = QStringLiteral("UNA:+.? '\n");
    int count = 0;
    const auto seg = [&](const QString &segment) {
        text += segment + QStringLiteral("'\n");
        ++count;
    };
    const QString ref = QString::number(context.interchangeNumber % 100000000000000LL);
    const QString q = edifactEscape(c.edifactQualifier);
    QString unb = QStringLiteral("UNB+UNOC:3+%1:%2+%3:%2+%4:%5+%6")
                      .arg(edifactEscape(c.ediSenderId), q, edifactEscape(o.supplierCode),
                           context.now.toString(QStringLiteral("yyMMdd")),
                           context.now.toString(QStringLiteral("HHmm")), ref);
    if (c.ediTest)
        unb += QStringLiteral("++++++1"); // 0035 test indicator
    seg(unb);
    count = 0; // UNT counts UNH … UNT
    const QString message = QStringLiteral("1");
    seg(QStringLiteral("UNH+%1+ORDERS:D:96A:UN").arg(message));
    // BGM 220 = order; 1225: 9 original, 5 replace (a revision).
    seg(QStringLiteral("BGM+220+%1+%2")
            .arg(edifactEscape(o.number),
                 o.revision > 0 ? QStringLiteral("5") : QStringLiteral("9")));
    seg(QStringLiteral("DTM+137:%1:102").arg(compactDate(o.orderDay)));
    seg(QStringLiteral("DTM+2:%1:102").arg(compactDate(o.deliveryDay())));
    if (o.revision > 0)
        seg(QStringLiteral("RFF+ON:%1").arg(edifactEscape(o.documentNumber())));
    seg(QStringLiteral("NAD+BY+%1::92++%2")
            .arg(edifactEscape(c.ediSenderId), edifactEscape(c.companyName)));
    if (!c.buyerName.isEmpty())
        seg(QStringLiteral("CTA+PD+:%1").arg(edifactEscape(c.buyerName)));
    seg(QStringLiteral("NAD+SU+%1::92++%2")
            .arg(edifactEscape(o.supplierCode), edifactEscape(o.supplierName)));
    seg(QStringLiteral("NAD+DP+%1::92++%2").arg(edifactEscape(o.toCode), edifactEscape(o.toName)));
    seg(QStringLiteral("CUX+2:%1:9").arg(edifactEscape(c.currency)));
    for (const OrderLine &l : o.lines) {
        if (!l.supplierSku.isEmpty())
            seg(QStringLiteral("LIN+%1++%2:SA").arg(l.position).arg(edifactEscape(l.supplierSku)));
        else
            seg(QStringLiteral("LIN+%1").arg(l.position));
        seg(QStringLiteral("PIA+5+%1:BP").arg(edifactEscape(l.skuCode)));
        if (!l.skuName.isEmpty())
            seg(QStringLiteral("IMD+F++:::%1").arg(edifactEscape(l.skuName)));
        seg(QStringLiteral("QTY+21:%1").arg(plain(l.quantity, 0, 3)));
        seg(QStringLiteral("DTM+2:%1:102").arg(compactDate(l.arrivalDay)));
        seg(QStringLiteral("PRI+AAA:%1").arg(plain(l.unitPrice, 2, 4)));
    }
    seg(QStringLiteral("UNS+S"));
    seg(QStringLiteral("CNT+2:%1").arg(o.lines.size()));
    seg(QStringLiteral("UNT+%1+%2").arg(count + 1).arg(message));
    seg(QStringLiteral("UNZ+1+%1").arg(ref));
    return text.toUtf8();
}

QByteArray purchaseOrderJson(const Order &o, const DocumentContext &context)
{
    const CompanySettings &c = context.company;
    QJsonArray lines;
    for (const OrderLine &l : o.lines)
        lines.append(QJsonObject{{QStringLiteral("position"), l.position},
                                 {QStringLiteral("planLine"), l.planLine},
                                 {QStringLiteral("sku"), l.skuCode},
                                 {QStringLiteral("skuName"), l.skuName},
                                 {QStringLiteral("supplierSku"), l.supplierSku},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unitPrice"), l.unitPrice},
                                 {QStringLiteral("amount"), money(l.value())},
                                 {QStringLiteral("deliveryDate"), Days::toIso(l.arrivalDay)}});
    QJsonObject buyer = party(c.ediSenderId, c.companyName);
    buyer.insert(QStringLiteral("address"), c.companyAddress);
    buyer.insert(QStringLiteral("vatId"), c.vatId);
    buyer.insert(QStringLiteral("contact"), QJsonObject{{QStringLiteral("name"), c.buyerName},
                                                        {QStringLiteral("email"), c.buyerEmail},
                                                        {QStringLiteral("phone"), c.buyerPhone}});
    QJsonObject deliverTo = party(o.toCode, o.toName);
    deliverTo.insert(QStringLiteral("region"), o.toRegion);
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("stockshift-purchase-order/1")},
        {QStringLiteral("number"), o.number},
        {QStringLiteral("revision"), o.revision},
        {QStringLiteral("documentNumber"), o.documentNumber()},
        {QStringLiteral("plan"), o.planId},
        {QStringLiteral("issuedAt"), context.now.toString(Qt::ISODate)},
        {QStringLiteral("orderDate"), Days::toIso(o.orderDay)},
        {QStringLiteral("deliveryDate"), Days::toIso(o.deliveryDay())},
        {QStringLiteral("currency"), c.currency},
        {QStringLiteral("buyer"), buyer},
        {QStringLiteral("supplier"), party(o.supplierCode, o.supplierName)},
        {QStringLiteral("deliverTo"), deliverTo},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("lines"), int(o.lines.size())},
                                               {QStringLiteral("quantity"), o.totalQuantity()},
                                               {QStringLiteral("amount"), money(o.totalValue())}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray transferOrderCsv(const Order &o, const DocumentContext &context, const CsvLayout &layout)
{
    Q_UNUSED(context);
    CsvBuffer csv(layout.delimiter ? layout.delimiter : ',', layout.decimal ? layout.decimal : '.',
                  layout.bom);
    // The open-orders fields under their own names: the file re-imports as transfer orders.
    for (const char *h :
         {"order_ref", "revision", "line", "type", "sku", "sku_name", "source", "source_name",
          "destination", "destination_name", "quantity", "order_date", "due_date"})
        csv.text(QString::fromLatin1(h));
    csv.endRow();
    for (const OrderLine &l : o.lines) {
        csv.text(o.number);
        csv.number(o.revision);
        csv.number(l.position);
        csv.text(QStringLiteral("transfer"));
        csv.text(l.skuCode);
        csv.text(l.skuName);
        csv.text(o.fromCode);
        csv.text(o.fromName);
        csv.text(l.toCode);
        csv.text(l.toName);
        csv.number(l.quantity);
        csv.text(Days::toIso(l.shipDay));
        csv.text(Days::toIso(l.arrivalDay));
        csv.endRow();
    }
    return csv.bytes();
}

Result<QByteArray> transferPickListPdf(const Order &o, const DocumentContext &context)
{
    const QLocale &locale = context.locale;
    // ISO dates: an order crosses borders, and 03/04 means two different days.
    const auto date = [](int day) {
        return Days::toIso(day);
    };
    QString html
        = QStringLiteral("<table width=\"100%\"><tr><td width=\"60%\"><h1>%1</h1>"
                         "<p><b>%2</b><br>%3<br>%4</p></td><td align=\"right\">%5</td>"
                         "</tr></table>")
              .arg(esc(tr("Pick list")), esc(tr("Transfer order %1").arg(o.documentNumber())),
                   esc(tr("Pick at: %1 (%2)").arg(o.fromName, o.fromCode)),
                   esc(tr("Printed: %1").arg(context.now.date().toString(Qt::ISODate))),
                   companyBlock(context.company));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"4\"><thead><tr>");
    for (const QString &h : {tr("Picked"), tr("SKU"), tr("Description"), tr("Quantity"),
                             tr("Destination"), tr("Ship date"), tr("Arrival")})
        html += QStringLiteral("<th bgcolor=\"#e8e8e8\">%1</th>").arg(esc(h));
    html += QStringLiteral("</tr></thead>");
    for (const OrderLine &l : o.lines)
        html += QStringLiteral("<tr><td align=\"center\"><font size=\"+2\">&#9744;</font></td>"
                               "<td><b>%1</b></td><td>%2</td><td align=\"right\"><b>%3</b></td>"
                               "<td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(esc(l.skuCode), esc(l.skuName), quantityText(locale, l.quantity),
                         esc(QStringLiteral("%1 %2").arg(l.toCode, l.toName)), date(l.shipDay),
                         date(l.arrivalDay));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p><p>%2</p>")
                .arg(esc(tr("Lines: %1, units to pick: %2")
                             .arg(o.lines.size())
                             .arg(quantityText(locale, o.totalQuantity()))),
                     esc(tr("Picked by: ____________________    Checked by: "
                            "____________________")));
    return renderPdf(html, tr("Pick list %1").arg(o.documentNumber()),
                     QStringLiteral("%1 — %2").arg(o.documentNumber(), o.fromCode), context);
}

} // namespace Stockshift::Export
