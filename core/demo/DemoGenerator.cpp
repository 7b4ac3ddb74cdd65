#include "demo/DemoGenerator.h"

#include "common/CsvWriter.h"
#include "common/Days.h"
#include "demo/Random.h"
#include "storage/Connection.h"
#include "storage/SalesRange.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace Stockshift::Demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Demo", text);
}

struct City
{
    const char *name, *tag;
    double lat, lon;
};

// German cities with real coordinates; the first four host the regional hubs.
const City kCities[] = {
    {"Hamburg", "HAM", 53.5511, 9.9937},    {"Munich", "MUC", 48.1351, 11.5820},
    {"Cologne", "CGN", 50.9375, 6.9603},    {"Berlin", "BER", 52.5200, 13.4050},
    {"Frankfurt", "FRA", 50.1109, 8.6821},  {"Stuttgart", "STR", 48.7758, 9.1829},
    {"Dusseldorf", "DUS", 51.2277, 6.7735}, {"Leipzig", "LEJ", 51.3397, 12.3731},
    {"Dortmund", "DTM", 51.5136, 7.4653},   {"Essen", "ESS", 51.4556, 7.0116},
    {"Bremen", "BRE", 53.0793, 8.8017},     {"Dresden", "DRS", 51.0504, 13.7373},
    {"Hanover", "HAJ", 52.3759, 9.7320},    {"Nuremberg", "NUE", 49.4521, 11.0767},
    {"Duisburg", "DUI", 51.4344, 6.7623},   {"Bochum", "BOC", 51.4818, 7.2162},
    {"Wuppertal", "WUP", 51.2562, 7.1508},  {"Bielefeld", "BFE", 52.0302, 8.5325},
    {"Bonn", "BON", 50.7374, 7.0982},       {"Munster", "FMO", 51.9607, 7.6261},
    {"Karlsruhe", "KAE", 49.0069, 8.4037},  {"Mannheim", "MHG", 49.4875, 8.4660},
    {"Augsburg", "AGB", 48.3705, 10.8978},  {"Wiesbaden", "WIB", 50.0782, 8.2398},
    {"Kiel", "KEL", 54.3233, 10.1228},      {"Rostock", "RLG", 54.0924, 12.0991},
    {"Magdeburg", "MAG", 52.1205, 11.6276}, {"Freiburg", "FRG", 47.9990, 7.8421},
    {"Erfurt", "ERF", 50.9848, 11.0299},    {"Regensburg", "REG", 49.0134, 12.1016},
};
const char *const kHubRegions[] = {"North", "South", "West", "East"};

struct CategorySpec
{
    const char *name;
    double costLow, costHigh, margin; // unit cost range, price = cost × (1 + margin)
    int shelfLow, shelfHigh;          // shelf life days (0 = not perishable)
    double weight, volume;            // kg, m³ per unit (typical)
    bool fragile;
    int pack;
    const char *brands[3];
};

const CategorySpec kCategories[] = {
    {"Fresh",
     0.4,
     4.0,
     0.45,
     5,
     21,
     0.5,
     0.001,
     false,
     6,
     {"FarmFresh", "GreenValley", "Dairyland"}},
    {"Grocery",
     0.5,
     6.0,
     0.35,
     180,
     720,
     0.6,
     0.0012,
     false,
     12,
     {"Pantry", "GoodHarvest", "Kornkammer"}},
    {"Beverages",
     0.3,
     3.0,
     0.40,
     270,
     540,
     1.2,
     0.0015,
     true,
     24,
     {"Quelle", "FizzCo", "Bergbrunnen"}},
    {"Household", 1.0, 12.0, 0.50, 0, 0, 1.0, 0.003, false, 12, {"CleanHome", "Glanz", "EcoHouse"}},
    {"Personal care",
     1.0,
     10.0,
     0.60,
     0,
     0,
     0.3,
     0.0008,
     false,
     12,
     {"PureSkin", "Naturell", "Aqua"}},
    {"Electronics", 8.0, 180.0, 0.30, 0, 0, 0.8, 0.004, true, 1, {"Voltix", "Sonara", "Kabelwerk"}},
    {"Toys", 3.0, 40.0, 0.70, 0, 0, 0.7, 0.006, false, 4, {"PlayWorld", "Klotz", "FunBox"}},
    {"Garden", 2.0, 60.0, 0.55, 0, 0, 3.0, 0.02, false, 2, {"GreenThumb", "Gartenfreund", "Bloom"}},
    {"Apparel",
     4.0,
     50.0,
     1.10,
     0,
     0,
     0.4,
     0.003,
     false,
     1,
     {"UrbanWear", "Nordstil", "BasicLine"}},
};

enum class Pattern { Smooth, Trend, Weekly, Yearly, Intermittent, Lumpy };

struct Location
{
    QString code, name, kind, region, owner;
    double lat = 0, lon = 0, capacityUnits = 0, capacityVolume = 0, handling = 0;
    bool sells = false;
    double demandFactor = 1.0;
};

struct Sku
{
    QString code, name, category, brand;
    double cost = 0, price = 0, weight = 0, volume = 0;
    int shelfLife = 0, pack = 1, categoryIndex = 0;
    bool fragile = false;
    Pattern pattern = Pattern::Smooth;
    double baseRate = 1; // mean units per day at a location with factor 1
    double trendPerYear = 0;
    int launchOffset = 0;  // days after history start when the SKU starts selling (new products)
    double coverage = 0.6; // share of selling locations that carry it
};

struct Lane
{
    int from = 0, to = 0;
    QString mode;
    double cost = 0, fixedCost = 0, leadDays = 0, capacity = 0;
};

struct Supplier
{
    QString code, name, region;
    double leadDays = 0, leadSd = 0, orderCost = 0, capacity = 0;
};

struct SupplierItem
{
    int supplier = 0, sku = 0;
    double cost = 0, moq = 0, multiple = 1;
    bool preferred = true;
};

struct Event
{
    QString name, kind, location, region, sku, category;
    int start = 0, end = 0;
    double uplift = 0;
    bool hasUplift = false;
};

struct Network
{
    std::vector<Location> locations;
    std::vector<Sku> skus;
    std::vector<Lane> lanes;
    std::vector<Supplier> suppliers;
    std::vector<SupplierItem> supplierItems;
    std::vector<Event> events;
    std::vector<std::vector<int>> assortment; // per SKU: selling location indices
    int firstDay = 0, lastDay = 0;
};

double distanceKm(const Location &a, const Location &b)
{
    // Haversine great-circle distance.
    const double rad = M_PI / 180.0;
    const double dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad;
    const double h
        = std::sin(dLat / 2) * std::sin(dLat / 2)
          + std::cos(a.lat * rad) * std::cos(b.lat * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

// Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
int easterDay(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return Days::fromCivil(year, unsigned(month), unsigned(day));
}

Network buildNetwork(const DemoSettings &s)
{
    Network net;
    Random rng(Random::derive(s.seed, 1));
    net.lastDay = s.endDay >= 0 ? s.endDay : Days::fromCivil(2026, 10, 31);
    net.firstDay = net.lastDay - s.days + 1;

    // --- locations: DC, hubs, stores/MFCs, partner sellers ---
    const int total = std::max(8, s.locations);
    const int hubs = std::clamp(total / 5, 1, 4 * 4);
    const int partners = 3;
    const int stores = total - 1 - hubs - partners;
    Location dc;
    dc.code = QStringLiteral("DC-NAT");
    dc.name = QStringLiteral("National DC Kassel");
    dc.kind = QStringLiteral("supplier_dc");
    dc.region = QStringLiteral("Central");
    dc.lat = 51.3127;
    dc.lon = 9.4797;
    dc.capacityUnits = 2'000'000;
    dc.capacityVolume = 40'000;
    dc.handling = 0.12;
    net.locations.push_back(dc);
    const int cityCount = int(std::size(kCities));
    for (int h = 0; h < hubs; ++h) {
        const City &city = kCities[h % cityCount];
        Location hub;
        hub.code = QStringLiteral("HUB-%1").arg(QString::fromLatin1(city.tag));
        hub.name = QStringLiteral("Regional hub %1").arg(QString::fromLatin1(city.name));
        hub.kind = QStringLiteral("regional_hub");
        hub.region = QString::fromLatin1(kHubRegions[h % 4])
                     + (h >= 4 ? QString::number(h / 4 + 1) : QString());
        // Hubs sit on the outskirts, away from the city's stores.
        hub.lat = city.lat - 0.18 + (h >= cityCount ? rng.uniform(-0.3, 0.3) : 0.0);
        hub.lon = city.lon + 0.25 + (h >= cityCount ? rng.uniform(-0.3, 0.3) : 0.0);
        hub.capacityUnits = 400'000;
        hub.capacityVolume = 8'000;
        hub.handling = 0.15;
        hub.sells = false;
        net.locations.push_back(hub);
    }
    const auto nearestHubRegion = [&](double lat, double lon) {
        Location probe;
        probe.lat = lat;
        probe.lon = lon;
        double best = 1e18;
        QString region;
        for (int h = 1; h <= hubs; ++h) {
            const double d = distanceKm(probe, net.locations[std::size_t(h)]);
            if (d < best) {
                best = d;
                region = net.locations[std::size_t(h)].region;
            }
        }
        return region;
    };
    for (int i = 0; i < stores; ++i) {
        const City &city = kCities[i % cityCount];
        const bool mfc = i % 3 == 2;
        const int serial = i / cityCount + 1;
        Location store;
        store.code = QStringLiteral("%1-%2-%3")
                         .arg(mfc ? QStringLiteral("MFC") : QStringLiteral("ST"),
                              QString::fromLatin1(city.tag))
                         .arg(serial, 2, 10, QLatin1Char('0'));
        store.name = QStringLiteral("%1 %2 %3")
                         .arg(mfc ? QStringLiteral("Micro-fulfilment") : QStringLiteral("Store"),
                              QString::fromLatin1(city.name))
                         .arg(serial);
        store.kind = mfc ? QStringLiteral("micro_fulfilment") : QStringLiteral("store");
        store.lat = city.lat + rng.uniform(-0.05, 0.05);
        store.lon = city.lon + rng.uniform(-0.05, 0.05);
        store.region = nearestHubRegion(store.lat, store.lon);
        store.capacityUnits = mfc ? 30'000 : 15'000;
        store.capacityVolume = mfc ? 600 : 300;
        store.handling = mfc ? 0.25 : 0.35;
        store.sells = true;
        store.demandFactor = rng.uniform(0.6, 1.6);
        net.locations.push_back(store);
    }
    const char *const owners[]
        = {"Rheinhandel GmbH", "NordMarkt KG", "Alpenwaren AG", "Spreeversand GmbH"};
    for (int p = 0; p < partners; ++p) {
        const City &city = kCities[(7 + p * 5) % cityCount];
        Location partner;
        partner.code = QStringLiteral("PS-%1").arg(QString::fromLatin1(city.tag));
        partner.name = QStringLiteral("Partner seller %1").arg(QString::fromLatin1(city.name));
        partner.kind = QStringLiteral("partner_seller");
        partner.lat = city.lat + 0.08;
        partner.lon = city.lon - 0.08;
        partner.region = nearestHubRegion(partner.lat, partner.lon);
        partner.owner = QString::fromLatin1(owners[p % 4]);
        partner.capacityUnits = 50'000;
        partner.capacityVolume = 900;
        partner.handling = 0.3;
        partner.sells = true;
        partner.demandFactor = rng.uniform(0.8, 1.4);
        net.locations.push_back(partner);
    }
    for (Location &location : net.locations) {
        location.capacityUnits = std::round(location.capacityUnits);
        location.lat = std::round(location.lat * 1e4) / 1e4;
        location.lon = std::round(location.lon * 1e4) / 1e4;
    }

    // --- SKUs ---
    const int categoryCount = int(std::size(kCategories));
    for (int k = 0; k < s.skus; ++k) {
        const int c = k % categoryCount;
        const CategorySpec &cat = kCategories[c];
        Sku sku;
        sku.categoryIndex = c;
        sku.code = QStringLiteral("SKU-%1").arg(k + 1, 5, 10, QLatin1Char('0'));
        sku.category = QString::fromLatin1(cat.name);
        sku.brand = QString::fromLatin1(cat.brands[rng.integer(0, 2)]);
        sku.name = QStringLiteral("%1 %2 #%3").arg(sku.brand, sku.category).arg(k + 1);
        sku.cost = round2(rng.uniform(cat.costLow, cat.costHigh));
        sku.price = round2(sku.cost * (1.0 + cat.margin * rng.uniform(0.8, 1.2)));
        sku.weight = round2(cat.weight * rng.uniform(0.5, 1.5));
        sku.volume = std::round(cat.volume * rng.uniform(0.5, 1.5) * 1e5) / 1e5;
        sku.shelfLife = cat.shelfHigh > 0 ? rng.integer(cat.shelfLow, cat.shelfHigh) : 0;
        sku.fragile = cat.fragile && rng.chance(0.7);
        sku.pack = cat.pack;
        const double r = rng.uniform();
        if (c == 7) // garden: yearly season
            sku.pattern = Pattern::Yearly;
        else if (c == 6) // toys: Christmas season
            sku.pattern = r < 0.6 ? Pattern::Yearly : Pattern::Lumpy;
        else if (c == 5) // electronics: slow, intermittent
            sku.pattern = r < 0.6 ? Pattern::Intermittent : Pattern::Lumpy;
        else if (r < 0.30)
            sku.pattern = Pattern::Smooth;
        else if (r < 0.55)
            sku.pattern = Pattern::Weekly;
        else if (r < 0.72)
            sku.pattern = Pattern::Trend;
        else if (r < 0.88)
            sku.pattern = Pattern::Intermittent;
        else
            sku.pattern = Pattern::Lumpy;
        // Cheaper items sell more.
        sku.baseRate
            = std::clamp(25.0 / std::sqrt(sku.price + 1.0) * rng.uniform(0.5, 1.5), 0.05, 60.0);
        if (sku.pattern == Pattern::Intermittent || sku.pattern == Pattern::Lumpy)
            sku.baseRate = rng.uniform(0.1, 0.8);
        sku.trendPerYear
            = sku.pattern == Pattern::Trend ? rng.uniform(-0.4, 0.8) : rng.uniform(-0.05, 0.05);
        sku.launchOffset
            = rng.chance(0.07) ? rng.integer(s.days / 2, std::max(s.days / 2, s.days - 60)) : 0;
        sku.coverage = rng.uniform(0.4, 0.85);
        net.skus.push_back(sku);
    }

    // --- assortment: which selling locations carry each SKU ---
    std::vector<int> selling;
    for (int i = 0; i < int(net.locations.size()); ++i)
        if (net.locations[std::size_t(i)].sells)
            selling.push_back(i);
    net.assortment.resize(net.skus.size());
    for (std::size_t k = 0; k < net.skus.size(); ++k) {
        Random local(Random::derive(s.seed, 2, k));
        for (int l : selling)
            if (local.chance(net.skus[k].coverage))
                net.assortment[k].push_back(l);
        if (net.assortment[k].empty() && !selling.empty())
            net.assortment[k].push_back(selling[k % selling.size()]);
    }

    // --- lanes: cost and lead time from distance ---
    const auto addLane = [&](int from, int to, const QString &mode) {
        const double km
            = distanceKm(net.locations[std::size_t(from)], net.locations[std::size_t(to)]);
        const bool express = mode == QLatin1String("express");
        Lane lane;
        lane.from = from;
        lane.to = to;
        lane.mode = mode;
        lane.cost = round2((0.04 + 0.0009 * km) * (express ? 2.2 : 1.0));
        lane.fixedCost = round2((60.0 + 0.6 * km) * (express ? 1.5 : 1.0));
        lane.leadDays = std::max(express ? 0.5 : 1.0,
                                 std::round((1.0 + km / (express ? 700.0 : 400.0)) * 2) / 2);
        lane.capacity = express
                            ? 2'000
                            : (net.locations[std::size_t(from)].kind == QLatin1String("supplier_dc")
                                   ? 60'000
                                   : 12'000);
        net.lanes.push_back(lane);
    };
    for (int h = 1; h <= hubs; ++h)
        addLane(0, h, QStringLiteral("road"));
    for (int a = 1; a <= hubs; ++a)
        for (int b = 1; b <= hubs; ++b)
            if (a != b)
                addLane(a, b, QStringLiteral("road"));
    for (int l : selling) {
        const Location &loc = net.locations[std::size_t(l)];
        for (int h = 1; h <= hubs; ++h) {
            if (net.locations[std::size_t(h)].region == loc.region) {
                addLane(h, l, QStringLiteral("road"));
                if (loc.kind == QLatin1String("micro_fulfilment"))
                    addLane(h, l, QStringLiteral("express"));
            }
        }
    }
    // Partners exchange stock with their two nearest stores (both ways).
    for (int l : selling) {
        if (net.locations[std::size_t(l)].kind != QLatin1String("partner_seller"))
            continue;
        std::vector<std::pair<double, int>> near;
        for (int o : selling)
            if (o != l && net.locations[std::size_t(o)].kind != QLatin1String("partner_seller"))
                near.push_back(
                    {distanceKm(net.locations[std::size_t(l)], net.locations[std::size_t(o)]), o});
        std::sort(near.begin(), near.end());
        for (std::size_t i = 0; i < std::min<std::size_t>(2, near.size()); ++i) {
            addLane(l, near[i].second, QStringLiteral("road"));
            addLane(near[i].second, l, QStringLiteral("road"));
        }
    }

    // --- suppliers and supplier items ---
    const char *const supplierNames[]
        = {"Nordfrost",      "Agrarhof",       "Getraenke Union",     "Haushalt Direkt",
           "Kosmetik Werke", "Elektro Import", "Spielwaren Zentrale", "Garten Grosshandel",
           "Textil Partner", "Vorrat AG",      "Frischdienst",        "Euro Supply"};
    const char *const supplierRegions[] = {"DE", "NL", "PL", "CZ", "AT", "IT"};
    for (int i = 0; i < std::max(1, s.suppliers); ++i) {
        Supplier supplier;
        supplier.code = QStringLiteral("SUP-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        supplier.name = QString::fromLatin1(supplierNames[i % int(std::size(supplierNames))]);
        supplier.region = QString::fromLatin1(supplierRegions[rng.integer(0, 5)]);
        supplier.leadDays = double(rng.integer(3, 28));
        supplier.leadSd = round2(supplier.leadDays * rng.uniform(0.1, 0.3));
        supplier.orderCost = double(rng.integer(5, 30) * 10);
        supplier.capacity = double(rng.integer(20, 200) * 1000);
        net.suppliers.push_back(supplier);
    }
    for (std::size_t k = 0; k < net.skus.size(); ++k) {
        const Sku &sku = net.skus[k];
        // A supplier specialises in categories; a second source for a third of the SKUs.
        const int primary
            = (sku.categoryIndex + int(k / std::size_t(categoryCount)) * categoryCount)
              % int(net.suppliers.size());
        const int sources = rng.chance(0.33) && net.suppliers.size() > 1 ? 2 : 1;
        for (int j = 0; j < sources; ++j) {
            SupplierItem item;
            item.supplier = (primary + j * 5) % int(net.suppliers.size());
            item.sku = int(k);
            item.cost = round2(sku.cost * rng.uniform(0.94, 1.06) * (j ? 1.04 : 1.0));
            item.multiple = sku.pack;
            item.moq = double(sku.pack * rng.integer(1, 10));
            item.preferred = j == 0;
            net.supplierItems.push_back(item);
        }
    }

    // --- events: public holidays, category promotions, a store closure ---
    const QDate first = Days::toDate(net.firstDay), last = Days::toDate(net.lastDay);
    for (int year = first.year(); year <= last.year(); ++year) {
        const int easter = easterDay(year);
        const std::pair<const char *, int> holidays[]
            = {{"New Year", Days::fromCivil(year, 1, 1)},
               {"Good Friday", easter - 2},
               {"Easter Monday", easter + 1},
               {"Labour Day", Days::fromCivil(year, 5, 1)},
               {"Ascension Day", easter + 39},
               {"Whit Monday", easter + 50},
               {"German Unity Day", Days::fromCivil(year, 10, 3)},
               {"Christmas Day", Days::fromCivil(year, 12, 25)},
               {"Boxing Day", Days::fromCivil(year, 12, 26)}};
        for (const auto &[name, day] : holidays) {
            if (day < net.firstDay || day > net.lastDay + 365)
                continue;
            Event e;
            e.name = QStringLiteral("%1 %2").arg(QString::fromLatin1(name)).arg(year);
            e.kind = QStringLiteral("holiday");
            e.start = e.end = day;
            net.events.push_back(e);
        }
    }
    for (int day = net.firstDay + 10, n = 0; day < net.lastDay + 60; day += 21, ++n) {
        Event e;
        const CategorySpec &cat = kCategories[std::size_t(n) % std::size(kCategories)];
        e.name = QStringLiteral("%1 week %2").arg(QString::fromLatin1(cat.name)).arg(n + 1);
        e.kind = QStringLiteral("promotion");
        e.category = QString::fromLatin1(cat.name);
        e.start = day;
        e.end = day + 6;
        e.uplift = double(rng.integer(3, 8) * 10);
        e.hasUplift = true;
        net.events.push_back(e);
    }
    if (!selling.empty()) {
        Event closure;
        closure.name = QStringLiteral("Renovation");
        closure.kind = QStringLiteral("closure");
        closure.location = net.locations[std::size_t(selling.front())].code;
        closure.start = net.lastDay - 200;
        closure.end = net.lastDay - 198;
        net.events.push_back(closure);
    }
    return net;
}

bool isHoliday(const Network &net, int day)
{
    for (const Event &e : net.events)
        if (e.kind == QLatin1String("holiday") && e.start == day)
            return true;
    return false;
}

/// The promotion uplift (0 = none) for a SKU's category on a day.
double promotionUplift(const Network &net, const Sku &sku, int day)
{
    for (const Event &e : net.events)
        if (e.kind == QLatin1String("promotion") && day >= e.start && day <= e.end
            && e.category == sku.category)
            return e.uplift / 100.0;
    return 0.0;
}

struct SalesRow
{
    int day;
    int location;
    int sku;
    double quantity;
    double revenue;
    bool promo;
};

struct StockoutRow
{
    int location, sku, start, end; // days, inclusive
};

/// Generates the daily history of every SKU × location in the assortment, in a fixed order,
/// calling `sink` for every non-zero day and collecting the stockout windows (the out-of-stock
/// log an ERP would export). Each series has its own random stream.
bool forEachSale(const Network &net, const DemoSettings &s,
                 const std::function<void(const SalesRow &)> &sink, const std::atomic_bool *cancel,
                 const std::function<void(int)> &progress, std::vector<StockoutRow> *stockouts)
{
    const int days = net.lastDay - net.firstDay + 1;
    std::vector<char> holiday(static_cast<std::size_t>(days));
    for (int d = 0; d < days; ++d)
        holiday[std::size_t(d)] = isHoliday(net, net.firstDay + d);
    const Event *closure = nullptr;
    for (const Event &e : net.events)
        if (e.kind == QLatin1String("closure"))
            closure = &e;

    std::vector<double> uplift(static_cast<std::size_t>(days));
    for (std::size_t k = 0; k < net.skus.size(); ++k) {
        if (cancel && cancel->load())
            return false;
        if (progress && k % 16 == 0)
            progress(int(100 * k / net.skus.size()));
        const Sku &sku = net.skus[k];
        for (int d = 0; d < days; ++d)
            uplift[std::size_t(d)] = promotionUplift(net, sku, net.firstDay + d);
        for (int l : net.assortment[k]) {
            const Location &loc = net.locations[std::size_t(l)];
            Random rng(Random::derive(s.seed, 3, k, std::uint64_t(l)));
            const double rate = sku.baseRate * loc.demandFactor;
            // A stockout window: a few days of zero sales while the shelf was empty.
            const int stockoutStart = rng.chance(0.3) ? rng.integer(0, std::max(0, days - 8)) : -1;
            const int stockoutLength = rng.integer(3, 7);
            if (stockouts && stockoutStart >= 0
                && stockoutStart + stockoutLength - 1 >= sku.launchOffset)
                stockouts->push_back({l, int(k),
                                      net.firstDay + std::max(stockoutStart, sku.launchOffset),
                                      net.firstDay + stockoutStart + stockoutLength - 1});
            const double weeklyAmplitude
                = sku.pattern == Pattern::Weekly ? rng.uniform(0.3, 0.7) : 0.08;
            const double yearlyPhase
                = sku.categoryIndex == 6 ? 0.95 : 0.45; // toys peak in Dec, garden in Jun
            for (int d = sku.launchOffset; d < days; ++d) {
                const int day = net.firstDay + d;
                if (holiday[std::size_t(d)])
                    continue;
                if (closure && closure->location == loc.code && day >= closure->start
                    && day <= closure->end)
                    continue;
                if (stockoutStart >= 0 && d >= stockoutStart && d < stockoutStart + stockoutLength)
                    continue;
                double mean = rate * (1.0 + sku.trendPerYear * double(d - days) / 365.0);
                const int weekday = Days::weekday(day);
                mean *= 1.0
                        + weeklyAmplitude
                              * (weekday == 5   ? 1.0
                                 : weekday == 4 ? 0.5
                                 : weekday == 6 ? -0.6
                                                : -0.15);
                if (sku.pattern == Pattern::Yearly) {
                    const double yearFraction = double(Days::toDate(day).dayOfYear()) / 365.25;
                    mean *= std::max(0.05,
                                     1.0 + 0.9 * std::cos(2 * M_PI * (yearFraction - yearlyPhase)));
                }
                if (d - sku.launchOffset < 60 && sku.launchOffset > 0)
                    mean *= double(d - sku.launchOffset + 10) / 70.0; // ramp-up of a new product
                const double up = uplift[std::size_t(d)];
                mean *= 1.0 + up;
                mean = std::max(mean, 0.0);
                int quantity = 0;
                switch (sku.pattern) {
                case Pattern::Intermittent:
                    quantity = rng.chance(std::min(0.9, mean / 1.5)) ? 1 + rng.poisson(0.5) : 0;
                    break;
                case Pattern::Lumpy:
                    quantity = rng.chance(std::min(0.9, mean / 4.0))
                                   ? 1 + rng.negativeBinomial(3.0, 0.6)
                                   : 0;
                    break;
                default:
                    quantity = rng.negativeBinomial(mean, 8.0);
                }
                if (quantity > 0 && rng.chance(0.001))
                    quantity *= rng.integer(5, 10); // outlier: a one-off bulk order
                if (quantity <= 0)
                    continue;
                const double price = up > 0 ? sku.price * 0.85 : sku.price;
                sink(SalesRow{day, l, int(k), double(quantity), round2(price * quantity), up > 0});
            }
        }
    }
    return true;
}

struct StockRow
{
    int location, sku;
    QString lot;
    int expiry; // -1 = none
    double onHand, reserved;
};

std::vector<StockRow> buildStock(const Network &net, const DemoSettings &s)
{
    std::vector<StockRow> rows;
    const int hubs
        = int(std::count_if(net.locations.begin(), net.locations.end(), [](const Location &l) {
              return l.kind == QLatin1String("regional_hub");
          }));
    for (std::size_t k = 0; k < net.skus.size(); ++k) {
        const Sku &sku = net.skus[k];
        Random rng(Random::derive(s.seed, 4, k));
        double networkRate = 0;
        std::vector<int> holders = net.assortment[k];
        for (int l : holders)
            networkRate += sku.baseRate * net.locations[std::size_t(l)].demandFactor;
        holders.insert(holders.begin(), 0);
        for (int h = 1; h <= hubs; ++h)
            holders.insert(holders.begin() + h, h);
        for (int l : holders) {
            const Location &loc = net.locations[std::size_t(l)];
            const double daily
                = loc.sells ? sku.baseRate * loc.demandFactor
                            : networkRate
                                  / (loc.kind == QLatin1String("supplier_dc") ? 1.0 : double(hubs));
            // Cover in days: a few stockouts, mostly healthy, some overstock.
            const double u = rng.uniform();
            const double cover = u < 0.06   ? 0.0
                                 : u < 0.2  ? rng.uniform(1, 5)
                                 : u < 0.85 ? rng.uniform(7, 30)
                                            : rng.uniform(60, 180);
            double units = std::round(daily * cover);
            if (units <= 0 && cover > 0)
                units = 1;
            const int lots = sku.shelfLife > 0 && units > 0 ? rng.integer(1, 3) : 1;
            for (int i = 0; i < lots; ++i) {
                StockRow row;
                row.location = l;
                row.sku = int(k);
                row.onHand = lots > 1 ? std::max(0.0, std::round(units / lots)) : units;
                row.reserved = row.onHand > 4 && rng.chance(0.2)
                                   ? std::round(row.onHand * rng.uniform(0.05, 0.2))
                                   : 0;
                row.expiry = -1;
                if (sku.shelfLife > 0) {
                    row.lot = QStringLiteral("L%1-%2")
                                  .arg(Days::toDate(net.lastDay).toString(QStringLiteral("yyMMdd")))
                                  .arg(i + 1);
                    // Some lots expire soon, a few have already expired.
                    row.expiry = net.lastDay + rng.integer(-2, sku.shelfLife);
                }
                rows.push_back(row);
            }
        }
    }
    return rows;
}

struct OpenOrder
{
    QString ref;
    int line;
    bool transfer;
    int sku, supplier, source, destination;
    double quantity;
    int orderDay, dueDay;
};

std::vector<OpenOrder> buildOpenOrders(const Network &net, const DemoSettings &s)
{
    std::vector<OpenOrder> orders;
    Random rng(Random::derive(s.seed, 5));
    const int hubs
        = int(std::count_if(net.locations.begin(), net.locations.end(), [](const Location &l) {
              return l.kind == QLatin1String("regional_hub");
          }));
    int po = 0;
    for (const SupplierItem &item : net.supplierItems) {
        if (!item.preferred || !rng.chance(0.2))
            continue;
        OpenOrder order;
        order.ref = QStringLiteral("PO-%1").arg(++po, 6, 10, QLatin1Char('0'));
        order.line = 1;
        order.transfer = false;
        order.sku = item.sku;
        order.supplier = item.supplier;
        order.source = -1;
        order.destination = rng.chance(0.6) ? 0 : rng.integer(1, std::max(1, hubs));
        order.quantity = std::max(item.moq, item.multiple * double(rng.integer(2, 40)));
        order.orderDay = net.lastDay - rng.integer(1, 14);
        order.dueDay = net.lastDay + rng.integer(1, 21);
        orders.push_back(order);
    }
    int to = 0;
    for (std::size_t k = 0; k < net.skus.size(); ++k) {
        for (int l : net.assortment[k]) {
            if (!rng.chance(0.04))
                continue;
            const Location &loc = net.locations[std::size_t(l)];
            int source = 0;
            for (int h = 1; h <= hubs; ++h)
                if (net.locations[std::size_t(h)].region == loc.region)
                    source = h;
            OpenOrder order;
            order.ref = QStringLiteral("TO-%1").arg(++to, 6, 10, QLatin1Char('0'));
            order.line = 1;
            order.transfer = true;
            order.sku = int(k);
            order.supplier = -1;
            order.source = source;
            order.destination = l;
            order.quantity = double(net.skus[k].pack * rng.integer(1, 6));
            order.orderDay = net.lastDay - rng.integer(0, 2);
            order.dueDay = net.lastDay + rng.integer(1, 5);
            orders.push_back(order);
        }
    }
    return orders;
}

struct Customer
{
    QString code, name, segment, region;
    double cltv;
};

std::vector<Customer> buildCustomers(const Network &net, const DemoSettings &s)
{
    std::vector<Customer> customers;
    Random rng(Random::derive(s.seed, 6));
    QStringList regions;
    for (const Location &l : net.locations)
        if (l.kind == QLatin1String("regional_hub"))
            regions.append(l.region);
    const char *const first[]
        = {"Anna", "Ben", "Clara", "David", "Elif", "Finn", "Greta", "Hannes", "Ida", "Jonas"};
    const char *const last[]
        = {"Mueller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker"};
    for (int i = 0; i < s.customers; ++i) {
        Customer c;
        c.code = QStringLiteral("C%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        const double u = rng.uniform();
        c.segment = u < 0.75   ? QStringLiteral("B2C")
                    : u < 0.93 ? QStringLiteral("B2B")
                               : QStringLiteral("Marketplace");
        c.name = c.segment == QLatin1String("B2B")
                     ? QStringLiteral("%1 %2 GmbH")
                           .arg(QString::fromLatin1(last[rng.integer(0, 7)]))
                           .arg(i + 1)
                     : QStringLiteral("%1 %2").arg(QString::fromLatin1(first[rng.integer(0, 9)]),
                                                   QString::fromLatin1(last[rng.integer(0, 7)]));
        c.region = regions.isEmpty() ? QString() : regions[rng.integer(0, int(regions.size()) - 1)];
        // Customer lifetime value: log-normal, B2B an order of magnitude higher.
        c.cltv = round2(rng.logNormal(c.segment == QLatin1String("B2B") ? 8.0 : 5.5, 1.0));
        customers.push_back(c);
    }
    return customers;
}

struct Agreement
{
    int provider, receiver;
    double markup, share, fee;
    int from, to;
};

std::vector<Agreement> buildAgreements(const Network &net, const DemoSettings &s)
{
    std::vector<Agreement> agreements;
    Random rng(Random::derive(s.seed, 7));
    for (const Lane &lane : net.lanes) {
        const bool partnerFrom
            = net.locations[std::size_t(lane.from)].kind == QLatin1String("partner_seller");
        const bool partnerTo
            = net.locations[std::size_t(lane.to)].kind == QLatin1String("partner_seller");
        if (!partnerFrom && !partnerTo)
            continue;
        Agreement a;
        a.provider = lane.from;
        a.receiver = lane.to;
        a.markup = double(rng.integer(3, 12));
        a.share = partnerFrom ? double(rng.integer(0, 6) * 5) : 0.0;
        a.fee = round2(rng.uniform(0.2, 1.0));
        a.from = Days::fromCivil(Days::toDate(net.lastDay).year(), 1, 1);
        a.to = Days::fromCivil(Days::toDate(net.lastDay).year() + 1, 12, 31);
        agreements.push_back(a);
    }
    return agreements;
}

QString iso(int day)
{
    return Days::toIso(day);
}

} // namespace

DemoGenerator::DemoGenerator(const DemoSettings &settings)
    : m_settings(settings)
{}

Result<DemoSummary> DemoGenerator::writeCsv(const QString &folder, const Progress &progress,
                                            const std::atomic_bool *cancel) const
{
    QElapsedTimer timer;
    timer.start();
    if (!QDir().mkpath(folder))
        return Error(tr("Cannot create the folder %1.").arg(folder),
                     QStringLiteral("write-failed"));
    const QDir dir(folder);
    const Network net = buildNetwork(m_settings);
    DemoSummary summary;
    const auto report = [&](int percent, const char *phase) {
        if (progress)
            progress(percent, tr(phase));
    };
    const auto open = [&](CsvWriter &w, const char *name, const QStringList &header) -> Status {
        if (Status st = w.open(dir.filePath(QString::fromLatin1(name))); !st)
            return st;
        w.row(header);
        return {};
    };
    const auto num = [](double v) {
        return v;
    };

    report(0, QT_TRANSLATE_NOOP("Stockshift::Demo", "Writing master data"));
    {
        CsvWriter w;
        if (Status st
            = open(w, "locations.csv",
                   {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"),
                    QStringLiteral("region"), QStringLiteral("latitude"),
                    QStringLiteral("longitude"), QStringLiteral("capacity_units"),
                    QStringLiteral("capacity_volume"), QStringLiteral("handling_cost"),
                    QStringLiteral("owner"), QStringLiteral("active")});
            !st)
            return st.error();
        for (const Location &l : net.locations) {
            w.text(l.code)
                .text(l.name)
                .text(l.kind)
                .text(l.region)
                .number(l.lat)
                .number(l.lon)
                .number(l.capacityUnits)
                .number(l.capacityVolume)
                .number(l.handling)
                .text(l.owner)
                .integer(1)
                .endRow();
            ++summary.locations;
        }
        if (Status st = w.close(); !st)
            return st.error();
    }
    {
        CsvWriter w;
        if (Status st = open(w, "skus.csv",
                             {QStringLiteral("code"), QStringLiteral("name"),
                              QStringLiteral("category"), QStringLiteral("brand"),
                              QStringLiteral("unit_cost"), QStringLiteral("unit_price"),
                              QStringLiteral("weight_kg"), QStringLiteral("volume_m3"),
                              QStringLiteral("shelf_life_days"), QStringLiteral("fragile"),
                              QStringLiteral("pack_size"), QStringLiteral("active")});
            !st)
            return st.error();
        for (const Sku &k : net.skus) {
            w.text(k.code)
                .text(k.name)
                .text(k.category)
                .text(k.brand)
                .number(k.cost)
                .number(k.price)
                .number(k.weight)
                .number(k.volume)
                .integer(k.shelfLife)
                .integer(k.fragile ? 1 : 0)
                .integer(k.pack)
                .integer(1)
                .endRow();
            ++summary.skus;
        }
        if (Status st = w.close(); !st)
            return st.error();
    }
    {
        CsvWriter w;
        if (Status st
            = open(w, "suppliers.csv",
                   {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("region"),
                    QStringLiteral("lead_time_days"), QStringLiteral("lead_time_sd_days"),
                    QStringLiteral("order_cost"), QStringLiteral("capacity"),
                    QStringLiteral("delivers_to"), QStringLiteral("active")});
            !st)
            return st.error();
        QStringList deliversTo;
        for (const Location &l : net.locations)
            if (l.kind == QLatin1String("supplier_dc") || l.kind == QLatin1String("regional_hub"))
                deliversTo.append(l.code);
        for (const Supplier &sup : net.suppliers) {
            w.text(sup.code)
                .text(sup.name)
                .text(sup.region)
                .number(sup.leadDays)
                .number(sup.leadSd)
                .number(sup.orderCost)
                .number(sup.capacity)
                .text(deliversTo.join(QLatin1Char('|')))
                .integer(1)
                .endRow();
            ++summary.suppliers;
        }
        if (Status st = w.close(); !st)
            return st.error();
    }
    {
        CsvWriter w;
        if (Status st = open(w, "supplier-items.csv",
                             {QStringLiteral("supplier"), QStringLiteral("sku"),
                              QStringLiteral("supplier_sku"), QStringLiteral("unit_cost"),
                              QStringLiteral("moq"), QStringLiteral("order_multiple"),
                              QStringLiteral("preferred")});
            !st)
            return st.error();
        for (const SupplierItem &i : net.supplierItems) {
            const Supplier &sup = net.suppliers[std::size_t(i.supplier)];
            w.text(sup.code)
                .text(net.skus[std::size_t(i.sku)].code)
                .text(QStringLiteral("%1-%2").arg(sup.code.right(3),
                                                  net.skus[std::size_t(i.sku)].code.right(5)))
                .number(i.cost)
                .number(i.moq)
                .number(i.multiple)
                .integer(i.preferred ? 1 : 0)
                .endRow();
            ++summary.supplierItems;
        }
        if (Status st = w.close(); !st)
            return st.error();
    }
    {
        CsvWriter w;
        if (Status st = open(w, "lanes.csv",
                             {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("mode"),
                              QStringLiteral("cost_per_unit"), QStringLiteral("fixed_cost"),
                              QStringLiteral("lead_time_days"), QStringLiteral("capacity"),
                              QStringLiteral("active")});
            !st)
            return st.error();
        for (const Lane &lane : net.lanes) {
            w.text(net.locations[std::size_t(lane.from)].code)
                .text(net.locations[std::size_t(lane.to)].code)
                .text(lane.mode)
                .number(lane.cost)
                .number(lane.fixedCost)
                .number(lane.leadDays)
                .number(lane.capacity)
                .integer(1)
                .endRow();
            ++summary.lanes;
        }
        if (Status st = w.close(); !st)
            return st.error();
    }
    if (cancel && cancel->load())
        return Error(tr("Cancelled."), QStringLiteral("cancelled"));

    report(5, QT_TRANSLATE_NOOP("Stockshift::Demo", "Writing sales history"));
    {
        CsvWriter w;
        if (Status st = open(w, "sales.csv",
                             {QStringLiteral("date"), QStringLiteral("location"),
                              QStringLiteral("sku"), QStringLiteral("quantity"),
                              QStringLiteral("revenue"), QStringLiteral("promo")});
            !st)
            return st.error();
        std::vector<QByteArray> dates(std::size_t(net.lastDay - net.firstDay + 1));
        for (std::size_t d = 0; d < dates.size(); ++d)
            dates[d] = iso(net.firstDay + int(d)).toLatin1();
        std::vector<QByteArray> locationCodes, skuCodes;
        for (const Location &l : net.locations)
            locationCodes.push_back(l.code.toUtf8());
        for (const Sku &k : net.skus)
            skuCodes.push_back(k.code.toUtf8());
        std::vector<StockoutRow> stockouts;
        const bool ok = forEachSale(
            net, m_settings,
            [&](const SalesRow &row) {
                const QByteArray &date = dates[std::size_t(row.day - net.firstDay)];
                w.text(std::string_view(date.constData(), std::size_t(date.size())))
                    .text(std::string_view(
                        locationCodes[std::size_t(row.location)].constData(),
                        std::size_t(locationCodes[std::size_t(row.location)].size())))
                    .text(std::string_view(skuCodes[std::size_t(row.sku)].constData(),
                                           std::size_t(skuCodes[std::size_t(row.sku)].size())))
                    .number(num(row.quantity))
                    .number(row.revenue)
                    .integer(row.promo ? 1 : 0)
                    .endRow();
                ++summary.salesRows;
            },
            cancel,
            [&](int percent) {
                report(5 + percent * 85 / 100,
                       QT_TRANSLATE_NOOP("Stockshift::Demo", "Writing sales history"));
            },
            &stockouts);
        if (Status st = w.close(); !st)
            return st.error();
        if (!ok)
            return Error(tr("Cancelled."), QStringLiteral("cancelled"));
        CsvWriter so;
        if (Status st = open(so, "stockouts.csv",
                             {QStringLiteral("location"), QStringLiteral("sku"),
                              QStringLiteral("start"), QStringLiteral("end")});
            !st)
            return st.error();
        for (const StockoutRow &row : stockouts) {
            so.text(net.locations[std::size_t(row.location)].code)
                .text(net.skus[std::size_t(row.sku)].code)
                .text(iso(row.start))
                .text(iso(row.end))
                .endRow();
            ++summary.stockouts;
        }
        if (Status st = so.close(); !st)
            return st.error();
    }

    report(90, QT_TRANSLATE_NOOP("Stockshift::Demo", "Writing stock, orders and customers"));
    {
        CsvWriter w;
        if (Status st
            = open(w, "stock.csv",
                   {QStringLiteral("location"), QStringLiteral("sku"), QStringLiteral("lot"),
                    QStringLiteral("expiry"), QStringLiteral("on_hand"), QStringLiteral("reserved"),
                    QStringLiteral("as_of")});
            !st)
            return st.error();
        for (const StockRow &row : buildStock(net, m_settings)) {
            w.text(net.locations[std::size_t(row.location)].code)
                .text(net.skus[std::size_t(row.sku)].code)
                .text(row.lot);
            if (row.expiry >= 0)
                w.text(iso(row.expiry));
            else
                w.empty();
            w.number(row.onHand).number(row.reserved).text(iso(net.lastDay)).endRow();
            ++summary.stockRows;
        }
        if (Status st = w.close(); !st)
            return st.error();
    }
    {
        CsvWriter w;
        if (Status st
            = open(w, "open-orders.csv",
                   {QStringLiteral("order_ref"), QStringLiteral("line"), QStringLiteral("type"),
                    QStringLiteral("sku"), QStringLiteral("supplier"), QStringLiteral("source"),
                    QStringLiteral("destination"), QStringLiteral("quantity"),
                    QStringLiteral("order_date"), QStringLiteral("due_date")});
            !st)
            return st.error();
        for (const OpenOrder &o : buildOpenOrders(net, m_settings)) {
            w.text(o.ref)
                .integer(o.line)
                .text(o.transfer ? QStringLiteral("transfer") : QStringLiteral("purchase"))
                .text(net.skus[std::size_t(o.sku)].code);
            if (o.supplier >= 0)
                w.text(net.suppliers[std::size_t(o.supplier)].code);
            else
                w.empty();
            if (o.source >= 0)
                w.text(net.locations[std::size_t(o.source)].code);
            else
                w.empty();
            w.text(net.locations[std::size_t(o.destination)].code)
                .number(o.quantity)
                .text(iso(o.orderDay))
                .text(iso(o.dueDay))
                .endRow();
            ++summary.openOrders;
        }
        if (Status st = w.close(); !st)
            return st.error();
    }
    {
        CsvWriter w;
        if (Status st
            = open(w, "customers.csv",
                   {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("segment"),
                    QStringLiteral("region"), QStringLiteral("cltv")});
            !st)
            return st.error();
        for (const Customer &c : buildCustomers(net, m_settings)) {
            w.text(c.code).text(c.name).text(c.segment).text(c.region).number(c.cltv).endRow();
            ++summary.customers;
        }
        if (Status st = w.close(); !st)
            return st.error();
    }
    {
        CsvWriter w;
        if (Status st = open(w, "agreements.csv",
                             {QStringLiteral("provider"), QStringLiteral("receiver"),
                              QStringLiteral("markup_pct"), QStringLiteral("profit_share_pct"),
                              QStringLiteral("handling_fee"), QStringLiteral("valid_from"),
                              QStringLiteral("valid_to"), QStringLiteral("active")});
            !st)
            return st.error();
        for (const Agreement &a : buildAgreements(net, m_settings)) {
            w.text(net.locations[std::size_t(a.provider)].code)
                .text(net.locations[std::size_t(a.receiver)].code)
                .number(a.markup)
                .number(a.share)
                .number(a.fee)
                .text(iso(a.from))
                .text(iso(a.to))
                .integer(1)
                .endRow();
            ++summary.agreements;
        }
        if (Status st = w.close(); !st)
            return st.error();
    }
    {
        CsvWriter w;
        if (Status st = open(
                w, "events.csv",
                {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("start"),
                 QStringLiteral("end"), QStringLiteral("location"), QStringLiteral("region"),
                 QStringLiteral("sku"), QStringLiteral("category"), QStringLiteral("uplift_pct")});
            !st)
            return st.error();
        for (const Event &e : net.events) {
            w.text(e.name)
                .text(e.kind)
                .text(iso(e.start))
                .text(iso(e.end))
                .text(e.location)
                .text(e.region)
                .text(e.sku)
                .text(e.category);
            if (e.hasUplift)
                w.number(e.uplift);
            else
                w.empty();
            w.endRow();
            ++summary.events;
        }
        if (Status st = w.close(); !st)
            return st.error();
    }
    report(100, QT_TRANSLATE_NOOP("Stockshift::Demo", "Done"));
    summary.elapsedMs = timer.elapsed();
    return summary;
}

namespace {

/// A prepared statement on the raw handle, finalised on scope exit.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool ok() const { return m_ok; }

    Statement &text(int i, const QString &v)
    {
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &real(int i, double v)
    {
        sqlite3_bind_double(m_stmt, i, v);
        return *this;
    }
    Statement &integer(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement &null(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};

} // namespace

Result<DemoSummary> DemoGenerator::writeDatabase(const QString &databasePath,
                                                 const Progress &progress,
                                                 const std::atomic_bool *cancel) const
{
    QElapsedTimer timer;
    timer.start();
    auto connection = Storage::Connection::open(databasePath);
    if (!connection)
        return connection.error();
    Storage::Connection &c = **connection;
    {
        QSqlQuery q(c.db());
        if (q.exec(QStringLiteral(
                "SELECT (SELECT count(*) FROM locations) + (SELECT count(*) FROM skus)"))
            && q.next() && q.value(0).toLongLong() > 0)
            return Error(
                tr("%1 already holds a network; the demo is only written into an empty database.")
                    .arg(databasePath),
                QStringLiteral("not-empty"));
    }
    sqlite3 *db = c.handle();
    const auto fail = [db](const char *what) {
        return Error(tr("Writing the demo failed (%1): %2")
                         .arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db))),
                     QStringLiteral("sql"));
    };
    const auto report = [&](int percent, const char *phase) {
        if (progress)
            progress(percent, tr(phase));
    };

    const Network net = buildNetwork(m_settings);
    DemoSummary summary;
    Storage::Transaction transaction(c);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    (void)c.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    report(0, QT_TRANSLATE_NOOP("Stockshift::Demo", "Writing master data"));

    // Ids are the 1-based positions in the generated lists.
    {
        Statement st(
            db,
            "INSERT INTO locations (id, code, name, kind, region, latitude, longitude, "
            "capacity_units, "
            "capacity_volume, handling_cost, owner) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)");
        for (std::size_t i = 0; i < net.locations.size(); ++i) {
            const Location &l = net.locations[i];
            if (!st.integer(1, qint64(i + 1))
                     .text(2, l.code)
                     .text(3, l.name)
                     .text(4, l.kind)
                     .text(5, l.region)
                     .real(6, l.lat)
                     .real(7, l.lon)
                     .real(8, l.capacityUnits)
                     .real(9, l.capacityVolume)
                     .real(10, l.handling)
                     .text(11, l.owner)
                     .step())
                return fail("locations");
            ++summary.locations;
        }
    }
    {
        Statement st(
            db,
            "INSERT INTO skus (id, code, name, category, brand, unit_cost, unit_price, weight_kg, "
            "volume_m3, "
            "shelf_life_days, fragile, pack_size) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)");
        for (std::size_t i = 0; i < net.skus.size(); ++i) {
            const Sku &k = net.skus[i];
            if (!st.integer(1, qint64(i + 1))
                     .text(2, k.code)
                     .text(3, k.name)
                     .text(4, k.category)
                     .text(5, k.brand)
                     .real(6, k.cost)
                     .real(7, k.price)
                     .real(8, k.weight)
                     .real(9, k.volume)
                     .integer(10, k.shelfLife)
                     .integer(11, k.fragile)
                     .real(12, k.pack)
                     .step())
                return fail("skus");
            ++summary.skus;
        }
    }
    {
        Statement st(db, "INSERT INTO suppliers (id, code, name, region, lead_time_days, "
                         "lead_time_sd_days, order_cost, "
                         "capacity_per_period) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
        Statement link(db,
                       "INSERT INTO supplier_locations (supplier_id, location_id) VALUES (?1, ?2)");
        for (std::size_t i = 0; i < net.suppliers.size(); ++i) {
            const Supplier &sup = net.suppliers[i];
            if (!st.integer(1, qint64(i + 1))
                     .text(2, sup.code)
                     .text(3, sup.name)
                     .text(4, sup.region)
                     .real(5, sup.leadDays)
                     .real(6, sup.leadSd)
                     .real(7, sup.orderCost)
                     .real(8, sup.capacity)
                     .step())
                return fail("suppliers");
            for (std::size_t l = 0; l < net.locations.size(); ++l)
                if (net.locations[l].kind == QLatin1String("supplier_dc")
                    || net.locations[l].kind == QLatin1String("regional_hub"))
                    if (!link.integer(1, qint64(i + 1)).integer(2, qint64(l + 1)).step())
                        return fail("supplier_locations");
            ++summary.suppliers;
        }
    }
    {
        Statement st(db, "INSERT INTO supplier_items (supplier_id, sku_id, supplier_sku, "
                         "unit_cost, moq, order_multiple, "
                         "preferred) VALUES (?1,?2,?3,?4,?5,?6,?7)");
        for (const SupplierItem &i : net.supplierItems) {
            const Supplier &sup = net.suppliers[std::size_t(i.supplier)];
            if (!st.integer(1, i.supplier + 1)
                     .integer(2, i.sku + 1)
                     .text(3, QStringLiteral("%1-%2").arg(
                                  sup.code.right(3), net.skus[std::size_t(i.sku)].code.right(5)))
                     .real(4, i.cost)
                     .real(5, i.moq)
                     .real(6, i.multiple)
                     .integer(7, i.preferred)
                     .step())
                return fail("supplier_items");
            ++summary.supplierItems;
        }
    }
    {
        Statement st(
            db,
            "INSERT INTO lanes (from_id, to_id, mode, cost_per_unit, fixed_cost, lead_time_days, "
            "capacity_per_period) VALUES (?1,?2,?3,?4,?5,?6,?7)");
        for (const Lane &lane : net.lanes) {
            if (!st.integer(1, lane.from + 1)
                     .integer(2, lane.to + 1)
                     .text(3, lane.mode)
                     .real(4, lane.cost)
                     .real(5, lane.fixedCost)
                     .real(6, lane.leadDays)
                     .real(7, lane.capacity)
                     .step())
                return fail("lanes");
            ++summary.lanes;
        }
    }
    if (cancel && cancel->load())
        return Error(tr("Cancelled."), QStringLiteral("cancelled"));

    report(5, QT_TRANSLATE_NOOP("Stockshift::Demo", "Writing sales history"));
    {
        Statement st(db, "INSERT INTO sales (location_id, sku_id, day, quantity, revenue, promo) "
                         "VALUES (?1,?2,?3,?4,?5,?6)");
        bool failed = false;
        std::vector<StockoutRow> stockouts;
        int firstSale = std::numeric_limits<int>::max(), lastSale = std::numeric_limits<int>::min();
        const bool ok = forEachSale(
            net, m_settings,
            [&](const SalesRow &row) {
                if (failed)
                    return;
                firstSale = std::min(firstSale, row.day);
                lastSale = std::max(lastSale, row.day);
                failed = !st.integer(1, row.location + 1)
                              .integer(2, row.sku + 1)
                              .integer(3, row.day)
                              .real(4, row.quantity)
                              .real(5, row.revenue)
                              .integer(6, row.promo ? 1 : 0)
                              .step();
                ++summary.salesRows;
            },
            cancel,
            [&](int percent) {
                report(5 + percent * 85 / 100,
                       QT_TRANSLATE_NOOP("Stockshift::Demo", "Writing sales history"));
            },
            &stockouts);
        if (!ok)
            return Error(tr("Cancelled."), QStringLiteral("cancelled"));
        if (failed)
            return fail("sales");
        if (firstSale <= lastSale)
            if (Status range = Storage::extendSalesDayRange(c, firstSale, lastSale, true); !range)
                return range.error();
        Statement so(db, "INSERT INTO stockouts (location_id, sku_id, start_day, end_day) "
                         "VALUES (?1,?2,?3,?4)");
        for (const StockoutRow &row : stockouts) {
            if (!so.integer(1, row.location + 1)
                     .integer(2, row.sku + 1)
                     .integer(3, row.start)
                     .integer(4, row.end)
                     .step())
                return fail("stockouts");
            ++summary.stockouts;
        }
    }

    report(90, QT_TRANSLATE_NOOP("Stockshift::Demo", "Writing stock, orders and customers"));
    {
        Statement st(db, "INSERT INTO stock (location_id, sku_id, lot, expiry_day, on_hand, "
                         "reserved, as_of_day) "
                         "VALUES (?1,?2,?3,?4,?5,?6,?7)");
        for (const StockRow &row : buildStock(net, m_settings)) {
            st.integer(1, row.location + 1).integer(2, row.sku + 1).text(3, row.lot);
            if (row.expiry >= 0)
                st.integer(4, row.expiry);
            else
                st.null(4);
            if (!st.real(5, row.onHand).real(6, row.reserved).integer(7, net.lastDay).step())
                return fail("stock");
            ++summary.stockRows;
        }
    }
    {
        Statement st(db, "INSERT INTO open_orders (order_ref, line, type, sku_id, supplier_id, "
                         "source_id, destination_id, "
                         "quantity, order_day, due_day) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)");
        for (const OpenOrder &o : buildOpenOrders(net, m_settings)) {
            st.text(1, o.ref)
                .integer(2, o.line)
                .text(3, o.transfer ? QStringLiteral("transfer") : QStringLiteral("purchase"))
                .integer(4, o.sku + 1);
            if (o.supplier >= 0)
                st.integer(5, o.supplier + 1);
            else
                st.null(5);
            if (o.source >= 0)
                st.integer(6, o.source + 1);
            else
                st.null(6);
            if (!st.integer(7, o.destination + 1)
                     .real(8, o.quantity)
                     .integer(9, o.orderDay)
                     .integer(10, o.dueDay)
                     .step())
                return fail("open_orders");
            ++summary.openOrders;
        }
    }
    {
        Statement st(
            db,
            "INSERT INTO customers (code, name, segment, region, cltv) VALUES (?1,?2,?3,?4,?5)");
        for (const Customer &cu : buildCustomers(net, m_settings)) {
            if (!st.text(1, cu.code)
                     .text(2, cu.name)
                     .text(3, cu.segment)
                     .text(4, cu.region)
                     .real(5, cu.cltv)
                     .step())
                return fail("customers");
            ++summary.customers;
        }
    }
    {
        Statement st(db, "INSERT INTO agreements (provider_id, receiver_id, markup_pct, "
                         "profit_share_pct, handling_fee, "
                         "valid_from, valid_to) VALUES (?1,?2,?3,?4,?5,?6,?7)");
        for (const Agreement &a : buildAgreements(net, m_settings)) {
            if (!st.integer(1, a.provider + 1)
                     .integer(2, a.receiver + 1)
                     .real(3, a.markup)
                     .real(4, a.share)
                     .real(5, a.fee)
                     .integer(6, a.from)
                     .integer(7, a.to)
                     .step())
                return fail("agreements");
            ++summary.agreements;
        }
    }
    {
        Statement st(db, "INSERT INTO events (name, kind, start_day, end_day, location_code, "
                         "region, sku_code, category, "
                         "uplift_pct) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)");
        for (const Event &e : net.events) {
            st.text(1, e.name)
                .text(2, e.kind)
                .integer(3, e.start)
                .integer(4, e.end)
                .text(5, e.location)
                .text(6, e.region)
                .text(7, e.sku)
                .text(8, e.category);
            if (e.hasUplift)
                st.real(9, e.uplift);
            else
                st.null(9);
            if (!st.step())
                return fail("events");
            ++summary.events;
        }
    }
    if (cancel && cancel->load())
        return Error(tr("Cancelled."), QStringLiteral("cancelled"));
    if (Status st = transaction.commit(); !st)
        return st.error();
    report(100, QT_TRANSLATE_NOOP("Stockshift::Demo", "Done"));
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace Stockshift::Demo
