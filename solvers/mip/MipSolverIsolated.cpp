// Isolated solves: the solve runs in a forked child and reports back through a pipe.
//
// Why: Clp and CBC use assert(), which aborts the whole process (3 of 916 tiny models in the
// probe). A child that dies leaves the application alive; the parent writes the model as MPS for
// diagnosis and returns status Error. Forking (not exec) keeps it simple: the child already has
// the model and the CBC libraries. The child only runs CBC and writes to the pipe; it never
// takes a lock that another thread of the parent could have held at fork() (CbcMain1's mutex is
// skipped there), and it leaves with _exit().
//
// Protocol (child → parent): frames of [kind: 1 byte][length: quint32][payload], payloads in
// QDataStream: 'P' progress, 'R' a result, 'E' an Error. Cancel (parent → child) is SIGUSR1,
// which sets the child's cancel flag; a child that does not stop within a grace period is
// killed (SIGKILL), and so is one that runs far past its time limit.
#include "mip/MipSolverPrivate.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QTemporaryFile>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

#include <fcntl.h>
#include <poll.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Stockshift::Solvers::Detail {

namespace {

using Clock = std::chrono::steady_clock;

constexpr char kProgress = 'P';
constexpr char kResult = 'R';
constexpr char kError = 'E';
constexpr auto kStreamVersion = QDataStream::Qt_6_4;
// After a cancel, or past the time limit, the child gets this long to stop by itself.
constexpr double kGraceSeconds = 10;

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Solvers::MipSolver", text);
}

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::atomic_bool childCancel = false;
static_assert(std::atomic_bool::is_always_lock_free, "the cancel flag is set in a signal handler");

extern "C" void onCancelSignal(int)
{
    childCancel.store(true);
}

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        size -= size_t(written);
    }
    return true;
}

bool sendFrame(int fd, char kind, const QByteArray &payload)
{
    char header[5];
    header[0] = kind;
    const quint32 length = quint32(payload.size());
    std::memcpy(header + 1, &length, sizeof length);
    return writeAll(fd, header, sizeof header)
           && writeAll(fd, payload.constData(), size_t(payload.size()));
}

void writeProgress(QDataStream &out, const SolverProgress &p)
{
    out << p.elapsedSeconds << p.incumbent << p.bestBound << p.gap << qint32(p.nodes)
        << qint32(p.solutions);
}

SolverProgress readProgress(QDataStream &in)
{
    SolverProgress p;
    qint32 nodes = 0, solutions = 0;
    in >> p.elapsedSeconds >> p.incumbent >> p.bestBound >> p.gap >> nodes >> solutions;
    p.nodes = nodes;
    p.solutions = solutions;
    return p;
}

void writeResult(QDataStream &out, const SolverResult &r)
{
    out << qint32(r.status) << r.hasSolution << r.objective << r.bestBound << r.gap << r.seconds
        << r.firstSolutionSeconds << qint32(r.nodes) << qint32(r.threadsUsed) << r.mipStartAccepted
        << r.message << quint64(r.values.size());
    out.writeRawData(reinterpret_cast<const char *>(r.values.data()),
                     int(r.values.size() * sizeof(double)));
    out << quint64(r.basis.size());
    out.writeRawData(reinterpret_cast<const char *>(r.basis.data()), int(r.basis.size()));
}

bool readResult(QDataStream &in, SolverResult &r)
{
    qint32 status = 0, nodes = 0, threads = 0;
    quint64 count = 0;
    in >> status >> r.hasSolution >> r.objective >> r.bestBound >> r.gap >> r.seconds
        >> r.firstSolutionSeconds >> nodes >> threads >> r.mipStartAccepted >> r.message >> count;
    if (in.status() != QDataStream::Ok || count > (quint64(1) << 31))
        return false;
    r.status = SolveStatus(status);
    r.nodes = nodes;
    r.threadsUsed = threads;
    r.values.resize(size_t(count));
    const auto bytes = int(count * sizeof(double));
    if (in.readRawData(reinterpret_cast<char *>(r.values.data()), bytes) != bytes)
        return false;
    quint64 basisSize = 0;
    in >> basisSize;
    if (in.status() != QDataStream::Ok || basisSize > (quint64(1) << 31))
        return false;
    r.basis.resize(size_t(basisSize));
    return in.readRawData(reinterpret_cast<char *>(r.basis.data()), int(basisSize))
           == int(basisSize);
}

[[noreturn]] void runChild(int fd, const MipModel &model, const SolverSettings &settings)
{
    inIsolatedChild = true;
    // Crash handlers of the application (or of QtTest) must not run here: a CBC assertion has to
    // end this process with its signal, for the parent to see.
    for (const int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        std::signal(signal, SIG_DFL);
    std::signal(SIGPIPE, SIG_DFL);
    struct sigaction action = {};
    action.sa_handler = onCancelSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGUSR1, &action, nullptr);

    // Test hook: behave as a failed CBC assertion does.
    if (std::getenv("STOCKSHIFT_TEST_SOLVER_ABORT"))
        std::abort();

    SolverSettings child = settings;
    child.isolate = false;
    child.cancel = &childCancel;
    if (settings.progress) {
        child.progress = [fd](const SolverProgress &progress) {
            QByteArray payload;
            QDataStream out(&payload, QIODevice::WriteOnly);
            out.setVersion(kStreamVersion);
            writeProgress(out, progress);
            sendFrame(fd, kProgress, payload);
        };
    }
    const Result<SolverResult> result = solveGuarded(model, child);
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    if (result.ok())
        writeResult(out, result.value());
    else
        out << result.error().message << result.error().code;
    const bool sent = sendFrame(fd, result.ok() ? kResult : kError, payload);
    std::fflush(stdout);
    ::close(fd);
    _exit(sent ? 0 : 3);
}

QString writeCrashModel(const MipModel &model)
{
    QTemporaryFile file(QDir::temp().filePath(QStringLiteral("stockshift-crash-XXXXXX.mps")));
    file.setAutoRemove(false);
    if (!file.open())
        return {};
    const QString path = file.fileName();
    file.close();
    if (!writeMps(model, path).ok())
        return {};
    return path;
}

} // namespace

Result<SolverResult> solveIsolated(const MipModel &model, const SolverSettings &settings)
{
    const Clock::time_point start = Clock::now();
    int fds[2];
    if (::pipe(fds) != 0)
        return solveGuarded(model, settings);
    ::fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    // What the parent has buffered must not be written twice (the child flushes stdout).
    std::fflush(stdout);
    std::fflush(stderr);
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return solveGuarded(model, settings);
    }
    if (pid == 0) {
        ::close(fds[0]);
        runChild(fds[1], model, settings);
    }
    ::close(fds[1]);
    const int fd = fds[0];

    QByteArray buffer;
    std::optional<Result<SolverResult>> received;
    bool cancelSent = false, killed = false, reaped = false;
    int status = 0;
    Clock::time_point cancelAt{};
    const double hardLimit
        = settings.timeLimitSeconds > 0
              ? settings.timeLimitSeconds + std::max(kGraceSeconds, 0.2 * settings.timeLimitSeconds)
              : 0;
    for (;;) {
        if (!cancelSent && settings.cancel && settings.cancel->load()) {
            ::kill(pid, SIGUSR1);
            cancelSent = true;
            cancelAt = Clock::now();
        }
        if (!killed
            && ((cancelSent && secondsSince(cancelAt) > kGraceSeconds)
                || (hardLimit > 0 && secondsSince(start) > hardLimit))) {
            ::kill(pid, SIGKILL);
            killed = true;
        }
        pollfd poller{fd, POLLIN, 0};
        const int ready = ::poll(&poller, 1, reaped ? 0 : 50);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready == 0) {
            // Another child forked meanwhile may hold this pipe open, so no end-of-file comes
            // when this child dies: look at it directly, and read what it left.
            if (reaped)
                break;
            if (::waitpid(pid, &status, WNOHANG) == pid)
                reaped = true;
            continue;
        }
        if (ready < 0)
            continue;
        char chunk[65536];
        const ssize_t got = ::read(fd, chunk, sizeof chunk);
        if (got < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            break;
        }
        if (got == 0)
            break; // the child closed its end: finished or dead
        buffer.append(chunk, got);
        while (buffer.size() >= 5) {
            quint32 length = 0;
            std::memcpy(&length, buffer.constData() + 1, sizeof length);
            if (quint64(buffer.size()) < 5 + quint64(length))
                break;
            const char kind = buffer.at(0);
            const QByteArray payload = buffer.mid(5, qsizetype(length));
            buffer.remove(0, 5 + qsizetype(length));
            QDataStream in(payload);
            in.setVersion(kStreamVersion);
            if (kind == kProgress && settings.progress) {
                settings.progress(readProgress(in));
            } else if (kind == kResult) {
                SolverResult result = emptyResult(model);
                if (readResult(in, result))
                    received = result;
            } else if (kind == kError) {
                QString message, code;
                in >> message >> code;
                received = Result<SolverResult>(Error(message, code));
            }
        }
        if (received)
            break; // the result is the child's last word
    }
    ::close(fd);
    while (!reaped && ::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }

    if (received) {
        if (received->ok())
            received->value().seconds = secondsSince(start);
        return *received;
    }
    SolverResult result = emptyResult(model);
    result.seconds = secondsSince(start);
    if (killed) {
        result.status = cancelSent ? SolveStatus::Cancelled : SolveStatus::TimeLimit;
        result.message = tr("The solver did not stop in time and was ended; no solution is kept.");
        return result;
    }
    result.status = SolveStatus::Error;
    const QString path = writeCrashModel(model);
    const QString where = path.isEmpty() ? tr("the model could not be written")
                                         : tr("the model was written to %1").arg(path);
    if (WIFSIGNALED(status))
        result.message = tr("The solver crashed (signal %1); %2").arg(WTERMSIG(status)).arg(where);
    else
        result.message = tr("The solver process ended without a result (exit code %1); %2")
                             .arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1)
                             .arg(where);
    return result;
}

} // namespace Stockshift::Solvers::Detail

#endif // Q_OS_UNIX
