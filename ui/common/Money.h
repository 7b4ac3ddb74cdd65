// Ui::Money — how the GUI writes money: every amount in the company currency (the database
// setting export.currency, an ISO 4217 code, see export/ExportSettings.h), formatted for the
// locale the way QLocale::toCurrencyString() does ("€1,234.50" in en_US, "1.234,50 €" in de_DE,
// "1 234,50 €" in fr_FR).
//
// Contract:
// - symbol(): the currency's symbol as the locale writes it. A locale's own currency keeps the
//   locale's own symbol ("CHF" in de_CH, "$" for CAD in en_CA, "￥" in ja_JP); another currency
//   takes the symbol Qt's CLDR data gives it in a locale of the same language or of its home
//   territory ("€", "$", "£", "¥", "CHF"). A symbol that would be mistaken for another currency
//   (one several currencies share, or the locale's own) carries the territory ("CA$", "US$" in
//   en_CA, "CN¥"); the world currencies USD, EUR, GBP and JPY keep "$", "€", "£", "¥" unless the
//   locale's own currency uses the same sign. Without a known symbol: the ISO code itself.
// - format(): never "nan", "inf" or "-0": a value that is not finite is written "—", one that
//   rounds to zero without a sign. A negative amount carries the locale's minus sign, not the
//   accounting parentheses CLDR gives some locales ("-$5.00", "-5,00 €"). A symbol made of
//   letters is kept apart from the digits by a no-break space ("CHF 12.00", "XYZ 12.00"). An
//   empty currency (no database, or its settings could not be read) writes the plain number.
// - Only DisplayRole text goes through these functions: models keep their edit and sort roles
//   numeric.
// - The views read the currency with companyCurrency() and again whenever the DataStore
//   announces "app_settings" (the settings dialog does when the planner changes it):
//   watchCurrency() does both.
//
// Pure functions except companyCurrency() and watchCurrency(); thread-safe (the symbol table is
// built once). No words of its own: the callers' tr() texts carry the words.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace Stockshift::Storage {
class Connection;
class DataStore;
} // namespace Stockshift::Storage

namespace Stockshift::Ui::Money {

/// The currency's symbol in `locale` (see the file comment); the code itself when none is known,
/// empty for an empty code.
QString symbol(const QString &currency, const QLocale &locale = QLocale());

/// `amount` in `currency` with `decimals` decimals for `locale`: "€1,234.50", "1.234,50 €",
/// "-$5", "CHF 12.00"; "—" when not finite; the plain number when `currency` is empty.
QString format(double amount, const QString &currency, int decimals = 2,
               const QLocale &locale = QLocale());

/// The text around the number in `locale`'s currency format: {"€", ""} in en_US, {"", " €"} in
/// de_DE (no-break spaces as the locale writes them); both empty without a currency.
struct Affixes
{
    QString prefix, suffix;
};
Affixes affixes(const QString &currency, const QLocale &locale = QLocale());

/// An amount the caller has already written as a number ("9.97 M", "-950") with the currency
/// around it: "€9.97 M", "9,97 M €", "-€950". `number` unchanged without a currency.
QString decorate(const QString &number, const QString &currency, const QLocale &locale = QLocale());

/// A column header or axis title with the currency's symbol: "Cost (€)"; `title` alone without
/// a currency.
QString withSymbol(const QString &title, const QString &currency,
                   const QLocale &locale = QLocale());

/// A QValueAxis label format for amounts in `currency`, for a chart with localized numbers:
/// "€%.0f" in en_US, "%.0f €" in de_DE; "%.<decimals>f" without a currency.
QString axisLabelFormat(const QString &currency, int decimals = 0,
                        const QLocale &locale = QLocale());

/// The company currency of the database (export.currency, its default "EUR" while unset), or
/// empty when the settings cannot be read.
QString companyCurrency(Storage::Connection &connection);

/// Whether a change the DataStore announced may have changed the company currency.
bool currencyMayHaveChanged(const QStringList &tables);

/// Calls `apply` with the company currency of `store` now, and again with the new one whenever
/// the DataStore announces that it changed; the connection ends with `context`. `apply` is
/// called with an empty code when `store` is nullptr.
void watchCurrency(Storage::DataStore *store, QObject *context,
                   const std::function<void(const QString &currency)> &apply);

} // namespace Stockshift::Ui::Money
