// `callwatch --once` as a script runs it: a separate process against the simulator, judged by
// its exit code, its standard output and its one-line reason on standard error.
#include "clientfixture.h"

#include <QSet>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace callwatch;
using namespace callwatch::test;

namespace {

struct OnceRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs callwatch with a private HOME and config dir, so nothing of the developer's is read
// and everything the run writes can be inspected.
OnceRun runOnce(const QStringList &args, const QMap<QString, QString> &env, const QString &home,
               bool debugLogs = false)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("RC_SERVER_URL"), QStringLiteral("RC_APP_CLIENT_ID"),
                                QStringLiteral("RC_APP_CLIENT_SECRET"), QStringLiteral("RC_USER_JWT")})
        e.remove(name);
    e.insert(QStringLiteral("HOME"), home);
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    e.remove(QStringLiteral("QT_LOGGING_RULES"));
    e.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en")); // the reasons checked below are English
    if (debugLogs)
        e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("callwatch.*.debug=true"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(CALLWATCH_BINARY), args);
    REQUIRE(p.waitForStarted());
    // The simulator lives in this process: keep its event loop turning while we wait.
    REQUIRE(waitUntil([&] { return p.state() == QProcess::NotRunning; }, 60000));
    OnceRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QMap<QString, QString> envFor(const sim::SimServer &server, const QString &jwt)
{
    return {{QStringLiteral("RC_SERVER_URL"), server.baseUrl().toString()},
            {QStringLiteral("RC_APP_CLIENT_ID"), server.options().clientId},
            {QStringLiteral("RC_APP_CLIENT_SECRET"), server.options().clientSecret},
            {QStringLiteral("RC_USER_JWT"), jwt}};
}

QStringList csvLines(const QByteArray &out)
{
    QStringList lines = QString::fromUtf8(out).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

TEST_CASE("callwatch --once prints every call of the account as CSV and exits 0", "[once]")
{
    ClientFixture f(frozenOptions(45));
    QTemporaryDir home;
    const OnceRun r = runOnce({QStringLiteral("--once")}, envFor(f.server, f.server.adminJwt()), home.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    const QStringList lines = csvLines(r.out);
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.first().startsWith(QStringLiteral("id,status,direction,")));
    // One row per call, as the window has it: an internal call's two records are one call.
    QSet<QString> calls;
    for (const auto &ref : f.server.calls().listing(std::nullopt))
        calls.insert(ref.call->telephonySessionId);
    CHECK(lines.size() - 1 == calls.size());
    // The session it opened was revoked on the way out.
    CHECK(f.server.sessions().sessionCount() == 0);
}

TEST_CASE("callwatch --once --format json --output FILE writes the snapshot to the file", "[once]")
{
    ClientFixture f(frozenOptions(20));
    QTemporaryDir home;
    const QString file = home.filePath(QStringLiteral("calls.json"));
    const OnceRun r = runOnce({QStringLiteral("--once"), QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--output"), file, QStringLiteral("--scope"), QStringLiteral("extension")},
                              envFor(f.server, f.server.adminJwt()), home.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    QFile json(file);
    REQUIRE(json.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
    const auto mine = f.server.calls().listing(f.server.account().adminUser().id);
    CHECK(doc.value(QStringLiteral("count")).toInt() == int(mine.size()));
    CHECK(doc.value(QStringLiteral("calls")).toArray().size() == qsizetype(mine.size()));
}

TEST_CASE("callwatch --once with a JWT the server rejects exits 3 with the server's reason", "[once]")
{
    ClientFixture f;
    QTemporaryDir home;
    const OnceRun r = runOnce({QStringLiteral("--once")}, envFor(f.server, QStringLiteral("a.forged.jwt")), home.path());
    CHECK(r.exitCode == 3);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("JWT token is invalid"));
    CHECK(r.err.trimmed().count('\n') == 0);
}

TEST_CASE("callwatch --once for a non-admin at company scope exits 4 naming the permission", "[once]")
{
    ClientFixture f;
    QTemporaryDir home;
    const OnceRun r = runOnce({QStringLiteral("--once")}, envFor(f.server, f.server.userJwt()), home.path());
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains("ReadCompanyCallLog"));
    CHECK(r.err.contains("--scope extension"));
}

TEST_CASE("callwatch --once exits 5 when the server keeps failing", "[once]")
{
    ClientFixture f;
    f.server.injectFault(activeCallsFailure(503, 100));
    QTemporaryDir home;
    const OnceRun r = runOnce({QStringLiteral("--once")}, envFor(f.server, f.server.adminJwt()), home.path());
    CHECK(r.exitCode == 5);
    CHECK(r.err.contains("503"));
}

TEST_CASE("callwatch --once exits 5 when nothing listens at the server URL", "[once]")
{
    QTemporaryDir home;
    // A port that was free a moment ago: connections to it are refused.
    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    ClientFixture f;
    QMap<QString, QString> env = envFor(f.server, f.server.adminJwt());
    env[QStringLiteral("RC_SERVER_URL")] = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const OnceRun r = runOnce({QStringLiteral("--once")}, env, home.path());
    CHECK(r.exitCode == 5);
    CHECK(r.err.startsWith("callwatch: "));
}

TEST_CASE("callwatch --once refuses bad usage with exit 2", "[once]")
{
    QTemporaryDir home;
    const QMap<QString, QString> env;
    CHECK(runOnce({QStringLiteral("--once"), QStringLiteral("--scope"), QStringLiteral("team")}, env, home.path()).exitCode == 2);
    CHECK(runOnce({QStringLiteral("--once"), QStringLiteral("--format"), QStringLiteral("xml")}, env, home.path()).exitCode == 2);
    CHECK(runOnce({QStringLiteral("--no-such-flag")}, env, home.path()).exitCode == 2);
    CHECK(runOnce({QStringLiteral("--format"), QStringLiteral("csv")}, env, home.path()).exitCode == 2);
    const OnceRun insecure = runOnce({QStringLiteral("--once")},
                                     {{QStringLiteral("RC_SERVER_URL"), QStringLiteral("http://platform.example.com")},
                                      {QStringLiteral("RC_APP_CLIENT_ID"), QStringLiteral("id")},
                                      {QStringLiteral("RC_USER_JWT"), QStringLiteral("jwt")}},
                                     home.path());
    CHECK(insecure.exitCode == 2);
    CHECK(insecure.err.contains("https://"));
}

TEST_CASE("callwatch --once writes no secret to its output, its logs or any file", "[once][secrets]")
{
    ClientFixture f(frozenOptions(15));
    QTemporaryDir home;
    const QString file = home.filePath(QStringLiteral("out.csv"));
    // Every category at debug level: the test then proves the logs hold no secret either.
    const OnceRun r = runOnce({QStringLiteral("--once"), QStringLiteral("--output"), file},
                              envFor(f.server, f.server.adminJwt()), home.path(), true);
    REQUIRE(r.exitCode == 0);

    // Every token the server issued during the run, plus the credentials.
    QStringList secrets{f.server.adminJwt(), f.server.options().clientSecret};
    QByteArray everything = r.out + r.err;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        everything += file.readAll();
    }
    CHECK_FALSE(r.err.isEmpty()); // the debug logs did run
    for (const QString &secret : secrets)
        CHECK_FALSE(everything.contains(secret.toUtf8()));
    // Tokens look like the platform's: no access or refresh token may appear either.
    CHECK_FALSE(everything.contains("U0pDMDFQMDFQQVMwMHw"));
    CHECK_FALSE(everything.contains("U0pDMDFQMDFSRlQwMHw"));
    CHECK_FALSE(everything.contains("Bearer "));
    CHECK_FALSE(everything.contains("Basic "));
}
