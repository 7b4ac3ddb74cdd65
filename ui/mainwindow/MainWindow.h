// Ui::MainWindow — the workstation's shell: a navigator over the planning areas, the File menu
// (databases, recent files, imports), the data browser, the network map (coloured by stock
// health once the Stock health area has analysed the database, which it starts doing as soon
// as the database opens, and showing the transfer flows of the plan open in the Plans area)
// and a status bar with what the database holds.
//
// GUI thread only. Owns the DataStore of the open database; long work (imports) runs on workers
// with their own connections and reports back through DataStore::notifyChanged().
#pragma once

#include "info/DatabaseInfo.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QComboBox;
class QListWidget;
class QStackedWidget;
class QTableView;
class QMenu;
class QDockWidget;
class QUndoStack;

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class AccuracyView;
class ForecastView;
class HealthView;
class NetworkMapWidget;
class PlanView;
class ScenarioView;
class SqlTableModel;
class UndoJournalKeeper;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (and migrates) a database; shows the error and returns false when it cannot.
    bool openDatabase(const QString &path);
    Storage::DataStore *dataStore() const { return m_store.get(); }
    /// "network", "browser", "forecasts", "accuracy", "health", "plans" or "exports".
    void showArea(const QString &name);
    /// The data browser's model (for tests), or nullptr before a database is open.
    SqlTableModel *browserModel() const { return m_browserModel; }
    NetworkMapWidget *networkMap() const { return m_map; }
    ForecastView *forecastView() const { return m_forecastView; }
    AccuracyView *accuracyView() const { return m_accuracyView; }
    HealthView *healthView() const { return m_healthView; }
    PlanView *planView() const { return m_planView; }
    /// The planner's edits (overrides, …), undoable from the Edit menu. The stack is kept in the
    /// open database (undo/UndoJournalKeeper.h) and restored when it is opened again.
    QUndoStack *undoStack() const { return m_undo; }
    /// What became of the stored edit history when the database was opened (also shown in the
    /// status bar); empty when there was none.
    QString journalMessage() const { return m_journalMessage; }
    QStringList areaNames() const;

public slots:
    void newDatabase();
    void openDatabaseDialog();
    void importCsv(const QString &file = {});
    void importFolder();
    /// Edit → Settings…: company details of the open database, theme and defaults.
    void showSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildLanguageMenu(QMenu *parent);
    void rebuildPages();
    void updateStatus();
    void showStatus(const Result<Info::DatabaseInfo> &info);
    void updateRecentMenu();
    void addRecent(const QString &path);
    /// File → Open recent: opens `path`, or drops it from the list when it no longer exists.
    void openRecent(const QString &path);
    QWidget *buildNetworkPage();
    QWidget *buildBrowserPage();
    QWidget *buildPendingPage(const QString &title, const QString &text);

    std::unique_ptr<Storage::DataStore> m_store;
    QListWidget *m_navigator = nullptr;
    QStackedWidget *m_pages = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusDatabase = nullptr, *m_statusCounts = nullptr, *m_statusImport = nullptr;
    NetworkMapWidget *m_map = nullptr;
    ForecastView *m_forecastView = nullptr;
    AccuracyView *m_accuracyView = nullptr;
    HealthView *m_healthView = nullptr;
    PlanView *m_planView = nullptr;
    QUndoStack *m_undo = nullptr;
    QDockWidget *m_historyDock = nullptr;
    bool m_statusRunning = false, m_statusPending = false;
    SqlTableModel *m_browserModel = nullptr;
    SqlTableModel *m_locationsModel = nullptr;
    ScenarioView *m_scenarioView = nullptr;
    // Declared after m_store so that it is destroyed first: its last save needs the store.
    std::unique_ptr<UndoJournalKeeper> m_journal;
    QString m_journalMessage;
};

} // namespace Stockshift::Ui
