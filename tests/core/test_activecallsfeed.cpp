// ActiveCallsFeed against the simulator: paging, scope, pacing by the Heavy budget, and
// recovery from every kind of failure.
#include "../hostileserver.h"
#include "clientfixture.h"

#include <algorithm>

using namespace callwatch;
using namespace callwatch::test;

namespace {

struct SnapshotLog
{
    std::vector<std::vector<ActiveCall>> snapshots;
    std::vector<FeedStatus::State> states;

    void attach(ActiveCallsFeed &feed)
    {
        QObject::connect(&feed, &ActiveCallsFeed::snapshotReady, &feed,
                         [this](const CallSnapshot &records, qint64) { snapshots.push_back(*records); });
        QObject::connect(&feed, &ActiveCallsFeed::statusChanged, &feed,
                         [this, &feed] { states.push_back(feed.status().state); });
    }
    bool saw(FeedStatus::State s) const { return std::find(states.begin(), states.end(), s) != states.end(); }
};

// Heavy requests the simulator received, in simulated time.
std::vector<qint64> heavyRequestTimes(const sim::SimServer &server)
{
    std::vector<qint64> out;
    for (const auto &e : server.requestLog()) {
        if (e.group == QLatin1String("heavy"))
            out.push_back(e.simTimeMs);
    }
    return out;
}

int mostInAnyWindow(const std::vector<qint64> &times, qint64 windowMs)
{
    int most = 0;
    for (size_t i = 0; i < times.size(); ++i) {
        const auto end = std::lower_bound(times.begin() + qint64(i), times.end(), times[i] + windowMs);
        most = std::max(most, int(end - (times.begin() + qint64(i))));
    }
    return most;
}

} // namespace

TEST_CASE("A snapshot follows nextPage through every page", "[feed]")
{
    ClientFixture f(frozenOptions(37));
    f.useAdmin();
    SnapshotLog log;
    log.attach(*f.feed);
    f.feed->setPerPage(5);
    f.feed->start();
    REQUIRE(waitUntil([&] { return !log.snapshots.empty(); }));
    f.feed->stop();

    const auto listed = f.server.calls().listing(std::nullopt);
    const auto &snapshot = log.snapshots.front();
    CHECK(snapshot.size() == listed.size());
    QSet<QString> keys;
    for (const auto &call : snapshot)
        keys.insert(call.key());
    CHECK(keys.size() == qsizetype(snapshot.size()));
    CHECK(f.feed->status().pagesPerSnapshot == int((listed.size() + 4) / 5));
}

TEST_CASE("The scope decides which endpoint is read", "[feed]")
{
    ClientFixture f(frozenOptions(60));
    f.useAdmin();
    SnapshotLog log;
    log.attach(*f.feed);
    f.feed->setScope(CallScope::Extension);
    f.feed->start();
    REQUIRE(waitUntil([&] { return !log.snapshots.empty(); }));
    f.feed->stop();
    const QString me = QString::number(f.server.account().adminUser().id);
    for (const auto &call : log.snapshots.front())
        CHECK(call.extensionId == me);
    CHECK(f.server.requestLog().back().path
          == QStringLiteral("/restapi/v1.0/account/~/extension/~/active-calls"));
}

TEST_CASE("A non-admin at company scope gets a permission state naming the permission", "[feed]")
{
    ClientFixture f;
    f.useUser();
    SnapshotLog log;
    log.attach(*f.feed);
    f.feed->start();
    REQUIRE(waitUntil([&] { return f.feed->status().state == FeedStatus::State::PermissionDenied; }));
    CHECK(f.feed->status().error.permissionName == QStringLiteral("ReadCompanyCallLog"));
    CHECK(f.feed->status().error.errorCode == QStringLiteral("CMN-408"));
    CHECK(log.snapshots.empty());
    // The own-extension view works for the same user.
    f.feed->setScope(CallScope::Extension);
    f.feed->start();
    REQUIRE(waitUntil([&] { return !log.snapshots.empty(); }));
}

TEST_CASE("Over a long accelerated run no 60 s window holds more than 10 Heavy requests", "[feed][pacing]")
{
    sim::SimOptions options;
    options.speed = 60; // a simulated minute per real second
    options.calls = 120;
    ClientFixture f(options);
    f.useAdmin();
    SnapshotLog log;
    log.attach(*f.feed);
    f.feed->setPerPage(40); // about three pages a snapshot
    f.feed->setIntervalMs(1000); // the user asks for far more than the budget allows
    f.feed->start();
    runFor(12'000); // twelve simulated minutes
    f.feed->stop();

    const auto times = heavyRequestTimes(f.server);
    INFO("heavy requests: " << times.size() << ", snapshots: " << log.snapshots.size());
    CHECK(times.size() >= 80); // it kept polling as fast as the budget allows...
    CHECK(mostInAnyWindow(times, 60'000) <= 10); // ...and never faster
    int tooMany = 0;
    for (const auto &e : f.server.requestLog())
        tooMany += e.status == 429 ? 1 : 0;
    CHECK(tooMany == 0);
    CHECK(f.feed->status().intervalMs >= 3 * 60'000 / 10);
}

TEST_CASE("A 429 is waited out before the next Heavy request", "[feed][pacing]")
{
    sim::SimOptions options;
    options.speed = 30;
    options.calls = 20;
    ClientFixture f(options);
    f.useAdmin();
    SnapshotLog log;
    log.attach(*f.feed);
    f.server.injectFault(activeCallsFailure(429, 1, 45));
    f.feed->start();
    REQUIRE(waitUntil([&] { return !log.snapshots.empty(); }, 20000));
    f.feed->stop();
    CHECK(log.saw(FeedStatus::State::RateLimited));

    const auto &requests = f.server.requestLog();
    const auto rejected
        = std::find_if(requests.begin(), requests.end(), [](const auto &e) { return e.status == 429; });
    REQUIRE(rejected != requests.end());
    const auto next = std::find_if(rejected + 1, requests.end(), [](const auto &e) {
        return e.path.endsWith(QLatin1String("active-calls"));
    });
    REQUIRE(next != requests.end());
    CHECK(next->simTimeMs - rejected->simTimeMs >= 45'000);
    CHECK(next->status == 200);
}

TEST_CASE("Network and server failures back off and recover on their own", "[feed][faults]")
{
    struct Case
    {
        const char *name;
        sim::Fault::Kind kind;
        int status;
    };
    const Case cases[] = {
        { "HTTP 503", sim::Fault::Kind::Status, 503 },
        { "HTTP 500", sim::Fault::Kind::Status, 500 },
        { "dropped connection", sim::Fault::Kind::Drop, 0 },
        { "malformed JSON", sim::Fault::Kind::Malformed, 0 },
        { "truncated JSON", sim::Fault::Kind::Truncated, 0 },
        { "slow answer past the timeout", sim::Fault::Kind::Slow, 0 },
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            sim::SimOptions options;
            options.speed = 10; // backoff of 2 and 4 simulated seconds passes quickly
            options.calls = 20;
            ClientFixture f(options);
            f.client->setTransferTimeoutMs(400);
            f.useAdmin();
            SnapshotLog log;
            log.attach(*f.feed);
            sim::Fault fault;
            fault.kind = c.kind;
            fault.status = c.status;
            fault.count = 2;
            fault.delayMs = 1500;
            fault.pathContains = QStringLiteral("active-calls");
            f.server.injectFault(fault);
            f.feed->start();
            REQUIRE(waitUntil([&] { return !log.snapshots.empty(); }, 20000));
            f.feed->stop();
            CHECK(log.saw(FeedStatus::State::Retrying));
            CHECK(f.feed->status().error.isError() == false);
            CHECK_FALSE(log.snapshots.front().empty());
        }
    }
}

TEST_CASE("A body larger than the limit is cut off and retried, not loaded", "[feed][faults]")
{
    sim::SimOptions options;
    options.speed = 10;
    options.calls = 10;
    ClientFixture f(options);
    f.client->setMaxBodyBytes(1024 * 1024);
    f.useAdmin();
    SnapshotLog log;
    log.attach(*f.feed);
    ApiError seen;
    QObject::connect(f.feed.get(), &ActiveCallsFeed::statusChanged, f.feed.get(), [&] {
        if (f.feed->status().state == FeedStatus::State::Retrying)
            seen = f.feed->status().error;
    });
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Huge;
    fault.bytes = 8 * 1024 * 1024;
    fault.pathContains = QStringLiteral("active-calls");
    f.server.injectFault(fault);
    f.feed->start();
    REQUIRE(waitUntil([&] { return !log.snapshots.empty(); }, 20000));
    CHECK(seen.kind == ApiError::Kind::BadResponse);
}

TEST_CASE("Retrying shows when the next attempt is due", "[feed][faults]")
{
    ClientFixture f;
    f.useAdmin();
    f.server.injectFault(activeCallsFailure(503, 100, 7));
    f.feed->start();
    REQUIRE(waitUntil([&] { return f.feed->status().state == FeedStatus::State::Retrying; }));
    const FeedStatus s = f.feed->status();
    CHECK(s.error.httpStatus == 503);
    // Retry-After (7 s) is longer than the first backoff step (2 s), so it wins.
    CHECK(s.nextAtMs - f.clock.nowMs() >= 6'000);
    CHECK(s.error.userMessage().contains(QStringLiteral("503")));
}

TEST_CASE(
    "After a 429, answers without rate headers do not re-arm a window's wait, and the status says the real "
    "wait",
    "[feed][ratelimit][hostile]")
{
    // A 429 that said "2 s" (and 0 left of a 60 s window), then two 503s from a proxy that sends
    // no rate headers, then the page: 2 s, then the backoff of 4 and 8 s, not 60 s each.
    HostileServer server;
    auto answered = std::make_shared<int>(0);
    server.route(
        "/restapi/v1.0/account/~/active-calls", [answered](QTcpSocket *s, const HostileServer::Request &) {
            const int n = (*answered)++;
            if (n == 0)
                HostileServer::answer(
                    s, 429, "{\"errorCode\":\"CMN-301\",\"message\":\"Request rate exceeded\"}",
                    "Retry-After: 2\r\nX-Rate-Limit-Group: heavy\r\nX-Rate-Limit-Limit: 10\r\n"
                    "X-Rate-Limit-Remaining: 0\r\nX-Rate-Limit-Window: 60\r\n");
            else if (n <= 2)
                HostileServer::answer(s, 503, "upstream unavailable", {}, "text/plain");
            else
                HostileServer::answer(s, 200, "{\"records\":[],\"paging\":{\"page\":1},\"navigation\":{}}");
        });
    SystemClock clock;
    RestClient client(server.url(), clock);
    AuthSession auth(client, clock);
    auth.setCredentials(
        { server.url(), QStringLiteral("id"), QStringLiteral("secret"), QStringLiteral("a.b.c") });
    ActiveCallsFeed feed(client, clock);
    std::vector<qint64> promisedWaitsMs;
    QObject::connect(&feed, &ActiveCallsFeed::statusChanged, &feed, [&] {
        const FeedStatus &st = feed.status();
        if (st.state == FeedStatus::State::Retrying || st.state == FeedStatus::State::RateLimited)
            promisedWaitsMs.push_back(st.nextAtMs - clock.nowMs());
    });
    bool snapshot = false;
    QObject::connect(&feed, &ActiveCallsFeed::snapshotReady, &feed,
                     [&](const CallSnapshot &, qint64) { snapshot = true; });
    feed.start();
    REQUIRE(waitUntil([&] { return snapshot; }, 40'000));
    CHECK(*answered == 4);
    REQUIRE_FALSE(promisedWaitsMs.empty());
    // Every wait promised is the backoff or the server's 2 s, none a whole window.
    for (const qint64 wait : promisedWaitsMs)
        CHECK(wait <= 8'500);
}
