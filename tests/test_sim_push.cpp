// The WebSocket gateway of the simulator, driven by a plain QWebSocket the way RingCentral's
// own WebSocket client drives the real one: wstoken, ConnectionDetails, a subscription made
// over the socket, telephony-session notifications, heartbeats and session recovery.
#include "simpushclient.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QWebSocket>
#include <vector>

using namespace callwatch;
using namespace callwatch::test;

namespace {

const QString kAccountSessions = QStringLiteral("/restapi/v1.0/account/~/telephony/sessions");
const QString kMySessions = QStringLiteral("/restapi/v1.0/account/~/extension/~/telephony/sessions");

// Connects with a fresh wstoken (and `wsc` to recover) and returns the ConnectionDetails.
QJsonArray connectWith(SimFixture &f, SimPushClient &ws, const QString &accessToken, const QString &wsc = {})
{
    return ws.connectWith(*f.client, accessToken, wsc);
}

SimReply postWsToken(SimFixture &f, const QString &accessToken)
{
    return SimPushClient::postWsToken(*f.client, accessToken);
}

QUrl connectUrl(const QJsonObject &wsToken, const QString &wsc = {})
{
    return SimPushClient::connectUrl(wsToken, wsc);
}

QString wscToken(const QJsonArray &message)
{
    return SimPushClient::wscToken(message);
}

// Steps the simulated clock (and the engine) until a call that began after now rings its user
// and will be put on hold.
const sim::SimCall *nextRingingCallWithHold(SimFixture &f)
{
    const qint64 from = f.server.clock().nowMs();
    for (int step = 0; step < 3600; ++step) {
        f.advanceSeconds(1);
        f.server.calls().advance();
        const qint64 now = f.server.clock().nowMs();
        for (const auto &c : f.server.calls().calls()) {
            if (c.startMs > from && now < c.connectMs && c.holdFromMs != 0
                && c.stateAt(c.recordParty[0], now))
                return &c;
        }
    }
    return nullptr;
}

bool listed(SimFixture &f, const QString &token, const QString &telephonySessionId)
{
    for (const QJsonObject &r : fetchAllPages(*f.client, token, kCompanyCallsPath)) {
        if (r.value(QStringLiteral("telephonySessionId")).toString() == telephonySessionId)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("wstoken answers a bearer with a gateway URI on 127.0.0.1, in the Auth group", "[push]")
{
    SimFixture f;
    const SimReply r = postWsToken(f, f.adminToken());
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 200);
    const QUrl uri(r.string(QStringLiteral("uri")));
    CHECK(uri.scheme() == QStringLiteral("ws"));
    CHECK(uri.host() == QStringLiteral("127.0.0.1"));
    CHECK(!r.string(QStringLiteral("ws_access_token")).isEmpty());
    CHECK(r.value(QStringLiteral("expires_in")).toInt() == 60);
    CHECK(r.header("X-Rate-Limit-Group") == QByteArray("auth"));

    const SimReply anonymous = postWsToken(f, {});
    CHECK(anonymous.status == 401);
    CHECK(anonymous.firstErrorCode() == QStringLiteral("AGW-401"));
    const SimReply bogus = postWsToken(f, QStringLiteral("not-a-token"));
    CHECK(bogus.status == 401);
    CHECK(bogus.firstErrorCode() == QStringLiteral("OAU-213"));
}

TEST_CASE("ConnectionDetails comes first, with a session context token and the gateway's limits", "[push]")
{
    SimFixture f;
    SimPushClient ws;
    const QJsonArray details = connectWith(f, ws, f.adminToken());
    CHECK(SimPushClient::typeOf(details) == QStringLiteral("ConnectionDetails"));
    const QJsonObject meta = details.at(0).toObject();
    CHECK(meta.value(QStringLiteral("status")).toInt() == 200);
    CHECK(!wscToken(details).isEmpty());
    CHECK(meta.value(QStringLiteral("wsc")).toObject().value(QStringLiteral("sequence")).toInt() >= 1);
    const QJsonObject body = details.at(1).toObject();
    CHECK(body.value(QStringLiteral("recoveryTimeout")).toInt() == 180);
    CHECK(body.value(QStringLiteral("recoveryBufferSize")).toInt() == 100);
    CHECK(body.value(QStringLiteral("idleTimeout")).toInt() == 1800);
    CHECK(body.value(QStringLiteral("creationTime")).toString().endsWith(QStringLiteral("+0000")));
    CHECK_FALSE(body.contains(QStringLiteral("recoveryState")));
}

TEST_CASE("A bad, reused or expired ws token gets an Error frame and a closed socket", "[push]")
{
    SimFixture f;
    const QString access = f.adminToken();
    const SimReply token = postWsToken(f, access);
    REQUIRE(token.status == 200);

    SimPushClient first;
    CHECK(SimPushClient::typeOf(first.open(connectUrl(token.object())))
          == QStringLiteral("ConnectionDetails"));

    SimPushClient reused; // single use
    const QJsonArray error = reused.open(connectUrl(token.object()));
    CHECK(SimPushClient::typeOf(error) == QStringLiteral("Error"));
    CHECK(error.at(1).toObject().value(QStringLiteral("errorCode")).toString() == QStringLiteral("WSG-401"));
    CHECK(QTest::qWaitFor([&] { return reused.closed; }, 5000));

    const SimReply late = postWsToken(f, access);
    f.advanceSeconds(61);
    SimPushClient expired;
    CHECK(SimPushClient::typeOf(expired.open(connectUrl(late.object()))) == QStringLiteral("Error"));

    SimPushClient malformed;
    const QJsonArray bad
        = malformed.open(connectUrl(postWsToken(f, access).object(), QStringLiteral("%%%not-wsc")));
    CHECK(bad.at(1).toObject().value(QStringLiteral("errorCode")).toString() == QStringLiteral("WSG-400"));
    CHECK(QTest::qWaitFor([&] { return malformed.closed; }, 5000));
}

TEST_CASE("A subscription over the socket expands ~ and one connection holds one subscription", "[push]")
{
    SimFixture f;
    SimPushClient ws;
    connectWith(f, ws, f.adminToken());
    const QJsonArray created = ws.subscribe(kAccountSessions);
    CHECK(SimPushClient::typeOf(created) == QStringLiteral("ClientRequest"));
    CHECK(created.at(0).toObject().value(QStringLiteral("status")).toInt() == 200);
    const QJsonObject info = created.at(1).toObject();
    const QString id = info.value(QStringLiteral("id")).toString();
    CHECK(info.value(QStringLiteral("status")).toString() == QStringLiteral("Active"));
    CHECK(info.value(QStringLiteral("eventFilters")).toArray().at(0).toString()
          == QStringLiteral("/restapi/v1.0/account/%1/telephony/sessions").arg(f.server.account().id()));
    CHECK(f.server.push().subscriptionCount() == 1);

    const QJsonArray replaced = ws.subscribe(kMySessions);
    CHECK(replaced.at(1).toObject().value(QStringLiteral("id")).toString() != id);
    CHECK(f.server.push().subscriptionCount() == 1);
    const QJsonArray stale
        = ws.request(QStringLiteral("DELETE"), QStringLiteral("/restapi/v1.0/subscription/") + id);
    CHECK(stale.at(0).toObject().value(QStringLiteral("status")).toInt() == 404);
    const QJsonArray deleted
        = ws.request(QStringLiteral("DELETE"),
                     QStringLiteral("/restapi/v1.0/subscription/")
                         + replaced.at(1).toObject().value(QStringLiteral("id")).toString());
    CHECK(deleted.at(0).toObject().value(QStringLiteral("status")).toInt() == 204);
    CHECK(f.server.push().subscriptionCount() == 0);
}

TEST_CASE("A standard user may watch their own extension's sessions; the account's comes back disabled",
          "[push]")
{
    SimFixture f(frozenOptions(60));
    SimPushClient ws;
    connectWith(f, ws, f.userToken());
    const QString account = QStringLiteral("/restapi/v1.0/account/%1").arg(f.server.account().id());
    const QString me = QString::number(f.server.account().standardUser().id);
    // The platform does not fail the request for a filter the user may not use: it makes the
    // subscription without it and lists it in disabledFilters.
    const QJsonArray answer = ws.subscribe({ kAccountSessions, kMySessions });
    REQUIRE(SimPushClient::statusOf(answer) == 200);
    const QJsonObject info = answer.at(1).toObject();
    CHECK(info.value(QStringLiteral("status")).toString() == QStringLiteral("Active"));
    CHECK(info.value(QStringLiteral("eventFilters")).toArray()
          == QJsonArray { QString(account + QStringLiteral("/extension/") + me
                                  + QStringLiteral("/telephony/sessions")) });
    const QJsonArray disabled = info.value(QStringLiteral("disabledFilters")).toArray();
    REQUIRE(disabled.size() == 1);
    CHECK(disabled.at(0).toObject().value(QStringLiteral("filter")).toString()
          == account + QStringLiteral("/telephony/sessions"));
    CHECK_FALSE(disabled.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());
    CHECK(disabled.at(0)
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("[ReadCompanyCallLog]")));

    f.keepAlive = [&] { ws.heartbeat(); };
    for (int i = 0; i < 1200; ++i)
        f.step(3000);
    ws.heartbeat(); // everything sent before has arrived
    REQUIRE_FALSE(ws.notifications().empty());
    for (const QJsonObject &n : ws.notifications()) {
        CHECK(partyOf(n).value(QStringLiteral("extensionId")).toString() == me);
        CHECK(n.value(QStringLiteral("event")).toString()
              == account + QStringLiteral("/extension/") + me + QStringLiteral("/telephony/sessions"));
    }
}

TEST_CASE("A call's notifications follow it from ringing to answered, hold and hang-up, in sequence",
          "[push]")
{
    SimFixture f;
    f.liftHeavyLimit();
    const QString access = f.adminToken();
    SimPushClient ws;
    connectWith(f, ws, access);
    const QJsonArray subscribed = ws.subscribe(kAccountSessions);
    const QString subscriptionId = subscribed.at(1).toObject().value(QStringLiteral("id")).toString();

    const sim::SimCall *found = nextRingingCallWithHold(f);
    REQUIRE(found);
    const sim::SimCall call = *found; // the engine drops it once the cache forgets it
    const QString party = call.partyId(call.recordParty[0]);
    const auto advanceTo = [&](qint64 atMs) {
        f.server.clock().advance(atMs - f.server.clock().nowMs());
        f.server.calls().advance();
    };
    const auto waitForCodes = [&](int count) {
        return QTest::qWaitFor([&] { return ws.codesOf(party).size() >= count; }, 10000);
    };

    // Ringing: the push knows, the active-calls list does not show it yet.
    REQUIRE(waitForCodes(1));
    INFO("codes " << ws.codesOf(party).join(QLatin1Char(' ')).toStdString());
    CHECK((ws.codesOf(party).last() == QStringLiteral("Proceeding")
           || ws.codesOf(party).last() == QStringLiteral("Setup")));
    CHECK_FALSE(listed(f, access, call.telephonySessionId));

    advanceTo(call.listedFromMs);
    REQUIRE(QTest::qWaitFor([&] { return ws.codesOf(party).contains(QStringLiteral("Answered")); }, 10000));
    CHECK(listed(f, access, call.telephonySessionId));

    advanceTo(call.holdFromMs);
    REQUIRE(QTest::qWaitFor([&] { return ws.codesOf(party).last() == QStringLiteral("Hold"); }, 10000));
    CHECK(listed(f, access, call.telephonySessionId)); // held calls are listed as in progress
    advanceTo(call.holdUntilMs);
    REQUIRE(QTest::qWaitFor([&] { return ws.codesOf(party).last() == QStringLiteral("Answered"); }, 10000));
    advanceTo(call.lastChangeMs()); // the user hangs up, then the other leg
    REQUIRE(QTest::qWaitFor(
        [&] { return ws.notificationsOf(call.telephonySessionId).size() == call.changes.size(); }, 10000));
    CHECK(ws.codesOf(party).last() == QStringLiteral("Disconnected"));

    // The exact history, ringing first.
    const QStringList history = ws.codesOf(party);
    REQUIRE(history.size() >= 5);
    CHECK(history.mid(history.size() - 4)
          == QStringList({ QStringLiteral("Answered"), QStringLiteral("Hold"), QStringLiteral("Answered"),
                           QStringLiteral("Disconnected") }));

    // Envelopes: this subscription, the session's own sequence rising by one with each event
    // (an account subscription sees all of them), the wsc sequence rising.
    qint64 lastSessionSequence = 0;
    qint64 lastWsc = 0;
    for (const auto &m : ws.messages) {
        if (SimPushClient::typeOf(m) != QLatin1String("ServerNotification"))
            continue;
        const qint64 wsc = qint64(m.at(0)
                                      .toObject()
                                      .value(QStringLiteral("wsc"))
                                      .toObject()
                                      .value(QStringLiteral("sequence"))
                                      .toDouble());
        CHECK(wsc > lastWsc);
        lastWsc = wsc;
        const QJsonObject envelope = m.at(1).toObject();
        CHECK(envelope.value(QStringLiteral("subscriptionId")).toString() == subscriptionId);
        CHECK(m.at(0).toObject().value(QStringLiteral("messageId")).toString()
              == envelope.value(QStringLiteral("uuid")).toString());
        const QJsonObject body = envelope.value(QStringLiteral("body")).toObject();
        if (body.value(QStringLiteral("telephonySessionId")).toString() != call.telephonySessionId)
            continue;
        const qint64 sequence = body.value(QStringLiteral("sequence")).toInteger();
        CHECK(sequence == lastSessionSequence + 1);
        lastSessionSequence = sequence;
        CHECK(body.value(QStringLiteral("sessionId")).toString() == call.sessionId);
    }
    CHECK(lastSessionSequence == qint64(call.changes.size()));
}

TEST_CASE("Heartbeats are echoed with the same messageId", "[push]")
{
    SimFixture f;
    SimPushClient ws;
    connectWith(f, ws, f.adminToken());
    ws.socket.sendTextMessage(QStringLiteral(R"([{"type":"Heartbeat","messageId":"hb-1"}])"));
    REQUIRE(QTest::qWaitFor([&] { return ws.messages.size() >= 2; }, 5000));
    const QJsonObject meta = ws.messages.back().at(0).toObject();
    CHECK(meta.value(QStringLiteral("type")).toString() == QStringLiteral("Heartbeat"));
    CHECK(meta.value(QStringLiteral("messageId")).toString() == QStringLiteral("hb-1"));
}

TEST_CASE("A silent client is closed with WSG-902 once the idle timeout passes", "[push]")
{
    SimFixture f;
    SimPushClient ws;
    connectWith(f, ws, f.adminToken());
    f.advanceSeconds(1801);
    REQUIRE(QTest::qWaitFor([&] { return ws.closed; }, 10000));
    CHECK(SimPushClient::typeOf(ws.messages.back()) == QStringLiteral("Error"));
    CHECK(ws.messages.back().at(1).toObject().value(QStringLiteral("errorCode")).toString()
          == QStringLiteral("WSG-902"));
}

TEST_CASE("Only what the client sends keeps the idle timeout away: a heartbeat does, notifications do not",
          "[push]")
{
    SimFixture f;
    SimPushClient ws;
    connectWith(f, ws, f.adminToken());
    REQUIRE(SimPushClient::statusOf(ws.subscribe(kAccountSessions)) == 200);
    f.step(1000'000);
    ws.heartbeat();
    // Half an hour after the subscription, but not after the heartbeat.
    f.step(1000'000);
    QTest::qWait(600); // the gateway looks every 200 ms
    CHECK_FALSE(ws.closed);
    REQUIRE_FALSE(ws.notifications().empty()); // the gateway has been sending all along
    const size_t received = ws.notifications().size();
    f.step(801'000);
    REQUIRE(QTest::qWaitFor([&] { return ws.closed; }, 10000));
    CHECK(ws.notifications().size() > received);
    CHECK(SimPushClient::typeOf(ws.messages.back()) == QStringLiteral("Error"));
    CHECK(ws.messages.back().at(1).toObject().value(QStringLiteral("errorCode")).toString()
          == QStringLiteral("WSG-902"));
}

TEST_CASE("Recovery with wsc within the window replays what was missed on the same subscription", "[push]")
{
    SimFixture f;
    const QString access = f.adminToken();
    auto ws = std::make_unique<SimPushClient>();
    const QJsonArray details = connectWith(f, *ws, access);
    const QString subscriptionId
        = ws->subscribe(kAccountSessions).at(1).toObject().value(QStringLiteral("id")).toString();
    QString wsc = wscToken(details);

    REQUIRE(f.client->postJson(QStringLiteral("/sim/control/push/drop"), "{}").status == 200);
    REQUIRE(QTest::qWaitFor([&] { return ws->closed; }, 5000));
    CHECK(f.server.push().connectionCount() == 0);
    // Calls keep changing while the client is away.
    for (int i = 0; i < 60; ++i) {
        f.advanceSeconds(1);
        f.server.calls().advance();
    }

    SimPushClient again;
    const QJsonArray recovered = connectWith(f, again, access, wsc);
    CHECK(recovered.at(1).toObject().value(QStringLiteral("recoveryState")).toString()
          == QStringLiteral("Successful"));
    REQUIRE(QTest::qWaitFor([&] { return !again.notifications().empty(); }, 5000));
    for (const QJsonObject &n : again.notifications())
        CHECK(n.value(QStringLiteral("subscriptionId")).toString() == subscriptionId);
    CHECK(f.server.push().subscriptionCount() == 1);
}

TEST_CASE("Recovery fails with WSG-1005 when the session is gone or the window has passed", "[push]")
{
    SimFixture f;
    const QString access = f.adminToken();

    SECTION("forgotten by the gateway")
    {
        SimPushClient ws;
        const QString wsc = wscToken(connectWith(f, ws, access));
        ws.subscribe(kAccountSessions);
        REQUIRE(f.client->postJson(QStringLiteral("/sim/control/push/forget"), "{}").status == 200);
        REQUIRE(QTest::qWaitFor([&] { return ws.closed; }, 5000));
        SimPushClient again;
        const QJsonArray failed = connectWith(f, again, access, wsc);
        CHECK(failed.at(1).toObject().value(QStringLiteral("recoveryState")).toString()
              == QStringLiteral("Failed"));
        CHECK(failed.at(1).toObject().value(QStringLiteral("recoveryErrorCode")).toString()
              == QStringLiteral("WSG-1005"));
        CHECK(wscToken(failed) != wsc);
        CHECK(f.server.push().subscriptionCount() == 0);
        // The same connection takes a new subscription.
        CHECK(again.subscribe(kAccountSessions).at(0).toObject().value(QStringLiteral("status")).toInt()
              == 200);
    }
    SECTION("after the recovery timeout")
    {
        SimPushClient ws;
        const QString wsc = wscToken(connectWith(f, ws, access));
        ws.subscribe(kAccountSessions);
        f.server.push().dropAllConnections();
        REQUIRE(QTest::qWaitFor([&] { return ws.closed; }, 5000));
        f.advanceSeconds(181);
        const QString fresh = f.adminToken(); // the old access token has not expired, but keep it honest
        SimPushClient again;
        const QJsonArray failed = connectWith(f, again, fresh, wsc);
        CHECK(failed.at(1).toObject().value(QStringLiteral("recoveryState")).toString()
              == QStringLiteral("Failed"));
    }
    SECTION("another OAuth session")
    {
        SimPushClient ws;
        const QString wsc = wscToken(connectWith(f, ws, access));
        ws.subscribe(kAccountSessions);
        f.server.push().dropAllConnections();
        REQUIRE(QTest::qWaitFor([&] { return ws.closed; }, 5000));
        SimPushClient again;
        const QJsonArray failed = connectWith(f, again, f.adminToken(), wsc);
        CHECK(failed.at(1).toObject().value(QStringLiteral("recoveryErrorCode")).toString()
              == QStringLiteral("WSG-1003"));
    }
}

TEST_CASE("Presence with the detailed telephony state agrees with the notifications", "[push][presence]")
{
    SimFixture f(frozenOptions(60));
    const QString admin = f.adminToken();
    const SimReply company = f.client->apiGet(
        QStringLiteral("/restapi/v1.0/account/~/presence?detailedTelephonyState=true&perPage=1000"), admin);
    INFO(company.describe().toStdString());
    REQUIRE(company.status == 200);
    CHECK(company.header("X-Rate-Limit-Group") == QByteArray("heavy"));
    // Presence is the users': the outside leg and a queue's own leg have none.
    int ringing = 0;
    const qint64 now = f.server.clock().nowMs();
    for (const auto &c : f.server.calls().calls()) {
        for (int side = 0; side < sim::TelephonySessions::partyCount(c); ++side) {
            if (sim::TelephonySessions::userOf(c, side) < 0)
                continue;
            const QString code = sim::TelephonySessions::statusAt(c, side, now);
            ringing += code == QLatin1String("Setup") || code == QLatin1String("Proceeding") ? 1 : 0;
        }
    }
    int listedRinging = 0;
    for (const QJsonValue &r : records(company)) {
        for (const QJsonValue &a : r.toObject().value(QStringLiteral("activeCalls")).toArray())
            listedRinging += a.toObject().value(QStringLiteral("telephonyStatus")).toString()
                    == QLatin1String("Ringing")
                ? 1
                : 0;
    }
    CHECK(listedRinging == ringing);

    const QString user = f.userToken();
    CHECK(f.client->apiGet(QStringLiteral("/restapi/v1.0/account/~/presence"), user).status == 403);
    const SimReply mine = f.client->apiGet(
        QStringLiteral("/restapi/v1.0/account/~/extension/~/presence?detailedTelephonyState=true"), user);
    CHECK(mine.status == 200);
    CHECK(mine.header("X-Rate-Limit-Group") == QByteArray("light"));
    CHECK(mine.value(QStringLiteral("activeCalls")).isArray());
}

TEST_CASE("Out-of-order delivery sends a session's newer change before its older one", "[push]")
{
    SimFixture f;
    SimPushClient ws;
    connectWith(f, ws, f.adminToken());
    ws.subscribe(kAccountSessions);
    REQUIRE(f.client->postJson(QStringLiteral("/sim/control/push/out-of-order"), R"({"on":true})").status
            == 200);
    // One big step: every call's changes of the last ten minutes in one batch.
    f.advanceSeconds(600);
    f.server.calls().advance();
    REQUIRE(QTest::qWaitFor([&] { return ws.notifications().size() > 10; }, 10000));
    QTest::qWait(200);
    bool sawOlderAfterNewer = false;
    QHash<QString, qint64> newest;
    for (const QJsonObject &n : ws.notifications()) {
        const QJsonObject body = n.value(QStringLiteral("body")).toObject();
        const QString id = body.value(QStringLiteral("telephonySessionId")).toString();
        const qint64 sequence = body.value(QStringLiteral("sequence")).toInteger();
        sawOlderAfterNewer |= newest.contains(id) && sequence < newest.value(id);
        newest[id] = std::max(newest.value(id), sequence);
    }
    CHECK(sawOlderAfterNewer);
}
