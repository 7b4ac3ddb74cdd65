#include "browser/SqlTableModel.h"

#include "browser/BrowserCommands.h"
#include "common/Dates.h"
#include "common/Days.h"
#include "common/Money.h"
#include "common/Units.h"
#include "storage/DataEdits.h"
#include "storage/DataStore.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

namespace Stockshift::Ui {

namespace {

// The column titles headerData() derives from the tables' column names (location_id →
// "Location"), listed for lupdate: headerData() translates them at run time.
[[maybe_unused]] constexpr const char *kColumnTitles[] = {
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Abs error"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Accuracy batch"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Accuracy buckets"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Action"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Active"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Actual"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Adi"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Arrival"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "As of"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "At"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Backtest bias"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Backtest mae"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Backtest mase"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Backtest origins"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Backtest rmse"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Batch"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Benefit"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Bias"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Bound"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Brand"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Bucket days"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Buckets"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Cancel reason"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Cancelled at"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Candidates"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Capacity per period"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Capacity units"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Capacity volume"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Category"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Censored"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Checksum"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Cleansed"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Cltv"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Code"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Computed at"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Cost"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Cost per unit"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Created at"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Cv2"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Data"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Day"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Demand class"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Description"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Destination"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Detail"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Document"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Due"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Duration ms"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Edits"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "End"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Entity"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Entity key"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Error"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Evaluation"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Expiry"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Exported at"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Failed"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "File"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "File name"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Finished at"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Fixed cost"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Forecast"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Forecast run"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Format"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Format version"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Fragile"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "From"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "From location"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Gap"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Goods"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Handling"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Handling cost"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Handling fee"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Hash"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Hi80"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Hi95"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "History end"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "History start"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Horizon"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Id"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Inputs"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Key"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Kind"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Latitude"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Lead time days"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Lead time sd days"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Level"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Line"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Line count"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Lo80"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Lo95"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Location"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Location code"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Longitude"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Lot"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Mape"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Markup pct"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Mase"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Message"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Method"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Mode"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Model columns"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Model nonzeros"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Model rows"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Moq"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Name"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Note"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Number"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Objective"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "On hand"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Order"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Order cost"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Order multiple"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Order ref"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Original"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Outliers"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Owner"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Pack size"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Parameters"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Parent name"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Plan"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Po group"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Position"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Preferred"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Previous hash"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Profile"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Profit share"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Profit share pct"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Promo"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Proposed quantity"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Provider"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Quantity"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Ran at"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Reason"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Receiver"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Reference"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Region"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Reserved"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Resolved at"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Revenue"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Revision"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Rows accepted"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Rows read"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Rows rejected"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Run"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Scope"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Seconds"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Segment"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Series"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Settings"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Severity"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Sha256"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Shelf life days"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Ship"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Sku"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Sku code"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Source"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Start"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Started at"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Stat wape"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Status"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Summary"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Supplier"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Supplier sku"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Thorough"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "To"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "To location"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Total quantity"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Total value"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Totals"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Tracking signal"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Type"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Undone at"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Undone by"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Unit cost"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Unit price"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Updated at"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Uplift pct"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "User name"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Valid from"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Valid to"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Value"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Version"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Volume"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Wape"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Weight"),
    QT_TRANSLATE_NOOP("Stockshift::Ui::SqlTableModel", "Why"),
};

// Which table a foreign-key column refers to.
QString referencedTable(const QString &column)
{
    if (column == QLatin1String("sku_id"))
        return QStringLiteral("skus");
    if (column == QLatin1String("supplier_id"))
        return QStringLiteral("suppliers");
    for (const char *name : {"location_id", "from_id", "to_id", "source_id", "destination_id",
                             "provider_id", "receiver_id"})
        if (column == QLatin1String(name))
            return QStringLiteral("locations");
    return {};
}

// Amounts of money: the header carries the company currency's symbol.
bool isMoneyColumn(const QString &column)
{
    for (const char *name :
         {"unit_cost", "unit_price", "cost", "cost_per_unit", "fixed_cost", "handling_cost",
          "handling_fee", "order_cost", "goods", "handling", "profit_share", "total_value", "cltv"})
        if (column == QLatin1String(name))
            return true;
    return false;
}

bool isDayColumn(const QString &column)
{
    return column == QLatin1String("day") || column.endsWith(QLatin1String("_day"))
           || column == QLatin1String("valid_from") || column == QLatin1String("valid_to");
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

} // namespace

SqlTableModel::SqlTableModel(Storage::DataStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_weightUnit(Units::weightUnit())
    , m_volumeUnit(Units::volumeUnit())
{
    Money::watchCurrency(m_store, this, [this](const QString &currency) {
        m_currency = currency;
        if (!m_columns.isEmpty())
            emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    });
    connect(m_store, &Storage::DataStore::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(m_table) || tables.contains(QStringLiteral("locations"))
            || tables.contains(QStringLiteral("skus")))
            reload();
    });
}

void SqlTableModel::setTable(const QString &table)
{
    if (table == m_table)
        return;
    m_table = table;
    m_sortColumn = -1;
    readSchema();
    reload();
}

void SqlTableModel::setBaseCondition(const QString &condition)
{
    if (condition == m_baseCondition)
        return;
    m_baseCondition = condition;
    reload();
}

void SqlTableModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

void SqlTableModel::readSchema()
{
    m_columns.clear();
    m_primaryKey.clear();
    m_editKey = Storage::DataEdits::keyColumns(m_table);
    m_editable = Storage::DataEdits::editableColumns(m_table);
    QSqlQuery query(m_store->connection().db());
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(m_table)))
        return;
    QList<QPair<int, QString>> keyParts;
    while (query.next()) {
        Column column;
        column.name = query.value(1).toString();
        const QString type = query.value(2).toString().toUpper();
        const int pk = query.value(5).toInt();
        if (pk > 0)
            keyParts.append({pk, column.name});
        column.referenced = referencedTable(column.name);
        if (!column.referenced.isEmpty()) {
            column.kind = Kind::Reference;
            column.expression = QStringLiteral("(SELECT code FROM %1 WHERE id = t.%2)")
                                    .arg(column.referenced, column.name);
        } else {
            column.kind = isDayColumn(column.name) ? Kind::Day
                          : (type == QLatin1String("INTEGER") || type == QLatin1String("REAL"))
                              ? Kind::Number
                              : Kind::Text;
            column.expression = QStringLiteral("t.") + column.name;
            if (column.kind == Kind::Number) {
                if (column.name == QLatin1String("weight_kg"))
                    column.measure = Measure::Weight;
                else if (column.name == QLatin1String("volume_m3")
                         || column.name == QLatin1String("capacity_volume"))
                    column.measure = Measure::Volume;
                else if (isMoneyColumn(column.name))
                    column.measure = Measure::Money;
            }
        }
        m_columns.append(column);
    }
    std::sort(keyParts.begin(), keyParts.end());
    for (const auto &part : keyParts)
        m_primaryKey.append(QStringLiteral("t.") + part.second);
    if (m_primaryKey.isEmpty())
        m_primaryKey.append(QStringLiteral("t.rowid"));
}

QString SqlTableModel::whereClause() const
{
    const QString base
        = m_baseCondition.isEmpty() ? QString() : QStringLiteral("(%1)").arg(m_baseCondition);
    if (m_filter.trimmed().isEmpty())
        return base.isEmpty() ? QString() : QStringLiteral(" WHERE ") + base;
    QStringList terms;
    for (const Column &column : m_columns) {
        if (column.kind == Kind::Text)
            terms.append(QStringLiteral("t.%1 LIKE :f ESCAPE '\\'").arg(column.name));
        else if (column.kind == Kind::Reference)
            terms.append(
                QStringLiteral("t.%1 IN (SELECT id FROM %2 WHERE code LIKE :f ESCAPE '\\')")
                    .arg(column.name, column.referenced));
    }
    // A date typed as yyyy-mm-dd or as the locale writes it matches day columns exactly.
    const QDate date = Dates::parseDay(m_filter);
    if (date.isValid())
        for (const Column &column : m_columns)
            if (column.kind == Kind::Day)
                terms.append(
                    QStringLiteral("t.%1 = %2").arg(column.name).arg(Days::fromDate(date)));
    const QString match = terms.isEmpty() ? QStringLiteral("0")
                                          : QStringLiteral("(") + terms.join(QStringLiteral(" OR "))
                                                + QLatin1Char(')');
    return QStringLiteral(" WHERE ")
           + (base.isEmpty() ? match : base + QStringLiteral(" AND ") + match);
}

void SqlTableModel::bindFilter(QSqlQuery &query) const
{
    if (!m_filter.trimmed().isEmpty() && query.lastQuery().contains(QLatin1String(":f")))
        query.bindValue(QStringLiteral(":f"), escapeLike(m_filter.trimmed()));
}

void SqlTableModel::reload()
{
    beginResetModel();
    // The planner may have chosen other units in the settings since the last reload.
    m_weightUnit = Units::weightUnit();
    m_volumeUnit = Units::volumeUnit();
    m_pages.clear();
    m_pageOrder.clear();
    m_pagesLoaded = 0;
    m_rowCount = 0;
    if (!m_table.isEmpty() && !m_columns.isEmpty()) {
        QSqlQuery query(m_store->connection().db());
        query.prepare(QStringLiteral("SELECT count(*) FROM %1 t").arg(m_table) + whereClause());
        bindFilter(query);
        if (query.exec() && query.next())
            m_rowCount = int(
                std::min<qint64>(query.value(0).toLongLong(), std::numeric_limits<int>::max()));
    }
    endResetModel();
}

const QList<QVariantList> *SqlTableModel::page(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it != m_pages.end()) {
        m_pageOrder.removeOne(pageIndex);
        m_pageOrder.append(pageIndex);
        return &it.value();
    }
    QStringList expressions;
    for (const Column &column : m_columns)
        expressions.append(column.expression);
    for (const QString &key : m_editKey)
        expressions.append(QStringLiteral("t.") + key);
    QStringList order;
    if (m_sortColumn >= 0 && m_sortColumn < m_columns.size())
        order.append(m_columns[m_sortColumn].expression
                     + (m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC")
                                                          : QStringLiteral(" DESC")));
    order += m_primaryKey;
    QSqlQuery query(m_store->connection().db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 t%3 ORDER BY %4 LIMIT %5 OFFSET %6")
                      .arg(expressions.join(QStringLiteral(", ")), m_table, whereClause(),
                           order.join(QStringLiteral(", ")))
                      .arg(kPageRows)
                      .arg(qint64(pageIndex) * kPageRows));
    bindFilter(query);
    QList<QVariantList> rows;
    if (query.exec()) {
        while (query.next()) {
            QVariantList row;
            const int width = int(m_columns.size() + m_editKey.size());
            row.reserve(width);
            for (int c = 0; c < width; ++c)
                row.append(query.value(c));
            rows.append(row);
        }
    }
    ++m_pagesLoaded;
    if (m_pageOrder.size() >= kMaxPages)
        m_pages.remove(m_pageOrder.takeFirst());
    m_pageOrder.append(pageIndex);
    return &m_pages.insert(pageIndex, rows).value();
}

int SqlTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int SqlTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SqlTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= m_columns.size())
        return {};
    const Column &column = m_columns[index.column()];
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(column.kind == Kind::Number ? Qt::AlignRight | Qt::AlignVCenter
                                                               : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    const QVariantList *row = storedRow(index.row());
    if (!row)
        return {};
    const QVariant value = row->value(index.column());
    if (role == Qt::EditRole && isColumnEditable(index.column()))
        return value.isNull() ? QString() : valueText(value);
    if (value.isNull())
        return {};
    if (column.kind == Kind::Day)
        return Dates::day(value.toInt());
    // Weights and volumes in the planner's units (stored in kg and m³); editable columns are
    // none of them, so the edit role never sees a converted value.
    if (column.measure == Measure::Weight && role != Qt::EditRole)
        return QLocale().toString(Units::fromKilograms(value.toDouble(), m_weightUnit), 'g', 6);
    if (column.measure == Measure::Volume && role != Qt::EditRole)
        return QLocale().toString(Units::fromCubicMetres(value.toDouble(), m_volumeUnit), 'g', 6);
    if (column.kind == Kind::Number && role == Qt::DisplayRole
        && value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'g', 10);
    return value;
}

QVariant SqlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= m_columns.size())
        return {};
    const Column &column = m_columns[section];
    switch (column.measure) {
    case Measure::Weight:
        return tr("%1 (%2)").arg(columnTitle(section), Units::symbol(m_weightUnit));
    case Measure::Volume:
        return tr("%1 (%2)").arg(columnTitle(section), Units::symbol(m_volumeUnit));
    case Measure::Money:
        return Money::withSymbol(columnTitle(section), m_currency);
    case Measure::None:
        break;
    }
    return columnTitle(section);
}

// The column's name in words, without its unit: "Unit cost", "Weight", "Location".
QString SqlTableModel::columnTitle(int section) const
{
    const Column &column = m_columns[section];
    if (column.name == QLatin1String("weight_kg"))
        return tr("Weight");
    if (column.name == QLatin1String("volume_m3"))
        return tr("Volume");
    QString name = column.name;
    if (column.kind == Kind::Reference)
        name.chop(3); // location_id → location
    else if (name.endsWith(QLatin1String("_day")))
        name.chop(4);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return tr(qPrintable(name));
}

const QVariantList *SqlTableModel::storedRow(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const QList<QVariantList> *rows = page(row / kPageRows);
    const int offset = row % kPageRows;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

QString SqlTableModel::valueText(const QVariant &value)
{
    if (value.isNull())
        return tr("empty");
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return QLocale().toString(value.toLongLong());
    return value.toString();
}

// How the undo history names a row: its code, else the codes it refers to (lanes, supplier
// items).
QString SqlTableModel::rowLabel(const QVariantList &row) const
{
    QStringList parts;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].name == QLatin1String("code"))
            return row.value(c).toString();
        if (m_columns[c].kind == Kind::Reference)
            parts.append(row.value(c).toString());
    }
    if (parts.isEmpty())
        for (qsizetype k = 0; k < m_editKey.size(); ++k)
            parts.append(row.value(m_columns.size() + k).toString());
    return parts.join(QStringLiteral(" / "));
}

void SqlTableModel::setUndoStack(QUndoStack *stack)
{
    if (stack == m_undo)
        return;
    beginResetModel(); // the flags change
    m_undo = stack;
    endResetModel();
}

bool SqlTableModel::isColumnEditable(int column) const
{
    return m_undo && column >= 0 && column < m_columns.size()
           && m_editable.contains(m_columns[column].name);
}

Qt::ItemFlags SqlTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    flags |= Qt::ItemNeverHasChildren;
    if (isColumnEditable(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SqlTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.model() != this
        || index.row() >= m_rowCount || !isColumnEditable(index.column()))
        return false;
    const QVariantList *row = storedRow(index.row());
    if (!row || row->size() != m_columns.size() + m_editKey.size())
        return false;
    const QString column = m_columns[index.column()].name;
    const QVariantList key = row->mid(m_columns.size());
    const QString label = rowLabel(*row);
    // Blanks around typed text are a slip of the keyboard, not data.
    const QVariant input
        = value.typeId() == QMetaType::QString ? QVariant(value.toString().trimmed()) : value;
    const auto after = Storage::DataEdits::validate(m_table, column, input);
    if (!after) {
        emit editRefused(after.errorMessage());
        return false;
    }
    const auto before
        = Storage::DataEdits::editCell(m_store->connection(), m_table, key, column, *after);
    if (!before) {
        emit editRefused(before.errorMessage());
        return false;
    }
    if (before->isNull() == after->isNull() && valueText(*before) == valueText(*after))
        return true; // nothing changed, nothing to undo
    // The history names the change as the planner reads it: "Unit cost of S1: €2.50 → €3.00".
    const auto shown = [this, &index](const QVariant &v) {
        return m_columns[index.column()].measure == Measure::Money && !v.isNull()
                   ? Money::format(v.toDouble(), m_currency)
                   : valueText(v);
    };
    const QString text
        = tr("%1 of %2: %3 → %4")
              .arg(columnTitle(index.column()), label, shown(*before), shown(*after));
    m_undo->push(new CellEditCommand(m_store, m_table, key, column, *before, *after, text));
    m_store->notifyChanged({m_table});
    return true;
}

void SqlTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
}

} // namespace Stockshift::Ui
