#include "tiers/TierConfig.h"

#include "common/CsvWriter.h"
#include "tiers/JsonSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Stockshift::Tiers {

const char *const kSchemaResource = ":/stockshift/tiers/tier-config.schema.json";

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Tiers", text);
}

Error invalid(const QString &message)
{
    return Error(message, QStringLiteral("invalid-config"));
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

QString optionName(FulfilmentOption option)
{
    switch (option) {
    case FulfilmentOption::Fastest:
        return QStringLiteral("fastest");
    case FulfilmentOption::CostOptimised:
        return QStringLiteral("cost-optimised");
    case FulfilmentOption::Economy:
        return QStringLiteral("economy");
    }
    return {};
}

bool optionFromName(const QString &name, FulfilmentOption *option)
{
    for (FulfilmentOption o :
         {FulfilmentOption::Fastest, FulfilmentOption::CostOptimised, FulfilmentOption::Economy})
        if (optionName(o) == name) {
            *option = o;
            return true;
        }
    return false;
}

QString optionLabel(FulfilmentOption option)
{
    switch (option) {
    case FulfilmentOption::Fastest:
        return tr("Fastest");
    case FulfilmentOption::CostOptimised:
        return tr("Cost-optimised");
    case FulfilmentOption::Economy:
        return tr("Economy");
    }
    return {};
}

QString thresholdModeName(ThresholdMode mode)
{
    return mode == ThresholdMode::Score ? QStringLiteral("score") : QStringLiteral("percentile");
}

bool thresholdModeFromName(const QString &name, ThresholdMode *mode)
{
    if (name == QLatin1String("score"))
        *mode = ThresholdMode::Score;
    else if (name == QLatin1String("percentile"))
        *mode = ThresholdMode::Percentile;
    else
        return false;
    return true;
}

TierConfig TierConfig::defaults()
{
    TierConfig c;
    TierDefinition platinum;
    platinum.key = QStringLiteral("platinum");
    platinum.name = tr("Platinum");
    platinum.threshold = 90;
    platinum.promiseDays = 1;
    platinum.option = FulfilmentOption::Fastest;
    platinum.capacityReservePct = 10;
    platinum.allowExpress = true;
    TierDefinition gold;
    gold.key = QStringLiteral("gold");
    gold.name = tr("Gold");
    gold.threshold = 50;
    gold.promiseDays = 2;
    gold.option = FulfilmentOption::CostOptimised;
    TierDefinition silver;
    silver.key = QStringLiteral("silver");
    silver.name = tr("Silver");
    silver.threshold = 0;
    silver.promiseDays = 5;
    silver.option = FulfilmentOption::Economy;
    silver.consolidate = true;
    TierDefinition overflow;
    overflow.key = QStringLiteral("overflow");
    overflow.name = tr("Dynamic Overflow");
    overflow.promiseDays = 7;
    overflow.option = FulfilmentOption::Economy;
    overflow.overflow = true;
    overflow.incentive = 5;
    c.tiers = {platinum, gold, silver, overflow};
    return c;
}

int TierConfig::tierIndex(const QString &key) const
{
    for (std::size_t i = 0; i < tiers.size(); ++i)
        if (tiers[i].key == key)
            return int(i);
    return -1;
}

const Assignment *TierConfig::assignment(const QString &region, const QString &tier) const
{
    for (const Assignment &a : assignments)
        if (a.region == region && a.tier == tier)
            return &a;
    return nullptr;
}

int TierConfig::overflowTier() const
{
    for (std::size_t i = 0; i < tiers.size(); ++i)
        if (tiers[i].overflow)
            return int(i);
    return -1;
}

double TierConfig::promiseFor(const QString &region, int tier) const
{
    const TierDefinition &t = tiers[std::size_t(tier)];
    const Assignment *a = assignment(region, t.key);
    const int o = overflowTier();
    if (a && a->overflow && o >= 0)
        return tiers[std::size_t(o)].promiseDays;
    return t.promiseDays;
}

std::vector<int> TierConfig::classify(const std::vector<double> &cltv) const
{
    // Percentile of a value: the share of customers with a lower CLTV, in percent — so the
    // lowest value is at 0 and every customer with the same CLTV lands in the same tier.
    std::vector<double> sorted = cltv;
    std::sort(sorted.begin(), sorted.end());
    std::vector<int> out(cltv.size(), -1);
    for (std::size_t c = 0; c < cltv.size(); ++c) {
        double measure = cltv[c];
        if (thresholdMode == ThresholdMode::Percentile) {
            const auto below = std::lower_bound(sorted.begin(), sorted.end(), cltv[c]);
            measure = 100.0 * double(below - sorted.begin()) / double(sorted.size());
        }
        for (std::size_t t = 0; t < tiers.size(); ++t)
            if (!tiers[t].overflow && measure >= tiers[t].threshold) {
                out[c] = int(t);
                break;
            }
    }
    return out;
}

QJsonObject TierConfig::toJson() const
{
    QJsonArray tierArray, assignmentArray, capacityArray, checkArray;
    for (const TierDefinition &t : tiers)
        tierArray.append(QJsonObject{{QStringLiteral("key"), t.key},
                                     {QStringLiteral("name"), t.name},
                                     {QStringLiteral("threshold"), t.threshold},
                                     {QStringLiteral("promiseDays"), t.promiseDays},
                                     {QStringLiteral("option"), optionName(t.option)},
                                     {QStringLiteral("capacityReservePct"), t.capacityReservePct},
                                     {QStringLiteral("allowExpress"), t.allowExpress},
                                     {QStringLiteral("consolidate"), t.consolidate},
                                     {QStringLiteral("overflow"), t.overflow},
                                     {QStringLiteral("incentive"), t.incentive}});
    for (const Assignment &a : assignments)
        assignmentArray.append(QJsonObject{{QStringLiteral("region"), a.region},
                                           {QStringLiteral("tier"), a.tier},
                                           {QStringLiteral("option"), optionName(a.option)},
                                           {QStringLiteral("chain"), strings(a.chain)},
                                           {QStringLiteral("via"), a.via},
                                           {QStringLiteral("mode"), a.mode},
                                           {QStringLiteral("days"), a.days},
                                           {QStringLiteral("costPerUnit"), a.costPerUnit},
                                           {QStringLiteral("overflow"), a.overflow}});
    for (const SiteCapacity &s : capacities)
        capacityArray.append(
            QJsonObject{{QStringLiteral("location"), s.location},
                        {QStringLiteral("region"), s.region},
                        {QStringLiteral("kind"), s.kind},
                        {QStringLiteral("capacity"),
                         std::isfinite(s.capacity) ? QJsonValue(s.capacity) : QJsonValue()},
                        {QStringLiteral("plannedLoad"), s.plannedLoad},
                        {QStringLiteral("utilisation"), s.utilisation},
                        {QStringLiteral("score"), s.score}});
    for (const TierCheck &c : check)
        checkArray.append(QJsonObject{{QStringLiteral("tier"), c.tier},
                                      {QStringLiteral("orders"), c.orders},
                                      {QStringLiteral("attainment"), c.attainment},
                                      {QStringLiteral("costPerOrder"), c.costPerOrder},
                                      {QStringLiteral("splitRate"), c.splitRate}});
    const Routing::NetworkSettings &n = network;
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("stockshift-tier-config")},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("version"), version},
        {QStringLiteral("thresholdMode"), thresholdModeName(thresholdMode)},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("horizonDays"), n.horizonDays},
                     {QStringLiteral("lastMileDays"), n.lastMileDays},
                     {QStringLiteral("nearLastMileDays"), n.nearLastMileDays},
                     {QStringLiteral("lastMileCostPerUnit"), n.lastMileCostPerUnit},
                     {QStringLiteral("capacityTurnsPerWeek"), n.capacityTurnsPerWeek},
                     {QStringLiteral("fragileWeight"), n.fragileWeight},
                     {QStringLiteral("heavyWeight"), n.heavyWeight},
                     {QStringLiteral("heavyKg"), n.heavyKg},
                     {QStringLiteral("minStockCoverage"), n.minStockCoverage},
                     {QStringLiteral("consolidationDays"), consolidationDays},
                     {QStringLiteral("consolidationCostFactor"), consolidationCostFactor},
                     {QStringLiteral("minAttainment"), minAttainment}}},
        {QStringLiteral("tiers"), tierArray},
        {QStringLiteral("assignments"), assignmentArray},
        {QStringLiteral("capacities"), capacityArray},
        {QStringLiteral("check"), checkArray}};
}

QByteArray TierConfig::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QByteArray schemaText()
{
    QFile f(QString::fromLatin1(kSchemaResource));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<TierConfig> TierConfig::fromJson(const QByteArray &json)
{
    if (json.size() > 64 * 1024 * 1024)
        return invalid(tr("The tier configuration is larger than 64 MB; it is not read."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("The tier configuration is not valid JSON: %1 at character %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!doc.isObject())
        return invalid(tr("The tier configuration must be a JSON object."));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() == QLatin1String("stockshift-tier-config")
        && o.value(QStringLiteral("formatVersion")).toDouble() > kFormatVersion)
        return Error(tr("The tier configuration has format version %1; this Stockshift reads "
                        "version %2 and older.")
                         .arg(o.value(QStringLiteral("formatVersion")).toDouble())
                         .arg(kFormatVersion),
                     QStringLiteral("format-too-new"));
    const QJsonObject schema = QJsonDocument::fromJson(schemaText()).object();
    if (schema.isEmpty())
        return Error(tr("The tier configuration schema is missing from this build."),
                     QStringLiteral("no-schema"));
    const QStringList problems = JsonSchema::validate(o, schema);
    if (!problems.isEmpty()) {
        const int shown = std::min<int>(5, int(problems.size()));
        QString text = problems.mid(0, shown).join(QStringLiteral("; "));
        if (problems.size() > shown)
            text += tr(" (and %1 more)").arg(problems.size() - shown);
        return invalid(tr("The tier configuration does not match its schema: %1.").arg(text));
    }

    TierConfig c;
    c.name = o.value(QStringLiteral("name")).toString();
    c.version = o.value(QStringLiteral("version")).toInt();
    thresholdModeFromName(o.value(QStringLiteral("thresholdMode")).toString(), &c.thresholdMode);
    const QJsonObject s = o.value(QStringLiteral("settings")).toObject();
    const auto num = [&s](const char *key) {
        return s.value(QLatin1String(key)).toDouble();
    };
    c.network.horizonDays = s.value(QStringLiteral("horizonDays")).toInt();
    c.network.lastMileDays = num("lastMileDays");
    c.network.nearLastMileDays = num("nearLastMileDays");
    c.network.lastMileCostPerUnit = num("lastMileCostPerUnit");
    c.network.capacityTurnsPerWeek = num("capacityTurnsPerWeek");
    c.network.fragileWeight = num("fragileWeight");
    c.network.heavyWeight = num("heavyWeight");
    c.network.heavyKg = num("heavyKg");
    c.network.minStockCoverage = num("minStockCoverage");
    c.consolidationDays = num("consolidationDays");
    c.consolidationCostFactor = num("consolidationCostFactor");
    c.minAttainment = num("minAttainment");
    QSet<QString> keys;
    for (const QJsonValue &v : o.value(QStringLiteral("tiers")).toArray()) {
        const QJsonObject t = v.toObject();
        TierDefinition d;
        d.key = t.value(QStringLiteral("key")).toString();
        d.name = t.value(QStringLiteral("name")).toString();
        d.threshold = t.value(QStringLiteral("threshold")).toDouble();
        d.promiseDays = t.value(QStringLiteral("promiseDays")).toDouble();
        optionFromName(t.value(QStringLiteral("option")).toString(), &d.option);
        d.capacityReservePct = t.value(QStringLiteral("capacityReservePct")).toDouble();
        d.allowExpress = t.value(QStringLiteral("allowExpress")).toBool();
        d.consolidate = t.value(QStringLiteral("consolidate")).toBool();
        d.overflow = t.value(QStringLiteral("overflow")).toBool();
        d.incentive = t.value(QStringLiteral("incentive")).toDouble();
        if (keys.contains(d.key))
            return invalid(tr("The tier configuration defines the tier \"%1\" twice.").arg(d.key));
        keys.insert(d.key);
        c.tiers.push_back(d);
    }
    QSet<QString> assigned;
    for (const QJsonValue &v : o.value(QStringLiteral("assignments")).toArray()) {
        const QJsonObject a = v.toObject();
        Assignment x;
        x.region = a.value(QStringLiteral("region")).toString();
        x.tier = a.value(QStringLiteral("tier")).toString();
        optionFromName(a.value(QStringLiteral("option")).toString(), &x.option);
        for (const QJsonValue &code : a.value(QStringLiteral("chain")).toArray())
            x.chain.append(code.toString());
        x.via = a.value(QStringLiteral("via")).toString();
        x.mode = a.value(QStringLiteral("mode")).toString();
        x.days = a.value(QStringLiteral("days")).toDouble();
        x.costPerUnit = a.value(QStringLiteral("costPerUnit")).toDouble();
        x.overflow = a.value(QStringLiteral("overflow")).toBool();
        if (!keys.contains(x.tier))
            return invalid(tr("An assignment of region %1 names the unknown tier \"%2\".")
                               .arg(x.region, x.tier));
        const QString pair = x.region + QLatin1Char('\n') + x.tier;
        if (assigned.contains(pair))
            return invalid(tr("Region %1 is assigned to tier \"%2\" twice.").arg(x.region, x.tier));
        assigned.insert(pair);
        c.assignments.push_back(x);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("capacities")).toArray()) {
        const QJsonObject a = v.toObject();
        SiteCapacity x;
        x.location = a.value(QStringLiteral("location")).toString();
        x.region = a.value(QStringLiteral("region")).toString();
        x.kind = a.value(QStringLiteral("kind")).toString();
        x.capacity = a.value(QStringLiteral("capacity")).isNull()
                         ? Routing::kUnlimited
                         : a.value(QStringLiteral("capacity")).toDouble();
        x.plannedLoad = a.value(QStringLiteral("plannedLoad")).toDouble();
        x.utilisation = a.value(QStringLiteral("utilisation")).toDouble();
        x.score = a.value(QStringLiteral("score")).toDouble();
        c.capacities.push_back(x);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("check")).toArray()) {
        const QJsonObject a = v.toObject();
        TierCheck x;
        x.tier = a.value(QStringLiteral("tier")).toString();
        x.orders = a.value(QStringLiteral("orders")).toInt();
        x.attainment = a.value(QStringLiteral("attainment")).toDouble();
        x.costPerOrder = a.value(QStringLiteral("costPerOrder")).toDouble();
        x.splitRate = a.value(QStringLiteral("splitRate")).toDouble();
        if (!keys.contains(x.tier))
            return invalid(tr("The check names the unknown tier \"%1\".").arg(x.tier));
        c.check.push_back(x);
    }
    return c;
}

Status TierConfig::writeCsv(const QString &path) const
{
    CsvWriter w;
    if (Status s = w.open(path); !s)
        return s;
    w.row({QStringLiteral("config"), QStringLiteral("version"), QStringLiteral("region"),
           QStringLiteral("tier"), QStringLiteral("tier_name"), QStringLiteral("threshold_mode"),
           QStringLiteral("threshold"), QStringLiteral("promise_days"), QStringLiteral("option"),
           QStringLiteral("capacity_reserve_pct"), QStringLiteral("primary"),
           QStringLiteral("fallbacks"), QStringLiteral("via"), QStringLiteral("mode"),
           QStringLiteral("days"), QStringLiteral("cost_per_unit"), QStringLiteral("overflow")});
    for (const Assignment &a : assignments) {
        const int t = tierIndex(a.tier);
        if (t < 0)
            continue;
        const TierDefinition &d = tiers[std::size_t(t)];
        w.text(name)
            .integer(version)
            .text(a.region)
            .text(d.key)
            .text(d.name)
            .text(thresholdModeName(thresholdMode))
            .number(d.threshold)
            .number(d.promiseDays)
            .text(optionName(a.option))
            .number(d.capacityReservePct)
            .text(a.chain.value(0))
            .text(a.chain.mid(1).join(QLatin1Char('|')))
            .text(a.via)
            .text(a.mode)
            .number(a.days)
            .number(a.costPerUnit)
            .integer(a.overflow ? 1 : 0)
            .endRow();
    }
    return w.close();
}

} // namespace Stockshift::Tiers
