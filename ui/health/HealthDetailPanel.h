// Ui::HealthDetailPanel — one SKU × location in detail:
//
// - a header that says what the row is and why it has its status;
// - the projected inventory over the horizon (Inventory::projectStock, FEFO, expiry-aware) with
//   and without the open orders, the reorder point, safety stock and order-up-to level as
//   horizontal lines, and markers where orders arrive and where lots expire unsold;
// - the "why" of every recommendation (Policy::explain: figure, value, formula with the
//   numbers put in, inputs and where they came from);
// - "Simulate this policy": Policy::simulatePolicy off the GUI thread, shown against the
//   target (cycle service or fill rate), with fill rate, average stock and cost.
//
// Money (the stock value, the simulated costs) is in the company currency given with
// setCurrency(); a new one rewrites the row shown and its simulation.
// GUI thread only; it reads the frozen analysis it is given, never the database.
#pragma once

#include "health/HealthModels.h"
#include "policy/PolicyEngine.h"
#include "policy/PolicySimulator.h"

#include <QMap>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace Stockshift::Ui {

class HealthDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HealthDetailPanel(QWidget *parent = nullptr);

    /// Shows snapshot row `row` of `analysis` (-1 or no analysis: the empty state).
    void showRow(const HealthAnalysisPtr &analysis, int row);
    /// The company currency (ISO 4217) money is written in.
    void setCurrency(const QString &currency);
    int row() const { return m_row; }

    /// Runs the simulation of the shown row's policy (asynchronous: simulationFinished()).
    void simulate();
    bool isSimulating() const { return m_simulating; }
    const Policy::SimulationResult &simulation() const { return m_simulation; }

    /// Points per chart series by series name (for tests).
    QMap<QString, int> chartPointCounts() const;
    const QList<Policy::WhyLine> &whyLines() const { return m_why; }
    /// The why panel's text as shown (plain).
    QString whyText() const;
    QString headerText() const;

signals:
    void overrideRequested(int row);
    void simulationFinished(bool ok);

private:
    void describe();
    void redraw();
    /// Writes the last simulation of the row shown (nothing when there is none).
    void showSimulation();

    // What the simulation text needs besides the result.
    struct SimulationShown
    {
        bool shown = false;
        double target = 0;
        bool fillRateTarget = false;
        double safetyStock = 0, margin = 0;
    };

    HealthAnalysisPtr m_analysis;
    QString m_currency;
    int m_row = -1;
    int m_generation = 0;
    bool m_simulating = false;
    Policy::SimulationResult m_simulation;
    SimulationShown m_simulationShown;
    QList<Policy::WhyLine> m_why;

    QLabel *m_header;
    QChart *m_chart;
    QChartView *m_chartView;
    QTextBrowser *m_whyView;
    QPushButton *m_simulate, *m_override;
    QLabel *m_simulationText;
};

} // namespace Stockshift::Ui
