#pragma once

#include "activecall.h"
#include "callprogress.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace callwatch {

// One party of a telephony session as the platform reports it.
struct SessionParty
{
    QString id;
    QString extensionId; // absent on the external (PSTN) leg
    QString direction; // relative to the party: the caller's leg into RingCentral is Outbound
    // status.code: Setup, Proceeding, Answered, Hold, Parked, VoiceMail, Disconnected, Gone, ...
    QString code;
    QString reason; // status.reason, e.g. BlindTransfer
    CallParty from;
    CallParty to;
    bool queueCall = false;
    QString queueName; // uiCallInfo.primary when it names a queue

    bool operator==(const SessionParty &) const = default;
};

// A telephony-session event (one party, as the platform sends it), or the complete view of a
// session that a per-session check or the presence read gives.
struct SessionEvent
{
    QString telephonySessionId;
    QString sessionId;
    qint64 sequence = 0; // the session's event order, shared by its parties; 0: not an event
    qint64 eventTimeMs = 0; // the time of this change; 0 when absent or unreadable
    std::vector<SessionParty> parties;

    // A notification's body (TelephonySessionsEventBody). Accepts any subset of the fields and
    // ids as numbers or text; nullopt only without a session id.
    static std::optional<SessionEvent> fromEventBody(const QJsonObject &body);
    // The answer of GET /telephony/sessions/{id} (CallSessionObject): every party of the call.
    static std::optional<SessionEvent> fromSessionObject(const QJsonObject &object);
    // The calls in progress of one extension's detailed presence (activeCalls), one view of
    // one party each; calls presence reports as over are left out.
    static std::vector<SessionEvent> fromPresence(const QJsonObject &presence);
};

// One call as its telephony events tell it: the parties, each kept at its newest event (the
// platform orders events per session, but they arrive late, twice or out of order, and each
// carries only the party that changed), and from them the call's status and its clock.
class TelephonySession
{
public:
    explicit TelephonySession(QString id = {});

    // Merges an event: a party changes only if the event is newer than what is known of that
    // party, so a duplicate or an older event changes nothing and a late one loses nothing.
    // `nowMs` stands in for a missing event time. Returns whether the call's view changed.
    bool apply(const SessionEvent &event, qint64 nowMs);
    // What a check or presence read says; parties it does not list are gone when `complete`.
    // Parties that events already report keep the events' word unless `complete`, and even a
    // complete view (a check) leaves alone a party an event changed after `askedAtMs`, when
    // the check was sent: its answer is older news than that event.
    bool adopt(const SessionEvent &view, bool complete, qint64 nowMs, qint64 askedAtMs = 0);

    const QString &id() const { return m_id; }
    const CallProgress &progress() const { return m_progress; }
    // The call as a record, for a row the active-calls list does not have (yet).
    ActiveCall describe() const;
    bool isEnded() const { return m_progress.status == CallStatus::Ended; }
    qint64 lastChangeMs() const { return m_lastChangeMs; }
    // A leg of a call with several went away and at most one is left, with no event since:
    // either a transfer or a hand-off in progress, or a hang-up whose event was lost. 0 if not.
    qint64 orphanedSinceMs() const { return m_orphanedSinceMs; }
    int partyCount() const { return int(m_parties.size()); }

    static bool isFinishedCode(const QString &code);
    static bool isRingingCode(const QString &code);

private:
    struct Party
    {
        SessionParty state;
        qint64 sequence = 0;
        qint64 changedAtMs = 0; // when an event last changed it (our clock); 0: never
    };

    Party *findParty(const QString &id);
    bool take(const SessionParty &party, qint64 sequence, qint64 nowMs);
    void derive(qint64 atMs);

    QString m_id;
    QString m_sessionId;
    std::vector<Party> m_parties; // in order of appearance
    CallProgress m_progress;
    qint64 m_startMs = 0;
    qint64 m_lastChangeMs = 0;
    qint64 m_endedSequence = 0; // the event that ended the call: older news of new parties is late
    qint64 m_highestSequence = 0;
    qint64 m_orphanedSinceMs = 0;
    bool m_started = false;
};

} // namespace callwatch
