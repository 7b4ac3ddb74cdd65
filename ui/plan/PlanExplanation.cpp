#include "plan/PlanExplanation.h"

#include "plan/PlanFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace Stockshift::Ui::PlanExplanation {

namespace F = PlanFormat;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Ui::PlanExplanation", text);
}

// A number from `why`, or nothing when it is missing or not finite (never shown as 0).
std::optional<double> number(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

// Builds the same sentences as plain text or HTML: only codes are marked up, everything else is
// our own text with numbers.
class Writer
{
public:
    Writer(const Plan::PlanLine &line, const Plan::PlanHeader &header, const QString &currency,
           bool html)
        : m_line(line)
        , m_header(header)
        , m_currency(currency)
        , m_html(html)
    {}

    QStringList write()
    {
        title();
        const QString rule = m_line.why.value(QStringLiteral("rule")).toString();
        if (rule == QLatin1String("greedy"))
            greedy();
        else if (rule == QLatin1String("rop"))
            reorderPoint();
        else if (m_line.why.isEmpty())
            m_out.append(tr("The planner left no explanation for this line."));
        else {
            deficit();
            if (m_line.type == Plan::LineType::Transfer)
                surplus();
            else
                rounding();
            costs();
            binding();
        }
        review();
        return m_out;
    }

private:
    QString code(const QString &text) const
    {
        return m_html ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()) : text;
    }
    QString heading(const QString &text) const
    {
        return m_html ? QStringLiteral("<b>%1</b> ").arg(text.toHtmlEscaped())
                      : text + QLatin1Char(' ');
    }
    bool transfer() const { return m_line.type == Plan::LineType::Transfer; }
    QString money(double v) const { return F::money(v, m_currency); }
    QString unitMoney(double v) const { return F::unitMoney(v, m_currency); }
    QString bucketOfDay(int day) const
    {
        const int b = F::bucketOf(m_header, day);
        if (b >= m_header.horizon)
            return tr("after the horizon");
        return F::bucketRange(m_header, std::max(0, b), std::max(0, b));
    }

    void title()
    {
        const QString qty = F::units(m_line.quantity);
        const QString heading
            = transfer()
                  ? tr("Move %1 units of %2 from %3 to %4")
                        .arg(qty, code(m_line.skuCode), code(m_line.fromCode), code(m_line.toCode))
                  : tr("Order %1 units of %2 from %3 for %4")
                        .arg(qty, code(m_line.skuCode), code(m_line.fromCode), code(m_line.toCode));
        m_out.append(m_html ? QStringLiteral("<h3>%1</h3>").arg(heading) : heading);
        const QString when = transfer()
                                 ? tr("Ships %1 (%2), arrives %3 (%4); %5 a unit, %6 in all.")
                                 : tr("Ordered %1 (%2), due %3 (%4); %5 a unit, %6 in all.");
        QString dates = when.arg(F::day(m_line.shipDay), bucketOfDay(m_line.shipDay),
                                 F::day(m_line.arrivalDay), bucketOfDay(m_line.arrivalDay),
                                 unitMoney(m_line.unitCost), money(m_line.cost));
        if (!transfer() && !m_line.group.isEmpty())
            dates += QLatin1Char(' ') + tr("Purchase order %1.").arg(code(m_line.group));
        m_out.append(dates);
    }

    void deficit()
    {
        const QJsonObject d = m_line.why.value(QStringLiteral("deficit")).toObject();
        const auto unmet = number(d, "unmetWithout");
        const auto stock = number(d, "stockAtArrivalWithout");
        const auto safety = number(d, "safetyStock");
        const QString without = transfer() ? tr("Without this transfer") : tr("Without this order");
        const int arrival = std::max(0, F::bucketOf(m_header, m_line.arrivalDay));
        const QString span = arrival < m_header.horizon
                                 ? F::bucketRange(m_header, arrival, m_header.horizon - 1)
                                 : tr("the rest of the horizon");
        QString sentence;
        if (unmet && *unmet >= 0.5) {
            sentence = tr("%1 %2 would miss %3 units of forecast demand in %4")
                           .arg(without, code(m_line.toCode), F::units(*unmet), span);
            if (stock && safety)
                sentence += tr(", holding %1 units when this arrives (safety stock %2).")
                                .arg(F::units(*stock), F::units(*safety));
            else if (safety)
                sentence += tr(" (safety stock %1).").arg(F::units(*safety));
            else
                sentence += QLatin1Char('.');
        } else if (stock && safety && *stock < *safety - 0.5) {
            sentence = tr("%1 %2 would still meet its forecast demand but hold only %3 units "
                          "when this arrives, below its safety stock of %4: the line restores "
                          "its protection against demand above the forecast.")
                           .arg(without, code(m_line.toCode), F::units(*stock), F::units(*safety));
        } else if (stock) {
            sentence
                = tr("%1 %2 would hold %3 units when this arrives%4; what the line "
                     "avoids is the lost sales the forecast's uncertainty puts at risk.")
                      .arg(without, code(m_line.toCode), F::units(*stock),
                           safety ? tr(" (safety stock %1)").arg(F::units(*safety)) : QString());
        } else {
            return;
        }
        m_out.append(heading(tr("Deficit.")) + sentence);
    }

    void surplus()
    {
        const QJsonObject s = m_line.why.value(QStringLiteral("surplus")).toObject();
        const auto stock = number(s, "stockWithout");
        const auto safety = number(s, "safetyStock");
        if (!stock)
            return;
        QString sentence;
        if (safety && *stock - *safety >= 0.5)
            sentence = tr("%1 holds %2 units in that %3, %4 above its own safety stock of %5.")
                           .arg(code(m_line.fromCode), F::units(*stock),
                                F::bucketNoun(m_header.bucketDays), F::units(*stock - *safety),
                                F::units(*safety));
        else
            sentence = tr("%1 holds %2 units in that %3%4; it can pass them on because it is "
                          "replenished itself or holds that stock for the locations it feeds.")
                           .arg(code(m_line.fromCode), F::units(*stock),
                                F::bucketNoun(m_header.bucketDays),
                                safety ? tr(" (its own safety stock %1)").arg(F::units(*safety))
                                       : QString());
        m_out.append(heading(tr("Surplus.")) + sentence);
    }

    void rounding()
    {
        const QJsonObject r = m_line.why.value(QStringLiteral("rounding")).toObject();
        const double moq = number(r, "moq").value_or(0);
        const double multiple = number(r, "multiple").value_or(1);
        QString sentence;
        if (moq > 0 && multiple > 1)
            sentence = tr("%1 sells it in packs of %2 with a minimum order of %3 units.")
                           .arg(code(m_line.fromCode), F::units(multiple), F::units(moq));
        else if (moq > 0)
            sentence = tr("%1 takes orders of at least %2 units.")
                           .arg(code(m_line.fromCode), F::units(moq));
        else if (multiple > 1)
            sentence
                = tr("%1 sells it in packs of %2.").arg(code(m_line.fromCode), F::units(multiple));
        else
            return;
        m_out.append(heading(tr("Rounding.")) + sentence);
    }

    void costs()
    {
        const QJsonObject c = m_line.why.value(QStringLiteral("costs")).toObject();
        const auto margin = number(c, "marginPerUnit");
        QString sentence;
        if (transfer()) {
            const auto transport = number(c, "transportPerUnit");
            if (!transport)
                return;
            sentence = tr("Moving costs %1 a unit").arg(unitMoney(*transport));
            if (const auto fixed = number(c, "laneFixedCost"); fixed && *fixed > 0)
                sentence += tr(" and %1 a shipment on the lane").arg(unitMoney(*fixed));
            if (margin)
                sentence += tr(", against a margin of %1 a unit on every sale it saves")
                                .arg(unitMoney(*margin));
            if (const auto penalty = number(c, "safetyPenaltyPerUnitBucket");
                penalty && *penalty > 0)
                sentence += tr(" and %1 a unit and %2 below safety stock")
                                .arg(unitMoney(*penalty), F::bucketNoun(m_header.bucketDays));
            sentence += QLatin1Char('.');
            if (margin && *margin > *transport)
                sentence += QLatin1Char(' ')
                            + tr("Each unit that sells gains %1 over its cost of moving.")
                                  .arg(unitMoney(*margin - *transport));
        } else {
            const auto unit = number(c, "unitCost");
            if (!unit)
                return;
            sentence = tr("Each unit costs %1").arg(unitMoney(*unit));
            if (const auto order = number(c, "orderCost"); order && *order > 0)
                sentence += tr("; the purchase order costs %1, shared by the lines ordered from "
                               "%2 for %3 in the same %4")
                                .arg(unitMoney(*order), code(m_line.fromCode), code(m_line.toCode),
                                     F::bucketNoun(m_header.bucketDays));
            if (margin)
                sentence += tr("; a sale lost for want of it costs %1 in margin")
                                .arg(unitMoney(*margin));
            sentence += QLatin1Char('.');
        }
        m_out.append(heading(tr("Costs.")) + sentence);
    }

    void binding()
    {
        const QJsonArray names = m_line.why.value(QStringLiteral("binding")).toArray();
        QStringList parts;
        for (const QJsonValue &v : names) {
            const QString name = v.toString();
            if (name == QLatin1String("lane-capacity")) {
                const auto load = number(m_line.why, "laneLoad");
                parts.append(load ? tr("the lane's capacity is fully used (%1 units on it in "
                                       "that %2)")
                                        .arg(F::units(*load), F::bucketNoun(m_header.bucketDays))
                                  : tr("the lane's capacity is fully used"));
            } else if (name == QLatin1String("source-safety-stock")) {
                parts.append(
                    tr("%1 is drawn down to its own safety stock").arg(code(m_line.fromCode)));
            } else if (name == QLatin1String("all-the-source-can-spare")) {
                parts.append(tr("it is all %1 can spare, or all %2 can use")
                                 .arg(code(m_line.fromCode), code(m_line.toCode)));
            } else if (name == QLatin1String("order-cap")) {
                parts.append(tr("it is the most worth ordering: what %1 needs over the horizon, "
                                "the supplier's capacity or what sells before it expires")
                                 .arg(code(m_line.toCode)));
            } else if (name == QLatin1String("moq")) {
                parts.append(tr("the order is raised to the supplier's minimum order quantity"));
            } else if (name == QLatin1String("supplier-capacity")) {
                parts.append(tr("the supplier's capacity is fully used"));
            } else if (name == QLatin1String("budget")) {
                parts.append(tr("the purchasing budget is spent"));
            } else if (!name.isEmpty()) {
                parts.append(QString(name).replace(QLatin1Char('-'), QLatin1Char(' ')));
            }
        }
        if (!m_line.why.contains(QStringLiteral("binding")))
            return;
        const QString sentence
            = parts.isEmpty()
                  ? tr("No constraint stops it: the quantity is where one more unit would cost "
                       "more than it saves.")
                  : capitalized(parts.join(QStringLiteral("; "))) + QLatin1Char('.');
        m_out.append(heading(tr("What limits it.")) + sentence);
    }

    void greedy()
    {
        const QJsonObject &w = m_line.why;
        QString sentence = tr("The greedy rule of the original design:");
        if (const auto need = number(w, "need"))
            sentence += QLatin1Char(' ')
                        + tr("%1 was short of %2 units over the horizon;")
                              .arg(code(m_line.toCode), F::units(*need));
        const auto rank = number(w, "rank");
        const auto score = number(w, "score");
        if (rank && score)
            sentence += QLatin1Char(' ')
                        + tr("%1 ranked %2 among its sources by projected demand × (margin − "
                             "transfer cost) = %3.")
                              .arg(code(m_line.fromCode), F::units(*rank), money(*score));
        sentence += QLatin1Char(' ')
                    + tr("The rule ships everything now, from the best sources first, within "
                         "what they can spare and the lane's capacity; it weighs neither "
                         "shipment costs nor later weeks.");
        m_out.append(heading(tr("Rule.")) + sentence);
    }

    void reorderPoint()
    {
        const QJsonObject &w = m_line.why;
        const auto position = number(w, "position");
        const auto point = number(w, "reorderPoint");
        QString sentence;
        if (position && point)
            sentence = tr("The inventory position of %1 (stock, inbound and orders, %2 units) "
                          "fell to its reorder point of %3 — demand over the lead time and a "
                          "review plus the safety stock — so the rule orders up to it from the "
                          "preferred supplier, in its minimum order and packs.")
                           .arg(code(m_line.toCode), F::units(*position), F::units(*point));
        else
            sentence = tr("The reorder-point rule orders up to the reorder point from the "
                          "preferred supplier.");
        m_out.append(heading(tr("Rule.")) + sentence);
    }

    void review()
    {
        if (std::abs(m_line.quantity - m_line.proposedQuantity) >= 0.5)
            m_out.append(heading(tr("Edited."))
                         + tr("Proposed %1 units; now %2.")
                               .arg(F::units(m_line.proposedQuantity), F::units(m_line.quantity)));
        if (m_line.status != Plan::LineStatus::Proposed)
            m_out.append(heading(tr("Review."))
                         + tr("This line is %1.").arg(F::lineStatusLabel(m_line.status)));
    }

    const Plan::PlanLine &m_line;
    const Plan::PlanHeader &m_header;
    const QString &m_currency;
    bool m_html;
    QStringList m_out;
};

} // namespace

QStringList paragraphs(const Plan::PlanLine &line, const Plan::PlanHeader &header,
                       const QString &currency)
{
    return Writer(line, header, currency, false).write();
}

QString html(const Plan::PlanLine &line, const Plan::PlanHeader &header, const QString &currency)
{
    QStringList parts = Writer(line, header, currency, true).write();
    QString out = parts.takeFirst();
    for (const QString &p : parts)
        out += QStringLiteral("<p>%1</p>").arg(p);
    return out;
}

QString summary(const Plan::PlanLine &line)
{
    const QJsonObject &w = line.why;
    const QString rule = w.value(QStringLiteral("rule")).toString();
    if (rule == QLatin1String("greedy"))
        return tr("greedy rule");
    if (rule == QLatin1String("rop"))
        return tr("reorder-point rule");
    QStringList parts;
    const QJsonObject d = w.value(QStringLiteral("deficit")).toObject();
    if (const auto unmet = number(d, "unmetWithout"); unmet && *unmet >= 0.5)
        parts.append(tr("covers %1 units short").arg(F::units(*unmet)));
    else if (d.contains(QStringLiteral("safetyStock")))
        parts.append(tr("restores safety stock"));
    const QJsonArray binding = w.value(QStringLiteral("binding")).toArray();
    for (const QJsonValue &v : binding) {
        const QString name = v.toString();
        if (name == QLatin1String("lane-capacity"))
            parts.append(tr("lane full"));
        else if (name == QLatin1String("source-safety-stock"))
            parts.append(tr("source at safety stock"));
        else if (name == QLatin1String("all-the-source-can-spare"))
            parts.append(tr("all the source can spare"));
        else if (name == QLatin1String("order-cap"))
            parts.append(tr("all it needs"));
        else if (name == QLatin1String("moq"))
            parts.append(tr("minimum order"));
        else if (name == QLatin1String("supplier-capacity"))
            parts.append(tr("supplier full"));
        else if (name == QLatin1String("budget"))
            parts.append(tr("budget spent"));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace Stockshift::Ui::PlanExplanation
