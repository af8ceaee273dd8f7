#pragma once

#include "activecallsfeed.h"
#include "callsessions.h"
#include "gatewayconnection.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace callwatch {

class Clock;
class RestClient;

// The board's engine when the platform allows it: telephony-session events for the chosen
// scope over the gateway connection, merged per call (CallSessions), seeded from presence with
// what is already ringing or held when the subscription starts. Live only while that holds;
// at any other moment reason() says why, and the board runs on polling.
class TelephonyEvents : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Stopped,
        Connecting, // the gateway connects or subscribes, or the calls in progress are read
        Live,
        Unavailable, // reason() says why (a permission, a refused filter) and that it stopped trying
    };
    Q_ENUM(State)

    TelephonyEvents(RestClient &client, const Clock &clock, QObject *parent = nullptr);
    ~TelephonyEvents() override;

    void setScope(CallScope scope);
    CallScope scope() const { return m_scope; }
    void start();
    void stop();

    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    GatewayConnection &connection() { return m_gateway; }
    // What the app lacks when that keeps the events away ("CallControl"); empty otherwise.
    QString missingPermission() const { return m_gateway.missingPermission(); }
    CallSessions &sessions() { return m_sessions; }
    const CallSessions &sessions() const { return m_sessions; }

    // The filter of the scope's telephony-session events.
    static QString telephonyFilter(CallScope scope);

Q_SIGNALS:
    void stateChanged();
    // These calls' views changed (an event, the presence seed).
    void sessionsChanged(const QStringList &telephonySessionIds);
    // The events start afresh (a new subscription, after a gap whose events are lost): the
    // list should be read again to reconcile the board.
    void resynced();

private:
    void onSubscribed(bool fresh);
    void onNotification(const QJsonObject &envelope);
    void seed(const QUrl &page, quint64 generation);
    void updateState();

    RestClient &m_client;
    const Clock &m_clock;
    GatewayConnection m_gateway;
    CallSessions m_sessions;
    CallScope m_scope = CallScope::Account;
    quint64 m_generation = 0; // presence answers from before a stop, scope change or reconnect are dropped
    bool m_seeded = false;
    qint64 m_prunedAtMs = 0;
    State m_state = State::Stopped;
    QString m_reason;
};

} // namespace callwatch
