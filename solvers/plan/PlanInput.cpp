#include "plan/PlanInput.h"

#include "health/HealthEngine.h"
#include "inventory/InventorySnapshot.h"
#include "inventory/Projection.h"
#include "inventory/Segmentation.h"
#include "policy/PolicyConfig.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

namespace Stockshift::Planning {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Planning", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(tr("Reading the planning data failed: %1").arg(q.lastError().text()),
                 QStringLiteral("sql"));
}

// Lead time in whole buckets, rounded to the nearest: a 1.5-day lane in weekly buckets serves
// most of the week it ships in, and rounding it up to a whole week would make every short
// lane useless for a week. The lines keep the true arrival day, and the evaluator replays days.
int bucketsFor(double days, int bucketDays)
{
    return days <= 0 ? 0 : int(std::floor(days / bucketDays + 0.5));
}

constexpr quint32 kMagic = 0x53504931; // "SPI1"
constexpr quint16 kVersion = 1;

} // namespace

int PlanInput::nodeOf(int item, int site) const
{
    if (item < 0 || std::size_t(item) >= m_nodesByItem.size())
        return -1;
    for (const auto &[s, node] : m_nodesByItem[std::size_t(item)])
        if (s == site)
            return node;
    return -1;
}

void PlanInput::index()
{
    m_nodesByItem.assign(items.size(), {});
    for (std::size_t n = 0; n < nodes.size(); ++n)
        m_nodesByItem[std::size_t(nodes[n].item)].push_back({nodes[n].site, int(n)});
}

Result<PlanInput> buildPlanInput(Storage::Connection &connection, const InputSettings &settings,
                                 const std::atomic_bool *cancel)
{
    using namespace Inventory;
    if (settings.horizon < 1 || settings.horizon > 104)
        return Error(tr("The horizon must be 1 to 104 buckets."), QStringLiteral("bad-horizon"));
    if (settings.bucketDays != 1 && settings.bucketDays != 7)
        return Error(tr("The bucket must be a day or a week."), QStringLiteral("bad-bucket"));
    SnapshotSettings snapshotSettings;
    snapshotSettings.horizonDays = settings.horizon * settings.bucketDays;
    auto snapshot = loadSnapshot(connection, snapshotSettings, cancel);
    if (!snapshot)
        return snapshot.error();
    const InventorySnapshot &snap = *snapshot;
    auto policies = Policy::loadPolicyConfig(connection);
    if (!policies)
        return policies.error();
    auto health = Health::computeHealth(snap, *policies, {}, 0, cancel);
    if (!health)
        return health.error();

    PlanInput in;
    in.startDay = snap.asOfDay;
    in.bucketDays = settings.bucketDays;
    in.horizon = settings.horizon;
    in.forecastRunId = snap.forecastRunId;
    const int T = settings.horizon, B = settings.bucketDays;

    // Which SKUs: all, the named ones, or the most valuable (by a year's demand at cost).
    std::vector<char> skuWanted(snap.skus.size(), 1);
    if (!settings.skuCodes.empty()) {
        QSet<QString> codes(settings.skuCodes.begin(), settings.skuCodes.end());
        for (std::size_t k = 0; k < snap.skus.size(); ++k)
            skuWanted[k] = codes.contains(snap.skus[k].code);
    }
    if (settings.maxSkus > 0) {
        std::vector<std::pair<double, int>> value(snap.skus.size());
        for (std::size_t k = 0; k < snap.skus.size(); ++k)
            value[k] = {0.0, int(k)};
        for (std::size_t i = 0; i < snap.rows.size(); ++i)
            value[std::size_t(snap.rows[i].sku)].first -= health->segments[i].annualValue;
        std::stable_sort(value.begin(), value.end());
        std::vector<char> top(snap.skus.size(), 0);
        for (int r = 0; r < settings.maxSkus && r < int(value.size()); ++r)
            top[std::size_t(value[std::size_t(r)].second)] = 1;
        for (std::size_t k = 0; k < skuWanted.size(); ++k)
            skuWanted[k] = skuWanted[k] && top[k];
    }

    std::vector<int> itemOfSku(snap.skus.size(), -1);
    for (std::size_t k = 0; k < snap.skus.size(); ++k) {
        if (!skuWanted[k])
            continue;
        const SkuInfo &s = snap.skus[k];
        Item item;
        item.skuId = s.id;
        item.code = s.code;
        item.unitCost = std::isfinite(s.unitCost) ? s.unitCost : 0.0;
        item.unitMargin = std::isfinite(s.unitPrice) && std::isfinite(s.unitCost)
                              ? std::max(0.0, s.unitPrice - s.unitCost)
                              : settings.defaultMarginShare * item.unitCost;
        item.holdingPerBucket = settings.holdingRate * item.unitCost * B / 365.0;
        item.shelfLifeDays = s.shelfLifeDays;
        item.packSize = s.packSize;
        itemOfSku[k] = int(in.items.size());
        in.items.push_back(item);
    }
    {
        QSqlQuery q(connection.db());
        if (!q.exec(QStringLiteral("SELECT id, volume_m3 FROM skus")))
            return sqlError(q);
        QHash<qint64, double> volume;
        while (q.next())
            volume.insert(q.value(0).toLongLong(), q.value(1).toDouble());
        for (Item &item : in.items)
            item.volume = volume.value(item.skuId);
    }

    QHash<qint64, int> siteOfLocation;
    {
        QSqlQuery q(connection.db());
        if (!q.exec(QStringLiteral("SELECT id, handling_cost FROM locations")))
            return sqlError(q);
        QHash<qint64, double> handling;
        while (q.next())
            handling.insert(q.value(0).toLongLong(), q.value(1).toDouble());
        for (const LocationInfo &l : snap.locations) {
            Site site;
            site.id = l.id;
            site.code = l.code;
            site.kind = l.kind;
            site.region = l.region;
            site.capacityUnits = std::isfinite(l.capacityUnits)
                                     ? l.capacityUnits
                                     : std::numeric_limits<double>::infinity();
            site.handlingCost = handling.value(l.id);
            site.partner = l.kind == QLatin1String("partner_seller");
            siteOfLocation.insert(l.id, int(in.sites.size()));
            in.sites.push_back(site);
        }
    }

    // Nodes: one per SKU × location of the snapshot.
    for (std::size_t i = 0; i < snap.rows.size(); ++i) {
        const InventoryRow &r = snap.rows[i];
        const int item = itemOfSku[std::size_t(r.sku)];
        if (item < 0)
            continue;
        Node n;
        n.item = item;
        n.site = r.location; // sites follow the snapshot's location order
        double available = 0;
        for (int l = 0; l < r.lotCount; ++l)
            available += snap.lots[std::size_t(r.lotBegin + l)].quantity;
        const ProjectionResult projection = projectStock(snap, r, T * B);
        n.expiringUnsold = projection.writeOff;
        n.initial = std::max(0.0, available - projection.writeOff);
        const Policy::Recommendation &rec = health->recommendations[i];
        n.safetyStock = std::isfinite(rec.safetyStock) ? rec.safetyStock : 0.0;
        n.dailySd = r.ownDailyDemandSd > 0 ? r.ownDailyDemandSd : r.dailyDemandSd;
        n.demand.assign(std::size_t(T), 0.0);
        n.flowDemand.assign(std::size_t(T), 0.0);
        n.inbound.assign(std::size_t(T), 0.0);
        for (int t = 0; t < T; ++t)
            for (int d = t * B; d < (t + 1) * B; ++d) {
                n.demand[std::size_t(t)] += snap.ownDemandOn(r, d);
                n.flowDemand[std::size_t(t)] += snap.demandOn(r, d);
            }
        for (int l = 0; l < r.inboundCount; ++l) {
            const Inbound &o = snap.inbound[std::size_t(r.inboundBegin + l)];
            const int t = std::max(0, (o.dueDay - snap.asOfDay) / B);
            if (t < T)
                n.inbound[std::size_t(t)] += o.quantity;
        }
        in.nodes.push_back(std::move(n));
    }
    std::sort(in.nodes.begin(), in.nodes.end(), [](const Node &a, const Node &b) {
        return a.item != b.item ? a.item < b.item : a.site < b.site;
    });
    in.index();

    // Lanes, with the partner agreements that open lanes to and from partner sellers.
    {
        std::map<std::pair<qint64, qint64>, std::pair<double, double>> agreements; // markup, fee
        QSqlQuery a(connection.db());
        a.prepare(QStringLiteral(
            "SELECT provider_id, receiver_id, markup_pct, handling_fee FROM agreements "
            "WHERE active = 1 AND (valid_from IS NULL OR valid_from <= ?) "
            "AND (valid_to IS NULL OR valid_to >= ?)"));
        a.addBindValue(in.startDay);
        a.addBindValue(in.startDay);
        if (!a.exec())
            return sqlError(a);
        while (a.next())
            agreements[{a.value(0).toLongLong(), a.value(1).toLongLong()}]
                = {a.value(2).toDouble(), a.value(3).toDouble()};
        QSqlQuery q(connection.db());
        if (!q.exec(QStringLiteral("SELECT id, from_id, to_id, cost_per_unit, fixed_cost, "
                                   "lead_time_days, capacity_per_period FROM lanes "
                                   "WHERE active = 1")))
            return sqlError(q);
        while (q.next()) {
            const qint64 from = q.value(1).toLongLong(), to = q.value(2).toLongLong();
            if (!siteOfLocation.contains(from) || !siteOfLocation.contains(to))
                continue;
            Lane lane;
            lane.id = q.value(0).toLongLong();
            lane.from = siteOfLocation.value(from);
            lane.to = siteOfLocation.value(to);
            const Site &dest = in.sites[std::size_t(lane.to)];
            lane.costPerUnit = q.value(3).toDouble() + dest.handlingCost;
            lane.fixedCost = q.value(4).toDouble();
            // Lane capacity is per week in the data model: scaled to the bucket.
            lane.capacity = q.value(6).isNull() ? std::numeric_limits<double>::infinity()
                                                : q.value(6).toDouble() * B / 7.0;
            lane.leadTimeDays = q.value(5).toDouble();
            lane.leadBuckets = bucketsFor(lane.leadTimeDays, B);
            const bool partner = in.sites[std::size_t(lane.from)].partner || dest.partner;
            if (partner) {
                const auto it = agreements.find({from, to});
                if (it == agreements.end())
                    continue; // no agreement, no lane
                lane.agreement = true;
                // The fee is the same for every unit; the markup is a share of each item's cost
                // and is added per item by the planners (itemLaneCost).
                lane.agreementPricePerUnit = it->second.second;
                lane.agreementMarkupPct = it->second.first;
                lane.costPerUnit += it->second.second;
            }
            in.lanes.push_back(lane);
        }
    }

    // Suppliers and what they deliver where.
    {
        QHash<qint64, int> supplierIndex;
        QSqlQuery s(connection.db());
        if (!s.exec(QStringLiteral("SELECT id, code, order_cost, capacity_per_period FROM "
                                   "suppliers WHERE active = 1 ORDER BY code")))
            return sqlError(s);
        while (s.next()) {
            Supplier sup;
            sup.id = s.value(0).toLongLong();
            sup.code = s.value(1).toString();
            sup.orderCost = s.value(2).toDouble();
            sup.capacityPerBucket = s.value(3).isNull() ? std::numeric_limits<double>::infinity()
                                                        : s.value(3).toDouble() * B / 7.0;
            supplierIndex.insert(sup.id, int(in.suppliers.size()));
            in.suppliers.push_back(sup);
        }
        QHash<qint64, int> itemOfSkuId;
        for (std::size_t i = 0; i < in.items.size(); ++i)
            itemOfSkuId.insert(in.items[i].skuId, int(i));
        QSqlQuery q(connection.db());
        if (!q.exec(QStringLiteral(
                "SELECT si.supplier_id, si.sku_id, sl.location_id, si.unit_cost, "
                "coalesce(si.lead_time_days, s.lead_time_days), si.moq, si.order_multiple, "
                "si.capacity_per_period, si.preferred FROM supplier_items si "
                "JOIN suppliers s ON s.id = si.supplier_id AND s.active = 1 "
                "JOIN supplier_locations sl ON sl.supplier_id = si.supplier_id "
                "ORDER BY si.sku_id, sl.location_id, si.preferred DESC, si.unit_cost")))
            return sqlError(q);
        while (q.next()) {
            const qint64 skuId = q.value(1).toLongLong();
            if (!itemOfSkuId.contains(skuId) || !siteOfLocation.contains(q.value(2).toLongLong())
                || !supplierIndex.contains(q.value(0).toLongLong()))
                continue;
            SupplyOption o;
            o.supplier = supplierIndex.value(q.value(0).toLongLong());
            o.item = itemOfSkuId.value(skuId);
            o.site = siteOfLocation.value(q.value(2).toLongLong());
            o.unitCost = q.value(3).toDouble();
            o.leadTimeDays = q.value(4).toDouble();
            o.leadBuckets = bucketsFor(o.leadTimeDays, B);
            o.moq = q.value(5).toDouble();
            o.multiple = std::max(1.0, q.value(6).toDouble());
            o.capacityPerBucket = q.value(7).isNull() ? std::numeric_limits<double>::infinity()
                                                      : q.value(7).toDouble() * B / 7.0;
            o.preferred = q.value(8).toInt() != 0;
            in.supply.push_back(o);
        }
    }
    if (settings.budgetPerBucket > 0)
        in.budgetPerBucket.assign(std::size_t(T), settings.budgetPerBucket);
    return in;
}

QByteArray PlanInput::serialize() const
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kVersion << qint32(startDay) << qint32(bucketDays) << qint32(horizon)
        << forecastRunId;
    out << quint32(items.size());
    for (const Item &i : items)
        out << i.skuId << i.code << i.unitCost << i.unitMargin << i.holdingPerBucket
            << qint32(i.shelfLifeDays) << i.packSize << i.volume;
    out << quint32(sites.size());
    for (const Site &s : sites)
        out << s.id << s.code << s.kind << s.region << s.capacityUnits << s.handlingCost
            << s.partner;
    out << quint32(nodes.size());
    for (const Node &n : nodes) {
        out << qint32(n.item) << qint32(n.site) << n.initial << n.safetyStock << n.dailySd
            << n.expiringUnsold;
        for (const std::vector<double> *v : {&n.demand, &n.flowDemand, &n.inbound}) {
            out << quint32(v->size());
            for (double x : *v)
                out << x;
        }
    }
    out << quint32(lanes.size());
    for (const Lane &l : lanes)
        out << l.id << qint32(l.from) << qint32(l.to) << l.costPerUnit << l.fixedCost << l.capacity
            << l.leadTimeDays << qint32(l.leadBuckets) << l.agreement << l.agreementPricePerUnit
            << l.agreementMarkupPct;
    out << quint32(suppliers.size());
    for (const Supplier &s : suppliers)
        out << s.id << s.code << s.orderCost << s.capacityPerBucket;
    out << quint32(supply.size());
    for (const SupplyOption &o : supply)
        out << qint32(o.item) << qint32(o.site) << qint32(o.supplier) << o.unitCost
            << o.leadTimeDays << qint32(o.leadBuckets) << o.moq << o.multiple << o.capacityPerBucket
            << o.preferred;
    out << quint32(budgetPerBucket.size());
    for (double b : budgetPerBucket)
        out << b;
    return qCompress(raw);
}

Result<PlanInput> PlanInput::deserialize(const QByteArray &data)
{
    const Error bad(tr("The stored plan input is damaged or from a newer version."),
                    QStringLiteral("bad-input"));
    const QByteArray raw = qUncompress(data);
    if (raw.isEmpty())
        return bad;
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    in >> magic >> version;
    if (magic != kMagic || version != kVersion)
        return bad;
    PlanInput p;
    qint32 start = 0, bucket = 0, horizon = 0;
    in >> start >> bucket >> horizon >> p.forecastRunId;
    p.startDay = start;
    p.bucketDays = bucket;
    p.horizon = horizon;
    // Counts are checked against what is left, so a damaged file cannot ask for gigabytes.
    const auto count = [&](quint32 *n, int minBytes) {
        in >> *n;
        return in.status() == QDataStream::Ok && qint64(*n) * minBytes <= qint64(raw.size());
    };
    quint32 n = 0;
    if (!count(&n, 40))
        return bad;
    p.items.resize(n);
    for (Item &i : p.items) {
        qint32 shelf = 0;
        in >> i.skuId >> i.code >> i.unitCost >> i.unitMargin >> i.holdingPerBucket >> shelf
            >> i.packSize >> i.volume;
        i.shelfLifeDays = shelf;
    }
    if (!count(&n, 40))
        return bad;
    p.sites.resize(n);
    for (Site &s : p.sites)
        in >> s.id >> s.code >> s.kind >> s.region >> s.capacityUnits >> s.handlingCost
            >> s.partner;
    if (!count(&n, 40))
        return bad;
    p.nodes.resize(n);
    for (Node &node : p.nodes) {
        qint32 item = 0, site = 0;
        in >> item >> site >> node.initial >> node.safetyStock >> node.dailySd
            >> node.expiringUnsold;
        node.item = item;
        node.site = site;
        for (std::vector<double> *v : {&node.demand, &node.flowDemand, &node.inbound}) {
            quint32 size = 0;
            if (!count(&size, 8))
                return bad;
            v->resize(size);
            for (double &x : *v)
                in >> x;
        }
        if (item < 0 || site < 0 || std::size_t(item) >= p.items.size()
            || std::size_t(site) >= p.sites.size())
            return bad;
    }
    if (!count(&n, 40))
        return bad;
    p.lanes.resize(n);
    for (Lane &l : p.lanes) {
        qint32 from = 0, to = 0, lead = 0;
        in >> l.id >> from >> to >> l.costPerUnit >> l.fixedCost >> l.capacity >> l.leadTimeDays
            >> lead >> l.agreement >> l.agreementPricePerUnit >> l.agreementMarkupPct;
        l.from = from;
        l.to = to;
        l.leadBuckets = lead;
        if (from < 0 || to < 0 || std::size_t(from) >= p.sites.size()
            || std::size_t(to) >= p.sites.size())
            return bad;
    }
    if (!count(&n, 20))
        return bad;
    p.suppliers.resize(n);
    for (Supplier &s : p.suppliers)
        in >> s.id >> s.code >> s.orderCost >> s.capacityPerBucket;
    if (!count(&n, 40))
        return bad;
    p.supply.resize(n);
    for (SupplyOption &o : p.supply) {
        qint32 item = 0, site = 0, supplier = 0, lead = 0;
        in >> item >> site >> supplier >> o.unitCost >> o.leadTimeDays >> lead >> o.moq
            >> o.multiple >> o.capacityPerBucket >> o.preferred;
        o.item = item;
        o.site = site;
        o.supplier = supplier;
        o.leadBuckets = lead;
        if (item < 0 || site < 0 || supplier < 0 || std::size_t(item) >= p.items.size()
            || std::size_t(site) >= p.sites.size() || std::size_t(supplier) >= p.suppliers.size())
            return bad;
    }
    if (!count(&n, 8))
        return bad;
    p.budgetPerBucket.resize(n);
    for (double &b : p.budgetPerBucket)
        in >> b;
    if (in.status() != QDataStream::Ok)
        return bad;
    p.index();
    return p;
}

} // namespace Stockshift::Planning
