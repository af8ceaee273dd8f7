// Injected faults, through the library API and the loopback control endpoint.
#include "testsupport.h"

using namespace callwatch::test;
using callwatch::sim::Fault;

namespace {

const QString kExtensionPath = QStringLiteral("/restapi/v1.0/account/~/extension/~");
const QString kFaultsPath = QStringLiteral("/sim/control/faults");

Fault fault(Fault::Kind kind, int count = 1)
{
    Fault f;
    f.kind = kind;
    f.count = count;
    return f;
}

SimReply postFault(SimFixture &sim, const QJsonObject &json)
{
    const SimReply r = sim.client->postJson(kFaultsPath, QJsonDocument(json).toJson(QJsonDocument::Compact));
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 200);
    return r;
}

} // namespace

TEST_CASE("An injected 503 answers with Retry-After and CMN-201, count times, then normally", "[faults]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    Fault f = fault(Fault::Kind::Status, 2);
    f.status = 503;
    f.retryAfterSeconds = 7;
    sim.server.injectFault(f);

    for (int i = 0; i < 2; ++i) {
        const SimReply r = sim.client->apiGet(kExtensionPath, token);
        INFO("request " << i + 1 << ": " << r.describe().toStdString());
        REQUIRE(r.status == 503);
        CHECK(r.header("Retry-After") == QByteArray("7"));
        CHECK(r.errorCode() == QStringLiteral("CMN-201"));
        CHECK(r.firstErrorCode() == QStringLiteral("CMN-201"));
    }
    CHECK(sim.client->apiGet(kExtensionPath, token).status == 200);
}

TEST_CASE("An injected 500 answers CMN-203", "[faults]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    Fault f = fault(Fault::Kind::Status);
    f.status = 500;
    sim.server.injectFault(f);

    const SimReply r = sim.client->apiGet(kExtensionPath, token);
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 500);
    CHECK(r.firstErrorCode() == QStringLiteral("CMN-203"));
    CHECK(sim.client->apiGet(kExtensionPath, token).status == 200);
}

TEST_CASE("An injected 429 looks like the platform's rate-limit answer", "[faults]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    Fault f = fault(Fault::Kind::Status);
    f.status = 429;
    sim.server.injectFault(f);

    const SimReply r = sim.client->apiGet(kCompanyCallsPath, token);
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 429);
    CHECK(r.header("Retry-After") == QByteArray("60"));
    CHECK(r.firstErrorCode() == QStringLiteral("CMN-301"));
}

TEST_CASE("A fault posted to the control endpoint hits only matching paths, count times", "[faults]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    const SimReply posted
        = postFault(sim,
                    QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
                                  { QStringLiteral("status"), 503 },
                                  { QStringLiteral("count"), 2 },
                                  { QStringLiteral("retryAfter"), 5 },
                                  { QStringLiteral("path"), QStringLiteral("active-calls") } });
    CHECK(posted.value(QStringLiteral("ok")).toBool());
    CHECK(posted.value(QStringLiteral("pending")).toInt() == 1);

    // Other paths are untouched and do not use the fault up.
    CHECK(sim.client->apiGet(kExtensionPath, token).status == 200);
    CHECK(sim.client->apiGet(kAccountPath, token).status == 200);

    for (const QString &path : { kCompanyCallsPath, kMyCallsPath }) {
        const SimReply r = sim.client->apiGet(path, token);
        INFO(path.toStdString() << ": " << r.describe().toStdString());
        REQUIRE(r.status == 503);
        CHECK(r.header("Retry-After") == QByteArray("5"));
        CHECK(r.firstErrorCode() == QStringLiteral("CMN-201"));
    }
    CHECK(sim.client->apiGet(kCompanyCallsPath, token).status == 200);
}

TEST_CASE("Faults can be cleared through the API and the control endpoint", "[faults]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    Fault f = fault(Fault::Kind::Status, 100);
    sim.server.injectFault(f);
    sim.server.clearFaults();
    CHECK(sim.client->apiGet(kExtensionPath, token).status == 200);

    postFault(sim,
              QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
                            { QStringLiteral("count"), 100 } });
    SimTestClient::Request del;
    del.method = "DELETE";
    del.url = sim.client->url(kFaultsPath);
    CHECK(sim.client->send(del).status == 200);
    CHECK(sim.client->apiGet(kExtensionPath, token).status == 200);
}

TEST_CASE("A slow answer arrives intact after its delay unless the client gives up first", "[faults]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    const SimReply normal = sim.client->apiGet(kExtensionPath, token);
    REQUIRE(normal.status == 200);

    Fault f = fault(Fault::Kind::Slow);
    f.delayMs = 600;
    sim.server.injectFault(f);

    SimTestClient::Request req;
    req.url = sim.client->url(kExtensionPath);
    req.headers = { { "Authorization", "Bearer " + token.toUtf8() } };

    SECTION("a client that waits longer than the delay gets the normal answer")
    {
        req.transferTimeoutMs = 5000;
        const SimReply r = sim.client->send(req);
        INFO(r.describe().toStdString());
        CHECK(r.status == 200);
        CHECK(r.error == QNetworkReply::NoError);
        CHECK(r.body == normal.body);
    }
    SECTION("a client whose timeout is shorter than the delay sees a timeout, not an answer")
    {
        req.transferTimeoutMs = 100;
        const SimReply r = sim.client->send(req);
        INFO(r.describe().toStdString());
        CHECK(r.status == 0);
        CHECK_FALSE(r.waitExpired);
        CHECK((r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError));
        // The fault was used up: the next request is answered at once.
        CHECK(sim.client->apiGet(kExtensionPath, token).status == 200);
    }
}

TEST_CASE("A dropped connection reaches the client as a network error, not an HTTP status", "[faults]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    // Qt's client quietly resends a request once when its connection closes before any
    // answer (Qt 6.4 does), so the fault outlasts that retry.
    sim.server.injectFault(fault(Fault::Kind::Drop, 3));

    const SimReply r = sim.client->apiGet(kExtensionPath, token);
    INFO(r.describe().toStdString());
    CHECK(r.status == 0);
    CHECK_FALSE(r.waitExpired);
    CHECK(r.error == QNetworkReply::RemoteHostClosedError);
    CHECK(r.body.isEmpty());

    sim.server.clearFaults();
    CHECK(sim.client->apiGet(kExtensionPath, token).status == 200);
}

TEST_CASE("A malformed answer is a 200 whose body is not JSON", "[faults]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    sim.server.injectFault(fault(Fault::Kind::Malformed));

    const SimReply r = sim.client->apiGet(kCompanyCallsPath, token);
    INFO(r.describe().toStdString());
    CHECK(r.status == 200);
    CHECK_FALSE(r.body.isEmpty());
    CHECK_FALSE(r.isJson);
    CHECK(sim.client->apiGet(kCompanyCallsPath, token).isJson);
}

TEST_CASE("A truncated answer is a strict prefix of the real JSON and does not parse", "[faults]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    const SimReply whole = sim.client->apiGet(kExtensionPath, token);
    REQUIRE(whole.status == 200);
    REQUIRE(whole.isJson);

    sim.server.injectFault(fault(Fault::Kind::Truncated));
    const SimReply cut = sim.client->apiGet(kExtensionPath, token);
    INFO(cut.describe().toStdString());
    CHECK(cut.status == 200);
    CHECK(cut.error == QNetworkReply::NoError);
    CHECK_FALSE(cut.body.isEmpty());
    CHECK(cut.body.size() < whole.body.size());
    CHECK(whole.body.startsWith(cut.body));
    CHECK_FALSE(cut.isJson);
}

TEST_CASE("A huge answer has the requested size", "[faults]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    Fault f = fault(Fault::Kind::Huge);
    f.bytes = 3 * 1024 * 1024 + 17;
    sim.server.injectFault(f);

    const SimReply r = sim.client->apiGet(kCompanyCallsPath, token);
    CHECK(r.status == 200);
    CHECK(r.body.size() == f.bytes);
    CHECK(r.isJson);
}

TEST_CASE("A huge fault posted as JSON gives a body of that many bytes", "[faults]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    postFault(sim,
              QJsonObject { { QStringLiteral("kind"), QStringLiteral("huge") },
                            { QStringLiteral("bytes"), 250000 } });
    const SimReply r = sim.client->apiGet(kCompanyCallsPath, token);
    CHECK(r.status == 200);
    CHECK(r.body.size() == 250000);
}

TEST_CASE("POST /sim/control/expire-access-tokens makes the next API call 401 OAU-128", "[faults]")
{
    SimFixture sim;
    const QJsonObject t = sim.login(sim.server.adminJwt());
    const QString token = t.value(QStringLiteral("access_token")).toString();
    REQUIRE(sim.client->apiGet(kExtensionPath, token).status == 200);

    const SimReply control = sim.client->postJson(QStringLiteral("/sim/control/expire-access-tokens"), {});
    REQUIRE(control.status == 200);

    const SimReply r = sim.client->apiGet(kExtensionPath, token);
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 401);
    CHECK(r.errorCode() == QStringLiteral("TokenInvalid"));
    CHECK(r.firstErrorCode() == QStringLiteral("OAU-128"));

    // The refresh token still works.
    const SimReply refreshed = sim.client->refresh(t.value(QStringLiteral("refresh_token")).toString());
    REQUIRE(refreshed.status == 200);
    CHECK(sim.client->apiGet(kExtensionPath, refreshed.string(QStringLiteral("access_token"))).status == 200);
}

TEST_CASE("POST /sim/control/revoke-refresh-tokens makes a refresh fail with 400 invalid_grant", "[faults]")
{
    SimFixture sim;
    const QJsonObject t = sim.login(sim.server.adminJwt());
    REQUIRE(sim.client->postJson(QStringLiteral("/sim/control/revoke-refresh-tokens"), {}).status == 200);

    const SimReply r = sim.client->refresh(t.value(QStringLiteral("refresh_token")).toString());
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 400);
    CHECK(r.oauthError() == QStringLiteral("invalid_grant"));
    // The access token is untouched.
    CHECK(sim.client->apiGet(kExtensionPath, t.value(QStringLiteral("access_token")).toString()).status
          == 200);
}

TEST_CASE("The control endpoint rejects bad JSON and bad faults with 400", "[faults]")
{
    SimFixture sim;
    const auto post = [&](const QString &path, const QByteArray &body) {
        const SimReply r = sim.client->postJson(path, body);
        INFO(path.toStdString() << " " << body.toStdString() << ": " << r.describe().toStdString());
        CHECK(r.status == 400);
        CHECK_FALSE(r.firstErrorCode().isEmpty());
    };
    post(kFaultsPath, "{\"kind\": \"status\", ");
    post(kFaultsPath, "not json at all");
    post(kFaultsPath, "{\"kind\":\"explode\"}");
    post(kFaultsPath, "{\"kind\":\"status\",\"status\":200}");
    post(kFaultsPath, "{\"kind\":\"status\",\"count\":0}");
    post(QStringLiteral("/sim/control/advance"), "{\"seconds\": ");
    post(QStringLiteral("/sim/control/advance"), "{\"seconds\": -5}");

    // Nothing was queued by the refused requests.
    CHECK(sim.client->apiGet(kExtensionPath, sim.adminToken()).status == 200);
}

TEST_CASE("POST /sim/control/advance moves the simulated clock", "[faults]")
{
    SimFixture sim;
    const qint64 before = sim.server.clock().nowMs();
    const SimReply r = sim.client->postJson(QStringLiteral("/sim/control/advance"), "{\"seconds\": 90}");
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 200);
    CHECK(sim.server.clock().nowMs() - before == 90000);
}

TEST_CASE("GET /sim/control/state lists the requests with their group and status", "[faults]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    REQUIRE(sim.client->apiGet(kCompanyCallsPath, token).status == 200);
    REQUIRE(sim.client->apiGet(kExtensionPath, token).status == 200);
    REQUIRE(sim.client->get(kExtensionPath).status == 401);

    const SimReply r = sim.client->get(QStringLiteral("/sim/control/state"));
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 200);
    const QJsonArray requests = r.value(QStringLiteral("requests")).toArray();
    REQUIRE(requests.size() == 4);
    const auto entry = [&](int i) { return requests.at(i).toObject(); };
    CHECK(entry(0).value(QStringLiteral("path")).toString() == QStringLiteral("/restapi/oauth/token"));
    CHECK(entry(0).value(QStringLiteral("group")).toString() == QStringLiteral("auth"));
    CHECK(entry(0).value(QStringLiteral("status")).toInt() == 200);
    CHECK(entry(1).value(QStringLiteral("path")).toString() == kCompanyCallsPath);
    CHECK(entry(1).value(QStringLiteral("group")).toString() == QStringLiteral("heavy"));
    CHECK(entry(1).value(QStringLiteral("status")).toInt() == 200);
    CHECK(entry(1).value(QStringLiteral("user")).toString()
          == QString::number(sim.server.account().adminUser().id));
    CHECK(entry(2).value(QStringLiteral("group")).toString() == QStringLiteral("light"));
    CHECK(entry(3).value(QStringLiteral("status")).toInt() == 401);
    CHECK(entry(3).value(QStringLiteral("method")).toString() == QStringLiteral("GET"));

    CHECK(r.value(QStringLiteral("adminExtensionId")).toString()
          == QString::number(sim.server.account().adminUser().id));
    CHECK(r.value(QStringLiteral("userExtensionId")).toString()
          == QString::number(sim.server.account().standardUser().id));
    CHECK(r.value(QStringLiteral("sessions")).toInt() == 1);
    CHECK(sim.server.requestLog().size() == 4);
}
