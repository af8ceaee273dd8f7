#pragma once

// The client under test (RestClient, AuthSession, ActiveCallsFeed) wired to an in-process
// simulator on 127.0.0.1, on the simulator's clock.

#include "../testsupport.h"
#include "activecallsfeed.h"
#include "authsession.h"
#include "clock.h"
#include "platformapi.h"
#include "restclient.h"
#include "../simclockadapter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QEventLoop>
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
        return {server.baseUrl(), server.options().clientId, server.options().clientSecret, jwt};
    }
    void useAdmin() { auth->setCredentials(credentials(server.adminJwt())); }
    void useUser() { auth->setCredentials(credentials(server.userJwt())); }

    bool signIn()
    {
        auth->signIn();
        return waitUntil([this] {
            return auth->state() == AuthSession::State::SignedIn || auth->state() == AuthSession::State::SignInRequired;
        }) && auth->state() == AuthSession::State::SignedIn;
    }

    // Requests the simulator logged for a path since index `from`.
    int countRequests(const QString &path, size_t from = 0) const
    {
        int n = 0;
        const auto &log = server.requestLog();
        for (size_t i = from; i < log.size(); ++i)
            n += log[i].path == path ? 1 : 0;
        return n;
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

// The summary strip's numbers: calls ringing or connecting, and calls on hold.
struct PushCounts
{
    int ringing = 0;
    int onHold = 0;
    bool operator==(const PushCounts &) const = default;
};

// What the platform knows right now, counted the way the summary strip counts: calls with a
// party ringing or connecting, and with a party on hold; for one user (index into the
// account's users) when given.
inline PushCounts pushCountsNow(sim::SimServer &server, std::optional<int> user = std::nullopt)
{
    server.calls().advance();
    const qint64 now = server.clock().nowMs();
    PushCounts c;
    // Calls with a party in that state, as the window counts them.
    for (const auto &call : server.calls().calls()) {
        bool ringing = false;
        bool onHold = false;
        for (int side = 0; side < sim::TelephonySessions::partyCount(call); ++side) {
            if (user && sim::TelephonySessions::userOf(call, side) != *user)
                continue;
            const QString code = sim::TelephonySessions::statusAt(call, side, now);
            ringing = ringing || code == QLatin1String("Setup") || code == QLatin1String("Proceeding");
            onHold = onHold || code == QLatin1String("Hold");
        }
        c.ringing += ringing ? 1 : 0;
        c.onHold += onHold ? 1 : 0;
    }
    return c;
}

} // namespace callwatch::test
