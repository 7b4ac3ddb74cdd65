// Ui::PolicyModels — the policy editor's pieces:
//
// - PolicyFields: the fields of Policy::PolicyParameters as the editor shows them (names,
//   units, ranges, editors). Shares (service level, fill rate, holding rate) are edited in %.
// - PolicyRuleModel: the segment rules "default", "A".."C", "AX".."CZ", one row each, a column
//   per field. Each cell shows the value that applies at that scope; a value set at the scope
//   is in plain text, an inherited one grey and italic with where it comes from. Editing a cell
//   does not write: it hands the scope's new parameters to the commit function (the view's,
//   which validates, saves through Policy::saveSegmentRule on the undo stack and recomputes).
//   An invalid QVariant (or the editor's "inherit") clears the field at the scope.
// - PolicyOverrideModel: the per SKU × location overrides with their reasons.
// - PolicyRuleDelegate: combo boxes and spin boxes in the right units for PolicyRuleModel.
//
// The order cost is shown in the company currency the models are given (setCurrency()); the edit
// role stays the number.
// GUI thread only. reload() reads the policy tables through the caller's (the DataStore's)
// connection; they are small.
#pragma once

#include "common/Result.h"
#include "policy/PolicyConfig.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStyledItemDelegate>

#include <functional>
#include <vector>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Ui {

namespace PolicyFields {

using Field = Policy::ResolvedPolicy::Field;

QString label(Field field); ///< "Service level"
QString kindLabel(Policy::PolicyKind kind);
QString methodLabel(Policy::SafetyStockMethod method);
bool isSet(const Policy::PolicyParameters &p, Field field);
void clear(Policy::PolicyParameters &p, Field field);
/// Sets a field from its edit value (kind and method by name, shelf-life cap as bool, numbers
/// in model units); false when the value does not fit the field.
bool set(Policy::PolicyParameters &p, Field field, const QVariant &value);
/// The edit value of a field of a resolved policy (NaN order cost / lead time: invalid).
QVariant value(const Policy::ResolvedPolicy &r, Field field);
/// The value as shown ("98.0%", "7 d", "supplier's"); the order cost in `currency`, the company
/// currency (ISO 4217; empty: a plain number).
QString text(const Policy::ResolvedPolicy &r, Field field, const QString &currency);
/// "service level 99.0%, lead time 5 d" — the fields set in `p` (money in `currency`).
QString summary(const Policy::PolicyParameters &p, const QString &currency);

/// An editor for one field; with `allowInherit` its first choice ("inherit") clears the field.
QWidget *createEditor(Field field, QWidget *parent, bool allowInherit);
void setEditorValue(QWidget *editor, Field field, const QVariant &value);
/// The edited value; invalid = "inherit".
QVariant editorValue(QWidget *editor, Field field);

} // namespace PolicyFields

class PolicyRuleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Scope,
        Rows,
        FirstField,
        ColumnCount = FirstField + Policy::ResolvedPolicy::FieldCount
    };
    using Commit = std::function<Status(const QString &scope, const Policy::PolicyParameters &)>;

    explicit PolicyRuleModel(QObject *parent = nullptr);

    /// Re-reads the rules; on error keeps the rows and returns it.
    Status reload(Storage::Connection &connection);
    void setCommit(Commit commit) { m_commit = std::move(commit); }
    /// Rows of the analysis per scope ("default" = all), shown in the Rows column.
    void setRowCounts(const QHash<QString, int> &counts);
    /// The company currency (ISO 4217) the order costs are shown in.
    void setCurrency(const QString &currency);

    /// The scopes in row order.
    static QStringList scopes();
    int rowOf(const QString &scope) const { return int(scopes().indexOf(scope)); }
    const Policy::PolicyConfig &config() const { return m_config; }
    /// The parameters set at a scope (the standard ones until a rule is stored).
    Policy::PolicyParameters parameters(const QString &scope) const;
    /// Whether the scope has a stored rule (else the standard one, or nothing, applies).
    bool isStored(const QString &scope) const { return m_stored.contains(scope); }
    /// The policy that applies at a scope with nothing below it.
    Policy::ResolvedPolicy resolved(const QString &scope) const;
    static Column columnOf(PolicyFields::Field field) { return Column(FirstField + int(field)); }
    /// The error of the last edit the commit function refused (empty after a success).
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editFailed(const QString &message);

private:
    Policy::PolicyConfig m_config;
    QSet<QString> m_stored;
    QHash<QString, int> m_rowCounts;
    QString m_currency;
    Commit m_commit;
    QString m_lastError;
};

class PolicyOverrideModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Location, Sku, Settings, Reason, Changed, ColumnCount };
    struct Entry
    {
        qint64 locationId = 0, skuId = 0;
        QString location, sku, reason, updatedAt, user;
        Policy::PolicyParameters parameters;
    };
    using QAbstractTableModel::QAbstractTableModel;

    Status reload(Storage::Connection &connection);
    /// The company currency (ISO 4217) the order costs are shown in.
    void setCurrency(const QString &currency);
    const Entry &entry(int row) const { return m_entries.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Entry> m_entries;
    QString m_currency;
};

class PolicyRuleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Stockshift::Ui
