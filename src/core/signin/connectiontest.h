#pragma once

#include "authsession.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <memory>

namespace callwatch {

class Clock;
class RestClient;

// What a connection test found out: whether the sign-in worked, who signed in, and which of
// the two views may be read; `report` says all of it in the user's words.
struct ConnectionTestResult
{
    enum class Access {
        NotChecked, // the test did not get that far
        Readable,
        NotPermitted, // 403: the user or the app lacks a permission
        Unknown, // the check failed for another reason (network, rate limit, ...)
    };

    bool signedIn = false;
    ApiError signInError; // why not, when not
    bool extensionKnown = false; // name, extensionNumber and admin were read
    QString name;
    QString extensionNumber;
    bool admin = false;
    Access companyCalls = Access::NotChecked;
    Access myCalls = Access::NotChecked;
    // Whether the app may have live call events, from the permissions its token lists: Call
    // Control (which RingCentral must approve) and WebSocket subscriptions.
    enum class Events { NotChecked, Available, NoCallControl, NoWebSocket };
    Events liveEvents = Events::NotChecked;
    QString report;
};

// "Test connection": signs in with the given credentials on a client and session of its own,
// reads the signed-in extension and one record of each calls list (two of the ten Heavy
// requests a minute, no more), gives the session back (the platform keeps only a few per user)
// and reports. Nothing is saved.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    ConnectionTest(const Credentials &credentials, const Clock &clock, QObject *parent = nullptr);
    // Deleting a running test leaves its session to expire on the server: abandon() gives it back.
    ~ConnectionTest() override;

    // Starts the test; finished() follows from the event loop, never before this returns.
    void start();
    bool isRunning() const { return m_started && !m_done; }
    // Ends the test for its owner: no finished() after this. What the test opened is revoked in
    // the background (once a sign-in in flight has its answer), then the test deletes itself;
    // the application owns it until then, so nothing leaks if the app quits first.
    void abandon();

    // Long enough for a slow link, short enough that a mistyped address keeps nobody waiting.
    static constexpr int kTimeoutMs = 15000;

Q_SIGNALS:
    void finished(const callwatch::ConnectionTestResult &result);

private:
    void signIn();
    void readExtension();
    void readCalls(bool company);
    void reportLiveEvents();
    void finish();
    QString signInFailure(const ApiError &error) const;
    QString accessReport(bool company, const ApiError &error) const;
    void revokeAndDelete();

    // Declared in this order so the session goes before the client it signs in through.
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<AuthSession> m_auth;
    // The test's callbacks run only while this lives: deleting it ends the test for the owner.
    QPointer<QObject> m_run;
    ConnectionTestResult m_result;
    QStringList m_report;
    bool m_started = false;
    bool m_done = false;
    bool m_abandoned = false;
};

} // namespace callwatch
