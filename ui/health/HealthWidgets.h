// Ui::HealthWidgets — the painted pieces of the stock-health dashboard:
//
// - HealthTile: one key figure (title, value, a line under it); clicking it emits clicked()
//   (the dashboard filters the row table by the tile's statuses).
// - ScoreTile: the health score out of 100 in its colour (red < 60, amber < 80, green) with its
//   five parts under it — each part's points as a bar and its actual against its target.
// - SegmentHeatMap: the ABC × XYZ matrix, 3 × 3 cells with rows and annual demand value (in the
//   company currency given with setCurrency()), coloured by the cell's share of the value;
//   clicking a cell emits cellClicked().
//
// GUI thread only; each widget keeps a copy of what it draws.
#pragma once

#include "health/HealthEngine.h"

#include <QFrame>
#include <QWidget>

class QLabel;
class QTableView;

namespace Stockshift::Ui {

/// A read-only table view the way the Stock health area shows them: whole rows selected one at
/// a time, alternating rows, no row numbers, no wrapping.
QTableView *makeHealthTable(QWidget *parent, const QString &objectName);

/// Sizes the columns to their header text and the rows in view, without the room Qt keeps for
/// a sort indicator in every column (wide tables then fit the window); at most `maxWidth`.
void fitColumns(QTableView *table, int maxWidth = 280);

class HealthTile : public QFrame
{
    Q_OBJECT

public:
    HealthTile(const QString &title, const QColor &accent, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {});
    QString value() const;
    QString detail() const;
    QString title() const;
    /// Wide enough for the value on one line and the longest word of the title and detail (the
    /// value is never cut; German titles and figures are longer than English ones).
    QSize minimumSizeHint() const override;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The frame and muted text in the colours of the application palette (light or dark).
    void applyColours();

    QLabel *m_title, *m_value, *m_detail;
    QColor m_accent;
};

class ScoreTile : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreTile(QWidget *parent = nullptr);

    void setGroup(const Health::HealthGroup &group);
    void clear();
    double score() const { return m_group.score; }
    /// From the font and the texts drawn (the parts' names, the figures), so that nothing is cut
    /// in any language.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// Where the columns go: the score's, the parts' names, the figures (in the fonts drawn).
    struct Metrics
    {
        double x0, nameW, textW;
    };
    Metrics metrics() const;

    Health::HealthGroup m_group;
    bool m_has = false;
};

class SegmentHeatMap : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentHeatMap(QWidget *parent = nullptr);

    void setMatrix(const Inventory::SegmentMatrix &matrix);
    /// The company currency (ISO 4217) of the values; repaints.
    void setCurrency(const QString &currency);
    /// Highlights a cell ("AX"), a class ("A") or nothing ("").
    void setSelected(const QString &segment);
    QString selected() const { return m_selected; }
    /// Widget rectangle of the cell (abc, xyz 0..2), e.g. to click it in tests.
    QRectF cellRect(int abc, int xyz) const;

    /// Wide enough for the title and every cell's text (value and share) in the language shown.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// "AX" for a cell, "A" for a row header.
    void segmentClicked(const QString &segment);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF gridRect() const;

    Inventory::SegmentMatrix m_matrix;
    QString m_currency;
    double m_total = 0;
    int m_totalRows = 0;
    QString m_selected;
};

} // namespace Stockshift::Ui
