// bench_undojournal: what keeping the edit history in the database costs (ui/undo/
// UndoJournalKeeper): the save after each edit, undo and redo, the journal's size, and the
// restore when the database is opened again.
//
// Builds the demo network (--skus, default 300), then makes --edits planner edits as the views
// do (stored first, then pushed): master-data cell edits, and every tenth a what-if change of a
// scenario captured from that database (the heaviest kind: a command holds the scenario before
// and after). Times each push (which stores the edit's undo command and saves the journal), an
// undo and a redo of the last ten, then a new session's restore (decode + rebuild) and undoing
// everything through the rebuilt commands. Prints milliseconds (median, 95th percentile, max)
// and the bytes stored.
//
//   bench_undojournal [--skus 300] [--edits 200]
#include "browser/BrowserCommands.h"
#include "demo/DemoGenerator.h"
#include "scenario/ScenarioCommands.h"
#include "scenario/ScenarioStore.h"
#include "scenario/WhatIf.h"
#include "storage/DataEdits.h"
#include "storage/DataStore.h"
#include "undo/UndoJournalKeeper.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace Stockshift;
using namespace Stockshift::Ui;

namespace {

int option(const QStringList &args, const char *name, int fallback)
{
    const int i = int(args.indexOf(QLatin1String(name)));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

void report(const char *what, std::vector<double> ms)
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    std::printf("%-34s n=%4zu  median %7.2f ms  p95 %7.2f ms  max %7.2f ms\n", what, ms.size(),
                ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], ms.back());
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int skus = option(args, "--skus", 300);
    const int edits = option(args, "--edits", 200);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    Demo::DemoSettings settings;
    settings.skus = skus;
    settings.days = 120;
    if (auto written = Demo::DemoGenerator(settings).writeDatabase(path); !written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.errorMessage()));
        return 1;
    }
    std::printf("demo network: %d SKUs; %d edits, every tenth a scenario change\n", skus, edits);

    std::vector<double> pushMs, scenarioPushMs, undoMs, redoMs;
    {
        auto store = Storage::DataStore::open(path);
        if (!store)
            return 1;
        Storage::DataStore &s = **store;
        QUndoStack stack;
        stack.setUndoLimit(200);
        UndoJournalKeeper keeper(&s, &stack, nullptr);
        auto base = Scenarios::captureScenario(s.connection(), QStringLiteral("Bench"));
        if (!base || !Scenarios::saveScenario(s.connection(), *base))
            return 1;
        Scenarios::Scenario current = *base;
        for (int i = 0; i < edits; ++i) {
            QElapsedTimer t;
            if (i % 10 == 9) {
                Scenarios::Scenario next = current;
                next.budgetPerBucket = 1000.0 + i;
                if (!Scenarios::saveScenario(s.connection(), next))
                    return 1;
                t.start();
                stack.push(new ChangeScenarioCommand(&s, nullptr, current, next,
                                                     QStringLiteral("Budget %1").arg(i)));
                scenarioPushMs.push_back(elapsedMs(t));
                current = next;
            } else {
                const qint64 sku = 1 + i % skus;
                const double cost = 1.0 + i * 0.01;
                auto before = Storage::DataEdits::editCell(s.connection(), QStringLiteral("skus"),
                                                           {sku}, QStringLiteral("unit_cost"),
                                                           cost);
                if (!before)
                    return 1;
                t.start();
                stack.push(new CellEditCommand(&s, QStringLiteral("skus"), {sku},
                                               QStringLiteral("unit_cost"), *before, cost,
                                               QStringLiteral("Cost %1").arg(i)));
                pushMs.push_back(elapsedMs(t));
            }
        }
        for (int i = 0; i < 10; ++i) {
            QElapsedTimer t;
            t.start();
            stack.undo();
            undoMs.push_back(elapsedMs(t));
        }
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            stack.redo();
            redoMs.push_back(elapsedMs(t));
        }
        if (!keeper.lastSave()) {
            std::fprintf(stderr, "%s\n", qPrintable(keeper.lastSave().errorMessage()));
            return 1;
        }
        QSqlQuery q(s.connection().db());
        if (q.exec(QStringLiteral("SELECT count(*), sum(length(entry)) FROM undo_journal"))
            && q.next())
            std::printf("journal: %lld entries, %.1f KiB stored\n", q.value(0).toLongLong(),
                        q.value(1).toDouble() / 1024.0);
    }
    report("push + save (cell edit)", pushMs);
    report("push + save (scenario change)", scenarioPushMs);
    report("undo + save", undoMs);
    report("redo + save", redoMs);

    auto store = Storage::DataStore::open(path);
    if (!store)
        return 1;
    QUndoStack stack;
    stack.setUndoLimit(200);
    UndoJournalKeeper keeper(store->get(), &stack, nullptr);
    QElapsedTimer t;
    t.start();
    const QString message = keeper.restore();
    const double restoreMs = elapsedMs(t);
    std::printf("restore: %.1f ms, %d commands, index %d (%s)\n", restoreMs, stack.count(),
                stack.index(), qPrintable(message));
    t.start();
    stack.setIndex(0);
    std::printf("undo all %d restored steps: %.1f ms\n", stack.count(), elapsedMs(t));
    return stack.count() > 0 ? 0 : 1;
}
