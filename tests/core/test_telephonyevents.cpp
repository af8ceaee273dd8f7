// The monitor's board driven by telephony events from the simulator's gateway, as RingCentral
// sends them (one party per event; late, twice, out of order or not at all): every call in
// progress is on the board and nothing else looks live; when the platform refuses the events
// the board runs on the list and says why; polling only reconciles.
#include "callmonitor.h"
#include "clientfixture.h"
#include "platformapi.h"
#include "sessionchecker.h"

#include <optional>

using namespace callwatch;
using namespace callwatch::test;

namespace {

struct MonitorFixture
{
    explicit MonitorFixture(const sim::SimOptions &options = frozenOptions(40))
        : server(options)
        , clock(server.clock())
    {
        REQUIRE(server.start() != 0);
    }

    void watch(const QString &jwt, const MonitorOptions &options = {})
    {
        monitor = std::make_unique<CallMonitor>(
            Credentials { server.baseUrl(), server.options().clientId, server.options().clientSecret, jwt },
            clock, options);
        monitor->start();
    }
    bool live()
    {
        const bool ok
            = waitUntil([this] { return monitor->events().state() == TelephonyEvents::State::Live; });
        if (ok && watchedSinceMs == 0)
            watchedSinceMs = server.clock().nowMs();
        return ok;
    }
    // The platform moves on a second at a time, as the gateway would tell it.
    void stepSeconds(int seconds)
    {
        for (int i = 0; i < seconds; ++i) {
            server.clock().advance(1000);
            server.calls().advance();
            QCoreApplication::processEvents();
        }
    }
    const CallBoard &board() { return monitor->board().board(); }
    // The board has every call in progress, and nothing else live.
    bool converged(std::optional<int> user = std::nullopt, int timeoutMs = 15000)
    {
        const QSet<QString> truth = platformNow(server, user, watchedSinceMs).live;
        const bool same = waitUntil([&] { return liveOnBoard(board()) == truth; }, timeoutMs);
        if (!same) {
            WARN(difference(liveOnBoard(board()), truth));
            for (const QString &id : (liveOnBoard(board()) - truth) + (truth - liveOnBoard(board())))
                WARN(story(id));
        }
        return same;
    }
    // A call's story on the platform and its row on the board, for a failing test's message.
    std::string story(const QString &id)
    {
        std::string out = id.toStdString() + ":";
        if (const sim::SimCall *c = server.calls().findSession(id)) {
            out += " start " + std::to_string(c->startMs) + " end " + std::to_string(c->endMs) + " now "
                + std::to_string(server.clock().nowMs()) + "; changes (at party code reason):";
            for (const sim::PartyChange &ch : c->changes)
                out += " " + std::to_string(ch.atMs) + "/" + std::to_string(ch.party) + "/"
                    + sim::PartyChange::codeName(ch.code).toStdString() + "/"
                    + sim::PartyChange::reasonName(ch.reason).toStdString();
        }
        if (const BoardEntry *e = board().find(id))
            out += "; row: status " + statusName(e->progress.status).toStdString() + " source "
                + std::to_string(int(e->source)) + " fromEvents " + std::to_string(e->fromEvents) + " listed "
                + std::to_string(e->lastConfirmed.isValid());
        else
            out += "; no row";
        if (const TelephonySession *t = monitor->events().sessions().find(id))
            out += "; events: " + statusName(t->progress().status).toStdString() + " with "
                + std::to_string(t->partyCount()) + " parties";
        else
            out += "; unknown to the events";
        return out;
    }
    int countRequests(const QString &path, size_t from = 0) const
    {
        return test::countRequests(server, path, from);
    }
    int heavyRequests(size_t from = 0) const
    {
        int n = 0;
        const auto &log = server.requestLog();
        for (size_t i = from; i < log.size(); ++i)
            n += log[i].group == QLatin1String("heavy") ? 1 : 0;
        return n;
    }
    // A call of the story that is in `phase` now, if any.
    const sim::SimCall *callIn(sim::SimCall::Phase phase)
    {
        const qint64 now = server.clock().nowMs();
        for (const auto &c : server.calls().calls()) {
            if (c.startMs <= now && c.phaseAt(now) == phase && !c.fax)
                return &c;
        }
        return nullptr;
    }

    sim::SimServer server;
    SimClockAdapter clock;
    std::unique_ptr<CallMonitor> monitor;
    qint64 watchedSinceMs = 0;
};

} // namespace

TEST_CASE("The board follows every call from its first ring to its end, from events", "[events]")
{
    MonitorFixture f;
    f.watch(f.server.adminJwt());
    REQUIRE(f.live());
    REQUIRE(f.converged());
    // A call that rings now is on the board while the list does not know it yet.
    const sim::SimCall *ringing = nullptr;
    for (int step = 0; step < 600 && !ringing; ++step) {
        f.stepSeconds(1);
        const qint64 now = f.server.clock().nowMs();
        for (const auto &c : f.server.calls().calls()) {
            if (c.startMs <= now && now < c.connectMs && !c.listedAt(now) && c.holdFromMs != 0 && !c.fax)
                ringing = &c;
        }
    }
    REQUIRE(ringing);
    const sim::SimCall call = *ringing;
    REQUIRE(waitUntil([&] {
        const BoardEntry *e = f.board().find(call.telephonySessionId);
        return e && (e->progress.status == CallStatus::Ringing || e->progress.status == CallStatus::Queued);
    }));
    CHECK(f.board().find(call.telephonySessionId)->source == TruthSource::Event);
    CHECK_FALSE(f.board().find(call.telephonySessionId)->lastConfirmed.isValid()); // not listed
    // Talking once answered, on hold while held, then ended, each within the flush of events.
    f.stepSeconds(int((call.connectMs - f.server.clock().nowMs()) / 1000) + 1);
    REQUIRE(waitUntil(
        [&] { return f.board().find(call.telephonySessionId)->progress.status == CallStatus::Talking; }));
    f.stepSeconds(int((call.holdFromMs - f.server.clock().nowMs()) / 1000) + 1);
    REQUIRE(waitUntil(
        [&] { return f.board().find(call.telephonySessionId)->progress.status == CallStatus::OnHold; }));
    CHECK(f.board().find(call.telephonySessionId)->progress.phasesKnown);
    f.stepSeconds(int((call.endMs - f.server.clock().nowMs()) / 1000) + 2);
    REQUIRE(waitUntil([&] { return !f.board().find(call.telephonySessionId)->isLive(); }));
    const CallProgress &p = f.board().find(call.telephonySessionId)->progress;
    CHECK(p.ringMs > 0);
    CHECK(p.talkMs > 0);
    CHECK(p.holdMs > 0);
    CHECK(f.converged());
}

TEST_CASE("Queue calls ring their agents as one row, and transfers and park keep one row", "[events]")
{
    MonitorFixture f(frozenOptions(80, 4));
    f.watch(f.server.adminJwt());
    REQUIRE(f.live());
    bool sawAgents = false;
    bool sawParked = false;
    for (int step = 0; step < 900 && !(sawAgents && sawParked); ++step) {
        f.stepSeconds(1);
        for (const CallBoard::Slot &slot : f.board().state()->slots) {
            sawAgents = sawAgents
                || (slot.entry.progress.status == CallStatus::Ringing
                    && slot.entry.progress.ringingParties > 1);
            sawParked = sawParked || slot.entry.progress.status == CallStatus::Parked;
        }
        if (step % 60 == 0)
            REQUIRE(f.converged());
    }
    CHECK(sawAgents);
    CHECK(sawParked);
    REQUIRE(f.converged());
    // No call is on the board twice: rows are calls (telephony sessions), not parties or records.
    for (const CallBoard::Slot &slot : f.board().state()->slots) {
        if (!slot.entry.call.telephonySessionId.isEmpty())
            CHECK(slot.key == slot.entry.call.telephonySessionId);
    }
}

TEST_CASE("Events duplicated and out of order never corrupt a row", "[events]")
{
    MonitorFixture f(frozenOptions(60, 9));
    f.server.push().setEventFaults({ 0.0, 0.2 });
    f.server.push().setOutOfOrder(true);
    f.watch(f.server.adminJwt());
    REQUIRE(f.live());
    for (int minute = 0; minute < 5; ++minute) {
        f.stepSeconds(60);
        INFO("minute " << minute);
        CHECK(f.converged());
    }
}

TEST_CASE("Lost events leave no ghost once the list reconciles and the doubted rows are checked",
          "[events][check]")
{
    MonitorFixture f(frozenOptions(60, 9));
    // One event in ten lost: far worse than the platform, so some calls lose every hang-up.
    f.server.push().setEventFaults({ 0.1, 0.0 });
    f.watch(f.server.adminJwt());
    REQUIRE(f.live());
    f.stepSeconds(360);
    const int checksBefore = f.monitor->checker().checksSent();
    // The reconcile the feed makes every few minutes while events lead, now.
    f.monitor->feed().refreshNow();
    // No new losses from here: what is left to settle is what was lost. The platform's clock
    // moves on a second at a time meanwhile, because the checks spend its Light budget (50 a
    // minute), which a clock that stood still would never give back.
    f.server.push().setEventFaults({ 0.0, 0.0 });
    bool settled = false;
    for (int second = 0; second < 240 && !settled; ++second) {
        f.stepSeconds(1);
        settled = waitUntil(
            [&] {
                return liveOnBoard(f.board()) == platformNow(f.server, std::nullopt, f.watchedSinceMs).live;
            },
            1000);
    }
    CHECK(f.converged());
    CHECK(f.monitor->checker().checksSent() > checksBefore);
}

TEST_CASE("A dropped connection is recovered and what was missed is replayed", "[events]")
{
    MonitorFixture f;
    f.watch(f.server.adminJwt());
    REQUIRE(f.live());
    const size_t before = f.server.requestLog().size();
    f.server.push().dropAllConnections();
    f.stepSeconds(20); // calls move on while the client is away
    REQUIRE(f.live());
    CHECK(f.server.push().subscriptionCount() == 1); // the same subscription, recovered
    REQUIRE(f.converged());
    CHECK(f.countRequests(QStringLiteral("/restapi/v1.0/account/~/presence"), before) == 0);

    SECTION("a session the gateway forgot starts over: new subscription, presence, and the list again")
    {
        const size_t mark = f.server.requestLog().size();
        f.server.push().forgetSessions();
        f.stepSeconds(5);
        REQUIRE(f.live());
        REQUIRE(waitUntil([&] { return f.heavyRequests(mark) >= 2; })); // presence and a reconcile
        CHECK(f.server.push().subscriptionCount() == 1);
        REQUIRE(f.converged());
    }
}

TEST_CASE("An expired access token is renewed through the session before the reconnect", "[events]")
{
    MonitorFixture f;
    f.watch(f.server.adminJwt());
    REQUIRE(f.live());
    const size_t before = f.server.requestLog().size();
    f.server.expireAllAccessTokens();
    f.server.push().dropAllConnections();
    REQUIRE(waitUntil([&] { return f.monitor->events().state() != TelephonyEvents::State::Live; }));
    REQUIRE(f.live());
    REQUIRE(f.converged());
    bool refused = false;
    bool refreshed = false;
    const auto &log = f.server.requestLog();
    for (size_t i = before; i < log.size(); ++i) {
        // The first request with the dead token (the wstoken, or a check that went first) is refused.
        refused |= log[i].status == 401;
        refreshed |= log[i].path == api::kTokenPath && log[i].status == 200;
    }
    CHECK(refused);
    CHECK(refreshed);
    CHECK(f.monitor->auth().state() == AuthSession::State::SignedIn);
}

TEST_CASE("My calls shows only the calls the user is on", "[events]")
{
    MonitorFixture f;
    f.watch(f.server.userJwt());
    REQUIRE(f.live());
    CHECK(f.monitor->events().scope() == CallScope::Extension);
    const int user = 1; // the standard user is the account's second
    REQUIRE(f.server.account().standardUser().id == f.server.account().users().at(1).id);
    REQUIRE(f.converged(user));
    f.stepSeconds(120);
    REQUIRE(f.converged(user));
}

TEST_CASE(
    "Without Call Control the platform says yes and sends nothing: the board runs on the list and says why",
    "[events][permissions]")
{
    sim::SimOptions options = frozenOptions(40);
    options.callControl = false;
    MonitorFixture f(options);
    f.watch(f.server.adminJwt());
    REQUIRE(waitUntil([&] { return f.monitor->events().state() == TelephonyEvents::State::Unavailable; }));
    CHECK(f.monitor->events().missingPermission() == QStringLiteral("CallControl"));
    CHECK(f.monitor->events().reason().contains(QStringLiteral("Call Control")));
    CHECK(f.monitor->events().reason().contains(QStringLiteral("Developer Console")));
    CHECK_FALSE(f.monitor->liveCounts()); // unknown, never a false 0
    CHECK(f.monitor->eventsReason() == f.monitor->events().reason());
    // The list still fills the board, as before events.
    REQUIRE(waitUntil([&] { return f.board().size() > 0; }));
    for (const CallBoard::Slot &slot : f.board().state()->slots)
        CHECK(slot.entry.source != TruthSource::Event);
    // The useless subscription is deleted (the DELETE goes over the socket before it closes).
    CHECK(waitUntil([&] { return f.server.push().subscriptionCount() == 0; }));
}

TEST_CASE("Without the WebSocket permission the reason names it", "[events][permissions]")
{
    sim::SimOptions options = frozenOptions(40);
    options.webSockets = false;
    MonitorFixture f(options);
    f.watch(f.server.adminJwt());
    REQUIRE(waitUntil([&] { return f.monitor->events().state() == TelephonyEvents::State::Unavailable; }));
    CHECK(f.monitor->events().missingPermission() == QStringLiteral("WebSocketsSubscription"));
    REQUIRE(waitUntil([&] { return f.board().size() > 0; }));
}

TEST_CASE("A subscription refused outright (403) is unavailable with the platform's reason",
          "[events][permissions]")
{
    MonitorFixture f;
    sim::Fault refuse;
    refuse.kind = sim::Fault::Kind::RefuseSubscription;
    refuse.errorCode = QStringLiteral("CMN-401");
    f.server.injectFault(refuse);
    f.watch(f.server.adminJwt());
    REQUIRE(waitUntil([&] { return f.monitor->events().state() == TelephonyEvents::State::Unavailable; }));
    CHECK(f.monitor->events().missingPermission() == QStringLiteral("CallControl"));
    CHECK(f.monitor->events().reason().contains(QStringLiteral("CallControl")));
}

TEST_CASE("A live RingOut the list shows as connected for 0 s is checked, not guessed", "[events][check]")
{
    MonitorFixture f;
    // Without events the list leads, so only the check can settle the record.
    MonitorOptions options;
    options.push = false;
    f.watch(f.server.adminJwt(), options);
    const sim::SimCall &ringOut = f.server.calls().startRingOut();
    const QString id = ringOut.telephonySessionId;
    f.stepSeconds(int((ringOut.listedFromMs - f.server.clock().nowMs()) / 1000) + 1);
    f.monitor->feed().refreshNow();
    REQUIRE(waitUntil([&] { return f.board().find(id) != nullptr; }));
    REQUIRE(waitUntil([&] {
        const BoardEntry *e = f.board().find(id);
        return e && e->source == TruthSource::Check;
    }));
    const BoardEntry *e = f.board().find(id);
    CHECK(e->isLive());
    CHECK(e->progress.status == CallStatus::Talking);
    CHECK(f.countRequests(QStringLiteral("/restapi/v1.0/account/~/telephony/sessions/") + id) >= 1);
}

TEST_CASE("With events leading, the list is read about six times an hour", "[events][budget][pacing]")
{
    sim::SimOptions options;
    options.calls = 40;
    options.speed = 600; // ten platform minutes a second: the client's timers follow
    MonitorFixture f(options);
    f.watch(f.server.adminJwt());
    REQUIRE(f.live());
    // Once live, an hour of the platform's time.
    const qint64 start = f.server.clock().nowMs();
    const size_t mark = f.server.requestLog().size();
    REQUIRE(waitUntil([&] { return f.server.clock().nowMs() - start >= 3'600'000; }, 30000));
    const int heavy = f.heavyRequests(mark);
    INFO("Heavy requests in an hour: " << heavy);
    CHECK(heavy >= 5);
    CHECK(heavy <= 8);
    // Never a 429 of our own making, and the socket outlived the gateway's 30-minute idle
    // timeout: no reconnect (a new wstoken) in the whole hour.
    for (const auto &entry : f.server.requestLog())
        CHECK(entry.status != 429);
    CHECK(f.countRequests(api::kWsTokenPath, mark) == 0);
}

TEST_CASE("Per-session checks: a sure loss goes before contradictions, those before rows merely unconfirmed",
          "[events][check]")
{
    ClientFixture f;
    f.useAdmin();
    REQUIRE(f.signIn());
    SessionChecker checker(*f.client, f.clock);
    std::vector<QString> answered;
    QObject::connect(
        &checker, &SessionChecker::checked,
        [&](const QString &id, const std::optional<SessionEvent> &, qint64) { answered.push_back(id); });
    const auto sent = [&f] {
        std::vector<QString> ids;
        const QString prefix = QStringLiteral("/restapi/v1.0/account/~/telephony/sessions/");
        for (const sim::RequestLogEntry &e : f.server.requestLog()) {
            if (e.path.startsWith(prefix))
                ids.push_back(e.path.mid(prefix.size()));
        }
        return ids;
    };
    using U = SessionChecker::Urgency;
    checker.request(QStringLiteral("s-silent-1"), U::Later); // sent at once: nothing else waits
    for (const char *id : { "s-silent-2", "s-silent-3", "s-silent-4" })
        checker.request(QString::fromLatin1(id), U::Later);
    checker.request(QStringLiteral("s-contradicted"), U::Soon);
    checker.request(QStringLiteral("s-lone-leg"), U::Urgent);
    // A row first doubted for its silence loses its partner: it moves up.
    checker.request(QStringLiteral("s-silent-3"), U::Urgent);
    // News of this one came meanwhile: it is no longer asked about.
    checker.withdraw(QStringLiteral("s-silent-2"));
    checker.request(QStringLiteral("s-silent-1"), U::Urgent); // asked just now: not again
    REQUIRE(waitUntil([&] { return answered.size() == 5; }, 20'000));
    const std::vector<QString> expected { QStringLiteral("s-silent-1"), QStringLiteral("s-lone-leg"),
                                          QStringLiteral("s-silent-3"), QStringLiteral("s-contradicted"),
                                          QStringLiteral("s-silent-4") };
    CHECK(sent() == expected);
    CHECK(answered == expected); // the simulator has none of them: each answers 404, "gone"
    CHECK(checker.checksSent() == 5);
}
