#include "telephonysession.h"

#include "jsonvalues.h"

#include <QJsonArray>
#include <algorithm>

namespace callwatch {

namespace {

// The highest sequence a call's first event carries (see derive).
constexpr qint64 kFirstSequence = 2;

bool sameCode(const QString &code, QLatin1String name)
{
    // The platform's prose and payloads differ in case (Voicemail, VoiceMail): compare without it.
    return code.compare(name, Qt::CaseInsensitive) == 0;
}

bool isQueueLeg(const SessionParty &p)
{
    // The queue's own leg holds a waiting caller; agents' legs name the queue in `to` instead.
    return p.queueCall && !p.extensionId.isEmpty() && p.extensionId == p.to.extensionId;
}

SessionParty partyFrom(const QJsonObject &o, const QJsonObject &attributes)
{
    SessionParty p;
    p.id = jsonText(o.value(QLatin1String("id")));
    p.extensionId = jsonText(o.value(QLatin1String("extensionId")));
    if (p.extensionId.isEmpty()) // the session GET's deprecated owner names it too
        p.extensionId
            = jsonText(o.value(QLatin1String("owner")).toObject().value(QLatin1String("extensionId")));
    p.direction = jsonText(o.value(QLatin1String("direction")));
    const QJsonObject status = o.value(QLatin1String("status")).toObject();
    p.code = jsonText(status.value(QLatin1String("code")));
    p.reason = jsonText(status.value(QLatin1String("reason")));
    p.from = CallParty::fromJson(o.value(QLatin1String("from")).toObject());
    p.to = CallParty::fromJson(o.value(QLatin1String("to")).toObject());
    const QJsonValue queueCall = o.contains(QLatin1String("queueCall"))
        ? o.value(QLatin1String("queueCall"))
        : attributes.value(QLatin1String("queueCall"));
    p.queueCall = queueCall.toBool();
    const QJsonObject primary
        = o.value(QLatin1String("uiCallInfo")).toObject().value(QLatin1String("primary")).toObject();
    if (jsonText(primary.value(QLatin1String("type"))) == QLatin1String("QueueName"))
        p.queueName = jsonText(primary.value(QLatin1String("value")));
    return p;
}

// A party listed twice in one message counts once, as its last entry says: two states of one
// party in one message have no order between them.
void addParty(std::vector<SessionParty> &parties, SessionParty party)
{
    if (party.id.isEmpty())
        return;
    const auto same = std::find_if(parties.begin(), parties.end(),
                                   [&party](const SessionParty &p) { return p.id == party.id; });
    if (same != parties.end())
        *same = std::move(party);
    else
        parties.push_back(std::move(party));
}

} // namespace

std::optional<SessionEvent> SessionEvent::fromEventBody(const QJsonObject &body)
{
    SessionEvent e;
    e.telephonySessionId = jsonText(body.value(QLatin1String("telephonySessionId")));
    if (e.telephonySessionId.isEmpty())
        return std::nullopt;
    e.sessionId = jsonText(body.value(QLatin1String("sessionId")));
    e.sequence = std::max<qint64>(0, jsonInteger(body.value(QLatin1String("sequence")), 0));
    const QDateTime time = ActiveCall::parseTimestamp(jsonText(body.value(QLatin1String("eventTime"))));
    e.eventTimeMs = time.isValid() ? time.toMSecsSinceEpoch() : 0;
    for (const QJsonValue &p : body.value(QLatin1String("parties")).toArray()) {
        addParty(e.parties, partyFrom(p.toObject(), {}));
    }
    return e;
}

std::optional<SessionEvent> SessionEvent::fromSessionObject(const QJsonObject &object)
{
    SessionEvent e;
    e.telephonySessionId = jsonText(object.value(QLatin1String("id")));
    if (e.telephonySessionId.isEmpty())
        return std::nullopt;
    for (const QJsonValue &p : object.value(QLatin1String("parties")).toArray()) {
        const QJsonObject o = p.toObject();
        addParty(e.parties, partyFrom(o, o.value(QLatin1String("attributes")).toObject()));
    }
    return e;
}

std::vector<SessionEvent> SessionEvent::fromPresence(const QJsonObject &presence)
{
    // Presence's telephonyStatus as the session status it stands for (reference §5.3).
    const auto codeOf = [](const QString &status) {
        if (status == QLatin1String("Ringing"))
            return QStringLiteral("Proceeding");
        if (status == QLatin1String("OnHold"))
            return QStringLiteral("Hold");
        if (status == QLatin1String("ParkedCall"))
            return QStringLiteral("Parked");
        if (status == QLatin1String("NoCall"))
            return QStringLiteral("Disconnected");
        return QStringLiteral("Answered");
    };
    std::vector<SessionEvent> views;
    const QString extensionId
        = jsonText(presence.value(QLatin1String("extension")).toObject().value(QLatin1String("id")));
    for (const QJsonValue &c : presence.value(QLatin1String("activeCalls")).toArray()) {
        const QJsonObject call = c.toObject();
        SessionEvent view;
        view.telephonySessionId = jsonText(call.value(QLatin1String("telephonySessionId")));
        SessionParty party;
        party.id = jsonText(call.value(QLatin1String("partyId")));
        party.extensionId = extensionId;
        party.direction = jsonText(call.value(QLatin1String("direction")));
        party.code = codeOf(jsonText(call.value(QLatin1String("telephonyStatus"))));
        party.from.phoneNumber = jsonText(call.value(QLatin1String("from")));
        party.from.name = jsonText(call.value(QLatin1String("fromName")));
        party.to.phoneNumber = jsonText(call.value(QLatin1String("to")));
        party.to.name = jsonText(call.value(QLatin1String("toName")));
        party.queueCall = call.value(QLatin1String("queueCall")).toBool();
        if (view.telephonySessionId.isEmpty() || party.id.isEmpty()
            || TelephonySession::isFinishedCode(party.code))
            continue;
        view.parties.push_back(std::move(party));
        views.push_back(std::move(view));
    }
    return views;
}

TelephonySession::TelephonySession(QString id)
    : m_id(std::move(id))
{
}

bool TelephonySession::isFinishedCode(const QString &code)
{
    return sameCode(code, QLatin1String("Disconnected")) || sameCode(code, QLatin1String("Gone"));
}

bool TelephonySession::isRingingCode(const QString &code)
{
    return sameCode(code, QLatin1String("Setup")) || sameCode(code, QLatin1String("Proceeding"));
}

TelephonySession::Party *TelephonySession::findParty(const QString &id)
{
    const auto it = std::find_if(m_parties.begin(), m_parties.end(),
                                 [&id](const Party &p) { return p.state.id == id; });
    return it == m_parties.end() ? nullptr : &*it;
}

bool TelephonySession::take(const SessionParty &party, qint64 sequence, qint64 nowMs)
{
    m_highestSequence = std::max(m_highestSequence, sequence);
    if (Party *known = findParty(party.id)) {
        // Ordered per party, as RingCentral's own call-control SDK does: `sequence` is shared by
        // every party of the call, so an event older than another party's news is still news.
        if (sequence > 0 && sequence <= known->sequence)
            return false;
        // Names arrive late (the caller's name is missing on the first events): keep what we had.
        SessionParty merged = party;
        if (merged.from.name.isEmpty())
            merged.from.name = known->state.from.name;
        if (merged.to.name.isEmpty())
            merged.to.name = known->state.to.name;
        if (merged.queueName.isEmpty())
            merged.queueName = known->state.queueName;
        // Without a sequence there is no order to go by: only a difference is news (a duplicate
        // of such an event would otherwise count as a change every time it came).
        if (sequence <= 0 && merged == known->state)
            return false;
        known->state = std::move(merged);
        known->sequence = std::max(known->sequence, sequence);
        known->changedAtMs = nowMs;
        return true;
    }
    // News of a party we never saw, older than the event that ended the call, is a late echo
    // of the call before it ended: taking it would bring a finished call back to life.
    if (isEnded() && sequence > 0 && sequence < m_endedSequence)
        return false;
    m_parties.push_back(Party { party, sequence, nowMs });
    return true;
}

bool TelephonySession::apply(const SessionEvent &event, qint64 nowMs)
{
    if (m_sessionId.isEmpty())
        m_sessionId = event.sessionId;
    bool changed = false;
    bool connectedLeft = false; // a leg that was talking (or held) went away
    bool ringingLeft = false; // a leg that only rang, or the queue's own leg, went away
    for (const SessionParty &party : event.parties) {
        const Party *before = findParty(party.id);
        const bool wasActive = before && !isFinishedCode(before->state.code);
        const bool wasConnected
            = wasActive && !isRingingCode(before->state.code) && !isQueueLeg(before->state);
        if (take(party, event.sequence, nowMs)) {
            changed = true;
            if (wasActive && isFinishedCode(party.code))
                (wasConnected ? connectedLeft : ringingLeft) = true;
        }
    }
    if (!changed)
        return false;
    const qint64 at = event.eventTimeMs > 0 ? event.eventTimeMs : nowMs;
    derive(at);
    if (isEnded())
        m_endedSequence = std::max(m_endedSequence, event.sequence);
    const int active = int(std::count_if(m_parties.cbegin(), m_parties.cend(),
                                         [](const Party &p) { return !isFinishedCode(p.state.code); }));
    // Seen whole, a call with one leg left after another went is suspect. Joined in progress,
    // the legs from before us may be missing (a queue call's caller): a ringing leg that stops
    // while the one left talks is then taken for a hand-off (the queue's leg, agents who lost
    // the race, an IVR), and only a talking leg's departure, or a ringing one's that leaves no
    // one talking, makes the leg left alone suspect.
    const bool loneTalks = std::any_of(m_parties.cbegin(), m_parties.cend(), [](const Party &p) {
        return !isFinishedCode(p.state.code) && !isRingingCode(p.state.code) && !isQueueLeg(p.state);
    });
    const bool partyLeft = connectedLeft || (ringingLeft && (m_progress.phasesKnown || !loneTalks));
    // A transfer says so; otherwise one leg left of several is suspect (see orphanedSinceMs).
    const bool transfer
        = std::any_of(event.parties.cbegin(), event.parties.cend(), [](const SessionParty &p) {
              return p.reason.contains(QLatin1String("Transfer"), Qt::CaseInsensitive);
          });
    if (!isEnded() && partyLeft && !transfer && m_parties.size() >= 2 && active <= 1)
        m_orphanedSinceMs = nowMs;
    else if (isEnded() || active >= 2)
        m_orphanedSinceMs = 0;
    return true;
}

bool TelephonySession::adopt(const SessionEvent &view, bool complete, qint64 nowMs, qint64 askedAtMs)
{
    bool changed = false;
    const auto newerThanCheck
        = [askedAtMs](const Party &p) { return askedAtMs > 0 && p.changedAtMs > askedAtMs; };
    for (const SessionParty &party : view.parties) {
        Party *known = findParty(party.id);
        // Presence is older news than any event; a check is the platform's word when it was
        // asked, not about what events told since.
        if (known && (!complete || newerThanCheck(*known)))
            continue;
        if (known && known->state.code == party.code && known->state.extensionId == party.extensionId)
            continue;
        if (known) {
            known->state.code = party.code;
            known->state.reason = party.reason;
        } else {
            m_parties.push_back(Party { party, 0 });
        }
        changed = true;
    }
    if (complete) {
        for (Party &p : m_parties) {
            const bool listed = std::any_of(view.parties.cbegin(), view.parties.cend(),
                                            [&p](const SessionParty &q) { return q.id == p.state.id; });
            if (!listed && !isFinishedCode(p.state.code) && !newerThanCheck(p)) {
                p.state.code = QStringLiteral("Disconnected");
                changed = true;
            }
        }
        m_orphanedSinceMs = 0;
    }
    if (changed) {
        derive(nowMs);
        // Ended by a check: a late event of it must not bring it back either.
        if (isEnded())
            m_endedSequence = std::max(m_endedSequence, m_highestSequence + 1);
    }
    return changed;
}

void TelephonySession::derive(qint64 atMs)
{
    const bool first = !m_started;
    if (first) {
        m_started = true;
        m_startMs = atMs;
        // Seen from its first ring, the call's clock is whole and all its legs are known; joined
        // later, only from now on. A call's first event has sequence 1 or 2 (the captures begin
        // at 2); an agent's leg first heard at 7 rings in a call that began before us.
        const bool fromTheStart
            = std::all_of(m_parties.cbegin(), m_parties.cend(),
                          [](const Party &p) { return p.sequence > 0 && isRingingCode(p.state.code); })
            && std::any_of(m_parties.cbegin(), m_parties.cend(),
                           [](const Party &p) { return p.sequence <= kFirstSequence; });
        m_progress.phasesKnown = fromTheStart;
        m_progress.sinceKnown = fromTheStart;
    }
    m_lastChangeMs = std::max(m_lastChangeMs, atMs);

    int ringing = 0;
    bool hold = false, parked = false, voiceMail = false, queued = false, answeredCallee = false,
         answered = false, connecting = false, any = false, queue = false;
    QString lastReason;
    QStringList extensions;
    for (const Party &party : m_parties) {
        const SessionParty &p = party.state;
        queue = queue || p.queueCall;
        const bool finished = isFinishedCode(p.code);
        if (finished) {
            if (!p.reason.isEmpty())
                lastReason = p.reason;
            continue;
        }
        any = true;
        if (!p.extensionId.isEmpty() && !isQueueLeg(p) && !extensions.contains(p.extensionId))
            extensions.append(p.extensionId);
        if (isQueueLeg(p)) {
            queued = true;
        } else if (isRingingCode(p.code)) {
            ++ringing;
        } else if (sameCode(p.code, QLatin1String("Hold"))) {
            hold = true;
        } else if (sameCode(p.code, QLatin1String("Parked"))) {
            parked = true;
        } else if (sameCode(p.code, QLatin1String("VoiceMail"))
                   || sameCode(p.code, QLatin1String("Voicemail"))
                   || sameCode(p.code, QLatin1String("VoiceMailScreening"))) {
            voiceMail = true;
        } else if (sameCode(p.code, QLatin1String("Answered"))) {
            // The external leg alone answered is the caller connected to the platform (an IVR
            // or a queue took it), not yet to anyone of ours.
            answered = answered || !p.extensionId.isEmpty();
            connecting = connecting || p.extensionId.isEmpty();
            // The caller's leg reports Answered as soon as anything picks up (an IVR, the queue,
            // or its own side of an internal call while the callee still rings); the call is
            // talking once a leg that was called has answered.
            answeredCallee
                = answeredCallee || p.direction.compare(QLatin1String("Inbound"), Qt::CaseInsensitive) == 0;
        }
    }
    if (extensions.isEmpty()) {
        for (const Party &party : m_parties) {
            if (!party.state.extensionId.isEmpty() && !isQueueLeg(party.state)
                && !extensions.contains(party.state.extensionId))
                extensions.append(party.state.extensionId);
        }
    }

    CallStatus status;
    if (!any && !m_parties.empty())
        status = CallStatus::Ended;
    else if (hold)
        status = CallStatus::OnHold;
    else if (parked)
        status = CallStatus::Parked;
    else if (voiceMail)
        status = CallStatus::VoiceMail;
    else if (answeredCallee || (answered && ringing == 0 && !queued))
        status = CallStatus::Talking;
    else if (ringing > 0)
        status = CallStatus::Ringing;
    else if (queued)
        status = CallStatus::Queued;
    else if (connecting)
        status = CallStatus::Ringing;
    else
        status = CallStatus::InProgress; // only codes we do not know (FaxReceive, Tds, ...)

    CallProgress &g = m_progress;
    // Events arrive out of order: a span never runs backwards.
    const qint64 at = std::max(atMs, g.statusSinceMs);
    if (first) {
        g.status = status;
        g.statusSinceMs = at;
    } else if (status != g.status) {
        const qint64 span = g.statusSinceMs > 0 ? at - g.statusSinceMs : 0;
        switch (g.status) {
        case CallStatus::Ringing:
        case CallStatus::Queued:
            g.ringMs += span;
            break;
        case CallStatus::Talking:
            g.talkMs += span;
            break;
        case CallStatus::OnHold:
        case CallStatus::Parked:
            g.holdMs += span;
            break;
        default:
            break;
        }
        g.status = status;
        g.statusSinceMs = at;
        g.sinceKnown = true;
    }
    g.endedAtMs = status == CallStatus::Ended ? at : 0;
    g.endReason = status == CallStatus::Ended ? lastReason : QString();
    g.ringingParties = status == CallStatus::Ringing ? ringing : 0;
    g.queueCall = queue;
    g.extensionIds = extensions;
}

ActiveCall TelephonySession::describe() const
{
    ActiveCall c;
    c.telephonySessionId = m_id;
    c.sessionId = m_sessionId;
    c.type = QStringLiteral("Voice");
    if (m_startMs > 0)
        c.startTime = QDateTime::fromMSecsSinceEpoch(m_startMs, Qt::UTC);
    if (m_parties.empty())
        return c;
    const SessionParty &first = m_parties.front().state;
    // An external first leg is a caller from outside; otherwise the first leg is our caller.
    c.direction = first.extensionId.isEmpty() ? QStringLiteral("Inbound")
        : first.direction.compare(QLatin1String("Inbound"), Qt::CaseInsensitive) == 0
        ? QStringLiteral("Inbound")
        : QStringLiteral("Outbound");
    c.from = first.from;
    c.to = first.to;
    // The callee is whoever has the call now, else whoever rings, else whoever had it last:
    // not the queue or IVR that took it first.
    const SessionParty *callee = nullptr;
    int best = 0;
    for (const Party &party : m_parties) {
        const SessionParty &p = party.state;
        if (isQueueLeg(p) || p.direction.compare(QLatin1String("Inbound"), Qt::CaseInsensitive) != 0)
            continue;
        const int score = isFinishedCode(p.code) ? 1 : isRingingCode(p.code) ? 2 : 3;
        if (score >= best) {
            best = score;
            callee = &p;
        }
    }
    if (callee)
        c.to = callee->to;
    for (const Party &party : m_parties) {
        if (!party.state.extensionId.isEmpty() && !isQueueLeg(party.state)) {
            c.extensionId = party.state.extensionId;
            break;
        }
    }
    if (!m_progress.isLive())
        c.result = m_progress.endReason.isEmpty() ? QStringLiteral("Disconnected") : m_progress.endReason;
    return c;
}

} // namespace callwatch
