// Ui::CellEditCommand — one cell of master data edited in the data browser, as an undoable
// command on the workstation's QUndoStack (Edit → Undo), like the plan and policy edits
// (plan/PlanCommands.h, health/PolicyCommands.h).
//
// The edit is stored first by the caller (SqlTableModel::setData through
// Storage::DataEdits::editCell, whose refusal it shows) and the command is pushed afterwards, so
// its first redo() does nothing. Undo stores the previous value through the same editCell, redo
// the new one again; the engine audits each of them. After each change the DataStore announces
// the table, on which the browser and every other view of it reload. The command is kept in the
// database's edit history (undo/JournalCommand.h) as "cell-edit".
//
// GUI thread only.
#pragma once

#include "common/Result.h"
#include "undo/JournalCommand.h"

#include <QString>
#include <QVariant>
#include <QVariantList>

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class CellEditCommand : public JournalCommand
{
public:
    /// `key`: the row's Storage::DataEdits::keyColumns() values; `before` and `after` as stored
    /// (a null QVariant for NULL).
    CellEditCommand(Storage::DataStore *store, const QString &table, const QVariantList &key,
                    const QString &column, const QVariant &before, const QVariant &after,
                    const QString &text, QUndoCommand *parent = nullptr);

    static QString journalKind() { return QStringLiteral("cell-edit"); }
    /// Rebuilds a command from its data(); an Error names what is missing.
    static Result<CellEditCommand *> fromData(Storage::DataStore *store, const QString &text,
                                              const QJsonObject &data, QUndoCommand *parent);
    QString kind() const override { return journalKind(); }
    QJsonObject data() const override;

    QString table() const { return m_table; }
    QString column() const { return m_column; }
    QVariantList key() const { return m_key; }
    QVariant before() const { return m_before; }
    QVariant after() const { return m_after; }

private:
    void doUndo() override;
    void doRedo() override;
    void store(const QVariant &value);

    Storage::DataStore *m_store;
    QString m_table;
    QVariantList m_key;
    QString m_column;
    QVariant m_before, m_after;
};

} // namespace Stockshift::Ui
