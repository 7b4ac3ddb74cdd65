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
    m_fitted = false;
    fitToView();
}

void NetworkMapWidget::setHealthScores(const QHash<QString, double> &scores)
{
    m_scores = scores;
    update();
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
    const double margin = 60;
    const double w = std::max(bounds.width(), 0.5), h = std::max(bounds.height(), 0.5);
    m_scale = std::min((width() - 2 * margin - 170) / w, (height() - 2 * margin) / h);
    m_scale = std::max(m_scale, 1.0);
    const QPointF center = bounds.center();
    m_offset = QPointF((width() - 170) / 2.0 + 170, height() / 2.0) - center * m_scale;
    m_fitted = true;
    update();
}

void NetworkMapWidget::resizeEvent(QResizeEvent *)
{
    fitToView();
}

void NetworkMapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), QColor(0xf4, 0xf7, 0xfa));
    if (m_sites.isEmpty()) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No locations with coordinates yet.\nImport locations.csv (latitude, "
                      "longitude) to see the network."));
        return;
    }

    // Graticule every degree.
    p.setPen(QPen(QColor(0xdd, 0xe3, 0xea), 1));
    const QPointF topLeft = (QPointF(0, 0) - m_offset) / m_scale,
                  bottomRight = (QPointF(width(), height()) - m_offset) / m_scale;
    for (int lat = int(std::floor(-bottomRight.y())); lat <= int(std::ceil(-topLeft.y())); ++lat) {
        const double y = -lat * m_scale + m_offset.y();
        p.drawLine(QPointF(0, y), QPointF(width(), y));
        p.drawText(QPointF(4, y - 2), QStringLiteral("%1°N").arg(lat));
    }
    for (int lon = int(std::floor(topLeft.x() / m_cosLatitude));
         lon <= int(std::ceil(bottomRight.x() / m_cosLatitude)); ++lon) {
        const double x = lon * m_cosLatitude * m_scale + m_offset.x();
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
        p.drawText(QPointF(x + 2, height() - 4), QStringLiteral("%1°E").arg(lon));
    }

    // Lanes: a link and its reverse are drawn once; express lanes dashed.
    for (const Link &link : m_links) {
        const QPointF a = project(m_sites[link.from]), b = project(m_sites[link.to]);
        QPen pen(QColor(0x55, 0x66, 0x77, 110), 1.3);
        if (link.mode == QLatin1String("express"))
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawLine(a, b);
    }

    // Sites, then labels that do not overlap one another.
    QList<QRectF> taken;
    for (int pass = 0; pass < 2; ++pass) {
        for (const Site &site : m_sites) {
            const KindStyle &style = styleOf(site.kind);
            const QPointF c = project(site);
            if (pass == 0) {
                p.setPen(QPen(Qt::white, 1.5));
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
            p.setPen(QColor(0x22, 0x2b, 0x33));
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
    const QRectF legend(12, 12, 210, 24 + 22 * (double(std::size(kStyles)) + healthRows));
    p.setPen(QColor(0xc8, 0xd0, 0xd8));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(legend, 6, 6);
    p.setPen(QColor(0x22, 0x2b, 0x33));
    p.drawText(QPointF(legend.left() + 10, legend.top() + 18),
               tr("%1 locations, %2 lanes").arg(m_sites.size()).arg(m_links.size()));
    for (std::size_t i = 0; i < std::size(kStyles); ++i) {
        const QPointF c(legend.left() + 18, legend.top() + 36 + 22 * double(i));
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(health ? QColor(0x6b, 0x75, 0x80) : kStyles[i].color);
        drawMarker(p, QString::fromLatin1(kStyles[i].kind), c, 6);
        p.setPen(QColor(0x22, 0x2b, 0x33));
        p.drawText(QPointF(c.x() + 16, c.y() + 5), tr(kStyles[i].label));
    }
    if (!health)
        return;
    const double top = legend.top() + 36 + 22 * (double(std::size(kStyles)) + 0.6);
    p.setPen(QColor(0xdd, 0xe3, 0xea));
    p.drawLine(QPointF(legend.left() + 8, top - 18), QPointF(legend.right() - 8, top - 18));
    for (std::size_t i = 0; i < std::size(healthKeys); ++i) {
        const QPointF c(legend.left() + 18, top + 22 * double(i));
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(healthKeys[i].color);
        p.drawEllipse(c, 6, 6);
        p.setPen(QColor(0x22, 0x2b, 0x33));
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
        QToolTip::hideText();
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
                               .arg(site.latitude, 0, 'f', 3)
                               .arg(site.longitude, 0, 'f', 3)
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
