#pragma once

#include "telephonysession.h"

#include <QHash>
#include <QStringList>
#include <vector>

namespace callwatch {

// What the board takes from the event side for one call.
struct SessionView
{
    QString telephonySessionId;
    CallProgress progress;
    ActiveCall described; // for a row the active-calls list does not have
    TruthSource source = TruthSource::Event;
    qint64 atMs = 0; // when this was learnt
};

// Every call the telephony events have told of, by telephony session id, with the calls that
// ended kept a while so that their late events are recognised as late.
class CallSessions
{
public:
    // An event from the push: true when the call's view changed.
    bool apply(const SessionEvent &event, qint64 nowMs);
    // The calls in progress that presence lists when the push connects: older than any event.
    bool seed(const SessionEvent &view, qint64 nowMs);
    // A per-session check: the platform's complete word on the call now.
    // `askedAtMs`: when the check was sent (what events told since stays).
    bool adoptCheck(const SessionEvent &view, qint64 nowMs, qint64 askedAtMs);
    // A check answered 404: the call is over (but for what events told since `askedAtMs`).
    bool markGone(const QString &telephonySessionId, qint64 nowMs, qint64 askedAtMs);

    SessionView view(const QString &telephonySessionId) const;
    const TelephonySession *find(const QString &telephonySessionId) const;
    // Calls left with a single leg, with no event since `beforeMs`: to be checked.
    QStringList orphanedBefore(qint64 beforeMs) const;
    // Forgets calls that ended before `beforeMs`.
    void forgetEndedBefore(qint64 beforeMs);
    void clear();
    int size() const { return int(m_sessions.size()); }

private:
    QHash<QString, TelephonySession> m_sessions;
    QHash<QString, TruthSource> m_sources; // what last changed each call
};

} // namespace callwatch
