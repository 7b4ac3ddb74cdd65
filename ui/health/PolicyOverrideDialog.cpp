#include "health/PolicyOverrideDialog.h"

#include "health/PolicyModels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stockshift::Ui {

using Field = Policy::ResolvedPolicy::Field;

PolicyOverrideDialog::PolicyOverrideDialog(const QString &title,
                                           const Policy::ResolvedPolicy &current,
                                           const Policy::PolicyParameters &existing,
                                           const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_hadOverride(!existing.isEmpty())
{
    setWindowTitle(tr("Policy override — %1").arg(title));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Tick the settings this SKU × location should have regardless "
                                "of its segment; unticked settings keep coming from the segment "
                                "rules. The values shown apply now."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    for (int f = 0; f < Policy::ResolvedPolicy::FieldCount; ++f) {
        const auto field = Field(f);
        auto *check = new QCheckBox(PolicyFields::label(field), this);
        QWidget *editor = PolicyFields::createEditor(field, this, false);
        PolicyFields::setEditorValue(editor, field, PolicyFields::value(current, field));
        if (PolicyFields::isSet(existing, field)) {
            check->setChecked(true);
            Policy::ResolvedPolicy own;
            own.apply(existing, Policy::PolicySource::Override);
            PolicyFields::setEditorValue(editor, field, PolicyFields::value(own, field));
        }
        editor->setEnabled(check->isChecked());
        connect(check, &QCheckBox::toggled, editor, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &PolicyOverrideDialog::updateButtons);
        grid->addWidget(check, f / 2, (f % 2) * 2);
        grid->addWidget(editor, f / 2, (f % 2) * 2 + 1);
        m_checks[std::size_t(f)] = check;
        m_editors[std::size_t(f)] = editor;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(10);
    layout->addLayout(grid);

    auto *form = new QFormLayout;
    m_reason = new QLineEdit(reason, this);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("Required: why this SKU × location needs its own policy"));
    // Wide enough for the whole hint in the language shown.
    m_reason->setMinimumWidth(m_reason->fontMetrics().horizontalAdvance(m_reason->placeholderText())
                              + 4 * m_reason->fontMetrics().averageCharWidth());
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setStyleSheet(QStringLiteral("color: #8a939c"));
    layout->addWidget(m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Store override"));
    if (m_hadOverride) {
        QPushButton *remove
            = m_buttons->addButton(tr("Remove override"), QDialogButtonBox::DestructiveRole);
        connect(remove, &QPushButton::clicked, this, [this] {
            m_removed = true;
            accept();
        });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &PolicyOverrideDialog::updateButtons);
    layout->addWidget(m_buttons);
    updateButtons();
}

Policy::PolicyParameters PolicyOverrideDialog::parameters() const
{
    Policy::PolicyParameters p;
    if (m_removed)
        return p;
    for (int f = 0; f < Policy::ResolvedPolicy::FieldCount; ++f) {
        if (!m_checks[std::size_t(f)]->isChecked())
            continue;
        const QVariant v = PolicyFields::editorValue(m_editors[std::size_t(f)], Field(f));
        if (v.isValid())
            PolicyFields::set(p, Field(f), v);
    }
    return p;
}

QString PolicyOverrideDialog::reason() const
{
    return m_removed ? QString() : m_reason->text().trimmed();
}

void PolicyOverrideDialog::setField(Field field, const QVariant &value)
{
    m_checks[std::size_t(field)]->setChecked(value.isValid());
    if (value.isValid())
        PolicyFields::setEditorValue(m_editors[std::size_t(field)], field, value);
}

void PolicyOverrideDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

void PolicyOverrideDialog::updateButtons()
{
    const Policy::PolicyParameters p = parameters();
    const Status valid = p.validate();
    const bool hasReason = !m_reason->text().trimmed().isEmpty();
    QString hint;
    if (p.isEmpty())
        hint = tr("Tick at least one setting.");
    else if (!hasReason)
        hint = tr("A reason is required: it is stored with the override and audited.");
    else if (!valid)
        hint = valid.errorMessage();
    m_hint->setText(hint);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!p.isEmpty() && hasReason && valid.ok());
}

} // namespace Stockshift::Ui
