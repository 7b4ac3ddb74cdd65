// Export::ExportSettings — the buyer's company details and numbering scheme that purchase and
// transfer orders carry, kept in the database's app_settings table under "export.*" keys.
//
// Contract: every key has a default (settingKeys() lists them with their meaning); load() fills
// the unset ones with it. set() validates a value before storing it (code "bad-setting"), so a
// document is never written with a prefix or EDI identifier the formats cannot carry.
// Functions take the caller's Connection (its thread) and write in the caller's transaction when
// there is one.
#pragma once

#include "common/Result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Export {

struct CompanySettings
{
    QString companyName, companyAddress, vatId;
    QString buyerName, buyerEmail, buyerPhone;
    QString currency;           ///< ISO 4217, e.g. "EUR"
    QString poPrefix, toPrefix; ///< order number prefixes
    int sequenceDigits = 6;     ///< zero-padded width of the sequence in the order number
    QString ediSenderId;        ///< our interchange id (X12 ISA06/GS02, EDIFACT UNB sender)
    QString x12Qualifier;       ///< X12 ISA05/ISA07 id qualifier, e.g. "ZZ"
    QString edifactQualifier;   ///< EDIFACT UNB partner id qualifier, e.g. "ZZZ" or "14"
    bool ediTest = false;       ///< X12 ISA15 "T" and EDIFACT UNB test indicator

    /// The order number of `sequence` in `year`: PREFIX-YYYY-000017.
    QString orderNumber(const QString &prefix, int year, qint64 sequence) const;
};

struct SettingKey
{
    QString key;          ///< "export.company.name"
    QString option;       ///< CLI option name, "company-name"
    QString defaultValue; ///< used while the key is unset
    QString description;  ///< translated
};

/// Every export setting, in the order the CLI lists them.
QList<SettingKey> settingKeys();

/// The settings as stored, defaults for unset keys.
Result<CompanySettings> loadSettings(Storage::Connection &connection);
/// The stored value of every key (defaults for unset ones), by key.
Result<QMap<QString, QString>> settingValues(Storage::Connection &connection);
/// Validates and stores one setting; an empty value resets it to the default.
Status setSetting(Storage::Connection &connection, const QString &key, const QString &value);

} // namespace Stockshift::Export
