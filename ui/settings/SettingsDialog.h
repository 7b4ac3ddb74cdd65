// Ui::SettingsDialog — Edit → Settings…: three pages.
//   Company     the export settings of the open database (Export::settingKeys(): company,
//               buyer, currency, order numbering, EDI ids), read with Export::settingValues()
//               and written with Export::setSetting() in one transaction, so a refused value
//               (its ExportSettings message shown inline) stores nothing. Disabled, with a note,
//               when no database is open.
//   Appearance  the theme (Theme::themeNames()), previewed as soon as it is chosen; Cancel
//               puts back the theme that was applied when the dialog opened.
//   Defaults    plan horizon, plan time limit and forecast horizon (UserDefaults), used by the
//               views built after the change; the units weights and volumes are shown in
//               (common/Units.h), applied by the data browser when it reloads.
//
// GUI thread only. OK applies and closes, but stays open when a value is refused; Apply applies
// and stays open. Writing the company settings announces "app_settings" through the DataStore.
#pragma once

#include <QDialog>
#include <QMap>
#include <QString>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QWidget;

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `store` is the open database, or nullptr when none is open.
    explicit SettingsDialog(Storage::DataStore *store, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Stores every page; false when a value is refused (the message is shown inline and
    /// returned by errorText(); no company setting is stored then).
    bool apply();
    /// The message of the last refused value, empty after a successful apply().
    QString errorText() const;
    /// "company", "appearance" or "defaults".
    void showPage(const QString &name);

public slots:
    void accept() override;
    void reject() override;

private:
    QWidget *buildCompanyPage();
    QWidget *buildAppearancePage();
    QWidget *buildDefaultsPage();
    void loadCompany();
    bool applyCompany();
    void showError(const QString &message, QWidget *field);
    /// The value of an export setting as edited.
    QString editedValue(const QString &key) const;

    Storage::DataStore *m_store = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_error = nullptr;
    // Company page: one editor per export key.
    QMap<QString, QLineEdit *> m_lines;
    QPlainTextEdit *m_address = nullptr;
    QSpinBox *m_digits = nullptr;
    QCheckBox *m_ediTest = nullptr;
    QMap<QString, QString> m_loaded; ///< the stored values, by key
    // Appearance and defaults.
    QComboBox *m_theme = nullptr;
    QComboBox *m_weightUnit = nullptr, *m_volumeUnit = nullptr;
    QString m_themeAtOpen;
    QSpinBox *m_planHorizon = nullptr, *m_planTimeLimit = nullptr, *m_forecastHorizon = nullptr;
    QString m_errorText;
};

} // namespace Stockshift::Ui
