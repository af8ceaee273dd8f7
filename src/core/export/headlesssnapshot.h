#pragma once

#include "activecallsfeed.h"
#include "authsession.h"
#include "snapshotexport.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace callwatch {

class CallMonitor;
class Clock;
class CredentialVault;

// The exit codes of `callwatch --once`, a contract scripts rely on.
enum class ExitCode {
    Ok = 0,
    Usage = 2,
    AuthenticationFailed = 3,
    PermissionDenied = 4,
    NetworkOrServer = 5
};

struct SnapshotRequest
{
    CallScope scope = CallScope::Account;
    SnapshotFormat format = SnapshotFormat::Csv;
    QString output = QStringLiteral("-"); // a file path, or "-" for standard output
    QString profile = QStringLiteral("default");
    // The whole run, sign-in to written snapshot, ends by then (exit 5): a script needs a bound.
    int timeoutSeconds = 120;
};

// `callwatch --once`: the window's monitor without live events, for one complete snapshot (all
// pages) on its board, written out; then the monitor's shutdown, and an exit code with a
// one-line reason. No window, no display.
class HeadlessSnapshot : public QObject
{
    Q_OBJECT

public:
    HeadlessSnapshot(const Clock &clock, CredentialVault &vault, QObject *parent = nullptr);
    ~HeadlessSnapshot() override;

    // Credentials come from RC_SERVER_URL, RC_APP_CLIENT_ID, RC_APP_CLIENT_SECRET and
    // RC_USER_JWT when RC_USER_JWT is set, else from the saved profile.
    void run(const SnapshotRequest &request);

    static std::optional<Credentials> credentialsFromEnvironment();

Q_SIGNALS:
    void finished(int exitCode, const QString &message);

private:
    void start(const Credentials &credentials);
    void deliver();
    void finish(ExitCode code, const QString &message);
    // Ends the run at once when the feed's next try would come after the deadline.
    void checkWait();
    void deadlinePassed();

    const Clock &m_clock;
    CredentialVault &m_vault;
    SnapshotRequest m_request;
    std::unique_ptr<CallMonitor> m_monitor;
    qint64 m_snapshotAtMs = 0; // set once a complete snapshot is on its way out
    qint64 m_deadlineMs = 0; // the clock's time
    QTimer m_deadline;
    bool m_finishing = false;
};

} // namespace callwatch
