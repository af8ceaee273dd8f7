#pragma once

#include "activecallsfeed.h"
#include "apierror.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <memory>
#include <optional>

class QWebSocket;

namespace callwatch {

class AuthSession;
class Clock;
class RestClient;

// Live telephony-session events over RingCentral's WebSocket gateway: a wstoken, one socket,
// one subscription for the chosen scope, and from the events the number of calls that are
// ringing or connecting and on hold, which the active-calls list never reports. The counts
// exist only while the push is live; at any other moment they are unknown, never old.
class TelephonyPush : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Stopped,
        Connecting, // getting a token, connecting, recovering, subscribing or reading the calls in progress
        Live,
        Unavailable, // reason() says why and whether it retries
    };
    Q_ENUM(State)

    struct Counts
    {
        int ringing = 0; // calls with a party in Setup or Proceeding
        int onHold = 0; // calls with a party in Hold or Parked
        bool operator==(const Counts &) const = default;
    };

    TelephonyPush(RestClient &client, AuthSession &auth, const Clock &clock, QObject *parent = nullptr);
    ~TelephonyPush() override;

    // Account or own extension, as the active-calls feed; a change while running starts over.
    void setScope(CallScope scope);
    CallScope scope() const { return m_scope; }

    void start();
    // Deletes the subscription on the server and closes the socket.
    void stop();

    State state() const { return m_state; }
    // What the user should know when not live, in one sentence.
    QString reason() const { return m_reason; }
    std::optional<Counts> counts() const;

Q_SIGNALS:
    void stateChanged();
    void countsChanged();

private:
    struct Session
    {
        qint64 sequence = 0; // the highest seen; older events arrive late and are ignored
        QHash<QString, QString> parties; // party id -> status code
        qint64 endedAtMs = 0; // all parties gone: kept a while so a late event cannot revive it
    };

    void connectSocket();
    void openSocket(const QUrl &uri, const QString &token);
    void onMessage(const QString &text);
    void onConnectionDetails(const QJsonObject &meta, const QJsonObject &body);
    void onNotification(const QJsonObject &envelope);
    void onClientResponse(const QString &messageId, int status, const QJsonValue &body);
    void onDisconnected();
    void subscribe();
    void seed(const QUrl &page, quint64 generation);
    void applyParty(Session &session, const QString &partyId, const QString &code,
                    const QString &extensionId);
    void sendRequest(const QString &method, const QString &path, const QJsonObject &body,
                     const QString &purpose);
    void sendHeartbeat();
    void restartHeartbeat();
    void retryLater(const ApiError &error, const QString &reason);
    void giveUp(const QString &reason);
    void closeSocket(bool deleteSubscription);
    void setState(State state, const QString &reason = {});
    void recount();

    RestClient &m_client;
    AuthSession &m_auth;
    const Clock &m_clock;
    CallScope m_scope = CallScope::Account;
    bool m_running = false;
    quint64 m_generation = 0; // answers from before a stop or scope change are dropped
    State m_state = State::Stopped;
    QString m_reason;
    QString m_gatewayError; // an Error frame's reason, until the connection it closed is retried
    std::unique_ptr<QWebSocket> m_socket;
    QTimer m_retry;
    QTimer m_heartbeat;
    QTimer m_heartbeatAnswer; // a sent heartbeat not yet echoed
    QTimer m_handshake;
    int m_failures = 0;

    QString m_wscToken;
    qint64 m_wscSequence = 0;
    int m_recoveryTimeoutSeconds = 180;
    qint64 m_disconnectedAtMs = 0; // 0 while connected
    QString m_subscriptionId;
    QHash<QString, QString> m_pending; // messageId -> what the request was for
    bool m_seeded = false;

    QHash<QString, Session> m_sessions; // by telephonySessionId
    Counts m_counts;
};

} // namespace callwatch
