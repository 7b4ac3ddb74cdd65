#include "health/HealthWidgets.h"

#include "health/HealthFormat.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace Stockshift::Ui {

namespace F = HealthFormat;

namespace {

const QColor kInk(0x1c, 0x22, 0x28);
const QColor kMuted(0x6b, 0x75, 0x80);
const QColor kGrid(0xd5, 0xdb, 0xe1);

QColor mix(const QColor &a, const QColor &b, double t);

// The colours around the data (text, frames, empty cells): the fixed light ones above on a light
// palette, the palette's on a dark one (where Light and Midlight are the lighter lines). The
// data's colours (scores, the heat map's dark end, the selection) stay.
struct Ink
{
    QColor ink, muted, label, grid, paper, track, empty, selectedRow;
    bool dark = false;
};

Ink inkFor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base), text = palette.color(QPalette::Text);
    if (base.lightness() >= 128)
        return {kInk,
                kMuted,
                QColor(0x5b, 0x65, 0x70),
                kGrid,
                Qt::white,
                QColor(0xee, 0xf1, 0xf4),
                QColor(0xf4, 0xf7, 0xfa),
                QColor(0x1f, 0x4e, 0x79),
                false};
    const QColor muted = mix(base, text, 0.68);
    return {text,
            muted,
            muted,
            palette.color(QPalette::Light),
            base,
            palette.color(QPalette::Midlight),
            palette.color(QPalette::AlternateBase),
            palette.color(QPalette::Link),
            true};
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

QTableView *makeHealthTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(22);
    table->horizontalHeader()->setHighlightSections(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

void fitColumns(QTableView *table, int maxWidth)
{
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    auto *view = static_cast<QAbstractItemView *>(table);
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const QString text = table->model()->headerData(c, Qt::Horizontal).toString();
        const int width
            = std::max(metrics.horizontalAdvance(text) + 14, view->sizeHintForColumn(c));
        header->resizeSection(c, std::min(width, maxWidth));
    }
}

// --- HealthTile

HealthTile::HealthTile(const QString &title, const QColor &accent, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("healthTile"));
    m_title = new QLabel(title, this);
    m_value = new QLabel(F::dash(), this);
    m_value->setObjectName(QStringLiteral("value"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.9);
    m_title->setFont(titleFont);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.7);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont detailFont = m_detail->font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 0.85);
    m_detail->setFont(detailFont);
    m_accent = accent;
    applyColours();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 8, 6);
    layout->setSpacing(1);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    // Narrow tiles wrap their title and detail rather than widen the row beyond the window (the
    // dashboard puts the tiles in two rows when one row does not fit); the value stays whole.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QSize HealthTile::minimumSizeHint() const
{
    QSize size = QFrame::minimumSizeHint();
    size.setWidth(std::max(size.width(), fontMetrics().averageCharWidth() * 11));
    return size;
}

void HealthTile::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
}

QString HealthTile::value() const
{
    return m_value->text();
}

QString HealthTile::detail() const
{
    return m_detail->text();
}

QString HealthTile::title() const
{
    return m_title->text();
}

void HealthTile::applyColours()
{
    // The application's palette: the style sheet gives the tile's own palette its background.
    const Ink ink = inkFor(QApplication::palette());
    // The accent on the left edge ties the tile to its colour in the donut and the table.
    const QString frame
        = QStringLiteral("QFrame#healthTile { background: %2; border: 1px solid %3; border-left: "
                         "4px solid %1; border-radius: 3px; }")
              .arg(m_accent.name(), ink.paper.name(), ink.grid.name());
    const QString muted = QStringLiteral("color: %1").arg(ink.label.name());
    // Only when changed: setting a style sheet sends the change events that call this again.
    if (styleSheet() != frame)
        setStyleSheet(frame);
    for (QLabel *label : {m_title, m_detail})
        if (label->styleSheet() != muted)
            label->setStyleSheet(muted);
}

void HealthTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
        applyColours();
}

void HealthTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

// --- ScoreTile

ScoreTile::ScoreTile(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scoreTile"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ScoreTile::setGroup(const Health::HealthGroup &group)
{
    m_group = group;
    m_has = true;
    updateGeometry(); // the parts' names set the width
    QStringList lines{tr("<b>Stock-health score %1 / 100</b> — the weighted mean of:")
                          .arg(F::number(group.score, 1))};
    for (const auto &p : group.parts)
        lines.append(p.used
                         ? tr("%1: %2 against a target of %3 → %4 points (weight %5)")
                               .arg(p.name, F::number(p.actual, 3), F::number(p.target, 2),
                                    F::number(p.points), F::percent(p.weight, 0))
                         : tr("%1: not measured yet (left out, weights renormalised)").arg(p.name));
    setToolTip(lines.join(QStringLiteral("<br>")));
    update();
}

void ScoreTile::clear()
{
    m_has = false;
    setToolTip({});
    update();
}

ScoreTile::Metrics ScoreTile::metrics() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    QFont tiny = font();
    tiny.setPointSizeF(tiny.pointSizeF() * 0.82);
    const QFontMetricsF smallMetrics(small), bigMetrics(big), tinyMetrics(tiny);
    Metrics m;
    m.x0 = 14
           + std::max({smallMetrics.horizontalAdvance(tr("Health score")),
                       smallMetrics.horizontalAdvance(tr("out of 100")),
                       bigMetrics.horizontalAdvance(QStringLiteral("100"))})
           + 12;
    m.x0 = std::max(m.x0, 104.0);
    double name = tinyMetrics.horizontalAdvance(tr("Forecast accuracy"));
    if (m_has)
        for (const auto &part : m_group.parts)
            name = std::max(name, tinyMetrics.horizontalAdvance(part.name));
    m.nameW = name + 6;
    m.textW = std::max({tinyMetrics.horizontalAdvance(tr("100.0% / 100%")),
                        tinyMetrics.horizontalAdvance(
                            tr("%1× / %2×").arg(F::number(99.9, 1), F::number(99, 0))),
                        tinyMetrics.horizontalAdvance(tr("not measured"))})
              + 4;
    return m;
}

QSize ScoreTile::sizeHint() const
{
    const Metrics m = metrics();
    return {int(std::ceil(m.x0 + m.nameW + 80 + m.textW + 12)), 112};
}

QSize ScoreTile::minimumSizeHint() const
{
    const Metrics m = metrics();
    return {int(std::ceil(m.x0 + m.nameW + 24 + m.textW + 12)), 104};
}

void ScoreTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Ink ink = inkFor(palette());
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(ink.grid);
    p.setBrush(ink.paper);
    p.drawRoundedRect(frame, 3, 3);
    const QColor color = m_has ? F::scoreColor(m_group.score) : ink.grid;
    p.fillRect(QRectF(frame.left(), frame.top(), 4, frame.height()), color);

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p.setFont(small);
    p.setPen(ink.label);
    const double left = 14;
    const Metrics m = metrics();
    p.drawText(QRectF(left, 6, m.x0 - left, 18), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Health score"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    p.setFont(big);
    p.setPen(m_has ? (ink.dark ? color : color.darker(115)) : ink.muted);
    const QString score = m_has ? F::number(m_group.score, 0) : F::dash();
    const QRectF scoreRect(left, 24, m.x0 - left, 44);
    p.drawText(scoreRect, Qt::AlignLeft | Qt::AlignVCenter, score);
    p.setFont(small);
    p.setPen(ink.muted);
    p.drawText(QRectF(left, 66, m.x0 - left, 18), Qt::AlignLeft | Qt::AlignVCenter,
               tr("out of 100"));
    if (!m_has)
        return;

    // The parts: name, points as a bar, actual against target.
    QFont tiny = font();
    tiny.setPointSizeF(tiny.pointSizeF() * 0.82);
    const double x0 = m.x0, nameW = m.nameW, textW = m.textW;
    const double barW = std::max(24.0, width() - x0 - nameW - textW - 12);
    const double rowH = (height() - 12) / 5.0;
    p.setFont(tiny);
    for (int i = 0; i < 5; ++i) {
        const auto &part = m_group.parts[std::size_t(i)];
        const double y = 6 + i * rowH;
        p.setPen(part.used ? ink.ink : ink.muted);
        p.drawText(QRectF(x0, y, nameW, rowH), Qt::AlignLeft | Qt::AlignVCenter, part.name);
        const QRectF bar(x0 + nameW, y + rowH * 0.28, barW, rowH * 0.44);
        p.setPen(Qt::NoPen);
        p.setBrush(ink.track);
        p.drawRect(bar);
        if (part.used) {
            p.setBrush(F::scoreColor(part.points));
            p.drawRect(
                QRectF(bar.topLeft(), QSizeF(bar.width() * part.points / 100.0, bar.height())));
        }
        QString actual;
        if (!part.used)
            actual = tr("not measured");
        else if (i == 3)
            actual = tr("%1× / %2×").arg(F::number(part.actual, 1), F::number(part.target, 0));
        else
            actual = tr("%1 / %2").arg(F::percent(part.actual), F::percent(part.target, 0));
        p.setPen(ink.muted);
        p.drawText(QRectF(bar.right() + 6, y, width() - bar.right() - 10, rowH),
                   Qt::AlignLeft | Qt::AlignVCenter, actual);
    }
}

// --- SegmentHeatMap

SegmentHeatMap::SegmentHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("segmentHeatMap"));
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
}

void SegmentHeatMap::setMatrix(const Inventory::SegmentMatrix &matrix)
{
    m_matrix = matrix;
    m_total = 0;
    m_totalRows = 0;
    for (int a = 0; a < 3; ++a)
        for (int x = 0; x < 3; ++x) {
            m_total += matrix.value[std::size_t(a)][std::size_t(x)];
            m_totalRows += matrix.rows[std::size_t(a)][std::size_t(x)];
        }
    updateGeometry(); // the cells' texts set the width
    update();
}

void SegmentHeatMap::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    updateGeometry();
    update();
}

void SegmentHeatMap::setSelected(const QString &segment)
{
    m_selected = segment;
    update();
}

QSize SegmentHeatMap::minimumSizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics boldMetrics(bold), smallMetrics(small);
    int cell = 0;
    for (int a = 0; a < 3; ++a)
        for (int x = 0; x < 3; ++x) {
            const double value = m_matrix.value[std::size_t(a)][std::size_t(x)];
            const double share = m_total > 0 ? value / m_total : 0;
            cell = std::max(cell, smallMetrics.horizontalAdvance(tr("%1 · %2").arg(
                                      F::compactMoney(value, m_currency), F::percent(share, 0))));
        }
    // The grid starts 54 pixels in (class letters and shares) and leaves 6 on the right.
    const int width
        = std::max(boldMetrics.horizontalAdvance(tr("ABC × XYZ — rows and annual demand value")),
                   54 + 3 * (cell + 10) + 6);
    return {width, 200};
}

QSize SegmentHeatMap::sizeHint() const
{
    return {std::max(360, minimumSizeHint().width()), 260};
}

QRectF SegmentHeatMap::gridRect() const
{
    return QRectF(54, 40, std::max(60, width() - 60), std::max(60, height() - 46));
}

QRectF SegmentHeatMap::cellRect(int abc, int xyz) const
{
    const QRectF g = gridRect();
    const double w = g.width() / 3, h = g.height() / 3;
    return QRectF(g.left() + xyz * w, g.top() + abc * h, w, h);
}

void SegmentHeatMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Ink ink = inkFor(palette());
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);

    p.setFont(bold);
    p.setPen(ink.ink);
    p.drawText(QRectF(0, 0, width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
               tr("ABC × XYZ — rows and annual demand value"));
    const char *const xyzWhy[]
        = {QT_TR_NOOP("CV ≤ 0.5"), QT_TR_NOOP("CV ≤ 1"), QT_TR_NOOP("CV > 1")};
    double classShare[3] = {0, 0, 0};
    double maxShare = 0;
    for (int a = 0; a < 3; ++a)
        for (int x = 0; x < 3; ++x) {
            const double share
                = m_total > 0 ? m_matrix.value[std::size_t(a)][std::size_t(x)] / m_total : 0;
            classShare[a] += share;
            maxShare = std::max(maxShare, share);
        }
    for (int x = 0; x < 3; ++x) {
        const QRectF c = cellRect(0, x);
        p.setFont(bold);
        p.setPen(ink.ink);
        p.drawText(QRectF(c.left(), 20, c.width(), 10), Qt::AlignCenter,
                   QString(QLatin1Char("XYZ"[x])));
        p.setFont(small);
        p.setPen(ink.muted);
        p.drawText(QRectF(c.left(), 29, c.width(), 11), Qt::AlignCenter, tr(xyzWhy[x]));
    }
    for (int a = 0; a < 3; ++a) {
        const QRectF c = cellRect(a, 0);
        const bool rowSelected = m_selected == QString(QLatin1Char("ABC"[a]));
        p.setFont(bold);
        p.setPen(rowSelected ? ink.selectedRow : ink.ink);
        p.drawText(QRectF(0, c.top(), 50, c.height() / 2), Qt::AlignRight | Qt::AlignBottom,
                   QString(QLatin1Char("ABC"[a])) + QLatin1Char(' '));
        p.setFont(small);
        p.setPen(ink.muted);
        p.drawText(QRectF(0, c.center().y(), 50, c.height() / 2), Qt::AlignRight | Qt::AlignTop,
                   F::percent(classShare[a], 0) + QLatin1Char(' '));
    }
    const QColor low = ink.empty, high(0x1f, 0x4e, 0x79);
    for (int a = 0; a < 3; ++a) {
        for (int x = 0; x < 3; ++x) {
            const QRectF c = cellRect(a, x).adjusted(1.5, 1.5, -1.5, -1.5);
            const double value = m_matrix.value[std::size_t(a)][std::size_t(x)];
            const int rows = m_matrix.rows[std::size_t(a)][std::size_t(x)];
            const double share = m_total > 0 ? value / m_total : 0;
            // Colour by the cell's share of the value, relative to the largest cell, so the few
            // cells that carry the value stand out.
            const QColor fill = mix(low, high, maxShare > 0 ? std::sqrt(share / maxShare) : 0);
            const QString segment = QString(QLatin1Char("ABC"[a])) + QLatin1Char("XYZ"[x]);
            const bool selected
                = m_selected == segment || m_selected == QString(QLatin1Char("ABC"[a]));
            p.setPen(selected ? QPen(QColor(0xf2, 0xa0, 0x1c), 3) : QPen(ink.grid, 1));
            p.setBrush(fill);
            p.drawRoundedRect(c, 3, 3);
            const QColor text = F::textOn(fill);
            p.setPen(text);
            p.setFont(small);
            p.drawText(c.adjusted(5, 3, -4, -2), Qt::AlignLeft | Qt::AlignTop, segment);
            p.setFont(bold);
            p.drawText(QRectF(c.left(), c.top(), c.width(), c.height() * 0.62), Qt::AlignCenter,
                       QLocale().toString(rows));
            p.setFont(small);
            p.drawText(QRectF(c.left(), c.top() + c.height() * 0.5, c.width(), c.height() * 0.42),
                       Qt::AlignCenter,
                       tr("%1 · %2").arg(F::compactMoney(value, m_currency), F::percent(share, 0)));
        }
    }
}

void SegmentHeatMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF pos = event->position();
    for (int a = 0; a < 3; ++a) {
        const QRectF row = cellRect(a, 0);
        if (pos.x() < row.left() && pos.y() >= row.top() && pos.y() < row.bottom()) {
            emit segmentClicked(QString(QLatin1Char("ABC"[a])));
            return;
        }
        for (int x = 0; x < 3; ++x)
            if (cellRect(a, x).contains(pos)) {
                emit segmentClicked(QString(QLatin1Char("ABC"[a])) + QLatin1Char("XYZ"[x]));
                return;
            }
    }
}

void SegmentHeatMap::mouseMoveEvent(QMouseEvent *event)
{
    for (int a = 0; a < 3; ++a)
        for (int x = 0; x < 3; ++x)
            if (cellRect(a, x).contains(event->position())) {
                const double value = m_matrix.value[std::size_t(a)][std::size_t(x)];
                QToolTip::showText(
                    event->globalPosition().toPoint(),
                    tr("Segment %1: %2 SKU × locations (%3 of rows), annual demand value %4 "
                       "(%5 of the network). Click to list them.")
                        .arg(QString(QLatin1Char("ABC"[a])) + QLatin1Char("XYZ"[x]),
                             QLocale().toString(m_matrix.rows[std::size_t(a)][std::size_t(x)]),
                             F::percent(m_totalRows > 0
                                            ? double(m_matrix.rows[std::size_t(a)][std::size_t(x)])
                                                  / m_totalRows
                                            : 0.0,
                                        0),
                             F::money(value, m_currency),
                             F::percent(m_total > 0 ? value / m_total : 0.0)),
                    this);
                return;
            }
    QToolTip::hideText();
}

} // namespace Stockshift::Ui
