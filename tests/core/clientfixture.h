#pragma once

// The client under test (RestClient, AuthSession, ActiveCallsFeed) wired to an in-process
// simulator on 127.0.0.1, on the simulator's clock.

#include "../simclockadapter.h"
#include "../testsupport.h"
#include "activecallsfeed.h"
#include "authsession.h"
#include "callboard.h"
#include "clock.h"
#include "platformapi.h"
#include "restclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSet>
#include <QSignalSpy>
#include <QTimer>

#include <functional>
#include <optional>

namespace callwatch::test {

// Runs the event loop until `done` holds or `timeoutMs` of real time pass; true if it held.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 15000)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(5);
    if (!done())
        loop.exec();
    return done();
}

// Lets `ms` of real time pass while the event loop runs.
inline void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Requests the simulator logged for a path since index `from` of its log.
inline int countRequests(const sim::SimServer &server, const QString &path, size_t from = 0)
{
    int n = 0;
    const auto &log = server.requestLog();
    for (size_t i = from; i < log.size(); ++i)
        n += log[i].path == path ? 1 : 0;
    return n;
}

struct ClientFixture
{
    explicit ClientFixture(const sim::SimOptions &options = frozenOptions())
        : server(options)
        , clock(server.clock())
    {
        REQUIRE(server.start() != 0);
        client = std::make_unique<RestClient>(server.baseUrl(), clock);
        auth = std::make_unique<AuthSession>(*client, clock);
        feed = std::make_unique<ActiveCallsFeed>(*client, clock);
    }

    Credentials credentials(const QString &jwt) const
    {
        return { server.baseUrl(), server.options().clientId, server.options().clientSecret, jwt };
    }
    void useAdmin() { auth->setCredentials(credentials(server.adminJwt())); }
    void useUser() { auth->setCredentials(credentials(server.userJwt())); }

    bool signIn()
    {
        auth->signIn();
        return waitUntil([this] {
                   return auth->state() == AuthSession::State::SignedIn
                       || auth->state() == AuthSession::State::SignInRequired;
               })
            && auth->state() == AuthSession::State::SignedIn;
    }

    int countRequests(const QString &path, size_t from = 0) const
    {
        return test::countRequests(server, path, from);
    }

    // A GET through RestClient, waited for.
    RestResponse get(const QString &path, const QString &group = api::kLightGroup)
    {
        RestResponse out;
        bool done = false;
        QObject context;
        client->get(client->urlFor(path), group, &context, [&](const RestResponse &r) {
            out = r;
            done = true;
        });
        REQUIRE(waitUntil([&] { return done; }));
        return out;
    }

    sim::SimServer server;
    SimClockAdapter clock;
    std::unique_ptr<RestClient> client;
    std::unique_ptr<AuthSession> auth;
    std::unique_ptr<ActiveCallsFeed> feed;
};

// An HTTP status the active-calls endpoints answer with, `count` times.
inline sim::Fault activeCallsFailure(int status, int count = 1, int retryAfterSeconds = 0)
{
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Status;
    fault.status = status;
    fault.count = count;
    fault.retryAfterSeconds = retryAfterSeconds;
    fault.pathContains = QStringLiteral("active-calls");
    return fault;
}

// What the platform has right now, from the simulator's own story of each call (not from
// its events): the calls in progress, and how the summary strip should count them.
struct PlatformNow
{
    QSet<QString> live; // telephony session ids of the calls in progress
    int ringing = 0; // ringing or connecting, a transfer target ringing included
    int queued = 0; // waiting in a queue for the agents to ring
    int onHold = 0; // held or parked
};

// `user` (an index into the account's users) limits it to calls with a leg of that user's
// still on them, as "My calls" sees them. `watchedSinceMs`, when the events began: a call
// whose every leg so far is the caller's or a queue's (waiting, or in an IVR) and that has not
// changed since is invisible to any client until its next event, as on the real platform
// (presence lists users' calls only, and the list connected ones only).
inline PlatformNow platformNow(sim::SimServer &server, std::optional<int> user = std::nullopt,
                               qint64 watchedSinceMs = 0)
{
    server.calls().advance();
    const qint64 now = server.clock().nowMs();
    PlatformNow p;
    for (const auto &call : server.calls().calls()) {
        if (call.startMs > now)
            continue;
        bool active = false;
        for (size_t party = 0; party < call.parties.size(); ++party) {
            const sim::SimParty &leg = call.parties[party];
            if (user && (leg.kind != sim::SimParty::Kind::User || leg.index != *user))
                continue;
            const sim::PartyChange *state = call.stateAt(int(party), now);
            active = active || (state && state->code != sim::PartyChange::Code::Disconnected);
        }
        if (!active)
            continue;
        bool visible = watchedSinceMs == 0 || call.listedAt(now);
        for (const sim::PartyChange &change : call.changes) {
            const bool userLeg = call.parties[size_t(change.party)].kind == sim::SimParty::Kind::User;
            visible = visible || (change.atMs <= now && (change.atMs >= watchedSinceMs || userLeg));
        }
        if (!visible)
            continue;
        p.live.insert(call.telephonySessionId);
        if (user)
            continue;
        const auto phase = call.phaseAt(now);
        const bool waiting = call.pattern == sim::SimCall::Pattern::InboundQueue && now < call.queueRingMs;
        const bool transferRinging
            = call.transferTo >= 0 && now >= call.transferMs && now < call.transferAnsweredMs;
        if (phase == sim::SimCall::Phase::Ringing && waiting)
            ++p.queued;
        else if (phase == sim::SimCall::Phase::Ringing || transferRinging)
            ++p.ringing;
        else if (phase == sim::SimCall::Phase::OnHold || phase == sim::SimCall::Phase::Parked)
            ++p.onHold;
    }
    return p;
}

// What one set of calls has that the other has not, for a failing test's message.
inline std::string difference(const QSet<QString> &board, const QSet<QString> &platform)
{
    QStringList onlyBoard = (board - platform).values();
    QStringList onlyPlatform = (platform - board).values();
    return "live on the board only: [" + onlyBoard.join(QLatin1Char(' ')).toStdString()
        + "]; live on the platform only: [" + onlyPlatform.join(QLatin1Char(' ')).toStdString() + "]";
}

// The calls live on a board, by key.
inline QSet<QString> liveOnBoard(const CallBoard &board)
{
    QSet<QString> keys;
    for (const CallBoard::Slot &slot : board.state()->slots) {
        if (slot.entry.isLive())
            keys.insert(slot.key);
    }
    return keys;
}

} // namespace callwatch::test
