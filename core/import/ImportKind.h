// Import::ImportKind — what each import kind contains: its fields, types, keys and the ERP
// header names (English and German) that map to each field without any configuration.
//
// This table is the single description of the importable data model: the importer validates and
// binds with it, the wizard shows it, the demo generator writes files in its layout and
// `stockshift-cli import --help` lists it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stockshift::Import {

enum class Kind {
    Locations,
    Skus,
    Stock,
    Sales,
    Lanes,
    Suppliers,
    SupplierItems,
    OpenOrders,
    Customers,
    Agreements,
    Events,
    Stockouts,
};

enum class FieldType {
    Text,
    Integer,
    Decimal,
    Date,
    Boolean,
    Enum,         ///< one of FieldSpec::enumValues (synonyms accepted, see enumSynonyms)
    LocationRef,  ///< a location code, stored as locations.id
    SkuRef,       ///< a SKU code, stored as skus.id
    SupplierRef,  ///< a supplier code, stored as suppliers.id
    LocationList, ///< location codes separated by '|', ';', ',' or spaces (suppliers' delivers-to)
};

struct FieldSpec
{
    QString key;    ///< stable field name used in mappings and CSV headers, e.g. "on_hand"
    QString column; ///< database column ("" for fields handled specially)
    FieldType type = FieldType::Text;
    bool required = false; ///< the file must map it and every row must have a value
    bool isKey = false;    ///< part of the natural key (upsert conflict target)
    bool nullable = false; ///< an empty cell stores NULL (else the default, else an error)
    QString defaultValue;  ///< used for empty cells and, on insert only, when unmapped
    std::optional<double> minimum;
    std::optional<double> maximum;
    QStringList enumValues;          ///< canonical values stored in the database
    QList<QStringList> enumSynonyms; ///< per enum value: accepted spellings (normalised)
    QStringList synonyms;            ///< normalised header names that map to this field
    const char *label
        = ""; ///< English label, translated with tr() in the "Stockshift::Import" context
};

struct KindSpec
{
    Kind kind;
    QString name;     ///< "sales", "supplier-items" (CLI --kind, profile keys)
    QString table;    ///< database table
    QString fileName; ///< "sales.csv": the demo writes it and import --kind auto-detects it
    QList<FieldSpec> fields;
    bool replaceDeactivates = false; ///< replace mode sets active = 0 instead of deleting
    const char *label = "";

    const FieldSpec *field(const QString &key) const;
    int fieldIndex(const QString &key) const;
};

const KindSpec &kindSpec(Kind kind);
QList<Kind> allKinds();
/// The kinds in the order a whole folder is imported: referenced data before the data that
/// refers to it (locations and SKUs before stock, suppliers before supplier items, …).
QList<Kind> importOrder();
std::optional<Kind> kindFromName(const QString &name);
/// The kind a file name names: "sales.csv", "Sales.CSV", "sales-2024.csv", "erp_sales.csv".
std::optional<Kind> kindFromFileName(const QString &path);
QString kindName(Kind kind);
/// Translated, human-readable name of a kind ("Sales history").
QString kindLabel(Kind kind);
/// Translated label of a field.
QString fieldLabel(const FieldSpec &field);

/// Normalises a header or enum spelling for matching: lower case, letters and digits only
/// ("Ordering Date" → "orderingdate", "PRODUCT.PRODUCTID" → "productproductid", "Menge" → "menge").
QString normalizeName(const QString &text);

/// The tables an import of `kind` writes to (for DataStore::notifyChanged).
QStringList tablesWritten(Kind kind);

} // namespace Stockshift::Import
