#pragma once

#include "telephonysession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <deque>
#include <optional>

namespace callwatch {

class Clock;
class RestClient;

// Asks the platform about one call at a time (GET /telephony/sessions/{id}, Light group) when
// the board doubts a row: a call live on the board with no event for a long while, a leg left
// alone after the others hung up, a call the list has but no event ever mentioned, a list
// record that cannot be read either way. Paced well inside the Light budget, most urgent first,
// and never the same call twice within a while.
class SessionChecker : public QObject
{
    Q_OBJECT

public:
    // Urgent: an event on the way was surely lost (a leg left alone after the others hung up);
    // Soon: the board contradicts itself or the list; Later: a row merely unconfirmed for long.
    // A busy account can doubt hundreds of rows at once; the few sure losses go first.
    enum class Urgency { Urgent, Soon, Later };

    SessionChecker(RestClient &client, const Clock &clock, QObject *parent = nullptr);
    ~SessionChecker() override;

    // Queues a check unless the call is in flight or was checked recently; a call already
    // queued moves up when asked for more urgently.
    void request(const QString &telephonySessionId, Urgency urgency);
    // Takes a queued call out of the queue (news of it came meanwhile); one in flight stays.
    void withdraw(const QString &telephonySessionId);
    // Forgets the queue and what was checked (a scope change, a stop).
    void clear();
    // False once the platform refused the checks (the app lacks Call Control): why() says so.
    bool isAvailable() const { return m_why.isEmpty(); }
    QString why() const { return m_why; }
    int checksSent() const { return m_sent; }

Q_SIGNALS:
    // The platform's word on the call when it was asked at `askedAtMs` (the clock's time): its
    // parties, or nullopt when it is over (404).
    void checked(const QString &telephonySessionId, const std::optional<callwatch::SessionEvent> &session,
                 qint64 askedAtMs);
    void unavailable(const QString &why);

private:
    void pump();
    void send(const QString &telephonySessionId);

    RestClient &m_client;
    const Clock &m_clock;
    std::deque<QString> &queueFor(Urgency urgency);
    bool isQueued() const;

    std::deque<QString> m_queues[3]; // by Urgency; an id whose m_queued differs is stale there
    QHash<QString, Urgency> m_queued;
    QHash<QString, qint64> m_lastAsked; // by session: when it was queued or asked last (m_uptime)
    QTimer m_timer;
    // Our own pacing runs on real time (the budget, on the platform's clock).
    QElapsedTimer m_uptime;
    QElapsedTimer m_sinceSent;
    QElapsedTimer m_sinceLater;
    bool m_inFlight = false;
    quint64 m_generation = 0;
    QString m_why;
    int m_sent = 0;
};

} // namespace callwatch
