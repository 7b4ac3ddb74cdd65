#include "tiers/TierMapWidget.h"

#include <QPainter>
#include <QPainterPath>

namespace Stockshift::Ui {

TierMapWidget::TierMapWidget(Storage::DataStore *store, QWidget *parent)
    : NetworkMapWidget(store, parent)
{
    setLegendVisible(false);
}

void TierMapWidget::setServing(const QList<Serving> &serving, const QString &title,
                               const QColor &colour)
{
    m_serving = serving;
    m_title = title;
    m_colour = colour;
    update();
}

int TierMapWidget::siteIndex(const QString &code) const
{
    for (int i = 0; i < sites().size(); ++i)
        if (sites().at(i).code == code)
            return i;
    return -1;
}

bool TierMapWidget::regionPoint(const QString &region, QPointF *point) const
{
    // The mean of the region's sites on screen: the projection is linear, so this is the
    // projected mean position.
    QPointF sum;
    int n = 0;
    for (const Site &s : sites())
        if (s.region == region) {
            sum += project(s);
            ++n;
        }
    if (n == 0)
        return false;
    *point = sum / n;
    return true;
}

int TierMapWidget::drawnLineCount() const
{
    int lines = 0;
    QPointF unused;
    for (const Serving &s : m_serving)
        if (regionPoint(s.region, &unused))
            for (const QString &code : s.chain)
                lines += siteIndex(code) >= 0 ? 1 : 0;
    return lines;
}

void TierMapWidget::paintEvent(QPaintEvent *event)
{
    NetworkMapWidget::paintEvent(event);
    if (m_serving.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor overflowColour(0xc6, 0x28, 0x28);
    // Fallbacks first (dashed, thin), the primary over them (solid, thick).
    for (int pass = 0; pass < 2; ++pass) {
        for (const Serving &s : m_serving) {
            QPointF centre;
            if (!regionPoint(s.region, &centre))
                continue;
            const QColor colour = s.overflow ? overflowColour : m_colour;
            for (int i = pass == 0 ? 1 : 0; i < (pass == 0 ? s.chain.size() : 1); ++i) {
                const int site = siteIndex(s.chain.at(i));
                if (site < 0)
                    continue;
                const QPointF from = project(sites().at(site));
                QPen pen(i == 0 ? colour : colour.lighter(130), i == 0 ? 3.0 : 1.5,
                         i == 0 ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap);
                p.setPen(pen);
                p.drawLine(from, centre);
                if (i == 0) {
                    p.setBrush(colour);
                    p.drawEllipse(from, 4.5, 4.5);
                }
            }
        }
    }
    // Region markers with their names and primary location.
    QFont bold = font();
    bold.setBold(true);
    for (const Serving &s : m_serving) {
        QPointF centre;
        if (!regionPoint(s.region, &centre))
            continue;
        const QColor colour = s.overflow ? overflowColour : m_colour;
        p.setPen(QPen(colour.darker(120), 2));
        p.setBrush(QColor(255, 255, 255, 230));
        p.drawEllipse(centre, 11, 11);
        p.setFont(bold);
        const QString text = s.region;
        QRectF box = QFontMetricsF(bold).boundingRect(text).adjusted(-5, -2, 5, 2);
        box.moveCenter(centre + QPointF(0, -24));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 220));
        p.drawRoundedRect(box, 4, 4);
        p.setPen(colour.darker(140));
        p.drawText(box, Qt::AlignCenter, text);
    }
    // The key, where the base map's legend was.
    p.setFont(font());
    const QFontMetricsF metrics(font());
    const QString lines[] = {m_title, tr("serves the region"), tr("fallback at capacity"),
                             tr("overflows (at capacity)")};
    double w = 0;
    for (const QString &l : lines)
        w = std::max(w, metrics.horizontalAdvance(l));
    // Bottom left, above the longitude labels: the network sits in the middle of the map.
    QRectF key(0, 0, w + 56, 18 + 4 * 20);
    key.moveBottomLeft(QPointF(12, height() - 22));
    p.setPen(QColor(0xc8, 0xd0, 0xd8));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(key, 6, 6);
    p.setFont(bold);
    p.setPen(m_colour.darker(130));
    p.drawText(QPointF(key.left() + 10, key.top() + 20), m_title);
    p.setFont(font());
    for (int i = 1; i < 4; ++i) {
        const double y = key.top() + 20 + 20 * i;
        const QColor c = i == 3 ? overflowColour : (i == 2 ? m_colour.lighter(130) : m_colour);
        p.setPen(QPen(c, i == 2 ? 1.5 : 3.0, i == 2 ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(key.left() + 10, y - 4), QPointF(key.left() + 38, y - 4));
        p.setPen(QColor(0x33, 0x3d, 0x47));
        p.drawText(QPointF(key.left() + 46, y), lines[i]);
    }
}

} // namespace Stockshift::Ui
