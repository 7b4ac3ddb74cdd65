#include "health/HealthDashboard.h"

#include "common/Money.h"
#include "health/HealthFormat.h"
#include "health/HealthWidgets.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Stockshift::Ui {

namespace F = HealthFormat;
using Health::StockStatus;

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

// 1, 2 or 5 × a power of ten, at least `raw`.
double niceStep(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10 * magnitude;
}

QChart *makeChart()
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(legend.pointSizeF() * 0.85);
    chart->legend()->setFont(legend);
    return chart;
}

// The tiles side by side with the score tile on their right when they fit in one row, otherwise
// in two rows with the score tile spanning both: the tiles never shrink below what their value
// and the longest word of their title need (German titles and figures are longer), and the
// dashboard still fits a 1280-pixel screen.
class TileLayout : public QLayout
{
public:
    explicit TileLayout(int spacing)
    {
        setContentsMargins(0, 0, 0, 0);
        setSpacing(spacing);
    }
    ~TileLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }

    QSize minimumSize() const override
    {
        // Two rows: half the tiles side by side, and the score tile.
        const int columns = (tileCount() + 1) / 2;
        const int width = columns * widestTileMinimum() + columns * spacing()
                          + scoreItem()->minimumSize().width();
        return {width, heightForWidth(width)};
    }
    QSize sizeHint() const override
    {
        int width = scoreItem() ? scoreItem()->sizeHint().width() : 0;
        for (int i = 0; i < tileCount(); ++i)
            width += std::max(m_items[i]->sizeHint().width(), widestTileMinimum()) + spacing();
        return {width, heightForWidth(width)};
    }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }

private:
    int tileCount() const { return std::max(0, int(m_items.size()) - 1); }
    QLayoutItem *scoreItem() const { return m_items.isEmpty() ? nullptr : m_items.last(); }
    int widestTileMinimum() const
    {
        int width = 0;
        for (int i = 0; i < tileCount(); ++i)
            width = std::max(width, m_items[i]->minimumSize().width());
        return width;
    }
    int tileHeight(int index, int width) const
    {
        QLayoutItem *item = m_items[index];
        return std::max(item->minimumSize().height(), item->hasHeightForWidth()
                                                          ? item->heightForWidth(width)
                                                          : item->sizeHint().height());
    }

    // Lays the items out in `rect` (when `apply`); returns the height they take.
    int arrange(const QRect &rect, bool apply) const
    {
        QLayoutItem *score = scoreItem();
        const int tiles = tileCount();
        if (!score || tiles == 0)
            return 0;
        const int gap = spacing();
        const int scoreWidth
            = std::clamp(rect.width() / 4, score->minimumSize().width(), score->sizeHint().width());
        const int area = rect.width() - scoreWidth - gap;
        const int minimum = widestTileMinimum();
        const bool oneRow = area - (tiles - 1) * gap >= tiles * minimum;
        const int columns = oneRow ? tiles : (tiles + 1) / 2;
        const int tileWidth = std::max(minimum, (area - (columns - 1) * gap) / columns);
        int rowHeights[2] = {0, 0};
        for (int i = 0; i < tiles; ++i)
            rowHeights[i / columns] = std::max(rowHeights[i / columns], tileHeight(i, tileWidth));
        const int rows = oneRow ? 1 : 2;
        const int height = std::max(rowHeights[0] + (rows == 2 ? gap + rowHeights[1] : 0),
                                    score->minimumSize().height());
        if (apply) {
            for (int i = 0; i < tiles; ++i) {
                const int row = i / columns, column = i % columns;
                const int top = rect.top() + (row == 0 ? 0 : rowHeights[0] + gap);
                const int rowHeight = rows == 1 ? rect.height() : rowHeights[row];
                m_items[i]->setGeometry(
                    QRect(rect.left() + column * (tileWidth + gap), top, tileWidth, rowHeight));
            }
            score->setGeometry(QRect(rect.right() + 1 - scoreWidth, rect.top(), scoreWidth,
                                     std::max(rect.height(), height)));
        }
        return height;
    }

    QList<QLayoutItem *> m_items;
};

} // namespace

HealthDashboard::HealthDashboard(LocationHealthModel *locations, HealthAlertModel *alerts,
                                 QWidget *parent)
    : QWidget(parent)
    , m_locations(locations)
    , m_alerts(alerts)
{
    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(40);
    m_stack->addWidget(m_message);
    auto *page = new QWidget(m_stack);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // --- tiles
    struct TileSpec
    {
        const char *name, *title;
        QColor accent;
        QSet<int> statuses;
    };
    const QColor neutral(0x5b, 0x65, 0x70);
    const TileSpec specs[] = {
        {"tileInStock", QT_TR_NOOP("In stock"), F::statusColor(StockStatus::Healthy), {}},
        {"tileBelowRop",
         QT_TR_NOOP("Below reorder point"),
         F::statusColor(StockStatus::BelowReorderPoint),
         {int(StockStatus::BelowReorderPoint), int(StockStatus::Critical)}},
        {"tileOut",
         QT_TR_NOOP("Out of stock"),
         F::statusColor(StockStatus::OutOfStock),
         {int(StockStatus::OutOfStock)}},
        {"tileOverstock",
         QT_TR_NOOP("Overstock"),
         F::statusColor(StockStatus::Overstock),
         {int(StockStatus::Overstock)}},
        {"tileExpiring",
         QT_TR_NOOP("Expiring"),
         F::statusColor(StockStatus::Expiring),
         {int(StockStatus::Expiring)}},
        {"tileValue", QT_TR_NOOP("Stock value"), neutral, {}},
        {"tileTurnover", QT_TR_NOOP("Turnover"), neutral, {}},
        {"tileDoi", QT_TR_NOOP("Days of inventory"), neutral, {}},
    };
    auto *tiles = new TileLayout(6);
    for (const TileSpec &spec : specs) {
        auto *tile = new HealthTile(tr(spec.title), spec.accent, page);
        tile->setObjectName(QString::fromLatin1(spec.name));
        tiles->addWidget(tile);
        m_tiles.append(tile);
        if (!spec.statuses.isEmpty()) {
            tile->setCursor(Qt::PointingHandCursor);
            const QSet<int> statuses = spec.statuses;
            connect(tile, &HealthTile::clicked, this,
                    [this, statuses] { emit statusesClicked(statuses); });
        }
    }
    m_score = new ScoreTile(page); // last: TileLayout puts it on the right
    tiles->addWidget(m_score);

    // --- charts and heat map
    m_donut = makeChart();
    m_donut->setTitle(tr("Status"));
    m_donut->legend()->setAlignment(Qt::AlignRight);
    m_donutView = new QChartView(m_donut, page);
    m_donutView->setObjectName(QStringLiteral("statusDonut"));
    m_donutView->setRenderHint(QPainter::Antialiasing);
    m_donutView->setMinimumSize(300, 200);
    m_heatMap = new SegmentHeatMap(page);
    m_pareto = makeChart();
    m_pareto->setTitle(tr("Pareto: annual demand value by rank"));
    m_pareto->legend()->setAlignment(Qt::AlignBottom);
    m_paretoView = new QChartView(m_pareto, page);
    m_paretoView->setObjectName(QStringLiteral("paretoChart"));
    m_paretoView->setRenderHint(QPainter::Antialiasing);
    m_paretoView->setMinimumSize(300, 200);
    auto *middle = new QSplitter(Qt::Horizontal, page);
    middle->addWidget(m_donutView);
    auto *heatBox = new QWidget(middle);
    auto *heatLayout = new QVBoxLayout(heatBox);
    heatLayout->setContentsMargins(8, 8, 8, 4);
    heatLayout->addWidget(m_heatMap);
    middle->addWidget(heatBox);
    middle->addWidget(m_paretoView);
    middle->setSizes({370, 370, 480});
    middle->setChildrenCollapsible(false);

    // --- alerts and locations
    m_alertTable = makeHealthTable(page, QStringLiteral("healthAlerts"));
    m_alertTable->setModel(m_alerts);
    m_alertTable->setToolTip(tr("Double-click an alert to open its SKU × location."));
    m_alertTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_alertTable->horizontalHeader()->setStretchLastSection(true);
    // The message and action columns are wider than the pane: their titles at their start stay
    // in view.
    m_alertTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_alertTitle = sectionTitle(tr("Open alerts"), page);
    auto *alertBox = new QWidget(page);
    auto *alertLayout = new QVBoxLayout(alertBox);
    alertLayout->setContentsMargins(0, 4, 0, 0);
    alertLayout->addWidget(m_alertTitle);
    alertLayout->addWidget(m_alertTable, 1);
    connect(m_alertTable, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    emit alertActivated(index.row());
            });

    auto *locationProxy = new QSortFilterProxyModel(this);
    locationProxy->setSourceModel(m_locations);
    locationProxy->setSortRole(kHealthSortRole);
    m_locationTable = makeHealthTable(page, QStringLiteral("locationHealth"));
    m_locationTable->setModel(locationProxy);
    m_locationTable->setSortingEnabled(true);
    m_locationTable->sortByColumn(-1, Qt::AscendingOrder);
    m_locationTable->setToolTip(tr("Click a location to list its SKUs."));
    m_locationTable->horizontalHeader()->setMinimumSectionSize(40);
    auto *locationBox = new QWidget(page);
    auto *locationLayout = new QVBoxLayout(locationBox);
    locationLayout->setContentsMargins(0, 4, 0, 0);
    locationLayout->addWidget(sectionTitle(tr("Locations"), page));
    locationLayout->addWidget(m_locationTable, 1);
    connect(m_locationTable, &QAbstractItemView::clicked, this,
            [this, locationProxy](const QModelIndex &index) {
                if (!index.isValid())
                    return;
                const QModelIndex source = locationProxy->mapToSource(index);
                emit locationClicked(m_locations->group(source.row()).key);
            });
    // The name is in the code's tooltip: the columns of numbers need the width.
    m_locationTable->setColumnHidden(LocationHealthModel::Name, true);
    connect(m_locations, &QAbstractItemModel::modelReset, m_locationTable,
            [this] { fitColumns(m_locationTable); });
    // The kind is in the message (and its tooltip): the message needs the width.
    m_alertTable->setColumnHidden(HealthAlertModel::Kind, true);
    connect(m_alerts, &QAbstractItemModel::modelReset, m_alertTable, [this] {
        m_alertTable->setColumnWidth(HealthAlertModel::Severity, 78);
        m_alertTable->setColumnWidth(HealthAlertModel::Scope, 150);
        m_alertTable->setColumnWidth(HealthAlertModel::Message, 330);
        m_alertTable->setColumnWidth(HealthAlertModel::Action, 300);
        m_alertTitle->setText(
            tr("Open alerts: %1 critical, %2 warnings, %3 info")
                .arg(QLocale().toString(m_alerts->count(QStringLiteral("critical"))),
                     QLocale().toString(m_alerts->count(QStringLiteral("warning"))),
                     QLocale().toString(m_alerts->count(QStringLiteral("info")))));
    });

    auto *bottom = new QSplitter(Qt::Horizontal, page);
    bottom->addWidget(alertBox);
    bottom->addWidget(locationBox);
    bottom->setSizes({480, 740});
    bottom->setChildrenCollapsible(false);

    auto *vertical = new QSplitter(Qt::Vertical, page);
    vertical->addWidget(middle);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    layout->addLayout(tiles);
    layout->addWidget(vertical, 1);

    connect(m_heatMap, &SegmentHeatMap::segmentClicked, this, &HealthDashboard::segmentClicked);
    setMessage(tr("Analysing stock health…"));
}

void HealthDashboard::setMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentIndex(0);
}

HealthTile *HealthDashboard::tile(const QString &name) const
{
    for (HealthTile *t : m_tiles)
        if (t->objectName() == name)
            return t;
    return nullptr;
}

QList<QWidget *> HealthDashboard::paintedParts() const
{
    return {m_score,
            m_heatMap,
            m_donutView->viewport(),
            m_paretoView->viewport(),
            m_alertTable->viewport(),
            m_locationTable->viewport()};
}

void HealthDashboard::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    m_heatMap->setCurrency(currency);
    if (m_locations->rowCount() > 0)
        fitColumns(m_locationTable); // the value column's title names the currency
    if (m_analysis && m_stack->currentIndex() == 1)
        setAnalysis(m_analysis);
}

void HealthDashboard::setAnalysis(const HealthAnalysisPtr &analysis)
{
    if (!analysis)
        return;
    m_analysis = analysis;
    const auto money = [this](double v) {
        return F::compactMoney(v, m_currency);
    };
    const Health::HealthAnalysis &a = *analysis;
    const Health::HealthGroup &n = a.report.network;
    if (a.snapshot.rows.empty()) {
        setMessage(tr("<h3>Nothing to assess yet</h3><p>Stock health needs stock, sales or open "
                      "orders. Import stock.csv, sales.csv and open-orders.csv (File → Import "
                      "folder…), then run a forecast for demand that looks ahead.</p>"));
        return;
    }
    const QLocale locale;
    const auto count = [&](StockStatus s) {
        return n.statusCounts[std::size_t(s)];
    };
    int inStock = 0, costUnknown = 0;
    double expiringUnsold = 0;
    for (const Health::HealthRow &h : a.report.rows) {
        inStock += h.available > 0 ? 1 : 0;
        costUnknown += h.costKnown ? 0 : 1;
        expiringUnsold += h.expiringUnsold;
    }
    const int active = n.rows - count(StockStatus::Inactive);
    tile(QStringLiteral("tileInStock"))
        ->setValue(locale.toString(inStock),
                   tr("of %1 active SKU × locations (%2)")
                       .arg(locale.toString(active),
                            F::percent(active > 0 ? double(inStock) / active : 0.0, 0)));
    tile(QStringLiteral("tileBelowRop"))
        ->setValue(
            locale.toString(count(StockStatus::BelowReorderPoint) + count(StockStatus::Critical)),
            tr("incl. %1 critical").arg(locale.toString(count(StockStatus::Critical))));
    tile(QStringLiteral("tileOut"))
        ->setValue(locale.toString(count(StockStatus::OutOfStock)),
                   tr("%1 of the rows with demand").arg(F::percent(n.stockoutRate)));
    tile(QStringLiteral("tileOverstock"))
        ->setValue(locale.toString(count(StockStatus::Overstock)),
                   tr("%1 at cost, %2 of the stock value")
                       .arg(money(n.overstockValue), F::percent(n.overstockShare, 0)));
    tile(QStringLiteral("tileExpiring"))
        ->setValue(locale.toString(count(StockStatus::Expiring)),
                   tr("%1 units (%2) expire unsold in %3 d")
                       .arg(F::number(expiringUnsold), money(n.expiringValue),
                            QString::number(a.settings.expiryWarningDays)));
    tile(QStringLiteral("tileValue"))
        ->setValue(
            money(n.stockValue),
            costUnknown > 0
                ? tr("at cost; %1 rows without a unit cost").arg(locale.toString(costUnknown))
                : tr("on hand at cost"));
    tile(QStringLiteral("tileValue"))->setToolTip(F::money(n.stockValue, m_currency, 2));
    tile(QStringLiteral("tileTurnover"))
        ->setValue(tr("%1×").arg(F::number(n.turnover, 1)),
                   tr("COGS a year %1 / stock value").arg(money(n.cogsYear)));
    tile(QStringLiteral("tileDoi"))
        ->setValue(n.daysOfInventory >= Health::kMaxCoverDays ? tr("> 999")
                                                              : F::number(n.daysOfInventory),
                   tr("stock value / COGS a day"));
    tile(QStringLiteral("tileBelowRop"))
        ->setToolTip(
            tr("Inventory position at or below the reorder point: order now. Critical "
               "rows run out before an order placed today can arrive. Click to list them."));
    tile(QStringLiteral("tileTurnover"))
        ->setToolTip(
            tr("Cost of goods sold over the last year (%1) / stock value at cost (%2). "
               "The database keeps no stock history, so today's stock stands for the "
               "average.")
                .arg(F::money(n.cogsYear, m_currency), F::money(n.stockValue, m_currency)));
    tile(QStringLiteral("tileExpiring"))
        ->setToolTip(tr("Rows whose status is expiring: units in lots that expire before the "
                        "forecast can sell them (FEFO), within %1 days. The units count every "
                        "row's. Click to list them.")
                         .arg(a.settings.expiryWarningDays));
    tile(QStringLiteral("tileOut"))
        ->setToolTip(tr("Nothing available while demand goes on. Click to list them."));
    tile(QStringLiteral("tileOverstock"))
        ->setToolTip(tr("Cover above %1 days, or stock without a sale for %2 days. Click to "
                        "list them.")
                         .arg(F::number(a.settings.overstockCoverDays))
                         .arg(a.settings.deadStockDays));
    m_score->setGroup(n);
    m_heatMap->setMatrix(a.report.matrix);
    fillDonut(a);
    fillPareto(a);
    m_stack->setCurrentIndex(1);
}

void HealthDashboard::fillDonut(const Health::HealthAnalysis &a)
{
    m_donut->removeAllSeries();
    auto *series = new QPieSeries;
    series->setHoleSize(0.52);
    series->setPieSize(0.88);
    const Health::HealthGroup &n = a.report.network;
    const StockStatus order[]
        = {StockStatus::Healthy,    StockStatus::BelowReorderPoint, StockStatus::Critical,
           StockStatus::OutOfStock, StockStatus::Expiring,          StockStatus::Overstock,
           StockStatus::Inactive};
    // Slices parted in the chart's background colour (white, or the dark theme's Base).
    const QColor base = QApplication::palette().color(QPalette::Base);
    const QColor paper = base.lightness() >= 128 ? QColor(Qt::white) : base;
    for (StockStatus s : order) {
        const int c = n.statusCounts[std::size_t(s)];
        if (c == 0)
            continue;
        // The legend is narrow: the long label gets its short form.
        const QString label
            = s == StockStatus::BelowReorderPoint ? tr("Below ROP") : Health::statusLabel(s);
        auto *slice = series->append(tr("%1  %2").arg(label, QLocale().toString(c)), c);
        slice->setColor(F::statusColor(s));
        slice->setBorderColor(paper);
        slice->setBorderWidth(1);
        const int status = int(s);
        const double share = n.rows > 0 ? double(c) / n.rows : 0.0;
        connect(slice, &QPieSlice::hovered, this, [slice, share, s](bool on) {
            slice->setExploded(on);
            slice->setExplodeDistanceFactor(0.06);
            if (on)
                QToolTip::showText(QCursor::pos(),
                                   tr("%1: %2 of the SKU × locations. Click to list them.")
                                       .arg(Health::statusLabel(s), F::percent(share)));
        });
        connect(slice, &QPieSlice::clicked, this,
                [this, status] { emit statusesClicked({status}); });
    }
    m_donut->addSeries(series);
    m_donut->setTitle(tr("Status of %1 SKU × locations").arg(QLocale().toString(n.rows)));
    // Room for the whole legend beside the ring: Qt Charts gives a legend on the side at most
    // 40% of the chart's width and cuts its entries beyond that ("Ohne Bestan…" in German).
    const QFontMetrics legendMetrics(m_donut->legend()->font());
    int longest = 0;
    for (QPieSlice *slice : series->slices())
        longest = std::max(longest, legendMetrics.horizontalAdvance(slice->label()));
    const int legendWidth = longest + legendMetrics.height() + 4 * legendMetrics.averageCharWidth();
    m_donutView->setMinimumWidth(std::max(300, int(std::ceil(legendWidth / 0.4)) + 24));
}

void HealthDashboard::fillPareto(const Health::HealthAnalysis &a)
{
    m_pareto->removeAllSeries();
    for (QAbstractAxis *axis : m_pareto->axes())
        m_pareto->removeAxis(axis);
    std::vector<double> values;
    values.reserve(a.report.segments.size());
    int aRows = 0, bRows = 0;
    for (const Inventory::Segment &s : a.report.segments) {
        values.push_back(s.annualValue);
        aRows += s.abc == 'A' ? 1 : 0;
        bRows += s.abc == 'B' ? 1 : 0;
    }
    std::sort(values.begin(), values.end(), std::greater<>());
    const int n = int(values.size());
    double total = 0;
    for (double v : values)
        total += v;
    const double top = values.empty() ? 0.0 : values.front();
    // Money axis in thousands or millions so its labels stay short.
    const double unit = top >= 2e6 ? 1e6 : top >= 2e4 ? 1e3 : 1.0;
    const QString unitText = unit == 1e6 ? tr("M") : unit == 1e3 ? tr("k") : QString();

    auto *upper = new QLineSeries;
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative"));
    cumulative->setPen(QPen(QColor(0xd9, 0x82, 0x1e), 2));
    // At most ~600 points per curve: the curves are monotone, so sampling them loses nothing
    // visible and keeps the chart fast on a million rows.
    const int step = std::max(1, n / 600);
    double running = 0;
    upper->append(0, n > 0 ? values.front() / unit : 0.0);
    cumulative->append(0, 0);
    for (int i = 0; i < n; ++i) {
        running += values[std::size_t(i)];
        if ((i + 1) % step == 0 || i == n - 1 || i + 1 == aRows || i + 1 == aRows + bRows) {
            upper->append(i + 1, values[std::size_t(i)] / unit);
            cumulative->append(i + 1, total > 0 ? 100.0 * running / total : 0.0);
        }
    }
    auto *area = new QAreaSeries(upper);
    area->setName(tr("Value"));
    area->setColor(QColor(0x2e, 0x75, 0xb6, 150));
    area->setBorderColor(QColor(0x1f, 0x4e, 0x79));

    auto *xAxis = new QValueAxis;
    xAxis->setRange(0, std::max(1, n));
    xAxis->setLabelFormat(QStringLiteral("%d"));
    xAxis->setTitleText(tr("SKU × locations by rank"));
    // Ticks on round ranks (0, 1000, 2000 …) rather than fifths of the row count.
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(0);
    xAxis->setTickInterval(niceStep(std::max(1, n) / 5.0));
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, top > 0 ? top / unit * 1.05 : 1.0);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTickCount(5);
    valueAxis->applyNiceNumbers();
    // "value (€)", "value (k €)": the ticks are in the currency, thousands or millions of it.
    const QString symbol = Money::symbol(m_currency);
    const QString unitOfTicks = unitText.isEmpty() ? symbol
                                : symbol.isEmpty() ? unitText
                                                   : QStringLiteral("%1 %2").arg(unitText, symbol);
    valueAxis->setTitleText(unitOfTicks.isEmpty() ? tr("value")
                                                  : tr("value (%1)").arg(unitOfTicks));
    auto *shareAxis = new QValueAxis;
    shareAxis->setRange(0, 100);
    shareAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    shareAxis->setTickCount(5);
    QFont axisTitle = xAxis->titleFont();
    axisTitle.setPointSizeF(axisTitle.pointSizeF() * 0.8);
    axisTitle.setBold(false);
    xAxis->setTitleFont(axisTitle);
    valueAxis->setTitleFont(axisTitle);
    m_pareto->addAxis(xAxis, Qt::AlignBottom);
    m_pareto->addAxis(valueAxis, Qt::AlignLeft);
    m_pareto->addAxis(shareAxis, Qt::AlignRight);
    m_pareto->addSeries(area);
    area->attachAxis(xAxis);
    area->attachAxis(valueAxis);
    m_pareto->addSeries(cumulative);
    cumulative->attachAxis(xAxis);
    cumulative->attachAxis(shareAxis);

    const auto cut = [&](double x, const QString &name, const QColor &color) {
        auto *line = new QLineSeries;
        line->setName(name);
        QPen pen(color, 1.5);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->append(x, 0);
        line->append(x, 100);
        m_pareto->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(shareAxis);
    };
    const Inventory::SegmentationSettings &seg = a.settings.segmentation;
    cut(aRows, tr("A|B %1").arg(F::percent(seg.aShare, 0)), QColor(0xc6, 0x28, 0x28));
    cut(aRows + bRows, tr("B|C %1").arg(F::percent(seg.aShare + seg.bShare, 0)),
        QColor(0x7b, 0x3f, 0x9e));
    m_paretoView->setToolTip(
        tr("%1 A rows carry %2 of the annual demand value, %3 B rows the next %4, %5 C rows "
           "the rest.")
            .arg(QLocale().toString(aRows), F::percent(seg.aShare, 0), QLocale().toString(bRows),
                 F::percent(seg.bShare, 0), QLocale().toString(n - aRows - bRows)));
}

} // namespace Stockshift::Ui
