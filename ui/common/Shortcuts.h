// Ui::Shortcuts — the keys of each area's main actions, the same in every area: Ctrl+Return
// (⌘+Return on macOS) runs what the area computes (a plan, a forecast, a scenario, a routing
// simulation), Esc cancels it while it runs, F5 analyses again, Ctrl+E exports. The key goes on
// the button itself, so it acts only while the button's area is on screen and the button is
// enabled, and the button's tooltip names it.
//
// GUI thread only.
#pragma once

class QAbstractButton;

namespace Stockshift::Ui::Shortcuts {

void setRunKey(QAbstractButton *button);     ///< Ctrl+Return
void setCancelKey(QAbstractButton *button);  ///< Esc
void setRefreshKey(QAbstractButton *button); ///< F5 (QKeySequence::Refresh)
void setExportKey(QAbstractButton *button);  ///< Ctrl+E

} // namespace Stockshift::Ui::Shortcuts
