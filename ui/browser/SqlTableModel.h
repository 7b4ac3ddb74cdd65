// Ui::SqlTableModel — a sortable, filterable table model over one SQLite table that stays
// responsive with millions of rows; read-only except for the master-data columns listed in
// storage/DataEdits.h.
//
// Contract:
// - rowCount() is the full (filtered) row count from COUNT(*); rows are read in pages of
//   kPageRows on demand when data() asks for them, and at most kMaxPages pages are cached (least
//   recently used dropped), so memory stays flat however far the planner scrolls.
// - Sorting and filtering run in SQLite (ORDER BY with the primary key as tie-breaker; a LIKE
//   filter over text columns and the codes of referenced rows; the filter text is bound, never
//   spliced into SQL, and % and _ in it are matched literally).
// - Foreign keys are shown as the referenced code (location_id → the location's code), day
//   numbers as the locale writes dates (common/Dates.h; the filter takes ISO or locale dates),
//   weights and volumes in the planner's units (common/Units.h, read again by reload()), and
//   the headers of money columns carry the company currency ("Unit cost (€)", common/Money.h).
// - Editing: once setUndoStack() gave it the workstation's undo stack, flags() marks the columns
//   of Storage::DataEdits::editableColumns() editable (skus: name, category, unit cost, unit
//   price, shelf life days, pack size; locations: name, capacity units, handling cost; suppliers:
//   name, lead time days; lanes: cost per unit, lead time days, capacity per period, active;
//   supplier_items: unit cost, moq, order multiple) and nothing else — keys, codes, references,
//   history, plans and the settlement ledger stay read-only. Without a stack nothing is editable.
//   setData() stores the value through DataEdits::editCell() (checked, audited, one transaction),
//   then pushes a CellEditCommand (browser/BrowserCommands.h) whose undo puts the previous value
//   back, and announces the table through DataStore::notifyChanged() (the model reloads). A
//   refused value leaves the database as it was, returns false and emits editRefused() with the
//   engine's message. Edit role: the stored value as text (numbers in the user's locale, full
//   precision; empty for NULL), so the editor is a line edit and any text reaches the checks.
// - GUI thread only; reads through the DataStore's connection and reloads when the DataStore
//   announces a change of its table.
#pragma once

#include "common/Units.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSqlQuery>
#include <QStringList>
#include <QUndoStack>
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
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The stack edits are pushed on; nullptr (the default) makes the model read-only.
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const { return m_undo; }
    /// Whether `column` of the current table can be edited (a stack is set and the column is one
    /// of Storage::DataEdits::editableColumns()).
    bool isColumnEditable(int column) const;

    /// Number of pages read from the database since the last reset (for tests).
    int pagesLoaded() const { return m_pagesLoaded; }
    /// Database column behind a model column.
    QString columnName(int column) const { return m_columns.value(column).name; }

public slots:
    void reload();

signals:
    /// An edit was refused; `message` says why (translated, for the status bar).
    void editRefused(const QString &message);

private:
    enum class Kind { Text, Number, Day, Reference };
    enum class Measure { None, Money, Weight, Volume }; // what a Number column counts
    struct Column
    {
        QString name;       // database column
        QString expression; // SELECT expression
        QString referenced; // referenced table for *_id columns
        Kind kind = Kind::Text;
        Measure measure = Measure::None;
    };

    void readSchema();
    QString whereClause() const;
    void bindFilter(QSqlQuery &query) const;
    const QList<QVariantList> *page(int pageIndex) const;
    /// The stored row behind a model row (display columns, then the edit key), or nullptr.
    const QVariantList *storedRow(int row) const;
    QString rowLabel(const QVariantList &row) const;
    QString columnTitle(int section) const;
    static QString valueText(const QVariant &value);

    Storage::DataStore *m_store;
    QString m_table;
    QString m_filter;
    QString m_baseCondition;
    QList<Column> m_columns;
    QStringList m_primaryKey;
    QStringList m_editKey; // DataEdits::keyColumns(), read after the display columns
    QStringList m_editable;
    QPointer<QUndoStack> m_undo;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    mutable QHash<int, QList<QVariantList>> m_pages;
    mutable QList<int> m_pageOrder; // most recently used last
    mutable int m_pagesLoaded = 0;
    QString m_currency;         // the company currency, for the money columns' headers
    Units::Weight m_weightUnit; // the planner's units, read again by reload()
    Units::Volume m_volumeUnit;
};

} // namespace Stockshift::Ui
