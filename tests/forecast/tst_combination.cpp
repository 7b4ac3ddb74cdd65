// The combination method and the method registry.
#include "forecast/BasicMethods.h"
#include "forecast/Combination.h"

#include <QTest>

using namespace Stockshift::Forecast;

class TestCombination : public QObject
{
    Q_OBJECT

private slots:
    void meanOfMembers()
    {
        const std::vector<double> y{1, 2, 3, 4, 5, 6, 7, 8};
        std::vector<std::unique_ptr<Method>> members;
        members.push_back(std::make_unique<NaiveMethod>());
        members.push_back(std::make_unique<MovingAverageMethod>(4));
        CombinationMethod comb(QStringLiteral("test"), std::move(members));
        QVERIFY(comb.fit(y, 1));
        // Naive says 8, the 4-period average says 6.5.
        QCOMPARE(comb.forecast(2), (std::vector<double>{7.25, 7.25}));
        QCOMPARE(comb.fitted()[5], (5.0 + (2 + 3 + 4 + 5) / 4.0) / 2.0);
        QCOMPARE(comb.create()->name(), QStringLiteral("test"));
    }

    void failingMemberIsLeftOut()
    {
        // Croston refuses negative demand; the combination uses the naive member alone.
        std::vector<std::unique_ptr<Method>> members;
        members.push_back(std::make_unique<CrostonMethod>(CrostonMethod::Variant::Classic));
        members.push_back(std::make_unique<NaiveMethod>());
        CombinationMethod comb(QStringLiteral("test"), std::move(members));
        QVERIFY(comb.fit(std::vector<double>{3, -1, 4}, 1));
        QCOMPARE(comb.forecast(1)[0], 4.0);
    }

    void registryKnowsEveryMethod_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : methodNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void registryKnowsEveryMethod()
    {
        QFETCH(QString, name);
        auto method = createMethod(name);
        QVERIFY2(method.ok(), qPrintable(method.errorMessage()));
        QCOMPARE((*method)->name(), name);
        std::vector<double> y;
        for (int t = 0; t < 40; ++t)
            y.push_back(10.0 + (t % 4) + 0.1 * t);
        QVERIFY((*method)->fit(y, 4));
        QCOMPARE((*method)->forecast(5).size(), std::size_t(5));
    }

    void unknownMethod()
    {
        auto method = createMethod(QStringLiteral("prophet"));
        QVERIFY(!method.ok());
        QCOMPARE(method.error().code, QStringLiteral("unknown-method"));
        QVERIFY(method.errorMessage().contains(QStringLiteral("theta")));
    }
};

QTEST_GUILESS_MAIN(TestCombination)
#include "tst_combination.moc"
