// Solvers::MipModel — a small linear / mixed-integer model that knows nothing of any solver.
//
// Contract:
// - Variables (columns) have bounds, an objective cost, an integer flag and an optional name;
//   constraints (rows) have lower and upper bounds (−∞/+∞ for one-sided rows, equal for
//   equalities), sparse coefficients and a constraint *family* (e.g. "balance", "lane
//   capacity", "budget") used to explain infeasibility. The objective is minimised.
// - Building is bulk and cheap: rows are appended to compressed-row arrays and handed to the
//   backend in one call (no solver call per row: adding rows one by one to a solver interface
//   took 29 s for 20,000 rows in the probe, loading arrays takes milliseconds).
// - Names are all or nothing: either every variable and row has a name or none has (CBC has
//   crashed on models with named columns and unnamed rows); addVariable/addRow without a name
//   on a named model get a generated one ("x123", "r45").
// - Not thread-safe while being built; a finished model is read-only and may be solved from
//   any thread.
#pragma once

#include <QString>
#include <QStringList>

#include <limits>
#include <span>
#include <vector>

namespace Stockshift::Solvers {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// A family of constraints: what they mean to the planner, and how the elastic version of the
/// model may violate them.
struct ConstraintFamily
{
    QString name;            ///< stable key, e.g. "supplier-capacity"
    bool hard = true;        ///< false: already soft in the model (has its own slack)
    double elasticPenalty = 1e6; ///< cost per unit of violation in the elastic model
};

class MipModel
{
public:
    MipModel() = default;

    /// Registers a constraint family; returns its index (0 is "default", always present).
    int addFamily(const ConstraintFamily &family);
    const std::vector<ConstraintFamily> &families() const { return m_families; }

    /// Adds a variable; returns its column index.
    int addVariable(double lower, double upper, double cost, bool integer = false,
                    const QString &name = {});
    /// Adds `count` identical variables; returns the first index.
    int addVariables(int count, double lower, double upper, double cost, bool integer = false);
    void setCost(int column, double cost);
    void setBounds(int column, double lower, double upper);
    void setInteger(int column, bool integer);
    void setName(int column, const QString &name);

    /// Adds lower ≤ Σ coefs·x[columns] ≤ upper; returns the row index. Repeated columns in one
    /// row are summed by the backend, zero coefficients are dropped.
    int addRow(double lower, double upper, std::span<const int> columns,
               std::span<const double> coefficients, int family = 0, const QString &name = {});
    /// Convenience: an initializer-list form for small rows (tests, small models).
    int addRow(double lower, double upper, std::initializer_list<std::pair<int, double>> terms,
               int family = 0, const QString &name = {});

    /// A constant added to the objective (reported, not optimised).
    void setObjectiveOffset(double offset) { m_offset = offset; }
    double objectiveOffset() const { return m_offset; }

    int columns() const { return int(m_lower.size()); }
    int rows() const { return int(m_rowLower.size()); }
    qint64 nonZeros() const { return qint64(m_values.size()); }
    int integers() const;
    bool hasNames() const { return !m_columnNames.isEmpty() || !m_rowNames.isEmpty(); }

    // Read access for the backend and for tests.
    const std::vector<double> &columnLower() const { return m_lower; }
    const std::vector<double> &columnUpper() const { return m_upper; }
    const std::vector<double> &cost() const { return m_cost; }
    const std::vector<char> &isInteger() const { return m_integer; }
    const std::vector<double> &rowLower() const { return m_rowLower; }
    const std::vector<double> &rowUpper() const { return m_rowUpper; }
    const std::vector<int> &rowFamily() const { return m_rowFamily; }
    /// Compressed rows: row r has entries [rowStarts[r], rowStarts[r + 1]).
    const std::vector<qint64> &rowStarts() const { return m_rowStarts; }
    const std::vector<int> &indices() const { return m_indices; }
    const std::vector<double> &values() const { return m_values; }
    QString columnName(int column) const;
    QString rowName(int row) const;

    /// Row activity Σ coefs·x for a full solution vector.
    double rowActivity(int row, std::span<const double> x) const;
    /// Largest bound or row violation of `x` (0 when feasible); integrality is not checked.
    double maxViolation(std::span<const double> x) const;
    /// Objective value Σ cost·x + offset.
    double objective(std::span<const double> x) const;

private:
    void nameColumnsUpTo(int column);
    void nameRowsUpTo(int row);

    std::vector<ConstraintFamily> m_families{ConstraintFamily{QStringLiteral("default")}};
    std::vector<double> m_lower, m_upper, m_cost;
    std::vector<char> m_integer;
    std::vector<double> m_rowLower, m_rowUpper;
    std::vector<int> m_rowFamily;
    std::vector<qint64> m_rowStarts{0};
    std::vector<int> m_indices;
    std::vector<double> m_values;
    QStringList m_columnNames, m_rowNames;
    double m_offset = 0;
};

/// The elastic version of a model: every row of a hard family gets slack variables that let it
/// be violated (below its lower bound and above its upper bound) at the family's penalty per
/// unit. Solving it always finds a solution when the variable bounds allow one; the slacks in
/// use say which requirements conflict.
struct ElasticModel
{
    MipModel model;
    struct Slack
    {
        int row;
        int column;
        int direction; ///< +1: the row's activity was raised (below its lower bound), −1: lowered
    };
    std::vector<Slack> slacks;
};
ElasticModel makeElastic(const MipModel &model);

struct Violation
{
    int row;
    int family;
    double amount; ///< units of violation (≥ 0)
    int direction; ///< +1: short of the lower bound, −1: over the upper bound
};
/// The violated rows of an elastic solution, largest first.
std::vector<Violation> violations(const ElasticModel &elastic, std::span<const double> x,
                                  double tolerance = 1e-6);

} // namespace Stockshift::Solvers
