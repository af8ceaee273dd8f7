#include "telephonysessions.h"

#include "simaccount.h"
#include "simpresence.h"

#include <QJsonArray>
#include <algorithm>

namespace callwatch::sim {

namespace {

QString originType(const SimCall &call)
{
    return call.isRingOut() ? QStringLiteral("RingOut") : QStringLiteral("Call");
}

QString accountPath(qint64 accountId)
{
    return QStringLiteral("/restapi/v1.0/account/") + QString::number(accountId);
}

} // namespace

QString TelephonySessions::statusAt(const SimCall &call, int side, qint64 atMs)
{
    const PartyChange *state = call.stateAt(side, atMs);
    return state ? PartyChange::codeName(state->code) : QString();
}

int TelephonySessions::userOf(const SimCall &call, int side)
{
    const SimParty &p = call.parties.at(size_t(side));
    return p.kind == SimParty::Kind::User ? p.index : -1;
}

std::optional<qint64> TelephonySessions::extensionOf(const SimCall &call, int side) const
{
    const SimParty &p = call.parties.at(size_t(side));
    switch (p.kind) {
    case SimParty::Kind::User:
        return m_account.users().at(size_t(p.index)).id;
    case SimParty::Kind::Queue:
        return m_account.queues().at(size_t(p.index)).id;
    case SimParty::Kind::External:
        break;
    }
    return std::nullopt;
}

QString TelephonySessions::eventPath(const SimCall &call, int side) const
{
    const std::optional<qint64> extension = extensionOf(call, side);
    return accountPath(m_account.id())
        + (extension ? QStringLiteral("/extension/") + QString::number(*extension) : QString())
        + QStringLiteral("/telephony/sessions");
}

QJsonObject TelephonySessions::userEnd(int user) const
{
    const SimExtension &e = m_account.users().at(size_t(user));
    return QJsonObject { { QStringLiteral("phoneNumber"), e.directNumber },
                         { QStringLiteral("name"), e.name },
                         { QStringLiteral("extensionId"), QString::number(e.id) } };
}

std::pair<QJsonObject, QJsonObject> TelephonySessions::ends(const SimCall &call, int side) const
{
    const SimParty &p = call.parties.at(size_t(side));
    QJsonObject outside;
    QString callerName;
    if (call.outside >= 0) {
        const OutsideNumber &n = m_account.outsideNumbers().at(size_t(call.outside));
        outside.insert(QStringLiteral("phoneNumber"), n.phoneNumber);
        // The carrier only delivers a caller-ID name on calls coming in.
        if (call.pattern != SimCall::Pattern::OutboundExternal) {
            callerName = n.callerIdName;
            outside.insert(QStringLiteral("name"), callerName);
        }
    }
    switch (call.pattern) {
    case SimCall::Pattern::InboundExternal:
        return { outside, userEnd(p.kind == SimParty::Kind::User ? p.index : call.user) };
    case SimCall::Pattern::InboundQueue: {
        if (p.kind == SimParty::Kind::User && !p.queueCall)
            return { outside, userEnd(p.index) }; // the target of a transfer
        const SimExtension &q = m_account.queues().at(size_t(call.queue));
        const QJsonObject queue { { QStringLiteral("phoneNumber"), q.directNumber },
                                  { QStringLiteral("name"), q.name },
                                  { QStringLiteral("extensionId"), QString::number(q.id) } };
        if (p.kind != SimParty::Kind::User)
            return { outside, queue };
        // An agent sees the queue as the callee and the caller's name behind the queue's
        // (push-queues-presence.md §3.4 D).
        QJsonObject from = outside;
        from.insert(QStringLiteral("name"), QString(q.name + QStringLiteral(" - ") + callerName));
        return { from, queue };
    }
    case SimCall::Pattern::OutboundExternal:
        return { userEnd(call.user), outside };
    case SimCall::Pattern::Internal:
        return { userEnd(call.user), userEnd(call.peerUser) };
    }
    return {};
}

QJsonObject TelephonySessions::party(const SimCall &call, int side, const PartyChange &state) const
{
    const auto [from, to] = ends(call, side);
    QJsonObject status { { QStringLiteral("code"), PartyChange::codeName(state.code) } };
    if (state.reason != PartyChange::Reason::None)
        status.insert(QStringLiteral("reason"), PartyChange::reasonName(state.reason));
    // Captures send an empty park object; a parked party names its orbit. The orbit's id
    // format is UNCONFIRMED.
    QJsonObject park;
    if (state.code == PartyChange::Code::Parked)
        park.insert(QStringLiteral("id"), QString(QStringLiteral("*8") + call.sessionId.right(2)));
    QJsonObject o {
        { QStringLiteral("accountId"), QString::number(m_account.id()) },
        { QStringLiteral("id"), call.partyId(side) },
        { QStringLiteral("direction"),
          call.parties.at(size_t(side)).inbound ? QStringLiteral("Inbound") : QStringLiteral("Outbound") },
        { QStringLiteral("from"), from },
        { QStringLiteral("to"), to },
        { QStringLiteral("status"), status },
        { QStringLiteral("park"), park },
        { QStringLiteral("standAlone"), false },
        { QStringLiteral("muted"), false },
    };
    // The outside (PSTN) leg belongs to no extension of the account.
    if (const auto extension = extensionOf(call, side))
        o.insert(QStringLiteral("extensionId"), QString::number(*extension));
    return o;
}

QJsonObject TelephonySessions::eventBody(const SimCall &call, size_t index) const
{
    const PartyChange &change = call.changes.at(index);
    const SimParty &p = call.parties.at(size_t(change.party));
    QJsonObject o = party(call, change.party, change);
    QJsonObject status = o.value(QStringLiteral("status")).toObject();
    status.insert(QStringLiteral("rcc"), false);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("queueCall"), p.queueCall);
    o.insert(QStringLiteral("missedCall"), false);
    if (p.queueCall && p.kind == SimParty::Kind::User) {
        const OutsideNumber &n = m_account.outsideNumbers().at(size_t(call.outside));
        o.insert(QStringLiteral("uiCallInfo"),
                 QJsonObject { { QStringLiteral("primary"),
                                 QJsonObject { { QStringLiteral("type"), QStringLiteral("QueueName") },
                                               { QStringLiteral("value"),
                                                 m_account.queues().at(size_t(call.queue)).name } } },
                               { QStringLiteral("additional"),
                                 QJsonObject { { QStringLiteral("type"), QStringLiteral("CallerIdName") },
                                               { QStringLiteral("value"), n.callerIdName } } } });
    }
    // Names arrive late: the outside leg's first event carries none (§3.3, capture A).
    const bool firstOfParty = std::none_of(call.changes.begin(), call.changes.begin() + qsizetype(index),
                                           [&](const PartyChange &c) { return c.party == change.party; });
    if (p.kind == SimParty::Kind::External && firstOfParty) {
        for (const QString &key : { QStringLiteral("from"), QStringLiteral("to") }) {
            QJsonObject end = o.value(key).toObject();
            end.remove(QStringLiteral("name"));
            o.insert(key, end);
        }
    }
    // Body-level accountId and extensionId appear in documentation samples but neither in the
    // spec nor in the captures, so they are left out.
    return QJsonObject {
        { QStringLiteral("sequence"), double(index + 1) },
        { QStringLiteral("sessionId"), call.sessionId },
        { QStringLiteral("telephonySessionId"), call.telephonySessionId },
        { QStringLiteral("serverId"), QStringLiteral("10.13.22.28.TAM") },
        { QStringLiteral("eventTime"), isoTime(change.atMs) },
        { QStringLiteral("origin"), QJsonObject { { QStringLiteral("type"), originType(call) } } },
        { QStringLiteral("parties"), QJsonArray { o } },
    };
}

std::optional<QJsonObject> TelephonySessions::session(const SimCall &call, qint64 atMs,
                                                      std::optional<qint64> viewer) const
{
    QJsonArray parties;
    bool viewerTakesPart = !viewer;
    for (int side = 0; side < partyCount(call); ++side) {
        const PartyChange *state = call.stateAt(side, atMs);
        if (!state || state->code == PartyChange::Code::Disconnected)
            continue;
        QJsonObject o = party(call, side, *state);
        o.insert(QStringLiteral("attributes"),
                 QJsonObject { { QStringLiteral("queueCall"), call.parties.at(size_t(side)).queueCall } });
        parties.append(o);
        viewerTakesPart = viewerTakesPart || extensionOf(call, side) == viewer;
    }
    if (parties.isEmpty() || !viewerTakesPart)
        return std::nullopt;
    qint64 updatedMs = call.startMs;
    for (const PartyChange &c : call.changes)
        updatedMs = c.atMs <= atMs ? c.atMs : updatedMs;
    // creationTime is "the latest session update" in the spec's words.
    return QJsonObject {
        { QStringLiteral("id"), call.telephonySessionId },
        { QStringLiteral("origin"), QJsonObject { { QStringLiteral("type"), originType(call) } } },
        { QStringLiteral("creationTime"), isoTime(updatedMs) },
        { QStringLiteral("parties"), parties },
    };
}

QJsonObject TelephonySessions::presence(const std::vector<PresenceParty> &parties, qint64 nowMs,
                                        bool detailed) const
{
    // Presence names the states differently: Ringing, CallConnected, OnHold, ParkedCall.
    const auto telephonyStatus = [](const QString &code) {
        if (code == QLatin1String("Setup") || code == QLatin1String("Proceeding"))
            return QStringLiteral("Ringing");
        if (code == QLatin1String("Parked"))
            return QStringLiteral("ParkedCall");
        return code == QLatin1String("Hold") ? QStringLiteral("OnHold") : QStringLiteral("CallConnected");
    };
    constexpr int kMaxListed = 7;
    QJsonArray active;
    int total = 0;
    QString overall = QStringLiteral("NoCall");
    for (const PresenceParty &p : parties) {
        const QString code = statusAt(*p.call, p.side, nowMs);
        if (code.isEmpty() || code == QLatin1String("Disconnected"))
            continue;
        ++total;
        const QString status = telephonyStatus(code);
        if (overall == QLatin1String("NoCall") || status == QLatin1String("Ringing"))
            overall = status;
        if (active.size() >= kMaxListed)
            continue;
        const auto [from, to] = ends(*p.call, p.side);
        // The record's id for the party that owns a record; the others get one of their own.
        const int record
            = int(std::find(std::begin(p.call->recordParty), std::end(p.call->recordParty), p.side)
                  - std::begin(p.call->recordParty));
        const QString id = record < 2 ? p.call->recordIds[record]
                                      : p.call->recordIds[0] + QLatin1Char('-') + QString::number(p.side + 1);
        active.append(QJsonObject {
            { QStringLiteral("id"), id },
            { QStringLiteral("direction"),
              p.call->parties.at(size_t(p.side)).inbound ? QStringLiteral("Inbound")
                                                         : QStringLiteral("Outbound") },
            { QStringLiteral("from"), from.value(QStringLiteral("phoneNumber")) },
            { QStringLiteral("fromName"), from.value(QStringLiteral("name")) },
            { QStringLiteral("to"), to.value(QStringLiteral("phoneNumber")) },
            { QStringLiteral("toName"), to.value(QStringLiteral("name")) },
            { QStringLiteral("startTime"), isoTime(p.call->startMs) },
            { QStringLiteral("telephonyStatus"), status },
            { QStringLiteral("sessionId"), p.call->sessionId },
            { QStringLiteral("telephonySessionId"), p.call->telephonySessionId },
            { QStringLiteral("partyId"), p.call->partyId(p.side) },
            { QStringLiteral("queueCall"), p.call->parties.at(size_t(p.side)).queueCall },
        });
    }
    QJsonObject o {
        { QStringLiteral("presenceStatus"),
          overall == QLatin1String("NoCall") ? QStringLiteral("Available") : QStringLiteral("Busy") },
        { QStringLiteral("userStatus"), QStringLiteral("Available") },
        { QStringLiteral("dndStatus"), QStringLiteral("TakeAllCalls") },
        { QStringLiteral("telephonyStatus"), overall },
    };
    if (detailed) {
        // At most seven calls listed, and how many there are in all (§5.2). Whether the GET
        // is capped like the events is UNCONFIRMED; the simulator caps both.
        o.insert(QStringLiteral("activeCalls"), active);
        o.insert(QStringLiteral("totalActiveCalls"), total);
    }
    return o;
}

QJsonObject TelephonySessions::userPresence(int user, const std::vector<PresenceParty> &parties, qint64 nowMs,
                                            bool detailed, const SimPresence &settings) const
{
    QJsonObject o = presence(parties, nowMs, detailed);
    const QJsonObject fields
        = settings.fields(user, nowMs, o.value(QStringLiteral("telephonyStatus")).toString());
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

std::vector<std::vector<PresenceParty>> TelephonySessions::partiesByUser(const std::vector<SimCall> &calls,
                                                                         size_t userCount)
{
    std::vector<std::vector<PresenceParty>> parties(userCount);
    for (auto it = calls.rbegin(); it != calls.rend(); ++it) {
        for (int side = 0; side < partyCount(*it); ++side) {
            if (const int user = userOf(*it, side); user >= 0)
                parties[size_t(user)].push_back({ &*it, side });
        }
    }
    return parties;
}

} // namespace callwatch::sim
