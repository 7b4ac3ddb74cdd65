#include "mip/MipModel.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace Stockshift::Solvers {

namespace {

QString generatedColumnName(int column)
{
    return QStringLiteral("x%1").arg(column);
}

QString generatedRowName(int row)
{
    return QStringLiteral("r%1").arg(row);
}

// How far `value` lies outside [lower, upper]; NaN counts as infinitely far so that a solution
// vector with holes is never taken for feasible.
double outside(double value, double lower, double upper)
{
    if (std::isnan(value))
        return kInfinity;
    if (value < lower)
        return lower - value;
    if (value > upper)
        return value - upper;
    return 0;
}

} // namespace

int MipModel::addFamily(const ConstraintFamily &family)
{
    m_families.push_back(family);
    return int(m_families.size()) - 1;
}

int MipModel::addVariable(double lower, double upper, double cost, bool integer,
                          const QString &name)
{
    const int column = columns();
    m_lower.push_back(lower);
    m_upper.push_back(upper);
    m_cost.push_back(cost);
    m_integer.push_back(integer ? 1 : 0);
    if (!name.isEmpty() || hasNames()) {
        nameColumnsUpTo(column);
        nameRowsUpTo(rows());
        m_columnNames.append(name.isEmpty() ? generatedColumnName(column) : name);
    }
    return column;
}

int MipModel::addVariables(int count, double lower, double upper, double cost, bool integer)
{
    const int first = columns();
    if (count <= 0)
        return first;
    const auto n = size_t(first) + size_t(count);
    m_lower.resize(n, lower);
    m_upper.resize(n, upper);
    m_cost.resize(n, cost);
    m_integer.resize(n, integer ? 1 : 0);
    if (hasNames())
        nameColumnsUpTo(columns());
    return first;
}

void MipModel::setCost(int column, double cost)
{
    Q_ASSERT(column >= 0 && column < columns());
    m_cost[size_t(column)] = cost;
}

void MipModel::setBounds(int column, double lower, double upper)
{
    Q_ASSERT(column >= 0 && column < columns());
    m_lower[size_t(column)] = lower;
    m_upper[size_t(column)] = upper;
}

void MipModel::setInteger(int column, bool integer)
{
    Q_ASSERT(column >= 0 && column < columns());
    m_integer[size_t(column)] = integer ? 1 : 0;
}

void MipModel::setName(int column, const QString &name)
{
    Q_ASSERT(column >= 0 && column < columns());
    // Naming one column names the whole model (all or nothing, see the header).
    nameColumnsUpTo(columns());
    nameRowsUpTo(rows());
    m_columnNames[column] = name.isEmpty() ? generatedColumnName(column) : name;
}

int MipModel::addRow(double lower, double upper, std::span<const int> columns,
                     std::span<const double> coefficients, int family, const QString &name)
{
    Q_ASSERT(columns.size() == coefficients.size());
    Q_ASSERT(family >= 0 && family < int(m_families.size()));
    const int row = rows();
    const size_t count = std::min(columns.size(), coefficients.size());
    for (size_t i = 0; i < count; ++i) {
        if (coefficients[i] == 0)
            continue;
        m_indices.push_back(columns[i]);
        m_values.push_back(coefficients[i]);
    }
    m_rowStarts.push_back(qint64(m_values.size()));
    m_rowLower.push_back(lower);
    m_rowUpper.push_back(upper);
    m_rowFamily.push_back(family);
    if (!name.isEmpty() || hasNames()) {
        nameColumnsUpTo(this->columns());
        nameRowsUpTo(row);
        m_rowNames.append(name.isEmpty() ? generatedRowName(row) : name);
    }
    return row;
}

int MipModel::addRow(double lower, double upper,
                     std::initializer_list<std::pair<int, double>> terms, int family,
                     const QString &name)
{
    std::vector<int> columns;
    std::vector<double> coefficients;
    columns.reserve(terms.size());
    coefficients.reserve(terms.size());
    for (const auto &[column, coefficient] : terms) {
        columns.push_back(column);
        coefficients.push_back(coefficient);
    }
    return addRow(lower, upper, columns, coefficients, family, name);
}

int MipModel::integers() const
{
    return int(std::count(m_integer.begin(), m_integer.end(), char(1)));
}

QString MipModel::columnName(int column) const
{
    if (column >= 0 && column < m_columnNames.size())
        return m_columnNames.at(column);
    return generatedColumnName(column);
}

QString MipModel::rowName(int row) const
{
    if (row >= 0 && row < m_rowNames.size())
        return m_rowNames.at(row);
    return generatedRowName(row);
}

double MipModel::rowActivity(int row, std::span<const double> x) const
{
    Q_ASSERT(row >= 0 && row < rows());
    double activity = 0;
    for (qint64 k = m_rowStarts[size_t(row)]; k < m_rowStarts[size_t(row) + 1]; ++k) {
        const int column = m_indices[size_t(k)];
        activity += m_values[size_t(k)]
                    * (column >= 0 && size_t(column) < x.size() ? x[size_t(column)] : 0.0);
    }
    return activity;
}

double MipModel::maxViolation(std::span<const double> x) const
{
    if (x.size() != size_t(columns()))
        return kInfinity;
    double worst = 0;
    for (size_t j = 0; j < x.size(); ++j)
        worst = std::max(worst, outside(x[j], m_lower[j], m_upper[j]));
    for (int r = 0; r < rows(); ++r)
        worst = std::max(worst,
                         outside(rowActivity(r, x), m_rowLower[size_t(r)], m_rowUpper[size_t(r)]));
    return worst;
}

double MipModel::objective(std::span<const double> x) const
{
    double value = m_offset;
    const size_t n = std::min(x.size(), m_cost.size());
    for (size_t j = 0; j < n; ++j)
        value += m_cost[j] * x[j];
    return value;
}

void MipModel::nameColumnsUpTo(int column)
{
    m_columnNames.reserve(column);
    for (int j = int(m_columnNames.size()); j < column; ++j)
        m_columnNames.append(generatedColumnName(j));
}

void MipModel::nameRowsUpTo(int row)
{
    m_rowNames.reserve(row);
    for (int r = int(m_rowNames.size()); r < row; ++r)
        m_rowNames.append(generatedRowName(r));
}

ElasticModel makeElastic(const MipModel &model)
{
    ElasticModel elastic;
    MipModel &out = elastic.model;
    const auto &families = model.families();
    // Family 0 ("default") is built into every model; the others keep their indices.
    for (size_t f = 1; f < families.size(); ++f)
        out.addFamily(families[f]);
    const bool named = model.hasNames();

    for (int j = 0; j < model.columns(); ++j)
        out.addVariable(model.columnLower()[size_t(j)], model.columnUpper()[size_t(j)],
                        model.cost()[size_t(j)], model.isInteger()[size_t(j)] != 0,
                        named ? model.columnName(j) : QString());
    out.setObjectiveOffset(model.objectiveOffset());

    // Slack columns come after the original ones, so a solution of the elastic model starts
    // with a solution vector of the original model.
    std::vector<int> raise(size_t(model.rows()), -1), lower(size_t(model.rows()), -1);
    for (int r = 0; r < model.rows(); ++r) {
        // A family index out of range (only asserted when building) counts as the default.
        const int family = model.rowFamily()[size_t(r)];
        const bool known = family >= 0 && size_t(family) < families.size();
        const ConstraintFamily &info = families[known ? size_t(family) : 0];
        if (!info.hard)
            continue;
        if (std::isfinite(model.rowLower()[size_t(r)])) {
            raise[size_t(r)]
                = out.addVariable(0, kInfinity, info.elasticPenalty, false,
                                  named ? model.rowName(r) + QStringLiteral(".short") : QString());
            elastic.slacks.push_back({r, raise[size_t(r)], +1});
        }
        if (std::isfinite(model.rowUpper()[size_t(r)])) {
            lower[size_t(r)]
                = out.addVariable(0, kInfinity, info.elasticPenalty, false,
                                  named ? model.rowName(r) + QStringLiteral(".over") : QString());
            elastic.slacks.push_back({r, lower[size_t(r)], -1});
        }
    }

    std::vector<int> columns;
    std::vector<double> coefficients;
    for (int r = 0; r < model.rows(); ++r) {
        const qint64 begin = model.rowStarts()[size_t(r)];
        const qint64 end = model.rowStarts()[size_t(r) + 1];
        columns.assign(model.indices().begin() + begin, model.indices().begin() + end);
        coefficients.assign(model.values().begin() + begin, model.values().begin() + end);
        if (raise[size_t(r)] >= 0) {
            columns.push_back(raise[size_t(r)]);
            coefficients.push_back(1.0);
        }
        if (lower[size_t(r)] >= 0) {
            columns.push_back(lower[size_t(r)]);
            coefficients.push_back(-1.0);
        }
        out.addRow(model.rowLower()[size_t(r)], model.rowUpper()[size_t(r)], columns, coefficients,
                   model.rowFamily()[size_t(r)], named ? model.rowName(r) : QString());
    }
    return elastic;
}

std::vector<Violation> violations(const ElasticModel &elastic, std::span<const double> x,
                                  double tolerance)
{
    std::vector<Violation> result;
    const auto &family = elastic.model.rowFamily();
    for (const ElasticModel::Slack &slack : elastic.slacks) {
        if (slack.column < 0 || size_t(slack.column) >= x.size())
            continue;
        const double amount = x[size_t(slack.column)];
        if (amount > tolerance)
            result.push_back({slack.row, family[size_t(slack.row)], amount, slack.direction});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Violation &a, const Violation &b) { return a.amount > b.amount; });
    return result;
}

} // namespace Stockshift::Solvers
