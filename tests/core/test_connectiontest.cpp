// "Test connection" against the simulator: who signed in, what they may read, the server's
// reason when the sign-in fails, and a session given back whether the test ends or is abandoned.
#include "clientfixture.h"
#include "connectiontest.h"

#include <QPointer>
#include <optional>

using namespace callwatch;
using namespace callwatch::test;

namespace {

using Access = ConnectionTestResult::Access;

// A simulator and a connection test with given credentials, run to its end.
struct TestRun
{
    explicit TestRun(const sim::SimOptions &options = frozenOptions())
        : server(options)
        , clock(server.clock())
    {
        REQUIRE(server.start() != 0);
    }

    Credentials credentials(const QString &jwt) const
    {
        return { server.baseUrl(), server.options().clientId, server.options().clientSecret, jwt };
    }

    ConnectionTestResult run(const Credentials &credentials)
    {
        ConnectionTest test(credentials, clock);
        std::optional<ConnectionTestResult> result;
        int answers = 0;
        QObject::connect(&test, &ConnectionTest::finished, &test, [&](const ConnectionTestResult &r) {
            result = r;
            ++answers;
        });
        test.start();
        // Never before start() returns, so the owner can show "Testing…" first.
        CHECK_FALSE(result.has_value());
        CHECK(test.isRunning());
        REQUIRE(waitUntil([&] { return result.has_value(); }));
        CHECK_FALSE(test.isRunning());
        runFor(50);
        CHECK(answers == 1);
        return *result;
    }

    int activeCallsRequests() const
    {
        int n = 0;
        for (const auto &e : server.requestLog())
            n += e.path.endsWith(QLatin1String("/active-calls")) ? 1 : 0;
        return n;
    }

    sim::SimServer server { frozenOptions() };
    SimClockAdapter clock;
};

// A request to `path` that the simulator answers only after half a second of real time.
sim::Fault slowRequest(const QString &path)
{
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Slow;
    fault.delayMs = 500;
    fault.pathContains = path;
    return fault;
}

} // namespace

TEST_CASE("A connection test tells an administrator who they are and that both views are readable",
          "[connectiontest]")
{
    TestRun t;
    const ConnectionTestResult r = t.run(t.credentials(t.server.adminJwt()));
    const sim::SimExtension &admin = t.server.account().adminUser();
    CHECK(r.signedIn);
    CHECK_FALSE(r.signInError.isError());
    CHECK(r.extensionKnown);
    CHECK(r.name == admin.name);
    CHECK(r.extensionNumber == admin.extensionNumber);
    CHECK(r.admin);
    CHECK(r.companyCalls == Access::Readable);
    CHECK(r.myCalls == Access::Readable);
    CHECK(r.report
          == QStringLiteral("Signed in as %1 (ext. %2), administrator. Company calls: readable. My calls: "
                            "readable. Live call "
                            "events: available.")
                 .arg(admin.name, admin.extensionNumber));
    // Two of the ten Heavy requests a minute, and the session given back.
    CHECK(t.activeCallsRequests() == 2);
    CHECK(t.server.sessions().sessionCount() == 0);
}

TEST_CASE("A connection test names the permission live call events need, from the token's scope",
          "[connectiontest]")
{
    sim::SimOptions options = frozenOptions();
    SECTION("no Call Control: RingCentral must approve it")
    {
        options.callControl = false;
        TestRun t(options);
        const ConnectionTestResult r = t.run(t.credentials(t.server.adminJwt()));
        CHECK(r.liveEvents == ConnectionTestResult::Events::NoCallControl);
        CHECK(r.report.contains(QStringLiteral("lacks the Call Control permission")));
        CHECK(r.report.contains(QStringLiteral("RingCentral approves it")));
        CHECK(r.companyCalls == Access::Readable); // the list still works
    }
    SECTION("no WebSocket permission")
    {
        options.webSockets = false;
        TestRun t(options);
        const ConnectionTestResult r = t.run(t.credentials(t.server.adminJwt()));
        CHECK(r.liveEvents == ConnectionTestResult::Events::NoWebSocket);
        CHECK(r.report.contains(QStringLiteral("WebSocket Subscriptions")));
    }
}

TEST_CASE("A connection test tells a standard user which permission company calls need", "[connectiontest]")
{
    TestRun t;
    const ConnectionTestResult r = t.run(t.credentials(t.server.userJwt()));
    const sim::SimExtension &user = t.server.account().standardUser();
    CHECK(r.signedIn);
    CHECK_FALSE(r.admin);
    CHECK(r.companyCalls == Access::NotPermitted);
    CHECK(r.myCalls == Access::Readable);
    CHECK(r.report
          == QStringLiteral(
                 "Signed in as %1 (ext. %2), not an administrator. Company calls: not permitted: "
                 "your user lacks the ReadCompanyCallLog permission (an administrator can grant it). "
                 "My calls: readable. Live call events: available.")
                 .arg(user.name, user.extensionNumber));
    CHECK(t.server.sessions().sessionCount() == 0);
}

TEST_CASE("A refused sign-in is reported with the server's reason and nothing else is tried",
          "[connectiontest]")
{
    TestRun t;
    SECTION("a wrong JWT")
    {
        const ConnectionTestResult r = t.run(t.credentials(QStringLiteral("eyJhbGciOiJub25lIn0.e30.c2ln")));
        CHECK_FALSE(r.signedIn);
        CHECK(r.signInError.kind == ApiError::Kind::Unauthorized);
        CHECK(r.report.startsWith(QStringLiteral("The server refused the sign-in: ")));
        CHECK(r.report.contains(QStringLiteral("JWT token is invalid")));
        CHECK_FALSE(r.extensionKnown);
        CHECK(r.companyCalls == Access::NotChecked);
        CHECK(r.myCalls == Access::NotChecked);
    }
    SECTION("a wrong client secret")
    {
        Credentials c = t.credentials(t.server.adminJwt());
        c.clientSecret = QStringLiteral("not-the-secret");
        const ConnectionTestResult r = t.run(c);
        CHECK_FALSE(r.signedIn);
        CHECK(r.report.contains(QStringLiteral("Invalid client credentials")));
    }
    CHECK(t.activeCallsRequests() == 0);
    CHECK(t.server.sessions().sessionCount() == 0);
}

TEST_CASE("A server that cannot be reached is said in the user's words", "[connectiontest]")
{
    TestRun t;
    Credentials c = t.credentials(t.server.adminJwt());
    c.server = QUrl(QStringLiteral("http://127.0.0.1:1"));
    const ConnectionTestResult r = t.run(c);
    CHECK_FALSE(r.signedIn);
    CHECK(r.signInError.kind == ApiError::Kind::Network);
    CHECK(r.report.startsWith(QStringLiteral("The connection test failed: Cannot reach the server")));
}

TEST_CASE("A calls list that fails for another reason is reported as not checked", "[connectiontest]")
{
    TestRun t;
    t.server.injectFault(activeCallsFailure(503, 1));
    const ConnectionTestResult r = t.run(t.credentials(t.server.adminJwt()));
    CHECK(r.signedIn);
    CHECK(r.companyCalls == Access::Unknown);
    CHECK(r.myCalls == Access::Readable);
    INFO(r.report.toStdString());
    CHECK(r.report.contains(
        QStringLiteral("Company calls: could not be checked (The server answered HTTP 503")));
    CHECK(r.report.endsWith(QStringLiteral("My calls: readable. Live call events: available.")));
    CHECK(t.server.sessions().sessionCount() == 0);
}

TEST_CASE("An abandoned connection test never answers, revokes its session and deletes itself",
          "[connectiontest]")
{
    TestRun t;
    QPointer<ConnectionTest> test = new ConnectionTest(t.credentials(t.server.adminJwt()), t.clock);
    bool answered = false;
    QObject::connect(test, &ConnectionTest::finished, test, [&] { answered = true; });

    SECTION("before its first request")
    {
        test->start();
    }
    SECTION("while the sign-in is in flight: the session it opens is revoked once it is open")
    {
        t.server.injectFault(slowRequest(api::kTokenPath));
        test->start();
        runFor(100); // the grant is at the server, its answer still to come
        REQUIRE(test->isRunning());
    }
    SECTION("once signed in, while it reads the extension")
    {
        t.server.injectFault(slowRequest(api::kMyExtensionPath));
        test->start();
        REQUIRE(waitUntil([&] { return t.server.sessions().sessionCount() == 1; }));
    }

    test->abandon();
    CHECK(test->parent() == QCoreApplication::instance());
    REQUIRE(waitUntil([&] { return test.isNull(); }));
    CHECK(t.server.sessions().sessionCount() == 0);
    runFor(600); // past any slow answer
    CHECK_FALSE(answered);
    CHECK(t.server.sessions().sessionCount() == 0);
}
