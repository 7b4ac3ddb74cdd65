#include "browser/BrowserCommands.h"

#include "storage/DataEdits.h"
#include "storage/DataStore.h"

#include <QDebug>
#include <QJsonArray>

namespace Stockshift::Ui {

CellEditCommand::CellEditCommand(Storage::DataStore *store, const QString &table,
                                 const QVariantList &key, const QString &column,
                                 const QVariant &before, const QVariant &after, const QString &text,
                                 QUndoCommand *parent)
    : JournalCommand(text, FirstRedo::Skipped, parent)
    , m_store(store)
    , m_table(table)
    , m_key(key)
    , m_column(column)
    , m_before(before)
    , m_after(after)
{}

// Values go through JSON as numbers, strings or null, which is what the browser's columns hold;
// editCell validates them again against the column's rule on every undo and redo.
QJsonObject CellEditCommand::data() const
{
    return {{QStringLiteral("table"), m_table},
            {QStringLiteral("key"), QJsonArray::fromVariantList(m_key)},
            {QStringLiteral("column"), m_column},
            {QStringLiteral("before"), QJsonValue::fromVariant(m_before)},
            {QStringLiteral("after"), QJsonValue::fromVariant(m_after)}};
}

Result<CellEditCommand *> CellEditCommand::fromData(Storage::DataStore *store, const QString &text,
                                                    const QJsonObject &data, QUndoCommand *parent)
{
    for (const char *field : {"table", "column"})
        if (!data.value(QLatin1String(field)).isString())
            return journalDataError(journalKind(), QLatin1String(field));
    if (!data.value(QLatin1String("key")).isArray()
        || data.value(QLatin1String("key")).toArray().isEmpty())
        return journalDataError(journalKind(), QStringLiteral("key"));
    for (const char *field : {"before", "after"})
        if (!data.contains(QLatin1String(field)))
            return journalDataError(journalKind(), QLatin1String(field));
    const QString table = data.value(QLatin1String("table")).toString();
    const QString column = data.value(QLatin1String("column")).toString();
    // Only what the browser may edit comes back: a hand-edited journal cannot reach other tables.
    if (!Storage::DataEdits::isEditable(table, column))
        return journalDataError(journalKind(), QStringLiteral("column"));
    // Key columns are row ids: JSON carries them as doubles, SQLite wants them as integers.
    QVariantList key;
    for (const QJsonValue &value : data.value(QLatin1String("key")).toArray()) {
        if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))
            key.append(qint64(value.toDouble()));
        else if (value.isString() || value.isDouble())
            key.append(value.toVariant());
        else
            return journalDataError(journalKind(), QStringLiteral("key"));
    }
    return new CellEditCommand(store, table, key, column,
                               data.value(QLatin1String("before")).toVariant(),
                               data.value(QLatin1String("after")).toVariant(), text, parent);
}

void CellEditCommand::doUndo()
{
    store(m_before);
}

void CellEditCommand::doRedo()
{
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
