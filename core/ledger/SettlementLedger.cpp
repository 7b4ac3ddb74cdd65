#include "ledger/SettlementLedger.h"

#include "common/CsvWriter.h"
#include "common/Days.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextDocument>

#include <sqlite3.h>

#include <cmath>
#include <memory>
#include <optional>

namespace Stockshift::Ledger {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Ledger", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(
        tr("The settlement ledger could not be read or written: %1").arg(q.lastError().text()),
        QStringLiteral("sql"));
}

const QByteArray kGenesis(64, '0');
const QString kHeadKey = QStringLiteral("ledger.head");
const QString kCountKey = QStringLiteral("ledger.count");

// Numbers in the hashed text: fixed, locale-free, round-trip exact (17 significant digits).
QByteArray num(double v)
{
    return QByteArray::number(v, 'g', 17);
}

QString setting(Storage::Connection &c, const QString &key)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT value FROM app_settings WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Status setSetting(Storage::Connection &c, const QString &key, const QString &value)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO app_settings (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q);
    return {};
}

const char *kSelect
    = "SELECT e.id, e.created_at, coalesce(e.plan_id, -1), e.line, e.reference, e.provider_id, "
      "e.receiver_id, e.sku_id, e.quantity, e.unit_cost, e.unit_price, e.markup_pct, "
      "e.profit_share_pct, e.handling_fee, e.ship_day, e.goods, e.handling, e.profit_share, "
      "e.previous_hash, e.hash, coalesce(p.code, ''), coalesce(r.code, ''), coalesce(k.code, '') "
      "FROM ledger_entries e LEFT JOIN locations p ON p.id = e.provider_id "
      "LEFT JOIN locations r ON r.id = e.receiver_id LEFT JOIN skus k ON k.id = e.sku_id ";

Entry entryFrom(const QSqlQuery &q)
{
    Entry e;
    e.id = q.value(0).toLongLong();
    e.createdAt = q.value(1).toString();
    e.planId = q.value(2).toLongLong();
    e.line = q.value(3).toInt();
    e.reference = q.value(4).toString();
    e.providerId = q.value(5).toLongLong();
    e.receiverId = q.value(6).toLongLong();
    e.skuId = q.value(7).toLongLong();
    e.quantity = q.value(8).toDouble();
    e.unitCost = q.value(9).toDouble();
    e.unitPrice = q.value(10).toDouble();
    e.markupPct = q.value(11).toDouble();
    e.profitSharePct = q.value(12).toDouble();
    e.handlingFee = q.value(13).toDouble();
    e.shipDay = q.value(14).toInt();
    e.goods = q.value(15).toDouble();
    e.handling = q.value(16).toDouble();
    e.profitShare = q.value(17).toDouble();
    e.previousHash = q.value(18).toString().toLatin1();
    e.hash = q.value(19).toString().toLatin1();
    e.providerCode = q.value(20).toString();
    e.receiverCode = q.value(21).toString();
    e.skuCode = q.value(22).toString();
    return e;
}

QByteArray hashOf(const Entry &e)
{
    return QCryptographicHash::hash(canonicalText(e), QCryptographicHash::Sha256).toHex();
}

} // namespace

Entry settle(const EntryInput &input)
{
    Entry e;
    static_cast<EntryInput &>(e) = input;
    const double transferPrice = input.unitCost * (1.0 + input.markupPct / 100.0);
    e.goods = input.quantity * transferPrice;
    e.handling = input.quantity * input.handlingFee;
    e.profitShare = input.quantity * std::max(0.0, input.unitPrice - transferPrice)
                    * input.profitSharePct / 100.0;
    return e;
}

QByteArray canonicalText(const Entry &e)
{
    // Every field that means something, in a fixed order; the id and the time are in it too, so
    // an entry moved or re-dated breaks the chain as well.
    QByteArray t;
    t += "stockshift-ledger-v1|" + QByteArray::number(e.id) + '|' + e.createdAt.toUtf8() + '|'
         + QByteArray::number(e.planId) + '|' + QByteArray::number(e.line) + '|'
         + e.reference.toUtf8() + '|' + QByteArray::number(e.providerId) + '|'
         + QByteArray::number(e.receiverId) + '|' + QByteArray::number(e.skuId) + '|'
         + num(e.quantity) + '|' + num(e.unitCost) + '|' + num(e.unitPrice) + '|' + num(e.markupPct)
         + '|' + num(e.profitSharePct) + '|' + num(e.handlingFee) + '|'
         + QByteArray::number(e.shipDay) + '|' + num(e.goods) + '|' + num(e.handling) + '|'
         + num(e.profitShare) + '|' + e.previousHash;
    return t;
}

Result<std::vector<qint64>> append(Storage::Connection &c, const std::vector<EntryInput> &inputs)
{
    // Inside the caller's transaction when there is one (the export's), else in our own.
    std::optional<Storage::Transaction> own;
    if (sqlite3_get_autocommit(c.handle()) != 0) {
        own.emplace(c);
        if (!own->beginStatus())
            return own->beginStatus().error();
    }
    // The head must match the table: never extend a chain that is already broken.
    QByteArray head = setting(c, kHeadKey).toLatin1();
    qint64 count = setting(c, kCountKey).toLongLong();
    {
        QSqlQuery q(c.db());
        if (!q.exec(QStringLiteral("SELECT count(*), (SELECT hash FROM ledger_entries ORDER BY id "
                                   "DESC LIMIT 1), coalesce(max(id), 0) FROM ledger_entries")))
            return sqlError(q);
        q.next();
        const qint64 rows = q.value(0).toLongLong();
        const QByteArray last = q.value(1).toString().toLatin1();
        if (rows != count || (rows > 0 && last != head))
            return Error(tr("The settlement ledger does not match its recorded head (%1 entries "
                            "recorded, %2 found): run `stockshift-cli ledger verify` before adding "
                            "to it.")
                             .arg(count)
                             .arg(rows),
                         QStringLiteral("ledger-broken"));
        if (rows == 0)
            head = kGenesis;
    }
    std::vector<qint64> ids;
    QSqlQuery lookup(c.db());
    lookup.prepare(QStringLiteral("SELECT (SELECT count(*) FROM locations WHERE id IN (?, ?)), "
                                  "(SELECT count(*) FROM skus WHERE id = ?), coalesce(max(id), 0) "
                                  "FROM ledger_entries"));
    QSqlQuery insert(c.db());
    insert.prepare(QStringLiteral(
        "INSERT INTO ledger_entries (id, created_at, plan_id, line, reference, provider_id, "
        "receiver_id, sku_id, quantity, unit_cost, unit_price, markup_pct, profit_share_pct, "
        "handling_fee, ship_day, goods, handling, profit_share, previous_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const EntryInput &input : inputs) {
        lookup.bindValue(0, input.providerId);
        lookup.bindValue(1, input.receiverId);
        lookup.bindValue(2, input.skuId);
        if (!lookup.exec() || !lookup.next())
            return sqlError(lookup);
        if (lookup.value(0).toInt() != (input.providerId == input.receiverId ? 1 : 2)
            || lookup.value(1).toInt() != 1)
            return Error(tr("A ledger entry names an unknown location or SKU."),
                         QStringLiteral("unknown-code"));
        Entry e = settle(input);
        e.id = lookup.value(2).toLongLong() + 1;
        e.createdAt = now;
        e.previousHash = head;
        e.hash = hashOf(e);
        const QVariantList values{e.id,
                                  e.createdAt,
                                  e.planId >= 0 ? QVariant(e.planId) : QVariant(),
                                  e.line,
                                  e.reference.isNull() ? QStringLiteral("") : e.reference,
                                  e.providerId,
                                  e.receiverId,
                                  e.skuId,
                                  e.quantity,
                                  e.unitCost,
                                  e.unitPrice,
                                  e.markupPct,
                                  e.profitSharePct,
                                  e.handlingFee,
                                  e.shipDay,
                                  e.goods,
                                  e.handling,
                                  e.profitShare,
                                  QString::fromLatin1(e.previousHash),
                                  QString::fromLatin1(e.hash)};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values[i]);
        if (!insert.exec())
            return sqlError(insert);
        ids.push_back(e.id);
        head = e.hash;
        ++count;
    }
    if (Status s = setSetting(c, kHeadKey, QString::fromLatin1(head)); !s)
        return s.error();
    if (Status s = setSetting(c, kCountKey, QString::number(count)); !s)
        return s.error();
    if (own)
        if (Status s = own->commit(); !s)
            return s.error();
    return ids;
}

Result<Verification> verify(Storage::Connection &c)
{
    Verification v;
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kSelect) + QStringLiteral("ORDER BY e.id")))
        return sqlError(q);
    QByteArray previous = kGenesis;
    qint64 expectedId = 0;
    while (q.next()) {
        const Entry e = entryFrom(q);
        ++v.entries;
        const auto fail = [&](const QString &problem) {
            v.ok = false;
            v.firstBadId = e.id;
            v.problem = problem;
        };
        if (expectedId > 0 && e.id != expectedId + 1) {
            fail(tr("Entries %1 to %2 are missing: the ledger's entries are numbered without "
                    "gaps.")
                     .arg(expectedId + 1)
                     .arg(e.id - 1));
            return v;
        }
        if (e.previousHash != previous) {
            fail(tr("Entry %1 does not follow the entry before it: an entry was removed, inserted "
                    "or changed before it.")
                     .arg(e.id));
            return v;
        }
        if (hashOf(e) != e.hash) {
            fail(tr("Entry %1 was changed after it was written (its content does not match its "
                    "hash).")
                     .arg(e.id));
            return v;
        }
        const Entry fresh = settle(e);
        if (std::abs(fresh.goods - e.goods) > 1e-9 * std::max(1.0, std::abs(e.goods))
            || std::abs(fresh.handling - e.handling) > 1e-9 * std::max(1.0, std::abs(e.handling))
            || std::abs(fresh.profitShare - e.profitShare)
                   > 1e-9 * std::max(1.0, std::abs(e.profitShare))) {
            fail(tr("Entry %1's amounts do not follow from its terms.").arg(e.id));
            return v;
        }
        previous = e.hash;
        expectedId = e.id;
    }
    const qint64 count = setting(c, kCountKey).toLongLong();
    const QByteArray head = setting(c, kHeadKey).toLatin1();
    if (count != v.entries || (v.entries > 0 && head != previous)) {
        v.ok = false;
        v.problem = tr("The ledger's recorded head says %1 entries ending in %2…, the table has %3 "
                       "ending in %4…: entries at the end were removed or added outside "
                       "Stockshift.")
                        .arg(count)
                        .arg(QString::fromLatin1(head.left(12)))
                        .arg(v.entries)
                        .arg(QString::fromLatin1(previous.left(12)));
    }
    return v;
}

Result<std::vector<Entry>> entries(Storage::Connection &c, const QString &partnerCode)
{
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (partnerCode.isEmpty()) {
        if (!q.exec(QString::fromLatin1(kSelect) + QStringLiteral("ORDER BY e.id")))
            return sqlError(q);
    } else {
        q.prepare(QString::fromLatin1(kSelect)
                  + QStringLiteral("WHERE p.code = ? OR r.code = ? ORDER BY e.id"));
        q.addBindValue(partnerCode);
        q.addBindValue(partnerCode);
        if (!q.exec())
            return sqlError(q);
    }
    std::vector<Entry> out;
    while (q.next())
        out.push_back(entryFrom(q));
    return out;
}

Result<Statement> statement(Storage::Connection &c, const QString &partnerCode)
{
    Statement s;
    s.partnerCode = partnerCode;
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT name FROM locations WHERE code = ?"));
    q.addBindValue(partnerCode);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error(tr("Unknown location \"%1\".").arg(partnerCode),
                     QStringLiteral("unknown-code"));
    s.partnerName = q.value(0).toString();
    auto list = entries(c, partnerCode);
    if (!list)
        return list.error();
    s.entries = std::move(list.value());
    for (const Entry &e : s.entries) {
        const double amount = e.goods + e.handling + e.profitShare;
        if (e.providerCode == partnerCode)
            s.owedToPartner += amount;
        else
            s.owedByPartner += amount;
    }
    auto v = verify(c);
    if (!v)
        return v.error();
    s.verification = *v;
    return s;
}

Status writeStatement(const Statement &s, const QString &path)
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        const QLocale locale;
        const auto money = [&](double v) {
            return locale.toString(v, 'f', 2);
        };
        QString html
            = QStringLiteral("<h2>%1</h2><p>%2</p>")
                  .arg(tr("Settlement statement — %1 (%2)")
                           .arg(s.partnerName.toHtmlEscaped(), s.partnerCode.toHtmlEscaped()),
                       tr("Ledger %1: %2 entries in all.")
                           .arg(s.verification.ok
                                    ? tr("verified")
                                    : tr("NOT VERIFIED: %1")
                                          .arg(s.verification.problem.toHtmlEscaped()))
                           .arg(s.verification.entries));
        html += QStringLiteral("<table border=1 cellspacing=0 cellpadding=3 width=100%><tr>");
        for (const QString &h :
             {tr("Entry"), tr("Ship date"), tr("Reference"), tr("From"), tr("To"), tr("SKU"),
              tr("Quantity"), tr("Goods"), tr("Handling"), tr("Profit share")})
            html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
        html += QStringLiteral("</tr>");
        for (const Entry &e : s.entries)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                   "<td>%6</td><td align=right>%7</td><td align=right>%8</td>"
                                   "<td align=right>%9</td><td align=right>%10</td></tr>")
                        .arg(e.id)
                        .arg(Days::toIso(e.shipDay), e.reference.toHtmlEscaped(),
                             e.providerCode.toHtmlEscaped(), e.receiverCode.toHtmlEscaped(),
                             e.skuCode.toHtmlEscaped(), locale.toString(e.quantity, 'f', 0),
                             money(e.goods), money(e.handling))
                        .arg(money(e.profitShare));
        html += QStringLiteral("</table><p>%1<br>%2<br><b>%3</b></p>")
                    .arg(tr("Owed to %1: %2")
                             .arg(s.partnerCode.toHtmlEscaped(), money(s.owedToPartner)),
                         tr("Owed by %1: %2")
                             .arg(s.partnerCode.toHtmlEscaped(), money(s.owedByPartner)),
                         tr("Net: %1").arg(money(s.net())));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("Settlement statement %1").arg(s.partnerCode));
        writer.setCreator(QStringLiteral("Stockshift"));
        QTextDocument document;
        document.setHtml(html);
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        document.print(&writer);
        return {};
    }
    CsvWriter w;
    if (Status st = w.open(path); !st)
        return st;
    w.row({QStringLiteral("entry"), QStringLiteral("created_at"), QStringLiteral("ship_date"),
           QStringLiteral("reference"), QStringLiteral("provider"), QStringLiteral("receiver"),
           QStringLiteral("sku"), QStringLiteral("quantity"), QStringLiteral("unit_cost"),
           QStringLiteral("markup_pct"), QStringLiteral("profit_share_pct"),
           QStringLiteral("handling_fee"), QStringLiteral("goods"), QStringLiteral("handling"),
           QStringLiteral("profit_share"), QStringLiteral("owed_to_partner"),
           QStringLiteral("owed_by_partner"), QStringLiteral("hash")});
    for (const Entry &e : s.entries) {
        const double amount = e.goods + e.handling + e.profitShare;
        const bool toPartner = e.providerCode == s.partnerCode;
        w.integer(e.id)
            .text(e.createdAt)
            .text(Days::toIso(e.shipDay))
            .text(e.reference)
            .text(e.providerCode)
            .text(e.receiverCode)
            .text(e.skuCode)
            .number(e.quantity)
            .number(e.unitCost)
            .number(e.markupPct)
            .number(e.profitSharePct)
            .number(e.handlingFee)
            .number(e.goods)
            .number(e.handling)
            .number(e.profitShare)
            .number(toPartner ? amount : 0.0)
            .number(toPartner ? 0.0 : amount)
            .text(QString::fromLatin1(e.hash))
            .endRow();
    }
    w.text(QStringLiteral("total"));
    for (int i = 0; i < 14; ++i)
        w.empty();
    w.number(s.owedToPartner)
        .number(s.owedByPartner)
        .text(s.verification.ok ? QStringLiteral("verified") : QStringLiteral("NOT VERIFIED"));
    w.endRow();
    return w.close();
}

} // namespace Stockshift::Ledger
