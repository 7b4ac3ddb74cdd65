#include "common/Money.h"

#include "export/ExportSettings.h"
#include "storage/DataStore.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <memory>

namespace Stockshift::Ui::Money {

namespace {

const QChar kNoBreakSpace(0x00a0);

// A locale whose currency a code is, with the symbol it writes (never empty).
struct Writer
{
    QLocale::Language language;
    QLocale::Territory territory;
    QString symbol;
};

// Qt's CLDR data read once: who writes each currency and how, and which currencies share a
// symbol.
struct SymbolTable
{
    QHash<QString, QList<Writer>> writers;       ///< by ISO code
    QHash<QString, QSet<QString>> codesBySymbol; ///< by symbol (halfwidth)
};

// Fullwidth forms ("￥", CJK locales) as the halfwidth sign a Latin text uses ("¥").
QString halfwidth(QString s)
{
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xff01 && u <= 0xff5e)
            c = QChar(char16_t(u - 0xfee0));
        else if (u == 0xffe0)
            c = QChar(0x00a2);
        else if (u == 0xffe1)
            c = QChar(0x00a3);
        else if (u == 0xffe5)
            c = QChar(0x00a5);
        else if (u == 0xffe6)
            c = QChar(0x20a9);
    }
    return s;
}

const SymbolTable &table()
{
    static const SymbolTable t = [] {
        SymbolTable out;
        const QList<QLocale> all = QLocale::matchingLocales(
            QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &l : all) {
            const QString code = l.currencySymbol(QLocale::CurrencyIsoCode);
            const QString sign = l.currencySymbol(QLocale::CurrencySymbol);
            if (code.isEmpty() || sign.isEmpty())
                continue;
            out.writers[code].append({l.language(), l.territory(), sign});
            out.codesBySymbol[halfwidth(sign)].insert(code);
        }
        return out;
    }();
    return t;
}

// The symbol before disambiguation: whose locale writes the currency, nearest to `locale`
// first. `own` tells whether it is the locale's own currency.
QString rawSymbol(const QString &code, const QLocale &locale, bool *own)
{
    *own = false;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code) {
        const QString sign = locale.currencySymbol(QLocale::CurrencySymbol);
        if (!sign.isEmpty()) {
            *own = true;
            return sign;
        }
    }
    const QList<Writer> writers = table().writers.value(code);
    if (writers.isEmpty())
        return {};
    // Most ISO 4217 codes start with the ISO 3166 code of the currency's home territory.
    const QLocale::Territory home = QLocale::codeToTerritory(QStringView(code).left(2));
    const auto find = [&](auto &&accept) -> QString {
        for (const Writer &w : writers)
            if (accept(w))
                return w.symbol;
        return {};
    };
    // The same language in the home territory (fr_CH for CHF in fr_FR), then in any territory
    // (en_IE for EUR in en_US).
    QString sign = find(
        [&](const Writer &w) { return w.language == locale.language() && w.territory == home; });
    if (sign.isEmpty())
        sign = find([&](const Writer &w) { return w.language == locale.language(); });
    // The home territory's main language (ja_JP for JPY), then any writer.
    if (sign.isEmpty() && home != QLocale::AnyTerritory) {
        const QLocale::Language main = QLocale(QLocale::AnyLanguage, home).language();
        sign = find([&](const Writer &w) { return w.language == main && w.territory == home; });
        if (sign.isEmpty())
            sign = find([&](const Writer &w) { return w.territory == home; });
    }
    if (sign.isEmpty())
        sign = writers.constFirst().symbol;
    return halfwidth(sign);
}

QString computeSymbol(const QString &code, const QLocale &locale)
{
    bool own = false;
    const QString sign = rawSymbol(code, locale, &own);
    if (sign.isEmpty())
        return code;
    if (own)
        return sign;
    static const QSet<QString> world{QStringLiteral("USD"), QStringLiteral("EUR"),
                                     QStringLiteral("GBP"), QStringLiteral("JPY")};
    const QString ownSign = halfwidth(locale.currencySymbol(QLocale::CurrencySymbol));
    const bool mistaken
        = sign == ownSign
          || (!world.contains(code) && table().codesBySymbol.value(sign).size() > 1);
    if (!mistaken)
        return sign;
    // "CA$", "US$", "CN¥" for a one-character sign; the code for "kr", "Rs" and the like.
    return sign.size() == 1 ? code.left(2) + sign : code;
}

// Letters of a symbol do not touch the digits: "CHF 12.00", not "CHF12.00" (CLDR's currency
// spacing). `text` holds the symbol once, where the locale's format put it.
QString spaced(QString text, const QString &sign)
{
    if (sign.isEmpty())
        return text;
    const qsizetype at = text.indexOf(sign);
    if (at < 0)
        return text;
    const qsizetype end = at + sign.size();
    if (end < text.size() && sign.back().isLetter() && text.at(end).isDigit())
        text.insert(end, kNoBreakSpace);
    if (at > 0 && sign.front().isLetter() && text.at(at - 1).isDigit())
        text.insert(at, kNoBreakSpace);
    return text;
}

} // namespace

QString symbol(const QString &currency, const QLocale &locale)
{
    const QString code = currency.trimmed().toUpper();
    if (code.isEmpty())
        return {};
    static QMutex mutex;
    static QHash<QString, QString> cache; // "EUR de_DE" → "€"
    const QString key
        = code + QLatin1Char(' ') + locale.bcp47Name() + QLatin1Char(' ') + locale.name();
    const QMutexLocker lock(&mutex);
    auto it = cache.constFind(key);
    if (it == cache.constEnd())
        it = cache.insert(key, computeSymbol(code, locale));
    return *it;
}

QString format(double amount, const QString &currency, int decimals, const QLocale &locale)
{
    if (!std::isfinite(amount))
        return QStringLiteral("—");
    // No "-0" after rounding.
    if (std::abs(amount) < 0.5 * std::pow(10.0, -decimals))
        amount = 0;
    const QString sign = symbol(currency, locale);
    if (sign.isEmpty())
        return locale.toString(amount, 'f', decimals);
    QString text = locale.toCurrencyString(amount, sign, decimals);
    // en_US and fr_FR write negative amounts in accounting parentheses: the minus sign instead.
    if (amount < 0 && text.contains(QLatin1Char('(')))
        text = locale.negativeSign() + locale.toCurrencyString(-amount, sign, decimals);
    return spaced(text, sign);
}

Affixes affixes(const QString &currency, const QLocale &locale)
{
    const QString sign = symbol(currency, locale);
    if (sign.isEmpty())
        return {};
    const QString zero = locale.toString(0);
    const QString text = spaced(locale.toCurrencyString(0.0, sign, 0), sign);
    const qsizetype at = text.lastIndexOf(zero);
    if (at < 0)
        return {sign, QString()};
    return {text.left(at), text.mid(at + zero.size())};
}

QString decorate(const QString &number, const QString &currency, const QLocale &locale)
{
    const Affixes a = affixes(currency, locale);
    if (a.prefix.isEmpty() && a.suffix.isEmpty())
        return number;
    // The minus sign goes before the symbol: "-€950".
    const QString minus = locale.negativeSign();
    if (!a.prefix.isEmpty() && number.startsWith(minus))
        return minus + a.prefix + number.mid(minus.size()) + a.suffix;
    return a.prefix + number + a.suffix;
}

QString withSymbol(const QString &title, const QString &currency, const QLocale &locale)
{
    const QString sign = symbol(currency, locale);
    return sign.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, sign);
}

QString axisLabelFormat(const QString &currency, int decimals, const QLocale &locale)
{
    // With localized numbers Qt Charts keeps the text around the conversion as it is.
    const Affixes a = affixes(currency, locale);
    return a.prefix + QStringLiteral("%.%1f").arg(std::max(0, decimals)) + a.suffix;
}

QString companyCurrency(Storage::Connection &connection)
{
    const auto values = Export::settingValues(connection);
    return values ? values->value(QStringLiteral("export.currency")).trimmed() : QString();
}

bool currencyMayHaveChanged(const QStringList &tables)
{
    return tables.contains(QStringLiteral("app_settings"));
}

void watchCurrency(Storage::DataStore *store, QObject *context,
                   const std::function<void(const QString &currency)> &apply)
{
    if (!store) {
        apply(QString());
        return;
    }
    auto shown = std::make_shared<QString>(companyCurrency(store->connection()));
    apply(*shown);
    QObject::connect(store, &Storage::DataStore::tablesChanged, context,
                     [store, shown, apply](const QStringList &tables) {
                         if (!currencyMayHaveChanged(tables))
                             return;
                         const QString now = companyCurrency(store->connection());
                         if (now == *shown)
                             return;
                         *shown = now;
                         apply(now);
                     });
}

} // namespace Stockshift::Ui::Money
