// The export engine: purchase orders in every format against golden files on a fixed plan and
// clock, the EDI envelopes checked structurally, CSV formula injection and quoting, numbering
// that never reuses a number, re-export only as a revision, atomic failure, the ERP round trip
// through an import profile, and settlement ledger entries for transfers from a partner.
// Set STOCKSHIFT_UPDATE_GOLDENS=1 to rewrite the golden files after an intended change.
#include "common/Days.h"
#include "export/ExportSettings.h"
#include "export/OrderExport.h"
#include "import/CsvImporter.h"
#include "ledger/SettlementLedger.h"
#include "plan/PlanStore.h"
#include "storage/Connection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;

namespace {

const int kDay = Days::fromCivil(2024, 3, 4); // a Monday
const QDateTime kNow(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);

QString goldenDir()
{
    return QStringLiteral(STOCKSHIFT_TEST_DATA_DIR "/golden/export");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    qint64 scalar(Storage::Connection &c, const QString &sql)
    {
        QSqlQuery q(c.db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // A small network and a plan with seven approved lines: three purchase orders (two from
    // SUP1 to different places and days, one from SUP2), transfers from DC1 and from a partner.
    // Names carry what the formats must escape: delimiters, quotes, formula starts, EDI
    // separators.
    std::unique_ptr<Storage::Connection> fixture(qint64 *planId)
    {
        const QString path = m_dir.filePath(QStringLiteral("export-%1.db").arg(++m_databases));
        auto opened = Storage::Connection::open(path);
        if (!opened)
            return nullptr;
        std::unique_ptr<Storage::Connection> c = std::move(opened.value());
        const QStringList sql{
            "INSERT INTO locations (id, code, name, kind, region) VALUES "
            "(1, 'DC1', 'Central DC', 'fulfilment_centre', 'North'), "
            "(2, 'ST1', 'Store Riverside; Main St', 'store', 'South'), "
            "(3, 'PS1', 'Partner Outlet', 'partner_seller', 'South'), "
            "(4, 'HUB', 'East Hub', 'regional_hub', 'East')",
            "INSERT INTO skus (id, code, name, unit_cost, unit_price) VALUES "
            "(1, 'SKU-A', 'Widget, large', 10, 20), "
            "(2, 'SKU-B', '=HYPERLINK(\"x\")', 3, 6), "
            "(3, 'SKU-C', 'Gadget \"Pro\" 2:1', 7, 15)",
            "INSERT INTO suppliers (id, code, name) VALUES "
            "(1, 'SUP1', 'Acme Supplies+Co: Ned''s?'), (2, 'SUP2', 'Beta*Parts~Ltd')",
            "INSERT INTO supplier_items (supplier_id, sku_id, supplier_sku, unit_cost) VALUES "
            "(1, 1, 'ACME-100', 12.5), (1, 2, '-ACME-200', 3.2), (2, 3, '@B-300', 7.125)",
            "INSERT INTO agreements (provider_id, receiver_id, markup_pct, profit_share_pct, "
            "handling_fee) VALUES (3, 2, 10, 20, 0.5)",
        };
        for (const QString &s : sql)
            if (!c->exec(s))
                return nullptr;
        const auto settings = std::vector<std::pair<QString, QString>>{
            {"export.company.name", "Stockshift Retail Ltd"},
            {"export.company.address", "1 Market Square|Springfield"},
            {"export.buyer.email", "buyer@example.com"},
        };
        for (const auto &[k, v] : settings)
            if (!Export::setSetting(*c, k, v))
                return nullptr;

        Plan::PlanData plan;
        plan.header.kind = Plan::PlanKind::Joint;
        plan.header.method = QStringLiteral("milp");
        plan.header.status = QStringLiteral("optimal");
        plan.header.startDay = kDay;
        plan.header.createdAt = QStringLiteral("2024-03-01T09:00:00Z");
        const auto buy = [](qint64 supplier, qint64 to, qint64 sku, double q, int ship, int lead,
                            double price) {
            Plan::PlanLine l;
            l.type = Plan::LineType::Purchase;
            l.supplierId = supplier;
            l.toLocationId = to;
            l.skuId = sku;
            l.quantity = q;
            l.shipDay = ship;
            l.arrivalDay = ship + lead;
            l.unitCost = price;
            return l;
        };
        const auto move = [](qint64 from, qint64 to, qint64 sku, double q, int ship, int lead) {
            Plan::PlanLine l;
            l.type = Plan::LineType::Transfer;
            l.fromLocationId = from;
            l.toLocationId = to;
            l.skuId = sku;
            l.quantity = q;
            l.shipDay = ship;
            l.arrivalDay = ship + lead;
            l.unitCost = 0.4;
            return l;
        };
        plan.lines = {buy(1, 1, 2, 40, kDay, 7, 3.2),         // 1: SUP1 → DC1
                      buy(1, 1, 1, 100, kDay, 7, 12.5),       // 2: SUP1 → DC1
                      buy(2, 1, 3, 25.5, kDay, 10, 7.125),    // 3: SUP2 → DC1
                      buy(1, 2, 1, 10, kDay + 7, 7, 12.5),    // 4: SUP1 → ST1, a week later
                      move(1, 2, 2, 12, kDay + 1, 1),         // 5: DC1 → ST1
                      move(3, 2, 1, 5, kDay + 1, 2),          // 6: partner PS1 → ST1
                      move(1, 4, 1, 30, kDay + 2, 2),         // 7: DC1 → HUB
                      buy(2, 1, 1, 50, kDay, 10, 11.0),       // 8: SUP2 → DC1 (joins PO 3)
                      buy(2, 2, 3, 8, kDay + 14, 10, 7.125)}; // 9: SUP2 → ST1 (own PO)
        auto id = Plan::savePlan(*c, plan);
        if (!id)
            return nullptr;
        if (!Plan::setLineStatus(*c, *id, {1, 2, 3, 4, 5, 6, 7}, Plan::LineStatus::Approved))
            return nullptr;
        *planId = *id;
        return c;
    }

    Export::ExportOptions options(const QString &out, QList<Export::Format> formats)
    {
        Export::ExportOptions o;
        o.formats = formats;
        o.outDir = out;
        o.now = kNow;
        o.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        o.user = QStringLiteral("tester");
        return o;
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC);
    }

    QStringList statuses(Storage::Connection &c, qint64 planId)
    {
        QStringList out;
        QSqlQuery q(c.db());
        q.exec(QStringLiteral("SELECT status FROM plan_lines WHERE plan_id = %1 ORDER BY line")
                   .arg(planId));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("profile");
        QTest::newRow("po-csv-generic") << "pos"
                                        << "csv"
                                        << "generic";
        QTest::newRow("po-csv-sap-de") << "pos"
                                       << "csv"
                                       << "sap-de";
        QTest::newRow("po-csv-odoo") << "pos"
                                     << "csv"
                                     << "odoo";
        QTest::newRow("po-x12") << "pos"
                                << "x12"
                                << "";
        QTest::newRow("po-edifact") << "pos"
                                    << "edifact"
                                    << "";
        QTest::newRow("po-json") << "pos"
                                 << "json"
                                 << "";
        QTest::newRow("po-pdf") << "pos"
                                << "pdf"
                                << "";
        QTest::newRow("to-csv") << "transfers"
                                << "csv"
                                << "";
        QTest::newRow("to-pdf") << "transfers"
                                << "pdf"
                                << "";
    }
    void golden()
    {
        QFETCH(QString, kind);
        QFETCH(QString, format);
        QFETCH(QString, profile);
        if (format == QLatin1String("pdf")
            && QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: PDF text is not compared");
        qint64 planId = -1;
        auto c = fixture(&planId);
        QVERIFY(c);
        Export::Format f;
        QVERIFY(Export::formatFromName(format, &f));
        const QString out = m_dir.filePath(QStringLiteral("golden-")
                                           + QString::fromLatin1(QTest::currentDataTag()));
        Export::ExportOptions o = options(out, {f});
        if (!profile.isEmpty())
            o.csv.profile = profile;
        auto r = kind == QLatin1String("pos") ? Export::exportPurchaseOrders(*c, planId, o)
                                              : Export::exportTransferOrders(*c, planId, o);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->orders.size(), kind == QLatin1String("pos") ? 3u : 2u);
        // Every file of the export, in order, under its name.
        QByteArray actual;
        for (const QString &file : r->files) {
            actual += "=== " + QFileInfo(file).fileName().toUtf8() + " ===\n";
            actual += f == Export::Format::Pdf ? pdfText(file).toUtf8() : readAll(file);
            actual += '\n';
        }
        const QString golden = goldenDir() + QLatin1Char('/')
                               + QString::fromLatin1(QTest::currentDataTag())
                               + QStringLiteral(".txt");
        if (qEnvironmentVariableIsSet("STOCKSHIFT_UPDATE_GOLDENS")) {
            QDir().mkpath(goldenDir());
            QFile g(golden);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write(actual);
        }
        const QByteArray expected = readAll(golden);
        QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("missing golden ") + golden));
        if (actual != expected) {
            QFile diff(golden + QStringLiteral(".actual"));
            if (diff.open(QIODevice::WriteOnly))
                diff.write(actual);
        }
        QVERIFY2(
            actual == expected,
            qPrintable(QStringLiteral("differs from %1 (actual written beside it)").arg(golden)));
    }

    void x12Structure()
    {
        qint64 planId = -1;
        auto c = fixture(&planId);
        QVERIFY(c);
        auto r = Export::exportPurchaseOrders(
            *c, planId, options(m_dir.filePath(QStringLiteral("x12")), {Export::Format::X12}));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->files.size(), 3);
        QSet<QString> controls;
        for (const QString &file : r->files) {
            const QByteArray text = readAll(file);
            const QList<QByteArray> raw = text.split('~');
            QList<QList<QByteArray>> segments;
            for (const QByteArray &s : raw)
                if (!s.trimmed().isEmpty())
                    segments.append(s.trimmed().split('*'));
            // ISA: 106 characters including its terminator, 16 elements.
            QCOMPARE(text.indexOf('~') + 1, 106);
            QCOMPARE(segments.first().size(), 17);
            QCOMPARE(segments.first()[0], QByteArray("ISA"));
            const QByteArray isa13 = segments.first()[13];
            QCOMPARE(isa13.size(), 9);
            QVERIFY(!controls.contains(QString::fromLatin1(isa13)));
            controls.insert(QString::fromLatin1(isa13));
            const auto find = [&](const char *id) {
                for (const auto &s : segments)
                    if (s[0] == id)
                        return s;
                return QList<QByteArray>();
            };
            QCOMPARE(find("IEA")[2], isa13);
            QCOMPARE(find("IEA")[1], QByteArray("1"));
            QCOMPARE(find("GE")[2], find("GS")[6]);
            QCOMPARE(find("SE")[2], find("ST")[2]);
            qsizetype st = -1, se = -1, po1 = 0;
            for (qsizetype i = 0; i < segments.size(); ++i) {
                if (segments[i][0] == "ST")
                    st = i;
                if (segments[i][0] == "SE")
                    se = i;
                if (segments[i][0] == "PO1")
                    ++po1;
            }
            QCOMPARE(find("SE")[1].toLongLong(), se - st + 1);
            QCOMPARE(find("CTT")[1].toLongLong(), po1);
            QCOMPARE(segments.last()[0], QByteArray("IEA"));
            // The supplier's "*" and "~" never reach the data.
            QVERIFY(!text.contains("Beta*Parts"));
        }
        QCOMPARE(scalar(*c, QStringLiteral("SELECT value FROM export_sequences WHERE name = "
                                           "'x12.interchange'")),
                 3);
    }

    void edifactStructure()
    {
        qint64 planId = -1;
        auto c = fixture(&planId);
        QVERIFY(c);
        auto r = Export::exportPurchaseOrders(
            *c, planId,
            options(m_dir.filePath(QStringLiteral("edifact")), {Export::Format::Edifact}));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        for (const QString &file : r->files) {
            const QString text = QString::fromUtf8(readAll(file));
            QVERIFY(text.startsWith(QStringLiteral("UNA:+.? '")));
            // Segments end at an apostrophe that is not released by '?'.
            QStringList segments;
            QString current;
            const QString body = text.mid(9).remove(QLatin1Char('\n'));
            for (qsizetype i = 0; i < body.size(); ++i) {
                if (body[i] == QLatin1Char('?') && i + 1 < body.size()) {
                    current += body[i];
                    current += body[++i];
                } else if (body[i] == QLatin1Char('\'')) {
                    segments << current;
                    current.clear();
                } else {
                    current += body[i];
                }
            }
            QVERIFY(current.isEmpty());
            const auto tag = [](const QString &s) {
                return s.section(QLatin1Char('+'), 0, 0);
            };
            QCOMPARE(tag(segments.first()), QStringLiteral("UNB"));
            QCOMPARE(tag(segments.last()), QStringLiteral("UNZ"));
            const QString unbRef = segments.first().section(QLatin1Char('+'), 5, 5);
            QCOMPARE(segments.last(), QStringLiteral("UNZ+1+") + unbRef);
            qsizetype unh = -1, unt = -1, lin = 0;
            for (qsizetype i = 0; i < segments.size(); ++i) {
                if (tag(segments[i]) == QLatin1String("UNH"))
                    unh = i;
                if (tag(segments[i]) == QLatin1String("UNT"))
                    unt = i;
                if (tag(segments[i]) == QLatin1String("LIN"))
                    ++lin;
            }
            QVERIFY(unh == 1);
            QCOMPARE(segments[unt].section(QLatin1Char('+'), 1, 1).toLongLong(), unt - unh + 1);
            QCOMPARE(segments[unt].section(QLatin1Char('+'), 2, 2),
                     segments[unh].section(QLatin1Char('+'), 1, 1));
            QVERIFY(segments.contains(QStringLiteral("CNT+2:%1").arg(lin)));
            QVERIFY(segments[unh].endsWith(QStringLiteral("ORDERS:D:96A:UN")));
        }
        // The SUP1 name "Acme Supplies+Co: Ned's?" with every special character released.
        const QString first = QString::fromUtf8(readAll(r->files.first()));
        QVERIFY2(first.contains(QStringLiteral("NAD+SU+SUP1::92++Acme Supplies?+Co?: Ned?'s?"
                                               "?'")),
                 qPrintable(first));
        QCOMPARE(Export::edifactEscape(QStringLiteral("a?b+c:d'e")),
                 QStringLiteral("a??b?+c?:d?'e"));
    }

    void csvInjectionAndQuoting_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("=") << "=1+2" << ',' << QByteArray("'=1+2");
        QTest::newRow("+") << "+49 30 1234" << ',' << QByteArray("'+49 30 1234");
        QTest::newRow("-") << "-2+3" << ',' << QByteArray("'-2+3");
        QTest::newRow("@") << "@SUM(A1:A9)" << ',' << QByteArray("'@SUM(A1:A9)");
        QTest::newRow("tab") << "\tcmd" << ',' << QByteArray("'\tcmd");
        QTest::newRow("cr") << "\rcmd" << ',' << QByteArray("\"'\rcmd\"");
        QTest::newRow("delimiter quoted")
            << "Widget, large" << ',' << QByteArray("\"Widget, large\"");
        QTest::newRow("semicolon plain") << "Widget, large" << ';' << QByteArray("Widget, large");
        QTest::newRow("quotes doubled") << "say \"hi\"" << ',' << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("line break") << "two\nlines" << ';' << QByteArray("\"two\nlines\"");
        QTest::newRow("formula and delimiter") << "=A1;B1" << ';' << QByteArray("\"'=A1;B1\"");
        QTest::newRow("harmless") << "Gadget" << ',' << QByteArray("Gadget");
    }
    void csvInjectionAndQuoting()
    {
        QFETCH(QString, name);
        QFETCH(char, delimiter);
        QFETCH(QByteArray, field);
        Export::Order o;
        o.number = QStringLiteral("PO-2024-000001");
        o.supplierCode = QStringLiteral("SUP1");
        o.toCode = QStringLiteral("DC1");
        o.orderDay = kDay;
        Export::OrderLine l;
        l.position = 1;
        l.skuCode = QStringLiteral("SKU-A");
        l.skuName = name;
        l.quantity = -5; // a number is never "neutralised"
        l.unitPrice = 2.5;
        l.arrivalDay = kDay + 7;
        o.lines.push_back(l);
        Export::DocumentContext context;
        context.now = kNow;
        Export::CsvLayout layout;
        layout.delimiter = delimiter;
        layout.bom = false;
        auto csv = Export::purchaseOrderCsv(o, context, layout);
        QVERIFY(csv.ok());
        const QByteArray row = csv->mid(csv->indexOf("\r\n") + 2);
        // sku_name is the ninth field.
        const QByteArray expectedStart = "PO-2024-000001" + QByteArray(1, delimiter) + "0"
                                         + delimiter + "1" + delimiter + "purchase" + delimiter
                                         + "SUP1" + delimiter + delimiter + delimiter + "SKU-A"
                                         + delimiter + field + delimiter;
        QVERIFY2(row.startsWith(expectedStart), row.constData());
        QVERIFY(row.contains(QByteArray(1, delimiter) + "-5" + delimiter));
    }

    void decimalCommaAndBom()
    {
        qint64 planId = -1;
        auto c = fixture(&planId);
        QVERIFY(c);
        Export::ExportOptions o
            = options(m_dir.filePath(QStringLiteral("decimal")), {Export::Format::Csv});
        o.csv.delimiter = ';';
        o.csv.decimal = ',';
        auto r = Export::exportPurchaseOrders(*c, planId, o);
        QVERIFY(r.ok());
        const QByteArray sup2 = readAll(r->files.last());
        QVERIFY(sup2.startsWith("\xEF\xBB\xBF"
                                "order_ref;revision;line"));
        QVERIFY2(sup2.contains(";25,5;7,125;181,69;EUR;"), sup2.constData());
        // Without the BOM.
        auto c2 = fixture(&planId);
        o.csv.bom = false;
        o.outDir = m_dir.filePath(QStringLiteral("nobom"));
        r = Export::exportPurchaseOrders(*c2, planId, o);
        QVERIFY(r.ok());
        QVERIFY(readAll(r->files.first()).startsWith("order_ref;"));
    }

    void numbersAreNeverReused()
    {
        qint64 planId = -1;
        auto c = fixture(&planId);
        QVERIFY(c);
        const QString out = m_dir.filePath(QStringLiteral("numbers"));
        auto r = Export::exportPurchaseOrders(*c, planId, options(out, {Export::Format::Json}));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QStringList numbers;
        for (const Export::Order &o : r->orders)
            numbers << o.number;
        QCOMPARE(numbers, (QStringList{"PO-2024-000001", "PO-2024-000002", "PO-2024-000003"}));
        auto cancelled = Export::cancelOrder(*c, QStringLiteral("PO-2024-000003"),
                                             QStringLiteral("supplier closed"), "tester");
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.errorMessage()));
        QCOMPARE(cancelled->status, QStringLiteral("cancelled"));
        QCOMPARE(statuses(*c, planId)[2], QStringLiteral("cancelled"));
        QCOMPARE(scalar(*c, "SELECT count(*) FROM audit_log WHERE action = 'order-cancel' AND "
                            "entity_key = 'PO-2024-000003' AND detail LIKE '%supplier closed%'"),
                 1);
        QCOMPARE(Export::cancelOrder(*c, QStringLiteral("PO-2024-000003"), {}).error().code,
                 QStringLiteral("state"));
        QCOMPARE(Export::cancelOrder(*c, QStringLiteral("PO-1999-000001"), {}).error().code,
                 QStringLiteral("no-order"));
        // Cancelled lines are frozen for review too.
        QVERIFY(!Plan::setLineStatus(*c, planId, {3}, Plan::LineStatus::Approved).ok());
        // A new order after the cancel takes the next number, never the cancelled one.
        QVERIFY(Plan::setLineStatus(*c, planId, {9}, Plan::LineStatus::Approved).ok());
        r = Export::exportPurchaseOrders(*c, planId, options(out, {Export::Format::Json}));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->orders.size(), 1u);
        QCOMPARE(r->orders.front().number, QStringLiteral("PO-2024-000004"));
        // The scheme is configurable; its sequence is its own.
        QVERIFY(Export::setSetting(*c, "export.po.prefix", "BUY").ok());
        QCOMPARE(Export::setSetting(*c, "export.po.prefix", "B Y").error().code,
                 QStringLiteral("bad-setting"));
        QCOMPARE(Export::setSetting(*c, "export.number.digits", "2").error().code,
                 QStringLiteral("bad-setting"));
        QVERIFY(Export::setSetting(*c, "export.number.digits", "4").ok());
        auto s = Export::loadSettings(*c);
        QCOMPARE(s->orderNumber(s->poPrefix, 2025, 17), QStringLiteral("BUY-2025-0017"));
    }

    void reexportNeedsRevision()
    {
        qint64 planId = -1;
        auto c = fixture(&planId);
        QVERIFY(c);
        const QString out = m_dir.filePath(QStringLiteral("revision"));
        auto r = Export::exportPurchaseOrders(*c, planId, options(out, {Export::Format::Csv}));
        QVERIFY(r.ok());
        QCOMPARE(statuses(*c, planId).mid(0, 4), QStringList(4, QStringLiteral("exported")));
        QCOMPARE(scalar(*c, "SELECT count(*) FROM order_files"), 3);
        // Again: refused, nothing changes.
        auto again = Export::exportPurchaseOrders(*c, planId, options(out, {Export::Format::Csv}));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("already-exported"));
        QVERIFY(again.errorMessage().contains(QStringLiteral("PO-2024-000001")));
        QCOMPARE(scalar(*c, "SELECT count(*) FROM order_files"), 3);
        // An approved line that falls into an exported PO also needs a revision.
        QVERIFY(Plan::setLineStatus(*c, planId, {8}, Plan::LineStatus::Approved).ok());
        again = Export::exportPurchaseOrders(*c, planId, options(out, {Export::Format::Csv}));
        QCOMPARE(again.error().code, QStringLiteral("already-exported"));
        QVERIFY(again.errorMessage().contains(QStringLiteral("PO-2024-000003")));
        // As a revision: same numbers, revision 1, the new line in SUP2's order.
        Export::ExportOptions o = options(out, {Export::Format::Csv, Export::Format::Pdf});
        o.revision = true;
        auto revised = Export::exportPurchaseOrders(*c, planId, o);
        QVERIFY2(revised.ok(), qPrintable(revised.errorMessage()));
        QCOMPARE(revised->revised, 3);
        QCOMPARE(revised->created, 0);
        for (const Export::Order &order : revised->orders) {
            QCOMPARE(order.revision, 1);
            QVERIFY(
                QFile::exists(out + QLatin1Char('/') + order.number + QStringLiteral("-R1.csv")));
        }
        QCOMPARE(revised->orders.back().number, QStringLiteral("PO-2024-000003"));
        QCOMPARE(revised->orders.back().lines.size(), 2u);
        QCOMPARE(revised->orders.back().lines.back().position, 2);
        QCOMPARE(statuses(*c, planId)[7], QStringLiteral("exported"));
        QCOMPARE(scalar(*c, "SELECT count(*) FROM order_files"), 9);
        QCOMPARE(scalar(*c, "SELECT count(*) FROM orders"), 3);
        QCOMPARE(scalar(*c, "SELECT count(*) FROM audit_log WHERE action = 'order-revise'"), 3);
        const QByteArray csv = readAll(out + QStringLiteral("/PO-2024-000003-R1.csv"));
        QVERIFY(csv.contains("PO-2024-000003,1,2,purchase,SUP2"));
    }

    void failedExportChangesNothing_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("kind");
        QTest::newRow("unwritable folder") << "folder"
                                           << "pos";
        QTest::newRow("failure after one file") << "after-one"
                                                << "pos";
        QTest::newRow("cancelled") << "cancel"
                                   << "pos";
        QTest::newRow("transfers, failure after one file") << "after-one"
                                                           << "transfers";
        QTest::newRow("bad profile") << "profile"
                                     << "pos";
    }
    void failedExportChangesNothing()
    {
        QFETCH(QString, how);
        QFETCH(QString, kind);
        qint64 planId = -1;
        auto c = fixture(&planId);
        QVERIFY(c);
        const QStringList before = statuses(*c, planId);
        QString out = m_dir.filePath(QStringLiteral("atomic-")
                                     + QString::fromLatin1(QTest::currentDataTag()));
        std::atomic_bool cancel = false;
        Export::ExportOptions o = options(out, {Export::Format::Csv, Export::Format::Pdf});
        if (how == QLatin1String("folder")) {
            // A folder that cannot be made: its parent is a file.
            QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            o.outDir = blocker.fileName() + QStringLiteral("/out");
        } else if (how == QLatin1String("after-one")) {
            o.failAfterFiles = 1;
        } else if (how == QLatin1String("cancel")) {
            o.progress = [&](int done, int) {
                if (done == 2)
                    cancel = true;
            };
            o.cancel = &cancel;
        } else {
            o.csv.profile = QStringLiteral("sap-shine-epm"); // fixes supplier SHINE-VENDOR
        }
        auto r = kind == QLatin1String("pos") ? Export::exportPurchaseOrders(*c, planId, o)
                                              : Export::exportTransferOrders(*c, planId, o);
        QVERIFY(!r.ok());
        if (how == QLatin1String("profile"))
            QCOMPARE(r.error().code, QStringLiteral("profile-mismatch"));
        QCOMPARE(statuses(*c, planId), before);
        QCOMPARE(scalar(*c, "SELECT count(*) FROM orders"), 0);
        QCOMPARE(scalar(*c, "SELECT count(*) FROM order_lines"), 0);
        QCOMPARE(scalar(*c, "SELECT count(*) FROM export_sequences"), 0);
        QCOMPARE(scalar(*c, "SELECT count(*) FROM ledger_entries"), 0);
        QCOMPARE(scalar(*c, "SELECT count(*) FROM audit_log WHERE entity = 'order'"), 0);
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), 0);
        // Nothing consumed: the next export starts at 1.
        o = options(out, {Export::Format::Csv});
        r = kind == QLatin1String("pos") ? Export::exportPurchaseOrders(*c, planId, o)
                                         : Export::exportTransferOrders(*c, planId, o);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(r->orders.front().number.endsWith(QStringLiteral("-2024-000001")));
    }

    void partnerTransfersWriteTheLedger()
    {
        qint64 planId = -1;
        auto c = fixture(&planId);
        QVERIFY(c);
        auto r = Export::exportTransferOrders(
            *c, planId, options(m_dir.filePath(QStringLiteral("ledger")), {Export::Format::Csv}));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->orders.size(), 2u); // from DC1 and from PS1
        QCOMPARE(r->ledgerEntries, 1);
        auto entries = Ledger::entries(*c);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1u);
        const Ledger::Entry &e = entries->front();
        QCOMPARE(e.providerCode, QStringLiteral("PS1"));
        QCOMPARE(e.receiverCode, QStringLiteral("ST1"));
        QCOMPARE(e.quantity, 5.0);
        QCOMPARE(e.line, 6);
        QCOMPARE(e.markupPct, 10.0);
        QCOMPARE(e.goods, 5 * 10 * 1.1); // at the SKU's cost, 10% markup
        QCOMPARE(e.handling, 2.5);
        QCOMPARE(e.reference, QStringLiteral("TO-2024-000002"));
        QCOMPARE(r->orders.back().fromCode, QStringLiteral("PS1"));
        // Cancelling the transfer order corrects the ledger; the chain stays intact.
        QVERIFY(Export::cancelOrder(*c, QStringLiteral("TO-2024-000002"), "not picked").ok());
        entries = Ledger::entries(*c);
        QCOMPARE(entries->size(), 2u);
        QCOMPARE(entries->back().quantity, -5.0);
        QCOMPARE(entries->back().goods, -55.0);
        auto v = Ledger::verify(*c);
        QVERIFY(v.ok() && v->ok);
        // Transfers are CSV and PDF only.
        auto bad = Export::exportTransferOrders(
            *c, planId, options(m_dir.filePath(QStringLiteral("bad")), {Export::Format::X12}));
        QCOMPARE(bad.error().code, QStringLiteral("bad-format"));
    }

    void profileRoundTrip_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("generic") << "generic";
        QTest::newRow("sap-de") << "sap-de";
        QTest::newRow("frepple") << "frepple";
    }
    void profileRoundTrip()
    {
        QFETCH(QString, profile);
        qint64 planId = -1;
        auto c = fixture(&planId);
        QVERIFY(c);
        Export::ExportOptions o
            = options(m_dir.filePath(QStringLiteral("rt-") + profile), {Export::Format::Csv});
        o.csv.profile = profile;
        auto r = Export::exportPurchaseOrders(*c, planId, o);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        auto mapping = Import::MappingProfile::resolve(profile);
        QVERIFY(mapping.ok());
        for (const QString &file : r->files) {
            Import::ImportSettings s;
            s.databasePath = c->path();
            s.filePath = file;
            s.kind = Import::Kind::OpenOrders;
            s.mapping = mapping->mappingFor(Import::Kind::OpenOrders);
            s.format = mapping->format;
            s.profileName = profile;
            auto imported = Import::CsvImporter::run(s);
            QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
            QVERIFY2(imported->rowsRejected == 0,
                     qPrintable(imported->issues.isEmpty() ? QString()
                                                           : imported->issues.first().reason));
        }
        // Every exported line is an open order again, with its quantity and dates.
        QSqlQuery q(c->db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*) FROM open_orders o JOIN order_lines ol ON ol.position = o.line "
            "JOIN orders r ON r.id = ol.order_id AND r.number = o.order_ref "
            "JOIN plan_lines p ON p.plan_id = ol.plan_id AND p.line = ol.line "
            "WHERE o.quantity = p.quantity AND o.due_day = p.arrival_day AND o.sku_id = p.sku_id "
            "AND o.supplier_id = p.supplier_id AND o.destination_id = p.to_location_id "
            "AND o.type = 'purchase'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QCOMPARE(scalar(*c, "SELECT count(*) FROM open_orders"), 4);
    }

    void planOrdersPreview()
    {
        qint64 planId = -1;
        auto c = fixture(&planId);
        QVERIFY(c);
        auto orders = Export::planOrders(*c, planId, Export::OrderKind::Purchase);
        QVERIFY(orders.ok());
        QCOMPARE(orders->size(), 3u);
        const Export::Order &first = orders->front();
        QCOMPARE(first.status, QStringLiteral("new"));
        QCOMPARE(first.supplierCode, QStringLiteral("SUP1"));
        QCOMPARE(first.toCode, QStringLiteral("DC1"));
        QCOMPARE(first.lines.size(), 2u);
        QCOMPARE(first.lines.front().skuCode, QStringLiteral("SKU-A")); // SKU order
        QCOMPARE(first.totalValue(), 100 * 12.5 + 40 * 3.2);
        QCOMPARE(first.deliveryDay(), kDay + 7);
        QCOMPARE(Export::planOrders(*c, 999, Export::OrderKind::Purchase).error().code,
                 QStringLiteral("no-plan"));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
