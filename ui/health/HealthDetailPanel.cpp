#include "health/HealthDetailPanel.h"

#include "health/HealthFormat.h"
#include "inventory/Projection.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <cmath>

namespace Stockshift::Ui {

namespace F = HealthFormat;
using Health::StockStatus;

namespace {

qint64 msecs(int day)
{
    // Noon UTC: the point stays on its date in every time zone the axis may use.
    return (qint64(day) * 86400 + 43200) * 1000;
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

// The engine's translation context, to recognise its lines whatever the language.
QString policyText(const char *text)
{
    return QCoreApplication::translate("Stockshift::Policy", text);
}

} // namespace

HealthDetailPanel::HealthDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("healthDetailHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_chart = new QChart;
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = m_chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    m_chart->legend()->setFont(legendFont);
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("projectionChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(380, 240);

    m_whyView = new QTextBrowser(this);
    m_whyView->setObjectName(QStringLiteral("whyPanel"));
    m_whyView->setOpenLinks(false);
    m_whyView->setMinimumWidth(300);
    m_simulate = new QPushButton(tr("Simulate this policy"), this);
    m_simulate->setObjectName(QStringLiteral("simulatePolicy"));
    m_simulate->setToolTip(tr("Simulates two years of this SKU × location day by day, 20 times, "
                              "with demand drawn from the forecast and random lead times, under "
                              "the recommended policy."));
    m_override = new QPushButton(tr("Override policy…"), this);
    m_override->setObjectName(QStringLiteral("overridePolicy"));
    m_override->setToolTip(tr("Give this SKU × location its own policy settings (with a reason)."));
    m_simulationText = new QLabel(this);
    m_simulationText->setObjectName(QStringLiteral("simulationResult"));
    m_simulationText->setWordWrap(true);
    m_simulationText->setTextFormat(Qt::RichText);
    // The results must not widen the panel at the chart's expense.
    m_simulationText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_simulate);
    buttons->addWidget(m_override);
    buttons->addStretch(1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *whyTitle = new QLabel(tr("<b>Why</b> — every figure with its formula and inputs"), right);
    whyTitle->setWordWrap(true);
    rightLayout->addWidget(whyTitle);
    rightLayout->addWidget(m_whyView, 1);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_simulationText);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_chartView);
    split->addWidget(right);
    split->setSizes({660, 460});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);

    connect(m_simulate, &QPushButton::clicked, this, &HealthDetailPanel::simulate);
    connect(m_override, &QPushButton::clicked, this, [this] {
        if (m_row >= 0)
            emit overrideRequested(m_row);
    });
    showRow(nullptr, -1);
}

void HealthDetailPanel::showRow(const HealthAnalysisPtr &analysis, int row)
{
    ++m_generation; // a simulation under way belongs to the row shown before
    m_analysis = analysis;
    m_row = analysis && row >= 0 && std::size_t(row) < analysis->snapshot.rows.size() ? row : -1;
    m_simulationText->clear();
    m_simulationShown = {};
    m_simulate->setEnabled(m_row >= 0 && !m_simulating);
    m_override->setEnabled(m_row >= 0);
    if (m_row >= 0) {
        const QString problem = m_analysis->report.recommendations[std::size_t(m_row)].problem;
        m_simulate->setEnabled(problem.isEmpty() && !m_simulating);
        m_simulate->setToolTip(problem.isEmpty()
                                   ? tr("Simulates two years of this SKU × location day by day, "
                                        "20 times, with demand drawn from the forecast and "
                                        "random lead times, under the recommended policy.")
                                   : tr("Cannot simulate: %1").arg(problem));
    }
    describe();
    redraw();
}

void HealthDetailPanel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    describe();
    showSimulation();
}

void HealthDetailPanel::describe()
{
    m_why.clear();
    if (m_row < 0) {
        m_header->setText(tr("<i>Select a SKU × location to see its projected stock and why "
                             "each figure is what it is.</i>"));
        m_whyView->clear();
        return;
    }
    const Health::HealthAnalysis &a = *m_analysis;
    const std::size_t i = std::size_t(m_row);
    const Inventory::InventoryRow &r = a.snapshot.rows[i];
    const Health::HealthRow &h = a.report.rows[i];
    const Policy::Recommendation &rec = a.report.recommendations[i];
    const Inventory::SkuInfo &sku = a.snapshot.sku(r);
    const Inventory::LocationInfo &location = a.snapshot.location(r);

    QString why;
    switch (h.status) {
    case StockStatus::OutOfStock:
        why = tr("nothing available while demand goes on");
        break;
    case StockStatus::Critical:
        why = tr("the projection runs out on %1, before an order placed today can arrive "
                 "(lead time %2 d)")
                  .arg(F::day(h.stockoutDay),
                       F::number(std::isfinite(rec.leadTimeDays) ? rec.leadTimeDays : 7.0, 1));
        break;
    case StockStatus::BelowReorderPoint:
        why = tr("position %1 ≤ reorder point %2")
                  .arg(F::number(rec.inventoryPosition), F::number(rec.reorderPoint));
        break;
    case StockStatus::Expiring:
        why = tr("%1 units expire unsold within %2 days")
                  .arg(F::number(h.expiringUnsold))
                  .arg(a.settings.expiryWarningDays);
        break;
    case StockStatus::Overstock:
        why = h.deadStock ? (h.daysSinceSale < 0
                                 ? tr("stock without a sale in the last year")
                                 : tr("stock without a sale for %1 days").arg(h.daysSinceSale))
                          : tr("%1 days of cover, above %2")
                                .arg(F::cover(h.daysOfCover, h.dailyDemand),
                                     F::number(a.settings.overstockCoverDays));
        break;
    case StockStatus::Healthy:
        why = tr("position above the reorder point, %1 days of cover")
                  .arg(F::cover(h.daysOfCover, h.dailyDemand));
        break;
    case StockStatus::Inactive:
        why = tr("no stock, no demand, nothing on order");
        break;
    }
    const QString source = r.demandSource == Inventory::DemandSource::Forecast
                               ? tr("forecast run %1").arg(a.snapshot.forecastRunId)
                           : r.demandSource == Inventory::DemandSource::History
                               ? tr("the last 91 days of sales (no forecast)")
                           : r.demandSource == Inventory::DemandSource::Downstream
                               ? tr("the %1 locations it feeds").arg(r.downstreamRows)
                               : tr("no demand");
    const QColor color = F::statusColor(h.status);
    m_header->setText(
        tr("<b>%1</b> %2 at <b>%3</b> %4 — <span style='color:%5'><b>%6</b></span>: %7<br>"
           "Segment <b>%8</b> · available %9 · on order %10 · in transit %11 · demand %12/day "
           "from %13 · cover %14 d · stockout %15 · expiring %16 · value %17 · in stock %18 of "
           "the days")
            .arg(html(sku.code), html(sku.name), html(location.code), html(location.name),
                 color.name(), Health::statusLabel(h.status), html(why),
                 F::segment(rec.abc, rec.xyz), F::number(h.available))
            .arg(F::number(h.onOrder), F::number(h.inTransit), F::number(h.dailyDemand, 2),
                 html(source), F::cover(h.daysOfCover, h.dailyDemand), F::day(h.stockoutDay),
                 F::number(h.expiringUnits),
                 h.costKnown ? F::money(h.stockValue, m_currency) : tr("— (no unit cost)"),
                 F::percent(h.inStockRate)));

    m_why = Policy::explain(a.snapshot, r, rec);
    QString text = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3'>");
    const QString eoq = policyText("EOQ");
    const QString cannot = policyText("Cannot compute");
    for (const Policy::WhyLine &line : std::as_const(m_why)) {
        QString value;
        if (line.figure == cannot)
            value = QString();
        else if (line.figure == eoq && !std::isfinite(rec.eoq))
            value = F::dash();
        else
            value = F::number(line.value, line.figure == policyText("Demand per day") ? 2 : 1);
        const bool problem = line.figure == cannot;
        text += QStringLiteral("<tr><td><b%1>%2</b></td><td align='right'><b>%3</b></td></tr>")
                    .arg(problem ? QStringLiteral(" style='color:#b00020'") : QString(),
                         html(line.figure), value);
        text
            += QStringLiteral("<tr><td colspan='2' style='padding-left:10px'>"
                              "<span style='font-family:monospace%1'>%2</span>")
                   .arg(problem ? QStringLiteral(";color:#b00020") : QString(), html(line.formula));
        if (!line.inputs.isEmpty())
            text += QStringLiteral("<br><span style='color:#5b6570'>%1</span>")
                        .arg(html(line.inputs));
        text += QStringLiteral("</td></tr>");
    }
    text += QStringLiteral("</table>");
    m_whyView->setHtml(text);
}

void HealthDetailPanel::redraw()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    if (m_row < 0) {
        m_chart->setTitle(QString());
        return;
    }
    const Health::HealthAnalysis &a = *m_analysis;
    const Inventory::InventorySnapshot &snap = a.snapshot;
    const std::size_t i = std::size_t(m_row);
    const Inventory::InventoryRow &r = snap.rows[i];
    const Health::HealthRow &h = a.report.rows[i];
    const Policy::Recommendation &rec = a.report.recommendations[i];
    const int days = std::max(1, snap.horizonDays);
    const Inventory::ProjectionResult with = Inventory::projectStock(snap, r, days, true, true);
    const Inventory::ProjectionResult without = Inventory::projectStock(snap, r, days, false, true);
    const int start = snap.asOfDay;

    const auto line
        = [](const QString &name, const QColor &color, qreal width, Qt::PenStyle style) {
              auto *s = new QLineSeries;
              s->setName(name);
              QPen pen(color, width);
              pen.setStyle(style);
              s->setPen(pen);
              return s;
          };
    // Day t's end-of-day level is drawn at the start of day t + 1; the first point is what is
    // available now.
    const auto levels = [&](QLineSeries *s, const std::vector<double> &v) {
        s->append(double(msecs(start)), h.available);
        for (std::size_t t = 0; t < v.size(); ++t)
            s->append(double(msecs(start + int(t) + 1)), v[t]);
    };
    double top = h.available;
    for (double v : with.levels)
        top = std::max(top, v);
    for (double v : without.levels)
        top = std::max(top, v);

    auto *stockOnly = line(tr("Without open orders"), QColor(0x8a, 0x93, 0x9c), 1.4, Qt::DashLine);
    levels(stockOnly, without.levels);
    auto *projected = line(tr("Projected stock"), QColor(0x1f, 0x4e, 0x79), 2.2, Qt::SolidLine);
    levels(projected, with.levels);
    m_chart->addSeries(stockOnly);
    m_chart->addSeries(projected);

    const auto horizontal
        = [&](const QString &name, double y, const QColor &color, Qt::PenStyle style) {
              if (!std::isfinite(y))
                  return;
              auto *s = line(name, color, 1.6, style);
              s->append(double(msecs(start)), y);
              s->append(double(msecs(start + days)), y);
              m_chart->addSeries(s);
              top = std::max(top, y);
          };
    // With periodic review s and S are often the same level: one line then, named for both.
    const bool sameLevel
        = std::isfinite(rec.orderUpTo) && std::isfinite(rec.reorderPoint)
          && std::abs(rec.orderUpTo - rec.reorderPoint) <= 0.005 * std::max(1.0, rec.reorderPoint);
    horizontal(sameLevel ? tr("Reorder point = order-up-to") : tr("Reorder point"),
               rec.reorderPoint, QColor(0xe5, 0x39, 0x35), Qt::DashLine);
    horizontal(tr("Safety stock"), rec.safetyStock, QColor(0xf2, 0xa0, 0x1c), Qt::DotLine);
    if (!sameLevel)
        horizontal(tr("Order-up-to"), rec.orderUpTo, QColor(0x3a, 0x9d, 0x4a), Qt::DashDotLine);

    const auto scatter
        = [](const QString &name, const QColor &color, QScatterSeries::MarkerShape shape) {
              auto *s = new QScatterSeries;
              s->setName(name);
              s->setColor(color);
              s->setBorderColor(color.darker(140));
              s->setMarkerShape(shape);
              s->setMarkerSize(11);
              return s;
          };
    const QLocale locale;
    auto *inbound = scatter(tr("Order arrives"), QColor(0x2e, 0x9d, 0x4a),
                            QScatterSeries::MarkerShapeTriangle);
    auto inboundTips = std::make_shared<QHash<qint64, QString>>();
    for (int k = 0; k < r.inboundCount; ++k) {
        const Inventory::Inbound &in = snap.inbound[std::size_t(r.inboundBegin + k)];
        const int t = std::clamp(in.dueDay - start, 0, days - 1);
        const qint64 x = msecs(start + t + 1);
        inbound->append(double(x), with.levels[std::size_t(t)]);
        QString &tip = (*inboundTips)[x];
        if (!tip.isEmpty())
            tip += QLatin1Char('\n');
        tip += tr("%1: %2 units (%3)%4")
                   .arg(F::day(in.dueDay), F::number(in.quantity),
                        in.transfer ? tr("transfer") : tr("purchase order"),
                        in.dueDay < start ? tr(", overdue: counted today") : QString());
    }
    auto *writeOff = scatter(tr("Expires unsold"), QColor(0x8e, 0x44, 0xad),
                             QScatterSeries::MarkerShapeRectangle);
    auto writeOffTips = std::make_shared<QHash<qint64, QString>>();
    for (std::size_t t = 0; t < with.writeOffs.size(); ++t) {
        if (!(with.writeOffs[t] > 0))
            continue;
        // At the top of the drop: the stock the day starts with, before the lots expire.
        const qint64 x = msecs(start + int(t));
        writeOff->append(double(x), t > 0 ? with.levels[t - 1] : h.available);
        writeOffTips->insert(x, tr("%1: %2 units expire unsold")
                                    .arg(F::day(start + int(t)), F::number(with.writeOffs[t])));
    }
    for (auto [series, tips] :
         {std::pair{inbound, inboundTips}, std::pair{writeOff, writeOffTips}}) {
        if (series->count() == 0) {
            delete series;
            continue;
        }
        m_chart->addSeries(series);
        connect(series, &QScatterSeries::hovered, this,
                [tips = tips](const QPointF &point, bool state) {
                    if (state)
                        QToolTip::showText(QCursor::pos(), tips->value(qint64(point.x())));
                    else
                        QToolTip::hideText();
                });
    }

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("d MMM"));
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(msecs(start), Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(msecs(start + days), Qt::UTC));
    xAxis->setTickCount(7);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, top > 0 ? top * 1.1 : 1.0);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->applyNiceNumbers();
    yAxis->setTitleText(tr("units"));
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    m_chart->setTitle(tr("%1 at %2 — projected stock over %3 days (FEFO, expired stock is not "
                         "cover)")
                          .arg(snap.sku(r).code, snap.location(r).code)
                          .arg(days));
}

void HealthDetailPanel::simulate()
{
    if (m_row < 0 || m_simulating)
        return;
    const Health::HealthAnalysis &a = *m_analysis;
    const std::size_t i = std::size_t(m_row);
    const Policy::Recommendation rec = a.report.recommendations[i];
    if (!rec.problem.isEmpty()) {
        m_simulationText->setText(
            tr("<span style='color:#b00020'>Cannot simulate: %1</span>").arg(html(rec.problem)));
        emit simulationFinished(false);
        return;
    }
    const Inventory::SkuInfo &sku = a.snapshot.sku(a.snapshot.rows[i]);
    // Lost sales cost the margin; without a price they are counted at no cost (said below).
    const double margin = std::isfinite(sku.unitPrice) && std::isfinite(rec.unitCost)
                              ? std::max(0.0, sku.unitPrice - rec.unitCost)
                              : 0.0;
    const Policy::SimulationPolicy policy = Policy::simulationPolicy(rec);
    const Policy::SimulationSettings settings = Policy::simulationSettings(rec, margin);
    const double target = rec.policy.safetyStock == Policy::SafetyStockMethod::FillRate
                              ? rec.policy.fillRate
                              : rec.policy.serviceLevel;
    const bool fillRateTarget = rec.policy.safetyStock == Policy::SafetyStockMethod::FillRate;
    const double safetyStock = rec.safetyStock;
    m_simulating = true;
    m_simulate->setEnabled(false);
    m_simulationText->setText(
        tr("Simulating %1 runs of %2 days…").arg(settings.runs).arg(settings.days));
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<Policy::SimulationResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation, target, fillRateTarget, safetyStock, margin] {
                const Policy::SimulationResult result = watcher->result();
                watcher->deleteLater();
                m_simulating = false;
                if (generation != m_generation) {
                    // Another row is shown now; its button state was set without us.
                    showRow(m_analysis, m_row);
                    emit simulationFinished(false);
                    return;
                }
                m_simulate->setEnabled(true);
                m_simulation = result;
                m_simulationShown = {true, target, fillRateTarget, safetyStock, margin};
                showSimulation();
                emit simulationFinished(true);
            });
    watcher->setFuture(
        QtConcurrent::run([policy, settings] { return Policy::simulatePolicy(policy, settings); }));
}

void HealthDetailPanel::showSimulation()
{
    if (!m_simulationShown.shown)
        return;
    const Policy::SimulationResult &r = m_simulation;
    const double target = m_simulationShown.target;
    const bool fillRateTarget = m_simulationShown.fillRateTarget;
    const double safetyStock = m_simulationShown.safetyStock;
    const double margin = m_simulationShown.margin;
    const auto money = [this](double v) {
        return F::money(v, m_currency);
    };
    const double achieved = fillRateTarget ? r.fillRate : r.cycleServiceLevel;
    // Within 1.5 points of the target counts as delivering it (the engine's test
    // tolerance for enough simulated days).
    const bool met = achieved >= target - 0.015;
    const QString good = met ? QStringLiteral("#2e7d32") : QStringLiteral("#b00020");
    const QString serviceCell = QStringLiteral("<span style='color:%1'><b>%2</b></span>")
                                    .arg(fillRateTarget ? QStringLiteral("#1c2228") : good,
                                         F::percent(r.cycleServiceLevel));
    const QString fillCell
        = QStringLiteral("<span style='color:%1'><b>%2</b></span>")
              .arg(fillRateTarget ? good : QStringLiteral("#1c2228"), F::percent(r.fillRate));
    m_simulationText->setText(
        tr("<table cellspacing='0' cellpadding='1'>"
           "<tr><td><b>Simulated</b></td><td align='right'><i>achieved</i>&nbsp;</td>"
           "<td align='right'><i>target</i></td></tr>"
           "<tr><td>Cycle service level&nbsp;&nbsp;</td><td align='right'>%1&nbsp;</td>"
           "<td align='right'>%2</td></tr>"
           "<tr><td>Fill rate</td><td align='right'>%3&nbsp;</td>"
           "<td align='right'>%4</td></tr>"
           "<tr><td>Average stock</td><td align='right'>%5&nbsp;</td>"
           "<td align='right'>SS %6</td></tr>"
           "<tr><td>Cost a year</td><td align='right'>%7&nbsp;</td><td></td></tr>"
           "</table><small>Holding %8 · ordering %9 · lost margin %10. %11 runs × "
           "%12 days, %13 cycles, %14 orders a year; demand drawn from the "
           "forecast, unmet demand lost%15.</small>")
            .arg(serviceCell, fillRateTarget ? F::dash() : F::percent(target), fillCell,
                 fillRateTarget ? F::percent(target) : F::dash(), F::number(r.averageInventory),
                 F::number(safetyStock), money(r.totalCostPerYear()), money(r.holdingCost),
                 money(r.orderingCost))
            .arg(money(r.shortageCost))
            .arg(r.runs)
            .arg(r.days)
            .arg(QLocale().toString(r.cycles), F::number(r.ordersPerYear, 1),
                 margin > 0 ? QString() : tr(" (no price: lost sales cost nothing)")));
}

QMap<QString, int> HealthDetailPanel::chartPointCounts() const
{
    QMap<QString, int> counts;
    for (QAbstractSeries *series : m_chart->series())
        if (auto *xy = qobject_cast<QXYSeries *>(series))
            counts.insert(xy->name(), int(xy->count()));
    return counts;
}

QString HealthDetailPanel::whyText() const
{
    return m_whyView->toPlainText();
}

QString HealthDetailPanel::headerText() const
{
    return m_header->text();
}

} // namespace Stockshift::Ui
