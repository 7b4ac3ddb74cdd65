#include "health/PolicyCommands.h"

#include "storage/DataStore.h"

#include <QDebug>

namespace Stockshift::Ui {

namespace {

// Undo and redo cannot refuse: a failure (a lock held too long, the database changed
// underneath) is logged, and the views reload to show what is really stored.
void report(Storage::DataStore *store, const Status &s, const QString &table)
{
    if (!s)
        qWarning().noquote() << s.errorMessage();
    store->notifyChanged({table});
}

} // namespace

SegmentRuleCommand::SegmentRuleCommand(Storage::DataStore *store, const QString &scope,
                                       const Policy::PolicyParameters &before,
                                       const Policy::PolicyParameters &after, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_scope(scope)
    , m_before(before)
    , m_after(after)
{}

void SegmentRuleCommand::undo()
{
    report(m_store, Policy::saveSegmentRule(m_store->connection(), m_scope, m_before),
           QStringLiteral("policy_rules"));
}

void SegmentRuleCommand::redo()
{
    if (m_stored) {
        m_stored = false;
        return;
    }
    report(m_store, Policy::saveSegmentRule(m_store->connection(), m_scope, m_after),
           QStringLiteral("policy_rules"));
}

PolicyOverrideCommand::PolicyOverrideCommand(Storage::DataStore *store, qint64 locationId,
                                             qint64 skuId, const State &before, const State &after,
                                             const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_locationId(locationId)
    , m_skuId(skuId)
    , m_before(before)
    , m_after(after)
{}

void PolicyOverrideCommand::undo()
{
    report(m_store,
           Policy::saveOverride(m_store->connection(), m_locationId, m_skuId, m_before.parameters,
                                m_before.reason),
           QStringLiteral("policy_overrides"));
}

void PolicyOverrideCommand::redo()
{
    if (m_stored) {
        m_stored = false;
        return;
    }
    report(m_store,
           Policy::saveOverride(m_store->connection(), m_locationId, m_skuId, m_after.parameters,
                                m_after.reason),
           QStringLiteral("policy_overrides"));
}

} // namespace Stockshift::Ui
