#include "browser/BrowserCommands.h"

#include "storage/DataEdits.h"
#include "storage/DataStore.h"

#include <QDebug>

namespace Stockshift::Ui {

CellEditCommand::CellEditCommand(Storage::DataStore *store, const QString &table,
                                 const QVariantList &key, const QString &column,
                                 const QVariant &before, const QVariant &after, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_table(table)
    , m_key(key)
    , m_column(column)
    , m_before(before)
    , m_after(after)
{}

void CellEditCommand::undo()
{
    store(m_before);
}

void CellEditCommand::redo()
{
    if (m_stored) {
        m_stored = false;
        return;
    }
    store(m_after);
}

// Undo and redo cannot refuse: a failure (the row was deleted meanwhile, a lock held too long) is
// logged, and the views reload to show what is really stored.
void CellEditCommand::store(const QVariant &value)
{
    const auto result
        = Storage::DataEdits::editCell(m_store->connection(), m_table, m_key, m_column, value);
    if (!result)
        qWarning().noquote() << result.errorMessage();
    m_store->notifyChanged({m_table});
}

} // namespace Stockshift::Ui
