// The translations (issue 7), for German, French and Spanish: every message of a catalogue is
// translated, a translation keeps the placeholders, HTML tags and entities of its source, the
// catalogues hold exactly the texts of the sources (lupdate), and no user-visible string literal
// bypasses tr() in app/ and ui/ (exceptions in tr_allowlist.txt). Also: the loader picks the
// language from the locale, and the built catalogues translate.
#include "StockshiftI18n.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString kSourceDir = QStringLiteral(STOCKSHIFT_SOURCE_DIR);
constexpr int kListed = 30; // offenders listed in a failure message

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // the translation's type attribute: unfinished, vanished, …
    QStringList translations; // the translation, or the numerus forms
    qint64 line = 0;          // in the .ts file

    QString key() const
    {
        return context + QLatin1Char('\x04') + source + QLatin1Char('\x04') + comment;
    }
    QString where() const
    {
        return QStringLiteral("line %1 [%2] \"%3\"").arg(line).arg(context, source.left(80));
    }
};

QString catalogue(const QString &language)
{
    return kSourceDir + QStringLiteral("/translations/stockshift_%1.ts").arg(language);
}

/// Reads every <message> of a .ts file; false (with `error`) when it is not well-formed.
bool readCatalogue(const QString &path, QList<Message> *messages, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message{};
                message.context = context;
                message.numerus
                    = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                message.line = xml.lineNumber();
                inMessage = true;
            } else if (name == QLatin1String("source") && inMessage) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment") && inMessage) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform") && inMessage) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages->append(message);
            inMessage = false;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
        return false;
    }
    return true;
}

/// Prints the first offenders (one a line, so that nothing is cut) and returns a summary.
QString listed(const QStringList &offenders)
{
    for (const QString &offender : offenders.mid(0, kListed))
        qWarning().noquote() << offender;
    if (offenders.size() > kListed)
        qWarning().noquote() << QStringLiteral("… and %1 more").arg(offenders.size() - kListed);
    return QStringLiteral("%1 offender(s), the first listed above").arg(offenders.size());
}

/// What a translation must keep of its source: placeholders (%1 … %99, %L1, %n), HTML tags and
/// entities, as a sorted list (a tag or entity used twice must be there twice).
QStringList markup(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d{1,2}|%n"));
    // Only real HTML elements: "<command>" in a usage line is text.
    static const QRegularExpression tag(
        QStringLiteral(
            "</"
            "?(a|b|big|br|center|code|div|em|font|h[1-6]|hr|i|img|li|nobr|ol|p|pre|qt|s|small|span|"
            "strong|sub|sup|table|td|th|tr|tt|u|ul)\\b[^<>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression entity(QStringLiteral("&(#\\d+|[A-Za-z]+);"));
    QSet<QString> placeholders; // a set: a placeholder may be used twice or once
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        placeholders.insert(it.next().captured(0));
    QStringList found(placeholders.cbegin(), placeholders.cend());
    for (auto it = entity.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // The element and whether it closes; attributes may be worded differently.
        found << (m.captured(0).startsWith(QLatin1String("</")) ? QLatin1String("</")
                                                                : QLatin1String("<"))
                     + m.captured(1).toLower();
    }
    found.sort();
    return found;
}

/// Returns `text` with comments blanked out (string and character literals kept), so that the
/// scanner neither reads commented-out code nor mistakes "//" inside a literal for a comment.
QString withoutComments(const QString &text)
{
    QString out = text;
    enum { Code, Line, Block, String, Char } state = Code;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i), next = i + 1 < out.size() ? out.at(i + 1) : QChar();
        switch (state) {
        case Code:
            if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
                state = Line;
                out[i] = QLatin1Char(' ');
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                state = Block;
                out[i] = QLatin1Char(' ');
            } else if (c == QLatin1Char('"')) {
                state = String;
            } else if (c == QLatin1Char('\'')) {
                state = Char;
            }
            break;
        case Line:
            if (c == QLatin1Char('\n'))
                state = Code;
            else
                out[i] = QLatin1Char(' ');
            break;
        case Block:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                out[i] = out[i + 1] = QLatin1Char(' ');
                ++i;
                state = Code;
            } else if (c != QLatin1Char('\n')) {
                out[i] = QLatin1Char(' ');
            }
            break;
        case String:
        case Char:
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char(state == String ? '"' : '\''))
                state = Code;
            break;
        }
    }
    return out;
}

/// The index just after the parenthesis that closes the one at `open`, skipping literals.
qsizetype closingParen(const QString &text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            for (++i; i < text.size() && text.at(i) != c; ++i) {
                if (text.at(i) == QLatin1Char('\\'))
                    ++i;
            }
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')') && --depth == 0) {
            return i + 1;
        }
    }
    return text.size();
}

/// `arguments` without the calls that translate (tr, translate, QT_TR_NOOP, …) and their
/// arguments: what remains is shown untranslated.
QString withoutTranslatedCalls(QString arguments)
{
    static const QRegularExpression translated(
        QStringLiteral("\\b(tr|trUtf8|translate|qtTrId|QT_TR_NOOP|QT_TR_N_NOOP|QT_TRANSLATE_NOOP|"
                       "QT_TRANSLATE_N_NOOP|QT_TRANSLATE_NOOP3)\\s*\\("));
    for (QRegularExpressionMatch m = translated.match(arguments); m.hasMatch();
         m = translated.match(arguments, m.capturedStart())) {
        const qsizetype end = closingParen(arguments, m.capturedEnd() - 1);
        arguments.replace(m.capturedStart(), end - m.capturedStart(), QStringLiteral("TR"));
    }
    return arguments;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void languages_data();
    void finished_data() { languages_data(); }
    void finished();
    void placeholders_data() { languages_data(); }
    void placeholders();
    void upToDate_data() { languages_data(); }
    void upToDate();
    void noBypassOfTr();
    void languageFromLocale();
    void cataloguesTranslate();
    void cliFollowsLang();
};

void TestTranslations::languages_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"de", "fr", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

// (a) Every message has a non-empty translation that is neither unfinished nor left over from
// an older source (vanished, obsolete); plural messages have every form.
void TestTranslations::finished()
{
    QFETCH(QString, language);
    QList<Message> messages;
    QString error;
    QVERIFY2(readCatalogue(catalogue(language), &messages, &error), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList offenders;
    for (const Message &m : std::as_const(messages)) {
        QString problem;
        if (!m.type.isEmpty())
            problem = m.type;
        else if (m.translations.isEmpty())
            problem = QStringLiteral("no translation");
        else if (m.numerus && m.translations.size() < 2)
            problem = QStringLiteral("only %1 plural form(s)").arg(m.translations.size());
        else if (std::any_of(m.translations.cbegin(), m.translations.cend(),
                             [](const QString &t) { return t.trimmed().isEmpty(); }))
            problem = QStringLiteral("empty translation");
        if (!problem.isEmpty())
            offenders << problem + QStringLiteral(": ") + m.where();
    }
    QVERIFY2(offenders.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 messages not finished in %3; ")
                            .arg(offenders.size())
                            .arg(messages.size())
                            .arg(QFileInfo(catalogue(language)).fileName())
                        + listed(offenders)));
}

// (b) A translation keeps the placeholders, HTML tags and entities of its source (checked for
// every translation present, finished or not).
void TestTranslations::placeholders()
{
    QFETCH(QString, language);
    QList<Message> messages;
    QString error;
    QVERIFY2(readCatalogue(catalogue(language), &messages, &error), qPrintable(error));
    QStringList offenders;
    for (const Message &m : std::as_const(messages)) {
        QStringList expected = markup(m.source);
        if (m.numerus && !expected.contains(QLatin1String("%n")))
            expected = markup(m.source + QStringLiteral(" %n"));
        for (const QString &translation : m.translations) {
            if (translation.isEmpty())
                continue;
            QStringList found = markup(translation);
            // A plural form may leave %n out ("one alert") when the source has it.
            if (m.numerus && !found.contains(QLatin1String("%n")))
                found = markup(translation + QStringLiteral(" %n"));
            if (found != expected)
                offenders << QStringLiteral("%1: %2 ≠ %3 in \"%4\"")
                                 .arg(m.where(), found.join(QLatin1Char(' ')),
                                      expected.join(QLatin1Char(' ')), translation.left(80));
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(listed(offenders)));
}

// (c) The catalogue holds exactly the texts of the sources: lupdate on a copy of it finds no
// new text and none that vanished.
void TestTranslations::upToDate()
{
    QFETCH(QString, language);
    const QString lupdate = QStringLiteral(STOCKSHIFT_LUPDATE_PATH);
    if (!QFileInfo(lupdate).isExecutable())
        QSKIP(qPrintable(QStringLiteral("lupdate is not installed (%1)").arg(lupdate)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("copy.ts"));
    QVERIFY(QFile::copy(catalogue(language), copy));
    QProcess process;
    process.setWorkingDirectory(kSourceDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate,
                  {QStringLiteral("-silent"), QStringLiteral("app"), QStringLiteral("core"),
                   QStringLiteral("solvers"), QStringLiteral("ui"), QStringLiteral("-ts"), copy});
    QVERIFY2(process.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());

    const auto current
        = [](const QString &path, QSet<QString> *keys, QHash<QString, Message> *all) {
              QList<Message> messages;
              QString error;
              QVERIFY2(readCatalogue(path, &messages, &error), qPrintable(error));
              for (const Message &m : std::as_const(messages)) {
                  if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete")) {
                      keys->insert(m.key());
                      all->insert(m.key(), m);
                  }
              }
          };
    QSet<QString> before, after;
    QHash<QString, Message> messages;
    current(catalogue(language), &before, &messages);
    current(copy, &after, &messages);
    QStringList offenders;
    for (const QString &key : after - before)
        offenders << QStringLiteral("new in the sources: [%1] \"%2\"")
                         .arg(messages.value(key).context, messages.value(key).source.left(80));
    for (const QString &key : before - after)
        offenders << QStringLiteral("gone from the sources: ") + messages.value(key).where();
    offenders.sort();
    QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("run the update_translations target; ")
                                             + listed(offenders)));
}

// (d) No string literal with words reaches a user-facing setter without tr().
void TestTranslations::noBypassOfTr()
{
    // Exceptions: "path | literal" (path relative to the source folder, or *), one a line.
    QSet<QString> allowed;
    QFile allowList(QFINDTESTDATA("tr_allowlist.txt"));
    QVERIFY2(allowList.open(QIODevice::ReadOnly | QIODevice::Text),
             qPrintable(allowList.errorString()));
    while (!allowList.atEnd()) {
        const QString line = QString::fromUtf8(allowList.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            allowed.insert(line.section(QLatin1Char('|'), 0, 0).trimmed() + QLatin1Char('|')
                           + line.section(QLatin1Char('|'), 1).trimmed());
    }

    static const QRegularExpression call(QStringLiteral(
        "(\\b(setText|setWindowTitle|setToolTip|setPlaceholderText|addAction|setTitle|"
        "setLabelText|setStatusTip|showMessage|setWhatsThis|addTab|setTabText|setHeaderLabels|"
        "setSpecialValueText|setSuffix|setPrefix|setEmptyLabel|setApplicationDescription|drawText|"
        "setHorizontalHeaderLabels|setVerticalHeaderLabels|setAxisTitle|setTitleText|"
        "setLabelFormat)|"
        "QMessageBox::(information|warning|critical|question|about)|"
        "\\bnew\\s+(QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QToolButton|QAction|"
        "QDockWidget))\\s*\\("));
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\\\n]|\\\\.)*)\""));
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{2,}"));
    static const QRegularExpression comparedBefore(QStringLiteral(
        "(==|!=)\\s*(QLatin1String|QStringLiteral|QLatin1StringView)?\\s*\\(?\\s*u?$"));
    static const QRegularExpression comparedAfter(QStringLiteral("^\\s*\\)?\\s*(==|!=)"));
    static const QRegularExpression markupOnly(QStringLiteral("<[^<>]*>|&[A-Za-z]+;"));

    QStringList offenders;
    int files = 0;
    for (const char *folder : {"app", "ui"}) {
        QDirIterator it(kSourceDir + QLatin1Char('/') + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(kSourceDir.size() + 1);
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = withoutComments(QString::fromUtf8(file.readAll()));
            ++files;
            for (auto m = call.globalMatch(text); m.hasNext();) {
                const QRegularExpressionMatch match = m.next();
                const qsizetype open = match.capturedEnd() - 1;
                const QString arguments
                    = withoutTranslatedCalls(text.mid(open, closingParen(text, open) - open));
                for (auto l = literal.globalMatch(arguments); l.hasNext();) {
                    const QRegularExpressionMatch lm = l.next();
                    const QString value = lm.captured(1);
                    // A key compared with (code == QLatin1String("cancelled") ? … : …).
                    if (comparedBefore.match(arguments.left(lm.capturedStart())).hasMatch()
                        || comparedAfter.match(arguments.mid(lm.capturedEnd())).hasMatch())
                        continue;
                    // "%1 (%2)", " · ", "<br>", "<b>%1</b>": nothing to translate.
                    if (!words.match(QString(value).remove(markupOnly)).hasMatch())
                        continue;
                    if (allowed.contains(relative + QLatin1Char('|') + value)
                        || allowed.contains(QStringLiteral("*|") + value))
                        continue;
                    const int line
                        = int(text.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1;
                    offenders << QStringLiteral("%1:%2: %3(… \"%4\" …)")
                                     .arg(relative)
                                     .arg(line)
                                     .arg(match.captured(1).simplified(), value);
                }
            }
        }
    }
    QVERIFY(files > 10);
    QVERIFY2(offenders.isEmpty(),
             qPrintable(QStringLiteral("user-visible literals without tr() (wrap them in tr(), or "
                                       "add a legitimate exception to "
                                       "tests/i18n/tr_allowlist.txt); ")
                        + listed(offenders)));
}

void TestTranslations::languageFromLocale()
{
    using Stockshift::I18n::matchLanguage;
    QCOMPARE(matchLanguage(QStringLiteral("de_DE.UTF-8")), QStringLiteral("de"));
    QCOMPARE(matchLanguage(QStringLiteral("de_AT@euro")), QStringLiteral("de"));
    QCOMPARE(matchLanguage(QStringLiteral("fr-CA")), QStringLiteral("fr"));
    QCOMPARE(matchLanguage(QStringLiteral("es")), QStringLiteral("es"));
    QCOMPARE(matchLanguage(QStringLiteral("en_GB.UTF-8")), QStringLiteral("en"));
    QCOMPARE(matchLanguage(QStringLiteral("C.UTF-8")), QString());
    QCOMPARE(matchLanguage(QStringLiteral("pt_BR")), QString());
    QCOMPARE(matchLanguage(QString()), QString());
}

// The .qm files built from the catalogues load and translate (German is complete).
void TestTranslations::cataloguesTranslate()
{
    for (const char *language : {"de", "fr", "es"}) {
        const QString qm
            = QStringLiteral(STOCKSHIFT_QM_DIR "/stockshift_%1.qm").arg(QLatin1String(language));
        QTranslator translator;
        QVERIFY2(translator.load(qm), qPrintable(qm));
    }
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(STOCKSHIFT_QM_DIR "/stockshift_de.qm")));
    QCOMPARE(german.translate("Stockshift::Ui::MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(german.translate("Stockshift::Health", "Below reorder point"),
             QStringLiteral("Unter Meldebestand"));

    // Helpers that translate with their namespace as context inside a class's member function:
    // lupdate files the text under the class, the loader's translator finds it there.
    Stockshift::I18n::CatalogueTranslator catalogue;
    QVERIFY(catalogue.loadCatalogue(QStringLiteral("de"), QStringLiteral(STOCKSHIFT_QM_DIR)));
    QCOMPARE(catalogue.translate("Stockshift::Info", "No imports yet.", nullptr, -1),
             QStringLiteral("Noch keine Importe."));
    QCOMPARE(catalogue.translate("Stockshift::Storage", "No transaction is active.", nullptr, -1),
             QStringLiteral("Es ist keine Transaktion aktiv."));
    QCOMPARE(catalogue.translate("Stockshift::Solvers::MipSolver", "The MIP start was used.",
                                 nullptr, -1),
             QStringLiteral("Der MIP-Start wurde verwendet."));
    QCOMPARE(catalogue.translate("Stockshift::Ui::MainWindow", "&File", nullptr, -1),
             QStringLiteral("&Datei"));
    QVERIFY(catalogue.translate("QShortcut", "Ctrl", nullptr, -1).isEmpty());
}

// The CLI speaks the language of LANG when there is a catalogue, and English otherwise.
void TestTranslations::cliFollowsLang()
{
    const auto usage = [](const QString &lang) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *variable : {"LC_ALL", "LC_MESSAGES", "STOCKSHIFT_LANGUAGE"})
            env.remove(QString::fromLatin1(variable));
        env.insert(QStringLiteral("LANG"), lang);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(STOCKSHIFT_CLI_PATH), {QStringLiteral("--help")});
        cli.waitForFinished(30000);
        return QString::fromUtf8(cli.readAllStandardOutput());
    };
    QVERIFY2(usage(QStringLiteral("C")).contains(QLatin1String("Commands:")),
             "English without a catalogue for the locale");
    QVERIFY2(usage(QStringLiteral("pt_BR.UTF-8")).contains(QLatin1String("Commands:")),
             "English without a catalogue for the locale");
    QVERIFY2(usage(QStringLiteral("de_DE.UTF-8")).contains(QLatin1String("Befehle:")),
             "German for de_DE");

    // A text of core/ translated through a namespace helper (see CatalogueTranslator).
    QProcess info;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("STOCKSHIFT_LANGUAGE"));
    info.setProcessEnvironment(env);
    QTemporaryDir dir;
    info.start(QStringLiteral(STOCKSHIFT_CLI_PATH), {QStringLiteral("info"), QStringLiteral("--db"),
                                                     dir.filePath(QStringLiteral("missing.db"))});
    QVERIFY(info.waitForFinished(30000));
    const QString error = QString::fromUtf8(info.readAllStandardError());
    QVERIFY2(error.contains(QLatin1String("existiert nicht")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
