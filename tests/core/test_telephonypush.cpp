// TelephonyPush against the simulator's WebSocket gateway: the ringing and held counts follow
// the calls, survive a dropped connection, outlive an expired access token, and stay unknown
// whenever the push is not live.
#include "clientfixture.h"
#include "telephonypush.h"

#include <optional>

using namespace callwatch;
using namespace callwatch::test;

namespace {

struct PushFixture : ClientFixture
{
    explicit PushFixture(const sim::SimOptions &options = frozenOptions())
        : ClientFixture(options)
        , push(*client, *auth, clock)
    {
    }

    bool live()
    {
        return waitUntil([this] { return push.state() == TelephonyPush::State::Live; });
    }
    bool countsMatch(std::optional<int> user = std::nullopt)
    {
        return waitUntil([&] { return push.counts() && *push.counts() == pushCountsNow(server, user); },
                         10000);
    }
    void stepSeconds(int seconds)
    {
        for (int i = 0; i < seconds; ++i) {
            server.clock().advance(1000);
            server.calls().advance();
        }
    }
    int presenceRequests() const
    {
        int n = 0;
        for (const auto &e : server.requestLog())
            n += e.path.endsWith(QLatin1String("/presence")) ? 1 : 0;
        return n;
    }

    TelephonyPush push;
};

std::string describe(const std::optional<TelephonyPush::Counts> &c)
{
    return c ? "ringing " + std::to_string(c->ringing) + ", on hold " + std::to_string(c->onHold) : "unknown";
}

} // namespace

TEST_CASE("The counts follow a call from ringing to hold to hang-up", "[push]")
{
    PushFixture f;
    f.useAdmin();
    REQUIRE(f.signIn());
    CHECK_FALSE(f.push.counts());
    f.push.start();
    REQUIRE(f.live());
    // Calls already ringing or held when the push starts are counted too.
    INFO("push: " << describe(f.push.counts()));
    CHECK(f.countsMatch());

    const sim::SimCall *held = nullptr;
    for (int step = 0; step < 3600 && !held; ++step) {
        f.stepSeconds(1);
        const qint64 now = f.server.clock().nowMs();
        for (const auto &c : f.server.calls().calls()) {
            if (c.startMs <= now && now < c.connectMs && c.holdFromMs != 0)
                held = &c;
        }
    }
    REQUIRE(held);
    const sim::SimCall call = *held;
    REQUIRE(f.countsMatch());
    CHECK(f.push.counts()->ringing >= 1);

    f.server.clock().advance(call.holdFromMs - f.server.clock().nowMs());
    REQUIRE(f.countsMatch());
    CHECK(f.push.counts()->onHold >= 1);
    const int holding = f.push.counts()->onHold;

    f.server.clock().advance(call.endMs - f.server.clock().nowMs());
    REQUIRE(f.countsMatch());
    // The held call has hung up; nothing else was put on hold in that instant.
    CHECK(f.push.counts()->onHold == pushCountsNow(f.server).onHold);
    CHECK(pushCountsNow(f.server).onHold < holding + 1);
}

TEST_CASE("Events that arrive out of order do not roll a party back", "[push]")
{
    PushFixture f;
    f.useAdmin();
    REQUIRE(f.signIn());
    f.push.start();
    REQUIRE(f.live());
    f.server.push().setOutOfOrder(true);
    for (int step = 0; step < 20; ++step) {
        // Long steps: a call rings, is answered and maybe held within one batch, newest first.
        f.server.clock().advance(30'000);
        f.server.calls().advance();
        INFO("after " << (step + 1) * 30 << " s: " << describe(f.push.counts()));
        REQUIRE(f.countsMatch());
    }
}

TEST_CASE("A dropped connection is recovered with the same subscription and what was missed", "[push]")
{
    PushFixture f;
    f.useAdmin();
    REQUIRE(f.signIn());
    f.push.start();
    REQUIRE(f.live());
    const int seeds = f.presenceRequests();

    f.server.push().dropAllConnections();
    REQUIRE(waitUntil([&] { return f.push.state() != TelephonyPush::State::Live; }));
    // Not live: the counts are unknown, not the last ones.
    CHECK_FALSE(f.push.counts());
    f.stepSeconds(45); // calls change while the client is away

    REQUIRE(f.live());
    CHECK(f.countsMatch());
    CHECK(f.presenceRequests() == seeds); // recovered: no need to read the calls again
    CHECK(f.server.push().subscriptionCount() == 1);

    SECTION("and when recovery fails, it subscribes again and reads the calls in progress")
    {
        f.server.push().forgetSessions();
        REQUIRE(waitUntil([&] { return f.push.state() != TelephonyPush::State::Live; }));
        CHECK_FALSE(f.push.counts());
        f.stepSeconds(20);
        REQUIRE(f.live());
        CHECK(f.countsMatch());
        CHECK(f.presenceRequests() == seeds + 1);
        CHECK(f.server.push().subscriptionCount() == 1);
    }
}

TEST_CASE("An expired access token is renewed through the session before the reconnect", "[push]")
{
    PushFixture f;
    f.useAdmin();
    REQUIRE(f.signIn());
    f.push.start();
    REQUIRE(f.live());
    const size_t before = f.server.requestLog().size();

    f.server.expireAllAccessTokens();
    f.server.push().dropAllConnections();
    REQUIRE(waitUntil([&] { return f.push.state() != TelephonyPush::State::Live; }));
    REQUIRE(f.live());
    CHECK(f.countsMatch());

    bool refused = false;
    bool refreshed = false;
    const auto &log = f.server.requestLog();
    for (size_t i = before; i < log.size(); ++i) {
        refused |= log[i].path == QLatin1String("/restapi/oauth/wstoken") && log[i].status == 401;
        refreshed |= log[i].path == api::kTokenPath && log[i].status == 200;
    }
    CHECK(refused);
    CHECK(refreshed);
    CHECK(f.auth->state() == AuthSession::State::SignedIn);
}

TEST_CASE("My calls counts only the user's own calls", "[push]")
{
    PushFixture f(frozenOptions(80));
    f.useUser();
    REQUIRE(f.signIn());
    f.push.setScope(CallScope::Extension);
    f.push.start();
    REQUIRE(f.live());
    const int me = 1; // the standard user is the account's second user
    REQUIRE(f.server.account().users().at(me).id == f.server.account().standardUser().id);
    bool sawOwnCall = false;
    for (int step = 0; step < 360; ++step) { // half an hour
        f.stepSeconds(5);
        INFO("after " << (step + 1) * 5 << " s: " << describe(f.push.counts()));
        REQUIRE(f.countsMatch(me));
        const auto counts = *f.push.counts();
        sawOwnCall |= counts.ringing + counts.onHold > 0;
        CHECK(counts.ringing <= pushCountsNow(f.server).ringing);
    }
    CHECK(sawOwnCall);
}

TEST_CASE(
    "Company scope for a standard user is unavailable with the reason, and stop deletes the subscription",
    "[push]")
{
    PushFixture f;
    f.useUser();
    REQUIRE(f.signIn());
    f.push.start();
    REQUIRE(waitUntil([&] { return f.push.state() == TelephonyPush::State::Unavailable; }));
    CHECK_FALSE(f.push.counts());
    CHECK(f.push.reason().contains(QStringLiteral("ReadCompanyCallLog")));

    f.push.setScope(CallScope::Extension);
    f.push.start();
    REQUIRE(f.live());
    CHECK(f.server.push().subscriptionCount() == 1);
    f.push.stop();
    CHECK(f.push.state() == TelephonyPush::State::Stopped);
    CHECK_FALSE(f.push.counts());
    CHECK(waitUntil([&] { return f.server.push().subscriptionCount() == 0; }));
}
