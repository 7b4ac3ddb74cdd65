#include "plan/PlanCommands.h"

#include "plan/PlanStore.h"
#include "storage/DataStore.h"

#include <QDebug>
#include <QJsonArray>
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
                                     Plan::LineStatus after, const QString &text,
                                     QUndoCommand *parent)
    : JournalCommand(text, FirstRedo::Skipped, parent)
    , m_store(store)
    , m_planId(planId)
    , m_before(before)
    , m_after(after)
{}

QJsonObject LineStatusCommand::data() const
{
    QJsonArray before;
    for (const auto &[line, status] : std::as_const(m_before))
        before.append(QJsonArray{line, Plan::lineStatusName(status)});
    return {{QStringLiteral("plan"), double(m_planId)},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), Plan::lineStatusName(m_after)}};
}

Result<LineStatusCommand *> LineStatusCommand::fromData(Storage::DataStore *store,
                                                        const QString &text,
                                                        const QJsonObject &data,
                                                        QUndoCommand *parent)
{
    const auto plan = journalId(journalKind(), data, QStringLiteral("plan"));
    if (!plan)
        return plan.error();
    Plan::LineStatus after;
    if (!Plan::lineStatusFromName(data.value(QLatin1String("after")).toString(), &after))
        return journalDataError(journalKind(), QStringLiteral("after"));
    QList<QPair<int, Plan::LineStatus>> before;
    const QJsonArray lines = data.value(QLatin1String("before")).toArray();
    for (const QJsonValue &entry : lines) {
        const QJsonArray pair = entry.toArray();
        Plan::LineStatus status;
        if (pair.size() != 2 || !pair.at(0).isDouble() || pair.at(0).toInt() < 1
            || !Plan::lineStatusFromName(pair.at(1).toString(), &status))
            return journalDataError(journalKind(), QStringLiteral("before"));
        before.append({pair.at(0).toInt(), status});
    }
    if (before.isEmpty())
        return journalDataError(journalKind(), QStringLiteral("before"));
    return new LineStatusCommand(store, *plan, before, after, text, parent);
}

void LineStatusCommand::doUndo()
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

void LineStatusCommand::doRedo()
{
    QList<int> lines;
    for (const auto &entry : std::as_const(m_before))
        lines.append(entry.first);
    report(m_store, Plan::setLineStatus(m_store->connection(), m_planId, lines, m_after));
}

LineQuantityCommand::LineQuantityCommand(Storage::DataStore *store, qint64 planId, int line,
                                         double before, double after, const QString &text,
                                         QUndoCommand *parent)
    : JournalCommand(text, FirstRedo::Skipped, parent)
    , m_store(store)
    , m_planId(planId)
    , m_line(line)
    , m_before(before)
    , m_after(after)
{}

QJsonObject LineQuantityCommand::data() const
{
    return {{QStringLiteral("plan"), double(m_planId)},
            {QStringLiteral("line"), m_line},
            {QStringLiteral("before"), m_before},
            {QStringLiteral("after"), m_after}};
}

Result<LineQuantityCommand *> LineQuantityCommand::fromData(Storage::DataStore *store,
                                                            const QString &text,
                                                            const QJsonObject &data,
                                                            QUndoCommand *parent)
{
    const auto plan = journalId(journalKind(), data, QStringLiteral("plan"));
    if (!plan)
        return plan.error();
    const auto line = journalId(journalKind(), data, QStringLiteral("line"));
    if (!line)
        return line.error();
    for (const char *field : {"before", "after"})
        if (!data.value(QLatin1String(field)).isDouble()
            || data.value(QLatin1String(field)).toDouble() < 0)
            return journalDataError(journalKind(), QLatin1String(field));
    return new LineQuantityCommand(store, *plan, int(*line),
                                   data.value(QLatin1String("before")).toDouble(),
                                   data.value(QLatin1String("after")).toDouble(), text, parent);
}

void LineQuantityCommand::doUndo()
{
    report(m_store, Plan::editLineQuantity(m_store->connection(), m_planId, m_line, m_before));
}

void LineQuantityCommand::doRedo()
{
    report(m_store, Plan::editLineQuantity(m_store->connection(), m_planId, m_line, m_after));
}

} // namespace Stockshift::Ui
