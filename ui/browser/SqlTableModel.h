// Ui::SqlTableModel — a read-only, sortable, filterable table model over one SQLite table that
// stays responsive with millions of rows.
//
// Contract:
// - rowCount() is the full (filtered) row count from COUNT(*); rows are read in pages of
//   kPageRows on demand when data() asks for them, and at most kMaxPages pages are cached (least
//   recently used dropped), so memory stays flat however far the planner scrolls.
// - Sorting and filtering run in SQLite (ORDER BY with the primary key as tie-breaker; a LIKE
//   filter over text columns and the codes of referenced rows; the filter text is bound, never
//   spliced into SQL, and % and _ in it are matched literally).
// - Foreign keys are shown as the referenced code (location_id → the location's code), day
//   numbers as ISO dates.
// - GUI thread only; reads through the DataStore's connection and reloads when the DataStore
//   announces a change of its table.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class SqlTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageRows = 256;
    static constexpr int kMaxPages = 64;

    explicit SqlTableModel(Storage::DataStore *store, QObject *parent = nullptr);

    /// Shows `table` (one of Storage::Schema::browsableTables()).
    void setTable(const QString &table);
    QString table() const { return m_table; }
    /// A fixed SQL condition on the table's own columns (alias t), set by code, never by the
    /// user: e.g. "t.run_id = 3". Empty = all rows.
    void setBaseCondition(const QString &condition);
    /// Filters rows whose text columns or referenced codes contain `text` (case-insensitive).
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Number of pages read from the database since the last reset (for tests).
    int pagesLoaded() const { return m_pagesLoaded; }
    /// Database column behind a model column.
    QString columnName(int column) const { return m_columns.value(column).name; }

public slots:
    void reload();

private:
    enum class Kind { Text, Number, Day, Reference };
    struct Column
    {
        QString name;       // database column
        QString expression; // SELECT expression
        QString referenced; // referenced table for *_id columns
        Kind kind = Kind::Text;
    };

    void readSchema();
    QString whereClause() const;
    void bindFilter(QSqlQuery &query) const;
    const QList<QVariantList> *page(int pageIndex) const;

    Storage::DataStore *m_store;
    QString m_table;
    QString m_filter;
    QString m_baseCondition;
    QList<Column> m_columns;
    QStringList m_primaryKey;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    mutable QHash<int, QList<QVariantList>> m_pages;
    mutable QList<int> m_pageOrder; // most recently used last
    mutable int m_pagesLoaded = 0;
};

} // namespace Stockshift::Ui
