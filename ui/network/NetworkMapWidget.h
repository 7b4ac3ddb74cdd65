// Ui::NetworkMapWidget — the network drawn on a map: locations by latitude/longitude, shaped and
// coloured by kind, with their lanes.
//
// Projection: equirectangular with the longitude scaled by cos(mean latitude), which keeps a
// country-sized network undistorted enough to read distances. Wheel zooms around the cursor,
// dragging pans, double-click fits the network to the view. Hovering a location shows its
// details. Once the Stock health area has analysed the network, setHealthScores() colours each
// location by its stock-health score (red below 60, amber below 80, green) — the shape still
// tells the kind — and the legend says so; without scores the colours are those of the kinds.
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

public slots:
    void reload();
    void fitToView();
    void setHealthScores(const QHash<QString, double> &scores);

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

    Storage::DataStore *m_store;
    QList<Site> m_sites;
    QList<Link> m_links;
    QHash<QString, double> m_scores;
    double m_cosLatitude = 1.0;
    double m_scale = 1.0; // pixels per plane unit
    QPointF m_offset;     // widget position of plane origin
    bool m_fitted = false;
    QPoint m_dragStart;
    QPointF m_dragOffset;
    bool m_dragging = false;
};

} // namespace Stockshift::Ui
