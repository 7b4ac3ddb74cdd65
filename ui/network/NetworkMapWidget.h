// Ui::NetworkMapWidget — the network drawn on a map: locations by latitude/longitude, shaped and
// coloured by kind, with their lanes.
//
// Projection: equirectangular with the longitude scaled by cos(mean latitude), which keeps a
// country-sized network undistorted enough to read distances. Wheel zooms around the cursor,
// dragging pans, double-click fits the network to the view. Hovering a location shows its
// details. Once the Stock health area has analysed the network, setHealthScores() colours each
// location by its stock-health score (red below 60, amber below 80, green) — the shape still
// tells the kind — and the legend says so; without scores the colours are those of the kinds.
// When the Plans area asks for it (setFlows), a plan's transfers are drawn over the lanes as
// arrows from source to destination, one per pair of locations with the units summed over SKUs
// and buckets (so never more arrows than lanes), the width in proportion to the units; the
// health colouring stays. Hovering an arrow shows its units and lines; setHighlightedFlow()
// marks the pair of the line the planner is looking at.
// Colours: the data's (kinds, health, flows) are fixed; the canvas (background, grid, labels,
// legend boxes) keeps its own light look on a light palette and follows the palette (Base,
// Text, Mid, Window) on a dark one, so the map reads in the dark theme.
// GUI thread only; reload() reads the DataStore's connection.
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QWidget>

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class NetworkMapWidget : public QWidget
{
    Q_OBJECT

public:
    struct Site
    {
        qint64 id = 0;
        QString code, name, kind, region;
        double latitude = 0, longitude = 0;
    };
    struct Link
    {
        int from = 0, to = 0; // indices into sites()
        QString mode;
    };
    /// Units moved from one location to another (by code), summed over a plan's lines.
    struct Flow
    {
        QString fromCode, toCode;
        double units = 0;
        int lines = 0;
    };

    explicit NetworkMapWidget(Storage::DataStore *store, QWidget *parent = nullptr);

    const QList<Site> &sites() const { return m_sites; }
    const QList<Link> &links() const { return m_links; }
    /// Widget coordinates of a site at the current zoom and pan.
    QPointF project(const Site &site) const;
    /// Index of the site drawn under `point` (within 8 px), or -1.
    int siteAt(const QPointF &point) const;

    QSize sizeHint() const override { return {900, 700}; }

    /// Health score (0…100) per location code; empty = colour by kind.
    const QHash<QString, double> &healthScores() const { return m_scores; }
    /// The fill colour a site is drawn with now.
    QColor siteColor(const Site &site) const;
    /// The canvas colour: the map's own light grey on a light palette, QPalette::Base on a dark
    /// one (the grid, text and legend boxes follow the palette the same way).
    QColor canvasColor() const;

    /// The flows shown (empty: none) and what they are ("Plan 12: transfers").
    const QList<Flow> &flows() const { return m_flows; }
    QString flowTitle() const { return m_flowTitle; }
    bool isLegendVisible() const { return m_legendVisible; }
    /// Flows drawn: those whose two locations are on the map (with coordinates).
    int drawnFlowCount() const;
    /// Pen width of a flow's arrow in pixels (in proportion to its units; 0 when not drawn).
    double flowWidth(int flow) const;
    /// Index of the flow whose arrow passes within 6 px of `point`, or -1.
    int flowAt(const QPointF &point) const;

public slots:
    void reload();
    void fitToView();
    void setHealthScores(const QHash<QString, double> &scores);
    /// Draws these flows (replacing any before); an empty list removes them.
    void setFlows(const QList<Flow> &flows, const QString &title = {});
    void clearFlows();
    /// Marks the flow between two codes (empty codes: none).
    void setHighlightedFlow(const QString &fromCode, const QString &toCode);
    /// Shows or hides the legend of the kinds (a small map: the flows' key stays, with the
    /// health colours in one line when the sites are coloured by health).
    void setLegendVisible(bool visible);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QPointF toPlane(double latitude, double longitude) const;
    void indexFlows();
    /// Start, control and end point of a flow's curve (bent to the right of its direction, so
    /// that the two directions of a lane do not overlap).
    bool flowCurve(int flow, QPointF *start, QPointF *control, QPointF *end) const;
    void paintFlows(QPainter &p);

    Storage::DataStore *m_store;
    QList<Site> m_sites;
    QList<Link> m_links;
    QHash<QString, double> m_scores;
    QList<Flow> m_flows;
    QString m_flowTitle;
    QList<QPair<int, int>> m_flowSites; // per flow: site indices, −1 when not on the map
    double m_maxFlow = 0;
    int m_highlighted = -1;
    bool m_legendVisible = true;
    double m_cosLatitude = 1.0;
    double m_scale = 1.0; // pixels per plane unit
    QPointF m_offset;     // widget position of plane origin
    bool m_fitted = false;
    QPoint m_dragStart;
    QPointF m_dragOffset;
    bool m_dragging = false;
};

} // namespace Stockshift::Ui
