#include "export/ExportView.h"

#include "common/Dates.h"
#include "common/Days.h"
#include "common/Money.h"
#include "common/Shortcuts.h"
#include "export/ExportModels.h"
#include "import/MappingProfile.h"
#include "plan/PlanStore.h"
#include "storage/Connection.h"
#include "storage/DataStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Stockshift::Ui {

namespace {

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(22);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QSortFilterProxyModel *sorted(QAbstractItemModel *model, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(kExportSortRole);
    return proxy;
}

} // namespace

ExportView::ExportView(Storage::DataStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_orders(new OrderTableModel(this))
    , m_lines(new OrderLineModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Exports")), this);
    layout->addWidget(title);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Plan:"), this));
    m_planBox = new QComboBox(this);
    m_planBox->setMinimumContentsLength(40);
    m_planBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    top->addWidget(m_planBox, 1);
    top->addWidget(new QLabel(tr("Orders:"), this));
    m_kindBox = new QComboBox(this);
    m_kindBox->addItem(tr("Purchase orders"), int(Export::OrderKind::Purchase));
    m_kindBox->addItem(tr("Transfer orders"), int(Export::OrderKind::Transfer));
    top->addWidget(m_kindBox);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    // Orders above, the selected order's lines below: both get the full width.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_orderTable = makeTable(splitter);
    m_orderTable->setModel(sorted(m_orders, this));
    auto *preview = new QWidget(splitter);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_orderTitle = new QLabel(preview);
    m_orderTitle->setWordWrap(true);
    previewLayout->addWidget(m_orderTitle);
    m_lineTable = makeTable(preview);
    m_lineTable->setModel(sorted(m_lines, this));
    previewLayout->addWidget(m_lineTable);
    splitter->addWidget(m_orderTable);
    splitter->addWidget(preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 200}); // an order has few lines; the orders need the room
    layout->addWidget(splitter, 1);

    auto *box = new QGroupBox(tr("Export"), this);
    auto *boxLayout = new QHBoxLayout(box);
    auto *form = new QFormLayout;
    m_formatBox = new QComboBox(box);
    form->addRow(tr("Format:"), m_formatBox);
    m_profileBox = new QComboBox(box);
    m_profileBox->addItem(tr("Generic (Stockshift)"), QStringLiteral("generic"));
    for (const QString &name : Import::MappingProfile::builtInNames())
        if (name != QLatin1String("generic")) {
            auto profile = Import::MappingProfile::builtIn(name);
            // Profiles that fix the supplier or the destination describe one ERP's demo data,
            // not purchase orders in general.
            const Import::ColumnMapping m
                = profile ? profile->mappingFor(Import::Kind::OpenOrders) : Import::ColumnMapping();
            if (!m.columns.isEmpty() && !m.constants.contains(QStringLiteral("supplier"))
                && !m.constants.contains(QStringLiteral("destination")))
                m_profileBox->addItem(tr("%1 (re-imports there)").arg(name), name);
        }
    m_profileBox->setToolTip(tr("The CSV layout: Stockshift's own, or the open-orders layout of "
                                "an ERP's import profile so that the file re-imports there."));
    form->addRow(tr("CSV layout:"), m_profileBox);
    boxLayout->addLayout(form);
    auto *csvForm = new QFormLayout;
    m_delimiterBox = new QComboBox(box);
    m_delimiterBox->addItem(tr("Profile's default"), 0);
    m_delimiterBox->addItem(tr("Comma ,"), int(','));
    m_delimiterBox->addItem(tr("Semicolon ;"), int(';'));
    m_delimiterBox->addItem(tr("Tab"), int('\t'));
    m_delimiterBox->addItem(tr("Pipe |"), int('|'));
    csvForm->addRow(tr("Delimiter:"), m_delimiterBox);
    m_decimalComma = new QCheckBox(tr("Decimal comma (e.g. German Excel)"), box);
    csvForm->addRow(m_decimalComma);
    m_bom = new QCheckBox(tr("UTF-8 with byte order mark (for Excel)"), box);
    m_bom->setChecked(true);
    csvForm->addRow(m_bom);
    boxLayout->addLayout(csvForm);
    auto *buttons = new QVBoxLayout;
    m_exportButton = new QPushButton(tr("Export…"), box);
    m_exportButton->setObjectName(QStringLiteral("exportOrders"));
    m_exportButton->setToolTip(tr("Writes the new orders to a folder and marks their lines as "
                                  "exported."));
    Shortcuts::setExportKey(m_exportButton);
    m_revisionButton = new QPushButton(tr("Export revision…"), box);
    m_revisionButton->setToolTip(tr("Re-issues orders already exported under the same number "
                                    "with the next revision."));
    m_cancelButton = new QPushButton(tr("Cancel order…"), box);
    m_cancelButton->setToolTip(tr("Cancels the selected exported order; its number is never "
                                  "used again."));
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_revisionButton);
    buttons->addWidget(m_cancelButton);
    boxLayout->addLayout(buttons);
    layout->addWidget(box);

    auto *status = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setVisible(false);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status->addWidget(m_message, 1);
    status->addWidget(m_progress);
    status->addWidget(m_stopButton);
    layout->addLayout(status);

    connect(m_planBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            reloadOrders();
    });
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this] {
        const bool purchase = shownKind() == Export::OrderKind::Purchase;
        m_formatBox->clear();
        if (purchase) {
            m_formatBox->addItem(tr("CSV"), QStringList{QStringLiteral("csv")});
            m_formatBox->addItem(tr("PDF (one document per order)"),
                                 QStringList{QStringLiteral("pdf")});
            m_formatBox->addItem(tr("EDI ANSI X12 850"), QStringList{QStringLiteral("x12")});
            m_formatBox->addItem(tr("EDI UN/EDIFACT ORDERS D.96A"),
                                 QStringList{QStringLiteral("edifact")});
            m_formatBox->addItem(tr("JSON"), QStringList{QStringLiteral("json")});
            QStringList all;
            for (Export::Format f : Export::purchaseFormats())
                all << Export::formatName(f);
            m_formatBox->addItem(tr("All five formats"), all);
        } else {
            m_formatBox->addItem(tr("CSV"), QStringList{QStringLiteral("csv")});
            m_formatBox->addItem(tr("PDF pick list"), QStringList{QStringLiteral("pdf")});
            m_formatBox->addItem(tr("CSV and PDF pick list"),
                                 QStringList{QStringLiteral("csv"), QStringLiteral("pdf")});
        }
        if (!m_reloading)
            reloadOrders();
    });
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, [this] { updateControls(); });
    connect(m_orderTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updatePreview(); });
    connect(m_exportButton, &QPushButton::clicked, this, [this] { chooseFolderAndExport(false); });
    connect(m_revisionButton, &QPushButton::clicked, this, [this] { chooseFolderAndExport(true); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { askAndCancelOrder(); });
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            *m_cancel = true;
        m_stopButton->setEnabled(false);
    });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this,
            [this] { finishExport(); });
    connect(m_store, &Storage::DataStore::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("plans"))
            || tables.contains(QStringLiteral("plan_lines"))
            || tables.contains(QStringLiteral("orders")))
            reload();
    });

    Money::watchCurrency(m_store, this, [this](const QString &c) { applyCurrency(c); });
    m_kindBox->setCurrentIndex(-1);
    m_kindBox->setCurrentIndex(0); // fills the formats
    reload();
}

void ExportView::applyCurrency(const QString &currency)
{
    m_currency = currency;
    m_orders->setCurrency(currency);
    m_lines->setCurrency(currency);
    // The summary and the order's title with it (the selection stays).
    if (!m_orders->orders().empty())
        reloadOrders();
}

ExportView::~ExportView()
{
    // The worker reports through this object: stop it and wait (its transaction rolls back).
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

qint64 ExportView::shownPlan() const
{
    return m_planBox->currentIndex() >= 0 ? m_planBox->currentData().toLongLong() : -1;
}

Export::OrderKind ExportView::shownKind() const
{
    return m_kindBox->currentIndex() == 1 ? Export::OrderKind::Transfer
                                          : Export::OrderKind::Purchase;
}

bool ExportView::showPlan(qint64 planId, Export::OrderKind kind)
{
    const int index = m_planBox->findData(planId);
    if (index < 0)
        return false;
    m_reloading = true;
    m_planBox->setCurrentIndex(index);
    m_kindBox->setCurrentIndex(kind == Export::OrderKind::Purchase ? 0 : 1);
    m_reloading = false;
    reloadOrders();
    return true;
}

void ExportView::selectOrder(int row)
{
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_orderTable->model());
    const QModelIndex index = proxy->mapFromSource(m_orders->index(row, 0));
    m_orderTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                               | QItemSelectionModel::Rows);
    updatePreview();
}

void ExportView::reload()
{
    reloadPlans();
    reloadOrders();
}

void ExportView::reloadPlans()
{
    const qint64 current = shownPlan();
    auto plans = Plan::listPlans(m_store->connection());
    m_reloading = true;
    m_planBox->clear();
    if (plans) {
        for (const Plan::PlanHeader &h : *plans)
            m_planBox->addItem(
                tr("Plan %1 — %2, %3, %4")
                    .arg(h.id)
                    .arg(Plan::planKindName(h.kind), h.method,
                         h.createdAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' '))),
                h.id);
    }
    const int index = m_planBox->findData(current);
    m_planBox->setCurrentIndex(index >= 0 ? index : (m_planBox->count() > 0 ? 0 : -1));
    m_reloading = false;
}

void ExportView::reloadOrders()
{
    const qint64 planId = shownPlan();
    Export::Order selected;
    const QModelIndex current = m_orderTable->selectionModel()->currentIndex();
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_orderTable->model());
    if (current.isValid())
        selected = m_orders->order(proxy->mapToSource(current).row());
    std::vector<Export::Order> orders;
    if (planId >= 0) {
        auto loaded = Export::planOrders(m_store->connection(), planId, shownKind());
        if (loaded)
            orders = std::move(loaded.value());
        else
            setMessage(loaded.errorMessage(), true);
    }
    m_orders->setOrders(std::move(orders));
    m_orderTable->resizeColumnsToContents();
    int fresh = 0, revisable = 0, exported = 0, cancelled = 0;
    double value = 0;
    for (const Export::Order &o : m_orders->orders()) {
        fresh += o.status == QLatin1String("new") ? 1 : 0;
        exported += o.status == QLatin1String("exported") ? 1 : 0;
        revisable += o.status == QLatin1String("exported") && o.newLines() > 0 ? 1 : 0;
        cancelled += o.status == QLatin1String("cancelled") ? 1 : 0;
        if (o.status != QLatin1String("cancelled"))
            value += o.totalValue();
    }
    if (planId < 0)
        m_summary->setText(tr("There are no plans yet: make one in the Plans area and approve "
                              "its lines there."));
    else if (m_orders->orders().empty())
        m_summary->setText(
            tr("Plan %1 has no approved %2 lines. Approve lines in the Plans "
               "area; they appear here grouped into orders.")
                .arg(planId)
                .arg(shownKind() == Export::OrderKind::Purchase ? tr("purchase") : tr("transfer")));
    else
        m_summary->setText(tr("%1 orders ready to export, %2 exported (%3 with approved lines "
                              "waiting for a revision), %4 cancelled; value %5.")
                               .arg(fresh)
                               .arg(exported)
                               .arg(revisable)
                               .arg(cancelled)
                               .arg(Money::format(value, m_currency)));
    const int row = m_orders->rowOf(selected);
    if (row >= 0)
        selectOrder(row);
    else if (!m_orders->orders().empty())
        selectOrder(0);
    else
        updatePreview();
    updateControls();
}

void ExportView::updatePreview()
{
    const QModelIndex current = m_orderTable->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_lines->clear();
        m_orderTitle->setText(tr("Select an order to see its lines."));
        updateControls();
        return;
    }
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_orderTable->model());
    const Export::Order &o = m_orders->order(proxy->mapToSource(current).row());
    m_lines->setOrder(o);
    m_lineTable->resizeColumnsToContents();
    const bool purchase = o.kind == Export::OrderKind::Purchase;
    const QString number = o.number.isEmpty() ? tr("New order") : o.documentNumber();
    QString text = purchase ? tr("<b>%1</b>: %2 (%3) → %4 (%5), ordered %6, delivery from %7")
                                  .arg(number.toHtmlEscaped(), o.supplierName.toHtmlEscaped(),
                                       o.supplierCode.toHtmlEscaped(), o.toName.toHtmlEscaped(),
                                       o.toCode.toHtmlEscaped(), Dates::day(o.orderDay),
                                       Dates::day(o.deliveryDay()))
                            : tr("<b>%1</b>: pick at %2 (%3), first shipment %4")
                                  .arg(number.toHtmlEscaped(), o.fromName.toHtmlEscaped(),
                                       o.fromCode.toHtmlEscaped(), Dates::day(o.orderDay));
    text += QStringLiteral("<br>")
            + tr("Lines: %1, units: %2, value: %3 — %4")
                  .arg(o.lines.size())
                  .arg(QLocale().toString(o.totalQuantity(), 'f', 0))
                  .arg(Money::format(o.totalValue(), m_currency))
                  .arg(OrderTableModel::statusText(o).toHtmlEscaped());
    if (o.status == QLatin1String("cancelled"))
        text += QStringLiteral("<br>")
                + tr("Cancelled %1: %2")
                      .arg(o.cancelledAt.toHtmlEscaped(), o.cancelReason.toHtmlEscaped());
    m_orderTitle->setText(text);
    updateControls();
}

void ExportView::updateControls()
{
    const bool busy = isExporting();
    bool fresh = false, exported = false;
    for (const Export::Order &o : m_orders->orders()) {
        fresh = fresh || o.status == QLatin1String("new");
        exported = exported || o.status == QLatin1String("exported");
    }
    const QModelIndex current = m_orderTable->selectionModel()->currentIndex();
    bool cancellable = false;
    if (current.isValid()) {
        const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_orderTable->model());
        cancellable = m_orders->order(proxy->mapToSource(current).row()).status
                      == QLatin1String("exported");
    }
    const bool csv = m_formatBox->currentData().toStringList().contains(QStringLiteral("csv"));
    const bool purchase = shownKind() == Export::OrderKind::Purchase;
    m_exportButton->setEnabled(!busy && fresh);
    m_revisionButton->setEnabled(!busy && exported);
    m_cancelButton->setEnabled(!busy && cancellable);
    m_profileBox->setEnabled(!busy && csv && purchase);
    m_delimiterBox->setEnabled(!busy && csv);
    m_decimalComma->setEnabled(!busy && csv);
    m_bom->setEnabled(!busy && csv);
    m_formatBox->setEnabled(!busy);
    m_planBox->setEnabled(!busy);
    m_kindBox->setEnabled(!busy);
}

Export::ExportOptions ExportView::options(const QString &outDir, bool revision) const
{
    Export::ExportOptions o;
    o.formats.clear();
    for (const QString &name : m_formatBox->currentData().toStringList()) {
        Export::Format f;
        if (Export::formatFromName(name, &f))
            o.formats.append(f);
    }
    o.outDir = outDir;
    o.revision = revision;
    o.csv.profile = shownKind() == Export::OrderKind::Purchase
                        ? m_profileBox->currentData().toString()
                        : QStringLiteral("generic");
    o.csv.delimiter = char(m_delimiterBox->currentData().toInt());
    o.csv.decimal = m_decimalComma->isChecked() ? ',' : 0;
    if (o.csv.decimal == ',' && (o.csv.delimiter == ',' || o.csv.delimiter == 0))
        o.csv.delimiter = ';'; // a decimal comma needs another delimiter
    o.csv.bom = m_bom->isChecked();
    return o;
}

bool ExportView::isExporting() const
{
    return m_watcher.isRunning();
}

bool ExportView::startExport(const QString &outDir, bool revision)
{
    const qint64 planId = shownPlan();
    if (isExporting() || planId < 0 || outDir.isEmpty())
        return false;
    Export::ExportOptions o = options(outDir, revision);
    const Export::OrderKind kind = shownKind();
    int documents = 0;
    for (const Export::Order &order : m_orders->orders())
        documents += order.status == QLatin1String("new")
                             || (revision && order.status == QLatin1String("exported"))
                         ? 1
                         : 0;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, std::max(1, documents * int(o.formats.size())));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_stopButton->setVisible(true);
    m_stopButton->setEnabled(true);
    setMessage(tr("Exporting to %1 …").arg(QDir::toNativeSeparators(outDir)), false);
    QPointer<ExportView> self(this);
    o.progress = [self](int done, int total) {
        QMetaObject::invokeMethod(
            qApp,
            [self, done, total] {
                if (self) {
                    self->m_progress->setRange(0, total);
                    self->m_progress->setValue(done);
                }
            },
            Qt::QueuedConnection);
    };
    const QString path = m_store->path();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([path, planId, kind, o, cancel]() mutable {
        auto out = std::make_shared<Outcome>();
        Storage::Connection::Options connectionOptions;
        connectionOptions.createIfMissing = false;
        auto connection = Storage::Connection::open(path, connectionOptions);
        if (!connection) {
            out->message = connection.errorMessage();
            return out;
        }
        o.cancel = cancel.get();
        auto result = kind == Export::OrderKind::Purchase
                          ? Export::exportPurchaseOrders(**connection, planId, o)
                          : Export::exportTransferOrders(**connection, planId, o);
        if (!result) {
            out->message = result.errorMessage();
            return out;
        }
        out->ok = true;
        out->result = std::move(result.value());
        return out;
    }));
    m_lastFolder = outDir;
    updateControls();
    return true;
}

void ExportView::finishExport()
{
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    m_progress->setVisible(false);
    m_stopButton->setVisible(false);
    m_cancel.reset();
    QString message;
    if (outcome->ok) {
        const Export::ExportResult &r = outcome->result;
        message = tr("%1 new and %2 revised orders exported: %3 files in %4.")
                      .arg(r.created)
                      .arg(r.revised)
                      .arg(r.files.size())
                      .arg(QDir::toNativeSeparators(m_lastFolder));
        if (r.ledgerEntries > 0)
            message
                += QLatin1Char(' ')
                   + tr("%1 entries added to the partner settlement ledger.").arg(r.ledgerEntries);
        QStringList tables{QStringLiteral("orders"), QStringLiteral("plan_lines")};
        if (r.ledgerEntries > 0)
            tables << QStringLiteral("ledger_entries");
        m_store->notifyChanged(tables); // reloads this view too
    } else {
        message = tr("Nothing was exported: %1").arg(outcome->message);
    }
    setMessage(message, !outcome->ok);
    updateControls();
    emit exportFinished(outcome->ok, message);
}

void ExportView::chooseFolderAndExport(bool revision)
{
    if (revision) {
        QStringList numbers;
        for (const Export::Order &o : m_orders->orders())
            if (o.status == QLatin1String("exported"))
                numbers << o.documentNumber();
        const auto answer = QMessageBox::warning(
            this, tr("Export a revision"),
            tr("These orders were already sent: %1.\n\nA revision re-issues each of them under "
               "the same number with the next revision number, together with any newly "
               "approved lines. Suppliers must be told to replace the earlier document.\n\n"
               "Export the revisions?")
                .arg(numbers.join(QStringLiteral(", "))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    const QString start = m_lastFolder.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : m_lastFolder;
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Export orders to folder"), start);
    if (!folder.isEmpty())
        startExport(folder, revision);
}

bool ExportView::cancelSelectedOrder(const QString &reason)
{
    const QModelIndex current = m_orderTable->selectionModel()->currentIndex();
    if (!current.isValid())
        return false;
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_orderTable->model());
    const Export::Order o = m_orders->order(proxy->mapToSource(current).row());
    auto cancelled = Export::cancelOrder(m_store->connection(), o.number, reason);
    if (!cancelled) {
        setMessage(cancelled.errorMessage(), true);
        return false;
    }
    setMessage(tr("Order %1 cancelled; its number will not be used again.").arg(o.number), false);
    m_store->notifyChanged(
        {QStringLiteral("orders"), QStringLiteral("plan_lines"), QStringLiteral("ledger_entries")});
    return true;
}

void ExportView::askAndCancelOrder()
{
    const QModelIndex current = m_orderTable->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_orderTable->model());
    const QString number = m_orders->order(proxy->mapToSource(current).row()).number;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Cancel order %1").arg(number),
        tr("Why is order %1 cancelled? (kept in the audit log; tell the supplier or the site "
           "separately)")
            .arg(number),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        setMessage(tr("An order is cancelled with a reason."), true);
        return;
    }
    cancelSelectedOrder(reason.trimmed());
}

void ExportView::setMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

} // namespace Stockshift::Ui
