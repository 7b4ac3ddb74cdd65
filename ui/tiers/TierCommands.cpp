#include "tiers/TierCommands.h"

#include "tiers/TierView.h"

namespace Stockshift::Ui {

TierDefinitionsCommand::TierDefinitionsCommand(TierView *view, const Tiers::TierConfig &before,
                                               const Tiers::TierConfig &after, const QString &text)
    : QUndoCommand(text)
    , m_view(view)
    , m_before(before)
    , m_after(after)
{}

void TierDefinitionsCommand::undo()
{
    if (m_view)
        m_view->applyDefinitions(m_before);
}

void TierDefinitionsCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (m_view)
        m_view->applyDefinitions(m_after);
}

} // namespace Stockshift::Ui
