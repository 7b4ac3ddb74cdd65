#include "undo/UndoJournalKeeper.h"

#include "browser/BrowserCommands.h"
#include "common/UserName.h"
#include "forecast/OverrideCommands.h"
#include "health/PolicyCommands.h"
#include "plan/PlanCommands.h"
#include "scenario/ScenarioCommands.h"
#include "scenario/ScenarioView.h"
#include "storage/DataStore.h"
#include "storage/UndoJournal.h"
#include "undo/JournalCommand.h"

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUndoStack>

namespace Stockshift::Ui {

namespace {

const QLatin1String kGroup("group");

// Rebuilds one command (with `parent`, a macro's child) from its {"kind", "text", "data"}.
Result<QUndoCommand *> decodeObject(const QJsonObject &object, Storage::DataStore *store,
                                    ScenarioView *view, QUndoCommand *parent, bool undone)
{
    const QString kind = object.value(QLatin1String("kind")).toString();
    const QString text = object.value(QLatin1String("text")).toString();
    const QJsonObject data = object.value(QLatin1String("data")).toObject();
    if (kind == kGroup) {
        const QJsonArray children = object.value(QLatin1String("children")).toArray();
        if (children.isEmpty())
            return journalDataError(kind, QStringLiteral("children"));
        auto *group = new QUndoCommand(text, parent);
        for (const QJsonValue &child : children) {
            auto decoded = decodeObject(child.toObject(), store, view, group, undone);
            if (!decoded) {
                if (!parent)
                    delete group;
                return decoded.error();
            }
        }
        return group;
    }

    // Each kind parses its own fields; the result is a JournalCommand owned by `parent` when
    // there is one.
    auto finish = [undone](auto result) -> Result<QUndoCommand *> {
        if (!result)
            return result.error();
        (*result)->restoredAs(undone);
        return static_cast<QUndoCommand *>(*result);
    };
    if (kind == CellEditCommand::journalKind())
        return finish(CellEditCommand::fromData(store, text, data, parent));
    if (kind == AddOverrideCommand::journalKind())
        return finish(AddOverrideCommand::fromData(store, text, data, parent));
    if (kind == WithdrawOverrideCommand::journalKind())
        return finish(WithdrawOverrideCommand::fromData(store, text, data, parent));
    if (kind == SegmentRuleCommand::journalKind())
        return finish(SegmentRuleCommand::fromData(store, text, data, parent));
    if (kind == PolicyOverrideCommand::journalKind())
        return finish(PolicyOverrideCommand::fromData(store, text, data, parent));
    if (kind == LineStatusCommand::journalKind())
        return finish(LineStatusCommand::fromData(store, text, data, parent));
    if (kind == LineQuantityCommand::journalKind())
        return finish(LineQuantityCommand::fromData(store, text, data, parent));
    if (kind == CreateScenarioCommand::journalKind())
        return finish(CreateScenarioCommand::fromData(store, view, text, data, parent));
    if (kind == DeleteScenarioCommand::journalKind())
        return finish(DeleteScenarioCommand::fromData(store, view, text, data, parent));
    if (kind == RenameScenarioCommand::journalKind())
        return finish(RenameScenarioCommand::fromData(store, view, text, data, parent));
    if (kind == ChangeScenarioCommand::journalKind())
        return finish(ChangeScenarioCommand::fromData(store, view, text, data, parent));
    return Error(UndoJournalKeeper::tr("The stored edit history holds an edit of unknown kind "
                                       "\"%1\".")
                     .arg(kind),
                 QStringLiteral("unknown-kind"));
}

// A macro is kept when all its children are journal commands (a macro of macros does not occur).
QJsonObject groupObject(const QUndoCommand *command)
{
    QJsonArray children;
    for (int i = 0; i < command->childCount(); ++i) {
        const auto *child = dynamic_cast<const JournalCommand *>(command->child(i));
        if (!child)
            return {};
        children.append(QJsonDocument::fromJson(child->journalDocument()).object());
    }
    return {{QStringLiteral("kind"), kGroup},
            {QStringLiteral("text"), command->text()},
            {QStringLiteral("children"), children}};
}

} // namespace

UndoJournalKeeper::UndoJournalKeeper(Storage::DataStore *store, QUndoStack *stack,
                                     ScenarioView *scenarioView, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_stack(stack)
    , m_scenarioView(scenarioView)
{
    connect(stack, &QUndoStack::indexChanged, this, [this] {
        if (!m_restoring)
            save();
    });
    // The window's other writes (a plan run, an import) move the data fingerprint on: the journal
    // is saved again once the change is complete (a command's own notification comes before the
    // stack's index moves), so that it still matches the data at the next start.
    m_saveSoon.setSingleShot(true);
    m_saveSoon.setInterval(0);
    connect(&m_saveSoon, &QTimer::timeout, this, [this] {
        // A command's own change was saved with the stack's move; only a write that moved the
        // fingerprint since needs the journal written again.
        if (m_store) {
            const auto fingerprint = Storage::dataFingerprint(m_store->connection());
            if (fingerprint && *fingerprint == m_savedFingerprint)
                return;
        }
        save();
    });
    connect(store, &Storage::DataStore::tablesChanged, this, [this] {
        if (!m_restoring)
            m_saveSoon.start();
    });
}

UndoJournalKeeper::~UndoJournalKeeper()
{
    finish();
}

QByteArray UndoJournalKeeper::encode(const QUndoCommand *command)
{
    if (const auto *journal = dynamic_cast<const JournalCommand *>(command)) {
        // A scenario the file format refuses is kept as null (ScenarioCommands), which restore
        // refuses: that history then starts afresh rather than replaying without the step.
        return journal->journalDocument();
    }
    if (command->childCount() == 0)
        return {};
    const QJsonObject group = groupObject(command);
    return group.isEmpty() ? QByteArray() : QJsonDocument(group).toJson(QJsonDocument::Compact);
}

Result<QUndoCommand *> UndoJournalKeeper::decode(const QByteArray &document,
                                                 Storage::DataStore *store,
                                                 ScenarioView *scenarioView, bool undone)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(document, &error);
    if (error.error != QJsonParseError::NoError)
        return Error(tr("The stored edit history is not valid JSON: %1.").arg(error.errorString()),
                     QStringLiteral("corrupt"));
    if (!json.isObject())
        return Error(tr("The stored edit history holds an entry that is not a JSON object."),
                     QStringLiteral("corrupt"));
    return decodeObject(json.object(), store, scenarioView, nullptr, undone);
}

QString UndoJournalKeeper::restore()
{
    if (!m_store || !m_stack || m_finished)
        return {};
    // Why a history is not restored decides what becomes of it. Stale (another user, other data,
    // a broken entry): this session's history replaces it at once. Unreadable for now (a lock, a
    // newer build's kind of edit): it is left alone, and this session's edits are not kept.
    const auto stale = [this](const QString &why) {
        save();
        return tr("The edit history of the last session was not restored: %1").arg(why);
    };
    const auto leftAlone = [this](const QString &why) {
        m_keeping = false;
        return tr("The edit history of the last session was not restored: %1").arg(why) + u' '
               + tr("The edits of this session are not kept after it ends.");
    };
    auto loaded = Storage::loadUndoJournal(m_store->connection());
    if (!loaded)
        return loaded.error().code == QLatin1String("corrupt") ? stale(loaded.errorMessage())
                                                               : leftAlone(loaded.errorMessage());
    if (!loaded->has_value() || (*loaded)->entries.isEmpty())
        return {};
    Storage::UndoJournal journal = **loaded;
    if (journal.userName != userName()) {
        save();
        return tr("The edit history of the last session was not restored: it belongs to user "
                  "%1.")
            .arg(journal.userName);
    }
    auto fingerprint = Storage::dataFingerprint(m_store->connection());
    if (!fingerprint)
        return leftAlone(fingerprint.errorMessage());
    if (*fingerprint != journal.fingerprint) {
        save();
        return tr("The edit history of the last session was not restored: the data was "
                  "changed since (an import, or an edit made outside this window), so undoing "
                  "those edits could overwrite newer ones.");
    }
    // A history longer than the stack takes (written with another limit) loses its oldest
    // steps, as the stack itself would; only steps in force can go.
    const int limit = m_stack->undoLimit();
    if (limit > 0 && journal.entries.size() > limit) {
        const int excess = int(journal.entries.size()) - limit;
        if (excess > journal.inForce)
            return stale(tr("it holds more undone steps than the history keeps."));
        journal.entries.remove(0, excess);
        journal.inForce -= excess;
    }

    // Decode everything before touching the stack: a history with a step missing is not one to
    // undo through, so one bad entry drops all of it.
    QList<QUndoCommand *> commands;
    for (qsizetype i = 0; i < journal.entries.size(); ++i) {
        auto command = decode(journal.entries.at(i), m_store, m_scenarioView, i >= journal.inForce);
        if (!command) {
            qDeleteAll(commands);
            return command.error().code == QLatin1String("unknown-kind")
                       ? leftAlone(command.errorMessage())
                       : stale(command.errorMessage());
        }
        commands.append(*command);
    }
    m_restoring = true;
    m_stack->clear();
    for (QUndoCommand *command : std::as_const(commands))
        m_stack->push(command);         // the restored commands' first redo does nothing
    m_stack->setIndex(journal.inForce); // nor does the undo of those that were undone
    m_stack->setClean();
    m_restoring = false;
    // Counts, not a plural sentence: English has no catalogue to choose "edit" or "edits".
    const int undone = int(journal.entries.size()) - journal.inForce;
    return tr("Restored the edit history of the last session. Edits: %1, of them undone: %2.")
        .arg(journal.entries.size())
        .arg(undone);
}

void UndoJournalKeeper::finish()
{
    if (m_finished)
        return;
    m_saveSoon.stop();
    save();
    m_finished = true;
    if (m_stack)
        disconnect(m_stack, nullptr, this, nullptr);
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
}

void UndoJournalKeeper::save()
{
    if (m_finished || !m_keeping || !m_store || !m_stack)
        return;
    Storage::UndoJournal journal;
    for (int i = 0; i < m_stack->count(); ++i) {
        QByteArray document = encode(m_stack->command(i));
        if (document.isEmpty())
            continue;
        journal.entries.append(std::move(document));
        if (i < m_stack->index())
            ++journal.inForce;
    }
    journal.userName = userName();
    auto fingerprint = Storage::dataFingerprint(m_store->connection());
    if (!fingerprint) {
        m_lastSave = fingerprint.error();
    } else {
        journal.fingerprint = *fingerprint;
        m_lastSave = Storage::saveUndoJournal(m_store->connection(), journal);
        if (m_lastSave)
            m_savedFingerprint = journal.fingerprint;
    }
    // Losing the history is not worth an error box in the middle of an edit: it is logged.
    if (!m_lastSave)
        qWarning().noquote() << m_lastSave.errorMessage();
}

} // namespace Stockshift::Ui
