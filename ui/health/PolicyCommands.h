// Ui::PolicyCommands — policy edits as undoable commands on the workstation's QUndoStack.
//
// As with the forecast overrides (forecast/OverrideCommands.h), the edit is stored first by the
// caller (Policy::saveSegmentRule / saveOverride, whose errors it shows) and the command is
// pushed afterwards, so its first redo() does nothing. Undo stores the parameters from before
// the edit through the same save function (empty parameters delete the rule or override, so a
// scope that had no stored rule gets none again), redo stores the edit again; each is audited
// by the engine. After every change the DataStore announces "policy_rules" or
// "policy_overrides", on which the Stock health area recomputes. Both are kept in the
// database's edit history (undo/JournalCommand.h) with the parameters as PolicyParameters JSON.
//
// GUI thread only.
#pragma once

#include "policy/PolicyConfig.h"
#include "undo/JournalCommand.h"

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

/// The rule of one scope ("default", "A", "AX" …) changed from `before` to `after`.
class SegmentRuleCommand : public JournalCommand
{
public:
    SegmentRuleCommand(Storage::DataStore *store, const QString &scope,
                       const Policy::PolicyParameters &before,
                       const Policy::PolicyParameters &after, const QString &text,
                       QUndoCommand *parent = nullptr);

    static QString journalKind() { return QStringLiteral("policy-rule"); }
    static Result<SegmentRuleCommand *> fromData(Storage::DataStore *store, const QString &text,
                                                 const QJsonObject &data, QUndoCommand *parent);
    QString kind() const override { return journalKind(); }
    QJsonObject data() const override;

private:
    void doUndo() override;
    void doRedo() override;

    Storage::DataStore *m_store;
    QString m_scope;
    Policy::PolicyParameters m_before, m_after;
};

/// The override of one SKU × location changed (empty parameters: none).
class PolicyOverrideCommand : public JournalCommand
{
public:
    struct State
    {
        Policy::PolicyParameters parameters;
        QString reason;
    };
    PolicyOverrideCommand(Storage::DataStore *store, qint64 locationId, qint64 skuId,
                          const State &before, const State &after, const QString &text,
                          QUndoCommand *parent = nullptr);

    static QString journalKind() { return QStringLiteral("policy-override"); }
    static Result<PolicyOverrideCommand *> fromData(Storage::DataStore *store, const QString &text,
                                                    const QJsonObject &data, QUndoCommand *parent);
    QString kind() const override { return journalKind(); }
    QJsonObject data() const override;

private:
    void doUndo() override;
    void doRedo() override;

    Storage::DataStore *m_store;
    qint64 m_locationId, m_skuId;
    State m_before, m_after;
};

} // namespace Stockshift::Ui
