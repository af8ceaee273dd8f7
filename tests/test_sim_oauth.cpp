// The simulator's OAuth service and bearer authentication, as a client meets them over HTTP.
#include "testsupport.h"

using namespace callwatch::test;

namespace {

const QString kExtensionPath = QStringLiteral("/restapi/v1.0/account/~/extension/~");

QString field(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

void requireTokenInvalid(const SimReply &r, const char *code)
{
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 401);
    CHECK(r.errorCode() == QStringLiteral("TokenInvalid"));
    CHECK(r.firstErrorCode() == QLatin1String(code));
    CHECK(r.header("WWW-Authenticate") == QByteArray("Bearer realm=\"RingCentral REST API\""));
    CHECK_FALSE(r.header("RCRequestId").isEmpty());
}

void requireInvalidGrant(const SimReply &r)
{
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 400);
    CHECK(r.oauthError() == QStringLiteral("invalid_grant"));
    CHECK(r.firstErrorCode().startsWith(QLatin1String("OAU-")));
}

} // namespace

TEST_CASE("A JWT sign-in with Basic client authentication returns every token field", "[oauth]")
{
    SimFixture sim;
    const SimReply r = sim.client->loginJwt(sim.server.adminJwt());
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 200);
    REQUIRE(r.isJson);
    const QJsonObject t = r.object();

    CHECK_FALSE(field(t, "access_token").isEmpty());
    CHECK(field(t, "token_type") == QStringLiteral("bearer"));
    CHECK(t.value(QStringLiteral("expires_in")).toInt() == 3600);
    CHECK_FALSE(field(t, "refresh_token").isEmpty());
    CHECK(field(t, "refresh_token") != field(t, "access_token"));
    CHECK(t.value(QStringLiteral("refresh_token_expires_in")).toInt() == 604800);
    CHECK_FALSE(field(t, "scope").isEmpty());
    CHECK(field(t, "owner_id") == QString::number(sim.server.account().adminUser().id));
    CHECK_FALSE(field(t, "endpoint_id").isEmpty());
    CHECK_FALSE(field(t, "session_id").isEmpty());
    CHECK(r.header("Content-Type").startsWith("application/json"));
}

TEST_CASE("A JWT sign-in echoes the endpoint_id the client sent", "[oauth]")
{
    SimFixture sim;
    const QJsonObject t
        = sim.login(sim.server.userJwt(), { { QStringLiteral("endpoint_id"), QStringLiteral("cw-test-1") } });
    CHECK(field(t, "endpoint_id") == QStringLiteral("cw-test-1"));
    CHECK(field(t, "owner_id") == QString::number(sim.server.account().standardUser().id));
}

TEST_CASE("A public app authenticates with client_id in the body", "[oauth]")
{
    SimOptions options = frozenOptions();
    options.clientSecret.clear();
    SimFixture sim(options);

    const SimReply login = sim.client->loginJwt(sim.server.adminJwt());
    INFO(login.describe().toStdString());
    REQUIRE(login.status == 200);
    const QJsonObject t = login.object();
    CHECK(field(t, "token_type") == QStringLiteral("bearer"));

    const SimReply refreshed = sim.client->refresh(field(t, "refresh_token"));
    INFO(refreshed.describe().toStdString());
    REQUIRE(refreshed.status == 200);
    const QString access = refreshed.string(QStringLiteral("access_token"));
    CHECK(sim.client->apiGet(kExtensionPath, access).status == 200);

    const SimReply revoked = sim.client->revoke(access);
    CHECK(revoked.status == 200);
    requireTokenInvalid(sim.client->apiGet(kExtensionPath, access), "OAU-213");
}

TEST_CASE("A wrong client id is refused with 400 invalid_client OAU-153", "[oauth]")
{
    SimFixture sim;
    SimTestClient stranger(sim.server.baseUrl(), QStringLiteral("someone-else"),
                           sim.server.options().clientSecret);
    const SimReply r = stranger.loginJwt(sim.server.adminJwt());
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 400);
    CHECK(r.oauthError() == QStringLiteral("invalid_client"));
    CHECK(r.firstErrorCode() == QStringLiteral("OAU-153"));
    CHECK(r.firstError().value(QStringLiteral("parameterName")).toString() == QStringLiteral("client_id"));
}

TEST_CASE("A wrong client secret is refused with 401 invalid_client OAU-146", "[oauth]")
{
    SimFixture sim;
    SimTestClient impostor(sim.server.baseUrl(), sim.server.options().clientId,
                           QStringLiteral("not-the-secret"));
    const SimReply r = impostor.loginJwt(sim.server.adminJwt());
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 401);
    CHECK(r.oauthError() == QStringLiteral("invalid_client"));
    CHECK(r.firstErrorCode() == QStringLiteral("OAU-146"));
}

TEST_CASE("A token request without client authentication is refused with 400 OAU-123", "[oauth]")
{
    SimFixture sim;
    SimTestClient::Request req;
    req.method = "POST";
    req.url = sim.client->url(QStringLiteral("/restapi/oauth/token"));
    req.headers = { { "Content-Type", "application/x-www-form-urlencoded" } };
    req.body = SimTestClient::formEncode(
        { { QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer") },
          { QStringLiteral("assertion"), sim.server.adminJwt() } });
    const SimReply r = sim.client->send(req);
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 400);
    CHECK(r.oauthError() == QStringLiteral("invalid_client"));
    CHECK(r.firstErrorCode() == QStringLiteral("OAU-123"));
}

TEST_CASE("A token request that is not form-encoded is refused with 415", "[oauth]")
{
    SimFixture sim;
    SimTestClient::Request req;
    req.method = "POST";
    req.url = sim.client->url(QStringLiteral("/restapi/oauth/token"));
    req.headers
        = { { "Content-Type", "application/json" }, { "Authorization", sim.client->basicAuthorization() } };
    req.body = QJsonDocument(QJsonObject { { QStringLiteral("grant_type"),
                                             QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer") },
                                           { QStringLiteral("assertion"), sim.server.adminJwt() } })
                   .toJson(QJsonDocument::Compact);
    const SimReply r = sim.client->send(req);
    INFO(r.describe().toStdString());
    CHECK(r.status == 415);
}

TEST_CASE("A garbage JWT is refused with 400 invalid_grant", "[oauth]")
{
    SimFixture sim;
    requireInvalidGrant(sim.client->loginJwt(QStringLiteral("not.a-jwt.at-all")));

    // A JWT the simulator did not sign, however well formed, is garbage too.
    QString forged = sim.server.adminJwt();
    forged.chop(4);
    forged += QStringLiteral("AAAA");
    requireInvalidGrant(sim.client->loginJwt(forged));
}

TEST_CASE("An expired JWT is refused with 400 invalid_grant OAU-210", "[oauth]")
{
    SimFixture sim;
    const QString expired = sim.server.mintJwt(sim.server.account().adminUser().id, -60);
    const SimReply r = sim.client->loginJwt(expired);
    requireInvalidGrant(r);
    CHECK(r.firstErrorCode() == QStringLiteral("OAU-210"));

    // The same user with a JWT that is still valid signs in.
    const QString fresh = sim.server.mintJwt(sim.server.account().adminUser().id, 3600);
    CHECK(sim.client->loginJwt(fresh).status == 200);
}

TEST_CASE("A refresh rotates both tokens and the old access token dies at once", "[oauth]")
{
    SimFixture sim;
    const QJsonObject first = sim.login(sim.server.adminJwt());
    REQUIRE(sim.client->apiGet(kExtensionPath, field(first, "access_token")).status == 200);

    const SimReply r = sim.client->refresh(field(first, "refresh_token"));
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 200);
    const QJsonObject second = r.object();
    CHECK(field(second, "token_type") == QStringLiteral("bearer"));
    CHECK(field(second, "access_token") != field(first, "access_token"));
    CHECK(field(second, "refresh_token") != field(first, "refresh_token"));
    CHECK(field(second, "session_id") == field(first, "session_id"));
    CHECK(field(second, "owner_id") == field(first, "owner_id"));

    requireTokenInvalid(sim.client->apiGet(kExtensionPath, field(first, "access_token")), "OAU-213");
    CHECK(sim.client->apiGet(kExtensionPath, field(second, "access_token")).status == 200);
}

TEST_CASE("Replaying the old refresh token right away returns the same new pair", "[oauth]")
{
    SimFixture sim;
    const QJsonObject first = sim.login(sim.server.adminJwt());
    const SimReply rotated = sim.client->refresh(field(first, "refresh_token"));
    REQUIRE(rotated.status == 200);

    const SimReply replayed = sim.client->refresh(field(first, "refresh_token"));
    INFO(replayed.describe().toStdString());
    REQUIRE(replayed.status == 200);
    CHECK(replayed.string(QStringLiteral("access_token")) == rotated.string(QStringLiteral("access_token")));
    CHECK(replayed.string(QStringLiteral("refresh_token"))
          == rotated.string(QStringLiteral("refresh_token")));
}

TEST_CASE("While the new access token is unused the old refresh token stays replayable", "[oauth]")
{
    SimFixture sim;
    const QJsonObject first = sim.login(sim.server.adminJwt());
    const SimReply rotated = sim.client->refresh(field(first, "refresh_token"));
    REQUIRE(rotated.status == 200);

    sim.advanceSeconds(30 * 60);
    const SimReply replayed = sim.client->refresh(field(first, "refresh_token"));
    INFO(replayed.describe().toStdString());
    REQUIRE(replayed.status == 200);
    CHECK(replayed.string(QStringLiteral("access_token")) == rotated.string(QStringLiteral("access_token")));
}

TEST_CASE("The old refresh token dies 10 s after the new access token is first used", "[oauth]")
{
    SimFixture sim;
    const QJsonObject first = sim.login(sim.server.adminJwt());
    const SimReply rotated = sim.client->refresh(field(first, "refresh_token"));
    REQUIRE(rotated.status == 200);
    REQUIRE(sim.client->apiGet(kExtensionPath, rotated.string(QStringLiteral("access_token"))).status == 200);

    // Within the grace the replay still gives the same pair...
    sim.advanceSeconds(5);
    const SimReply early = sim.client->refresh(field(first, "refresh_token"));
    REQUIRE(early.status == 200);
    CHECK(early.string(QStringLiteral("access_token")) == rotated.string(QStringLiteral("access_token")));

    // ...and after it the old refresh token is refused.
    sim.advanceSeconds(6);
    requireInvalidGrant(sim.client->refresh(field(first, "refresh_token")));

    // The session itself lives on with the new refresh token.
    CHECK(sim.client->refresh(rotated.string(QStringLiteral("refresh_token"))).status == 200);
}

TEST_CASE("An expired refresh token is refused with 400 invalid_grant", "[oauth]")
{
    SimOptions options = frozenOptions();
    options.refreshTtl = 120;
    SimFixture sim(options);
    const QJsonObject t = sim.login(sim.server.adminJwt());
    CHECK(t.value(QStringLiteral("refresh_token_expires_in")).toInt() == 120);

    sim.advanceSeconds(121);
    requireInvalidGrant(sim.client->refresh(field(t, "refresh_token")));
}

TEST_CASE("Revoking a token ends the whole session, access and refresh", "[oauth]")
{
    SimFixture sim;
    const QJsonObject t = sim.login(sim.server.adminJwt());
    const QString access = field(t, "access_token");
    REQUIRE(sim.client->apiGet(kExtensionPath, access).status == 200);

    const bool byAccess = GENERATE(true, false);
    INFO((byAccess ? "revoking the access token" : "revoking the refresh token"));
    const SimReply revoked = sim.client->revoke(byAccess ? access : field(t, "refresh_token"));
    INFO(revoked.describe().toStdString());
    REQUIRE(revoked.status == 200);
    CHECK(revoked.body.isEmpty());

    requireTokenInvalid(sim.client->apiGet(kExtensionPath, access), "OAU-213");
    requireInvalidGrant(sim.client->refresh(field(t, "refresh_token")));
    CHECK(sim.server.sessions().sessionCount() == 0);
}

TEST_CASE("access_token_ttl is honoured within the app's lifetime and -1 means the default", "[oauth]")
{
    SimFixture sim;
    const auto expiresIn = [&](const char *ttl) {
        return sim
            .login(sim.server.adminJwt(), { { QStringLiteral("access_token_ttl"), QLatin1String(ttl) } })
            .value(QStringLiteral("expires_in"))
            .toInt();
    };
    CHECK(expiresIn("1200") == 1200);
    CHECK(expiresIn("99999") == 3600);
    CHECK(expiresIn("-1") == 3600); // what the official SDK sends after a 401
    CHECK(expiresIn("100") == 600); // the platform's minimum
}

TEST_CASE("With a 5 s app token lifetime an API call after 6 s gets 401 TokenInvalid OAU-128", "[oauth]")
{
    SimOptions options = frozenOptions();
    options.accessTtl = 5;
    SimFixture sim(options);
    const QJsonObject t = sim.login(sim.server.adminJwt());
    CHECK(t.value(QStringLiteral("expires_in")).toInt() == 5);
    REQUIRE(sim.client->apiGet(kExtensionPath, field(t, "access_token")).status == 200);

    sim.advanceSeconds(6);
    requireTokenInvalid(sim.client->apiGet(kExtensionPath, field(t, "access_token")), "OAU-128");

    // A refresh gets the session going again.
    const SimReply refreshed = sim.client->refresh(field(t, "refresh_token"));
    REQUIRE(refreshed.status == 200);
    CHECK(sim.client->apiGet(kExtensionPath, refreshed.string(QStringLiteral("access_token"))).status == 200);
}

TEST_CASE("The sixth session of a user evicts the oldest one", "[oauth]")
{
    SimFixture sim;
    QList<QJsonObject> sessions;
    for (int i = 0; i < 6; ++i) {
        sessions.append(sim.login(sim.server.userJwt()));
        sim.advanceSeconds(15); // stay under the Auth group's 5 requests a minute
    }
    const QString adminAccess = sim.adminToken();

    requireTokenInvalid(sim.client->apiGet(kExtensionPath, field(sessions[0], "access_token")), "OAU-213");
    requireInvalidGrant(sim.client->refresh(field(sessions[0], "refresh_token")));
    for (int i = 1; i < 6; ++i) {
        INFO("session " << i + 1);
        CHECK(sim.client->apiGet(kExtensionPath, field(sessions[i], "access_token")).status == 200);
    }
    // Another user's sessions do not count against this user's five.
    CHECK(sim.client->apiGet(kExtensionPath, adminAccess).status == 200);
}

TEST_CASE("The bearer scheme is matched case-insensitively", "[bearer]")
{
    SimFixture sim;
    const QByteArray token = sim.adminToken().toUtf8();
    for (const QByteArray &scheme : { QByteArray("bearer"), QByteArray("Bearer"), QByteArray("BEARER") }) {
        const SimReply r = sim.client->get(kExtensionPath, { { "Authorization", scheme + ' ' + token } });
        INFO(scheme.toStdString() << ": " << r.describe().toStdString());
        CHECK(r.status == 200);
    }
}

TEST_CASE("An API call without an Authorization header gets 401 AGW-401", "[bearer]")
{
    SimFixture sim;
    const SimReply r = sim.client->get(kExtensionPath);
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 401);
    CHECK(r.errorCode() == QStringLiteral("AGW-401"));
    CHECK(r.firstErrorCode() == QStringLiteral("AGW-401"));
    CHECK(r.hasHeader("WWW-Authenticate"));
}

TEST_CASE("An API call with a Basic Authorization header gets 401 AGW-402", "[bearer]")
{
    SimFixture sim;
    const SimReply r = sim.client->get(kExtensionPath, { { "Authorization", "Basic x" } });
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 401);
    CHECK(r.firstErrorCode() == QStringLiteral("AGW-402"));
    CHECK(r.hasHeader("WWW-Authenticate"));
}

TEST_CASE("An API call with an unknown bearer token gets 401 TokenInvalid OAU-213", "[bearer]")
{
    SimFixture sim;
    requireTokenInvalid(sim.client->apiGet(kExtensionPath, QStringLiteral("U0pDMDFQMDFQQVMwMHwnot-a-token")),
                        "OAU-213");
}
