#include "scenario/ScenarioCommands.h"

#include "scenario/ScenarioStore.h"
#include "scenario/ScenarioView.h"
#include "storage/Connection.h"
#include "storage/DataStore.h"

#include <QDebug>

namespace Stockshift::Ui {

using namespace Scenarios;

namespace {

// Stores `scenario` as it was (a new row when its name is free, else over the row of that name).
Status storeAgain(Storage::Connection &connection, Scenario scenario)
{
    scenario.id = -1;
    auto id = saveScenario(connection, scenario);
    if (!id)
        return id.error();
    return {};
}

Status deleteNamed(Storage::Connection &connection, const QString &name)
{
    auto stored = loadScenario(connection, name);
    if (!stored)
        return stored.error();
    return deleteScenario(connection, stored->id);
}

Status renameNamed(Storage::Connection &connection, const QString &from, const QString &to)
{
    auto stored = loadScenario(connection, from);
    if (!stored)
        return stored.error();
    return renameScenario(connection, stored->id, to);
}

} // namespace

ScenarioCommand::ScenarioCommand(Storage::DataStore *store, ScenarioView *view, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_view(view)
{}

void ScenarioCommand::done(const Status &status, const QString &name)
{
    if (!status)
        qWarning().noquote() << status.errorMessage();
    if (m_store)
        m_store->notifyChanged({QStringLiteral("scenarios")});
    if (m_view)
        m_view->refreshFromStore(name);
}

bool ScenarioCommand::skipFirstRedo()
{
    if (!m_applied)
        return false;
    m_applied = false;
    return true;
}

CreateScenarioCommand::CreateScenarioCommand(Storage::DataStore *store, ScenarioView *view,
                                             const Scenario &created, const QString &text)
    : ScenarioCommand(store, view, text)
    , m_created(created)
{}

void CreateScenarioCommand::undo()
{
    if (m_store)
        done(deleteNamed(m_store->connection(), m_created.name), {});
}

void CreateScenarioCommand::redo()
{
    if (skipFirstRedo() || !m_store)
        return;
    done(storeAgain(m_store->connection(), m_created), m_created.name);
}

DeleteScenarioCommand::DeleteScenarioCommand(Storage::DataStore *store, ScenarioView *view,
                                             const Scenario &deleted, const QString &text)
    : ScenarioCommand(store, view, text)
    , m_deleted(deleted)
{}

void DeleteScenarioCommand::undo()
{
    if (m_store)
        done(storeAgain(m_store->connection(), m_deleted), m_deleted.name);
}

void DeleteScenarioCommand::redo()
{
    if (skipFirstRedo() || !m_store)
        return;
    done(deleteNamed(m_store->connection(), m_deleted.name), {});
}

RenameScenarioCommand::RenameScenarioCommand(Storage::DataStore *store, ScenarioView *view,
                                             const QString &before, const QString &after,
                                             const QString &text)
    : ScenarioCommand(store, view, text)
    , m_before(before)
    , m_after(after)
{}

void RenameScenarioCommand::undo()
{
    if (m_store)
        done(renameNamed(m_store->connection(), m_after, m_before), m_before);
}

void RenameScenarioCommand::redo()
{
    if (skipFirstRedo() || !m_store)
        return;
    done(renameNamed(m_store->connection(), m_before, m_after), m_after);
}

ChangeScenarioCommand::ChangeScenarioCommand(Storage::DataStore *store, ScenarioView *view,
                                             const Scenario &before, const Scenario &after,
                                             const QString &text)
    : ScenarioCommand(store, view, text)
    , m_before(before)
    , m_after(after)
{}

void ChangeScenarioCommand::undo()
{
    if (m_store)
        done(storeAgain(m_store->connection(), m_before), m_before.name);
}

void ChangeScenarioCommand::redo()
{
    if (skipFirstRedo() || !m_store)
        return;
    done(storeAgain(m_store->connection(), m_after), m_after.name);
}

} // namespace Stockshift::Ui
