#include "import/ImportKind.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Stockshift::Import {

namespace {

// Synonym lists are normalised (see normalizeName): lower case, letters and digits only. They
// cover the column headings of generic exports and of SAP (English and German), Odoo, Dynamics,
// NetSuite and frePPLe as far as they are unambiguous within one kind.
const QStringList kLocationSyn = {QStringLiteral("location"),   QStringLiteral("locationcode"),
                                  QStringLiteral("locationid"), QStringLiteral("site"),
                                  QStringLiteral("siteid"),     QStringLiteral("plant"),
                                  QStringLiteral("werk"),       QStringLiteral("werks"),
                                  QStringLiteral("warehouse"),  QStringLiteral("warehousecode"),
                                  QStringLiteral("standort"),   QStringLiteral("lager"),
                                  QStringLiteral("lagerort"),   QStringLiteral("store"),
                                  QStringLiteral("storeid"),    QStringLiteral("filiale"),
                                  QStringLiteral("branch"),     QStringLiteral("inventlocationid")};
const QStringList kSkuSyn = {QStringLiteral("sku"),
                             QStringLiteral("skucode"),
                             QStringLiteral("item"),
                             QStringLiteral("itemcode"),
                             QStringLiteral("itemid"),
                             QStringLiteral("itemnumber"),
                             QStringLiteral("product"),
                             QStringLiteral("productid"),
                             QStringLiteral("productcode"),
                             QStringLiteral("productproductid"),
                             QStringLiteral("material"),
                             QStringLiteral("materialnumber"),
                             QStringLiteral("matnr"),
                             QStringLiteral("artikel"),
                             QStringLiteral("artikelnummer"),
                             QStringLiteral("articlenumber"),
                             QStringLiteral("article"),
                             QStringLiteral("defaultcode"),
                             QStringLiteral("internalreference"),
                             QStringLiteral("materialnummer")};
const QStringList kSupplierSyn = {QStringLiteral("supplier"),        QStringLiteral("suppliercode"),
                                  QStringLiteral("supplierid"),      QStringLiteral("vendor"),
                                  QStringLiteral("vendorid"),        QStringLiteral("vendorcode"),
                                  QStringLiteral("vendoraccount"),   QStringLiteral("lieferant"),
                                  QStringLiteral("kreditor"),        QStringLiteral("lifnr"),
                                  QStringLiteral("partnerpartnerid")};
const QStringList kLeadTimeSyn = {QStringLiteral("leadtime"),
                                  QStringLiteral("leadtimedays"),
                                  QStringLiteral("deliverytime"),
                                  QStringLiteral("lieferzeit"),
                                  QStringLiteral("wiederbeschaffungszeit"),
                                  QStringLiteral("plifz"),
                                  QStringLiteral("planneddeliverytime")};
const QStringList kLeadSdSyn = {QStringLiteral("leadtimesd"), QStringLiteral("leadtimesddays"),
                                QStringLiteral("leadtimestddev"), QStringLiteral("leadtimestd"),
                                QStringLiteral("leadtimedeviation")};
const QStringList kCapacitySyn
    = {QStringLiteral("capacity"), QStringLiteral("capacityperperiod"),
       QStringLiteral("weeklycapacity"), QStringLiteral("kapazitaet"), QStringLiteral("kapazität")};
const QStringList kActiveSyn
    = {QStringLiteral("active"), QStringLiteral("enabled"), QStringLiteral("aktiv")};

FieldSpec field(const char *key, const char *column, FieldType type, const char *label,
                QStringList synonyms)
{
    FieldSpec f;
    f.key = QString::fromLatin1(key);
    f.column = QString::fromLatin1(column);
    f.type = type;
    f.label = label;
    f.synonyms = std::move(synonyms);
    f.synonyms.prepend(normalizeName(f.key));
    f.synonyms.removeDuplicates();
    return f;
}

FieldSpec keyField(FieldSpec f)
{
    f.isKey = true;
    f.required = true;
    return f;
}

FieldSpec req(FieldSpec f)
{
    f.required = true;
    return f;
}

FieldSpec nullable(FieldSpec f)
{
    f.nullable = true;
    return f;
}

FieldSpec withDefault(FieldSpec f, const char *value)
{
    f.defaultValue = QString::fromLatin1(value);
    return f;
}

FieldSpec range(FieldSpec f, std::optional<double> minimum, std::optional<double> maximum = {})
{
    f.minimum = minimum;
    f.maximum = maximum;
    return f;
}

FieldSpec enumeration(FieldSpec f, QStringList values, QList<QStringList> synonyms)
{
    f.enumValues = std::move(values);
    f.enumSynonyms = std::move(synonyms);
    for (int i = 0; i < f.enumValues.size(); ++i) {
        if (i >= f.enumSynonyms.size())
            f.enumSynonyms.append(QStringList());
        f.enumSynonyms[i].prepend(normalizeName(f.enumValues[i]));
    }
    return f;
}

QStringList s(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

QList<KindSpec> buildSpecs()
{
    using T = FieldType;
    QList<KindSpec> specs;

    const FieldSpec activeField
        = withDefault(range(field("active", "active", T::Boolean,
                                  QT_TRANSLATE_NOOP("Stockshift::Import", "Active"), kActiveSyn),
                            0, 1),
                      "1");

    specs.append(KindSpec{
        Kind::Locations,
        QStringLiteral("locations"),
        QStringLiteral("locations"),
        QStringLiteral("locations.csv"),
        {
            keyField(field("code", "code", T::Text,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Location code"),
                           kLocationSyn + s({"code"}))),
            field("name", "name", T::Text, QT_TRANSLATE_NOOP("Stockshift::Import", "Name"),
                  s({"name", "locationname", "sitename", "description", "name1", "bezeichnung"})),
            withDefault(
                enumeration(field("kind", "kind", T::Enum,
                                  QT_TRANSLATE_NOOP("Stockshift::Import", "Kind"),
                                  s({"kind", "type", "locationtype", "sitetype", "standorttyp"})),
                            s({"supplier_dc", "fulfilment_centre", "regional_hub",
                               "micro_fulfilment", "store", "partner_seller"}),
                            {s({"dc", "nationaldc", "distributioncentre", "distributioncenter",
                                "centralwarehouse", "zentrallager", "supplierdc"}),
                             s({"fc", "fulfilmentcentre", "fulfillmentcenter", "fulfillmentcentre",
                                "warehouse", "lager"}),
                             s({"hub", "regionalhub", "regionallager", "crossdock"}),
                             s({"mfc", "microfulfilment", "microfulfillment",
                                "microfulfilmentcentre", "microfulfillmentcenter", "darkstore"}),
                             s({"shop", "retail", "filiale", "outlet", "branch"}),
                             s({"partner", "partnerseller", "marketplace", "3p", "seller"})}),
                "fulfilment_centre"),
            field("region", "region", T::Text, QT_TRANSLATE_NOOP("Stockshift::Import", "Region"),
                  s({"area", "salesregion", "regio"})),
            nullable(range(field("latitude", "latitude", T::Decimal,
                                 QT_TRANSLATE_NOOP("Stockshift::Import", "Latitude"),
                                 s({"lat", "breitengrad", "breite"})),
                           -90, 90)),
            nullable(range(field("longitude", "longitude", T::Decimal,
                                 QT_TRANSLATE_NOOP("Stockshift::Import", "Longitude"),
                                 s({"lon", "lng", "long", "laengengrad", "längengrad", "laenge"})),
                           -180, 180)),
            nullable(range(field("capacity_units", "capacity_units", T::Decimal,
                                 QT_TRANSLATE_NOOP("Stockshift::Import", "Capacity (units)"),
                                 kCapacitySyn + s({"capacityunits", "maxunits"})),
                           0)),
            nullable(range(field("capacity_volume", "capacity_volume", T::Decimal,
                                 QT_TRANSLATE_NOOP("Stockshift::Import", "Capacity (m³)"),
                                 s({"capacityvolume", "volumecapacity", "capacitym3"})),
                           0)),
            withDefault(
                range(field("handling_cost", "handling_cost", T::Decimal,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Handling cost per unit"),
                            s({"handlingcost", "handlingcostperunit", "handling"})),
                      0),
                "0"),
            field("owner", "owner", T::Text, QT_TRANSLATE_NOOP("Stockshift::Import", "Owner"),
                  s({"owner", "eigentuemer", "partnername"})),
            activeField,
        },
        true,
        QT_TRANSLATE_NOOP("Stockshift::Import", "Locations")});

    specs.append(KindSpec{
        Kind::Skus,
        QStringLiteral("skus"),
        QStringLiteral("skus"),
        QStringLiteral("skus.csv"),
        {
            keyField(field("code", "code", T::Text,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "SKU code"),
                           kSkuSyn + s({"code"}))),
            field("name", "name", T::Text, QT_TRANSLATE_NOOP("Stockshift::Import", "Name"),
                  s({"name", "description", "productname", "itemname", "materialdescription",
                     "materialkurztext", "kurztext", "maktx", "bezeichnung", "displayname"})),
            field("category", "category", T::Text,
                  QT_TRANSLATE_NOOP("Stockshift::Import", "Category"),
                  s({"productcategory", "itemgroup", "materialgroup", "warengruppe", "matkl",
                     "categ", "categid", "group"})),
            field("brand", "brand", T::Text, QT_TRANSLATE_NOOP("Stockshift::Import", "Brand"),
                  s({"marke", "manufacturer", "hersteller"})),
            nullable(
                range(field("unit_cost", "unit_cost", T::Decimal,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Unit cost"),
                            s({"unitcost", "cost", "standardcost", "costprice", "standardprice",
                               "standardpreis", "stprs", "einstandspreis", "purchaseprice"})),
                      0)),
            nullable(range(field("unit_price", "unit_price", T::Decimal,
                                 QT_TRANSLATE_NOOP("Stockshift::Import", "Unit price"),
                                 s({"unitprice", "price", "salesprice", "listprice", "saleprice",
                                    "verkaufspreis", "preis", "lstprice"})),
                           0)),
            nullable(range(field("weight_kg", "weight_kg", T::Decimal,
                                 QT_TRANSLATE_NOOP("Stockshift::Import", "Weight (kg)"),
                                 s({"weight", "weightkg", "weightmeasure", "gewicht",
                                    "bruttogewicht", "grossweight", "netweight"})),
                           0)),
            nullable(range(field("volume_m3", "volume_m3", T::Decimal,
                                 QT_TRANSLATE_NOOP("Stockshift::Import", "Volume (m³)"),
                                 s({"volume", "volumem3", "volumen"})),
                           0)),
            withDefault(range(field("shelf_life_days", "shelf_life_days", T::Integer,
                                    QT_TRANSLATE_NOOP("Stockshift::Import", "Shelf life (days)"),
                                    s({"shelflife", "shelflifedays", "haltbarkeit",
                                       "haltbarkeitstage", "expirationdays", "mhdtage"})),
                              0, 36500),
                        "0"),
            withDefault(field("fragile", "fragile", T::Boolean,
                              QT_TRANSLATE_NOOP("Stockshift::Import", "Fragile"),
                              s({"zerbrechlich", "breakable"})),
                        "0"),
            withDefault(range(field("pack_size", "pack_size", T::Decimal,
                                    QT_TRANSLATE_NOOP("Stockshift::Import", "Pack size"),
                                    s({"packsize", "casepack", "pack", "unitsperpack", "vpe",
                                       "gebindegroesse", "casesize"})),
                              0.000001),
                        "1"),
            activeField,
        },
        true,
        QT_TRANSLATE_NOOP("Stockshift::Import", "SKUs")});

    const QStringList quantitySyn = s({"quantity", "qty", "menge", "units"});

    specs.append(KindSpec{
        Kind::Stock,
        QStringLiteral("stock"),
        QStringLiteral("stock"),
        QStringLiteral("stock.csv"),
        {
            keyField(field("location", "location_id", T::LocationRef,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Location"), kLocationSyn)),
            keyField(field("sku", "sku_id", T::SkuRef,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "SKU"), kSkuSyn)),
            [] {
                FieldSpec f
                    = field("lot", "lot", T::Text, QT_TRANSLATE_NOOP("Stockshift::Import", "Lot"),
                            s({"batch", "charge", "charg", "lotnumber", "batchnumber",
                               "chargennummer", "lotid"}));
                f.isKey = true; // optional, '' when the SKU is not lot-controlled
                return f;
            }(),
            nullable(field("expiry", "expiry_day", T::Date,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Expiry date"),
                           s({"expirydate", "expirationdate", "bestbefore", "bestbeforedate", "mhd",
                              "verfallsdatum", "ablaufdatum", "vfdat", "useby"}))),
            req(range(field("on_hand", "on_hand", T::Decimal,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "On hand"),
                            quantitySyn
                                + s({"onhand", "stock", "stockonhand", "bestand", "labst",
                                     "freiverwendbar", "unrestricted", "quantityonhand",
                                     "physicalinventory", "qtyonhand"})),
                      0)),
            withDefault(
                range(field("reserved", "reserved", T::Decimal,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Reserved"),
                            s({"allocated", "reserviert", "committed", "reservedquantity"})),
                      0),
                "0"),
            withDefault(field("as_of", "as_of_day", T::Date,
                              QT_TRANSLATE_NOOP("Stockshift::Import", "As-of date"),
                              s({"asof", "asofdate", "stockdate", "snapshotdate", "stichtag",
                                 "date", "datum"})),
                        "today"),
        },
        false,
        QT_TRANSLATE_NOOP("Stockshift::Import", "Stock on hand")});

    specs.append(KindSpec{
        Kind::Sales,
        QStringLiteral("sales"),
        QStringLiteral("sales"),
        QStringLiteral("sales.csv"),
        {
            keyField(field("date", "day", T::Date, QT_TRANSLATE_NOOP("Stockshift::Import", "Date"),
                           s({"day", "salesdate", "orderdate", "postingdate", "buchungsdatum",
                              "datum", "belegdatum", "invoicedate", "documentdate",
                              "transactiondate", "budat", "fkdat"}))),
            keyField(field("location", "location_id", T::LocationRef,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Location"), kLocationSyn)),
            keyField(field("sku", "sku_id", T::SkuRef,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "SKU"), kSkuSyn)),
            req(range(field("quantity", "quantity", T::Decimal,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Quantity"),
                            quantitySyn
                                + s({"unitssold", "sales", "absatz", "soldquantity", "quantitysold",
                                     "productuomqty", "fkimg", "qtysold"})),
                      -1e9)),
            nullable(field("revenue", "revenue", T::Decimal,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Revenue"),
                           s({"amount", "netamount", "salesamount", "umsatz", "nettowert",
                              "netsales", "netwr", "pricesubtotal", "salesvalue"}))),
            nullable(field("promo", "promo", T::Boolean,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Promotion"),
                           s({"promotion", "onpromotion", "promoflag", "aktion"}))),
        },
        false,
        QT_TRANSLATE_NOOP("Stockshift::Import", "Sales history")});

    specs.append(KindSpec{
        Kind::Lanes,
        QStringLiteral("lanes"),
        QStringLiteral("lanes"),
        QStringLiteral("lanes.csv"),
        {
            keyField(field("from", "from_id", T::LocationRef,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "From location"),
                           s({"fromlocation", "origin", "source", "sourcelocation", "von", "quelle",
                              "originlocation", "shipfrom"}))),
            keyField(field(
                "to", "to_id", T::LocationRef,
                QT_TRANSLATE_NOOP("Stockshift::Import", "To location"),
                s({"tolocation", "destination", "destinationlocation", "nach", "ziel", "shipto"}))),
            [] {
                FieldSpec f = withDefault(
                    field("mode", "mode", T::Text, QT_TRANSLATE_NOOP("Stockshift::Import", "Mode"),
                          s({"transportmode", "modality", "shippingmethod", "verkehrstraeger"})),
                    "road");
                f.isKey = true;
                return f;
            }(),
            withDefault(range(field("cost_per_unit", "cost_per_unit", T::Decimal,
                                    QT_TRANSLATE_NOOP("Stockshift::Import", "Cost per unit"),
                                    s({"costperunit", "unitcost", "cost", "freightperunit"})),
                              0),
                        "0"),
            withDefault(
                range(field("fixed_cost", "fixed_cost", T::Decimal,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Fixed cost per shipment"),
                            s({"fixedcost", "costpershipment", "shipmentcost", "fixkosten"})),
                      0),
                "0"),
            withDefault(
                range(field("lead_time_days", "lead_time_days", T::Decimal,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Lead time (days)"),
                            kLeadTimeSyn + s({"transittime", "transitdays", "transitzeit"})),
                      0, 365),
                "0"),
            nullable(range(field("capacity", "capacity_per_period", T::Decimal,
                                 QT_TRANSLATE_NOOP("Stockshift::Import", "Capacity per week"),
                                 kCapacitySyn),
                           0)),
            activeField,
        },
        true,
        QT_TRANSLATE_NOOP("Stockshift::Import", "Lanes")});

    specs.append(KindSpec{
        Kind::Suppliers,
        QStringLiteral("suppliers"),
        QStringLiteral("suppliers"),
        QStringLiteral("suppliers.csv"),
        {
            keyField(field("code", "code", T::Text,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Supplier code"),
                           kSupplierSyn + s({"code"}))),
            field("name", "name", T::Text, QT_TRANSLATE_NOOP("Stockshift::Import", "Name"),
                  s({"name", "suppliername", "vendorname", "name1", "companyname"})),
            field("region", "region", T::Text, QT_TRANSLATE_NOOP("Stockshift::Import", "Region"),
                  s({"country", "land"})),
            withDefault(range(field("lead_time_days", "lead_time_days", T::Decimal,
                                    QT_TRANSLATE_NOOP("Stockshift::Import", "Lead time (days)"),
                                    kLeadTimeSyn),
                              0, 730),
                        "0"),
            withDefault(
                range(field("lead_time_sd_days", "lead_time_sd_days", T::Decimal,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Lead time std. dev. (days)"),
                            kLeadSdSyn),
                      0, 365),
                "0"),
            withDefault(
                range(field("order_cost", "order_cost", T::Decimal,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Cost per order"),
                            s({"ordercost", "costperorder", "fixedordercost", "bestellkosten"})),
                      0),
                "0"),
            nullable(range(field("capacity", "capacity_per_period", T::Decimal,
                                 QT_TRANSLATE_NOOP("Stockshift::Import", "Capacity per week"),
                                 kCapacitySyn),
                           0)),
            field("delivers_to", "", T::LocationList,
                  QT_TRANSLATE_NOOP("Stockshift::Import", "Delivers to"),
                  s({"deliversto", "locations", "servedlocations", "lieferorte"})),
            activeField,
        },
        true,
        QT_TRANSLATE_NOOP("Stockshift::Import", "Suppliers")});

    specs.append(KindSpec{
        Kind::SupplierItems,
        QStringLiteral("supplier-items"),
        QStringLiteral("supplier_items"),
        QStringLiteral("supplier-items.csv"),
        {
            keyField(field("supplier", "supplier_id", T::SupplierRef,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Supplier"), kSupplierSyn)),
            keyField(field("sku", "sku_id", T::SkuRef,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "SKU"), kSkuSyn)),
            field("supplier_sku", "supplier_sku", T::Text,
                  QT_TRANSLATE_NOOP("Stockshift::Import", "Supplier's item number"),
                  s({"vendorsku", "vendoritem", "vendoritemnumber", "idnlf",
                     "lieferantenmaterialnummer", "productcode"})),
            req(range(field("unit_cost", "unit_cost", T::Decimal,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Unit cost"),
                            s({"unitcost", "cost", "price", "purchaseprice", "einkaufspreis",
                               "nettopreis", "netpr"})),
                      0)),
            nullable(range(field("lead_time_days", "lead_time_days", T::Decimal,
                                 QT_TRANSLATE_NOOP("Stockshift::Import", "Lead time (days)"),
                                 kLeadTimeSyn + s({"delay"})),
                           0, 730)),
            nullable(
                range(field("lead_time_sd_days", "lead_time_sd_days", T::Decimal,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Lead time std. dev. (days)"),
                            kLeadSdSyn),
                      0, 365)),
            withDefault(
                range(field("moq", "moq", T::Decimal,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Minimum order quantity"),
                            s({"minimumorderquantity", "minorderqty", "minqty",
                               "mindestbestellmenge", "sizeminimum", "minimum", "minquantity"})),
                      0),
                "0"),
            withDefault(range(field("order_multiple", "order_multiple", T::Decimal,
                                    QT_TRANSLATE_NOOP("Stockshift::Import", "Order multiple"),
                                    s({"ordermultiple", "multiple", "roundingvalue", "rundungswert",
                                       "sizemultiple", "bstrf", "packsize"})),
                              0.000001),
                        "1"),
            nullable(range(field("capacity", "capacity_per_period", T::Decimal,
                                 QT_TRANSLATE_NOOP("Stockshift::Import", "Capacity per week"),
                                 kCapacitySyn),
                           0)),
            withDefault(field("preferred", "preferred", T::Boolean,
                              QT_TRANSLATE_NOOP("Stockshift::Import", "Preferred"),
                              s({"preferredsupplier", "fixedvendor"})),
                        "1"),
        },
        false,
        QT_TRANSLATE_NOOP("Stockshift::Import", "Supplier items")});

    specs.append(KindSpec{
        Kind::OpenOrders,
        QStringLiteral("open-orders"),
        QStringLiteral("open_orders"),
        QStringLiteral("open-orders.csv"),
        {
            keyField(field("order_ref", "order_ref", T::Text,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Order reference"),
                           s({"orderref", "reference", "order", "ordernumber", "po", "ponumber",
                              "purchaseorder", "purchaseorderid", "ebeln", "bestellung",
                              "bestellnummer", "belegnummer", "documentnumber"}))),
            [] {
                FieldSpec f
                    = withDefault(range(field("line", "line", T::Integer,
                                              QT_TRANSLATE_NOOP("Stockshift::Import", "Line"),
                                              s({"lineitem", "linenumber", "position", "pos",
                                                 "ebelp", "purchaseorderitem", "orderline"})),
                                        0),
                                  "1");
                f.isKey = true;
                return f;
            }(),
            withDefault(enumeration(field("type", "type", T::Enum,
                                          QT_TRANSLATE_NOOP("Stockshift::Import", "Order type"),
                                          s({"ordertype", "kind"})),
                                    s({"purchase", "transfer"}),
                                    {s({"po", "purchaseorder", "bestellung", "buy", "nb"}),
                                     s({"to", "transferorder", "distributionorder", "umlagerung",
                                        "ub", "stocktransfer"})}),
                        "purchase"),
            req(field("sku", "sku_id", T::SkuRef, QT_TRANSLATE_NOOP("Stockshift::Import", "SKU"),
                      kSkuSyn)),
            nullable(field("supplier", "supplier_id", T::SupplierRef,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Supplier"), kSupplierSyn)),
            nullable(field("source", "source_id", T::LocationRef,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Source location"),
                           s({"sourcelocation", "fromlocation", "origin", "from", "shipfrom",
                              "abgebendeswerk"}))),
            req(field("destination", "destination_id", T::LocationRef,
                      QT_TRANSLATE_NOOP("Stockshift::Import", "Destination location"),
                      kLocationSyn
                          + s({"destinationlocation", "tolocation", "to", "deliverylocation",
                               "receivinglocation"}))),
            req(range(field("quantity", "quantity", T::Decimal,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Quantity"),
                            quantitySyn
                                + s({"openquantity", "bestellmenge", "remainingquantity", "menge",
                                     "productqty"})),
                      0.000001)),
            nullable(field("order_date", "order_day", T::Date,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Order date"),
                           s({"orderdate", "orderingdate", "bestelldatum", "createdat", "bedat",
                              "dateorder"}))),
            req(field(
                "due_date", "due_day", T::Date, QT_TRANSLATE_NOOP("Stockshift::Import", "Due date"),
                s({"duedate", "deliverydate", "receiptdate", "eta", "liefertermin", "lieferdatum",
                   "eindt", "expecteddate", "arrivaldate", "dateplanned", "enddate"}))),
        },
        false,
        QT_TRANSLATE_NOOP("Stockshift::Import", "Open orders")});

    specs.append(KindSpec{
        Kind::Customers,
        QStringLiteral("customers"),
        QStringLiteral("customers"),
        QStringLiteral("customers.csv"),
        {
            keyField(field("code", "code", T::Text,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Customer code"),
                           s({"customer", "customercode", "customerid", "customernumber", "kunde",
                              "kundennummer", "kunnr", "debitor", "code", "accountnumber"}))),
            field("name", "name", T::Text, QT_TRANSLATE_NOOP("Stockshift::Import", "Name"),
                  s({"name", "customername", "companyname", "name1"})),
            field("segment", "segment", T::Text, QT_TRANSLATE_NOOP("Stockshift::Import", "Segment"),
                  s({"customersegment", "customergroup", "kundengruppe", "kdgrp", "tier"})),
            field("region", "region", T::Text, QT_TRANSLATE_NOOP("Stockshift::Import", "Region"),
                  s({"country", "land", "salesregion"})),
            nullable(range(field("cltv", "cltv", T::Decimal,
                                 QT_TRANSLATE_NOOP("Stockshift::Import", "CLTV score"),
                                 s({"clv", "ltv", "lifetimevalue", "customerlifetimevalue",
                                    "cltvscore", "score"})),
                           0)),
        },
        false,
        QT_TRANSLATE_NOOP("Stockshift::Import", "Customers")});

    specs.append(KindSpec{
        Kind::Agreements,
        QStringLiteral("agreements"),
        QStringLiteral("agreements"),
        QStringLiteral("agreements.csv"),
        {
            keyField(field("provider", "provider_id", T::LocationRef,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Provider (stock owner)"),
                           s({"providerlocation", "lender", "frompartner", "owner", "from"}))),
            keyField(field("receiver", "receiver_id", T::LocationRef,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Receiver"),
                           s({"receiverlocation", "borrower", "topartner", "to"}))),
            withDefault(
                range(field("markup_pct", "markup_pct", T::Decimal,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Transfer price markup (%)"),
                            s({"markup", "transferpricemarkup", "aufschlag"})),
                      -100, 1000),
                "0"),
            withDefault(range(field("profit_share_pct", "profit_share_pct", T::Decimal,
                                    QT_TRANSLATE_NOOP("Stockshift::Import", "Profit share (%)"),
                                    s({"profitshare", "share"})),
                              0, 100),
                        "0"),
            withDefault(
                range(field("handling_fee", "handling_fee", T::Decimal,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Handling fee per unit"),
                            s({"handlingfee", "fee"})),
                      0),
                "0"),
            nullable(field("valid_from", "valid_from", T::Date,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Valid from"),
                           s({"validfrom", "gueltigab", "startdate"}))),
            nullable(field("valid_to", "valid_to", T::Date,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Valid to"),
                           s({"validto", "gueltigbis", "enddate"}))),
            activeField,
        },
        true,
        QT_TRANSLATE_NOOP("Stockshift::Import", "Partner agreements")});

    specs.append(KindSpec{
        Kind::Events,
        QStringLiteral("events"),
        QStringLiteral("events"),
        QStringLiteral("events.csv"),
        {
            keyField(field("name", "name", T::Text, QT_TRANSLATE_NOOP("Stockshift::Import", "Name"),
                           s({"event", "eventname", "description", "bezeichnung"}))),
            req(enumeration(field("kind", "kind", T::Enum,
                                  QT_TRANSLATE_NOOP("Stockshift::Import", "Kind"),
                                  s({"type", "eventtype"})),
                            s({"promotion", "holiday", "event", "closure"}),
                            {s({"promo", "aktion", "sale", "discount"}),
                             s({"feiertag", "publicholiday", "national", "religious"}),
                             s({"sporting", "cultural", "veranstaltung"}),
                             s({"closed", "geschlossen", "shutdown"})})),
            keyField(field("start", "start_day", T::Date,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Start date"),
                           s({"startdate", "datefrom", "from", "begin", "von", "date"}))),
            nullable(field("end", "end_day", T::Date,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "End date"),
                           s({"enddate", "dateto", "to", "bis", "until"}))),
            [] {
                FieldSpec f
                    = field("location", "location_code", T::Text,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Location (empty = all)"),
                            s({"locationcode", "store", "site"}));
                f.isKey = true;
                return f;
            }(),
            [] {
                FieldSpec f
                    = field("region", "region", T::Text,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Region (empty = all)"), {});
                f.isKey = true;
                return f;
            }(),
            [] {
                FieldSpec f = field("sku", "sku_code", T::Text,
                                    QT_TRANSLATE_NOOP("Stockshift::Import", "SKU (empty = all)"),
                                    s({"skucode", "item", "product"}));
                f.isKey = true;
                return f;
            }(),
            [] {
                FieldSpec f
                    = field("category", "category", T::Text,
                            QT_TRANSLATE_NOOP("Stockshift::Import", "Category (empty = all)"), {});
                f.isKey = true;
                return f;
            }(),
            nullable(range(field("uplift_pct", "uplift_pct", T::Decimal,
                                 QT_TRANSLATE_NOOP("Stockshift::Import", "Expected uplift (%)"),
                                 s({"uplift", "expecteduplift", "lift"})),
                           -100, 10000)),
        },
        false,
        QT_TRANSLATE_NOOP("Stockshift::Import", "Events and promotions")});

    // Out-of-stock periods (an ERP's or shelf-audit system's stockout log): sales of zero inside
    // them are censored demand, which the forecast engine imputes instead of learning zeros.
    specs.append(KindSpec{
        Kind::Stockouts,
        QStringLiteral("stockouts"),
        QStringLiteral("stockouts"),
        QStringLiteral("stockouts.csv"),
        {
            keyField(field("location", "location_id", T::LocationRef,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Location"), kLocationSyn)),
            keyField(field("sku", "sku_id", T::SkuRef,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "SKU"), kSkuSyn)),
            keyField(field("start", "start_day", T::Date,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Out of stock from"),
                           s({"startdate", "from", "datefrom", "stockoutstart", "oosstart",
                              "outofstockfrom", "von", "date", "datum"}))),
            nullable(field("end", "end_day", T::Date,
                           QT_TRANSLATE_NOOP("Stockshift::Import", "Out of stock until"),
                           s({"enddate", "to", "dateto", "stockoutend", "oosend", "outofstockuntil",
                              "until", "bis"}))),
        },
        false,
        QT_TRANSLATE_NOOP("Stockshift::Import", "Stockout periods")});

    return specs;
}

const QList<KindSpec> &specs()
{
    static const QList<KindSpec> all = buildSpecs();
    return all;
}

} // namespace

const FieldSpec *KindSpec::field(const QString &key) const
{
    const int i = fieldIndex(key);
    return i < 0 ? nullptr : &fields[i];
}

int KindSpec::fieldIndex(const QString &key) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields[i].key == key)
            return i;
    }
    return -1;
}

const KindSpec &kindSpec(Kind kind)
{
    return specs()[int(kind)];
}

QList<Kind> allKinds()
{
    QList<Kind> kinds;
    for (const KindSpec &spec : specs())
        kinds.append(spec.kind);
    return kinds;
}

QList<Kind> importOrder()
{
    return {Kind::Locations, Kind::Skus,       Kind::Suppliers, Kind::SupplierItems,
            Kind::Lanes,     Kind::Stock,      Kind::Sales,     Kind::OpenOrders,
            Kind::Customers, Kind::Agreements, Kind::Events,    Kind::Stockouts};
}

std::optional<Kind> kindFromName(const QString &name)
{
    const QString wanted = name.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const KindSpec &spec : specs()) {
        if (spec.name == wanted)
            return spec.kind;
    }
    return std::nullopt;
}

std::optional<Kind> kindFromFileName(const QString &path)
{
    // "sales.csv", but also "sales-2024.csv" or "export_sales.csv": the kind's name alone or set
    // off by '-', '_' or '.' at either end of the base name. The longest kind name wins
    // ("supplier-items" over "suppliers").
    const QFileInfo info(path);
    if (info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0
        && info.suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) != 0
        && info.suffix().compare(QLatin1String("tsv"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QString base
        = info.completeBaseName().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    std::optional<Kind> best;
    qsizetype bestLength = 0;
    for (const KindSpec &spec : specs()) {
        const QString &name = spec.name;
        const bool matches = base == name || base.startsWith(name + QLatin1Char('-'))
                             || base.startsWith(name + QLatin1Char('.'))
                             || base.endsWith(QLatin1Char('-') + name)
                             || base.endsWith(QLatin1Char('.') + name);
        if (matches && name.size() > bestLength) {
            best = spec.kind;
            bestLength = name.size();
        }
    }
    return best;
}

QString kindName(Kind kind)
{
    return kindSpec(kind).name;
}

QString kindLabel(Kind kind)
{
    return QCoreApplication::translate("Stockshift::Import", kindSpec(kind).label);
}

QString fieldLabel(const FieldSpec &field)
{
    return QCoreApplication::translate("Stockshift::Import", field.label);
}

QString normalizeName(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

QStringList tablesWritten(Kind kind)
{
    QStringList tables{kindSpec(kind).table, QStringLiteral("import_batches")};
    if (kind == Kind::Suppliers)
        tables.append(QStringLiteral("supplier_locations"));
    return tables;
}

} // namespace Stockshift::Import
