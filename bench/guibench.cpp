// What the window costs: GUI-thread time to apply a snapshot of 1,000 and 10,000 calls to the
// model behind a shown, sorted table; resident memory with 10,000 calls; idle CPU while 1,000
// live calls tick. The records come from the simulator's own JSON, parsed as the feed parses
// them (on a worker thread in the app; timed here separately).
#include "activecallsmodel.h"
#include "activecallspage.h"
#include "callfilterproxy.h"
#include "clock.h"
#include "heap.h"
#include "liveboard.h"
#include "simserver.h"
#include "tableexport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace callwatch;

namespace {

class SimTime final : public Clock
{
public:
    explicit SimTime(sim::SimClock &clock)
        : m_clock(clock)
    {
    }
    qint64 nowMs() const override { return m_clock.nowMs(); }
    qint64 timerDelayMs(qint64 ms) const override { return ms; }

private:
    sim::SimClock &m_clock;
};

// One snapshot as the platform pages it: at most 1,000 records a page, the most the feed asks for.
std::vector<QByteArray> snapshotPages(sim::SimServer &server)
{
    server.calls().advance();
    std::vector<QByteArray> pages;
    QJsonArray records;
    const auto flush = [&] {
        pages.push_back(QJsonDocument(QJsonObject { { QStringLiteral("records"), records } })
                            .toJson(QJsonDocument::Compact));
        records = QJsonArray();
    };
    for (const auto &ref : server.calls().listing(std::nullopt)) {
        records.append(server.calls().recordJson(ref, QStringLiteral("http://127.0.0.1:1/restapi/v1.0")));
        if (records.size() == 1000)
            flush();
    }
    if (!records.isEmpty() || pages.empty())
        flush();
    return pages;
}

class FixedClock final : public Clock
{
public:
    explicit FixedClock(qint64 now)
        : m_now(now)
    {
    }
    qint64 nowMs() const override { return m_now; }
    qint64 timerDelayMs(qint64 ms) const override { return ms; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void runFor(int realMs)
{
    QEventLoop loop;
    QTimer::singleShot(realMs, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs `work` on the global thread pool, as the app does, while this thread waits for it.
// (QFuture::result() would run a task that has not started yet on the calling thread, and
// with it every allocation the app makes on its workers.)
template<typename Work>
auto onWorker(Work work)
{
    auto future = QtConcurrent::run(std::move(work));
    while (!future.isFinished())
        QThread::usleep(200);
    return future.result();
}

// The window's table as the app builds it: model, sorting proxy, a view sorted by start time.
struct Table
{
    explicit Table(const Clock &clock, bool shown)
        : model(clock)
    {
        model.setBoard(&live);
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(ActiveCallsModel::StartTime, Qt::DescendingOrder);
        view.resize(1280, 720);
        if (shown) {
            view.show();
            runFor(50);
        }
    }

    LiveBoard live;
    ActiveCallsModel model;
    CallFilterProxy proxy;
    QTableView view;
};

struct Figures
{
    double parseMs = 0;
    double prepareMs = 0;
    double firstApplyMs = 0;
    double nextApplyMs = 0;
    double repaintMs = 0;
    qint64 rssKiB = 0;
};

// One window with `calls` records: the first snapshot fills it, the next ones (10 simulated
// seconds apart) bring the usual mix of changed, new and vanished calls. The simulator makes
// every page first and is gone before the window opens, so the memory figure is the app's.
Figures measure(int calls, int rounds)
{
    std::vector<std::vector<QByteArray>> snapshots;
    qint64 startMs = 0;
    {
        sim::SimOptions options;
        options.calls = calls;
        options.speed = 1e-6; // the clock moves only when told
        sim::SimServer server(options);
        startMs = server.clock().nowMs();
        for (int round = 0; round <= rounds; ++round) {
            snapshots.push_back(snapshotPages(server));
            server.clock().advance(10'000);
        }
    }
    FixedClock clock(startMs);

    Table table(clock, true);
    ActiveCallsModel &model = table.model;

    Figures f;
    std::vector<double> parse;
    std::vector<double> prepare;
    std::vector<double> next;
    std::vector<double> paint;
    for (int round = 0; round <= rounds; ++round) {
        QElapsedTimer t;
        t.start();
        // Parsing and diffing run on worker threads in the app, so their allocations land in
        // those threads' heaps: the same here, for a faithful memory figure.
        // Page by page, as the feed reads them.
        std::vector<ActiveCall> records;
        for (QByteArray &json : snapshots[size_t(round)]) {
            ActiveCallsPage page = onWorker([&] { return ActiveCallsPage::parse(json); });
            json = QByteArray(); // the app drops each page once read
            std::move(page.records.begin(), page.records.end(), std::back_inserter(records));
        }
        parse.push_back(ms(t));
        // The feed hands the snapshot over as a shared, read-only vector (GUI thread time too).
        t.restart();
        CallSnapshot handed = std::make_shared<const std::vector<ActiveCall>>(std::move(records));
        const double handOver = ms(t);
        // On a worker thread in the app (LiveBoard::submitSnapshot): copy, then diff.
        t.restart();
        CallBoard::Update update = onWorker([&, base = model.board().state()]() mutable {
            std::vector<ActiveCall> copy = *handed;
            handed.reset();
            return CallBoard::prepare(std::move(base), std::move(copy), clock.now());
        });
        prepare.push_back(ms(t));
        t.restart();
        table.live.commit(std::move(update));
        const double applied = ms(t) + handOver;
        t.restart();
        QCoreApplication::processEvents(); // the view's layout and repaint
        const double painted = ms(t);
        if (round == 0) {
            f.firstApplyMs = applied;
        } else {
            next.push_back(applied);
            paint.push_back(painted);
        }
        clock.advance(10'000);
    }
    // Let the workers free the replaced board state and return its pages, as after every poll.
    runFor(2000);
    f.parseMs = median(parse);
    f.prepareMs = median(prepare);
    f.nextApplyMs = median(next);
    f.repaintMs = median(paint);
    f.rssKiB = statusKiB("VmRSS:");
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    heap::preferCompactHeap(); // as the app does
    QApplication app(argc, argv);
    const qint64 baseRss = statusKiB("VmRSS:");

    std::printf(
        "| calls | parse (worker thread) | board diff (worker thread) | GUI thread, first snapshot "
        "| GUI thread, next snapshot (median) | then layout + repaint (median) | resident memory |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    const QStringList args = QCoreApplication::arguments();
    const int only = args.size() > 1 ? args.at(1).toInt() : 0;
    for (const int calls : { 1000, 10000 }) {
        if (only != 0 && calls != only)
            continue;
        const Figures f = measure(calls, 9);
        std::printf("| %d | %.1f ms | %.1f ms | %.1f ms | %.2f ms | %.1f ms | %.1f MiB |\n", calls, f.parseMs,
                    f.prepareMs, f.firstApplyMs, f.nextApplyMs, f.repaintMs, double(f.rssKiB) / 1024.0);
    }
    std::printf("\nResident memory of an empty QApplication in this process: %.1f MiB\n",
                double(baseRss) / 1024.0);

    // CSV export of 100,000 rows: what the user sees, through the proxy, to a file.
    if (only == 0 || only == 100000) {
        FixedClock clock(QDateTime::currentMSecsSinceEpoch());
        Table table(clock, false);
        std::vector<ActiveCall> records;
        records.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            ActiveCall c;
            c.id = QStringLiteral("rec-%1").arg(i);
            c.startTime = QDateTime::fromMSecsSinceEpoch(clock.nowMs() - qint64(i) * 37, Qt::UTC);
            c.durationSeconds = i % 900;
            c.direction = (i % 2) ? QStringLiteral("Inbound") : QStringLiteral("Outbound");
            c.type = QStringLiteral("Voice");
            c.action = QStringLiteral("Phone Call");
            c.result = (i % 3) ? QStringLiteral("In Progress") : QStringLiteral("Accepted");
            c.transport = QStringLiteral("PSTN");
            c.from = { QStringLiteral("+1415555%1").arg(i % 10000, 4, 10, QLatin1Char('0')),
                       {},
                       {},
                       QStringLiteral("SAN FRANCISCO CA"),
                       QStringLiteral("San Francisco, CA") };
            c.to = { QStringLiteral("+1650550%1").arg(i % 10000, 4, 10, QLatin1Char('0')),
                     QString::number(100 + i % 900),
                     QString::number(62264425016 + i % 900),
                     QStringLiteral("Agent %1").arg(i % 900),
                     {} };
            c.extensionId = c.to.extensionId;
            records.push_back(std::move(c));
        }
        table.live.applySnapshot(std::move(records), clock.now());
        QTemporaryDir dir;
        std::vector<double> times;
        for (int round = 0; round < 5; ++round) {
            QString error;
            QElapsedTimer t;
            t.start();
            if (!TableExport::write(table.proxy, *table.view.horizontalHeader(),
                                    dir.filePath(QStringLiteral("calls.csv")), false, &error)) {
                std::fprintf(stderr, "gui_bench: export failed: %s\n", qPrintable(error));
                return 1;
            }
            times.push_back(ms(t));
        }
        std::printf("CSV export of %d rows through the proxy, median of 5: %.0f ms (%lld bytes)\n",
                    table.proxy.rowCount(), median(times),
                    static_cast<long long>(QFileInfo(dir.filePath(QStringLiteral("calls.csv"))).size()));
    }

    // Idle CPU: a shown table with about 1,000 records, durations ticking, no polling.
    if (only == 0) {
        sim::SimOptions options;
        options.calls = 1000;
        options.speed = 1.0;
        sim::SimServer server(options);
        SimTime clock(server.clock());
        Table table(clock, true);
        ActiveCallsModel &model = table.model;
        std::vector<ActiveCall> records;
        for (const QByteArray &json : snapshotPages(server)) {
            ActiveCallsPage page = ActiveCallsPage::parse(json);
            std::move(page.records.begin(), page.records.end(), std::back_inserter(records));
        }
        table.live.applySnapshot(std::move(records), clock.now());
        runFor(1000);
        const double cpu0 = cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        runFor(20000);
        const double share = (cpuSeconds() - cpu0) / (double(wall.elapsed()) / 1000.0) * 100.0;
        std::printf("Idle CPU with %d live calls ticking (20 s, sorted by start time): %.2f %%\n",
                    model.board().liveCount(), share);
    }
    return 0;
}
