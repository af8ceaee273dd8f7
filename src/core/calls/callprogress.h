#pragma once

#include <QString>
#include <QStringList>

namespace callwatch {

// Where a call stands, in the user's words. Ringing to Ended come from telephony events or a
// per-session check; InProgress is all the active-calls list can say of a live call (it cannot
// tell talking from holding); Checking is a list record whose state the list cannot settle
// (a live RingOut call listed as "Call connected" with duration 0) until its check answers.
enum class CallStatus : quint8 {
    Ringing,
    Queued,
    Talking,
    OnHold,
    Parked,
    VoiceMail,
    InProgress,
    Checking,
    Ended
};

// Where a row's state came from: the active-calls list, a telephony event, the presence read
// at connect time, or a per-session check.
enum class TruthSource : quint8 { List, Event, Presence, Check };

// A call's state and its clock: what the row shows besides who is talking to whom. Times are
// the platform's epoch milliseconds (event times, or our clock for list and check answers).
struct CallProgress
{
    CallStatus status = CallStatus::InProgress;
    qint64 statusSinceMs = 0; // 0: unknown
    // Time spent before statusSinceMs in each phase; the current one runs on from statusSinceMs.
    qint64 ringMs = 0; // ringing or queued, before an answer
    qint64 talkMs = 0;
    qint64 holdMs = 0; // on hold or parked
    qint64 endedAtMs = 0;
    QString endReason; // the platform's reason (e.g. "BlindTransfer"), or a list result
    // Whether statusSinceMs is when the status began, and whether the phase times cover the
    // whole call: not for a call CallWatch joined in progress (the presence read at connect,
    // a first event mid-call, a check), whose earlier phases nobody told.
    bool sinceKnown = false;
    bool phasesKnown = false;
    int ringingParties = 0; // agents a queue call rings at once
    bool queueCall = false;
    QStringList extensionIds; // every extension on the call, in order of appearance

    bool isLive() const { return status != CallStatus::Ended; }
    // The phase totals up to `nowMs`, the running phase included.
    qint64 ringTotalMs(qint64 nowMs) const { return ringMs + runningMs(nowMs, CallStatus::Ringing); }
    qint64 talkTotalMs(qint64 nowMs) const { return talkMs + runningMs(nowMs, CallStatus::Talking); }
    qint64 holdTotalMs(qint64 nowMs) const { return holdMs + runningMs(nowMs, CallStatus::OnHold); }
    qint64 inStatusMs(qint64 nowMs) const
    {
        const qint64 until = status == CallStatus::Ended && endedAtMs > 0 ? endedAtMs : nowMs;
        return statusSinceMs > 0 && until > statusSinceMs ? until - statusSinceMs : 0;
    }

    bool operator==(const CallProgress &) const = default;

private:
    // Queued counts as ringing (the caller waits for an answer), Parked as holding.
    static CallStatus phaseOf(CallStatus s)
    {
        switch (s) {
        case CallStatus::Queued:
            return CallStatus::Ringing;
        case CallStatus::Parked:
            return CallStatus::OnHold;
        default:
            return s;
        }
    }
    qint64 runningMs(qint64 nowMs, CallStatus phase) const
    {
        return phaseOf(status) == phase ? inStatusMs(nowMs) : 0;
    }
};

// A stable machine name for exports and logs ("ringing", "on_hold", ...).
inline QString statusName(CallStatus s)
{
    switch (s) {
    case CallStatus::Ringing:
        return QStringLiteral("ringing");
    case CallStatus::Queued:
        return QStringLiteral("queued");
    case CallStatus::Talking:
        return QStringLiteral("talking");
    case CallStatus::OnHold:
        return QStringLiteral("on_hold");
    case CallStatus::Parked:
        return QStringLiteral("parked");
    case CallStatus::VoiceMail:
        return QStringLiteral("voicemail");
    case CallStatus::InProgress:
        return QStringLiteral("in_progress");
    case CallStatus::Checking:
        return QStringLiteral("checking");
    case CallStatus::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

} // namespace callwatch
