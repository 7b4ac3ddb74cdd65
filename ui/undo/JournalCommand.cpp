#include "undo/JournalCommand.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Stockshift::Ui {

JournalCommand::JournalCommand(const QString &text, FirstRedo firstRedo, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_skipRedo(firstRedo == FirstRedo::Skipped ? 1 : 0)
{}

void JournalCommand::undo()
{
    if (m_skipUndo > 0) {
        --m_skipUndo;
        return;
    }
    doUndo();
}

void JournalCommand::redo()
{
    if (m_skipRedo > 0) {
        --m_skipRedo;
        return;
    }
    doRedo();
}

void JournalCommand::restoredAs(bool undone)
{
    m_skipRedo = 1;
    m_skipUndo = undone ? 1 : 0;
}

const QByteArray &JournalCommand::journalDocument() const
{
    if (m_document.isEmpty()) {
        QJsonObject object{{QStringLiteral("kind"), kind()},
                           {QStringLiteral("text"), text()},
                           {QStringLiteral("data"), data()}};
        m_document = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    return m_document;
}

Error journalDataError(const QString &kind, const QString &field)
{
    return Error(QCoreApplication::translate("Stockshift::Ui::JournalCommand",
                                             "An edit of kind \"%1\" in the stored history has "
                                             "no valid \"%2\".")
                     .arg(kind, field),
                 QStringLiteral("corrupt"));
}

Result<qint64> journalId(const QString &kind, const QJsonObject &data, const QString &field)
{
    // JSON numbers are doubles: ids are exact up to 2^53, far beyond any row count here.
    const QJsonValue value = data.value(field);
    if (!value.isDouble() || value.toDouble() < 1 || value.toDouble() > 9.0e15
        || value.toDouble() != double(qint64(value.toDouble())))
        return journalDataError(kind, field);
    return qint64(value.toDouble());
}

} // namespace Stockshift::Ui
