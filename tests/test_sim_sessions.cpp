// GET /restapi/v1.0/account/~/telephony/sessions/{telephonySessionId}: the whole session as
// the platform keeps it (push-queues-presence.md §4), and the active-calls record of a live
// RingOut that only this session tells apart from a finished call.
#include "testsupport.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace callwatch;
using namespace callwatch::test;
using sim::SimCall;

namespace {

QString sessionPath(const QString &telephonySessionId)
{
    return QStringLiteral("/restapi/v1.0/account/~/telephony/sessions/") + telephonySessionId;
}

QStringList partyIds(const SimReply &r)
{
    QStringList out;
    for (const QJsonValue &p : r.value(QStringLiteral("parties")).toArray())
        out.append(p.toObject().value(QStringLiteral("id")).toString());
    return out;
}

void requireNotFound(const SimReply &r, const QString &id)
{
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 404);
    CHECK(r.firstErrorCode() == QStringLiteral("CMN-102"));
    CHECK(r.firstError().value(QStringLiteral("parameterName")).toString()
          == QStringLiteral("telephonySessionId"));
    CHECK(r.firstError().value(QStringLiteral("parameterValue")).toString() == id);
}

// Whether user `user` (an index) has a party on the call at `atMs`.
bool takesPart(const SimCall &call, int user, qint64 atMs)
{
    for (int side = 0; side < sim::TelephonySessions::partyCount(call); ++side) {
        const QString code = sim::TelephonySessions::statusAt(call, side, atMs);
        if (sim::TelephonySessions::userOf(call, side) == user && !code.isEmpty()
            && code != QLatin1String("Disconnected"))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The session GET answers every party still on the call, in the Light group", "[sessions]")
{
    SimFixture f(frozenOptions(60));
    const QString admin = f.adminToken();
    const std::optional<SimCall> call = f.nextCall([](const SimCall &c) {
        return c.pattern == SimCall::Pattern::InboundQueue && !c.abandoned && c.ringingAgents.size() >= 2;
    });
    REQUIRE(call);
    INFO("session " << call->telephonySessionId.toStdString());

    // While the agents ring: the caller's leg, the queue's leg and every ringing agent.
    f.advanceTo(call->queueRingMs + 500);
    REQUIRE(f.server.clock().nowMs() < call->connectMs);
    const SimReply ringing = f.client->apiGet(sessionPath(call->telephonySessionId), admin);
    INFO(ringing.describe().toStdString());
    REQUIRE(ringing.status == 200);
    CHECK(ringing.header("X-Rate-Limit-Group") == QByteArray("light"));
    CHECK(ringing.string(QStringLiteral("id")) == call->telephonySessionId);
    CHECK(ringing.value(QStringLiteral("origin")).toObject().value(QStringLiteral("type")).toString()
          == QStringLiteral("Call"));
    CHECK(QDateTime::fromString(ringing.string(QStringLiteral("creationTime")), Qt::ISODateWithMs).isValid());
    const QJsonArray parties = ringing.value(QStringLiteral("parties")).toArray();
    CHECK(parties.size() == int(2 + call->ringingAgents.size()));
    int withoutExtension = 0;
    for (const QJsonValue &value : parties) {
        const QJsonObject p = value.toObject();
        INFO(QJsonDocument(p).toJson(QJsonDocument::Compact).toStdString());
        CHECK(p.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("p-")));
        CHECK((p.value(QStringLiteral("direction")).toString() == QStringLiteral("Inbound")
               || p.value(QStringLiteral("direction")).toString() == QStringLiteral("Outbound")));
        const QString code
            = p.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toString();
        CHECK((code == QStringLiteral("Answered") || code == QStringLiteral("Proceeding")));
        CHECK(p.value(QStringLiteral("from")).isObject());
        CHECK(p.value(QStringLiteral("to")).isObject());
        CHECK(p.value(QStringLiteral("muted")).isBool());
        CHECK(p.value(QStringLiteral("standAlone")).isBool());
        CHECK(p.value(QStringLiteral("park")).isObject());
        CHECK(p.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("queueCall")).isBool());
        if (!p.contains(QStringLiteral("extensionId"))) {
            ++withoutExtension; // the caller's leg
            CHECK_FALSE(
                p.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("queueCall")).toBool());
        } else {
            CHECK(
                p.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("queueCall")).toBool());
        }
    }
    CHECK(withoutExtension == 1);

    // Answered: the agents who lost and the queue's leg are gone from it.
    f.advanceTo(call->connectMs + 1000);
    const SimReply answered = f.client->apiGet(sessionPath(call->telephonySessionId), admin);
    REQUIRE(answered.status == 200);
    CHECK(partyIds(answered).size() == 2);
    CHECK(partyIds(answered).contains(call->partyId(call->recordParty[0])));
}

TEST_CASE("The session GET answers 404 once the session is over, and for an unknown id", "[sessions]")
{
    SimFixture f(frozenOptions(60));
    const QString admin = f.adminToken();
    const std::optional<SimCall> call = f.nextCall([](const SimCall &c) { return !c.abandoned; });
    REQUIRE(call);
    f.advanceTo(call->endMs - 1);
    CHECK(f.client->apiGet(sessionPath(call->telephonySessionId), admin).status == 200);
    f.advanceTo(call->lastChangeMs());
    // Still in the active-calls cache, but every party has hung up.
    REQUIRE(f.server.calls().findSession(call->telephonySessionId));
    requireNotFound(f.client->apiGet(sessionPath(call->telephonySessionId), admin), call->telephonySessionId);
    requireNotFound(f.client->apiGet(sessionPath(QStringLiteral("s-unknown")), admin),
                    QStringLiteral("s-unknown"));
}

TEST_CASE("A standard user gets a session they take part in, and 404 for anyone else's", "[sessions]")
{
    SimFixture f(frozenOptions(100));
    const QString user = f.userToken();
    const int me = 1; // the standard user
    const SimCall *mine = nullptr;
    const SimCall *stranger = nullptr;
    for (int i = 0; i < 2000 && !mine; ++i) {
        f.step(5000);
        for (const SimCall &c : f.server.calls().calls()) {
            if (takesPart(c, me, f.server.clock().nowMs()))
                mine = &c;
        }
    }
    REQUIRE(mine);
    const QString mineId = mine->telephonySessionId;
    for (const SimCall &c : f.server.calls().calls()) {
        if (!takesPart(c, me, f.server.clock().nowMs())
            && c.phaseAt(f.server.clock().nowMs()) == SimCall::Phase::Connected)
            stranger = &c;
    }
    REQUIRE(stranger);
    const QString strangerId = stranger->telephonySessionId;

    const SimReply own = f.client->apiGet(sessionPath(mineId), user);
    INFO(own.describe().toStdString());
    CHECK(own.status == 200);
    requireNotFound(f.client->apiGet(sessionPath(strangerId), user), strangerId);
    // An administrator sees it.
    CHECK(f.client->apiGet(sessionPath(strangerId), f.adminToken()).status == 200);
}

TEST_CASE("The session GET needs Call Control and a valid bearer token, and is counted as Light",
          "[sessions]")
{
    SECTION("without Call Control: 403 CMN-401")
    {
        SimOptions o = frozenOptions();
        o.callControl = false;
        SimFixture f(o);
        const SimCall &any = f.server.calls().calls().back();
        const SimReply r = f.client->apiGet(sessionPath(any.telephonySessionId), f.adminToken());
        INFO(r.describe().toStdString());
        REQUIRE(r.status == 403);
        CHECK(r.errorCode() == QStringLiteral("InsufficientPermissions"));
        CHECK(r.firstErrorCode() == QStringLiteral("CMN-401"));
        CHECK(r.firstError().value(QStringLiteral("message")).toString()
              == QStringLiteral(
                  "In order to call this API endpoint, application needs to have [CallControl] permission"));
    }
    SECTION("bearer token")
    {
        SimFixture f;
        CHECK(f.client->get(sessionPath(QStringLiteral("s-x"))).firstErrorCode()
              == QStringLiteral("AGW-401"));
        CHECK(f.client->apiGet(sessionPath(QStringLiteral("s-x")), QStringLiteral("bogus")).firstErrorCode()
              == QStringLiteral("OAU-213"));
    }
    SECTION("Light budget")
    {
        SimFixture f;
        f.server.rateLimiter().setLimit(sim::ThrottlingGroup::Light, { 3, 60, 60 });
        const QString admin = f.adminToken();
        const QString id = f.server.calls().calls().back().telephonySessionId;
        for (int i = 0; i < 3; ++i) {
            const SimReply r = f.client->apiGet(sessionPath(id), admin);
            CHECK(r.status != 429);
            CHECK(r.header("X-Rate-Limit-Remaining") == QByteArray::number(2 - i));
        }
        const SimReply limited = f.client->apiGet(sessionPath(id), admin);
        CHECK(limited.status == 429);
        CHECK(limited.hasHeader("Retry-After"));
    }
}

TEST_CASE("A live RingOut may be listed as 'Call connected' with duration 0 while its session says Answered",
          "[sessions][activecalls]")
{
    SimFixture f(frozenOptions(40));
    f.liftHeavyLimit();
    const QString admin = f.adminToken();
    const SimReply placed = f.client->postJson(QStringLiteral("/sim/control/calls/ringout"), "{}");
    INFO(placed.describe().toStdString());
    REQUIRE(placed.status == 200);
    const QString id = placed.string(QStringLiteral("telephonySessionId"));
    const SimCall call = *f.server.calls().findSession(id);
    CHECK(call.listedAsConnected);
    CHECK(call.isRingOut());

    const auto record = [&]() -> std::optional<QJsonObject> {
        for (const QJsonObject &r :
             fetchAllPages(*f.client, admin, kCompanyCallsPath + QStringLiteral("?perPage=max"))) {
            if (r.value(QStringLiteral("telephonySessionId")).toString() == id)
                return r;
        }
        return std::nullopt;
    };
    f.advanceTo(call.listedFromMs + 1000);
    REQUIRE(f.server.clock().nowMs() < call.endMs);
    const std::optional<QJsonObject> live = record();
    REQUIRE(live);
    INFO(QJsonDocument(*live).toJson(QJsonDocument::Compact).toStdString());
    CHECK(live->value(QStringLiteral("action")).toString() == QStringLiteral("RingOut Web"));
    CHECK(live->value(QStringLiteral("result")).toString() == QStringLiteral("Call connected"));
    CHECK(live->value(QStringLiteral("duration")).toInteger() == 0);
    CHECK(live->value(QStringLiteral("durationMs")).toInteger() == 0);

    // Only the session tells that it goes on.
    const SimReply session = f.client->apiGet(sessionPath(id), admin);
    REQUIRE(session.status == 200);
    CHECK(session.value(QStringLiteral("origin")).toObject().value(QStringLiteral("type")).toString()
          == QStringLiteral("RingOut"));
    bool answered = false;
    for (const QJsonValue &p : session.value(QStringLiteral("parties")).toArray()) {
        if (p.toObject().value(QStringLiteral("id")).toString() == call.partyId(call.recordParty[0]))
            answered = p.toObject()
                           .value(QStringLiteral("status"))
                           .toObject()
                           .value(QStringLiteral("code"))
                           .toString()
                == QStringLiteral("Answered");
    }
    CHECK(answered);

    // Once it really ends, the list gives its true length.
    f.advanceTo(call.endSeenMs + 1000);
    const std::optional<QJsonObject> ended = record();
    REQUIRE(ended);
    CHECK(ended->value(QStringLiteral("result")).toString() == QStringLiteral("Call connected"));
    CHECK(ended->value(QStringLiteral("durationMs")).toInteger() == call.endMs - call.startMs);
    requireNotFound(f.client->apiGet(sessionPath(id), admin), id);

    // Left to itself, the account has such RingOuts too, and only RingOuts are listed so.
    SimFixture busy(frozenOptions(1000));
    int stale = 0;
    for (const SimCall &c : busy.server.calls().calls()) {
        if (c.listedAsConnected) {
            ++stale;
            CHECK(c.isRingOut());
        }
    }
    CHECK(stale > 0);
}
