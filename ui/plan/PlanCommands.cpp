#include "plan/PlanCommands.h"

#include "plan/PlanStore.h"
#include "storage/DataStore.h"

#include <QDebug>
#include <QMap>

namespace Stockshift::Ui {

namespace {

// Undo and redo cannot refuse: a failure (the plan was deleted, a lock held too long) is logged,
// and the views reload to show what is really stored.
void report(Storage::DataStore *store, const Status &s)
{
    if (!s)
        qWarning().noquote() << s.errorMessage();
    store->notifyChanged({QStringLiteral("plan_lines")});
}

} // namespace

LineStatusCommand::LineStatusCommand(Storage::DataStore *store, qint64 planId,
                                     const QList<QPair<int, Plan::LineStatus>> &before,
                                     Plan::LineStatus after, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_planId(planId)
    , m_before(before)
    , m_after(after)
{}

void LineStatusCommand::undo()
{
    // One store call per previous status: lines approved from "proposed" and from "rejected" in
    // one command go back to where each came from.
    QMap<int, QList<int>> byStatus;
    for (const auto &[line, status] : std::as_const(m_before))
        byStatus[int(status)].append(line);
    Status result;
    for (auto it = byStatus.cbegin(); it != byStatus.cend() && result; ++it)
        result = Plan::setLineStatus(m_store->connection(), m_planId, it.value(),
                                     Plan::LineStatus(it.key()));
    report(m_store, result);
}

void LineStatusCommand::redo()
{
    if (m_stored) {
        m_stored = false;
        return;
    }
    QList<int> lines;
    for (const auto &entry : std::as_const(m_before))
        lines.append(entry.first);
    report(m_store, Plan::setLineStatus(m_store->connection(), m_planId, lines, m_after));
}

LineQuantityCommand::LineQuantityCommand(Storage::DataStore *store, qint64 planId, int line,
                                         double before, double after, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_planId(planId)
    , m_line(line)
    , m_before(before)
    , m_after(after)
{}

void LineQuantityCommand::undo()
{
    report(m_store, Plan::editLineQuantity(m_store->connection(), m_planId, m_line, m_before));
}

void LineQuantityCommand::redo()
{
    if (m_stored) {
        m_stored = false;
        return;
    }
    report(m_store, Plan::editLineQuantity(m_store->connection(), m_planId, m_line, m_after));
}

} // namespace Stockshift::Ui
