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

// Both commands are rebuilt from the override's id.
template<typename Command>
Result<Command *> fromOverrideId(Storage::DataStore *store, const QString &text,
                                 const QJsonObject &data, QUndoCommand *parent)
{
    const auto id = journalId(Command::journalKind(), data, QStringLiteral("override"));
    if (!id)
        return id.error();
    return new Command(store, *id, text, parent);
}

} // namespace

AddOverrideCommand::AddOverrideCommand(Storage::DataStore *store, qint64 overrideId,
                                       const QString &text, QUndoCommand *parent)
    : JournalCommand(text, FirstRedo::Skipped, parent)
    , m_store(store)
    , m_id(overrideId)
{}

QJsonObject AddOverrideCommand::data() const
{
    return {{QStringLiteral("override"), double(m_id)}};
}

Result<AddOverrideCommand *> AddOverrideCommand::fromData(Storage::DataStore *store,
                                                          const QString &text,
                                                          const QJsonObject &data,
                                                          QUndoCommand *parent)
{
    return fromOverrideId<AddOverrideCommand>(store, text, data, parent);
}

void AddOverrideCommand::doUndo()
{
    apply(m_store, m_id, false);
}

void AddOverrideCommand::doRedo()
{
    apply(m_store, m_id, true);
}

WithdrawOverrideCommand::WithdrawOverrideCommand(Storage::DataStore *store, qint64 overrideId,
                                                 const QString &text, QUndoCommand *parent)
    : JournalCommand(text, FirstRedo::Applies, parent)
    , m_store(store)
    , m_id(overrideId)
{}

QJsonObject WithdrawOverrideCommand::data() const
{
    return {{QStringLiteral("override"), double(m_id)}};
}

Result<WithdrawOverrideCommand *> WithdrawOverrideCommand::fromData(Storage::DataStore *store,
                                                                    const QString &text,
                                                                    const QJsonObject &data,
                                                                    QUndoCommand *parent)
{
    return fromOverrideId<WithdrawOverrideCommand>(store, text, data, parent);
}

void WithdrawOverrideCommand::doUndo()
{
    apply(m_store, m_id, true);
}

void WithdrawOverrideCommand::doRedo()
{
    apply(m_store, m_id, false);
}

} // namespace Stockshift::Ui
