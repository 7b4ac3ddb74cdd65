#include "plan/PlanCharts.h"

#include "common/Money.h"
#include "plan/PlanFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace Stockshift::Ui {

namespace F = PlanFormat;

namespace {

double finite(double v)
{
    return std::isfinite(v) ? v : 0.0;
}

QChart *makeChart()
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setLocalizeNumbers(true);
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(legend.pointSizeF() * 0.9);
    chart->legend()->setFont(legend);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

const QColor kSetColors[] = {{0x1f, 0x4e, 0x79},
                             {0xd9, 0x82, 0x1e},
                             {0x80, 0x86, 0x8b},
                             {0x7b, 0x3f, 0x9e},
                             {0x38, 0x8e, 0x3c}};

const QColor kPartColors[] = {{0x2e, 0x75, 0xb6},
                              {0x7b, 0x3f, 0x9e},
                              {0x9e, 0x9e, 0x2e},
                              {0x38, 0x8e, 0x3c},
                              {0xc6, 0x28, 0x28}};

} // namespace

// --- CostBreakdownChart

CostBreakdownChart::CostBreakdownChart(QWidget *parent)
    : QChartView(makeChart(), parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void CostBreakdownChart::clear()
{
    clearChart(chart());
    chart()->setTitle(QString());
}

void CostBreakdownChart::setPlan(const Plan::PlanHeader &header, const PlanComparison *comparison)
{
    clear();
    const QStringList parts{tr("Transport"), tr("Fixed"), tr("Holding"), tr("Lost margin"),
                            tr("Safety-stock shortfall")};
    auto *series = new QBarSeries;
    double top = 0;
    const auto addSet = [&](const QString &name, const Plan::PlanTotals &t, int colour) {
        auto *set = new QBarSet(name);
        for (double v : {t.transport, t.fixed, t.holding, t.lostMargin, t.safetyShortfall}) {
            set->append(finite(v));
            top = std::max(top, finite(v));
        }
        set->setColor(kSetColors[colour % int(std::size(kSetColors))]);
        set->setBorderColor(Qt::white);
        series->append(set);
    };
    addSet(tr("Plan %1 · %2").arg(header.id).arg(F::methodLabel(header.method)), header.totals, 0);
    if (comparison && comparison->planId == header.id) {
        int colour = 1;
        for (const ComparisonRow &row : comparison->rows)
            if (!row.isPlan)
                addSet(F::methodLabel(row.method), row.totals, colour++);
    }
    chart()->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(parts);
    chart()->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, std::max(1.0, top * 1.05));
    values->applyNiceNumbers();
    values->setLabelFormat(Money::axisLabelFormat(m_currency));
    values->setTitleText(tr("cost over the horizon"));
    chart()->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart()->setTitle(tr("Cost by part over %1 %2, demand as forecast")
                          .arg(header.horizon)
                          .arg(F::bucketNoun(header.bucketDays, header.horizon)));
}

QString CostBreakdownChart::valueLabelFormat() const
{
    for (QAbstractAxis *axis : chart()->axes(Qt::Vertical))
        if (auto *values = qobject_cast<QValueAxis *>(axis))
            return values->labelFormat();
    return {};
}

int CostBreakdownChart::setCount() const
{
    const auto series = chart()->series();
    if (series.isEmpty())
        return 0;
    return int(static_cast<QBarSeries *>(series.first())->count());
}

double CostBreakdownChart::value(int set, int part) const
{
    const auto series = chart()->series();
    if (series.isEmpty())
        return 0;
    const auto sets = static_cast<QBarSeries *>(series.first())->barSets();
    return set >= 0 && set < sets.size() ? sets[set]->at(part) : 0.0;
}

// --- ComparisonChart

ComparisonChart::ComparisonChart(QWidget *parent)
    : QChartView(makeChart(), parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
}

void ComparisonChart::clear()
{
    clearChart(chart());
    chart()->setTitle(QString());
}

void ComparisonChart::setComparison(const PlanComparison &comparison)
{
    clear();
    if (comparison.rows.isEmpty())
        return;
    auto *series = new QHorizontalStackedBarSeries;
    const QStringList parts{tr("Transport"), tr("Fixed"), tr("Ordering"), tr("Holding"),
                            tr("Lost margin")};
    QList<QBarSet *> sets;
    for (int p = 0; p < parts.size(); ++p) {
        auto *set = new QBarSet(parts[p]);
        set->setColor(kPartColors[p]);
        set->setBorderColor(Qt::white);
        sets.append(set);
    }
    QStringList labels;
    double top = 0;
    // The plan at the top: a horizontal bar chart draws its first category at the bottom.
    for (qsizetype r = comparison.rows.size() - 1; r >= 0; --r) {
        const ComparisonRow &row = comparison.rows[r];
        const Planning::Evaluation &e = row.evaluation;
        const double values[] = {e.transport, e.fixed, e.ordering, e.holding, e.lostMargin};
        double sum = 0;
        for (int p = 0; p < parts.size(); ++p) {
            sets[p]->append(finite(values[p]));
            sum += finite(values[p]);
        }
        top = std::max(top, sum + finite(e.totalCostSd));
        // The method's name on a line of its own, the figures below it: one line each keeps
        // the axis narrow enough for long German names ("Meldebestandsregel") at 1280 px.
        QString label = ComparisonModel::rowLabel(comparison, row).toHtmlEscaped()
                        + QStringLiteral("<br>")
                        + tr("%1 ± %2").arg(F::money(e.totalCost, m_currency),
                                            F::money(e.totalCostSd, m_currency));
        if (!row.isPlan && std::isfinite(row.saving))
            label += QStringLiteral("<br>")
                     + (row.saving >= 0 ? tr("plan saves %1").arg(F::percent(row.saving, 1))
                                        : tr("plan costs %1 more").arg(F::percent(-row.saving, 1)));
        labels.append(label);
    }
    // A part no method has (ordering in a transfer plan) stays out of the legend.
    for (QBarSet *set : sets) {
        bool any = false;
        for (int i = 0; i < set->count(); ++i)
            any = any || set->at(i) > 0;
        if (any)
            series->append(set);
        else
            delete set;
    }
    series->setBarWidth(0.6);
    chart()->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    chart()->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, std::max(1.0, top * 1.02));
    values->applyNiceNumbers();
    values->setLabelFormat(Money::axisLabelFormat(m_currency));
    values->setTitleText(tr("simulated cost over the horizon"));
    chart()->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart()->setTitle(tr("Total cost by method (mean of %1 runs)").arg(comparison.runs));
}

QStringList ComparisonChart::categories() const
{
    for (QAbstractAxis *axis : chart()->axes(Qt::Vertical))
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis)) {
            QStringList labels = c->categories();
            std::reverse(labels.begin(), labels.end());
            return labels;
        }
    return {};
}

} // namespace Stockshift::Ui
