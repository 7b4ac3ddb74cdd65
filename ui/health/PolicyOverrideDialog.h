// Ui::PolicyOverrideDialog — asks for the policy override of one SKU × location: which fields
// to set (each with its editor, prefilled with the value that applies now), and the reason,
// without which nothing can be stored. Unticked fields come from the segment rules. An
// existing override can be removed (no reason needed).
//
// GUI thread only. The dialog only edits; the caller stores (through the undo stack).
#pragma once

#include "policy/PolicyConfig.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Stockshift::Ui {

class PolicyOverrideDialog : public QDialog
{
    Q_OBJECT

public:
    /// `current`: the policy that applies now (with the override if there is one);
    /// `existing`, `reason`: the stored override (empty: none).
    PolicyOverrideDialog(const QString &title, const Policy::ResolvedPolicy &current,
                         const Policy::PolicyParameters &existing, const QString &reason,
                         QWidget *parent = nullptr);

    /// The override as edited; empty after "Remove override".
    Policy::PolicyParameters parameters() const;
    QString reason() const;
    bool removed() const { return m_removed; }

    // For tests and programmatic use.
    void setField(Policy::ResolvedPolicy::Field field, const QVariant &value);
    void setReason(const QString &reason);

private:
    void updateButtons();

    std::array<QCheckBox *, Policy::ResolvedPolicy::FieldCount> m_checks{};
    std::array<QWidget *, Policy::ResolvedPolicy::FieldCount> m_editors{};
    QLineEdit *m_reason;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    bool m_hadOverride;
    bool m_removed = false;
};

} // namespace Stockshift::Ui
