#include "settings/SettingsDialog.h"

#include "common/Units.h"

#include "export/ExportSettings.h"
#include "settings/Theme.h"
#include "settings/UserDefaults.h"
#include "storage/Connection.h"
#include "storage/DataStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Stockshift::Ui {

namespace {

const QLatin1String kAddress("export.company.address");
const QLatin1String kDigits("export.number.digits");
const QLatin1String kEdiTest("export.edi.test");
const QLatin1String kPoPrefix("export.po.prefix");
const QLatin1String kToPrefix("export.to.prefix");

QString descriptionOf(const QString &key)
{
    for (const Export::SettingKey &k : Export::settingKeys())
        if (k.key == key)
            return k.description;
    return {};
}

} // namespace

SettingsDialog::SettingsDialog(Storage::DataStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_themeAtOpen = Theme::appliedTheme();

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildCompanyPage(), tr("&Company"));
    m_tabs->addTab(buildAppearancePage(), tr("&Appearance"));
    m_tabs->addTab(buildDefaultsPage(), tr("&Defaults"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    loadCompany();
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::buildCompanyPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("companyPage"));
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(page);
    note->setObjectName(QStringLiteral("companyNote"));
    note->setWordWrap(true);
    note->setText(m_store ? tr("Printed on the purchase and transfer orders that Exports writes. "
                               "Stored in the open database, %1.")
                                .arg(QFileInfo(m_store->path()).fileName())
                          : tr("Open a database to edit the company details: they are stored in "
                               "the database, with its orders."));
    if (m_store)
        note->setToolTip(m_store->path());
    layout->addWidget(note);

    // Fields wide enough for what they hold (names and addresses ~24 characters, codes ~8),
    // whatever the labels beside them take in the language shown.
    const int charWidth = page->fontMetrics().averageCharWidth();
    const auto line = [this, page, charWidth](const char *key, int characters = 24) {
        auto *edit = new QLineEdit(page);
        const QString k = QString::fromLatin1(key);
        edit->setObjectName(k);
        edit->setToolTip(descriptionOf(k));
        edit->setMinimumWidth(charWidth * characters);
        m_lines.insert(k, edit);
        return edit;
    };
    // Long labels (German) put their field on the next line rather than squeeze it.
    const auto form = [](QGroupBox *group) {
        auto *rows = new QFormLayout(group);
        rows->setRowWrapPolicy(QFormLayout::WrapLongRows);
        rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        return rows;
    };

    auto *company = new QGroupBox(tr("Company"), page);
    auto *companyForm = form(company);
    companyForm->addRow(tr("&Name:"), line("export.company.name"));
    m_address = new QPlainTextEdit(company);
    m_address->setObjectName(kAddress);
    m_address->setToolTip(tr("One address line per row."));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_address->setMinimumWidth(charWidth * 24);
    companyForm->addRow(tr("A&ddress:"), m_address);
    companyForm->addRow(tr("&VAT id:"), line("export.company.vat_id"));

    auto *buyer = new QGroupBox(tr("Buyer"), page);
    auto *buyerForm = form(buyer);
    buyerForm->addRow(tr("N&ame:"), line("export.buyer.name"));
    buyerForm->addRow(tr("&E-mail:"), line("export.buyer.email"));
    buyerForm->addRow(tr("&Phone:"), line("export.buyer.phone"));

    auto *orders = new QGroupBox(tr("Orders"), page);
    auto *ordersForm = form(orders);
    QLineEdit *currency = line("export.currency", 6);
    currency->setMaxLength(3);
    currency->setPlaceholderText(tr("EUR"));
    ordersForm->addRow(tr("Cu&rrency:"), currency);
    ordersForm->addRow(tr("P&urchase order prefix:"), line("export.po.prefix", 8));
    ordersForm->addRow(tr("&Transfer order prefix:"), line("export.to.prefix", 8));
    m_digits = new QSpinBox(orders);
    m_digits->setObjectName(kDigits);
    m_digits->setRange(3, 9);
    m_digits->setToolTip(descriptionOf(kDigits));
    ordersForm->addRow(tr("Sequence di&gits:"), m_digits);
    auto *example = new QLabel(orders);
    example->setObjectName(QStringLiteral("orderNumberExample"));
    example->setWordWrap(true); // two numbers: may take two lines
    ordersForm->addRow(tr("Example:"), example);
    const auto updateExample = [this, example] {
        Export::CompanySettings s;
        s.sequenceDigits = m_digits->value();
        const int year = QDate::currentDate().year();
        example->setText(tr("%1, %2").arg(s.orderNumber(editedValue(kPoPrefix), year, 17),
                                          s.orderNumber(editedValue(kToPrefix), year, 17)));
    };
    connect(m_lines.value(kPoPrefix), &QLineEdit::textChanged, this, updateExample);
    connect(m_lines.value(kToPrefix), &QLineEdit::textChanged, this, updateExample);
    connect(m_digits, &QSpinBox::valueChanged, this, updateExample);

    auto *edi = new QGroupBox(tr("EDI"), page);
    auto *ediForm = form(edi);
    ediForm->addRow(tr("&Sender id:"), line("export.edi.sender_id", 15));
    ediForm->addRow(tr("&X12 id qualifier:"), line("export.edi.x12_qualifier", 6));
    ediForm->addRow(tr("EDI&FACT id qualifier:"), line("export.edi.edifact_qualifier", 6));
    m_ediTest = new QCheckBox(tr("Mark &interchanges as test data"), edi);
    m_ediTest->setObjectName(kEdiTest);
    m_ediTest->setToolTip(descriptionOf(kEdiTest));
    ediForm->addRow(m_ediTest);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(company);
    left->addWidget(buyer);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(orders);
    right->addWidget(edi);
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns, 1);
    for (QGroupBox *group : {company, buyer, orders, edi})
        group->setEnabled(m_store != nullptr);
    return page;
}

QWidget *SettingsDialog::buildAppearancePage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("appearancePage"));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_themeAtOpen)));
    form->addRow(tr("&Theme:"), m_theme);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The theme applies at once to every window, the charts and the "
                               "network map included."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch();
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { Theme::applyTheme(m_theme->currentData().toString()); });
    return page;
}

QWidget *SettingsDialog::buildDefaultsPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("defaultsPage"));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    const auto spin
        = [page](const char *name, int low, int high, int value, const QString &suffix) {
              auto *box = new QSpinBox(page);
              box->setObjectName(QString::fromLatin1(name));
              box->setRange(low, high);
              box->setValue(value);
              box->setSuffix(suffix);
              return box;
          };
    m_planHorizon
        = spin("planHorizonWeeks", 1, 104, UserDefaults::planHorizonWeeks(), tr(" weeks"));
    m_planTimeLimit
        = spin("planTimeLimitSeconds", 1, 3600, UserDefaults::planTimeLimitSeconds(), tr(" s"));
    m_forecastHorizon
        = spin("forecastHorizonWeeks", 1, 104, UserDefaults::forecastHorizonWeeks(), tr(" weeks"));
    form->addRow(tr("&Plan horizon:"), m_planHorizon);
    form->addRow(tr("Plan &time limit:"), m_planTimeLimit);
    form->addRow(tr("&Forecast horizon:"), m_forecastHorizon);
    // Units of measure for weights and volumes (stored in kg and m³, shown converted).
    m_weightUnit = new QComboBox(page);
    m_weightUnit->setObjectName(QStringLiteral("weightUnit"));
    m_weightUnit->addItem(tr("Kilograms (kg)"), int(Units::Weight::Kilogram));
    m_weightUnit->addItem(tr("Pounds (lb)"), int(Units::Weight::Pound));
    m_weightUnit->setCurrentIndex(m_weightUnit->findData(int(Units::weightUnit())));
    m_volumeUnit = new QComboBox(page);
    m_volumeUnit->setObjectName(QStringLiteral("volumeUnit"));
    m_volumeUnit->addItem(tr("Cubic metres (m³)"), int(Units::Volume::CubicMetre));
    m_volumeUnit->addItem(tr("Cubic feet (ft³)"), int(Units::Volume::CubicFoot));
    m_volumeUnit->addItem(tr("Litres (L)"), int(Units::Volume::Litre));
    m_volumeUnit->setCurrentIndex(m_volumeUnit->findData(int(Units::volumeUnit())));
    form->addRow(tr("&Weights in:"), m_weightUnit);
    form->addRow(tr("&Volumes in:"), m_volumeUnit);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The Plans and Forecasts areas start from these values when a "
                               "database is opened. Weights and volumes are shown in the chosen "
                               "units; the database keeps kilograms and cubic metres."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch();
    return page;
}

void SettingsDialog::loadCompany()
{
    m_loaded.clear();
    if (!m_store)
        return;
    auto values = Export::settingValues(m_store->connection());
    if (!values) {
        showError(values.errorMessage(), nullptr);
        return;
    }
    m_loaded = *values;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        it.value()->setText(m_loaded.value(it.key()));
    m_address->setPlainText(
        m_loaded.value(kAddress).split(QLatin1Char('|')).join(QLatin1Char('\n')));
    m_digits->setValue(m_loaded.value(kDigits).toInt());
    m_ediTest->setChecked(m_loaded.value(kEdiTest) == QLatin1String("1"));
}

QString SettingsDialog::editedValue(const QString &key) const
{
    if (QLineEdit *edit = m_lines.value(key))
        return edit->text().trimmed();
    if (key == kAddress) {
        QStringList lines;
        for (const QString &l : m_address->toPlainText().split(QLatin1Char('\n')))
            if (!l.trimmed().isEmpty())
                lines.append(l.trimmed());
        return lines.join(QLatin1Char('|'));
    }
    if (key == kDigits)
        return QString::number(m_digits->value());
    if (key == kEdiTest)
        return m_ediTest->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
    return {};
}

bool SettingsDialog::applyCompany()
{
    if (!m_store || m_loaded.isEmpty())
        return true;
    // Nothing edited, nothing to write: no transaction is opened, so OK never waits for (or
    // fails on) a lock held by a worker.
    const auto &keys = Export::settingKeys();
    if (std::none_of(keys.begin(), keys.end(), [this](const Export::SettingKey &k) {
            return editedValue(k.key) != m_loaded.value(k.key);
        }))
        return true;
    Storage::Connection &connection = m_store->connection();
    Storage::Transaction transaction(connection);
    if (!transaction.beginStatus()) {
        showError(transaction.beginStatus().errorMessage(), nullptr);
        return false;
    }
    bool changed = false;
    for (const Export::SettingKey &k : Export::settingKeys()) {
        const QString value = editedValue(k.key);
        if (value == m_loaded.value(k.key))
            continue;
        if (Status s = Export::setSetting(connection, k.key, value); !s) {
            // The transaction rolls back: nothing of this page is stored.
            m_tabs->setCurrentIndex(0);
            QWidget *field = m_lines.value(k.key);
            if (!field)
                field = k.key == kAddress  ? static_cast<QWidget *>(m_address)
                        : k.key == kDigits ? static_cast<QWidget *>(m_digits)
                                           : static_cast<QWidget *>(m_ediTest);
            showError(s.errorMessage(), field);
            return false;
        }
        changed = true;
    }
    if (!changed)
        return true;
    if (Status s = transaction.commit(); !s) {
        showError(s.errorMessage(), nullptr);
        return false;
    }
    m_store->notifyChanged({QStringLiteral("app_settings")});
    loadCompany();
    return true;
}

bool SettingsDialog::apply()
{
    m_errorText.clear();
    m_error->hide();
    if (!applyCompany())
        return false;
    const QString theme = m_theme->currentData().toString();
    Theme::storeTheme(theme);
    if (Theme::appliedTheme() != theme)
        Theme::applyTheme(theme);
    m_themeAtOpen = theme;
    UserDefaults::setPlanHorizonWeeks(m_planHorizon->value());
    UserDefaults::setPlanTimeLimitSeconds(m_planTimeLimit->value());
    UserDefaults::setForecastHorizonWeeks(m_forecastHorizon->value());
    Units::setWeightUnit(Units::Weight(m_weightUnit->currentData().toInt()));
    Units::setVolumeUnit(Units::Volume(m_volumeUnit->currentData().toInt()));
    return true;
}

QString SettingsDialog::errorText() const
{
    return m_errorText;
}

void SettingsDialog::showPage(const QString &name)
{
    const QStringList pages{QStringLiteral("company"), QStringLiteral("appearance"),
                            QStringLiteral("defaults")};
    m_tabs->setCurrentIndex(std::max(0, int(pages.indexOf(name))));
}

void SettingsDialog::showError(const QString &message, QWidget *field)
{
    m_errorText = message;
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, Theme::errorColor());
    m_error->setPalette(palette);
    m_error->setText(message);
    m_error->show();
    if (field) {
        field->setFocus();
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::reject()
{
    if (Theme::appliedTheme() != m_themeAtOpen)
        Theme::applyTheme(m_themeAtOpen);
    QDialog::reject();
}

} // namespace Stockshift::Ui
