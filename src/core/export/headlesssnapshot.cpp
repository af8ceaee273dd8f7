#include "headlesssnapshot.h"

#include "callboard.h"
#include "callmonitor.h"
#include "clock.h"
#include "credentialvault.h"
#include "logging.h"
#include "profile.h"
#include "savedsignin.h"
#include "restclient.h"

#include <QFile>
#include <QSaveFile>
#include <QSettings>

#include <cstdio>

namespace callwatch {

namespace {

// --once gives up after this many failures in a row (network, 5xx, malformed answers).
constexpr int kOnceRetries = 2;

ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
        return ExitCode::AuthenticationFailed;
    case ApiError::Kind::Forbidden:
        return ExitCode::PermissionDenied;
    case ApiError::Kind::InsecureServer:
        return ExitCode::Usage;
    default:
        return ExitCode::NetworkOrServer;
    }
}

} // namespace

HeadlessSnapshot::HeadlessSnapshot(const Clock &clock, CredentialVault &vault, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_vault(vault)
{
}

HeadlessSnapshot::~HeadlessSnapshot() = default;

std::optional<Credentials> HeadlessSnapshot::credentialsFromEnvironment()
{
    if (!qEnvironmentVariableIsSet("RC_USER_JWT"))
        return std::nullopt;
    Credentials c;
    const QString server = qEnvironmentVariable("RC_SERVER_URL");
    c.server = QUrl(server.isEmpty() ? Profile{}.serverUrl.toString() : server);
    c.clientId = qEnvironmentVariable("RC_APP_CLIENT_ID");
    c.clientSecret = qEnvironmentVariable("RC_APP_CLIENT_SECRET");
    c.jwt = qEnvironmentVariable("RC_USER_JWT");
    return c;
}

void HeadlessSnapshot::run(const SnapshotRequest &request)
{
    m_request = request;
    if (auto env = credentialsFromEnvironment()) {
        start(*env);
        return;
    }
    // The saved profile: server and client id from the settings, secrets from the keychain.
    QSettings settings;
    SavedSignIn::load(m_vault, settings, request.profile, this, [this](const SavedSignIn &saved, const QString &problem) {
        if (!problem.isEmpty()) {
            finish(ExitCode::AuthenticationFailed,
                   QStringLiteral("%1: set RC_SERVER_URL, RC_APP_CLIENT_ID, RC_APP_CLIENT_SECRET and RC_USER_JWT, or "
                                  "sign in once in the CallWatch window")
                       .arg(problem));
            return;
        }
        start(saved.credentials);
    });
}

void HeadlessSnapshot::start(const Credentials &credentials)
{
    QString why;
    if (!RestClient::isAllowedServer(credentials.server, &why)) {
        finish(ExitCode::Usage, why);
        return;
    }
    if (credentials.clientId.isEmpty()) {
        finish(ExitCode::AuthenticationFailed, tr("RC_APP_CLIENT_ID is not set"));
        return;
    }
    MonitorOptions options;
    options.push = false;
    options.accountDetails = false;
    m_monitor = std::make_unique<CallMonitor>(credentials, m_clock, options);
    m_monitor->setScope(m_request.scope);
    ActiveCallsFeed &feed = m_monitor->feed();
    feed.setMaxRetries(kOnceRetries);
    // One snapshot is all we want: no second poll while it goes onto the board.
    connect(&feed, &ActiveCallsFeed::snapshotReady, this, [this](const CallSnapshot &, qint64 atMs) {
        m_snapshotAtMs = atMs;
        m_monitor->feed().stop();
    });
    connect(&m_monitor->board(), &LiveBoard::snapshotSettled, this, &HeadlessSnapshot::deliver);
    connect(&feed, &ActiveCallsFeed::stopped, this, [this](const ApiError &error) {
        QString message = error.userMessage();
        if (error.kind == ApiError::Kind::Unauthorized)
            message = tr("authentication failed: %1%2")
                          .arg(error.message, error.errorCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.errorCode));
        if (error.kind == ApiError::Kind::Forbidden && m_request.scope == CallScope::Account)
            message += tr(" (the account-wide list needs an administrator; try --scope extension)");
        finish(exitCodeFor(error), message);
    });
    m_monitor->start();
}

void HeadlessSnapshot::deliver()
{
    const CallBoard &board = m_monitor->board().board();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_snapshotAtMs, Qt::UTC);
    QString error;
    bool written = false;
    if (m_request.output == QLatin1String("-")) {
        QFile out;
        written = out.open(stdout, QIODevice::WriteOnly)
            && writeSnapshot(&out, board.entries(), m_request.format, at, &error) && out.flush();
        if (!written && error.isEmpty())
            error = out.errorString();
    } else {
        // All or nothing: a failed write leaves no half file behind.
        QSaveFile out(m_request.output);
        written = out.open(QIODevice::WriteOnly) && writeSnapshot(&out, board.entries(), m_request.format, at, &error)
            && out.commit();
        if (!written && error.isEmpty())
            error = out.errorString();
        if (!written)
            error = tr("cannot write %1: %2").arg(m_request.output, error);
    }
    if (!written) {
        finish(ExitCode::Usage, error);
        return;
    }
    qCInfo(lcExport) << "wrote" << board.size() << "calls";
    finish(ExitCode::Ok, {});
}

void HeadlessSnapshot::finish(ExitCode code, const QString &message)
{
    if (m_finishing)
        return;
    m_finishing = true;
    const auto done = [this, code, message] { Q_EMIT finished(int(code), message); };
    if (!m_monitor) {
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
        return;
    }
    // End the platform session we opened, so scripts never pile up sessions.
    m_monitor->shutdown(done);
}

} // namespace callwatch
