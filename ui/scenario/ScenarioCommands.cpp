#include "scenario/ScenarioCommands.h"

#include "scenario/ScenarioFile.h"
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

QJsonValue toJournal(const Scenario &scenario)
{
    const auto bytes = encode(scenario, Encoding::Binary);
    if (!bytes) {
        // Beyond the file format's caps: the history keeps a value restore refuses, so the
        // stored history is dropped rather than replayed without this step.
        qWarning().noquote() << bytes.errorMessage();
        return QJsonValue();
    }
    return QString::fromLatin1(bytes->toBase64());
}

Result<Scenario> fromJournal(const QString &kind, const QJsonObject &data, const QString &field)
{
    const QJsonValue value = data.value(field);
    if (!value.isString())
        return journalDataError(kind, field);
    const QByteArray bytes = QByteArray::fromBase64(value.toString().toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    auto scenario = decode(bytes);
    if (!scenario)
        return journalDataError(kind, field);
    return scenario;
}

// Creation and deletion hold one whole scenario under "scenario".
template<typename Command>
Result<Command *> fromOneScenario(Storage::DataStore *store, ScenarioView *view,
                                  const QString &text, const QJsonObject &data,
                                  QUndoCommand *parent)
{
    auto scenario = fromJournal(Command::journalKind(), data, QStringLiteral("scenario"));
    if (!scenario)
        return scenario.error();
    return new Command(store, view, *scenario, text, parent);
}

} // namespace

ScenarioCommand::ScenarioCommand(Storage::DataStore *store, ScenarioView *view, const QString &text,
                                 QUndoCommand *parent)
    : JournalCommand(text, FirstRedo::Skipped, parent)
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

CreateScenarioCommand::CreateScenarioCommand(Storage::DataStore *store, ScenarioView *view,
                                             const Scenario &created, const QString &text,
                                             QUndoCommand *parent)
    : ScenarioCommand(store, view, text, parent)
    , m_created(created)
{}

QJsonObject CreateScenarioCommand::data() const
{
    return {{QStringLiteral("scenario"), toJournal(m_created)}};
}

Result<CreateScenarioCommand *> CreateScenarioCommand::fromData(Storage::DataStore *store,
                                                                ScenarioView *view,
                                                                const QString &text,
                                                                const QJsonObject &data,
                                                                QUndoCommand *parent)
{
    return fromOneScenario<CreateScenarioCommand>(store, view, text, data, parent);
}

void CreateScenarioCommand::doUndo()
{
    if (m_store)
        done(deleteNamed(m_store->connection(), m_created.name), {});
}

void CreateScenarioCommand::doRedo()
{
    if (!m_store)
        return;
    done(storeAgain(m_store->connection(), m_created), m_created.name);
}

DeleteScenarioCommand::DeleteScenarioCommand(Storage::DataStore *store, ScenarioView *view,
                                             const Scenario &deleted, const QString &text,
                                             QUndoCommand *parent)
    : ScenarioCommand(store, view, text, parent)
    , m_deleted(deleted)
{}

QJsonObject DeleteScenarioCommand::data() const
{
    return {{QStringLiteral("scenario"), toJournal(m_deleted)}};
}

Result<DeleteScenarioCommand *> DeleteScenarioCommand::fromData(Storage::DataStore *store,
                                                                ScenarioView *view,
                                                                const QString &text,
                                                                const QJsonObject &data,
                                                                QUndoCommand *parent)
{
    return fromOneScenario<DeleteScenarioCommand>(store, view, text, data, parent);
}

void DeleteScenarioCommand::doUndo()
{
    if (m_store)
        done(storeAgain(m_store->connection(), m_deleted), m_deleted.name);
}

void DeleteScenarioCommand::doRedo()
{
    if (!m_store)
        return;
    done(deleteNamed(m_store->connection(), m_deleted.name), {});
}

RenameScenarioCommand::RenameScenarioCommand(Storage::DataStore *store, ScenarioView *view,
                                             const QString &before, const QString &after,
                                             const QString &text, QUndoCommand *parent)
    : ScenarioCommand(store, view, text, parent)
    , m_before(before)
    , m_after(after)
{}

QJsonObject RenameScenarioCommand::data() const
{
    return {{QStringLiteral("before"), m_before}, {QStringLiteral("after"), m_after}};
}

Result<RenameScenarioCommand *> RenameScenarioCommand::fromData(Storage::DataStore *store,
                                                                ScenarioView *view,
                                                                const QString &text,
                                                                const QJsonObject &data,
                                                                QUndoCommand *parent)
{
    for (const char *field : {"before", "after"})
        if (data.value(QLatin1String(field)).toString().trimmed().isEmpty())
            return journalDataError(journalKind(), QLatin1String(field));
    return new RenameScenarioCommand(store, view, data.value(QLatin1String("before")).toString(),
                                     data.value(QLatin1String("after")).toString(), text, parent);
}

void RenameScenarioCommand::doUndo()
{
    if (m_store)
        done(renameNamed(m_store->connection(), m_after, m_before), m_before);
}

void RenameScenarioCommand::doRedo()
{
    if (!m_store)
        return;
    done(renameNamed(m_store->connection(), m_before, m_after), m_after);
}

ChangeScenarioCommand::ChangeScenarioCommand(Storage::DataStore *store, ScenarioView *view,
                                             const Scenario &before, const Scenario &after,
                                             const QString &text, QUndoCommand *parent)
    : ScenarioCommand(store, view, text, parent)
    , m_before(before)
    , m_after(after)
{}

QJsonObject ChangeScenarioCommand::data() const
{
    return {{QStringLiteral("before"), toJournal(m_before)},
            {QStringLiteral("after"), toJournal(m_after)}};
}

Result<ChangeScenarioCommand *> ChangeScenarioCommand::fromData(Storage::DataStore *store,
                                                                ScenarioView *view,
                                                                const QString &text,
                                                                const QJsonObject &data,
                                                                QUndoCommand *parent)
{
    auto before = fromJournal(journalKind(), data, QStringLiteral("before"));
    if (!before)
        return before.error();
    auto after = fromJournal(journalKind(), data, QStringLiteral("after"));
    if (!after)
        return after.error();
    return new ChangeScenarioCommand(store, view, *before, *after, text, parent);
}

void ChangeScenarioCommand::doUndo()
{
    if (m_store)
        done(storeAgain(m_store->connection(), m_before), m_before.name);
}

void ChangeScenarioCommand::doRedo()
{
    if (!m_store)
        return;
    done(storeAgain(m_store->connection(), m_after), m_after.name);
}

} // namespace Stockshift::Ui
