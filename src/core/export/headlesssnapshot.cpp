#include "headlesssnapshot.h"

#include "callboard.h"
#include "callmonitor.h"
#include "clock.h"
#include "credentialvault.h"
#include "logging.h"
#include "profile.h"
#include "restclient.h"
#include "savedsignin.h"

#include <QFile>
#include <QSaveFile>
#include <QSettings>

#include <algorithm>
#include <cstdio>
#include <limits>

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
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HeadlessSnapshot::deadlinePassed);
}

HeadlessSnapshot::~HeadlessSnapshot() = default;

std::optional<Credentials> HeadlessSnapshot::credentialsFromEnvironment()
{
    if (!qEnvironmentVariableIsSet("RC_USER_JWT"))
        return std::nullopt;
    Credentials c;
    const QString server = qEnvironmentVariable("RC_SERVER_URL");
    c.server
        = ProfileSettings::withoutUserInfo(QUrl(server.isEmpty() ? Profile {}.serverUrl.toString() : server));
    c.clientId = qEnvironmentVariable("RC_APP_CLIENT_ID");
    c.clientSecret = qEnvironmentVariable("RC_APP_CLIENT_SECRET");
    c.jwt = qEnvironmentVariable("RC_USER_JWT");
    return c;
}

void HeadlessSnapshot::run(const SnapshotRequest &request)
{
    m_request = request;
    m_deadlineMs = m_clock.nowMs() + qint64(request.timeoutSeconds) * 1000;
    m_deadline.start(int(std::clamp<qint64>(m_clock.timerDelayMs(qint64(request.timeoutSeconds) * 1000), 1,
                                            std::numeric_limits<int>::max())));
    if (auto env = credentialsFromEnvironment()) {
        start(*env);
        return;
    }
    // The saved profile: server and client id from the settings, secrets from the keychain.
    QSettings settings;
    SavedSignIn::load(
        m_vault, settings, request.profile, this, [this](const SavedSignIn &saved, const QString &problem) {
            if (!problem.isEmpty()) {
                finish(
                    ExitCode::AuthenticationFailed,
                    QStringLiteral(
                        "%1: set RC_SERVER_URL, RC_APP_CLIENT_ID, RC_APP_CLIENT_SECRET and RC_USER_JWT, or "
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
        if (m_finishing)
            return; // a failure was reported first: no snapshot follows it
        m_snapshotAtMs = atMs;
        m_monitor->feed().stop();
    });
    connect(&m_monitor->board(), &LiveBoard::snapshotSettled, this, &HeadlessSnapshot::deliver);
    connect(&feed, &ActiveCallsFeed::statusChanged, this, &HeadlessSnapshot::checkWait);
    connect(&feed, &ActiveCallsFeed::stopped, this, [this](const ApiError &error) {
        if (m_snapshotAtMs > 0)
            return; // the snapshot is complete and being written: that is the outcome
        QString message = error.userMessage();
        if (error.kind == ApiError::Kind::Unauthorized)
            message = tr("authentication failed: %1%2")
                          .arg(error.message,
                               error.errorCode.isEmpty() ? QString()
                                                         : QStringLiteral(" (%1)").arg(error.errorCode));
        // Only the user's missing permission is the scope's doing; an app's is fixed elsewhere.
        if (error.lacking() == ApiError::Lacking::User && m_request.scope == CallScope::Account)
            message += tr(" (the account-wide list needs an administrator; try --scope extension)");
        finish(exitCodeFor(error), message);
    });
    m_monitor->start();
}

void HeadlessSnapshot::checkWait()
{
    if (m_finishing || m_snapshotAtMs > 0 || !m_monitor)
        return;
    const FeedStatus &status = m_monitor->feed().status();
    // Waiting covers the budget's gate before a page: a rate limit too, by the server's count.
    const bool waiting = status.state == FeedStatus::State::RateLimited
        || status.state == FeedStatus::State::Retrying || status.state == FeedStatus::State::Waiting;
    if (!waiting || status.nextAtMs <= m_deadlineMs)
        return;
    // Waiting would pass the deadline: say so now, with the time to retry, instead of hanging.
    const int retryIn = int(std::max<qint64>(1, (status.nextAtMs - m_clock.nowMs() + 999) / 1000));
    if (status.state != FeedStatus::State::Retrying) {
        ApiError e = status.error;
        e.kind = ApiError::Kind::RateLimited;
        e.retryAfterSeconds = retryIn;
        finish(ExitCode::NetworkOrServer, e.userMessage());
        return;
    }
    finish(ExitCode::NetworkOrServer,
           tr("%1; the next try would be in %n s, after the --timeout of %2 s", nullptr, retryIn)
               .arg(status.error.userMessage())
               .arg(m_request.timeoutSeconds));
}

void HeadlessSnapshot::deadlinePassed()
{
    if (m_finishing || m_snapshotAtMs > 0)
        return;
    QString why;
    if (m_monitor && m_monitor->feed().status().error.isError())
        why = QStringLiteral(" (") + m_monitor->feed().status().error.userMessage() + QLatin1Char(')');
    finish(ExitCode::NetworkOrServer,
           tr("no complete snapshot within the --timeout of %1 s%2").arg(m_request.timeoutSeconds).arg(why));
}

void HeadlessSnapshot::deliver()
{
    if (m_finishing)
        return; // the run already ended with a failure: never a snapshot after it
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
        written = out.open(QIODevice::WriteOnly)
            && writeSnapshot(&out, board.entries(), m_request.format, at, &error) && out.commit();
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
    m_deadline.stop();
    const auto done = [this, code, message] { Q_EMIT finished(int(code), message); };
    if (!m_monitor) {
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
        return;
    }
    // End the platform session we opened, so scripts never pile up sessions.
    m_monitor->shutdown(done);
}

} // namespace callwatch
