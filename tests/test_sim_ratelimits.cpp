// Rate limits per app, user and throttling group, with the penalty that restarts on each rejection.
#include "testsupport.h"

using namespace callwatch::test;

namespace {

const QString kExtensionPath = QStringLiteral("/restapi/v1.0/account/~/extension/~");

void requireRateHeaders(const SimReply &r, const char *group, int limit)
{
    INFO(r.describe().toStdString());
    CHECK(r.header("X-Rate-Limit-Group") == QByteArray(group));
    CHECK(r.header("X-Rate-Limit-Limit") == QByteArray::number(limit));
    CHECK(r.hasHeader("X-Rate-Limit-Remaining"));
    CHECK(r.header("X-Rate-Limit-Window") == QByteArray("60"));
    CHECK_FALSE(r.header("RCRequestId").isEmpty());
}

void requireRateLimited(const SimReply &r, const char *group, int limit)
{
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 429);
    CHECK(r.header("Retry-After") == QByteArray("60"));
    CHECK(r.errorCode() == QStringLiteral("CMN-301"));
    CHECK(r.firstErrorCode() == QStringLiteral("CMN-301"));
    requireRateHeaders(r, group, limit);
    CHECK(r.header("X-Rate-Limit-Remaining") == QByteArray("0"));
}

} // namespace

TEST_CASE("Ten heavy requests pass and the eleventh gets 429 with Retry-After and CMN-301", "[ratelimits]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    for (int i = 1; i <= 10; ++i) {
        const SimReply r = sim.client->apiGet(kCompanyCallsPath, token);
        INFO("request " << i << ": " << r.describe().left(300).toStdString());
        REQUIRE(r.status == 200);
        requireRateHeaders(r, "heavy", 10);
        CHECK(r.header("X-Rate-Limit-Remaining") == QByteArray::number(10 - i));
    }
    requireRateLimited(sim.client->apiGet(kCompanyCallsPath, token), "heavy", 10);
    // The extension endpoint is in the same group and bucket.
    requireRateLimited(sim.client->apiGet(kMyCallsPath, token), "heavy", 10);
    // Light requests are counted apart.
    CHECK(sim.client->apiGet(kExtensionPath, token).status == 200);
}

TEST_CASE("Every answer carries the X-Rate-Limit headers of its group", "[ratelimits]")
{
    SimFixture sim;
    const SimReply login = sim.client->loginJwt(sim.server.adminJwt());
    REQUIRE(login.status == 200);
    requireRateHeaders(login, "auth", 5);
    CHECK(login.header("X-Rate-Limit-Remaining") == QByteArray("4"));
    const QString token = login.string(QStringLiteral("access_token"));

    requireRateHeaders(sim.client->apiGet(kExtensionPath, token), "light", 50);
    requireRateHeaders(sim.client->apiGet(kAccountPath, token), "light", 50);
    requireRateHeaders(sim.client->apiGet(kAccountPath + QStringLiteral("/business-address"), token), "light",
                       50);
    requireRateHeaders(sim.client->apiGet(kCompanyCallsPath, token), "heavy", 10);
    requireRateHeaders(sim.client->apiGet(kMyCallsPath, token), "heavy", 10);

    // Errors too: a refused token request, a refused API call.
    SimTestClient impostor(sim.server.baseUrl(), sim.server.options().clientId, QStringLiteral("wrong"));
    const SimReply refused = impostor.loginJwt(sim.server.userJwt());
    CHECK(refused.status == 401);
    requireRateHeaders(refused, "auth", 5);
    const SimReply noToken = sim.client->get(kExtensionPath);
    CHECK(noToken.status == 401);
    requireRateHeaders(noToken, "light", 50);
    const SimReply forbidden = sim.client->apiGet(kCompanyCallsPath, sim.userToken());
    CHECK(forbidden.status == 403);
    requireRateHeaders(forbidden, "heavy", 10);

    const SimReply refreshed = sim.client->refresh(login.string(QStringLiteral("refresh_token")));
    CHECK(refreshed.status == 200);
    requireRateHeaders(refreshed, "auth", 5);
    const SimReply revoked = sim.client->revoke(refreshed.string(QStringLiteral("access_token")));
    CHECK(revoked.status == 200);
    requireRateHeaders(revoked, "auth", 5);
}

TEST_CASE("Each request during the penalty restarts it", "[ratelimits]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    for (int i = 0; i < 10; ++i)
        REQUIRE(sim.client->apiGet(kCompanyCallsPath, token).status == 200);
    requireRateLimited(sim.client->apiGet(kCompanyCallsPath, token), "heavy", 10);

    // A client that keeps calling stays locked out...
    sim.advanceSeconds(59);
    requireRateLimited(sim.client->apiGet(kCompanyCallsPath, token), "heavy", 10);
    sim.advanceSeconds(59);
    requireRateLimited(sim.client->apiGet(kCompanyCallsPath, token), "heavy", 10);

    // ...and one that waits out the full penalty is let in again.
    sim.advanceSeconds(61);
    const SimReply r = sim.client->apiGet(kCompanyCallsPath, token);
    INFO(r.describe().left(300).toStdString());
    CHECK(r.status == 200);
    CHECK(r.header("X-Rate-Limit-Remaining") == QByteArray("9"));
}

TEST_CASE("The heavy window slides: a minute after the tenth request there is room again", "[ratelimits]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    for (int i = 0; i < 5; ++i)
        REQUIRE(sim.client->apiGet(kCompanyCallsPath, token).status == 200);
    sim.advanceSeconds(30);
    for (int i = 0; i < 5; ++i)
        REQUIRE(sim.client->apiGet(kCompanyCallsPath, token).status == 200);

    // 31 s later the first five have left the window; the last five have not.
    sim.advanceSeconds(31);
    for (int i = 0; i < 5; ++i) {
        INFO("request " << i + 1 << " after the window slid");
        CHECK(sim.client->apiGet(kCompanyCallsPath, token).status == 200);
    }
    requireRateLimited(sim.client->apiGet(kCompanyCallsPath, token), "heavy", 10);
}

TEST_CASE("Rate limits are kept per app and user", "[ratelimits]")
{
    SimFixture sim;
    const QString adminToken = sim.adminToken();
    const QString userToken = sim.userToken();
    for (int i = 0; i < 10; ++i)
        REQUIRE(sim.client->apiGet(kCompanyCallsPath, adminToken).status == 200);
    requireRateLimited(sim.client->apiGet(kMyCallsPath, adminToken), "heavy", 10);

    // The admin's exhausted budget is not the user's.
    const SimReply r = sim.client->apiGet(kMyCallsPath, userToken);
    INFO(r.describe().left(300).toStdString());
    CHECK(r.status == 200);
    CHECK(r.header("X-Rate-Limit-Remaining") == QByteArray("9"));

    // A second session of the admin (same app, same user) shares the admin's budget.
    requireRateLimited(sim.client->apiGet(kMyCallsPath, sim.adminToken()), "heavy", 10);
}

TEST_CASE("The sixth token request within a minute gets 429", "[ratelimits]")
{
    SimFixture sim;
    for (int i = 1; i <= 5; ++i) {
        const SimReply r = sim.client->loginJwt(sim.server.adminJwt());
        INFO("sign-in " << i << ": " << r.describe().toStdString());
        REQUIRE(r.status == 200);
        CHECK(r.header("X-Rate-Limit-Remaining") == QByteArray::number(5 - i));
    }
    requireRateLimited(sim.client->loginJwt(sim.server.adminJwt()), "auth", 5);

    // Another user of the same app has their own Auth budget.
    CHECK(sim.client->loginJwt(sim.server.userJwt()).status == 200);

    // After the penalty the admin can sign in again.
    sim.advanceSeconds(61);
    CHECK(sim.client->loginJwt(sim.server.adminJwt()).status == 200);
}

TEST_CASE("Refreshes and revokes count against the token owner's Auth budget", "[ratelimits]")
{
    SimFixture sim;
    const SimReply login = sim.client->loginJwt(sim.server.adminJwt());
    REQUIRE(login.status == 200);
    CHECK(login.header("X-Rate-Limit-Remaining") == QByteArray("4"));

    // A refresh is the admin's Auth request like the sign-in before it.
    QString refreshToken = login.string(QStringLiteral("refresh_token"));
    for (int i = 1; i <= 3; ++i) {
        const SimReply r = sim.client->refresh(refreshToken);
        INFO("refresh " << i << ": " << r.describe().toStdString());
        REQUIRE(r.status == 200);
        CHECK(r.header("X-Rate-Limit-Remaining") == QByteArray::number(4 - i));
        refreshToken = r.string(QStringLiteral("refresh_token"));
    }
    // So is a revoke by refresh token: the fifth Auth request of the minute.
    const SimReply revoked = sim.client->revoke(refreshToken);
    INFO(revoked.describe().toStdString());
    CHECK(revoked.status == 200);
    CHECK(revoked.header("X-Rate-Limit-Remaining") == QByteArray("0"));
    requireRateLimited(sim.client->loginJwt(sim.server.adminJwt()), "auth", 5);

    // The standard user's refreshes have a budget of their own.
    const SimReply userLogin = sim.client->loginJwt(sim.server.userJwt());
    REQUIRE(userLogin.status == 200);
    const SimReply userRefresh = sim.client->refresh(userLogin.string(QStringLiteral("refresh_token")));
    INFO(userRefresh.describe().toStdString());
    CHECK(userRefresh.status == 200);
    CHECK(userRefresh.header("X-Rate-Limit-Remaining") == QByteArray("3"));
}
