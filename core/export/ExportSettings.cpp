#include "export/ExportSettings.h"

#include "storage/Connection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Stockshift::Export {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Export", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(
        tr("The export settings could not be read or written: %1").arg(q.lastError().text()),
        QStringLiteral("sql"));
}

// What each format can carry: order numbers end up in file names, X12 BEG03 (≤ 22 chars) and
// EDIFACT BGM, so the prefix stays short and plain; EDI ids are at most 15 characters (ISA06).
Status validate(const QString &key, const QString &value)
{
    const auto bad = [&](const QString &why) {
        return Status(Error(tr("Setting %1 = \"%2\": %3").arg(key, value, why),
                            QStringLiteral("bad-setting")));
    };
    if (key.endsWith(QLatin1String(".prefix"))) {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9]{1,6}$"));
        if (!plain.match(value).hasMatch())
            return bad(tr("a prefix is 1 to 6 letters or digits."));
    } else if (key == QLatin1String("export.number.digits")) {
        bool ok = false;
        const int digits = value.toInt(&ok);
        if (!ok || digits < 3 || digits > 9)
            return bad(tr("the sequence has 3 to 9 digits."));
    } else if (key == QLatin1String("export.currency")) {
        static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
        if (!iso.match(value).hasMatch())
            return bad(tr("a currency is a three-letter ISO 4217 code such as EUR."));
    } else if (key == QLatin1String("export.edi.sender_id")) {
        static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9 ._/-]{1,15}$"));
        if (!id.match(value).hasMatch())
            return bad(tr("an EDI id is 1 to 15 letters, digits, spaces or . _ / -."));
    } else if (key == QLatin1String("export.edi.x12_qualifier")) {
        static const QRegularExpression q(QStringLiteral("^[A-Z0-9]{2}$"));
        if (!q.match(value).hasMatch())
            return bad(tr("an X12 id qualifier is two letters or digits (ZZ, 01, 12 …)."));
    } else if (key == QLatin1String("export.edi.edifact_qualifier")) {
        static const QRegularExpression q(QStringLiteral("^[A-Z0-9]{1,4}$"));
        if (!q.match(value).hasMatch())
            return bad(tr("an EDIFACT id qualifier is 1 to 4 letters or digits (ZZZ, 14 …)."));
    } else if (key == QLatin1String("export.edi.test")) {
        if (value != QLatin1String("0") && value != QLatin1String("1"))
            return bad(tr("use 1 for test interchanges, 0 for production."));
    }
    return {};
}

} // namespace

QString CompanySettings::orderNumber(const QString &prefix, int year, qint64 sequence) const
{
    return QStringLiteral("%1-%2-%3")
        .arg(prefix)
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(sequence, sequenceDigits, 10, QLatin1Char('0'));
}

QList<SettingKey> settingKeys()
{
    const auto k = [](const char *key, const char *option, const char *def, const char *text) {
        return SettingKey{QString::fromLatin1(key), QString::fromLatin1(option),
                          QString::fromUtf8(def), tr(text)};
    };
    return {
        k("export.company.name", "company-name", "Stockshift Retail Ltd",
          QT_TRANSLATE_NOOP("Stockshift::Export", "Buying company's name on every order")),
        k("export.company.address", "company-address", "",
          QT_TRANSLATE_NOOP("Stockshift::Export",
                            "Buying company's address (lines separated by \"|\")")),
        k("export.company.vat_id", "vat-id", "",
          QT_TRANSLATE_NOOP("Stockshift::Export", "Buying company's VAT id")),
        k("export.buyer.name", "buyer-name", "Purchasing",
          QT_TRANSLATE_NOOP("Stockshift::Export", "Buyer (contact) named on purchase orders")),
        k("export.buyer.email", "buyer-email", "",
          QT_TRANSLATE_NOOP("Stockshift::Export", "Buyer's e-mail address")),
        k("export.buyer.phone", "buyer-phone", "",
          QT_TRANSLATE_NOOP("Stockshift::Export", "Buyer's telephone number")),
        k("export.currency", "currency", "EUR",
          QT_TRANSLATE_NOOP("Stockshift::Export", "Currency of prices (ISO 4217)")),
        k("export.po.prefix", "po-prefix", "PO",
          QT_TRANSLATE_NOOP("Stockshift::Export", "Purchase order number prefix")),
        k("export.to.prefix", "to-prefix", "TO",
          QT_TRANSLATE_NOOP("Stockshift::Export", "Transfer order number prefix")),
        k("export.number.digits", "number-digits", "6",
          QT_TRANSLATE_NOOP("Stockshift::Export",
                            "Digits of the yearly sequence in order numbers (3-9)")),
        k("export.edi.sender_id", "edi-sender-id", "STOCKSHIFT",
          QT_TRANSLATE_NOOP("Stockshift::Export", "Our EDI interchange id (X12 and EDIFACT)")),
        k("export.edi.x12_qualifier", "x12-qualifier", "ZZ",
          QT_TRANSLATE_NOOP("Stockshift::Export", "X12 interchange id qualifier")),
        k("export.edi.edifact_qualifier", "edifact-qualifier", "ZZZ",
          QT_TRANSLATE_NOOP("Stockshift::Export", "EDIFACT partner id code qualifier")),
        k("export.edi.test", "edi-test", "0",
          QT_TRANSLATE_NOOP("Stockshift::Export", "1: mark EDI interchanges as test data")),
    };
}

Result<QMap<QString, QString>> settingValues(Storage::Connection &c)
{
    QMap<QString, QString> values;
    for (const SettingKey &k : settingKeys())
        values.insert(k.key, k.defaultValue);
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT key, value FROM app_settings WHERE key LIKE 'export.%'")))
        return sqlError(q);
    while (q.next())
        if (values.contains(q.value(0).toString()))
            values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

Result<CompanySettings> loadSettings(Storage::Connection &c)
{
    auto values = settingValues(c);
    if (!values)
        return values.error();
    const QMap<QString, QString> &v = *values;
    CompanySettings s;
    s.companyName = v.value(QStringLiteral("export.company.name"));
    s.companyAddress = v.value(QStringLiteral("export.company.address"));
    s.vatId = v.value(QStringLiteral("export.company.vat_id"));
    s.buyerName = v.value(QStringLiteral("export.buyer.name"));
    s.buyerEmail = v.value(QStringLiteral("export.buyer.email"));
    s.buyerPhone = v.value(QStringLiteral("export.buyer.phone"));
    s.currency = v.value(QStringLiteral("export.currency"));
    s.poPrefix = v.value(QStringLiteral("export.po.prefix"));
    s.toPrefix = v.value(QStringLiteral("export.to.prefix"));
    s.sequenceDigits = v.value(QStringLiteral("export.number.digits")).toInt();
    s.ediSenderId = v.value(QStringLiteral("export.edi.sender_id"));
    s.x12Qualifier = v.value(QStringLiteral("export.edi.x12_qualifier"));
    s.edifactQualifier = v.value(QStringLiteral("export.edi.edifact_qualifier"));
    s.ediTest = v.value(QStringLiteral("export.edi.test")) == QLatin1String("1");
    return s;
}

Status setSetting(Storage::Connection &c, const QString &key, const QString &value)
{
    bool known = false;
    for (const SettingKey &k : settingKeys())
        known = known || k.key == key;
    if (!known)
        return Error(tr("Unknown export setting \"%1\".").arg(key), QStringLiteral("bad-setting"));
    QSqlQuery q(c.db());
    if (value.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM app_settings WHERE key = ?"));
        q.addBindValue(key);
    } else {
        if (Status s = validate(key, value); !s)
            return s;
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO app_settings (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
    }
    if (!q.exec())
        return sqlError(q);
    return {};
}

} // namespace Stockshift::Export
