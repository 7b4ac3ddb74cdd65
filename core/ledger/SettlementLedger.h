// Ledger::SettlementLedger — the append-only, hash-chained record of what partners owe each
// other for stock moved between them under their agreements.
//
// Contract:
// - An entry is written for every exported transfer between a partner seller and another
//   location with an agreement (provider → receiver): the agreement's terms as they were (markup,
//   profit share, handling fee), the quantity, the unit cost, and the amounts owed each way:
//     goods        quantity × unit cost × (1 + markup/100)            receiver → provider
//     handling     quantity × handling fee                             receiver → provider
//     profit share quantity × max(0, price − transfer price) × share   receiver → provider,
//                  estimated at the list price when the units sell
//   Entries are never changed: a correction is a new entry with negative quantity.
// - Each entry's hash is SHA-256 over its canonical text (every field, fixed order and number
//   format) and the previous entry's hash (64 zeros for the first). The chain's head (hash and
//   count) is kept in app_settings in the same transaction as the entry, and SQLite triggers
//   refuse UPDATE and DELETE on the table: verify() recomputes the chain and reports the first
//   entry whose content, link or position does not match — an edited, inserted or deleted entry
//   anywhere, the last one included (through the head).
// - Functions take the caller's Connection (its thread), and write in the caller's transaction
//   when there is one (append is meant to run inside the export's transaction).
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Ledger {

struct EntryInput
{
    qint64 planId = -1;
    int line = 0;
    QString reference; ///< the transfer order number
    qint64 providerId = -1, receiverId = -1, skuId = -1;
    double quantity = 0;
    double unitCost = 0;  ///< at the provider
    double unitPrice = 0; ///< list price (for the profit-share estimate)
    double markupPct = 0, profitSharePct = 0, handlingFee = 0;
    int shipDay = 0;
};

struct Entry : EntryInput
{
    qint64 id = 0;
    QString createdAt;
    QString providerCode, receiverCode, skuCode;
    double goods = 0, handling = 0, profitShare = 0; ///< owed by the receiver to the provider
    QByteArray previousHash, hash;                   ///< hex
};

/// Computes the amounts of `input` (see the file comment).
Entry settle(const EntryInput &input);

/// Appends entries (each chained to the one before); returns their ids. Errors: unknown
/// location or SKU, a head that does not match the table (refuses to extend a broken chain).
Result<std::vector<qint64>> append(Storage::Connection &connection,
                                   const std::vector<EntryInput> &entries);

struct Verification
{
    bool ok = true;
    int entries = 0;
    qint64 firstBadId = -1; ///< −1 when ok (or when the break is a missing tail)
    QString problem;        ///< what is wrong, in words
};
Result<Verification> verify(Storage::Connection &connection);

/// Entries involving `partnerCode` (as provider or receiver), oldest first; all when empty.
Result<std::vector<Entry>> entries(Storage::Connection &connection,
                                   const QString &partnerCode = {});

/// A partner's statement: its entries and what it is owed and owes in total.
struct Statement
{
    QString partnerCode, partnerName;
    std::vector<Entry> entries;
    double owedToPartner = 0, owedByPartner = 0; ///< goods + handling + profit share
    double net() const { return owedToPartner - owedByPartner; }
    Verification verification;
};
Result<Statement> statement(Storage::Connection &connection, const QString &partnerCode);
/// Writes the statement as CSV (formula-safe) or, for a .pdf path, as a PDF document (needs a
/// QGuiApplication: the CLI creates one for this command).
Status writeStatement(const Statement &statement, const QString &path);

/// The canonical text an entry's hash is computed over (exposed for tests).
QByteArray canonicalText(const Entry &entry);

} // namespace Stockshift::Ledger
