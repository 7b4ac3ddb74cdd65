// Ui::PlanCharts — the two charts of a plan's results (Qt Charts):
//
// - CostBreakdownChart: the plan's cost over the horizon by part — transport, fixed (shipments
//   and purchase orders), holding, lost margin, safety-stock shortfall — with demand as
//   forecast (Plan::PlanTotals); once the plan was compared, the baselines' parts beside it.
// - ComparisonChart: total simulated cost per method as stacked bars of its parts (transport,
//   fixed, ordering, holding, lost margin), each bar labelled with its total ± sd.
//
// The value axes and the bar labels write money in the company currency given with
// setCurrency() (ticks "€20,000" / "20.000 €"); a new currency shows at the next draw.
// GUI thread only; each chart keeps what it draws. Values that are not finite are drawn as 0.
#pragma once

#include "plan/PlanModels.h"

#include <QChartView>

class QLabel;

namespace Stockshift::Ui {

class CostBreakdownChart : public QChartView
{
    Q_OBJECT

public:
    explicit CostBreakdownChart(QWidget *parent = nullptr);

    /// The company currency (ISO 4217) of the next setPlan().
    void setCurrency(const QString &currency) { m_currency = currency; }
    /// The plan's totals; `comparison` adds the baselines when it is of this plan.
    void setPlan(const Plan::PlanHeader &header, const PlanComparison *comparison = nullptr);
    void clear();
    /// Bar sets drawn (the plan, then one per baseline).
    int setCount() const;
    /// The value drawn for a part (0 transport … 4 safety-stock shortfall) of a set.
    double value(int set, int part) const;
    /// The label format of the value axis ("€%.0f"), empty when nothing is drawn.
    QString valueLabelFormat() const;

private:
    QString m_currency;
};

class ComparisonChart : public QChartView
{
    Q_OBJECT

public:
    explicit ComparisonChart(QWidget *parent = nullptr);

    /// The company currency (ISO 4217) of the next setComparison().
    void setCurrency(const QString &currency) { m_currency = currency; }
    void setComparison(const PlanComparison &comparison);
    void clear();
    /// The category labels, one per method, in the comparison's order.
    QStringList categories() const;

private:
    QString m_currency;
};

} // namespace Stockshift::Ui
