#include "forecast/OverrideDialog.h"

#include "common/Dates.h"

#include "common/Days.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Stockshift::Ui {

OverrideDialog::OverrideDialog(const std::vector<Forecast::ForecastBucket> &buckets, int first,
                               int last, double value, const QString &series, QWidget *parent)
    : QDialog(parent)
    , m_buckets(buckets)
{
    setWindowTitle(tr("Override the forecast"));
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    const QLocale locale;
    for (const Forecast::ForecastBucket &b : m_buckets) {
        const QString text = Dates::day(b.startDay, locale);
        m_from->addItem(text, b.startDay);
        m_to->addItem(text, b.startDay);
    }
    m_from->setCurrentIndex(std::clamp(first, 0, int(m_buckets.size()) - 1));
    m_to->setCurrentIndex(std::clamp(last, 0, int(m_buckets.size()) - 1));
    m_set = new QRadioButton(tr("Set to"), this);
    m_scale = new QRadioButton(tr("Scale by"), this);
    m_value = new QDoubleSpinBox(this);
    m_value->setRange(0, 1e9);
    m_value->setDecimals(2);
    m_value->setObjectName(QStringLiteral("overrideValue"));
    if (value >= 0) {
        m_set->setChecked(true);
        m_value->setValue(value);
    } else {
        m_scale->setChecked(true);
        m_value->setValue(1.0);
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("Why? e.g. promotion flyer, customer order, delisting"));
    // Wide enough for the whole hint in the language shown (it tells what a reason looks like).
    m_reason->setMinimumWidth(m_reason->fontMetrics().horizontalAdvance(m_reason->placeholderText())
                              + 4 * m_reason->fontMetrics().averageCharWidth());
    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);

    auto *mode = new QHBoxLayout;
    mode->addWidget(m_set);
    mode->addWidget(m_scale);
    mode->addWidget(m_value, 1);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from, 1);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Series:"), new QLabel(series.toHtmlEscaped(), this));
    form->addRow(tr("Periods starting:"), range);
    form->addRow(tr("Change:"), mode);
    form->addRow(tr("Reason:"), m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Override"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *box : {m_from, m_to})
        connect(box, &QComboBox::currentIndexChanged, this, &OverrideDialog::updatePreview);
    connect(m_set, &QRadioButton::toggled, this, [this](bool set) {
        m_value->setSuffix(set ? QString() : tr(" ×"));
        updatePreview();
    });
    connect(m_value, &QDoubleSpinBox::valueChanged, this, &OverrideDialog::updatePreview);
    connect(m_reason, &QLineEdit::textChanged, this, &OverrideDialog::updatePreview);
    m_value->setSuffix(m_set->isChecked() ? QString() : tr(" ×"));
    updatePreview();
    m_reason->setFocus();
}

Forecast::Override OverrideDialog::result() const
{
    Forecast::Override o;
    o.startDay = m_from->currentData().toInt();
    o.endDay = m_to->currentData().toInt();
    if (o.endDay < o.startDay)
        std::swap(o.startDay, o.endDay);
    o.mode = m_set->isChecked() ? Forecast::Override::Mode::Set : Forecast::Override::Mode::Scale;
    o.value = m_value->value();
    o.reason = m_reason->text().trimmed();
    return o;
}

void OverrideDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

void OverrideDialog::setScale(double factor)
{
    m_scale->setChecked(true);
    m_value->setValue(factor);
}

void OverrideDialog::updatePreview()
{
    const Forecast::Override o = result();
    double before = 0, after = 0;
    int periods = 0;
    for (const Forecast::ForecastBucket &b : m_buckets) {
        if (b.startDay < o.startDay || b.startDay > o.endDay)
            continue;
        ++periods;
        before += b.final;
        after += o.mode == Forecast::Override::Mode::Set ? o.value : b.final * o.value;
    }
    const QLocale locale;
    m_preview->setText(tr("%n period(s): %1 → %2 units in total.", nullptr, periods)
                           .arg(locale.toString(before, 'f', 1), locale.toString(after, 'f', 1)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!o.reason.isEmpty() && periods > 0);
}

} // namespace Stockshift::Ui
