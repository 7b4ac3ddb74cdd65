// Ui::ExportView — the Exports area: purchase and transfer orders from a plan's approved lines.
//
// - Top: the plan (stored plans, newest first) and the kind of order (purchase orders per
//   supplier, delivery location and order date; transfer orders per source location).
// - Left: the orders the plan's approved lines form (OrderTableModel) — those already exported
//   or cancelled, and the new ones an export would create. Right: the selected order's lines.
// - Bottom: the format (CSV, PDF, X12 850, EDIFACT ORDERS, JSON or all; transfers CSV or a PDF
//   pick list), for CSV the layout (generic or an ERP's import profile), delimiter, decimal
//   comma and byte order mark; Export… asks for a folder (QFileDialog) and exports the new
//   orders; Export revision… warns, then re-issues the exported orders as their next revision;
//   Cancel order… asks for a reason and cancels the selected order (audited).
//
// Exports run on a worker thread (QtConcurrent) on a Connection of their own, with a progress
// bar and a Stop button; the engine's transaction makes a stopped or failed export change
// nothing. When it has committed the view announces "orders" and "plan_lines" through the
// DataStore, and it reloads whenever the DataStore announces plans, plan lines or orders.
// Values and prices are shown in the company currency (the orders' currency, common/Money.h),
// read when the view is made and again when the DataStore announces "app_settings".
// GUI thread only.
#pragma once

#include "export/OrderExport.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class OrderLineModel;
class OrderTableModel;

class ExportView : public QWidget
{
    Q_OBJECT

public:
    explicit ExportView(Storage::DataStore *store, QWidget *parent = nullptr);
    ~ExportView() override;

    OrderTableModel *orderModel() const { return m_orders; }
    OrderLineModel *lineModel() const { return m_lines; }
    QTableView *orderTable() const { return m_orderTable; }
    QComboBox *planBox() const { return m_planBox; }
    QComboBox *kindBox() const { return m_kindBox; }
    QComboBox *formatBox() const { return m_formatBox; }
    QComboBox *profileBox() const { return m_profileBox; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *revisionButton() const { return m_revisionButton; }
    QPushButton *cancelOrderButton() const { return m_cancelButton; }
    QLabel *messageLabel() const { return m_message; }

    /// Shows a plan and the kind of orders; false when there is no such plan.
    bool showPlan(qint64 planId, Export::OrderKind kind = Export::OrderKind::Purchase);
    qint64 shownPlan() const;
    Export::OrderKind shownKind() const;
    /// Selects an order row (and previews its lines).
    void selectOrder(int row);

    /// The export options the controls describe (formats, CSV layout), for `outDir`.
    Export::ExportOptions options(const QString &outDir, bool revision) const;
    /// Starts an export of the shown plan into `outDir` on a worker thread; what the Export…
    /// and Export revision… buttons do once the folder is chosen. False when one is running.
    bool startExport(const QString &outDir, bool revision);
    bool isExporting() const;
    /// Cancels the selected order with a reason; what Cancel order… does once confirmed.
    bool cancelSelectedOrder(const QString &reason);

public slots:
    void reload();

signals:
    /// An export finished: ok, and its message (also shown in the view).
    void exportFinished(bool ok, const QString &message);

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        Export::ExportResult result;
    };

    void reloadPlans();
    void reloadOrders();
    /// Shows values in `currency` (the company currency).
    void applyCurrency(const QString &currency);
    void updatePreview();
    void updateControls();
    void chooseFolderAndExport(bool revision);
    void askAndCancelOrder();
    void finishExport();
    void setMessage(const QString &text, bool error);

    Storage::DataStore *m_store = nullptr;
    QString m_currency;
    OrderTableModel *m_orders = nullptr;
    OrderLineModel *m_lines = nullptr;
    QComboBox *m_planBox = nullptr;
    QComboBox *m_kindBox = nullptr;
    QTableView *m_orderTable = nullptr;
    QTableView *m_lineTable = nullptr;
    QLabel *m_orderTitle = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_formatBox = nullptr;
    QComboBox *m_profileBox = nullptr;
    QComboBox *m_delimiterBox = nullptr;
    QCheckBox *m_decimalComma = nullptr;
    QCheckBox *m_bom = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_revisionButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QString m_lastFolder;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_reloading = false;
};

} // namespace Stockshift::Ui
