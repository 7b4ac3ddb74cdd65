#include "browser/SqlTableModel.h"

#include "common/Days.h"
#include "storage/DataStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Stockshift::Ui {

namespace {

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
{
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
    // A date typed as yyyy-mm-dd matches day columns exactly.
    const QDate date = QDate::fromString(m_filter.trimmed(), Qt::ISODate);
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
            row.reserve(m_columns.size());
            for (int c = 0; c < m_columns.size(); ++c)
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
    const QList<QVariantList> *rows = page(index.row() / kPageRows);
    const int offset = index.row() % kPageRows;
    if (offset >= rows->size())
        return {};
    const QVariant value = rows->at(offset).value(index.column());
    if (value.isNull())
        return {};
    if (column.kind == Kind::Day)
        return Days::toIso(value.toInt());
    if (column.kind == Kind::Number && role == Qt::DisplayRole
        && value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 10);
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
    QString name = m_columns[section].name;
    if (m_columns[section].kind == Kind::Reference)
        name.chop(3); // location_id → location
    else if (name.endsWith(QLatin1String("_day")))
        name.chop(4);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return tr(qPrintable(name));
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
