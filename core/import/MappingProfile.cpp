#include "import/MappingProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Stockshift::Import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Import", text);
}

QJsonObject stringMapToJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> stringMapFromJson(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        // Numbers and booleans are accepted for constants and defaults ("promo": 0).
        const QJsonValue v = it.value();
        if (v.isString())
            map.insert(it.key(), v.toString());
        else if (v.isDouble())
            map.insert(it.key(), QString::number(v.toDouble(), 'g', 15));
        else if (v.isBool())
            map.insert(it.key(), v.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
    }
    return map;
}

QJsonObject formatToJson(const CsvFormat &format)
{
    QJsonObject object;
    if (format.encoding != Encoding::Auto)
        object.insert(QStringLiteral("encoding"), encodingName(format.encoding));
    if (format.delimiter != 0)
        object.insert(QStringLiteral("delimiter"), delimiterName(format.delimiter));
    if (!format.numberAuto) {
        object.insert(QStringLiteral("decimal"), QString(QLatin1Char(format.number.decimal)));
        object.insert(QStringLiteral("thousands"),
                      format.number.thousands ? QString(QLatin1Char(format.number.thousands))
                                              : QString());
    }
    if (format.dateFormat != DateFormat::Auto)
        object.insert(QStringLiteral("dateFormat"), dateFormatName(format.dateFormat));
    if (format.headerLine >= 0)
        object.insert(QStringLiteral("headerLine"), format.headerLine);
    if (!format.hasHeader)
        object.insert(QStringLiteral("hasHeader"), false);
    return object;
}

Result<CsvFormat> formatFromJson(const QJsonObject &object)
{
    CsvFormat format;
    if (object.contains(QStringLiteral("encoding"))
        && !encodingFromName(object.value(QStringLiteral("encoding")).toString(), &format.encoding))
        return Error(tr("Unknown encoding \"%1\" in profile.")
                         .arg(object.value(QStringLiteral("encoding")).toString()),
                     QStringLiteral("bad-profile"));
    if (object.contains(QStringLiteral("delimiter"))
        && !delimiterFromName(object.value(QStringLiteral("delimiter")).toString(),
                              &format.delimiter))
        return Error(tr("Unknown delimiter \"%1\" in profile.")
                         .arg(object.value(QStringLiteral("delimiter")).toString()),
                     QStringLiteral("bad-profile"));
    if (object.contains(QStringLiteral("decimal"))) {
        const QString decimal = object.value(QStringLiteral("decimal")).toString();
        if (decimal != QLatin1String(".") && decimal != QLatin1String(","))
            return Error(
                tr("The decimal separator must be \".\" or \",\", not \"%1\".").arg(decimal),
                QStringLiteral("bad-profile"));
        format.numberAuto = false;
        format.number.decimal = decimal.at(0).toLatin1();
        const QString thousands = object.value(QStringLiteral("thousands")).toString();
        format.number.thousands = thousands.isEmpty() ? 0 : thousands.at(0).toLatin1();
        if (format.number.thousands == format.number.decimal)
            return Error(tr("The thousands and decimal separators must differ."),
                         QStringLiteral("bad-profile"));
    }
    if (object.contains(QStringLiteral("dateFormat"))
        && !dateFormatFromName(object.value(QStringLiteral("dateFormat")).toString(),
                               &format.dateFormat))
        return Error(tr("Unknown date format \"%1\" in profile.")
                         .arg(object.value(QStringLiteral("dateFormat")).toString()),
                     QStringLiteral("bad-profile"));
    format.headerLine = object.value(QStringLiteral("headerLine")).toInt(-1);
    format.hasHeader = object.value(QStringLiteral("hasHeader")).toBool(true);
    return format;
}

} // namespace

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject object;
    if (!columns.isEmpty())
        object.insert(QStringLiteral("columns"), stringMapToJson(columns));
    if (!constants.isEmpty())
        object.insert(QStringLiteral("constants"), stringMapToJson(constants));
    if (!defaults.isEmpty())
        object.insert(QStringLiteral("defaults"), stringMapToJson(defaults));
    if (!factors.isEmpty()) {
        QJsonObject f;
        for (auto it = factors.cbegin(); it != factors.cend(); ++it)
            f.insert(it.key(), it.value());
        object.insert(QStringLiteral("factors"), f);
    }
    return object;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &object)
{
    ColumnMapping mapping;
    mapping.columns = stringMapFromJson(object.value(QStringLiteral("columns")));
    mapping.constants = stringMapFromJson(object.value(QStringLiteral("constants")));
    mapping.defaults = stringMapFromJson(object.value(QStringLiteral("defaults")));
    const QJsonObject factors = object.value(QStringLiteral("factors")).toObject();
    for (auto it = factors.begin(); it != factors.end(); ++it)
        mapping.factors.insert(it.key(), it.value().toDouble(1.0));
    return mapping;
}

QJsonObject MappingProfile::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), name);
    if (!description.isEmpty())
        object.insert(QStringLiteral("description"), description);
    const QJsonObject formatObject = formatToJson(format);
    if (!formatObject.isEmpty())
        object.insert(QStringLiteral("format"), formatObject);
    QJsonObject kindsObject;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        kindsObject.insert(it.key(), it.value().toJson());
    object.insert(QStringLiteral("kinds"), kindsObject);
    return object;
}

Result<MappingProfile> MappingProfile::fromJson(const QJsonObject &object)
{
    MappingProfile profile;
    profile.name = object.value(QStringLiteral("name")).toString();
    profile.description = object.value(QStringLiteral("description")).toString();
    auto format = formatFromJson(object.value(QStringLiteral("format")).toObject());
    if (!format)
        return format.error();
    profile.format = format.value();

    const QJsonObject kindsObject = object.value(QStringLiteral("kinds")).toObject();
    for (auto it = kindsObject.begin(); it != kindsObject.end(); ++it) {
        const auto kind = kindFromName(it.key());
        if (!kind)
            return Error(tr("The profile names an unknown import kind \"%1\".").arg(it.key()),
                         QStringLiteral("bad-profile"));
        const KindSpec &spec = kindSpec(*kind);
        ColumnMapping mapping = ColumnMapping::fromJson(it.value().toObject());
        // A typo in a field name would silently map nothing: refuse it with the valid names.
        const QList<QString> used = mapping.columns.keys() + mapping.constants.keys()
                                    + mapping.defaults.keys() + mapping.factors.keys();
        for (const QString &fieldKey : used) {
            if (!spec.field(fieldKey)) {
                QStringList valid;
                for (const FieldSpec &f : spec.fields)
                    valid.append(f.key);
                return Error(tr("The profile maps an unknown field \"%1\" for %2; valid fields "
                                "are: %3.")
                                 .arg(fieldKey, spec.name, valid.join(QStringLiteral(", "))),
                             QStringLiteral("bad-profile"));
            }
        }
        profile.kinds.insert(spec.name, mapping);
    }
    return profile;
}

Result<MappingProfile> MappingProfile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Cannot read the mapping profile %1: %2").arg(path, file.errorString()),
                     QStringLiteral("not-found"));
    if (file.size() > 4 * 1024 * 1024)
        return Error(tr("The mapping profile %1 is too large to be a profile.").arg(path),
                     QStringLiteral("bad-profile"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(tr("The mapping profile %1 is not valid JSON: %2 (at byte %3).")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset),
                     QStringLiteral("bad-profile"));
    auto profile = fromJson(document.object());
    if (!profile)
        return Error(QStringLiteral("%1: %2").arg(path, profile.errorMessage()),
                     profile.error().code);
    if (profile->name.isEmpty())
        profile->name = QFileInfo(path).completeBaseName();
    return profile;
}

Status MappingProfile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write %1: %2").arg(path, file.errorString()),
                     QStringLiteral("write-failed"));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error(tr("Cannot write %1: %2").arg(path, file.errorString()),
                     QStringLiteral("write-failed"));
    return {};
}

QStringList MappingProfile::builtInNames()
{
    return {QStringLiteral("generic"), QStringLiteral("sap-de"), QStringLiteral("odoo"),
            QStringLiteral("frepple"), QStringLiteral("sap-shine-epm")};
}

Result<MappingProfile> MappingProfile::builtIn(const QString &name)
{
    if (!builtInNames().contains(name))
        return Error(tr("There is no built-in profile \"%1\"; built-in profiles are: %2.")
                         .arg(name, builtInNames().join(QStringLiteral(", "))),
                     QStringLiteral("not-found"));
    return load(QStringLiteral(":/stockshift/profiles/%1.json").arg(name));
}

Result<MappingProfile> MappingProfile::resolve(const QString &nameOrPath)
{
    if (builtInNames().contains(nameOrPath))
        return builtIn(nameOrPath);
    if (QFileInfo::exists(nameOrPath))
        return load(nameOrPath);
    return Error(tr("\"%1\" is neither a built-in profile (%2) nor a profile file.")
                     .arg(nameOrPath, builtInNames().join(QStringLiteral(", "))),
                 QStringLiteral("not-found"));
}

MappingMatch matchColumns(const KindSpec &spec, const QStringList &headers,
                          const ColumnMapping &explicitMapping)
{
    MappingMatch match;
    QSet<int> usedHeaders;
    const auto headerIndex = [&headers](const QString &name) {
        // Exact first, then case- and punctuation-insensitive.
        int i = headers.indexOf(name);
        if (i >= 0)
            return i;
        const QString wanted = normalizeName(name);
        for (int j = 0; j < headers.size(); ++j) {
            if (normalizeName(headers[j]) == wanted)
                return j;
        }
        return -1;
    };

    for (auto it = explicitMapping.columns.cbegin(); it != explicitMapping.columns.cend(); ++it) {
        const int i = headerIndex(it.value());
        if (i >= 0 && spec.field(it.key())) {
            match.columns.insert(it.key(), headers[i]);
            usedHeaders.insert(i);
        }
    }
    QList<QString> normalizedHeaders;
    for (const QString &header : headers)
        normalizedHeaders.append(normalizeName(header));

    // Synonym pass: a field's own key and earlier synonyms win over later ones, and fields
    // listed first (keys, required fields) claim their headers first.
    for (const FieldSpec &field : spec.fields) {
        if (match.columns.contains(field.key) || explicitMapping.constants.contains(field.key))
            continue;
        for (const QString &synonym : field.synonyms) {
            const int i = normalizedHeaders.indexOf(synonym);
            if (i >= 0 && !usedHeaders.contains(i)) {
                match.columns.insert(field.key, headers[i]);
                usedHeaders.insert(i);
                break;
            }
        }
    }
    for (int i = 0; i < headers.size(); ++i) {
        if (!usedHeaders.contains(i))
            match.ignoredHeaders.append(headers[i]);
    }
    for (const FieldSpec &field : spec.fields) {
        if (field.required && field.defaultValue.isEmpty() && !match.columns.contains(field.key)
            && !explicitMapping.constants.contains(field.key))
            match.missingRequired.append(field.key);
    }
    return match;
}

} // namespace Stockshift::Import
