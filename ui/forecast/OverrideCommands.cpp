#include "forecast/OverrideCommands.h"

#include "forecast/Overrides.h"
#include "storage/DataStore.h"

#include <QDebug>

namespace Stockshift::Ui {

namespace {

// Undo and redo cannot refuse: a failure (the database changed underneath, a lock) is logged
// and the views reload to show what is really stored.
void apply(Storage::DataStore *store, qint64 id, bool inForce)
{
    const Status s = inForce ? Forecast::redoOverride(store->connection(), id)
                             : Forecast::undoOverride(store->connection(), id);
    if (!s)
        qWarning().noquote() << s.errorMessage();
    store->notifyChanged({QStringLiteral("forecast_overrides")});
}

} // namespace

AddOverrideCommand::AddOverrideCommand(Storage::DataStore *store, qint64 overrideId,
                                       const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_id(overrideId)
{}

void AddOverrideCommand::undo()
{
    apply(m_store, m_id, false);
}

void AddOverrideCommand::redo()
{
    if (m_stored) {
        m_stored = false;
        return;
    }
    apply(m_store, m_id, true);
}

WithdrawOverrideCommand::WithdrawOverrideCommand(Storage::DataStore *store, qint64 overrideId,
                                                 const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_id(overrideId)
{}

void WithdrawOverrideCommand::undo()
{
    apply(m_store, m_id, true);
}

void WithdrawOverrideCommand::redo()
{
    apply(m_store, m_id, false);
}

} // namespace Stockshift::Ui
