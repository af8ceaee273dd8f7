// AuthSession against the simulator: sign-in, renewals, single-flight refresh, fall-backs.
#include "../hostileserver.h"
#include "clientfixture.h"

using namespace callwatch;
using namespace callwatch::test;

TEST_CASE("Signing in with a JWT gives a session for the credential's owner", "[auth]")
{
    ClientFixture f;
    f.useAdmin();
    QSignalSpy signedIn(f.auth.get(), &AuthSession::signedIn);
    REQUIRE(f.signIn());
    CHECK(f.auth->ownerId() == QString::number(f.server.account().adminUser().id));
    CHECK(signedIn.count() == 1);
    const RestResponse r = f.get(api::kMyExtensionPath);
    CHECK(r.status == 200);
}

TEST_CASE("A rejected JWT ends in sign-in required with the server's reason", "[auth]")
{
    ClientFixture f;
    f.auth->setCredentials(f.credentials(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.forged")));
    CHECK_FALSE(f.signIn());
    CHECK(f.auth->state() == AuthSession::State::SignInRequired);
    CHECK(f.auth->lastError().errorCode == QStringLiteral("OAU-213"));
    CHECK(f.auth->lastError().message == QStringLiteral("JWT token is invalid"));
    // Requests fail at once with the same reason instead of hammering the token endpoint.
    const size_t before = f.server.requestLog().size();
    const RestResponse r = f.get(api::kMyExtensionPath);
    CHECK(r.error.kind == ApiError::Kind::Unauthorized);
    CHECK(f.countRequests(api::kTokenPath, before) == 0);
}

TEST_CASE("An expired JWT is reported as such", "[auth]")
{
    ClientFixture f;
    f.auth->setCredentials(f.credentials(f.server.mintJwt(f.server.account().adminUser().id, -60)));
    CHECK_FALSE(f.signIn());
    CHECK(f.auth->lastError().errorCode == QStringLiteral("OAU-210"));
}

TEST_CASE("A wrong client secret is refused and needs the user", "[auth]")
{
    ClientFixture f;
    Credentials c = f.credentials(f.server.adminJwt());
    c.clientSecret = QStringLiteral("not-the-secret");
    f.auth->setCredentials(c);
    CHECK_FALSE(f.signIn());
    CHECK(f.auth->lastError().errorCode == QStringLiteral("OAU-146"));
}

TEST_CASE("The access token is renewed silently before it expires during a long run", "[auth]")
{
    sim::SimOptions options = frozenOptions();
    options.accessTtl = 120; // the app's lifetime: two simulated minutes
    ClientFixture f(options);
    f.useAdmin();
    REQUIRE(f.signIn());
    const size_t start = f.server.requestLog().size();
    // Ten simulated minutes, one request every simulated 20 s.
    for (int i = 0; i < 30; ++i) {
        f.server.clock().advance(20'000);
        const RestResponse r = f.get(api::kMyExtensionPath);
        REQUIRE(r.status == 200);
    }
    int refreshes = 0;
    int unauthorized = 0;
    for (size_t i = start; i < f.server.requestLog().size(); ++i) {
        const auto &e = f.server.requestLog()[i];
        refreshes += e.path == api::kTokenPath ? 1 : 0;
        unauthorized += e.status == 401 ? 1 : 0;
    }
    // Renewed ahead of time (every 60-ish simulated seconds), never caught out by a 401.
    CHECK(refreshes >= 5);
    CHECK(unauthorized == 0);
    CHECK(f.server.sessions().sessionCount() == 1); // refreshes continue one session
    CHECK(f.auth->state() == AuthSession::State::SignedIn);
}

TEST_CASE("Many requests that meet a dead token share one refresh and are each replayed once", "[auth]")
{
    ClientFixture f;
    f.useAdmin();
    REQUIRE(f.signIn());
    f.server.expireAllAccessTokens();
    const size_t before = f.server.requestLog().size();

    int answered = 0;
    int ok = 0;
    QObject context;
    for (int i = 0; i < 20; ++i) {
        f.client->get(f.client->urlFor(api::kMyExtensionPath), api::kLightGroup, &context,
                      [&](const RestResponse &r) {
                          ++answered;
                          ok += r.status == 200 ? 1 : 0;
                      });
    }
    REQUIRE(waitUntil([&] { return answered == 20; }));
    CHECK(ok == 20);
    CHECK(f.countRequests(api::kTokenPath, before) == 1);
    // 20 rejected with the old token, 20 replayed with the new one.
    CHECK(f.countRequests(api::kMyExtensionPath, before) == 40);
}

TEST_CASE("A revoked refresh token leads to a fresh JWT sign-in", "[auth]")
{
    ClientFixture f;
    f.useAdmin();
    QSignalSpy refreshTokens(f.auth.get(), &AuthSession::refreshTokenChanged);
    REQUIRE(f.signIn());
    f.server.revokeAllRefreshTokens();
    f.server.expireAllAccessTokens();
    const size_t before = f.server.requestLog().size();

    const RestResponse r = f.get(api::kMyExtensionPath);
    CHECK(r.status == 200);
    CHECK(f.auth->state() == AuthSession::State::SignedIn);
    // The refresh was refused, then the JWT opened a new session.
    CHECK(f.countRequests(api::kTokenPath, before) == 2);
    CHECK(f.server.sessions().sessionCount() == 2);
    // The dead refresh token was dropped from storage and the new one handed out.
    REQUIRE(refreshTokens.count() >= 3);
    CHECK(refreshTokens.at(refreshTokens.count() - 2).at(0).toString().isEmpty());
    CHECK_FALSE(refreshTokens.last().at(0).toString().isEmpty());
}

TEST_CASE("A saved refresh token is used instead of opening a new session", "[auth]")
{
    ClientFixture f;
    f.useAdmin();
    QString saved;
    QObject::connect(f.auth.get(), &AuthSession::refreshTokenChanged, f.auth.get(),
                     [&saved](const QString &token) { saved = token; });
    REQUIRE(f.signIn());
    REQUIRE_FALSE(saved.isEmpty());

    // The next run of the app starts with the token the keychain kept.
    AuthSession next(*f.client, f.clock);
    next.setCredentials(f.credentials(f.server.adminJwt()));
    next.setSavedRefreshToken(saved);
    next.signIn();
    REQUIRE(waitUntil([&] { return next.state() == AuthSession::State::SignedIn; }));
    CHECK(f.server.sessions().sessionCount() == 1);
}

TEST_CASE("Signing out revokes the session on the server", "[auth]")
{
    ClientFixture f;
    f.useAdmin();
    REQUIRE(f.signIn());
    REQUIRE(f.server.sessions().sessionCount() == 1);
    bool done = false;
    QObject context;
    f.auth->signOut(&context, [&done] { done = true; });
    REQUIRE(waitUntil([&] { return done; }));
    CHECK(f.server.sessions().sessionCount() == 0);
    CHECK(f.auth->state() == AuthSession::State::SignedOut);
}

TEST_CASE("Credentials are never sent to a plain-http server other than loopback", "[auth]")
{
    SystemClock clock;
    RestClient client(QUrl(QStringLiteral("http://platform.example.com")), clock);
    AuthSession auth(client, clock);
    auth.setCredentials(
        { client.serverUrl(), QStringLiteral("id"), QStringLiteral("secret"), QStringLiteral("jwt") });
    auth.signIn();
    REQUIRE(waitUntil([&] { return auth.state() != AuthSession::State::SigningIn; }));
    CHECK(auth.state() != AuthSession::State::SignedIn);
    CHECK(auth.lastError().kind == ApiError::Kind::InsecureServer);
    QString why;
    CHECK_FALSE(RestClient::isAllowedServer(QUrl(QStringLiteral("http://10.1.2.3:8080")), &why));
    CHECK(RestClient::isAllowedServer(QUrl(QStringLiteral("http://127.0.0.1:8080")), &why));
    CHECK(RestClient::isAllowedServer(QUrl(QStringLiteral("http://[::1]:8080")), &why));
    CHECK(RestClient::isAllowedServer(QUrl(QStringLiteral("https://platform.ringcentral.com")), &why));
}

namespace {

// A token source of the test's own: hands out the tokens it was given, one after the other,
// moving on when RestClient reports the current one rejected.
class ListedTokenSource : public AccessTokenSource
{
public:
    explicit ListedTokenSource(QStringList tokens)
        : m_tokens(std::move(tokens))
    {
    }

    void withAccessToken(QObject *, TokenCallback callback) override
    {
        ++asked;
        callback(m_tokens.value(m_next), {});
    }
    void reportRejected(const QString &accessToken) override
    {
        rejected << accessToken;
        if (accessToken == m_tokens.value(m_next))
            ++m_next;
    }

    int asked = 0;
    QStringList rejected;

private:
    QStringList m_tokens;
    int m_next = 0;
};

} // namespace

TEST_CASE("The client takes its tokens from any source, reports a rejected one and replays once", "[auth]")
{
    ClientFixture f;
    f.auth.reset(); // the client's source is the test's own
    SimTestClient login(f.server.baseUrl(), f.server.options().clientId, f.server.options().clientSecret);
    const SimReply tokens = login.loginJwt(f.server.userJwt());
    REQUIRE(tokens.status == 200);
    const QString good = tokens.string(QStringLiteral("access_token"));

    SECTION("a dead token, then a good one: the request succeeds")
    {
        ListedTokenSource source({ QStringLiteral("not-a-token"), good });
        f.client->setTokenSource(&source);
        const RestResponse r = f.get(api::kMyExtensionPath);
        CHECK(r.status == 200);
        CHECK(source.rejected == QStringList { QStringLiteral("not-a-token") });
        CHECK(source.asked == 2);
    }

    SECTION("two dead tokens: one replay, then the 401 is the answer")
    {
        ListedTokenSource source({ QStringLiteral("dead-1"), QStringLiteral("dead-2"), good });
        f.client->setTokenSource(&source);
        const RestResponse r = f.get(api::kMyExtensionPath);
        CHECK(r.status == 401);
        CHECK(r.error.kind == ApiError::Kind::Unauthorized);
        CHECK(source.asked == 2);
    }
}

TEST_CASE("A client whose session is gone says 'not signed in' instead of asking it", "[auth]")
{
    ClientFixture f;
    f.useAdmin();
    REQUIRE(f.signIn());
    REQUIRE(f.client->tokenSource() == f.auth.get());
    REQUIRE(f.get(api::kMyExtensionPath).status == 200);

    f.auth.reset();
    CHECK(f.client->tokenSource() == nullptr);
    const size_t before = f.server.requestLog().size();
    const RestResponse r = f.get(api::kMyExtensionPath);
    CHECK(r.error.kind == ApiError::Kind::Unauthorized);
    CHECK(r.error.message == QStringLiteral("not signed in"));
    CHECK(f.server.requestLog().size() == before);
}

TEST_CASE("A session that is not the client's token source leaves the client's source alone", "[auth]")
{
    ListedTokenSource source({ QStringLiteral("token") });
    ClientFixture f;
    f.client->setTokenSource(&source);
    {
        // A second session through the same client takes over, and clears only itself.
        AuthSession other(*f.client, f.clock);
        CHECK(f.client->tokenSource() == &other);
        f.client->setTokenSource(&source);
    }
    CHECK(f.client->tokenSource() == &source);
}

TEST_CASE("A token request the server drops is sent once: Qt does not send it again on its own",
          "[auth][hostile]")
{
    // A grant spends its JWT or rotates its refresh token: a copy the client did not decide to
    // send may leave the session with a token it never saw.
    HostileServer server;
    server.route("/restapi/oauth/token", [](QTcpSocket *s, const HostileServer::Request &) { s->abort(); });
    SystemClock clock;
    RestClient client(server.url(), clock);
    AuthSession auth(client, clock);
    auth.setCredentials(
        { server.url(), QStringLiteral("id"), QStringLiteral("secret"), QStringLiteral("a.b.c") });
    auth.signIn();
    REQUIRE(waitUntil([&] { return auth.state() != AuthSession::State::SigningIn; }, 20'000));
    CHECK(auth.state() != AuthSession::State::SignedIn);
    CHECK(auth.lastError().kind == ApiError::Kind::Network);
    CHECK(auth.lastError().message.contains(QStringLiteral("not sent again")));
    // Give a resend every chance to arrive.
    waitUntil([] { return false; }, 1500);
    CHECK(server.countRequests("/restapi/oauth/token") == 1);
}
