#pragma once

#include "apierror.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <memory>

class QWebSocket;

namespace callwatch {

class Clock;
class RestClient;

// One text frame of the gateway, `[meta, body]`, read as data from outside.
struct GatewayFrame
{
    QString type; // ConnectionDetails, ServerNotification, ClientRequest, Error, ...; empty if none
    QString messageId;
    int status = 0; // a ClientRequest answer's HTTP status; 0 when absent or out of range
    QJsonValue body; // the second element (undefined when there is none)
    bool hasWsc = false; // the frame carries a session context
    QString wscToken;
    qint64 wscSequence = 0;

    static GatewayFrame parse(const QString &text);
};

// One connection to RingCentral's WebSocket gateway with one subscription: a wstoken, the
// socket, the subscription over it, recovery of the session (`wsc`) after a drop, heartbeats,
// and reconnects with backoff. It knows nothing of what the events mean: notifications of the
// current subscription go out as they are.
class GatewayConnection : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Stopped,
        Connecting, // getting a token, connecting, recovering or subscribing
        Subscribed,
        Unavailable, // reason() says why; no retry until start()
    };
    Q_ENUM(State)

    // A filter the platform did not grant: it answers the subscription with success and lists
    // the filter under `disabledFilters` (or leaves it out of `eventFilters`), so a subscription
    // that "worked" may deliver nothing.
    struct RefusedFilter
    {
        QString filter;
        QString reason; // the platform's reason and message, when it gave one
    };

    GatewayConnection(RestClient &client, const Clock &clock, QObject *parent = nullptr);
    ~GatewayConnection() override;

    // The event filters of the one subscription; a change while running starts over.
    void setEventFilters(const QStringList &filters);
    void start();
    // Deletes the subscription on the server and closes the socket.
    void stop();
    // The consumer has what it needs from this connection: the backoff starts over. Not on a
    // bare subscription, or a consumer whose first read keeps failing would reconnect every
    // second through the Auth budget.
    void markHealthy();
    // The consumer could not use the connection (e.g. its first read failed): reconnect later.
    void reconnectLater(const ApiError &error, const QString &reason);
    // The consumer cannot use events at all: stop trying until start(). `permission` names
    // what the app lacks when that is the cause (e.g. "CallControl").
    void giveUp(const QString &reason, const QString &permission = {});

    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    const QList<RefusedFilter> &refusedFilters() const { return m_refused; }
    // The permission whose absence made the connection give up; empty otherwise.
    QString missingPermission() const { return m_missingPermission; }

    // Whether `granted` (as the platform echoes it: `~` expanded, queries in any order) is the
    // filter that `requested` asked for.
    static bool filterMatches(const QString &requested, const QString &granted);
    // The filters of `requested` that a subscription answer did not grant, with the platform's
    // reasons from `disabledFilters`.
    static QList<RefusedFilter> refusedOf(const QStringList &requested, const QJsonObject &subscription);

Q_SIGNALS:
    void stateChanged();
    // A subscription is active: `fresh` when it is new (what happened meanwhile is unknown),
    // false when a recovery kept it and the gateway replays what was missed.
    void subscribed(bool fresh);
    // A notification of the current subscription (routed by subscriptionId, never by the
    // event path: an account subscription delivers extension paths too).
    void notification(const QJsonObject &envelope);

private:
    void connectSocket();
    void openSocket(const QUrl &uri, const QString &token);
    void onMessage(const QString &text);
    void onConnectionDetails(const QJsonObject &body);
    void onClientResponse(const QString &messageId, int status, const QJsonValue &body);
    void onSubscriptionAnswer(const QJsonObject &subscription);
    void onDisconnected();
    void subscribe();
    void sendRequest(const QString &method, const QString &path, const QJsonObject &body,
                     const QString &purpose);
    void sendHeartbeat();
    void restartHeartbeat();
    void retryLater(const ApiError &error, const QString &reason);
    void closeSocket(bool deleteSubscription);
    void setState(State state, const QString &reason = {});

    RestClient &m_client;
    const Clock &m_clock;
    QStringList m_filters;
    bool m_running = false;
    quint64 m_generation = 0; // answers from before a stop or a filter change are dropped
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
    QList<RefusedFilter> m_refused;
    QString m_missingPermission;
};

} // namespace callwatch
