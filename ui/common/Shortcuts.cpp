#include "common/Shortcuts.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QKeySequence>

namespace Stockshift::Ui::Shortcuts {

namespace {

// Call after the button's own tooltip is set: the key is added to it ("Run plan (Ctrl+Return)").
void assign(QAbstractButton *button, const QKeySequence &key)
{
    button->setShortcut(key);
    QString tip = button->toolTip();
    if (tip.isEmpty())
        tip = button->text().remove(QLatin1Char('&'));
    button->setToolTip(QCoreApplication::translate("Stockshift::Ui::Shortcuts", "%1 (%2)")
                           .arg(tip, key.toString(QKeySequence::NativeText)));
}

} // namespace

void setRunKey(QAbstractButton *button)
{
    assign(button, QKeySequence(Qt::CTRL | Qt::Key_Return));
}

void setCancelKey(QAbstractButton *button)
{
    assign(button, QKeySequence(Qt::Key_Escape));
}

void setRefreshKey(QAbstractButton *button)
{
    const QKeySequence refresh = QKeySequence::keyBindings(QKeySequence::Refresh).value(0);
    assign(button, refresh.isEmpty() ? QKeySequence(Qt::Key_F5) : refresh);
}

void setExportKey(QAbstractButton *button)
{
    assign(button, QKeySequence(Qt::CTRL | Qt::Key_E));
}

} // namespace Stockshift::Ui::Shortcuts
