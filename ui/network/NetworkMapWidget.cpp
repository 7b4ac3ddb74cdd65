#include "network/NetworkMapWidget.h"

#include "health/HealthFormat.h"
#include "storage/DataStore.h"

#include <QHash>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSqlQuery>
#include <QToolTip>

#include <cmath>
#include <limits>

namespace Stockshift::Ui {

namespace {

struct KindStyle
{
    const char *kind;
    const char *label;
    QColor color;
    double size;
};

const KindStyle kStyles[] = {
    {"supplier_dc", QT_TRANSLATE_NOOP("Stockshift::Ui::NetworkMapWidget", "National / supplier DC"),
     QColor(0x1f, 0x4e, 0x79), 9},
    {"fulfilment_centre",
     QT_TRANSLATE_NOOP("Stockshift::Ui::NetworkMapWidget", "Fulfilment centre"),
     QColor(0x2e, 0x75, 0xb6), 8},
    {"regional_hub", QT_TRANSLATE_NOOP("Stockshift::Ui::NetworkMapWidget", "Regional hub"),
     QColor(0x7b, 0x3f, 0x9e), 8},
    {"micro_fulfilment",
     QT_TRANSLATE_NOOP("Stockshift::Ui::NetworkMapWidget", "Micro-fulfilment centre"),
     QColor(0xd9, 0x82, 0x1e), 6},
    {"store", QT_TRANSLATE_NOOP("Stockshift::Ui::NetworkMapWidget", "Store"),
     QColor(0x38, 0x8e, 0x3c), 5},
    {"partner_seller", QT_TRANSLATE_NOOP("Stockshift::Ui::NetworkMapWidget", "Partner seller"),
     QColor(0xc6, 0x28, 0x28), 6},
};

const KindStyle &styleOf(const QString &kind)
{
    for (const KindStyle &style : kStyles)
        if (kind == QLatin1String(style.kind))
            return style;
    return kStyles[1];
}

void drawMarker(QPainter &p, const QString &kind, QPointF c, double s)
{
    if (kind == QLatin1String("supplier_dc") || kind == QLatin1String("fulfilment_centre")) {
        p.drawRect(QRectF(c.x() - s, c.y() - s, 2 * s, 2 * s));
    } else if (kind == QLatin1String("regional_hub")) {
        QPolygonF diamond{{c.x(), c.y() - s * 1.3},
                          {c.x() + s * 1.3, c.y()},
                          {c.x(), c.y() + s * 1.3},
                          {c.x() - s * 1.3, c.y()}};
        p.drawPolygon(diamond);
    } else if (kind == QLatin1String("micro_fulfilment")) {
        QPolygonF triangle{{c.x(), c.y() - s * 1.2},
                           {c.x() + s * 1.1, c.y() + s * 0.8},
                           {c.x() - s * 1.1, c.y() + s * 0.8}};
        p.drawPolygon(triangle);
    } else if (kind == QLatin1String("partner_seller")) {
        QPainterPath star;
        for (int i = 0; i < 10; ++i) {
            const double r = i % 2 ? s * 0.55 : s * 1.3;
            const double a = -M_PI / 2 + i * M_PI / 5;
            const QPointF q(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
            i ? star.lineTo(q) : star.moveTo(q);
        }
        star.closeSubpath();
        p.drawPath(star);
    } else {
        p.drawEllipse(c, s, s);
    }
}

// The thresholds and colours of the Stock health area.
QColor healthColor(double score)
{
    return HealthFormat::scoreColor(score);
}

const QColor kNoScore(0xa0, 0xa6, 0xad);

// The canvas colours (not the data's: kinds, health, flows). On a light palette the map keeps
// its own light canvas; on a dark one the canvas, grid, text and legend boxes come from the
// palette (Base, Text, Window; Midlight and Light for lines, which are lighter than Base there),
// so the map sits in a dark window like the rest of it.
struct Canvas
{
    QColor background, grid, gridText, lane, ink, outline, box, boxBorder, neutral;
};

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

Canvas canvasColours(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (base.lightness() >= 128)
        return {QColor(0xf4, 0xf7, 0xfa),      QColor(0xdd, 0xe3, 0xea), QColor(0xdd, 0xe3, 0xea),
                QColor(0x55, 0x66, 0x77, 110), QColor(0x22, 0x2b, 0x33), Qt::white,
                QColor(255, 255, 255, 235),    QColor(0xc8, 0xd0, 0xd8), QColor(0x6b, 0x75, 0x80)};
    const QColor text = palette.color(QPalette::Text);
    Canvas c;
    c.background = base;
    c.grid = palette.color(QPalette::Midlight);
    c.gridText = blend(base, text, 0.6);
    c.lane = text;
    c.lane.setAlpha(90);
    c.ink = text;
    c.outline = base;
    c.box = palette.color(QPalette::Window);
    c.box.setAlpha(235);
    c.boxBorder = palette.color(QPalette::Light);
    c.neutral = blend(base, text, 0.5);
    return c;
}

} // namespace

NetworkMapWidget::NetworkMapWidget(Storage::DataStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setMouseTracking(true);
    setMinimumSize(320, 240);
    setAutoFillBackground(true);
    connect(m_store, &Storage::DataStore::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("locations"))
            || tables.contains(QStringLiteral("lanes")))
            reload();
    });
    reload();
}

void NetworkMapWidget::reload()
{
    m_sites.clear();
    m_links.clear();
    QHash<qint64, int> index;
    QSqlQuery query(m_store->connection().db());
    if (query.exec(QStringLiteral(
            "SELECT id, code, name, kind, region, latitude, longitude FROM locations "
            "WHERE active = 1 AND latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY id"))) {
        while (query.next()) {
            Site site{query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString(),   query.value(3).toString(),
                      query.value(4).toString(),   query.value(5).toDouble(),
                      query.value(6).toDouble()};
            index.insert(site.id, int(m_sites.size()));
            m_sites.append(site);
        }
    }
    if (query.exec(QStringLiteral(
            "SELECT from_id, to_id, mode FROM lanes WHERE active = 1 ORDER BY id"))) {
        while (query.next()) {
            const int from = index.value(query.value(0).toLongLong(), -1);
            const int to = index.value(query.value(1).toLongLong(), -1);
            if (from >= 0 && to >= 0)
                m_links.append(Link{from, to, query.value(2).toString()});
        }
    }
    double sum = 0;
    for (const Site &site : m_sites)
        sum += site.latitude;
    m_cosLatitude = m_sites.isEmpty() ? 1.0 : std::cos(sum / double(m_sites.size()) * M_PI / 180.0);
    indexFlows();
    m_fitted = false;
    fitToView();
}

void NetworkMapWidget::setHealthScores(const QHash<QString, double> &scores)
{
    m_scores = scores;
    update();
}

void NetworkMapWidget::setFlows(const QList<Flow> &flows, const QString &title)
{
    m_flows = flows;
    m_flowTitle = title;
    m_highlighted = -1;
    indexFlows();
    update();
}

void NetworkMapWidget::clearFlows()
{
    setFlows({});
}

void NetworkMapWidget::setLegendVisible(bool visible)
{
    if (visible == m_legendVisible)
        return;
    m_legendVisible = visible;
    fitToView();
}

void NetworkMapWidget::setHighlightedFlow(const QString &fromCode, const QString &toCode)
{
    int found = -1;
    for (int i = 0; i < m_flows.size() && found < 0; ++i)
        if (m_flows[i].fromCode == fromCode && m_flows[i].toCode == toCode)
            found = i;
    if (found != m_highlighted) {
        m_highlighted = found;
        update();
    }
}

void NetworkMapWidget::indexFlows()
{
    QHash<QString, int> byCode;
    for (int i = 0; i < m_sites.size(); ++i)
        byCode.insert(m_sites[i].code, i);
    m_flowSites.clear();
    m_maxFlow = 0;
    for (const Flow &flow : std::as_const(m_flows)) {
        const int from = byCode.value(flow.fromCode, -1);
        const int to = byCode.value(flow.toCode, -1);
        const bool drawn = from >= 0 && to >= 0 && from != to;
        m_flowSites.append(drawn ? qMakePair(from, to) : qMakePair(-1, -1));
        if (drawn)
            m_maxFlow = std::max(m_maxFlow, flow.units);
    }
}

int NetworkMapWidget::drawnFlowCount() const
{
    int n = 0;
    for (const auto &sites : m_flowSites)
        n += sites.first >= 0 ? 1 : 0;
    return n;
}

double NetworkMapWidget::flowWidth(int flow) const
{
    if (flow < 0 || flow >= m_flowSites.size() || m_flowSites[flow].first < 0)
        return 0;
    // In proportion to the units, from a hairline that stays visible to 10 px for the largest.
    const double share = m_maxFlow > 0 ? std::max(0.0, m_flows[flow].units) / m_maxFlow : 0.0;
    return 1.2 + 8.8 * share;
}

bool NetworkMapWidget::flowCurve(int flow, QPointF *start, QPointF *control, QPointF *end) const
{
    if (flow < 0 || flow >= m_flowSites.size() || m_flowSites[flow].first < 0)
        return false;
    const Site &from = m_sites[m_flowSites[flow].first];
    const Site &to = m_sites[m_flowSites[flow].second];
    const QPointF a = project(from), b = project(to);
    const QPointF d = b - a;
    const double length = std::hypot(d.x(), d.y());
    if (length < 2)
        return false;
    // Bent to the right of the direction of travel: A→B and B→A lie on either side of the lane.
    const QPointF normal(-d.y() / length, d.x() / length);
    *control = (a + b) / 2.0 + normal * std::min(0.15 * length, 40.0);
    // Leave the markers free: start and end just outside them, along the curve's tangents.
    const auto away = [](QPointF p, QPointF towards, double by) {
        const QPointF v = towards - p;
        const double n = std::hypot(v.x(), v.y());
        return n > by ? p + v * (by / n) : p;
    };
    *start = away(a, *control, styleOf(from.kind).size + 2);
    *end = away(b, *control, styleOf(to.kind).size * 1.3 + 3);
    return true;
}

int NetworkMapWidget::flowAt(const QPointF &point) const
{
    int best = -1;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (int i = 0; i < m_flows.size(); ++i) {
        QPointF a, c, b;
        if (!flowCurve(i, &a, &c, &b))
            continue;
        const double reach = std::max(6.0, flowWidth(i) / 2 + 3);
        QPointF previous = a;
        for (int k = 1; k <= 24; ++k) {
            const double t = k / 24.0;
            const QPointF q = (1 - t) * (1 - t) * a + 2 * (1 - t) * t * c + t * t * b;
            // Distance from the point to the segment previous → q.
            const QPointF seg = q - previous;
            const double len2 = QPointF::dotProduct(seg, seg);
            const double u
                = len2 > 0 ? std::clamp(QPointF::dotProduct(point - previous, seg) / len2, 0.0, 1.0)
                           : 0.0;
            const QPointF nearest = previous + seg * u;
            const double distance = std::hypot(point.x() - nearest.x(), point.y() - nearest.y());
            if (distance <= reach && distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
            previous = q;
        }
    }
    return best;
}

void NetworkMapWidget::paintFlows(QPainter &p)
{
    // Small flows first, so that the large ones lie on top; the highlighted one last.
    QList<int> order;
    for (int i = 0; i < m_flows.size(); ++i)
        if (m_flowSites[i].first >= 0)
            order.append(i);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_flows[a].units < m_flows[b].units; });
    if (m_highlighted >= 0 && order.removeOne(m_highlighted))
        order.append(m_highlighted);
    const QColor normal(0x00, 0x7a, 0x87), highlight(0xe6, 0x6a, 0x00);
    for (int i : std::as_const(order)) {
        QPointF a, c, b;
        if (!flowCurve(i, &a, &c, &b))
            continue;
        const double w = flowWidth(i);
        QColor colour = i == m_highlighted ? highlight : normal;
        colour.setAlpha(i == m_highlighted ? 245 : (m_highlighted >= 0 ? 110 : 190));
        // The arrowhead: along the curve's tangent at its end, growing with the width.
        QPointF u = b - c;
        const double n = std::hypot(u.x(), u.y());
        if (n < 1e-6)
            continue;
        u /= n;
        const QPointF side(-u.y(), u.x());
        const double headLength = 6 + 1.4 * w, headWidth = 3.5 + 0.9 * w;
        const QPointF base = b - u * headLength;
        QPainterPath path(a);
        path.quadTo(c, b - u * headLength * 0.8);
        p.setPen(QPen(colour, w, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPolygon(QPolygonF{b, base + side * headWidth, base - side * headWidth});
    }
}

QColor NetworkMapWidget::siteColor(const Site &site) const
{
    if (m_scores.isEmpty())
        return styleOf(site.kind).color;
    const auto it = m_scores.constFind(site.code);
    return it == m_scores.constEnd() ? kNoScore : healthColor(it.value());
}

QPointF NetworkMapWidget::toPlane(double latitude, double longitude) const
{
    return {longitude * m_cosLatitude, -latitude};
}

QPointF NetworkMapWidget::project(const Site &site) const
{
    return toPlane(site.latitude, site.longitude) * m_scale + m_offset;
}

int NetworkMapWidget::siteAt(const QPointF &point) const
{
    int best = -1;
    double bestDistance = 8.0;
    for (int i = 0; i < m_sites.size(); ++i) {
        const QPointF d = project(m_sites[i]) - point;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

void NetworkMapWidget::fitToView()
{
    if (m_sites.isEmpty() || width() <= 0)
        return;
    QRectF bounds;
    for (const Site &site : m_sites) {
        const QPointF p = toPlane(site.latitude, site.longitude);
        bounds = bounds.isNull() ? QRectF(p, QSizeF(1e-6, 1e-6))
                                 : bounds.united(QRectF(p, QSizeF(1e-6, 1e-6)));
    }
    // Room for the labels around the network (less on a small map), for the legend's column on
    // the left, or without the legend for the one-line key at the bottom.
    const double margin = std::clamp(0.1 * std::min(width(), height()), 24.0, 60.0);
    const double w = std::max(bounds.width(), 0.5), h = std::max(bounds.height(), 0.5);
    const double room = m_legendVisible ? 170.0 : 0.0;
    const double bottom = m_legendVisible ? 0.0 : 30.0;
    m_scale = std::min((width() - 2 * margin - room) / w, (height() - 2 * margin - bottom) / h);
    m_scale = std::max(m_scale, 1.0);
    const QPointF center = bounds.center();
    m_offset = QPointF((width() - room) / 2.0 + room, (height() - bottom) / 2.0) - center * m_scale;
    m_fitted = true;
    update();
}

void NetworkMapWidget::resizeEvent(QResizeEvent *)
{
    fitToView();
}

QColor NetworkMapWidget::canvasColor() const
{
    return canvasColours(palette()).background;
}

void NetworkMapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Canvas canvas = canvasColours(palette());
    p.fillRect(rect(), canvas.background);
    if (m_sites.isEmpty()) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No locations with coordinates yet.\nImport locations.csv (latitude, "
                      "longitude) to see the network."));
        return;
    }

    // Graticule every degree.
    p.setPen(QPen(canvas.grid, 1));
    const QPointF topLeft = (QPointF(0, 0) - m_offset) / m_scale,
                  bottomRight = (QPointF(width(), height()) - m_offset) / m_scale;
    for (int lat = int(std::floor(-bottomRight.y())); lat <= int(std::ceil(-topLeft.y())); ++lat) {
        const double y = -lat * m_scale + m_offset.y();
        p.setPen(QPen(canvas.grid, 1));
        p.drawLine(QPointF(0, y), QPointF(width(), y));
        p.setPen(canvas.gridText);
        p.drawText(QPointF(4, y - 2), tr("%1°N").arg(lat));
    }
    for (int lon = int(std::floor(topLeft.x() / m_cosLatitude));
         lon <= int(std::ceil(bottomRight.x() / m_cosLatitude)); ++lon) {
        const double x = lon * m_cosLatitude * m_scale + m_offset.x();
        p.setPen(QPen(canvas.grid, 1));
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
        p.setPen(canvas.gridText);
        p.drawText(QPointF(x + 2, height() - 4), tr("%1°E").arg(lon));
    }

    // Lanes: a link and its reverse are drawn once; express lanes dashed.
    for (const Link &link : m_links) {
        const QPointF a = project(m_sites[link.from]), b = project(m_sites[link.to]);
        QPen pen(canvas.lane, 1.3);
        if (link.mode == QLatin1String("express"))
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawLine(a, b);
    }
    paintFlows(p);

    // Sites, then labels that do not overlap one another.
    QList<QRectF> taken;
    for (int pass = 0; pass < 2; ++pass) {
        for (const Site &site : m_sites) {
            const KindStyle &style = styleOf(site.kind);
            const QPointF c = project(site);
            if (pass == 0) {
                p.setPen(QPen(canvas.outline, 1.5));
                p.setBrush(siteColor(site));
                drawMarker(p, site.kind, c, style.size);
                taken.append(
                    QRectF(c.x() - style.size, c.y() - style.size, 2 * style.size, 2 * style.size));
                continue;
            }
            const QFontMetricsF metrics(font());
            QRectF label = metrics.boundingRect(site.code);
            label.moveTopLeft(QPointF(c.x() + style.size + 3, c.y() - label.height() / 2));
            bool overlaps = false;
            for (const QRectF &r : taken)
                overlaps = overlaps || r.intersects(label);
            if (overlaps) {
                label.moveTopLeft(
                    QPointF(c.x() - style.size - 3 - label.width(), c.y() - label.height() / 2));
                overlaps = false;
                for (const QRectF &r : taken)
                    overlaps = overlaps || r.intersects(label);
            }
            if (overlaps)
                continue;
            taken.append(label);
            p.setPen(canvas.ink);
            p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, site.code);
        }
    }

    // Legend: the kinds (by shape, and by colour without health scores), then the health
    // colours when the locations are coloured by health.
    const bool health = !m_scores.isEmpty();
    const struct
    {
        const char *label;
        QColor color;
    } healthKeys[] = {
        {QT_TR_NOOP("Health score 80 or more"), healthColor(100)},
        {QT_TR_NOOP("Health score 60 to 80"), healthColor(70)},
        {QT_TR_NOOP("Health score below 60"), healthColor(0)},
        {QT_TR_NOOP("No stock to assess"), kNoScore},
    };
    const double healthRows = health ? double(std::size(healthKeys)) + 0.6 : 0.0;
    // As wide as its longest text in the language shown (German and French are longer).
    const QFontMetricsF legendMetrics(font());
    const QString legendTitle
        = tr("%1 locations, %2 lanes").arg(m_sites.size()).arg(m_links.size());
    double legendWidth = std::max(210.0, 20 + legendMetrics.horizontalAdvance(legendTitle));
    for (const auto &style : kStyles)
        legendWidth = std::max(legendWidth, 44 + legendMetrics.horizontalAdvance(tr(style.label)));
    if (health)
        for (const auto &key : healthKeys)
            legendWidth
                = std::max(legendWidth, 44 + legendMetrics.horizontalAdvance(tr(key.label)));
    const QRectF legend(12, 12, legendWidth, 24 + 22 * (double(std::size(kStyles)) + healthRows));
    if (m_legendVisible) {
        p.setPen(canvas.boxBorder);
        p.setBrush(canvas.box);
        p.drawRoundedRect(legend, 6, 6);
        p.setPen(canvas.ink);
        p.drawText(QPointF(legend.left() + 10, legend.top() + 18), legendTitle);
        for (std::size_t i = 0; i < std::size(kStyles); ++i) {
            const QPointF c(legend.left() + 18, legend.top() + 36 + 22 * double(i));
            p.setPen(QPen(canvas.outline, 1.5));
            p.setBrush(health ? canvas.neutral : kStyles[i].color);
            drawMarker(p, QString::fromLatin1(kStyles[i].kind), c, 6);
            p.setPen(canvas.ink);
            p.drawText(QPointF(c.x() + 16, c.y() + 5), tr(kStyles[i].label));
        }
    }
    if (drawnFlowCount() > 0) {
        // The flows' key at the bottom left: what they are and what the widths mean.
        double units = 0, smallest = std::numeric_limits<double>::infinity();
        int lines = 0;
        for (int i = 0; i < m_flows.size(); ++i)
            if (m_flowSites[i].first >= 0) {
                units += m_flows[i].units;
                lines += m_flows[i].lines;
                smallest = std::min(smallest, m_flows[i].units);
            }
        const QLocale locale;
        const QFontMetricsF metrics(font());
        const QColor colour(0x00, 0x7a, 0x87, 190);
        const double widths[] = {1.2 + 8.8 * (m_maxFlow > 0 ? smallest / m_maxFlow : 0), 10.0};
        const double amounts[] = {smallest, m_maxFlow};
        if (!m_legendVisible) {
            // A small map: one line at the bottom (the view around it names the flows) with the
            // widths and, when the sites are coloured by health, the health colours.
            const QString few = locale.toString(amounts[0], 'f', 0);
            const QString many = tr("%1 units").arg(locale.toString(amounts[1], 'f', 0));
            QStringList healthLabels;
            const double scores[] = {100, 70, 0};
            if (health)
                healthLabels = {tr("health ≥ 80"), tr("60–80"), tr("< 60")};
            const double flowWidth = 10 + 30 + 6 + metrics.horizontalAdvance(few) + 12 + 30 + 6
                                     + metrics.horizontalAdvance(many) + 10;
            double healthWidth = 0;
            for (const QString &label : healthLabels)
                healthWidth += 14 + 14 + metrics.horizontalAdvance(label);
            // One line when it fits the map, else the health colours on a second line.
            const bool twoLines = flowWidth + healthWidth > width() - 16 && healthWidth > 0;
            const QRectF key
                = twoLines ? QRectF(8, height() - 52, std::max(flowWidth, healthWidth + 10), 46)
                           : QRectF(8, height() - 30, flowWidth + healthWidth, 24);
            p.setPen(canvas.boxBorder);
            p.setBrush(canvas.box);
            p.drawRoundedRect(key, 5, 5);
            double y = twoLines ? key.top() + 12 : key.center().y();
            double x = key.left() + 10;
            const QString texts[] = {few, many};
            for (int k = 0; k < 2; ++k) {
                p.setPen(QPen(colour, widths[k], Qt::SolidLine, Qt::FlatCap));
                p.drawLine(QPointF(x, y), QPointF(x + 30, y));
                p.setPen(canvas.ink);
                p.drawText(QPointF(x + 36, y + 5), texts[k]);
                x += 36 + metrics.horizontalAdvance(texts[k]) + 12;
            }
            if (twoLines) {
                x = key.left() + 8;
                y = key.bottom() - 12;
            }
            for (int k = 0; k < healthLabels.size(); ++k) {
                x += 2;
                p.setPen(QPen(canvas.outline, 1.5));
                p.setBrush(healthColor(scores[k]));
                p.drawEllipse(QPointF(x + 5, y), 5, 5);
                p.setPen(canvas.ink);
                p.drawText(QPointF(x + 14, y + 5), healthLabels[k]);
                x += 14 + metrics.horizontalAdvance(healthLabels[k]) + 12;
            }
        } else {
            // The flows' key at the bottom left: what they are and what the widths mean.
            const QString usage = tr("%1 lanes used · %2 units · %3 lines")
                                      .arg(locale.toString(drawnFlowCount()),
                                           locale.toString(units, 'f', 0), locale.toString(lines));
            QRectF key(12, height() - 112, std::max(250.0, 20 + metrics.horizontalAdvance(usage)),
                       92);
            if (key.top() < legend.bottom() + 8) // a short map: beside the legend of the kinds
                key.moveTopLeft(QPointF(legend.right() + 10, legend.top()));
            p.setPen(canvas.boxBorder);
            p.setBrush(canvas.box);
            p.drawRoundedRect(key, 6, 6);
            p.setPen(canvas.ink);
            p.drawText(
                QPointF(key.left() + 10, key.top() + 18),
                metrics.elidedText(m_flowTitle.isEmpty() ? tr("Planned transfers") : m_flowTitle,
                                   Qt::ElideRight, key.width() - 20));
            p.drawText(QPointF(key.left() + 10, key.top() + 36), usage);
            for (int k = 0; k < 2; ++k) {
                const double y = key.top() + 56 + 20 * k;
                p.setPen(QPen(colour, widths[k], Qt::SolidLine, Qt::FlatCap));
                p.drawLine(QPointF(key.left() + 12, y), QPointF(key.left() + 52, y));
                p.setPen(canvas.ink);
                p.drawText(QPointF(key.left() + 62, y + 5),
                           tr("%1 units").arg(locale.toString(amounts[k], 'f', 0)));
            }
        }
    }
    if (!health || !m_legendVisible)
        return;
    const double top = legend.top() + 36 + 22 * (double(std::size(kStyles)) + 0.6);
    p.setPen(canvas.grid);
    p.drawLine(QPointF(legend.left() + 8, top - 18), QPointF(legend.right() - 8, top - 18));
    for (std::size_t i = 0; i < std::size(healthKeys); ++i) {
        const QPointF c(legend.left() + 18, top + 22 * double(i));
        p.setPen(QPen(canvas.outline, 1.5));
        p.setBrush(healthKeys[i].color);
        p.drawEllipse(c, 6, 6);
        p.setPen(canvas.ink);
        p.drawText(QPointF(c.x() + 16, c.y() + 5), tr(healthKeys[i].label));
    }
}

void NetworkMapWidget::wheelEvent(QWheelEvent *event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    const QPointF anchor = event->position();
    m_offset = anchor - (anchor - m_offset) * factor;
    m_scale *= factor;
    update();
}

void NetworkMapWidget::mousePressEvent(QMouseEvent *event)
{
    m_dragging = true;
    m_dragStart = event->pos();
    m_dragOffset = m_offset;
}

void NetworkMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        m_offset = m_dragOffset + (event->pos() - m_dragStart);
        update();
        return;
    }
    const int i = siteAt(event->position());
    if (i < 0) {
        const int f = flowAt(event->position());
        if (f < 0) {
            QToolTip::hideText();
            return;
        }
        const Flow &flow = m_flows[f];
        QToolTip::showText(event->globalPosition().toPoint(),
                           tr("<b>%1 → %2</b><br>%3 units in %4 plan lines")
                               .arg(flow.fromCode.toHtmlEscaped(), flow.toCode.toHtmlEscaped(),
                                    QLocale().toString(flow.units, 'f', 0),
                                    QLocale().toString(flow.lines)),
                           this);
        return;
    }
    const Site &site = m_sites[i];
    QString health;
    if (!m_scores.isEmpty()) {
        const auto it = m_scores.constFind(site.code);
        health = it == m_scores.constEnd() ? tr("<br>No stock to assess")
                                           : tr("<br>Stock-health score <b>%1</b> / 100")
                                                 .arg(QLocale().toString(it.value(), 'f', 1));
    }
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("<b>%1</b> %2<br>%3, region %4<br>%5° N, %6° E")
                               .arg(site.code.toHtmlEscaped(), site.name.toHtmlEscaped(),
                                    tr(styleOf(site.kind).label), site.region.toHtmlEscaped())
                               .arg(QLocale().toString(site.latitude, 'f', 3),
                                    QLocale().toString(site.longitude, 'f', 3))
                           + health,
                       this);
}

void NetworkMapWidget::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
}

void NetworkMapWidget::mouseDoubleClickEvent(QMouseEvent *)
{
    fitToView();
}

} // namespace Stockshift::Ui
