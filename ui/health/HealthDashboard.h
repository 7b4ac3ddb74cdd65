// Ui::HealthDashboard — the first page of the Stock health area: tiles (rows in stock, below
// the reorder point, out of stock, overstock, expiring, stock value, turnover, days of
// inventory, the score with its five parts), the status donut, the ABC × XYZ heat map, the
// Pareto chart of annual demand value with its A/B/C cuts, the open alerts (critical first)
// and the table of locations.
//
// Everything clickable asks the area to filter the SKU × location table (statusesClicked,
// segmentClicked, locationClicked) or to open one row (alertActivated). The dashboard draws
// from the frozen analysis it is given; it never reads the database. Money (the value tiles, the
// heat map, the Pareto chart's value axis) is in the company currency given with setCurrency();
// a new one redraws the analysis shown.
// GUI thread only. The alert and location models belong to the caller.
#pragma once

#include "health/HealthModels.h"

#include <QSet>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;

namespace Stockshift::Ui {

class HealthTile;
class ScoreTile;
class SegmentHeatMap;

class HealthDashboard : public QWidget
{
    Q_OBJECT

public:
    HealthDashboard(LocationHealthModel *locations, HealthAlertModel *alerts,
                    QWidget *parent = nullptr);

    void setAnalysis(const HealthAnalysisPtr &analysis);
    /// The company currency (ISO 4217) money is written in.
    void setCurrency(const QString &currency);
    /// Shown instead of the dashboard until the first analysis (or when it failed).
    void setMessage(const QString &message);

    /// The tile of that object name ("tileInStock", "tileBelowRop", "tileOut", "tileOverstock",
    /// "tileExpiring", "tileValue", "tileTurnover", "tileDoi"), or nullptr.
    HealthTile *tile(const QString &name) const;
    ScoreTile *scoreTile() const { return m_score; }
    SegmentHeatMap *heatMap() const { return m_heatMap; }
    QTableView *alertTable() const { return m_alertTable; }
    QTableView *locationTable() const { return m_locationTable; }
    QChart *donut() const { return m_donut; }
    QChart *pareto() const { return m_pareto; }
    /// The widgets whose first paint counts as "the dashboard is on screen".
    QList<QWidget *> paintedParts() const;

signals:
    void statusesClicked(const QSet<int> &statuses);
    void segmentClicked(const QString &segment);
    void locationClicked(const QString &code);
    void alertActivated(int row);

private:
    void fillDonut(const Health::HealthAnalysis &a);
    void fillPareto(const Health::HealthAnalysis &a);

    HealthAnalysisPtr m_analysis;
    QString m_currency;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QList<HealthTile *> m_tiles;
    ScoreTile *m_score;
    SegmentHeatMap *m_heatMap;
    QChart *m_donut, *m_pareto;
    QChartView *m_donutView, *m_paretoView;
    QTableView *m_alertTable, *m_locationTable;
    QLabel *m_alertTitle;
    LocationHealthModel *m_locations;
    HealthAlertModel *m_alerts;
};

} // namespace Stockshift::Ui
