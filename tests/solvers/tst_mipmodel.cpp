// Tests of the solver-independent model layer: building, names, evaluation, the elastic model.
#include "mip/MipModel.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace Stockshift::Solvers;

class TestMipModel : public QObject
{
    Q_OBJECT

private slots:
    void buildsCompressedRows();
    void dropsZeroCoefficients();
    void addVariables();
    void setters();
    void names_data();
    void names();
    void evaluation_data();
    void evaluation();
    void families();
    void elasticSlacks_data();
    void elasticSlacks();
    void elasticKeepsModel();
    void violationsLargestFirst();
    void bulkBuild();
};

void TestMipModel::buildsCompressedRows()
{
    MipModel m;
    const int x = m.addVariable(0, 10, 1, true);
    const int y = m.addVariable(-kInfinity, kInfinity, -2);
    QCOMPARE(x, 0);
    QCOMPARE(y, 1);
    QCOMPARE(m.addRow(1, 5, {{x, 1}, {y, 2}}), 0);
    QCOMPARE(m.addRow(-kInfinity, 3, {{y, -1}}), 1);
    QCOMPARE(m.columns(), 2);
    QCOMPARE(m.rows(), 2);
    QCOMPARE(m.nonZeros(), qint64(3));
    QCOMPARE(m.integers(), 1);
    QCOMPARE(m.rowStarts(), (std::vector<qint64>{0, 2, 3}));
    QCOMPARE(m.indices(), (std::vector<int>{0, 1, 1}));
    QCOMPARE(m.values(), (std::vector<double>{1, 2, -1}));
    QCOMPARE(m.rowLower(), (std::vector<double>{1, -kInfinity}));
    QCOMPARE(m.rowUpper(), (std::vector<double>{5, 3}));
    QCOMPARE(m.rowFamily(), (std::vector<int>{0, 0}));
    QCOMPARE(m.isInteger(), (std::vector<char>{1, 0}));
    QVERIFY(!m.hasNames());
}

void TestMipModel::dropsZeroCoefficients()
{
    MipModel m;
    m.addVariables(3, 0, 1, 0);
    const std::vector<int> columns{0, 1, 2};
    const std::vector<double> coefficients{1, 0, -0.0};
    m.addRow(0, 1, columns, coefficients);
    QCOMPARE(m.nonZeros(), qint64(1));
    QCOMPARE(m.indices(), (std::vector<int>{0}));
}

void TestMipModel::addVariables()
{
    MipModel m;
    m.addVariable(0, 1, 5);
    QCOMPARE(m.addVariables(3, -1, 2, 4, true), 1);
    QCOMPARE(m.addVariables(0, 0, 0, 0), 4);
    QCOMPARE(m.columns(), 4);
    QCOMPARE(m.integers(), 3);
    QCOMPARE(m.columnLower(), (std::vector<double>{0, -1, -1, -1}));
    QCOMPARE(m.cost(), (std::vector<double>{5, 4, 4, 4}));
}

void TestMipModel::setters()
{
    MipModel m;
    const int x = m.addVariable(0, 1, 1);
    m.setCost(x, 7);
    m.setBounds(x, -3, 3);
    m.setInteger(x, true);
    QCOMPARE(m.cost()[0], 7.0);
    QCOMPARE(m.columnLower()[0], -3.0);
    QCOMPARE(m.columnUpper()[0], 3.0);
    QCOMPARE(m.integers(), 1);
    m.setInteger(x, false);
    QCOMPARE(m.integers(), 0);
}

void TestMipModel::names_data()
{
    // Names are all or nothing: naming one thing names everything (generated names "x<col>",
    // "r<row>"), and later unnamed additions get generated names.
    QTest::addColumn<int>("namedAt"); // 0: first column, 1: second column, 2: a row, 3: setName
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("first column named")
        << 0 << QStringList{"supply", "x1", "x2"} << QStringList{"r0", "r1"};
    QTest::newRow("second column named")
        << 1 << QStringList{"x0", "supply", "x2"} << QStringList{"r0", "r1"};
    QTest::newRow("a row named") << 2 << QStringList{"x0", "x1", "x2"}
                                 << QStringList{"r0", "balance"};
    QTest::newRow("named afterwards")
        << 3 << QStringList{"x0", "x1", "late"} << QStringList{"r0", "r1"};
}

void TestMipModel::names()
{
    QFETCH(int, namedAt);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, rows);
    MipModel m;
    m.addVariable(0, 1, 0, false, namedAt == 0 ? QStringLiteral("supply") : QString());
    m.addRow(0, 1, {{0, 1}});
    m.addVariable(0, 1, 0, false, namedAt == 1 ? QStringLiteral("supply") : QString());
    m.addRow(0, 1, {{1, 1}}, 0, namedAt == 2 ? QStringLiteral("balance") : QString());
    m.addVariables(1, 0, 1, 0);
    if (namedAt == 3) {
        QVERIFY(!m.hasNames());
        QCOMPARE(m.columnName(2), QStringLiteral("x2")); // generated on request
        m.setName(2, QStringLiteral("late"));
    }
    QVERIFY(m.hasNames());
    QStringList gotColumns, gotRows;
    for (int j = 0; j < m.columns(); ++j)
        gotColumns << m.columnName(j);
    for (int r = 0; r < m.rows(); ++r)
        gotRows << m.rowName(r);
    QCOMPARE(gotColumns, columns);
    QCOMPARE(gotRows, rows);
}

void TestMipModel::evaluation_data()
{
    QTest::addColumn<QList<double>>("x");
    QTest::addColumn<double>("activity"); // of row 0
    QTest::addColumn<double>("violation");
    QTest::addColumn<double>("objective");
    // Rows: 2 ≤ x + 2y ≤ 6, y − z = 1; bounds x ∈ [0, 4], y ∈ [0, 3], z free; offset 10.
    QTest::newRow("feasible") << QList<double>{2, 1, 0} << 4.0 << 0.0 << 10 + 2 + 3.0;
    QTest::newRow("row above") << QList<double>{4, 2, 1} << 8.0 << 2.0 << 10 + 4 + 6 - 1.0;
    QTest::newRow("row below") << QList<double>{0, 0.5, -0.5} << 1.0 << 1.0 << 10 + 1.5 + 0.5;
    QTest::newRow("bound") << QList<double>{5, 0.5, -0.5} << 6.0 << 1.0 << 10 + 5 + 1.5 + 0.5;
    QTest::newRow("equality") << QList<double>{2, 1, 3} << 4.0 << 3.0 << 10 + 2 + 3 - 3.0;
}

void TestMipModel::evaluation()
{
    QFETCH(QList<double>, x);
    QFETCH(double, activity);
    QFETCH(double, violation);
    QFETCH(double, objective);
    MipModel m;
    const int cx = m.addVariable(0, 4, 1);
    const int cy = m.addVariable(0, 3, 3);
    const int cz = m.addVariable(-kInfinity, kInfinity, -1);
    m.addRow(2, 6, {{cx, 1}, {cy, 2}});
    m.addRow(1, 1, {{cy, 1}, {cz, -1}});
    m.setObjectiveOffset(10);
    const std::vector<double> values(x.begin(), x.end());
    QCOMPARE(m.rowActivity(0, values), activity);
    QCOMPARE(m.maxViolation(values), violation);
    QCOMPARE(m.objective(values), objective);
}

void TestMipModel::families()
{
    MipModel m;
    QCOMPARE(m.families().size(), size_t(1));
    QCOMPARE(m.families()[0].name, QStringLiteral("default"));
    QVERIFY(m.families()[0].hard);
    const int soft = m.addFamily({QStringLiteral("safety-stock"), false, 5});
    QCOMPARE(soft, 1);
    QCOMPARE(m.families()[1].name, QStringLiteral("safety-stock"));
    const int x = m.addVariable(0, 1, 0);
    m.addRow(0, 1, {{x, 1}}, soft);
    QCOMPARE(m.rowFamily()[0], soft);

    // A vector of the wrong length is never feasible; NaN never is either.
    QCOMPARE(m.maxViolation(std::vector<double>{}), kInfinity);
    QCOMPARE(m.maxViolation(std::vector<double>{qQNaN()}), kInfinity);
}

void TestMipModel::elasticSlacks_data()
{
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    QTest::addColumn<bool>("hard");
    QTest::addColumn<QList<int>>("directions"); // of the slacks of the row, in order
    QTest::newRow("≤ row") << -kInfinity << 5.0 << true << QList<int>{-1};
    QTest::newRow("≥ row") << 5.0 << kInfinity << true << QList<int>{+1};
    QTest::newRow("equality") << 5.0 << 5.0 << true << QList<int>{+1, -1};
    QTest::newRow("ranged") << 1.0 << 5.0 << true << QList<int>{+1, -1};
    QTest::newRow("free") << -kInfinity << kInfinity << true << QList<int>{};
    QTest::newRow("soft family") << 5.0 << 5.0 << false << QList<int>{};
}

void TestMipModel::elasticSlacks()
{
    QFETCH(double, lower);
    QFETCH(double, upper);
    QFETCH(bool, hard);
    QFETCH(QList<int>, directions);
    MipModel m;
    const int family = m.addFamily({QStringLiteral("capacity"), hard, 250});
    const int x = m.addVariable(0, 10, 3);
    m.addRow(0, 10, {{x, 1}}, 0); // default family: hard, 1e6
    m.addRow(lower, upper, {{x, 2}}, family);

    const ElasticModel elastic = makeElastic(m);
    QList<int> got;
    for (const ElasticModel::Slack &slack : elastic.slacks) {
        if (slack.row != 1)
            continue;
        got << slack.direction;
        QVERIFY(slack.column >= m.columns());
        QCOMPARE(elastic.model.cost()[size_t(slack.column)], 250.0);
        QCOMPARE(elastic.model.columnLower()[size_t(slack.column)], 0.0);
        QCOMPARE(elastic.model.columnUpper()[size_t(slack.column)], kInfinity);
        QVERIFY(!elastic.model.isInteger()[size_t(slack.column)]);
        // The slack is in its row with +1 when it raises the activity, −1 when it lowers it.
        const qint64 begin = elastic.model.rowStarts()[1];
        const qint64 end = elastic.model.rowStarts()[2];
        bool found = false;
        for (qint64 k = begin; k < end; ++k) {
            if (elastic.model.indices()[size_t(k)] == slack.column) {
                QCOMPARE(elastic.model.values()[size_t(k)], double(slack.direction));
                found = true;
            }
        }
        QVERIFY(found);
    }
    QCOMPARE(got, directions);
    // The default family is hard: row 0 (0 ≤ x ≤ 10) has two slacks at 1e6.
    int defaultSlacks = 0;
    for (const ElasticModel::Slack &slack : elastic.slacks) {
        if (slack.row == 0) {
            ++defaultSlacks;
            QCOMPARE(elastic.model.cost()[size_t(slack.column)], 1e6);
        }
    }
    QCOMPARE(defaultSlacks, 2);
    QCOMPARE(elastic.model.columns(), m.columns() + int(elastic.slacks.size()));
}

void TestMipModel::elasticKeepsModel()
{
    MipModel m;
    const int family = m.addFamily({QStringLiteral("budget"), true, 10});
    const int x = m.addVariable(0, 4, 2, true, QStringLiteral("order"));
    const int y = m.addVariable(1, 2, -1, false, QStringLiteral("stock"));
    m.addRow(3, kInfinity, {{x, 1}, {y, 1}}, family, QStringLiteral("budget_w1"));
    m.setObjectiveOffset(5);
    const ElasticModel elastic = makeElastic(m);
    const MipModel &e = elastic.model;
    QCOMPARE(e.rows(), m.rows());
    QCOMPARE(e.families().size(), m.families().size());
    QCOMPARE(e.families()[1].name, QStringLiteral("budget"));
    QCOMPARE(e.objectiveOffset(), 5.0);
    for (int j = 0; j < m.columns(); ++j) {
        QCOMPARE(e.columnName(j), m.columnName(j));
        QCOMPARE(e.cost()[size_t(j)], m.cost()[size_t(j)]);
        QCOMPARE(e.columnLower()[size_t(j)], m.columnLower()[size_t(j)]);
        QCOMPARE(e.columnUpper()[size_t(j)], m.columnUpper()[size_t(j)]);
        QCOMPARE(e.isInteger()[size_t(j)], m.isInteger()[size_t(j)]);
    }
    QCOMPARE(e.rowName(0), QStringLiteral("budget_w1"));
    QCOMPARE(e.rowFamily()[0], family);
    QCOMPARE(e.columnName(elastic.slacks.front().column), QStringLiteral("budget_w1.short"));
}

void TestMipModel::violationsLargestFirst()
{
    MipModel m;
    const int capacity = m.addFamily({QStringLiteral("capacity"), true, 1});
    const int x = m.addVariable(0, kInfinity, 0);
    m.addRow(-kInfinity, 10, {{x, 1}}, capacity);
    m.addRow(20, kInfinity, {{x, 1}}, 0);
    m.addRow(5, 5, {{x, 1}}, 0);
    const ElasticModel elastic = makeElastic(m);
    QCOMPARE(elastic.slacks.size(), size_t(4));
    std::vector<double> values(size_t(elastic.model.columns()), 0.0);
    values[0] = 12;
    // Row 0 over by 2, row 1 short by 8, row 2 over by 7; a slack below tolerance is ignored.
    for (const ElasticModel::Slack &slack : elastic.slacks) {
        if (slack.row == 0)
            values[size_t(slack.column)] = 2;
        else if (slack.row == 1)
            values[size_t(slack.column)] = 8;
        else if (slack.direction < 0)
            values[size_t(slack.column)] = 7;
        else
            values[size_t(slack.column)] = 1e-9;
    }
    QVERIFY(elastic.model.maxViolation(values) < 1e-8);
    const std::vector<Violation> found = violations(elastic, values);
    QCOMPARE(found.size(), size_t(3));
    QCOMPARE(found[0].row, 1);
    QCOMPARE(found[0].direction, +1);
    QCOMPARE(found[0].amount, 8.0);
    QCOMPARE(found[1].row, 2);
    QCOMPARE(found[1].direction, -1);
    QCOMPARE(found[2].row, 0);
    QCOMPARE(found[2].family, capacity);
    QCOMPARE(found[2].amount, 2.0);
    QVERIFY(violations(elastic, values, 10).empty());
}

void TestMipModel::bulkBuild()
{
    // 100,000 rows of 5 terms each through the span form, as the planners build them.
    const int rows = 100'000;
    QElapsedTimer timer;
    timer.start();
    MipModel m;
    const int first = m.addVariables(rows + 4, 0, kInfinity, 1);
    std::vector<int> columns(5);
    std::vector<double> coefficients{1, -1, 2, -2, 0.5};
    for (int r = 0; r < rows; ++r) {
        for (int k = 0; k < 5; ++k)
            columns[size_t(k)] = first + r + k;
        m.addRow(r % 7 == 0 ? 0.0 : -kInfinity, double(r % 11), columns, coefficients);
    }
    const qint64 ms = timer.elapsed();
    qInfo("built %d rows, %lld non-zeros in %lld ms", m.rows(), m.nonZeros(), ms);
    QCOMPARE(m.rows(), rows);
    QCOMPARE(m.nonZeros(), qint64(rows) * 5);
    QVERIFY(ms < 5'000); // a sanity bound, not a benchmark
}

QTEST_GUILESS_MAIN(TestMipModel)
#include "tst_mipmodel.moc"
