// What the user feels of the live board, whole: the real CallMonitor against the simulator
// (which runs on a thread of its own, as a remote platform would, so its work is not counted
// as the app's), with the model, the proxy and the window on the GUI thread.
//
//   live_bench staleness push|poll CALLS [SECONDS]  platform change -> the model's row shows it
//   live_bench heavy CALLS [SIM_HOURS] [SPEED]       Heavy requests an hour with events live
//   live_bench ghost CALLS [SECONDS]                 ended calls that still look live, 1 % of events lost
//   live_bench stall CALLS [SECONDS] [SPEED]         the GUI thread's longest stall per update
//   live_bench soak [MINUTES] [CALLS] [SPEED]        every fault on, the window and --once in a loop:
//                                                    memory, descriptors, hangs (default 30 min)
//   live_bench                                       all of the above but the soak, each in a process of its
//   own
//                                                    (about 22 minutes; each run 1.5-4.5 minutes)
//
// Prints figures; never passes or fails on time. Offscreen unless QT_QPA_PLATFORM says otherwise.
#include "activecallsmodel.h"
#include "callfilterproxy.h"
#include "callmonitor.h"
#include "heap.h"
#include "liveboard.h"
#include "mainwindow.h"
#include "simclockadapter.h"
#include "simserver.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QMap>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

using namespace callwatch;

namespace {

// ---------------------------------------------------------------------------------------------
// Small helpers

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    // Nearest rank: the smallest value with at least p of the samples at or below it.
    const size_t rank = size_t(std::ceil(p / 100.0 * double(v.size())));
    return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}

double maxOf(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

double meanOf(const std::vector<double> &v)
{
    double sum = 0;
    for (double x : v)
        sum += x;
    return v.empty() ? 0 : sum / double(v.size());
}

// Runs the event loop until `done` holds or `timeoutMs` of real time pass; true if it held.
bool runUntil(const std::function<bool()> &done, qint64 timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(20);
    if (!done())
        loop.exec();
    return done();
}

void runFor(qint64 ms)
{
    QEventLoop loop;
    QTimer::singleShot(int(ms), &loop, &QEventLoop::quit);
    loop.exec();
}

// ---------------------------------------------------------------------------------------------
// The GUI thread's time, event by event: QApplication::notify timed at the top level (what the
// event loop is busy with) and for paint events inside a repaint (which widget costs what).

// One board update as the GUI thread paid for it, from the event that committed it to the end
// of the repaint that showed it.
struct UpdateCost
{
    qint64 startNs = 0;
    double commitMs = 0; // the event that committed: LiveBoard::changed and all that reacts to it
    double handlersMs = 0; // of which the handlers of LiveBoard::changed (model, proxy, view, summary)
    double layoutMs = 0; // the view's delayed layout timers until the repaint
    double repaintMs = 0; // the repaint (UpdateRequest): widget layout, paint, flush
    double otherMs = 0; // anything else the GUI thread did meanwhile (events arriving, timers)
    double spanMs = 0; // wall time from the commit's event to the repaint's end
    int commits = 0; // updates committed before one repaint showed them
    double total() const { return commitMs + layoutMs + repaintMs + otherMs; }
};

class ProbeApp final : public QApplication
{
public:
    using QApplication::QApplication;

    enum Category { Other, Commit, Repaint, ViewTimer, OneSecondTimer, Network, MonitorTimer, CategoryCount };

    bool recording = false;
    QElapsedTimer clock;
    const QObject *tableViewport = nullptr;
    // While recording: time per kind of top-level event, and inside repaints per widget.
    double totalMs[CategoryCount] = {};
    double longestMs[CategoryCount] = {};
    double paintMs[3] = {}; // table cells, headers, other widgets
    std::vector<UpdateCost> updates;

    void reset()
    {
        std::fill(std::begin(totalMs), std::end(totalMs), 0.0);
        std::fill(std::begin(longestMs), std::end(longestMs), 0.0);
        std::fill(std::begin(paintMs), std::end(paintMs), 0.0);
        updates.clear();
        m_open.reset();
    }

    // Called by the probes connected first and last to LiveBoard::changed.
    void commitBegins()
    {
        m_sawCommit = true;
        m_handlersStartNs = clock.nsecsElapsed();
        if (!recording)
            return;
        if (!m_open) {
            m_open = UpdateCost {};
            m_open->startNs = m_topStartNs;
        }
        ++m_open->commits;
    }
    void commitEnds()
    {
        if (recording && m_open)
            m_open->handlersMs += double(clock.nsecsElapsed() - m_handlersStartNs) / 1e6;
    }
    qint64 handlersStartNs() const { return m_handlersStartNs; }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!recording)
            return QApplication::notify(receiver, event);
        const bool top = m_depth == 0;
        const qint64 start = clock.nsecsElapsed();
        if (top) {
            m_topStartNs = start;
            m_sawCommit = false;
        }
        ++m_depth;
        const QEvent::Type type = event->type(); // the event may be gone afterwards
        const int category = top ? categoryOf(receiver, type) : Other;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 end = clock.nsecsElapsed();
        const double ms = double(end - start) / 1e6;
        if (type == QEvent::Paint && !top) {
            const int which = receiver == tableViewport ? 0 : qobject_cast<QHeaderView *>(receiver) ? 1 : 2;
            paintMs[which] += ms;
        }
        if (top) {
            const int c = m_sawCommit ? Commit : category;
            totalMs[c] += ms;
            longestMs[c] = std::max(longestMs[c], ms);
            if (m_open) {
                switch (c) {
                case Commit:
                    m_open->commitMs += ms;
                    break;
                case ViewTimer:
                    m_open->layoutMs += ms;
                    break;
                case Repaint:
                    m_open->repaintMs += ms;
                    m_open->spanMs = double(end - m_open->startNs) / 1e6;
                    updates.push_back(*m_open);
                    m_open.reset();
                    break;
                default:
                    m_open->otherMs += ms;
                    break;
                }
            }
        }
        return result;
    }

private:
    static int categoryOf(QObject *receiver, QEvent::Type type)
    {
        switch (type) {
        case QEvent::UpdateRequest:
            return Repaint;
        case QEvent::SockAct:
            return Network;
        case QEvent::Timer:
            if (qobject_cast<QAbstractItemView *>(receiver) || qobject_cast<QHeaderView *>(receiver))
                return ViewTimer;
            if (auto *t = qobject_cast<QTimer *>(receiver); t && t->interval() == 1000)
                return OneSecondTimer;
            return MonitorTimer;
        default:
            return Other;
        }
    }

    int m_depth = 0;
    bool m_sawCommit = false;
    qint64 m_topStartNs = 0;
    qint64 m_handlersStartNs = 0;
    std::optional<UpdateCost> m_open; // a commit whose repaint has not happened yet
};

ProbeApp *probeApp()
{
    return static_cast<ProbeApp *>(QCoreApplication::instance());
}

// ---------------------------------------------------------------------------------------------
// The platform on a thread of its own, and what it says happened to each call.

// One call as the simulator lived it: the moments its state changed, in the platform's time.
struct CallStory
{
    QString key; // the telephony session id: the board's key
    bool fax = false;
    bool abandoned = false;
    qint64 startMs = 0;
    qint64 connectMs = 0;
    qint64 holdFromMs = 0;
    qint64 holdUntilMs = 0;
    qint64 parkFromMs = 0;
    qint64 parkUntilMs = 0;
    qint64 transferMs = 0;
    qint64 transferAnsweredMs = 0;
    qint64 endMs = 0;
    qint64 listedFromMs = 0;
    qint64 endSeenMs = 0;
};

class SimHost
{
public:
    // `stories`: note each call's story (the soak, hours long, keeps none: they would grow).
    explicit SimHost(const sim::SimOptions &options, const std::function<void(sim::SimServer &)> &setup = {},
                     bool stories = true)
    {
        m_thread.setObjectName(QStringLiteral("platform"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
        run([&] {
            m_server = std::make_unique<sim::SimServer>(options);
            m_port = m_server->start();
            if (setup)
                setup(*m_server);
            if (!stories)
                return;
            // Calls leave the engine some 130 s after they end: note each one's story as it arrives.
            m_collector = std::make_unique<QTimer>();
            m_collector->setInterval(250);
            QObject::connect(m_collector.get(), &QTimer::timeout, [this] { collect(); });
            m_collector->start();
        });
    }

    ~SimHost()
    {
        run([&] {
            m_collector.reset();
            m_server.reset();
        });
        m_thread.quit();
        m_thread.wait();
        delete m_context;
    }

    // Runs `work` on the platform's thread and waits for it.
    void run(const std::function<void()> &work)
    {
        QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
    }

    bool started() const { return m_port != 0; }
    sim::SimServer &server() { return *m_server; } // for what is fixed or thread-safe: clock, URL, JWT
    qint64 nowMs() const { return m_server->clock().nowMs(); }

    std::vector<CallStory> stories()
    {
        std::vector<CallStory> out;
        run([&] {
            collect();
            out = m_stories;
        });
        return out;
    }

    std::vector<sim::RequestLogEntry> requestLog()
    {
        std::vector<sim::RequestLogEntry> out;
        run([&] { out.assign(m_server->requestLog().begin(), m_server->requestLog().end()); });
        return out;
    }

    void setHeavyLimit(int requests)
    {
        run([&] { m_server->rateLimiter().setLimit(sim::ThrottlingGroup::Heavy, { requests, 60, 60 }); });
    }

private:
    void collect()
    {
        const auto &calls = m_server->calls().calls(); // ordered by start, newest last
        size_t first = calls.size();
        while (first > 0 && calls[first - 1].startMs > m_lastStartMs)
            --first;
        for (size_t i = first; i < calls.size(); ++i) {
            const sim::SimCall &c = calls[i];
            CallStory s;
            s.key = c.telephonySessionId;
            s.fax = c.fax;
            s.abandoned = c.abandoned;
            s.startMs = c.startMs;
            s.connectMs = c.connectMs;
            s.holdFromMs = c.holdFromMs;
            s.holdUntilMs = c.holdUntilMs;
            s.parkFromMs = c.parkFromMs;
            s.parkUntilMs = c.parkUntilMs;
            s.transferMs = c.transferTo >= 0 ? c.transferMs : 0;
            s.transferAnsweredMs = c.transferTo >= 0 ? c.transferAnsweredMs : 0;
            s.endMs = c.endMs;
            s.listedFromMs = c.listedFromMs;
            s.endSeenMs = c.endSeenMs;
            m_stories.push_back(std::move(s));
            m_lastStartMs = std::max(m_lastStartMs, c.startMs);
        }
    }

    QThread m_thread;
    QObject *m_context = nullptr;
    std::unique_ptr<sim::SimServer> m_server;
    std::unique_ptr<QTimer> m_collector;
    quint16 m_port = 0;
    std::vector<CallStory> m_stories;
    qint64 m_lastStartMs = std::numeric_limits<qint64>::min();
};

// ---------------------------------------------------------------------------------------------
// What a row looks like, and what the platform says it should.

enum class Look : quint8 { Ringing, Talking, Held, Ended, Unsettled };
enum class Change : quint8 { Ring, Answer, Hold, Resume, HangUp };
constexpr const char *kChangeNames[] = { "ring", "answer", "hold", "resume", "hang-up" };

Look lookOf(CallStatus s)
{
    switch (s) {
    case CallStatus::Ringing:
    case CallStatus::Queued:
        return Look::Ringing;
    case CallStatus::Talking:
    case CallStatus::InProgress: // the list's "live": all polling can say of a connected call
    case CallStatus::VoiceMail:
        return Look::Talking;
    case CallStatus::OnHold:
    case CallStatus::Parked:
        return Look::Held;
    case CallStatus::Checking:
        return Look::Unsettled;
    case CallStatus::Ended:
        return Look::Ended;
    }
    return Look::Unsettled;
}

struct Transition
{
    qint64 atMs;
    Change change;
    Look look;
};

// The changes a user would see on the call's row, in the platform's time (SimCall's story).
std::vector<Transition> transitionsOf(const CallStory &s)
{
    std::vector<Transition> t;
    t.push_back({ s.startMs, Change::Ring, Look::Ringing });
    if (!s.abandoned) {
        t.push_back({ s.connectMs, Change::Answer, Look::Talking });
        if (s.holdFromMs > 0) {
            t.push_back({ s.holdFromMs, Change::Hold, Look::Held });
            t.push_back({ s.holdUntilMs, Change::Resume, Look::Talking });
        }
        if (s.parkFromMs > 0) {
            t.push_back({ s.parkFromMs, Change::Hold, Look::Held });
            if (s.parkUntilMs < s.endMs)
                t.push_back({ s.parkUntilMs, Change::Resume, Look::Talking });
        }
        if (s.transferMs > 0) {
            // The transferring agent leaves and the target rings; then the target answers.
            t.push_back({ s.transferMs, Change::Ring, Look::Ringing });
            t.push_back({ s.transferAnsweredMs, Change::Answer, Look::Talking });
        }
    }
    t.push_back({ s.endMs, Change::HangUp, Look::Ended });
    std::stable_sort(t.begin(), t.end(),
                     [](const Transition &a, const Transition &b) { return a.atMs < b.atMs; });
    return t;
}

// Every look each row had, with when it began (the platform's clock), read off the model's
// signals as a view would: rows inserted, rows whose Status column changed, rows removed
// (a removed row looks ended: it no longer claims a live call).
class RowWatcher
{
public:
    struct Seen
    {
        qint64 atMs;
        Look look;
    };

    RowWatcher(const ActiveCallsModel &model, LiveBoard &board, std::function<qint64()> now)
        : m_model(model)
        , m_now(std::move(now))
    {
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &m_context,
                         [this](const QModelIndex &, int first, int last) {
                             for (int row = first; row <= last; ++row)
                                 observe(row);
                         });
        QObject::connect(&model, &QAbstractItemModel::dataChanged, &m_context,
                         [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                             // The 1 s tick changes the Duration column only.
                             if (topLeft.column() > ActiveCallsModel::Status
                                 || bottomRight.column() < ActiveCallsModel::Status)
                                 return;
                             for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                                 observe(row);
                         });
        // Connected after the model: its rows are gone by now.
        QObject::connect(&board, &LiveBoard::changed, &m_context, [this](const BoardCommit &commit) {
            const qint64 now = m_now();
            for (const QString &key : commit.diff.removed)
                note(key, Look::Ended, now);
        });
    }

    const std::vector<Seen> *history(const QString &key) const
    {
        const auto it = m_seen.find(key);
        return it == m_seen.end() ? nullptr : &it->second;
    }

private:
    void observe(int row)
    {
        const BoardEntry *entry = m_model.entryAt(row);
        if (!entry)
            return;
        note(m_model.index(row, 0).data(ActiveCallsModel::KeyRole).toString(), lookOf(entry->progress.status),
             m_now());
    }

    void note(const QString &key, Look look, qint64 now)
    {
        std::vector<Seen> &h = m_seen[key];
        if (h.empty() || h.back().look != look)
            h.push_back({ now, look });
    }

    const ActiveCallsModel &m_model;
    std::function<qint64()> m_now;
    QObject m_context;
    std::map<QString, std::vector<Seen>> m_seen;
};

// ---------------------------------------------------------------------------------------------
// The client, as the window builds it.

struct Client
{
    Client(SimHost &host)
        : clock(host.server().clock())
    {
        sim::SimServer &s = host.server();
        monitor = std::make_unique<CallMonitor>(
            Credentials { s.baseUrl(), s.options().clientId, s.options().clientSecret, s.adminJwt() }, clock);
        QObject::connect(&monitor->events().connection(), &GatewayConnection::notification, &context,
                         [this] { ++notifications; });
        QObject::connect(&monitor->events().connection(), &GatewayConnection::subscribed, &context,
                         [this](bool fresh) { ++(fresh ? freshSubscriptions : recoveries); });
        if (qEnvironmentVariableIsSet("LIVE_BENCH_DEBUG")) {
            QObject::connect(&monitor->events(), &TelephonyEvents::stateChanged, &context, [this] {
                std::fprintf(stderr, "%lld events %d %s\n", static_cast<long long>(clock.nowMs() % 1000000),
                             int(monitor->events().state()), qPrintable(monitor->events().reason().left(80)));
            });
            QObject::connect(&monitor->feed(), &ActiveCallsFeed::statusChanged, &context, [this] {
                const FeedStatus &f = monitor->feed().status();
                std::fprintf(stderr, "%lld feed %d next %lld\n",
                             static_cast<long long>(clock.nowMs() % 1000000), int(f.state),
                             static_cast<long long>(f.nextAtMs % 1000000));
            });
        }
    }

    test::SimClockAdapter clock;
    QObject context;
    std::unique_ptr<CallMonitor> monitor;
    qint64 notifications = 0;
    int freshSubscriptions = 0;
    int recoveries = 0;
};

// The window as a user has it, 1280x720, with a settings file of its own; not yet attached.
struct ShownWindow
{
    explicit ShownWindow(Client &c)
        : settings(dir.filePath(QStringLiteral("callwatch.ini")), QSettings::IniFormat)
        , window(c.clock, settings)
    {
        window.resize(1280, 720);
        window.show();
    }

    QTemporaryDir dir;
    QSettings settings;
    MainWindow window;
};

// Waits for the feed's first snapshot and, unless `polling`, for the events to lead.
bool waitForStartUp(SimHost &host, Client &c, bool polling, qint64 timeoutMs, qint64 *startUpMs)
{
    const qint64 begun = host.nowMs();
    const bool ok = runUntil(
        [&] {
            const bool listed = c.monitor->feed().status().lastSnapshotAtMs > 0;
            return polling ? listed && c.monitor->events().state() == TelephonyEvents::State::Unavailable
                           : listed && c.monitor->eventsLead();
        },
        timeoutMs);
    *startUpMs = host.nowMs() - begun;
    return ok;
}

// With the events leading, waits until the list's snapshot in flight has landed and the next one
// (a reconcile) is far off.
bool waitForFeedToSettle(SimHost &host, Client &c)
{
    return runUntil(
        [&] {
            const FeedStatus &s = c.monitor->feed().status();
            return s.state == FeedStatus::State::Waiting && s.nextAtMs - host.nowMs() > 20 * 60'000
                && !c.monitor->board().isPreparing();
        },
        300'000);
}

sim::SimOptions optionsFor(int calls, double speed, bool callControl)
{
    sim::SimOptions o;
    o.calls = calls;
    o.speed = speed;
    o.seed = 20261128;
    o.callControl = callControl;
    return o;
}

// ---------------------------------------------------------------------------------------------
// 1. Staleness, and 3. ghost rows (the same watch, with events lost).

int watchRows(const QString &mode, int calls, int seconds)
{
    const bool polling = mode == QLatin1String("poll");
    const bool ghost = mode == QLatin1String("ghost");
    const double drop = ghost ? 0.01 : 0.0;
    // The start-up at 10,000 calls reads 13 pages of presence and 10 of the list in the Heavy
    // budget (10 a minute): some two minutes before the events lead. With events, the Heavy
    // limit is raised until then and put back before measuring: the events' path does not use
    // it. Polling is measured on the real limit, which is what paces it.
    const bool quickStart = !polling && calls > 2000;
    SimHost host(optionsFor(calls, 1.0, !polling), [&](sim::SimServer &s) {
        if (drop > 0)
            s.push().setEventFaults({ drop, 0.0 });
        if (quickStart)
            s.rateLimiter().setLimit(sim::ThrottlingGroup::Heavy, { 40, 60, 60 });
    });
    if (!host.started()) {
        std::fprintf(stderr, "live_bench: the simulator did not start\n");
        return 1;
    }
    Client c(host);
    ShownWindow shown(c);
    MainWindow &window = shown.window;
    window.attach(c.monitor.get());
    RowWatcher rows(window.model(), c.monitor->board(), [&host] { return host.nowMs(); });
    c.monitor->start();
    qint64 startUpMs = 0;
    if (!waitForStartUp(host, c, polling, 300'000, &startUpMs)) {
        std::fprintf(stderr, "live_bench: no steady state after %lld ms\n",
                     static_cast<long long>(startUpMs));
        return 1;
    }
    // Calls that begin from now on are the steady state; those already going on were joined
    // through presence or the list.
    const qint64 steadyFrom = host.nowMs();
    if (quickStart) {
        waitForFeedToSettle(host, c); // its pages would otherwise meet the lower limit half-way
        host.setHeavyLimit(10);
    }
    runFor(3000); // the first updates after start-up settle
    if (qEnvironmentVariableIsSet("LIVE_BENCH_DEBUG")) {
        int bySource[4] = {}, fromEvents = 0, inSessions = 0, live = 0;
        for (const CallBoard::Slot &slot : c.monitor->board().board().state()->slots) {
            if (!slot.entry.isLive())
                continue;
            ++live;
            ++bySource[int(slot.entry.source)];
            fromEvents += slot.entry.fromEvents;
            inSessions += c.monitor->events().sessions().find(slot.key) != nullptr;
        }
        int shown = 0;
        for (const CallBoard::Slot &slot : c.monitor->board().board().state()->slots) {
            if (!slot.entry.isLive() || slot.entry.fromEvents || shown++ > 6)
                continue;
            const QString key = slot.key;
            host.run([&] {
                const sim::SimCall *call = host.server().calls().findSession(key);
                if (!call) {
                    std::fprintf(stderr, "%s: not in the engine\n", qPrintable(key));
                    return;
                }
                QStringList parties;
                for (int p = 0; p < int(call->parties.size()); ++p)
                    parties.append(QStringLiteral("%1/%2:%3")
                                       .arg(int(call->parties[p].kind))
                                       .arg(call->parties[p].index)
                                       .arg(sim::TelephonySessions::statusAt(*call, p, host.nowMs())));
                std::fprintf(stderr, "%s: pattern %d user %d start %lld parties %s\n", qPrintable(key),
                             int(call->pattern), call->user,
                             static_cast<long long>(host.nowMs() - call->startMs),
                             qPrintable(parties.join(QLatin1Char(' '))));
            });
        }
        std::fprintf(stderr,
                     "live %d: list %d event %d presence %d check %d; fromEvents %d; in sessions %d\n", live,
                     bySource[0], bySource[1], bySource[2], bySource[3], fromEvents, inSessions);
    }
    // Changes are taken from a window of `seconds`, then the rows are watched a while longer so a
    // change near the end has its chance to show: the list's lag and pacing (up to ~70 s at
    // 10,000 calls), or a check's.
    const qint64 tail = polling ? (calls > 2000 ? 80'000 : 25'000) : 20'000;
    const qint64 from = host.nowMs();
    const qint64 until = from + qint64(seconds) * 1000;
    const qint64 checks0 = c.monitor->checker().checksSent();
    const qint64 notes0 = c.notifications;
    QElapsedTimer real;
    real.start();
    runUntil([&] { return host.nowMs() >= until + tail; }, seconds * 1000 + tail + 60'000);
    const double realSeconds = double(real.elapsed()) / 1000.0;
    const qint64 end = host.nowMs();
    const qint64 checks = c.monitor->checker().checksSent() - checks0;
    const double eventRate = double(c.notifications - notes0) / realSeconds;
    const std::vector<CallStory> stories = host.stories();
    if (qEnvironmentVariableIsSet("LIVE_BENCH_DEBUG")) {
        for (const sim::RequestLogEntry &e : host.requestLog()) {
            if (!e.path.contains(QLatin1String("telephony/sessions/")))
                std::fprintf(stderr, "request %+.1f s %s %s %s %d\n", double(e.simTimeMs - from) / 1000.0,
                             qPrintable(e.method), qPrintable(e.path), qPrintable(e.group), e.status);
        }
    }

    std::printf("%s, %d calls: start-up %.1f s (platform time) to %s; board %d rows (%d live); "
                "%.0f telephony events/s delivered; window %d s + %lld s tail\n",
                polling     ? "polling only (no Call Control)"
                    : ghost ? "push, 1 % of events lost"
                            : "push",
                calls, double(startUpMs) / 1000.0, polling ? "the first snapshot" : "events leading",
                c.monitor->board().board().size(), c.monitor->board().board().liveCount(), eventRate, seconds,
                static_cast<long long>(tail / 1000));

    if (ghost) {
        // Ghost rows: the call ended on the platform; how long its row still looked live.
        std::printf(
            "| calls | ended calls | ghost p50 | p90 | p99 | max | rows > 5 s | still live at the end "
            "| per-session checks | checks per ended call |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (const bool joined : { false, true }) {
            std::vector<double> lifetimes;
            int censored = 0;
            int neverLive = 0;
            for (const CallStory &s : stories) {
                if (s.fax || s.endMs < from || s.endMs > until || (s.startMs < steadyFrom) != joined)
                    continue;
                const auto *h = rows.history(s.key);
                const auto live = [](const RowWatcher::Seen &seen) { return seen.look != Look::Ended; };
                if (!h || std::none_of(h->begin(), h->end(), live)) {
                    ++neverLive;
                    continue;
                }
                // The row stopped looking live when it last turned ended (a row that came back to
                // life after that counts from its last end); not at all if it still looks live.
                const auto lastLive = std::find_if(h->rbegin(), h->rend(), live);
                if (lastLive == h->rbegin()) {
                    ++censored;
                    if (qEnvironmentVariableIsSet("LIVE_BENCH_DEBUG")) {
                        const TelephonySession *ts = c.monitor->events().sessions().find(s.key);
                        const BoardEntry *e = c.monitor->board().board().find(s.key);
                        std::fprintf(
                            stderr,
                            "still live %s (ended %.1f s before the end): session %s, %d parties, "
                            "orphaned %lld, status %s; board source %d fromEvents %d sourceAt %.1f s ago\n",
                            qPrintable(s.key), double(end - s.endMs) / 1000.0, ts ? "known" : "unknown",
                            ts ? ts->partyCount() : 0, static_cast<long long>(ts ? ts->orphanedSinceMs() : 0),
                            ts ? qPrintable(statusName(ts->progress().status)) : "-", e ? int(e->source) : -1,
                            e ? int(e->fromEvents) : -1, e ? double(end - e->sourceAtMs) / 1000.0 : -1.0);
                    }
                    lifetimes.push_back(double(end - s.endMs) / 1000.0); // still live when the run ended
                    continue;
                }
                const qint64 stopped = std::prev(lastLive)->atMs;
                lifetimes.push_back(double(std::max<qint64>(0, stopped - s.endMs)) / 1000.0);
            }
            const int over5
                = int(std::count_if(lifetimes.begin(), lifetimes.end(), [](double x) { return x > 5.0; }));
            std::printf("| %d, %s | %zu | %.2f s | %.2f s | %.2f s | %.2f s | %d | %d | %lld | %.3f |\n",
                        calls, joined ? "in progress at start-up" : "begun after start-up", lifetimes.size(),
                        percentile(lifetimes, 50), percentile(lifetimes, 90), percentile(lifetimes, 99),
                        maxOf(lifetimes), over5, censored, static_cast<long long>(checks),
                        lifetimes.empty() ? 0.0 : double(checks) / double(lifetimes.size()));
            std::printf("(calls never shown live, not counted: %d)\n", neverLive);
        }
        std::printf("(checks are counted over the whole run, both kinds of call; %.0f s of run)\n",
                    realSeconds);
        return 0;
    }

    // Staleness: each change in the window, to the first time its row looked that way, before
    // the call's next change to the same look (a change never shown is counted apart).
    std::printf("| calls | change | count | shown | never shown | p50 | p90 | p99 | max |\n"
                "|---|---|---|---|---|---|---|---|---|\n");
    for (const bool joined : { false, true }) {
        std::vector<double> all;
        std::vector<double> byChange[5];
        int notShown[5] = { 0, 0, 0, 0, 0 };
        int changes[5] = { 0, 0, 0, 0, 0 };
        for (const CallStory &s : stories) {
            if (s.fax || (s.startMs < steadyFrom) != joined)
                continue;
            const std::vector<Transition> t = transitionsOf(s);
            const auto *h = rows.history(s.key);
            for (size_t i = 0; i < t.size(); ++i) {
                if (t[i].atMs < from || t[i].atMs > until)
                    continue;
                const int kind = int(t[i].change);
                ++changes[kind];
                qint64 bound = std::numeric_limits<qint64>::max();
                for (size_t k = i + 1; k < t.size(); ++k) {
                    if (t[k].look == t[i].look) {
                        bound = t[k].atMs;
                        break;
                    }
                }
                std::optional<qint64> shown;
                if (h) {
                    for (const RowWatcher::Seen &seen : *h) {
                        if (seen.atMs >= t[i].atMs && seen.atMs < bound && seen.look == t[i].look) {
                            shown = seen.atMs;
                            break;
                        }
                    }
                }
                if (!shown) {
                    ++notShown[kind];
                    if (qEnvironmentVariableIsSet("LIVE_BENCH_DEBUG")) {
                        QStringList story, seen;
                        for (const Transition &x : t)
                            story.append(
                                QStringLiteral("%1@%2").arg(kChangeNames[int(x.change)]).arg(x.atMs - from));
                        for (const RowWatcher::Seen &x : h ? *h : std::vector<RowWatcher::Seen>())
                            seen.append(QStringLiteral("%1@%2").arg(int(x.look)).arg(x.atMs - from));
                        std::fprintf(stderr, "not shown: %s %s of [%s]; row [%s]\n", qPrintable(s.key),
                                     kChangeNames[kind], qPrintable(story.join(QLatin1Char(' '))),
                                     qPrintable(seen.join(QLatin1Char(' '))));
                    }
                    continue;
                }
                if (*shown - t[i].atMs > 5000 && qEnvironmentVariableIsSet("LIVE_BENCH_DEBUG")) {
                    QStringList story, seen;
                    for (const Transition &x : t)
                        story.append(
                            QStringLiteral("%1@%2").arg(kChangeNames[int(x.change)]).arg(x.atMs - from));
                    for (const RowWatcher::Seen &x : *h)
                        seen.append(QStringLiteral("%1@%2").arg(int(x.look)).arg(x.atMs - from));
                    std::fprintf(stderr, "slow: %s %s of [%s]; row [%s]\n", qPrintable(s.key),
                                 kChangeNames[kind], qPrintable(story.join(QLatin1Char(' '))),
                                 qPrintable(seen.join(QLatin1Char(' '))));
                }
                const double lag = double(*shown - t[i].atMs) / 1000.0;
                all.push_back(lag);
                byChange[kind].push_back(lag);
            }
        }
        const char *cohort = joined ? "in progress at start-up" : "begun after start-up";
        std::printf("| %s | all | %d | %zu | %d | %.2f s | %.2f s | %.2f s | %.2f s |\n", cohort,
                    changes[0] + changes[1] + changes[2] + changes[3] + changes[4], all.size(),
                    notShown[0] + notShown[1] + notShown[2] + notShown[3] + notShown[4], percentile(all, 50),
                    percentile(all, 90), percentile(all, 99), maxOf(all));
        for (int k = 0; k < 5; ++k) {
            std::printf("| %s | %s | %d | %zu | %d | %.2f s | %.2f s | %.2f s | %.2f s |\n", cohort,
                        kChangeNames[k], changes[k], byChange[k].size(), notShown[k],
                        percentile(byChange[k], 50), percentile(byChange[k], 90), percentile(byChange[k], 99),
                        maxOf(byChange[k]));
        }
    }
    std::printf(
        "(per-session checks meanwhile: %lld; gateway subscriptions fresh %d, recovered %d; %.0f s of run)\n",
        static_cast<long long>(checks), c.freshSubscriptions, c.recoveries, realSeconds);
    return 0;
}

// ---------------------------------------------------------------------------------------------
// 2. Heavy requests an hour.

int countHeavy(int calls, double simHours, double speed)
{
    SimHost host(optionsFor(calls, speed, true));
    if (!host.started())
        return 1;
    Client c(host);
    c.monitor->start();
    const qint64 t0 = host.nowMs();
    qint64 startUpMs = 0;
    if (!waitForStartUp(host, c, false, 600'000, &startUpMs))
        return 1;
    const qint64 live = host.nowMs();
    const qint64 until = t0 + qint64(simHours * 3'600'000.0);
    QElapsedTimer real;
    real.start();
    runUntil([&] { return host.nowMs() >= until; }, qint64(simHours * 3'600'000.0 / speed) + 60'000);
    const double realSeconds = double(real.elapsed()) / 1000.0;
    const FeedStatus feed = c.monitor->feed().status();
    const qint64 end = host.nowMs();
    const std::vector<sim::RequestLogEntry> log = host.requestLog();
    int startUp = 0;
    int steady = 0;
    std::vector<qint64> times;
    QMap<QString, int> steadyByPath;
    for (const sim::RequestLogEntry &e : log) {
        if (e.group != QLatin1String("heavy"))
            continue;
        if (e.simTimeMs <= live) {
            ++startUp;
        } else {
            ++steady;
            times.push_back(e.simTimeMs);
            steadyByPath[e.path.section(QLatin1Char('/'), -1)]++;
        }
    }
    const double steadyHours = double(end - live) / 3'600'000.0;
    QStringList paths;
    for (auto it = steadyByPath.cbegin(); it != steadyByPath.cend(); ++it)
        paths.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    std::printf(
        "| calls | speed | start-up (to events leading) | Heavy at start-up | then, window | Heavy in it "
        "| per hour | the feed's interval now | pages per snapshot | next snapshot due in |\n"
        "|---|---|---|---|---|---|---|---|---|---|\n");
    std::printf("| %d | %.0fx | %.1f min | %d | %.2f h | %d (%s) | %.1f | %.1f min | %d | %.1f min |\n",
                calls, speed, double(startUpMs) / 60'000.0, startUp, steadyHours, steady,
                qPrintable(paths.join(QStringLiteral(", "))),
                steadyHours > 0 ? double(steady) / steadyHours : 0.0, double(feed.intervalMs) / 60'000.0,
                feed.pagesPerSnapshot, double(feed.nextAtMs - end) / 60'000.0);
    QStringList at;
    for (qint64 t : times)
        at.append(QString::number(double(t - live) / 60'000.0, 'f', 1));
    std::printf("(Heavy requests at, min after events led: %s; gateway subscriptions fresh %d, recovered %d; "
                "%.0f telephony events/s delivered; %.0f s of run)\n",
                qPrintable(at.join(QStringLiteral(" "))), c.freshSubscriptions, c.recoveries,
                double(c.notifications) / realSeconds, realSeconds);
    return 0;
}

// ---------------------------------------------------------------------------------------------
// 4. The GUI thread's stall per update.

int measureStall(int calls, int seconds, double speed)
{
    ProbeApp *app = probeApp();
    SimHost host(optionsFor(calls, speed, true), [](sim::SimServer &s) {
        // At speed 0.2 the start-up's 23 Heavy requests would take over ten minutes at 10 a
        // minute; the limit goes back to the platform's before anything is measured.
        s.rateLimiter().setLimit(sim::ThrottlingGroup::Heavy, { 100, 60, 60 });
    });
    if (!host.started())
        return 1;
    Client c(host);
    ShownWindow shown(c);
    MainWindow &window = shown.window;
    app->tableViewport = window.tableView()->viewport();
    QElapsedTimer &t = app->clock;
    t.start();

    // Probes around everything that reacts to a commit: connected before and after the window's model.
    LiveBoard &board = c.monitor->board();
    QObject probes;
    QObject::connect(&board, &LiveBoard::changed, &probes, [app] { app->commitBegins(); });
    window.attach(c.monitor.get());
    QObject::connect(&board, &LiveBoard::changed, &probes, [app] { app->commitEnds(); });

    c.monitor->start();
    qint64 startUpMs = 0;
    if (!waitForStartUp(host, c, false, 600'000, &startUpMs))
        return 1;
    // The list's snapshot in flight lands first (on the raised limit), then the next one, a
    // reconcile, is due in over an hour: nothing of the list happens in the minute measured.
    waitForFeedToSettle(host, c);
    host.setHeavyLimit(10);
    runFor(3000);

    // The event loop's own view: a 1 ms timer, and the gaps between its ticks.
    std::vector<double> gaps;
    gaps.reserve(size_t(seconds) * 1100);
    qint64 lastTick = 0;
    QTimer stallMonitor;
    stallMonitor.setTimerType(Qt::PreciseTimer);
    QObject::connect(&stallMonitor, &QTimer::timeout, &probes, [&] {
        const qint64 now = t.nsecsElapsed();
        if (lastTick > 0)
            gaps.push_back(double(now - lastTick) / 1e6);
        lastTick = now;
    });

    app->reset();
    const qint64 notes0 = c.notifications;
    const int rows0 = board.board().size();
    QElapsedTimer real;
    real.start();
    app->recording = true;
    stallMonitor.start(1);
    runFor(qint64(seconds) * 1000);
    stallMonitor.stop();
    app->recording = false;
    const double realSeconds = double(real.elapsed()) / 1000.0;
    const double rate = double(c.notifications - notes0) / realSeconds;

    std::vector<double> total, commit, handlers, layout, repaint, other, span;
    for (const UpdateCost &u : app->updates) {
        total.push_back(u.total());
        commit.push_back(u.commitMs);
        handlers.push_back(u.handlersMs);
        layout.push_back(u.layoutMs);
        repaint.push_back(u.repaintMs);
        other.push_back(u.otherMs);
        span.push_back(u.spanMs);
    }
    std::printf("stall, %d calls at speed %.2f: start-up %.1f s; board %d-%d rows (%d live); %.1f telephony "
                "events/s; %zu updates repainted in %.0f s\n",
                calls, speed, double(startUpMs) / 1000.0, rows0, board.board().size(),
                board.board().liveCount(), rate, app->updates.size(), realSeconds);
    std::printf("| per update, GUI thread | p50 | p99 | max | mean |\n|---|---|---|---|---|\n");
    const auto row = [](const char *name, const std::vector<double> &v) {
        std::printf("| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms |\n", name, percentile(v, 50),
                    percentile(v, 99), maxOf(v), meanOf(v));
    };
    row("commit to end of repaint, busy", total);
    row("- the commit's event", commit);
    row("- of which LiveBoard::changed handlers", handlers);
    row("- the view's delayed layout", layout);
    row("- the repaint (layout, paint, flush)", repaint);
    row("- other events meanwhile", other);
    row("wall time, commit to end of repaint", span);
    row("event loop: gap between 1 ms ticks", gaps);
    const int over16 = int(std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 16.0; }));
    std::printf("(gaps over 16 ms: %d in %.0f s)\n", over16, realSeconds);
    const char *names[] = { "other",
                            "commit (board update)",
                            "repaint",
                            "view timers (layout)",
                            "1 s timers (duration tick, status line)",
                            "network (events, REST)",
                            "other timers" };
    std::printf(
        "| GUI thread over the run, by event | total | share of the run | longest |\n|---|---|---|---|\n");
    for (int k = 0; k < ProbeApp::CategoryCount; ++k) {
        std::printf("| %s | %.0f ms | %.1f %% | %.2f ms |\n", names[k], app->totalMs[k],
                    app->totalMs[k] / (realSeconds * 10.0), app->longestMs[k]);
    }
    std::printf("(inside repaints: table cells %.0f ms, headers %.0f ms, other widgets %.0f ms)\n",
                app->paintMs[0], app->paintMs[1], app->paintMs[2]);

    // Where a commit's time goes: the same commits reach a bare model, and a model behind a
    // sorted proxy, connected after the window's; probes between them time each apart.
    {
        ActiveCallsModel bare(c.clock);
        ActiveCallsModel sortedModel(c.clock);
        bare.setTicking(false);
        sortedModel.setTicking(false);
        CallFilterProxy sorted;
        sorted.setSourceModel(&sortedModel);
        sorted.sort(ActiveCallsModel::StartTime, Qt::DescendingOrder);
        std::vector<double> bareMs, proxyMs, windowMs;
        qint64 mark = 0;
        QObject split;
        QObject::connect(&board, &LiveBoard::changed, &split, [&] {
            mark = t.nsecsElapsed();
            windowMs.push_back(double(mark - app->handlersStartNs()) / 1e6);
        });
        bare.setBoard(&board);
        QObject::connect(&board, &LiveBoard::changed, &split, [&] {
            const qint64 now = t.nsecsElapsed();
            bareMs.push_back(double(now - mark) / 1e6);
            mark = now;
        });
        sortedModel.setBoard(&board);
        QObject::connect(&board, &LiveBoard::changed, &split,
                         [&] { proxyMs.push_back(double(t.nsecsElapsed() - mark) / 1e6); });
        runFor(20'000);
        std::printf(
            "| a commit's handlers, split (20 s more, %zu commits) | p50 | p99 | max |\n|---|---|---|---|\n",
            windowMs.size());
        std::printf("| the window: model + sorted proxy + view + summary | %.2f ms | %.2f ms | %.2f ms |\n",
                    percentile(windowMs, 50), percentile(windowMs, 99), maxOf(windowMs));
        std::printf("| a bare ActiveCallsModel | %.2f ms | %.2f ms | %.2f ms |\n", percentile(bareMs, 50),
                    percentile(bareMs, 99), maxOf(bareMs));
        std::printf("| ActiveCallsModel + CallFilterProxy sorted by start | %.2f ms | %.2f ms | %.2f ms |\n",
                    percentile(proxyMs, 50), percentile(proxyMs, 99), maxOf(proxyMs));
        bare.setBoard(nullptr);
        sortedModel.setBoard(nullptr);
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------
// 5. Soak: the window and `callwatch --once` in a loop against a platform with every fault on,
// for a long stretch of accelerated time. No crash, no hang; memory and descriptors flat.

// What the process holds now, from /proc: resident MiB, open descriptors, threads.
struct Holdings
{
    double rssMiB = 0;
    int fds = 0;
    int threads = 0;
};

Holdings holdingsNow()
{
    Holdings h;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                h.rssMiB = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
            else if (line.startsWith("Threads:"))
                h.threads = line.mid(8).trimmed().toInt();
        }
    }
    h.fds = int(QDir(QStringLiteral("/proc/self/fd"))
                    .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
                    .size());
    return h;
}

// One fault after another, round and round: every hook the simulator has, over HTTP and the
// WebSocket, each hitting whoever asks next (the window's monitor or a --once run).
void injectNextFault(SimHost &host, int step)
{
    using sim::Fault;
    host.run([&] {
        sim::SimServer &s = host.server();
        Fault f;
        switch (step % 12) {
        case 0:
            f.kind = Fault::Kind::Status, f.status = 503, f.retryAfterSeconds = 5, f.count = 3;
            break;
        case 1:
            f.kind = Fault::Kind::Status, f.status = 429, f.retryAfterSeconds = 20;
            break;
        case 2:
            f.kind = Fault::Kind::Status, f.status = 500, f.count = 2;
            break;
        case 3:
            f.kind = Fault::Kind::Slow, f.delayMs = 4000, f.count = 2;
            break;
        case 4:
            f.kind = Fault::Kind::Drop, f.count = 2;
            break;
        case 5:
            f.kind = Fault::Kind::Malformed;
            break;
        case 6:
            f.kind = Fault::Kind::Truncated;
            break;
        case 7:
            f.kind = Fault::Kind::Huge, f.bytes = 40 * 1024 * 1024; // past the 32 MiB cap
            break;
        case 8:
            f.kind = Fault::Kind::RefuseSubscription, f.errorCode = QStringLiteral("SUB-528");
            s.push().dropAllConnections(); // the resubscription meets the refusal
            break;
        case 9:
            s.push().forgetSessions(), s.push().dropAllConnections();
            return;
        case 10:
            s.expireAllAccessTokens();
            return;
        case 11:
            s.revokeAllRefreshTokens(), s.expireAllAccessTokens();
            return;
        }
        s.injectFault(f);
    });
}

int soak(int minutes, int calls, double speed)
{
    // Events out of order, 1 % lost and 1 % twice, from the start.
    SimHost host(
        optionsFor(calls, speed, true),
        [](sim::SimServer &s) {
            s.push().setEventFaults({ 0.01, 0.01 });
            s.push().setOutOfOrder(true);
        },
        false);
    if (!host.started()) {
        std::fprintf(stderr, "live_bench: the simulator did not start\n");
        return 1;
    }
    Client c(host);
    ShownWindow shown(c);
    MainWindow &window = shown.window;
    window.attach(c.monitor.get());
    c.monitor->start();

    // The GUI thread's longest gap between two ticks of a 100 ms timer: a hang shows here.
    QElapsedTimer tick;
    tick.start();
    qint64 lastTickMs = 0, longestGapMs = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        const qint64 now = tick.elapsed();
        longestGapMs = std::max(longestGapMs, now - lastTickMs);
        lastTickMs = now;
    });
    heartbeat.start(100);

    // `callwatch --once` in a loop, a run 20 s after the last one ended, each given 60 s; one
    // still running at 90 s is a hang. GNU time reports each run's peak memory.
    sim::SimServer &s = host.server();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), shown.dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), shown.dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("RC_SERVER_URL"), s.baseUrl().toString());
    env.insert(QStringLiteral("RC_APP_CLIENT_ID"), s.options().clientId);
    env.insert(QStringLiteral("RC_APP_CLIENT_SECRET"), s.options().clientSecret);
    env.insert(QStringLiteral("RC_USER_JWT"), s.adminJwt());
    enum : int { Crashed = -1, Hung = -2, NotStarted = -3 };
    std::map<int, int> onceExits; // exit code, or one of the above -> runs
    std::map<int, QString> onceReasons; // exit code -> the latest reason it gave
    double oncePeakMiB = 0;
    bool soaking = true, hung = false;
    QElapsedTimer onceStarted;
    const QString peakFile = shown.dir.filePath(QStringLiteral("once-peak"));
    QProcess once;
    once.setProcessEnvironment(env);
    once.setStandardOutputFile(QProcess::nullDevice());
    const auto startOnce = [&] {
        if (!soaking)
            return;
        hung = false;
        once.start(QStringLiteral("/usr/bin/time"),
                   { QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), peakFile,
                     QStringLiteral(CALLWATCH_BINARY), QStringLiteral("--once"), QStringLiteral("--timeout"),
                     QStringLiteral("60") });
        onceStarted.start();
    };
    QObject::connect(&once, &QProcess::finished, &once, [&](int code, QProcess::ExitStatus status) {
        // GNU time exits 128 + N for a run ended by signal N, and writes the peak (KiB) last.
        const int outcome = hung ? Hung : status == QProcess::NormalExit && code < 128 ? code : Crashed;
        QFile peak(peakFile);
        if (peak.open(QIODevice::ReadOnly))
            oncePeakMiB
                = std::max(oncePeakMiB, peak.readAll().trimmed().split('\n').last().toDouble() / 1024.0);
        ++onceExits[outcome];
        const QString reason
            = QString::fromUtf8(once.readAllStandardError()).trimmed().section(QLatin1Char('\n'), -1);
        if (outcome != 0 && !reason.isEmpty())
            onceReasons[outcome] = reason;
        QTimer::singleShot(20'000, &once, startOnce);
    });
    QObject::connect(&once, &QProcess::errorOccurred, &once, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            ++onceExits[NotStarted], soaking = false;
    });
    QTimer onceWatch;
    QObject::connect(&onceWatch, &QTimer::timeout, &once, [&] {
        if (once.state() == QProcess::Running && onceStarted.elapsed() > 90'000) {
            hung = true;
            // time's child first: killing time alone would leave the hung run behind.
            QProcess::execute(
                QStringLiteral("pkill"),
                { QStringLiteral("-KILL"), QStringLiteral("-P"), QString::number(once.processId()) });
            once.kill();
        }
    });
    onceWatch.start(1000);
    startOnce();

    std::printf("soak: %d min real time at %.0fx (%.1f h of the platform), %d calls, a fault every 15 s, "
                "1 %% of events lost, 1 %% twice, out of order; --once 20 s after each run\n",
                minutes, speed, minutes * speed / 60.0, calls);
    std::printf("%4s %8s %4s %7s %5s %6s %-8s %9s %9s %-s\n", "min", "RSS MiB", "fds", "threads", "rows",
                "gap ms", "board", "once ok/n", "once MiB", "status bar");
    int step = 0, eventRestarts = 0;
    std::vector<Holdings> samples;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int minute = 1; minute <= minutes && soaking; ++minute) {
        while (elapsed.elapsed() < minute * 60'000LL) {
            runFor(15'000);
            // A refused subscription is final for the app (it lacks the permission): the user's
            // Pause and Resume start the events over, as once the app's permissions are fixed.
            if (c.monitor->events().state() == TelephonyEvents::State::Unavailable) {
                c.monitor->setPaused(true);
                c.monitor->setPaused(false);
                ++eventRestarts;
            }
            injectNextFault(host, step++);
        }
        const Holdings h = holdingsNow();
        samples.push_back(h);
        int runs = 0;
        for (const auto &[code, n] : onceExits)
            runs += n;
        std::printf("%4d %8.1f %4d %7d %5d %6lld %-8s %4d/%-4d %9.1f %s\n", minute, h.rssMiB, h.fds,
                    h.threads, window.model().rowCount(), static_cast<long long>(longestGapMs),
                    c.monitor->eventsLead() ? "events" : "polling", onceExits.count(0) ? onceExits[0] : 0,
                    runs, oncePeakMiB, qPrintable(window.statusText().left(70)));
        std::fflush(stdout);
        longestGapMs = 0;
    }
    soaking = false;
    onceWatch.stop();
    if (once.state() != QProcess::NotRunning && !once.waitForFinished(90'000)) {
        hung = true;
        QProcess::execute(
            QStringLiteral("pkill"),
            { QStringLiteral("-KILL"), QStringLiteral("-P"), QString::number(once.processId()) });
        once.kill();
        once.waitForFinished();
    }

    // Flat means the second half holds what the first did: compare their medians.
    const auto medianOf = [&](size_t from, size_t to, auto field) {
        std::vector<double> v;
        for (size_t i = from; i < to; ++i)
            v.push_back(double(field(samples[i])));
        return percentile(v, 50);
    };
    const size_t half = samples.size() / 2;
    const auto rss = [](const Holdings &h) { return h.rssMiB; };
    const auto fds = [](const Holdings &h) { return h.fds; };
    std::printf("\nwindow and simulator, one process: RSS median %.1f MiB -> %.1f MiB (first half -> second "
                "half), fds %.0f -> %.0f\n",
                medianOf(0, half, rss), medianOf(half, samples.size(), rss), medianOf(0, half, fds),
                medianOf(half, samples.size(), fds));
    std::printf("window: %d fresh subscriptions, %d recovered sessions, %lld notifications, events restarted "
                "%d times after a refusal\n",
                c.freshSubscriptions, c.recoveries, static_cast<long long>(c.notifications), eventRestarts);
    std::printf("--once: peak %.1f MiB; exit codes:", oncePeakMiB);
    int runs = 0;
    for (const auto &[code, n] : onceExits) {
        runs += n;
        std::printf(" %s %d",
                    code == Crashed          ? "crashed"
                        : code == Hung       ? "hung"
                        : code == NotStarted ? "not started"
                                             : qPrintable(QString::number(code)),
                    n);
    }
    std::printf("\n");
    for (const auto &[code, reason] : onceReasons)
        std::printf("  exit %d, latest reason: %s\n", code, qPrintable(reason));
    const bool failed
        = runs == 0 || onceExits.count(Crashed) || onceExits.count(Hung) || onceExits.count(NotStarted);
    return failed ? 1 : 0;
}

int runAll(const QString &self)
{
    const QList<QStringList> runs = {
        { QStringLiteral("staleness"), QStringLiteral("push"), QStringLiteral("1000") },
        { QStringLiteral("staleness"), QStringLiteral("poll"), QStringLiteral("1000") },
        { QStringLiteral("staleness"), QStringLiteral("push"), QStringLiteral("10000") },
        { QStringLiteral("staleness"), QStringLiteral("poll"), QStringLiteral("10000") },
        { QStringLiteral("heavy"), QStringLiteral("1000") },
        { QStringLiteral("heavy"), QStringLiteral("10000") },
        { QStringLiteral("ghost"), QStringLiteral("1000") },
        { QStringLiteral("ghost"), QStringLiteral("10000"), QStringLiteral("90") },
        { QStringLiteral("stall"), QStringLiteral("10000") },
    };
    int failures = 0;
    for (const QStringList &args : runs) {
        std::printf("\n$ live_bench %s\n", qPrintable(args.join(QLatin1Char(' '))));
        std::fflush(stdout);
        failures += QProcess::execute(self, args) != 0 ? 1 : 0;
    }
    return failures == 0 ? 0 : 1;
}

} // namespace

QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform says this on every window it lays out.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints"))
        || message.contains(QLatin1String("XDG_RUNTIME_DIR")))
        return;
    if (g_defaultHandler)
        g_defaultHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int main(int argc, char *argv[])
{
    heap::preferCompactHeap(); // as the app does
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(quietHandler);
    ProbeApp app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("callwatch.*.info=false\ncallwatch.*.debug=false"));
    const QStringList args = QCoreApplication::arguments().mid(1);
    const auto number
        = [&](int i, double fallback) { return args.size() > i ? args.at(i).toDouble() : fallback; };
    const QString what = args.value(0);
    int rc = 2;
    if (what.isEmpty()) {
        rc = runAll(QCoreApplication::applicationFilePath());
    } else if (what == QLatin1String("staleness") && args.size() >= 3) {
        const int calls = int(number(2, 1000));
        // Long enough for calls that begin in the window to end in it too (half of them talk
        // under two minutes); at 10,000 calls the polling window is two snapshot cycles.
        const bool poll = args.at(1) == QLatin1String("poll");
        rc = watchRows(args.at(1), calls,
                       int(number(3, calls > 2000 ? (poll ? 120 : 60) : (poll ? 60 : 120))));
    } else if (what == QLatin1String("ghost")) {
        rc = watchRows(QStringLiteral("ghost"), int(number(1, 1000)), int(number(2, 150)));
    } else if (what == QLatin1String("heavy")) {
        const int calls = int(number(1, 1000));
        // At 10,000 calls the account makes some 270 events a second at speed 1: at 10x and
        // more this machine falls behind them, misses heartbeats and resubscribes, each time
        // with 24 Heavy requests (docs/BENCHMARKS.md); 10x at least shows the start-up.
        rc = countHeavy(calls, number(2, calls > 2000 ? 0.45 : 2.5), number(3, calls > 2000 ? 10 : 60));
    } else if (what == QLatin1String("soak")) {
        rc = soak(int(number(1, 30)), int(number(2, 1000)), number(3, 10));
    } else if (what == QLatin1String("stall")) {
        // 10,000 calls make about 270 events a second at speed 1: 0.19 gives about 50.
        rc = measureStall(int(number(1, 10000)), int(number(2, 60)), number(3, 0.19));
    } else {
        std::fprintf(
            stderr,
            "usage: live_bench [staleness push|poll CALLS [SECONDS] | heavy CALLS [SIM_HOURS] [SPEED] "
            "| ghost CALLS [SECONDS] | stall CALLS [SECONDS] [SPEED] "
            "| soak [MINUTES] [CALLS] [SPEED]]\n");
    }
    std::fflush(stdout);
    return rc;
}
