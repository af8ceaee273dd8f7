#include "callsessions.h"

namespace callwatch {

bool CallSessions::apply(const SessionEvent &event, qint64 nowMs)
{
    auto it = m_sessions.find(event.telephonySessionId);
    if (it == m_sessions.end()) {
        // A call first heard of as already over (RingCentral's call-control SDK skips these
        // too) is no news for the board: nothing to show, and no memory needed.
        const bool allFinished
            = std::all_of(event.parties.cbegin(), event.parties.cend(),
                          [](const SessionParty &p) { return TelephonySession::isFinishedCode(p.code); });
        if (allFinished)
            return false;
        it = m_sessions.insert(event.telephonySessionId, TelephonySession(event.telephonySessionId));
    }
    if (!it->apply(event, nowMs))
        return false;
    m_sources.insert(event.telephonySessionId, TruthSource::Event);
    return true;
}

bool CallSessions::seed(const SessionEvent &view, qint64 nowMs)
{
    auto it = m_sessions.find(view.telephonySessionId);
    if (it == m_sessions.end())
        it = m_sessions.insert(view.telephonySessionId, TelephonySession(view.telephonySessionId));
    if (!it->adopt(view, false, nowMs))
        return false;
    if (!m_sources.contains(view.telephonySessionId))
        m_sources.insert(view.telephonySessionId, TruthSource::Presence);
    return true;
}

bool CallSessions::adoptCheck(const SessionEvent &view, qint64 nowMs, qint64 askedAtMs)
{
    auto it = m_sessions.find(view.telephonySessionId);
    if (it == m_sessions.end())
        it = m_sessions.insert(view.telephonySessionId, TelephonySession(view.telephonySessionId));
    const bool changed = it->adopt(view, true, nowMs, askedAtMs);
    m_sources.insert(view.telephonySessionId, TruthSource::Check);
    return changed;
}

bool CallSessions::markGone(const QString &telephonySessionId, qint64 nowMs, qint64 askedAtMs)
{
    auto it = m_sessions.find(telephonySessionId);
    if (it == m_sessions.end() || it->isEnded())
        return false;
    SessionEvent none;
    none.telephonySessionId = telephonySessionId;
    if (!it->adopt(none, true, nowMs, askedAtMs))
        return false;
    m_sources.insert(telephonySessionId, TruthSource::Check);
    return true;
}

SessionView CallSessions::view(const QString &telephonySessionId) const
{
    SessionView v;
    v.telephonySessionId = telephonySessionId;
    const auto it = m_sessions.constFind(telephonySessionId);
    if (it == m_sessions.cend())
        return v;
    v.progress = it->progress();
    v.described = it->describe();
    v.source = m_sources.value(telephonySessionId, TruthSource::Event);
    v.atMs = it->lastChangeMs();
    return v;
}

const TelephonySession *CallSessions::find(const QString &telephonySessionId) const
{
    const auto it = m_sessions.constFind(telephonySessionId);
    return it == m_sessions.cend() ? nullptr : &*it;
}

QStringList CallSessions::orphanedBefore(qint64 beforeMs) const
{
    QStringList out;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        const qint64 since = it->orphanedSinceMs();
        if (since > 0 && since < beforeMs)
            out.append(it.key());
    }
    return out;
}

void CallSessions::forgetEndedBefore(qint64 beforeMs)
{
    m_sessions.removeIf([this, beforeMs](const auto &entry) {
        const bool old = entry.value().isEnded() && entry.value().progress().endedAtMs < beforeMs;
        if (old)
            m_sources.remove(entry.key());
        return old;
    });
}

void CallSessions::clear()
{
    m_sessions.clear();
    m_sources.clear();
}

} // namespace callwatch
