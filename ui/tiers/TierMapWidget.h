// Ui::TierMapWidget — the network map (NetworkMapWidget, unchanged underneath) with one tier's
// assignments drawn over it: every customer region as a labelled marker at the mean position of
// its locations, a solid line from the location that serves it and dashed lines from its
// fallbacks, in the tier's colour (red for a region that overflows). The base map's kinds legend
// gives way to the tier's key (bottom left).
// GUI thread only.
#pragma once

#include "network/NetworkMapWidget.h"

#include <QColor>
#include <QStringList>

namespace Stockshift::Ui {

class TierMapWidget : public NetworkMapWidget
{
    Q_OBJECT

public:
    struct Serving
    {
        QString region;
        QStringList chain; ///< location codes: the primary, then the fallbacks
        bool overflow = false;
    };

    explicit TierMapWidget(Storage::DataStore *store, QWidget *parent = nullptr);

    /// Shows these assignments (replacing any before) under `title` ("Gold"), in `colour`.
    void setServing(const QList<Serving> &serving, const QString &title, const QColor &colour);
    const QList<Serving> &serving() const { return m_serving; }
    QString servingTitle() const { return m_title; }
    /// Widget position of a region's marker; false when none of its locations has a position.
    bool regionPoint(const QString &region, QPointF *point) const;
    /// Lines drawn: one per location of every chain that is on the map.
    int drawnLineCount() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int siteIndex(const QString &code) const;

    QList<Serving> m_serving;
    QString m_title;
    QColor m_colour;
};

} // namespace Stockshift::Ui
