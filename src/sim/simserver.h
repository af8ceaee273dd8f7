#pragma once

#include "callengine.h"
#include "faultplan.h"
#include "jwtissuer.h"
#include "oauthsessions.h"
#include "pushgateway.h"
#include "ratelimiter.h"
#include "simaccount.h"
#include "simclock.h"
#include "simpresence.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <memory>

namespace callwatch::sim {

struct SimOptions
{
    quint64 seed = 1;
    double speed = 1.0;
    int calls = 40;
    QString clientId = QStringLiteral("callwatch-demo-client");
    QString clientSecret = QStringLiteral("callwatch-demo-secret");
    QString adminJwt; // empty: a JWT signed by the simulator for the account's admin
    QString userJwt; // empty: a JWT signed by the simulator for a standard user
    int accessTtl = 3600; // the app's access-token lifetime; requests may only shorten it
    int refreshTtl = 604800;
    bool issueRefreshTokens = true;
    // The app's profile: whether it was granted Call Control (telephony-session events and the
    // session GET) and the WebSocket permission (ws tokens).
    bool callControl = true;
    bool webSockets = true;
    // Whether the app was granted ReadPresence: presence, queue availability and the
    // presence event filters.
    bool readPresence = true;

    // The app's permissions, as the token response's `scope` lists them.
    QString scope() const;
};

// A request as the simulator saw it, for tests that check what a client sent and when.
struct RequestLogEntry
{
    qint64 simTimeMs = 0;
    QString method;
    QString path;
    QString group; // lower-case throttling group
    QString clientId;
    QString user; // extension id, or empty when the caller was not identified
    int status = 0;
};

// The RingCentral platform as CallWatch uses it, served over HTTP on 127.0.0.1: OAuth (JWT and
// refresh grants, revoke), account and extension info, both active-calls endpoints, presence
// (one, up to 30 at once, the account's) and monitored lines, call queues (list, details with
// service level, members, agents' availability), the telephony session GET, WebSocket tokens
// (the gateway itself is PushGateway), rate limits, and faults and scripted events that tests
// inject through this API or the loopback control endpoint.
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SimServer(SimOptions options = {}, QObject *parent = nullptr);
    ~SimServer() override;

    // Listens on 127.0.0.1 only. Returns the port, 0 on failure.
    quint16 start(quint16 port = 0);
    QUrl baseUrl() const { return m_baseUrl; }

    const SimOptions &options() const { return m_options; }
    QString adminJwt() const { return m_adminJwt; }
    QString userJwt() const { return m_userJwt; }
    // A JWT credential for any user of the account: 0 never expires, a negative lifetime
    // gives one that has already expired.
    QString mintJwt(qint64 extensionId, qint64 expiresInSeconds) const;

    SimClock &clock() { return m_clock; }
    const SimAccount &account() const { return m_account; }
    CallEngine &calls() { return *m_engine; }
    SimPresence &presence() { return m_presence; }

    // Test hooks for presence, effective just after now (the next instant the engine and the
    // gateway live through), held until changed again. False for an unknown user extension.
    bool setDnd(qint64 extensionId, PresenceState::Dnd dnd);
    bool setUserStatus(qint64 extensionId, PresenceState::UserStatus status);
    // acceptCurrentQueueCalls of the agent for their queue.
    bool setAcceptCurrentQueueCalls(qint64 extensionId, bool accept);
    // The standard user's monitored lines (user or queue extension ids); false if one is unknown.
    bool setMonitoredLines(const std::vector<qint64> &extensionIds);
    // The WebSocket gateway that /restapi/oauth/wstoken points at.
    PushGateway &push() { return *m_push; }
    RateLimiter &rateLimiter() { return m_limiter; }
    OAuthSessions &sessions() { return m_sessions; }

    void injectFault(const Fault &fault) { m_faults.add(fault); }
    void clearFaults() { m_faults.clear(); }
    void expireAllAccessTokens() { m_sessions.expireAllAccessTokens(); }
    void revokeAllRefreshTokens() { m_sessions.revokeAllRefreshTokens(); }

    const std::deque<RequestLogEntry> &requestLog() const { return m_log; }

    // The REST error body: legacy top-level errorCode/message next to errors[], with `extra`
    // fields (e.g. permissionName) in both.
    static QJsonObject errorBody(const QString &topCode, const QString &code, const QString &message,
                                 const QJsonObject &extra = {});
    // The 403 bodies of a missing permission: the app's (CMN-401) or the user's (CMN-408).
    static QJsonObject missingAppPermission(const QString &permission);
    static QJsonObject missingUserPermission(const QString &permission);

    struct Request;
    struct Response;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Response dispatch(const Request &req);
    Response handleToken(const Request &req);
    Response handleRevoke(const Request &req);
    Response handleApi(const Request &req);
    Response handleControl(const Request &req);
    Response activeCalls(const Request &req, const OAuthSession &session, const QString &apiBase,
                         const QString &extensionSegment);
    Response extensionList(const Request &req, const QString &apiBase);
    Response extensionInfo(const OAuthSession &session, const QString &apiBase,
                           const QString &extensionSegment);
    Response presence(const Request &req, const OAuthSession &session, const QString &apiBase,
                      const QString &extensionSegment);
    // One extension's presence as the single GET answers it, or its error.
    Response presenceOf(const OAuthSession &session, const QString &apiBase, const QString &id,
                        bool detailed);
    Response bulkPresence(const OAuthSession &session, const QString &apiBase, const QStringList &ids,
                          bool detailed);
    Response monitoredLines(const Request &req, const OAuthSession &session, const QString &apiBase,
                            const QString &extensionSegment);
    Response callQueues(const Request &req, const QString &apiBase);
    Response callQueue(const Request &req, const QString &apiBase, const QString &groupId,
                       const QString &what);
    Response callQueuePresence(const OAuthSession &session, const QString &extensionSegment);
    Response answeringRule(const QString &apiBase, const QString &extensionSegment, const QString &ruleId);
    Response telephonySession(const OAuthSession &session, const QString &telephonySessionId);

    Response applyFault(const Fault &fault, Response response) const;
    static void writeResponse(QHttpServerResponder &responder, const Response &response);
    void log(const Request &req, const Response &response, const QString &group, const QString &clientId,
             const QString &user);

    SimOptions m_options;
    SimClock m_clock;
    SimAccount m_account;
    SimPresence m_presence;
    std::unique_ptr<CallEngine> m_engine;
    std::unique_ptr<PushGateway> m_push; // after the engine: it listens to it
    OAuthSessions m_sessions;
    RateLimiter m_limiter;
    FaultPlan m_faults;
    JwtIssuer m_jwt;
    QString m_adminJwt;
    QString m_userJwt;
    QUrl m_baseUrl;
    std::deque<RequestLogEntry> m_log;
};

} // namespace callwatch::sim
