// Ui::TierCommands — the planner's edits of the tier definitions as undoable commands on the
// workstation's QUndoStack (Edit → Undo), as the plan review and policy edits are.
//
// The tier editor works on a configuration in memory until the planner saves it as a new
// version (Tiers::TierStore keeps every version), so a command holds the definitions before and
// after the edit (tiers and threshold mode) and applies them through the view, which rebuilds
// the assignments and validates again. The view applies the edit itself before pushing, so the
// first redo() does nothing. A command whose view is gone does nothing.
//
// GUI thread only.
#pragma once

#include "tiers/TierConfig.h"

#include <QPointer>
#include <QUndoCommand>

namespace Stockshift::Ui {

class TierView;

class TierDefinitionsCommand : public QUndoCommand
{
public:
    TierDefinitionsCommand(TierView *view, const Tiers::TierConfig &before,
                           const Tiers::TierConfig &after, const QString &text);
    void undo() override;
    void redo() override;

private:
    QPointer<TierView> m_view;
    Tiers::TierConfig m_before, m_after;
    bool m_applied = true; // the first redo() follows the edit the view already made
};

} // namespace Stockshift::Ui
