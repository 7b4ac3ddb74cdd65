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

Result<Policy::PolicyParameters> parameters(const QString &kind, const QJsonObject &data,
                                            const QString &field)
{
    if (!data.value(field).isObject())
        return journalDataError(kind, field);
    auto parsed = Policy::PolicyParameters::fromJson(data.value(field).toObject());
    if (!parsed)
        return journalDataError(kind, field);
    return parsed;
}

} // namespace

SegmentRuleCommand::SegmentRuleCommand(Storage::DataStore *store, const QString &scope,
                                       const Policy::PolicyParameters &before,
                                       const Policy::PolicyParameters &after, const QString &text,
                                       QUndoCommand *parent)
    : JournalCommand(text, FirstRedo::Skipped, parent)
    , m_store(store)
    , m_scope(scope)
    , m_before(before)
    , m_after(after)
{}

QJsonObject SegmentRuleCommand::data() const
{
    return {{QStringLiteral("scope"), m_scope},
            {QStringLiteral("before"), m_before.toJson()},
            {QStringLiteral("after"), m_after.toJson()}};
}

Result<SegmentRuleCommand *> SegmentRuleCommand::fromData(Storage::DataStore *store,
                                                          const QString &text,
                                                          const QJsonObject &data,
                                                          QUndoCommand *parent)
{
    const QString scope = data.value(QLatin1String("scope")).toString();
    if (scope.isEmpty())
        return journalDataError(journalKind(), QStringLiteral("scope"));
    const auto before = parameters(journalKind(), data, QStringLiteral("before"));
    if (!before)
        return before.error();
    const auto after = parameters(journalKind(), data, QStringLiteral("after"));
    if (!after)
        return after.error();
    return new SegmentRuleCommand(store, scope, *before, *after, text, parent);
}

void SegmentRuleCommand::doUndo()
{
    report(m_store, Policy::saveSegmentRule(m_store->connection(), m_scope, m_before),
           QStringLiteral("policy_rules"));
}

void SegmentRuleCommand::doRedo()
{
    report(m_store, Policy::saveSegmentRule(m_store->connection(), m_scope, m_after),
           QStringLiteral("policy_rules"));
}

PolicyOverrideCommand::PolicyOverrideCommand(Storage::DataStore *store, qint64 locationId,
                                             qint64 skuId, const State &before, const State &after,
                                             const QString &text, QUndoCommand *parent)
    : JournalCommand(text, FirstRedo::Skipped, parent)
    , m_store(store)
    , m_locationId(locationId)
    , m_skuId(skuId)
    , m_before(before)
    , m_after(after)
{}

QJsonObject PolicyOverrideCommand::data() const
{
    return {{QStringLiteral("location"), double(m_locationId)},
            {QStringLiteral("sku"), double(m_skuId)},
            {QStringLiteral("before"), m_before.parameters.toJson()},
            {QStringLiteral("beforeReason"), m_before.reason},
            {QStringLiteral("after"), m_after.parameters.toJson()},
            {QStringLiteral("afterReason"), m_after.reason}};
}

Result<PolicyOverrideCommand *> PolicyOverrideCommand::fromData(Storage::DataStore *store,
                                                                const QString &text,
                                                                const QJsonObject &data,
                                                                QUndoCommand *parent)
{
    const auto location = journalId(journalKind(), data, QStringLiteral("location"));
    if (!location)
        return location.error();
    const auto sku = journalId(journalKind(), data, QStringLiteral("sku"));
    if (!sku)
        return sku.error();
    const auto before = parameters(journalKind(), data, QStringLiteral("before"));
    if (!before)
        return before.error();
    const auto after = parameters(journalKind(), data, QStringLiteral("after"));
    if (!after)
        return after.error();
    return new PolicyOverrideCommand(
        store, *location, *sku,
        State{*before, data.value(QLatin1String("beforeReason")).toString()},
        State{*after, data.value(QLatin1String("afterReason")).toString()}, text, parent);
}

void PolicyOverrideCommand::doUndo()
{
    report(m_store,
           Policy::saveOverride(m_store->connection(), m_locationId, m_skuId, m_before.parameters,
                                m_before.reason),
           QStringLiteral("policy_overrides"));
}

void PolicyOverrideCommand::doRedo()
{
    report(m_store,
           Policy::saveOverride(m_store->connection(), m_locationId, m_skuId, m_after.parameters,
                                m_after.reason),
           QStringLiteral("policy_overrides"));
}

} // namespace Stockshift::Ui
