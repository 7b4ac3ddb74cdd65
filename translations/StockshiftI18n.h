// Choosing and installing the user's language, shared by the GUI and the CLI (header only, both
// executables embed the catalogues under :/i18n, see translations/CMakeLists.txt).
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace Stockshift::I18n {

/// The QSettings key of the language chosen in the GUI ("en", "de", "fr", "es"; empty or absent:
/// the system's language). ui/mainwindow/MainWindow.cpp writes it.
inline constexpr char kLanguageKey[] = "ui/language";

/// Overrides every other choice (screenshots, tests, support sessions).
inline constexpr char kLanguageEnvironment[] = "STOCKSHIFT_LANGUAGE";

/// The languages Stockshift speaks: English (the source texts) and those with a catalogue.
inline QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

/// The language among languages() for a locale or language name such as "de_DE.UTF-8",
/// "fr-CA", "es" or "C"; empty when there is none.
inline QString matchLanguage(const QString &name)
{
    QString language = name.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    language = language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    return languages().contains(language) ? language : QString();
}

/// The GUI's language: $STOCKSHIFT_LANGUAGE, else the one chosen in the settings, else the
/// system's when we have a catalogue for it, else English.
inline QString guiLanguage()
{
    QString language = matchLanguage(qEnvironmentVariable(kLanguageEnvironment));
    if (language.isEmpty())
        language = matchLanguage(QSettings().value(QLatin1String(kLanguageKey)).toString());
    if (language.isEmpty())
        language = matchLanguage(QLocale::system().name());
    return language.isEmpty() ? QStringLiteral("en") : language;
}

/// The CLI's language: $STOCKSHIFT_LANGUAGE, else the POSIX message locale (LC_ALL, LC_MESSAGES,
/// LANG, the first that is set) when we have a catalogue for it, else English.
inline QString cliLanguage()
{
    for (const char *variable : {kLanguageEnvironment, "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return matchLanguage(value).isEmpty() ? QStringLiteral("en") : matchLanguage(value);
    }
    return QStringLiteral("en");
}

/// Stockshift's catalogue, with a fallback for contexts that differ between the code and the
/// catalogue. Code in core/ translates through small helpers whose context is their namespace
/// (QCoreApplication::translate("Stockshift::Info", …)); where such a helper is called inside a
/// member function, lupdate files the text under the class ("Stockshift::Info::DatabaseInfo").
/// A text not found in its own context is therefore looked up in the contexts nested in it, then
/// in those nested in its parent namespace (siblings), nearest first.
class CatalogueTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    /// Loads the catalogue and the list of its contexts (both under :/i18n, or `folder`).
    bool loadCatalogue(const QString &language, const QString &folder = QStringLiteral(":/i18n"))
    {
        if (!load(QStringLiteral("%1/stockshift_%2.qm").arg(folder, language)))
            return false;
        QFile file(folder + QStringLiteral("/stockshift_contexts.txt"));
        if (file.open(QIODevice::ReadOnly | QIODevice::Text))
            m_contexts
                = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return true;
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString result = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!result.isEmpty() || !context)
            return result;
        for (const QString &related : relatedContexts(QString::fromLatin1(context))) {
            result = QTranslator::translate(related.toLatin1().constData(), sourceText,
                                            disambiguation, n);
            if (!result.isEmpty())
                return result;
        }
        return result;
    }

    /// The catalogue's contexts nested in `context`, then those nested in its parent, … up to
    /// the second level ("Stockshift::Info"); each once, nearest first. (Computed on each miss:
    /// translate() runs on several threads, and misses are rare.)
    QStringList relatedContexts(const QString &context) const
    {
        QStringList related;
        for (QString scope = context; scope.count(QLatin1String("::")) >= 1;
             scope = scope.section(QLatin1String("::"), 0, -2)) {
            for (const QString &candidate : m_contexts) {
                if (candidate != context && !related.contains(candidate)
                    && (candidate == scope || candidate.startsWith(scope + QLatin1String("::"))))
                    related.append(candidate);
            }
            if (scope.count(QLatin1String("::")) == 1)
                break;
        }
        return related;
    }

private:
    QStringList m_contexts; // read-only once loaded
};

/// Installs Stockshift's catalogue for `language` and, when present, Qt's own (qtbase_xx.qm from
/// Qt's translations folder) on the running application. English installs nothing. False when
/// Stockshift's catalogue could not be loaded.
inline bool installTranslators(const QString &language)
{
    if (language.isEmpty() || language == QLatin1String("en"))
        return true;
    auto *application = QCoreApplication::instance();
    auto *qt = new QTranslator(application);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new CatalogueTranslator(application);
    if (!own->loadCatalogue(language)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace Stockshift::I18n
