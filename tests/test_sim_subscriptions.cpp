// What the gateway answers a subscription the app or the user may not have, and the app
// profiles without Call Control or without the WebSocket permission: refusals that look like
// success (200, Active, the filter in disabledFilters), the hard 403 as an injected fault,
// SUB-508 for a filter the platform does not know, and the token's scope.
#include "simpushclient.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace callwatch;
using namespace callwatch::test;

namespace {

const QString kAccountSessions = QStringLiteral("/restapi/v1.0/account/~/telephony/sessions");
const QString kMySessions = QStringLiteral("/restapi/v1.0/account/~/extension/~/telephony/sessions");

SimOptions withoutCallControl()
{
    SimOptions o = frozenOptions();
    o.callControl = false;
    return o;
}

// The filters of an answer, and the filters it disabled.
QStringList eventFilters(const QJsonArray &answer)
{
    QStringList out;
    for (const QJsonValue &v : answer.at(1).toObject().value(QStringLiteral("eventFilters")).toArray())
        out.append(v.toString());
    return out;
}

QJsonArray disabledFilters(const QJsonArray &answer)
{
    return answer.at(1).toObject().value(QStringLiteral("disabledFilters")).toArray();
}

QString errorCodeOf(const QJsonArray &answer)
{
    return answer.at(1)
        .toObject()
        .value(QStringLiteral("errors"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("errorCode"))
        .toString();
}

} // namespace

TEST_CASE("The token's scope lists the app's permissions, minus what its profile lacks", "[subscriptions]")
{
    SECTION("every permission")
    {
        SimFixture f;
        CHECK(f.login(f.server.adminJwt()).value(QStringLiteral("scope")).toString()
              == QStringLiteral("ReadAccounts ReadCallLog ReadPresence WebSocketsSubscription CallControl"));
    }
    SECTION("without Call Control")
    {
        SimFixture f(withoutCallControl());
        CHECK(f.login(f.server.adminJwt()).value(QStringLiteral("scope")).toString()
              == QStringLiteral("ReadAccounts ReadCallLog ReadPresence WebSocketsSubscription"));
    }
    SECTION("without the WebSocket permission")
    {
        SimOptions o = frozenOptions();
        o.webSockets = false;
        SimFixture f(o);
        CHECK(f.login(f.server.adminJwt()).value(QStringLiteral("scope")).toString()
              == QStringLiteral("ReadAccounts ReadCallLog ReadPresence CallControl"));
    }
}

TEST_CASE("Without Call Control the telephony filters come back disabled in an Active subscription",
          "[subscriptions]")
{
    SimFixture f(withoutCallControl());
    SimPushClient ws;
    ws.connectWith(*f.client, f.adminToken());
    const QJsonArray answer = ws.subscribe({ kAccountSessions, kMySessions });
    INFO(QJsonDocument(answer).toJson(QJsonDocument::Compact).toStdString());
    REQUIRE(SimPushClient::statusOf(answer) == 200);
    CHECK(answer.at(1).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("Active"));
    CHECK(eventFilters(answer).isEmpty());
    const QString account = QStringLiteral("/restapi/v1.0/account/%1").arg(f.server.account().id());
    const QJsonArray disabled = disabledFilters(answer);
    REQUIRE(disabled.size() == 2);
    CHECK(disabled.at(0).toObject().value(QStringLiteral("filter")).toString()
          == account + QStringLiteral("/telephony/sessions"));
    CHECK(disabled.at(1).toObject().value(QStringLiteral("filter")).toString()
          == account
              + QStringLiteral("/extension/%1/telephony/sessions").arg(f.server.account().adminUser().id));
    for (const QJsonValue &d : disabled) {
        CHECK_FALSE(d.toObject().value(QStringLiteral("reason")).toString().isEmpty());
        CHECK(d.toObject()
                  .value(QStringLiteral("message"))
                  .toString()
                  .contains(QStringLiteral("[CallControl]")));
    }
    // The same on a later read of the subscription.
    const QString id = answer.at(1).toObject().value(QStringLiteral("id")).toString();
    const QJsonArray read
        = ws.request(QStringLiteral("GET"), QStringLiteral("/restapi/v1.0/subscription/") + id);
    CHECK(disabledFilters(read) == disabled);

    // Calls go on, and nothing is sent.
    for (int i = 0; i < 300; ++i) {
        f.advanceSeconds(1);
        f.server.calls().advance();
    }
    ws.heartbeat(); // everything sent before has arrived
    CHECK(ws.notifications().empty());
}

TEST_CASE("A standard user's account-level telephony filter is disabled, their own filter kept",
          "[subscriptions]")
{
    SimFixture f;
    SimPushClient ws;
    ws.connectWith(*f.client, f.userToken());
    const QJsonArray answer = ws.subscribe({ kAccountSessions, kMySessions });
    REQUIRE(SimPushClient::statusOf(answer) == 200);
    CHECK(answer.at(1).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("Active"));
    const QString account = QStringLiteral("/restapi/v1.0/account/%1").arg(f.server.account().id());
    CHECK(eventFilters(answer)
          == QStringList { QString(account
                                   + QStringLiteral("/extension/%1/telephony/sessions")
                                         .arg(f.server.account().standardUser().id)) });
    REQUIRE(disabledFilters(answer).size() == 1);
    CHECK(disabledFilters(answer).at(0).toObject().value(QStringLiteral("filter")).toString()
          == account + QStringLiteral("/telephony/sessions"));

    SECTION("and another user's extension filter too")
    {
        const QString other = QStringLiteral("/restapi/v1.0/account/~/extension/%1/telephony/sessions")
                                  .arg(f.server.account().adminUser().id);
        const QJsonArray again = ws.subscribe({ other });
        REQUIRE(SimPushClient::statusOf(again) == 200);
        CHECK(eventFilters(again).isEmpty());
        CHECK(disabledFilters(again).size() == 1);
    }
}

TEST_CASE("The hard refusal is an injected fault: the next subscription answers 403",
          "[subscriptions][faults]")
{
    SimFixture f;
    SimPushClient ws;
    ws.connectWith(*f.client, f.adminToken());

    SECTION("CMN-401 through the library")
    {
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::RefuseSubscription;
        f.server.injectFault(fault);
        const QJsonArray refused = ws.subscribe(kAccountSessions);
        CHECK(SimPushClient::statusOf(refused) == 403);
        CHECK(errorCodeOf(refused) == QStringLiteral("CMN-401"));
        CHECK(refused.at(1).toObject().value(QStringLiteral("errorCode")).toString()
              == QStringLiteral("InsufficientPermissions"));
        CHECK(refused.at(1)
                  .toObject()
                  .value(QStringLiteral("message"))
                  .toString()
                  .contains(QStringLiteral("[CallControl]")));
        // Only the next one.
        CHECK(SimPushClient::statusOf(ws.subscribe(kAccountSessions)) == 200);
    }
    SECTION("SUB-528 through the control endpoint, twice, for a change as well")
    {
        const SimReply r
            = f.client->postJson(QStringLiteral("/sim/control/faults"),
                                 R"({"kind":"refuse-subscription","errorCode":"SUB-528","count":2})");
        INFO(r.describe().toStdString());
        REQUIRE(r.status == 200);
        // HTTP requests do not meet a fault made for the socket.
        CHECK(f.client->apiGet(kAccountPath, f.adminToken()).status == 200);
        CHECK(errorCodeOf(ws.subscribe(kAccountSessions)) == QStringLiteral("SUB-528"));
        CHECK(errorCodeOf(ws.subscribe(kAccountSessions)) == QStringLiteral("SUB-528"));
        CHECK(f.server.push().subscriptionCount() == 0);
        const QJsonArray made = ws.subscribe(kAccountSessions);
        REQUIRE(SimPushClient::statusOf(made) == 200);
        f.client->postJson(QStringLiteral("/sim/control/faults"),
                           R"({"kind":"refuse-subscription","errorCode":"CMN-408"})");
        const QJsonArray change = ws.request(
            QStringLiteral("PUT"),
            QStringLiteral("/restapi/v1.0/subscription/")
                + made.at(1).toObject().value(QStringLiteral("id")).toString(),
            QJsonObject {
                { QStringLiteral("eventFilters"), QJsonArray { kMySessions } },
                { QStringLiteral("deliveryMode"),
                  QJsonObject { { QStringLiteral("transportType"), QStringLiteral("WebSocket") } } } });
        CHECK(SimPushClient::statusOf(change) == 403);
        CHECK(errorCodeOf(change) == QStringLiteral("CMN-408"));
    }
    SECTION("an unknown code is refused")
    {
        CHECK(f.client
                  ->postJson(QStringLiteral("/sim/control/faults"),
                             R"({"kind":"refuse-subscription","errorCode":"XYZ-1"})")
                  .status
              == 400);
    }
}

TEST_CASE("A filter the platform does not know answers 400 SUB-508 naming it", "[subscriptions]")
{
    SimFixture f;
    SimPushClient ws;
    ws.connectWith(*f.client, f.adminToken());
    // Messages are not simulated: a filter of theirs is one the simulated platform does not know.
    const QString messages = QStringLiteral("/restapi/v1.0/account/~/extension/~/message-store");
    const QJsonArray answer = ws.subscribe({ kAccountSessions, messages });
    INFO(QJsonDocument(answer).toJson(QJsonDocument::Compact).toStdString());
    CHECK(SimPushClient::statusOf(answer) == 400);
    CHECK(errorCodeOf(answer) == QStringLiteral("SUB-508"));
    CHECK(answer.at(1).toObject().value(QStringLiteral("message")).toString()
          == QStringLiteral("Invalid event filters: [%1]").arg(messages));
    CHECK(f.server.push().subscriptionCount() == 0);
    CHECK(
        errorCodeOf(ws.subscribe(QStringLiteral("/restapi/v1.0/account/~/extension/999/telephony/sessions")))
        == QStringLiteral("SUB-508"));
}

TEST_CASE("Without the WebSocket permission the ws token is refused with 403 CMN-401", "[subscriptions]")
{
    SimOptions o = frozenOptions();
    o.webSockets = false;
    SimFixture f(o);
    const SimReply r = SimPushClient::postWsToken(*f.client, f.adminToken());
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 403);
    CHECK(r.errorCode() == QStringLiteral("InsufficientPermissions"));
    CHECK(r.firstErrorCode() == QStringLiteral("CMN-401"));
    CHECK(r.firstError().value(QStringLiteral("message")).toString()
          == QStringLiteral(
              "In order to call this API endpoint, application needs to have [WebSocketsSubscription] "
              "permission"));
    CHECK(r.header("X-Rate-Limit-Group") == QByteArray("auth"));
}

TEST_CASE("callwatch-sim --no-call-control --no-websocket serves an app without either",
          "[subscriptions][cli]")
{
    QProcess sim;
    sim.start(QStringLiteral(CALLWATCH_SIM_BINARY),
              { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--no-call-control"),
                QStringLiteral("--no-websocket"), QStringLiteral("--calls"), QStringLiteral("5") });
    REQUIRE(sim.waitForStarted(10000));
    REQUIRE(QTest::qWaitFor([&] { return sim.canReadLine(); }, 10000));
    const QString line = QString::fromUtf8(sim.readLine()).trimmed();
    REQUIRE(line.startsWith(QStringLiteral("listening on http://127.0.0.1:")));
    SimTestClient client(QUrl(line.mid(int(qstrlen("listening on ")))), SimOptions {}.clientId,
                         SimOptions {}.clientSecret);

    // Its own administrator JWT, signed by the process, is not known here: ask its control endpoint.
    const SimReply state = client.get(QStringLiteral("/sim/control/state"));
    REQUIRE(state.status == 200);
    const SimReply jwt
        = client.postJson(QStringLiteral("/sim/control/jwt"),
                          QJsonDocument(QJsonObject { { QStringLiteral("extensionId"),
                                                        state.string(QStringLiteral("adminExtensionId")) } })
                              .toJson());
    REQUIRE(jwt.status == 200);
    const SimReply login = client.loginJwt(jwt.string(QStringLiteral("jwt")));
    INFO(login.describe().toStdString());
    REQUIRE(login.status == 200);
    CHECK(login.string(QStringLiteral("scope")) == QStringLiteral("ReadAccounts ReadCallLog ReadPresence"));
    const QString token = login.string(QStringLiteral("access_token"));
    CHECK(SimPushClient::postWsToken(client, token).firstErrorCode() == QStringLiteral("CMN-401"));
    const SimReply session
        = client.apiGet(QStringLiteral("/restapi/v1.0/account/~/telephony/sessions/s-any"), token);
    CHECK(session.status == 403);
    CHECK(session.firstErrorCode() == QStringLiteral("CMN-401"));

    sim.kill();
    sim.waitForFinished(5000);
}
