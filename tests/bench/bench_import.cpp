// bench_import: the sales-history import against sqlite3's own `.import`, side by side.
//
// Generates a sales CSV of N rows (default 10,000,000: 50 locations x 200 SKUs x 1,000 days),
// imports it with Stockshift's CsvImporter (full validation: dates, numbers, code lookups,
// duplicate keys, one transaction) and loads the same file with the sqlite3 shell's `.import`
// into a table with the same primary key (location, sku, date), WITHOUT ROWID, same pragmas.
// Prints rows, wall time, rows/s and peak memory of each.
//
//   bench_import [--rows N] [--keep DIR] [--sqlite3 PATH]
#include "common/Days.h"
#include "import/CsvImporter.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Stockshift;

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

void print(const QString &text)
{
    std::printf("%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 rows = 10'000'000;
    QString keep, sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--rows"))
            rows = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
        else if (args[i] == QLatin1String("--sqlite3"))
            sqlite3 = args[i + 1];
    }
    QTemporaryDir tmp;
    const QDir dir(keep.isEmpty() ? tmp.path() : keep);
    QDir().mkpath(dir.path());

    const int days = 1000;
    const int seriesNeeded = int((rows + days - 1) / days);
    const int locations = std::max(1, std::min(50, seriesNeeded));
    const int skus = (seriesNeeded + locations - 1) / locations;

    // The file, sorted by location, SKU, date as ERP extracts usually are.
    const QString csv = dir.filePath(QStringLiteral("sales-bench.csv"));
    QElapsedTimer timer;
    timer.start();
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        QByteArray buffer = "date,location,sku,quantity,revenue\n";
        qint64 written = 0;
        const int start = Days::fromCivil(2022, 1, 1);
        for (int l = 0; l < locations && written < rows; ++l)
            for (int s = 0; s < skus && written < rows; ++s)
                for (int d = 0; d < days && written < rows; ++d, ++written) {
                    const int q = (l * 7 + s * 13 + d * 3) % 17;
                    buffer += Days::toIso(start + d).toLatin1();
                    buffer += ",LOC" + QByteArray::number(l) + ",SKU" + QByteArray::number(s) + ','
                              + QByteArray::number(q) + ',' + QByteArray::number(q * 2.5) + '\n';
                    if (buffer.size() > (4 << 20)) {
                        f.write(buffer);
                        buffer.clear();
                    }
                }
        f.write(buffer);
    }
    const double fileMb = double(QFileInfo(csv).size()) / 1e6;
    print(QStringLiteral("file: %1 rows, %2 MB (%3 locations x %4 SKUs x %5 days), written in %6 s")
              .arg(rows)
              .arg(fileMb, 0, 'f', 1)
              .arg(locations)
              .arg(skus)
              .arg(days)
              .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));

    // Stockshift: master data first, then the timed import.
    const QString db = dir.filePath(QStringLiteral("stockshift-bench.db"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(db + suffix);
    {
        auto c = Storage::Connection::open(db);
        if (!c) {
            print(c.errorMessage());
            return 2;
        }
        Storage::Transaction t(**c);
        QSqlQuery q((*c)->db());
        for (int l = 0; l < locations; ++l)
            q.exec(QStringLiteral("INSERT INTO locations (code, kind) VALUES ('LOC%1', 'store')")
                       .arg(l));
        for (int s = 0; s < skus; ++s)
            q.exec(QStringLiteral("INSERT INTO skus (code) VALUES ('SKU%1')").arg(s));
        if (!t.commit())
            return 2;
    }
    Import::ImportSettings settings;
    settings.databasePath = db;
    settings.kind = Import::Kind::Sales;
    settings.filePath = csv;
    timer.restart();
    auto result = Import::CsvImporter::run(settings);
    const double ours = double(timer.elapsed()) / 1000.0;
    if (!result) {
        print(QStringLiteral("stockshift import failed: %1").arg(result.errorMessage()));
        return 2;
    }
    print(QStringLiteral("stockshift import: %1 rows accepted, %2 rejected in %3 s (%4 rows/s), "
                         "peak RSS %5 MB")
              .arg(result->rowsAccepted)
              .arg(result->rowsRejected)
              .arg(ours, 0, 'f', 2)
              .arg(double(result->rowsAccepted) / ours, 0, 'f', 0)
              .arg(double(peakRssKb()) / 1024.0, 0, 'f', 0));

    if (sqlite3.isEmpty()) {
        print(QStringLiteral("sqlite3 shell not found: the side-by-side figure is skipped "
                             "(apt-get install sqlite3)."));
        return 0;
    }
    const QString raw = dir.filePath(QStringLiteral("sqlite3-bench.db"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(raw + suffix);
    const QString script
        = QStringLiteral(
              "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\nPRAGMA cache_size = "
              "-262144;\n"
              "CREATE TABLE sales (date TEXT NOT NULL, location TEXT NOT NULL, sku TEXT NOT NULL, "
              "quantity REAL NOT NULL, revenue REAL, PRIMARY KEY (location, sku, date)) WITHOUT "
              "ROWID;\n"
              ".import --csv --skip 1 %1 sales\nSELECT count(*) FROM sales;\n")
              .arg(csv);
    QProcess process;
    process.setProgram(QStringLiteral("/usr/bin/env"));
    process.setArguments({QStringLiteral("time"), QStringLiteral("-f"),
                          QStringLiteral("peak-rss-kb %M"), sqlite3, raw});
    timer.restart();
    process.start();
    process.write(script.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const double theirs = double(timer.elapsed()) / 1000.0;
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    const qint64 sqliteRows = out.split(QLatin1Char('\n')).last().toLongLong();
    QString rss = err.section(QStringLiteral("peak-rss-kb "), 1, 1).trimmed();
    print(QStringLiteral("sqlite3 .import: %1 rows in %2 s (%3 rows/s), peak RSS %4 MB")
              .arg(sqliteRows)
              .arg(theirs, 0, 'f', 2)
              .arg(double(sqliteRows) / theirs, 0, 'f', 0)
              .arg(rss.isEmpty() ? QStringLiteral("?")
                                 : QString::number(rss.toDouble() / 1024.0, 'f', 0)));
    print(QStringLiteral("ratio stockshift / sqlite3: %1 (below 1.00 = faster than sqlite3)")
              .arg(ours / theirs, 0, 'f', 2));
    return result->rowsAccepted == rows && sqliteRows == rows ? 0 : 1;
}
