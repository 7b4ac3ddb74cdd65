// Import::MappingProfile — a named, shareable column mapping saved as JSON.
//
// A profile holds, per import kind, which file column feeds each field, constants for fields the
// file lacks, defaults for empty cells and unit conversion factors, plus optional CSV settings
// (delimiter, decimal separator, date format, encoding). Built-in profiles ship as resources
// (:/stockshift/profiles/*.json): generic, sap-de, odoo, frepple, sap-shine-epm. User profiles are
// JSON files anywhere on disk.
//
// JSON layout:
// { "name": "sap-de", "description": "…", "format": { "delimiter": ";", "decimal": ",",
//   "thousands": ".", "dateFormat": "dmy", "encoding": "windows-1252" },
//   "kinds": { "sales": { "columns": { "sku": "Material", "quantity": "Menge" },
//                          "constants": { "location": "DC01" }, "defaults": { "promo": "0" },
//                          "factors": { "quantity": 0.001 } } } }
#pragma once

#include "common/Result.h"
#include "import/CsvFormat.h"
#include "import/ImportKind.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Stockshift::Import {

/// How one kind's fields are fed. Field keys are FieldSpec::key.
struct ColumnMapping
{
    QMap<QString, QString> columns;   ///< field → file header (as written in the file)
    QMap<QString, QString> constants; ///< field → value used for every row
    QMap<QString, QString> defaults;  ///< field → value used when the cell is empty
    QMap<QString, double> factors;    ///< numeric field → multiplier (unit conversion)

    bool isEmpty() const
    {
        return columns.isEmpty() && constants.isEmpty() && defaults.isEmpty() && factors.isEmpty();
    }
    QJsonObject toJson() const;
    static ColumnMapping fromJson(const QJsonObject &object);
};

struct MappingProfile
{
    QString name;
    QString description;
    CsvFormat format;                   ///< Auto fields are sniffed
    QMap<QString, ColumnMapping> kinds; ///< kind name → mapping

    ColumnMapping mappingFor(Kind kind) const { return kinds.value(kindName(kind)); }

    QJsonObject toJson() const;
    static Result<MappingProfile> fromJson(const QJsonObject &object);
    static Result<MappingProfile> load(const QString &path);
    Status save(const QString &path) const;

    /// Names of the built-in profiles, and one of them by name.
    static QStringList builtInNames();
    static Result<MappingProfile> builtIn(const QString &name);
    /// A built-in name, or else a path to a JSON file.
    static Result<MappingProfile> resolve(const QString &nameOrPath);
};

/// Result of matching a file's headers to a kind's fields.
struct MappingMatch
{
    QMap<QString, QString> columns; ///< field → header
    QStringList ignoredHeaders;     ///< headers that map to nothing (listed, never an error)
    QStringList missingRequired;    ///< required fields with neither a column nor a constant
};

/// Completes `explicitMapping` with headers that match field synonyms (exact normalised match),
/// and reports what stays unmapped. Explicit entries win; one header feeds at most one field.
MappingMatch matchColumns(const KindSpec &spec, const QStringList &headers,
                          const ColumnMapping &explicitMapping);

} // namespace Stockshift::Import
