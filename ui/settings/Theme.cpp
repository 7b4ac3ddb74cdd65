#include "settings/Theme.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QChartView>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QXYSeries>

namespace Stockshift::Ui::Theme {

namespace {

const QLatin1String kKey("ui/theme");
const char kChartThemeProperty[] = "stockshiftChartTheme";

struct SystemLook
{
    bool captured = false;
    QString style;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look;
    return look;
}

QString &applied()
{
    static QString name = QStringLiteral("system");
    return name;
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2e, 0x33), base(0x1f, 0x22, 0x26), text(0xe6, 0xe8, 0xeb);
    const QColor button(0x35, 0x39, 0x3f), highlight(0x3d, 0x8b, 0xd9);
    const QColor disabled(0x7f, 0x85, 0x8c);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x2a, 0x2f));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3f, 0x45));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x4a, 0x51));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x44));
    p.setColor(QPalette::Mid, QColor(0x25, 0x28, 0x2c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0f));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    for (const auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x50, 0x57));
    return p;
}

// Series colours that a chart theme would overwrite: saved before setTheme(), put back after.
struct SeriesLook
{
    QPointer<QObject> item;
    QPen pen;
    QBrush brush;
    QColor labelColor;
};

QList<SeriesLook> saveSeries(QChart *chart)
{
    QList<SeriesLook> looks;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            looks.append({xy, xy->pen(), xy->brush(), xy->pointLabelsColor()});
        } else if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            looks.append({area, area->pen(), area->brush(), area->pointLabelsColor()});
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                looks.append({set, set->pen(), set->brush(), set->labelColor()});
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices())
                looks.append({slice, slice->pen(), slice->brush(), slice->labelColor()});
        }
    }
    return looks;
}

void restoreSeries(const QList<SeriesLook> &looks)
{
    for (const SeriesLook &look : looks) {
        if (auto *xy = qobject_cast<QXYSeries *>(look.item)) {
            xy->setPen(look.pen);
            xy->setBrush(look.brush);
            xy->setPointLabelsColor(look.labelColor);
        } else if (auto *area = qobject_cast<QAreaSeries *>(look.item)) {
            area->setPen(look.pen);
            area->setBrush(look.brush);
            area->setPointLabelsColor(look.labelColor);
        } else if (auto *set = qobject_cast<QBarSet *>(look.item)) {
            set->setPen(look.pen);
            set->setBrush(look.brush);
            set->setLabelColor(isDark() ? QApplication::palette().color(QPalette::Text)
                                        : look.labelColor);
        } else if (auto *slice = qobject_cast<QPieSlice *>(look.item)) {
            slice->setPen(look.pen);
            slice->setBrush(look.brush);
            slice->setLabelColor(isDark() ? QApplication::palette().color(QPalette::Text)
                                          : look.labelColor);
        }
    }
}

/// Gives the charts of chart views their look the first time they are shown in a theme.
class ChartFollower : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            if (auto *view = qobject_cast<QChartView *>(watched); view && view->chart())
                styleChart(view->chart());
        return QObject::eventFilter(watched, event);
    }
};

void followCharts()
{
    static QPointer<ChartFollower> follower;
    if (!follower && qApp) {
        follower = new ChartFollower(qApp);
        qApp->installEventFilter(follower);
    }
}

} // namespace

QStringList themeNames()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QString storedTheme()
{
    const QString name = QSettings().value(kKey).toString();
    return themeNames().contains(name) ? name : QStringLiteral("system");
}

void storeTheme(const QString &name)
{
    QSettings().setValue(kKey, themeNames().contains(name) ? name : QStringLiteral("system"));
}

void applyTheme(const QString &requested)
{
    const QString name = themeNames().contains(requested) ? requested : QStringLiteral("system");
    SystemLook &system = systemLook();
    if (!system.captured) {
        system.captured = true;
        system.style = QApplication::style()->name();
        system.palette = QApplication::palette();
    }
    if (name == QLatin1String("system")) {
        if (QApplication::style()->name() != system.style)
            QApplication::setStyle(system.style);
        QApplication::setPalette(system.palette);
    } else {
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive))
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(name == QLatin1String("dark")
                                     ? darkPalette()
                                     : QApplication::style()->standardPalette());
    }
    applied() = name;
    followCharts();
    for (QWidget *widget : QApplication::allWidgets())
        if (auto *view = qobject_cast<QChartView *>(widget); view && view->chart())
            styleChart(view->chart());
}

QString appliedTheme()
{
    return applied();
}

bool isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QChart::ChartTheme chartTheme()
{
    return isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
}

void styleChart(QChart *chart)
{
    if (!chart)
        return;
    const QChart::ChartTheme theme = chartTheme();
    const QVariant marker = chart->property(kChartThemeProperty);
    // Charts never themed here stay as built while the theme is light: only a switch restyles.
    if (marker.isValid() ? marker.toInt() == int(theme) : theme == QChart::ChartThemeLight)
        return;
    chart->setProperty(kChartThemeProperty, int(theme));
    const qreal roundness = chart->backgroundRoundness();
    const QList<SeriesLook> looks = saveSeries(chart);
    // The chart theme also styles the axes and series that views add later.
    chart->setTheme(theme);
    restoreSeries(looks);
    chart->setBackgroundRoundness(roundness);
    const QPalette palette = QApplication::palette();
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
}

QColor errorColor()
{
    return isDark() ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
}

} // namespace Stockshift::Ui::Theme
