// Forecast::SeriesForecaster: the three input formats, per-series problems, intervals,
// independence of the thread count.
#include "forecast/MethodRegistry.h"
#include "forecast/SeriesForecaster.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Stockshift;
using namespace Stockshift::Forecast;

class TestSeriesForecaster : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("s%1.csv").arg(++m_counter));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(bytes);
        return path;
    }

private slots:
    void readsFormats_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QList<int>>("lengths");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("m3 with trailing cells")
            << int(SeriesFormat::M3) << QByteArray("A,1,2,3,,\nB,4,5,6,7,8\n")
            << QStringList{"A", "B"} << QList<int>{3, 5} << QStringList();
        QTest::newRow("m4 quoted")
            << int(SeriesFormat::M4)
            << QByteArray("\"V1\",\"V2\",\"V3\",\"V4\"\n\"W1\",\"1.5\",\"2.5\",\"\"\n")
            << QStringList{"W1"} << QList<int>{2} << QStringList();
        QTest::newRow("long unsorted")
            << int(SeriesFormat::Long)
            << QByteArray("series_id,t,value\nX,2,20\nY,1,5\nX,1,10\nX,3,30\n")
            << QStringList{"X", "Y"} << QList<int>{3, 1} << QStringList();
        QTest::newRow("bad series are reported, others kept")
            << int(SeriesFormat::M3) << QByteArray("E,,\nT,1,abc,3\nG,1,,3\nOK,1,2,3\nN,1,NaN,2\n")
            << QStringList{"OK"} << QList<int>{3}
            << QStringList{"E: the series has no values", "T: value 2 is not a number: \"abc\"",
                           "G: value 2 is missing inside the series",
                           "N: value 2 is missing inside the series"};
        QTest::newRow("long with text")
            << int(SeriesFormat::Long) << QByteArray("series_id,t,value\nX,1,1\nX,2,oops\nY,1,3\n")
            << QStringList{"Y"} << QList<int>{1} << QStringList{"X: line 3: oops is not a number"};
    }

    void readsFormats()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, ids);
        QFETCH(QList<int>, lengths);
        QFETCH(QStringList, problems);
        auto input = readSeries(write(bytes), SeriesFormat(format));
        QVERIFY2(input.ok(), qPrintable(input.errorMessage()));
        QStringList gotIds, gotProblems;
        QList<int> gotLengths;
        for (const auto &s : input->series) {
            gotIds.append(s.id);
            gotLengths.append(int(s.values.size()));
        }
        for (const auto &p : input->problems)
            gotProblems.append(p.id + QStringLiteral(": ") + p.reason);
        QCOMPARE(gotIds, ids);
        QCOMPARE(gotLengths, lengths);
        QCOMPARE(gotProblems, problems);
    }

    void forecastsWithIntervals()
    {
        std::vector<NamedSeries> series;
        for (int k = 0; k < 8; ++k) {
            NamedSeries s{QStringLiteral("S%1").arg(k), {}};
            for (int t = 0; t < 48; ++t)
                s.values.push_back(100 + 10 * k + 5 * std::sin(2 * M_PI * t / 12)
                                   + ((t * (k + 3)) % 7));
            series.push_back(s);
        }
        series.push_back({QStringLiteral("short"), {5}});
        ForecastSettings settings;
        settings.seasonLength = 12;
        settings.horizon = 6;
        settings.threads = 1;
        auto one = forecastSeries(series, settings);
        QVERIFY(one.ok());
        settings.threads = 4;
        auto four = forecastSeries(series, settings);
        QVERIFY(four.ok());
        QCOMPARE(one->size(), series.size());
        for (std::size_t i = 0; i + 1 < series.size(); ++i) {
            const SeriesForecast &f = (*one)[i];
            QCOMPARE(f.id, series[i].id);
            QVERIFY(f.error.isEmpty());
            QCOMPARE(f.point, (*four)[i].point); // same result whatever the thread count
            // "auto" names what it chose, a registry method or a mean of some.
            QVERIFY2(methodNames().contains(f.method) || f.method.startsWith(QLatin1String("mean(")),
                     qPrintable(f.method));
            for (int h = 0; h < 6; ++h) {
                QVERIFY(f.lo95[h] <= f.lo80[h] && f.lo80[h] <= f.point[h]);
                QVERIFY(f.point[h] <= f.hi80[h] && f.hi80[h] <= f.hi95[h]);
                QVERIFY(f.lo95[h] >= 0); // demand history is non-negative
            }
            // Intervals never narrow with the horizon (equal for a seasonal naive within a season).
            QVERIFY2(f.hi95[5] - f.lo95[5] >= (f.hi95[0] - f.lo95[0]) * (1 - 1e-12),
                     qPrintable(f.method));
        }
        QCOMPARE(one->back().method, QStringLiteral("naive")); // auto's fallback for one value
        QVERIFY(one->back().error.isEmpty());
        settings.method = QStringLiteral("ets");
        auto ets = forecastSeries(series, settings);
        QVERIFY(ets.ok());
        QVERIFY(!ets->back().error.isEmpty()); // one value cannot be fitted by ETS
        QVERIFY(ets->front().error.isEmpty());
    }

    void nonNegativeDemandStaysNonNegative()
    {
        // A falling line: Holt extrapolates it below zero; demand forecasts stop at zero.
        std::vector<NamedSeries> series{{QStringLiteral("FALL"), {}}};
        for (int t = 0; t < 20; ++t)
            series[0].values.push_back(100.0 - 5.0 * t);
        ForecastSettings settings;
        settings.method = QStringLiteral("holt");
        settings.horizon = 10;
        auto result = forecastSeries(series, settings);
        QVERIFY(result.ok());
        const SeriesForecast &f = result->front();
        QCOMPARE(f.point.back(), 0.0);
        for (int h = 0; h < 10; ++h)
            QVERIFY(f.point[std::size_t(h)] >= 0 && f.lo95[std::size_t(h)] >= 0);
    }

    void rejectsBadSettings()
    {
        ForecastSettings settings;
        settings.method = QStringLiteral("magic");
        auto result = forecastSeries({}, settings);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("unknown-method"));
        settings.method = QStringLiteral("ses");
        settings.horizon = 0;
        QCOMPARE(forecastSeries({}, settings).error().code, QStringLiteral("bad-horizon"));
    }

    void writesCsv()
    {
        SeriesForecast f{
            QStringLiteral("=A1"), QStringLiteral("ses"), {1.5}, {1}, {2}, {0.5}, {2.5}, {}};
        SeriesForecast bad{QStringLiteral("B"),        QStringLiteral("ses"), {}, {}, {}, {}, {},
                           QStringLiteral("too short")};
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(writeForecasts(path, {f, bad}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("series_id,h,forecast,lo80,hi80,lo95,hi95\n'=A1,1,1.5,1,2,0.5,2.5\n"));
    }
};

QTEST_GUILESS_MAIN(TestSeriesForecaster)
#include "tst_seriesforecaster.moc"
