// The living account: calls ring, connect, end, linger and vanish as simulated time passes.
#include "testsupport.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace callwatch::test;
using callwatch::sim::SimCall;

namespace {

QSet<QString> sessionIds(const QList<QJsonObject> &list)
{
    QSet<QString> out;
    for (const auto &r : list)
        out.insert(r.value(QStringLiteral("sessionId")).toString());
    return out;
}

std::optional<QJsonObject> recordWithId(const QList<QJsonObject> &list, const QString &id)
{
    for (const auto &r : list) {
        if (r.value(QStringLiteral("id")).toString() == id)
            return r;
    }
    return std::nullopt;
}

// One call as seen from outside: what a client can observe, with times relative to the
// simulator's now so that two simulators started at different real instants compare.
struct CallShape
{
    QString sessionId;
    QString telephonySessionId;
    QString recordId;
    QString peerRecordId;
    int pattern = 0;
    int user = 0;
    int peerUser = 0;
    qint64 start = 0;
    qint64 connect = 0;
    qint64 listedFrom = 0;
    qint64 end = 0;
    qint64 gone = 0;
    bool operator==(const CallShape &) const = default;
};

QList<CallShape> shapes(SimServer &server)
{
    server.calls().advance();
    const qint64 now = server.clock().nowMs();
    QList<CallShape> out;
    for (const SimCall &c : server.calls().calls()) {
        out.append({ c.sessionId, c.telephonySessionId, c.recordIds[0], c.recordIds[1], int(c.pattern),
                     c.user, c.peerUser, c.startMs - now, c.connectMs - now, c.listedFromMs - now,
                     c.endMs - now, c.goneMs - now });
    }
    return out;
}

QStringList listingShape(SimFixture &sim, const QString &token)
{
    const qint64 now = sim.server.clock().nowMs();
    QStringList out;
    for (const auto &r :
         fetchAllPages(*sim.client, token, kCompanyCallsPath + QStringLiteral("?perPage=max"))) {
        const qint64 start
            = QDateTime::fromString(r.value(QStringLiteral("startTime")).toString(), Qt::ISODateWithMs)
                  .toMSecsSinceEpoch();
        out.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                       .arg(r.value(QStringLiteral("id")).toString(),
                            r.value(QStringLiteral("sessionId")).toString())
                       .arg(start - now)
                       .arg(r.value(QStringLiteral("durationMs")).toInteger())
                       .arg(r.value(QStringLiteral("result")).toString(),
                            QString::number(r.value(QStringLiteral("extension"))
                                                .toObject()
                                                .value(QStringLiteral("id"))
                                                .toInteger())));
    }
    return out;
}

} // namespace

TEST_CASE("Ringing calls are not listed until some seconds after they connect", "[lifecycle]")
{
    SimFixture sim(frozenOptions(200));
    sim.liftHeavyLimit();
    const QList<QJsonObject> listed
        = fetchAllPages(*sim.client, sim.adminToken(), kCompanyCallsPath + QStringLiteral("?perPage=max"));
    const QSet<QString> listedSessions = sessionIds(listed);
    const qint64 now = sim.server.clock().nowMs();

    int ringing = 0;
    int connectedUnlisted = 0;
    int abandoned = 0;
    for (const SimCall &c : sim.server.calls().calls()) {
        INFO("call " << c.sessionId.toStdString());
        CHECK(c.startMs <= c.connectMs);
        if (c.unanswered()) {
            // A queue caller who hung up before an agent answered, or whom no agent took before
            // the queue sent them to voicemail, was never connected to an extension, so the
            // list never shows the call.
            ++abandoned;
            CHECK(c.listedFromMs >= c.goneMs);
        } else {
            CHECK(c.connectMs < c.listedFromMs);
            CHECK(c.listedFromMs - c.connectMs >= 3000);
            CHECK(c.listedFromMs - c.connectMs <= 10000);
        }
        if (c.phaseAt(now) == SimCall::Phase::Ringing) {
            ++ringing;
            CHECK_FALSE(listedSessions.contains(c.sessionId));
        } else if (now < c.listedFromMs) {
            ++connectedUnlisted;
            CHECK_FALSE(listedSessions.contains(c.sessionId));
        }
        CHECK(listedSessions.contains(c.sessionId) == c.listedAt(now));
    }
    CHECK(ringing > 0); // the check above was not vacuous
    CHECK(connectedUnlisted > 0);
    CHECK(abandoned > 0);
}

TEST_CASE(
    "A call that ends shows a final result with a fixed duration, then vanishes about two minutes later",
    "[lifecycle]")
{
    SimFixture sim(frozenOptions(40));
    sim.liftHeavyLimit();
    const QString token = sim.adminToken();
    const qint64 t0 = sim.server.clock().nowMs();

    // The listed, connected call that ends next; a copy, since the engine forgets gone calls.
    std::optional<SimCall> call;
    // (Not a RingOut the list already shows as connected: a test of its own covers those.)
    for (const SimCall &c : sim.server.calls().calls()) {
        if (c.listedAt(t0) && c.phaseAt(t0) == SimCall::Phase::Connected && !c.listedAsConnected
            && (!call || c.endSeenMs < call->endSeenMs))
            call = c;
    }
    REQUIRE(call.has_value());
    const QString id = call->recordIds[0];
    const auto fetch = [&] {
        return fetchAllPages(*sim.client, token, kCompanyCallsPath + QStringLiteral("?perPage=max"));
    };

    const auto live = recordWithId(fetch(), id);
    REQUIRE(live.has_value());
    CHECK(live->value(QStringLiteral("result")).toString() == QStringLiteral("In Progress"));
    const qint64 liveDuration = live->value(QStringLiteral("durationMs")).toInteger();
    CHECK(liveDuration == t0 - call->startMs);

    // While it goes on, its duration grows.
    sim.server.clock().advance((call->endMs - t0) / 2);
    const auto later = recordWithId(fetch(), id);
    REQUIRE(later.has_value());
    CHECK(later->value(QStringLiteral("durationMs")).toInteger() > liveDuration);

    // Once the end has reached the list: a final result and the call's real duration.
    sim.server.clock().advance(call->endSeenMs + 1000 - sim.server.clock().nowMs());
    const auto ended = recordWithId(fetch(), id);
    REQUIRE(ended.has_value());
    const QString result = ended->value(QStringLiteral("result")).toString();
    CHECK(result != QStringLiteral("In Progress"));
    CHECK((result == QStringLiteral("Accepted") || result == QStringLiteral("Call connected")
           || result == QStringLiteral("Received") || result == QStringLiteral("Sent")));
    const qint64 finalMs = call->endMs - call->startMs;
    CHECK(ended->value(QStringLiteral("durationMs")).toInteger() == finalMs);
    CHECK(ended->value(QStringLiteral("duration")).toInteger() == finalMs / 1000);

    // It stays put while it lingers in the cache...
    sim.advanceSeconds(60);
    const auto lingering = recordWithId(fetch(), id);
    REQUIRE(lingering.has_value());
    CHECK(lingering->value(QStringLiteral("durationMs")).toInteger() == finalMs);
    CHECK(lingering->value(QStringLiteral("result")).toString() == result);

    // ...for roughly 110-130 s, then it is gone.
    CHECK(call->goneMs - call->endSeenMs >= 110000);
    CHECK(call->goneMs - call->endSeenMs <= 130000);
    sim.server.clock().advance(call->endSeenMs + 109000 - sim.server.clock().nowMs());
    CHECK(recordWithId(fetch(), id).has_value());
    sim.server.clock().advance(call->endSeenMs + 131000 - sim.server.clock().nowMs());
    CHECK_FALSE(recordWithId(fetch(), id).has_value());
}

TEST_CASE("Every call's end is listed 3-10 s late and forgotten 110-130 s after that", "[lifecycle]")
{
    SimFixture sim(frozenOptions(200));
    sim.advanceSeconds(600);
    sim.server.calls().advance();
    REQUIRE(sim.server.calls().calls().size() > 100);
    for (const SimCall &c : sim.server.calls().calls()) {
        INFO("call " << c.sessionId.toStdString());
        // An abandoned queue call ends when the caller hangs up, without an answer.
        CHECK((c.endMs > c.connectMs || (c.abandoned && c.endMs == c.connectMs)));
        CHECK(c.endSeenMs - c.endMs >= 3000);
        CHECK(c.endSeenMs - c.endMs <= 10000);
        CHECK(c.goneMs - c.endSeenMs >= 110000);
        CHECK(c.goneMs - c.endSeenMs <= 130000);
    }
}

TEST_CASE("New calls appear as simulated time passes", "[lifecycle]")
{
    SimFixture sim(frozenOptions(40));
    sim.liftHeavyLimit();
    const QString token = sim.adminToken();
    const QSet<QString> before
        = sessionIds(fetchAllPages(*sim.client, token, kCompanyCallsPath + QStringLiteral("?perPage=max")));
    REQUIRE_FALSE(before.isEmpty());

    sim.advanceSeconds(5 * 60);
    const QSet<QString> after
        = sessionIds(fetchAllPages(*sim.client, token, kCompanyCallsPath + QStringLiteral("?perPage=max")));
    const QSet<QString> arrived = after - before;
    CHECK(arrived.size() > 5);
    qint64 newestBefore = 0;
    for (const auto &s : before)
        newestBefore = std::max(newestBefore, s.toLongLong());
    for (const auto &s : arrived)
        CHECK(s.toLongLong() > newestBefore);

    // Half an hour on, nothing of the first listing is left.
    sim.advanceSeconds(35 * 60);
    const QSet<QString> much
        = sessionIds(fetchAllPages(*sim.client, token, kCompanyCallsPath + QStringLiteral("?perPage=max")));
    CHECK_FALSE(much.intersects(before));
    CHECK_FALSE(much.isEmpty());
}

TEST_CASE("Asking for 200 calls keeps roughly 200 records listed, about half of them connected",
          "[lifecycle]")
{
    SimFixture sim(frozenOptions(200));
    const auto checkState = [&](const char *when) {
        const SimReply r = sim.client->get(QStringLiteral("/sim/control/state"));
        REQUIRE(r.status == 200);
        const int listed = r.value(QStringLiteral("listedRecords")).toInt();
        const int connected = r.value(QStringLiteral("connectedCalls")).toInt();
        INFO(when << ": " << listed << " records listed, " << connected << " calls connected");
        CHECK(listed >= 120);
        CHECK(listed <= 300);
        CHECK(connected >= listed / 4);
        CHECK(connected <= listed * 3 / 4);
        CHECK(connected == sim.server.calls().connectedCount());
    };

    // Right after start the account is already warmed up...
    checkState("at start");
    // ...and it stays near the target as time passes.
    for (int minute = 2; minute <= 10; minute += 2) {
        sim.advanceSeconds(120);
        checkState(("after " + std::to_string(minute) + " simulated minutes").c_str());
    }
}

TEST_CASE("A 10,000-call account builds and lists every record", "[lifecycle]")
{
    SimFixture sim(frozenOptions(10000));
    sim.liftHeavyLimit();

    const SimReply state = sim.client->get(QStringLiteral("/sim/control/state"));
    REQUIRE(state.status == 200);
    const int listed = state.value(QStringLiteral("listedRecords")).toInt();
    CHECK(listed >= 8500);
    CHECK(listed <= 11500);
    CHECK(sim.server.calls().connectedCount() >= listed / 4);

    int pages = 0;
    const QList<QJsonObject> all = fetchAllPages(*sim.client, sim.adminToken(),
                                                 kCompanyCallsPath + QStringLiteral("?perPage=max"), &pages);
    CHECK(all.size() == listed);
    CHECK(pages == (listed + 999) / 1000);
    QSet<QString> unique;
    for (const auto &r : all)
        unique.insert(r.value(QStringLiteral("id")).toString());
    CHECK(unique.size() == all.size());
}

TEST_CASE("The same seed produces the same calls and a different seed does not", "[lifecycle]")
{
    SimFixture a(frozenOptions(100, 7));
    SimFixture b(frozenOptions(100, 7));
    SimFixture other(frozenOptions(100, 8));
    a.liftHeavyLimit();
    b.liftHeavyLimit();

    const QList<CallShape> shapeA = shapes(a.server);
    REQUIRE(shapeA.size() > 50);
    CHECK(shapeA == shapes(b.server));
    CHECK_FALSE(shapeA == shapes(other.server));

    // Over HTTP: the same records, ids, start times (relative to each simulator's now) and results.
    const QStringList listA = listingShape(a, a.adminToken());
    REQUIRE(listA.size() > 20);
    CHECK(listA == listingShape(b, b.adminToken()));

    // And they stay in step as time passes.
    a.advanceSeconds(7 * 60);
    b.advanceSeconds(7 * 60);
    CHECK(shapes(a.server) == shapes(b.server));
    CHECK(listingShape(a, a.adminToken()) == listingShape(b, b.adminToken()));
}
