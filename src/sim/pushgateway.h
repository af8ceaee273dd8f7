#pragma once

#include "telephonysessions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <deque>
#include <map>
#include <memory>
#include <optional>

class QWebSocket;
class QWebSocketServer;

namespace callwatch::sim {

class CallEngine;
class FaultPlan;
class SimAccount;
class SimClock;
class SimPresence;
struct OAuthSession;

// Telephony notifications lost or sent twice on the way. Whether an event suffers either is
// decided from the simulator's seed and the event itself, so the same run loses the same ones.
struct EventFaults
{
    double drop = 0; // the share of notifications never sent
    double duplicate = 0; // the share sent twice, the very same frame
};

// The platform's WebSocket gateway (WSG) on 127.0.0.1: single-use ws tokens, ConnectionDetails
// with a session context token (`wsc`), one subscription per connection created over the
// socket with ClientRequest frames (filters the app or user may not use come back in
// disabledFilters), telephony-session ServerNotifications with one changed party each as the
// call engine lives through its calls, presence notifications (an extension's, the account's,
// the monitored lines' list and presence, a queue's members' availability) as calls and
// presence settings change, Heartbeat echo, ping frames, idle and absolute timeouts, and
// session recovery with replay of what was missed.
class PushGateway : public QObject
{
    Q_OBJECT

public:
    // What ConnectionDetails announces.
    static constexpr int kRecoveryBufferSize = 100;
    static constexpr int kRecoveryTimeoutSeconds = 180;
    static constexpr int kIdleTimeoutSeconds = 1800;
    static constexpr int kAbsoluteTimeoutSeconds = 86400;
    static constexpr int kWsTokenSeconds = 60;

    // `faults` supplies the refused-subscription faults; `seed` decides which events the
    // event faults hit.
    PushGateway(const SimAccount &account, const SimClock &clock, CallEngine &engine,
                const SimPresence &presence, FaultPlan &faults, quint64 seed, QObject *parent = nullptr);
    ~PushGateway() override;

    // Listens on 127.0.0.1 only. Returns the port, 0 on failure.
    quint16 start();
    QUrl url() const { return m_url; }

    // POST /restapi/oauth/wstoken for this OAuth session: a single-use token for one connect.
    QString issueToken(const OAuthSession &session);

    // Fault injection: every connection is cut without a close frame (sessions stay
    // recoverable), or every session is forgotten (recovery then fails with WSG-1005).
    void dropAllConnections();
    void forgetSessions();
    // Delivers the changes of each batch newest first, so a client sees events out of order,
    // as the platform warns it may.
    void setOutOfOrder(bool on) { m_outOfOrder = on; }
    // Drops and duplicates a share of the telephony notifications from now on.
    void setEventFaults(const EventFaults &faults) { m_eventFaults = faults; }
    EventFaults eventFaults() const { return m_eventFaults; }

    int connectionCount() const;
    int subscriptionCount() const;

private:
    // A presence filter in force (push-queues-presence.md §2.5).
    struct PresenceFilter
    {
        enum class Kind {
            Extension, // one extension's presence, detailed or not
            Account, // every user's presence, without calls
            Lines, // the owner's monitored-lines list changed
            LinesPresence, // the detailed presence of each line the owner monitors
            QueueMembers, // a queue's members' availability
        };
        Kind kind = Kind::Extension;
        qint64 extension = 0; // Extension: whose; Lines, LinesPresence: the owner
        int queue = -1; // QueueMembers: index into SimAccount::queues()
        bool detailed = false;
    };
    struct Subscription
    {
        QString id;
        QStringList expanded; // the filters in force, with ~ replaced by real ids
        std::vector<std::optional<qint64>> extensions; // per telephony filter: nullopt for the account
        std::vector<PresenceFilter> presence;
        QJsonArray disabled; // disabledFilters: {filter, reason, message}
        qint64 createdMs = 0;
    };
    struct Session
    {
        QString id;
        QString wscToken;
        qint64 sequence = 0;
        QString oauthSessionId;
        qint64 ownerId = 0;
        QString scope; // the app permissions of the token it connected with
        QPointer<QWebSocket> socket;
        qint64 connectedMs = 0;
        qint64 lastInboundMs = 0;
        qint64 disconnectedMs = 0; // while no socket is attached: when it went
        std::optional<Subscription> subscription;
        std::deque<QByteArray> missed; // notifications sent while disconnected, newest last
        bool pongPending = false;
        QElapsedTimer pingSent;
        QElapsedTimer sincePing;
    };
    struct Token
    {
        QString oauthSessionId;
        qint64 ownerId = 0;
        QString scope;
        qint64 expiresMs = 0;
    };

    void onNewConnection();
    void accept(QWebSocket *socket);
    void onText(Session &session, const QString &text);
    void handleClientRequest(Session &session, const QJsonObject &meta, const QJsonValue &body);
    void onCallsAdvanced(qint64 fromMs, qint64 toMs);
    // The presence notifications of what changed in (fromMs, toMs].
    void deliverPresence(qint64 fromMs, qint64 toMs);
    void notify(Session &session, const QString &event, const QJsonObject &body, const QString &timestamp);
    // Reads a presence filter (`rest` is the path after the account, `query` with its '?');
    // nullopt when it is none of them. Sets `refusal` when the app or user may not use it.
    std::optional<PresenceFilter> presenceFilter(const Session &session, const QString &rest,
                                                 const QString &query, QString *expanded, QString *refusal,
                                                 bool *unknown) const;
    void tick();
    void sendError(QWebSocket *socket, int status, const QString &code, const QString &message);
    void send(Session &session, QJsonObject meta, const std::optional<QJsonValue> &body);
    void deliver(Session &session, const QByteArray &frame);
    QJsonObject wscFor(Session &session);
    Session *sessionOf(const QWebSocket *socket);
    Session &newSession(const Token &token);
    QJsonObject connectionDetailsBody(qint64 createdMs) const;
    // The subscription a create or change request asks for, or the status and error body.
    std::optional<Subscription> subscriptionFrom(const Session &session, const QJsonObject &body, int *status,
                                                 QJsonObject *error) const;
    QJsonObject subscriptionJson(const Subscription &s) const;
    // The 403 body of an injected refusal with `errorCode`.
    static QJsonObject refusal(const QString &errorCode);
    // Whether a notification about a party of `partyExtension` reaches the subscription.
    static bool delivers(const Subscription &s, std::optional<qint64> partyExtension);
    // A uniform number in [0, 1) for one event, fixed by the seed: `salt` tells the faults apart.
    double eventDraw(const SimCall &call, size_t change, quint64 salt) const;

    const SimAccount &m_account;
    const SimClock &m_clock;
    CallEngine &m_engine;
    const SimPresence &m_presence;
    FaultPlan &m_faults;
    const quint64 m_seed;
    TelephonySessions m_telephony;
    std::unique_ptr<QWebSocketServer> m_server;
    QUrl m_url;
    QHash<QString, Token> m_tokens;
    std::map<QString, Session> m_sessions; // by session id; node addresses stay stable
    QTimer m_tick;
    bool m_outOfOrder = false;
    EventFaults m_eventFaults;
    // Presence events number each extension's changes; the monitored-lines notice its own.
    QHash<int, qint64> m_presenceSequence; // by users() index
    qint64 m_linesSequence = 0;
};

} // namespace callwatch::sim
