#include "telephonysessions.h"

#include "simaccount.h"

#include <QDateTime>
#include <QJsonArray>
#include <algorithm>

namespace callwatch::sim {

namespace {

// Calls that start on the platform's side (outbound, internal) are set up before the far end
// rings; a call from outside arrives already ringing (Proceeding).
bool hasSetupPhase(const SimCall &call)
{
    return call.pattern == SimCall::Pattern::OutboundExternal || call.pattern == SimCall::Pattern::Internal;
}

qint64 proceedingFromMs(const SimCall &call)
{
    if (!hasSetupPhase(call))
        return call.startMs;
    return call.startMs + std::min<qint64>(1500, (call.connectMs - call.startMs) / 2);
}

} // namespace

std::vector<SessionChange> TelephonySessions::changes(const SimCall &call)
{
    std::vector<qint64> times { call.startMs };
    if (hasSetupPhase(call))
        times.push_back(proceedingFromMs(call));
    times.push_back(call.connectMs);
    if (call.holdFromMs != 0) {
        times.push_back(call.holdFromMs);
        times.push_back(call.holdUntilMs);
    }
    times.push_back(call.endMs);
    std::vector<SessionChange> out;
    out.reserve(times.size());
    for (size_t i = 0; i < times.size(); ++i)
        out.push_back({ times[i], int(i) + 1 });
    return out;
}

QString TelephonySessions::statusAt(const SimCall &call, int side, qint64 atMs)
{
    if (atMs < call.startMs)
        return {};
    if (atMs >= call.endMs)
        return QStringLiteral("Disconnected");
    if (atMs >= call.connectMs) {
        // The account's own user puts the call on hold; the party on hold is theirs.
        const bool held
            = side == 0 && call.holdFromMs != 0 && atMs >= call.holdFromMs && atMs < call.holdUntilMs;
        return held ? QStringLiteral("Hold") : QStringLiteral("Answered");
    }
    return atMs < proceedingFromMs(call) ? QStringLiteral("Setup") : QStringLiteral("Proceeding");
}

QJsonObject TelephonySessions::party(const SimCall &call, int side, qint64 atMs) const
{
    const auto userParty = [this](int index) {
        const SimExtension &e = m_account.users().at(size_t(index));
        return QJsonObject { { QStringLiteral("phoneNumber"), e.directNumber },
                             { QStringLiteral("name"), e.name },
                             { QStringLiteral("extensionId"), QString::number(e.id) } };
    };
    QJsonObject outside;
    if (call.outside >= 0) {
        const OutsideNumber &n = m_account.outsideNumbers().at(size_t(call.outside));
        outside.insert(QStringLiteral("phoneNumber"), n.phoneNumber);
        if (call.pattern != SimCall::Pattern::OutboundExternal)
            outside.insert(QStringLiteral("name"), n.callerIdName);
    }
    const QJsonObject me = userParty(userOf(call, side));
    QJsonObject from;
    QJsonObject to;
    if (call.pattern == SimCall::Pattern::Internal) {
        from = userParty(call.user);
        to = userParty(call.peerUser);
    } else if (call.inboundFor(side)) {
        from = outside;
        to = me;
    } else {
        from = me;
        to = outside;
    }
    const bool isInbound = call.inboundFor(side);
    return QJsonObject {
        { QStringLiteral("accountId"), QString::number(m_account.id()) },
        { QStringLiteral("extensionId"), me.value(QStringLiteral("extensionId")) },
        { QStringLiteral("id"), call.partyId(side) },
        { QStringLiteral("direction"), isInbound ? QStringLiteral("Inbound") : QStringLiteral("Outbound") },
        { QStringLiteral("from"), from },
        { QStringLiteral("to"), to },
        { QStringLiteral("status"),
          QJsonObject { { QStringLiteral("code"), statusAt(call, side, atMs) },
                        { QStringLiteral("rcc"), false } } },
        { QStringLiteral("queueCall"), call.pattern == SimCall::Pattern::InboundQueue },
        { QStringLiteral("missedCall"), false },
        { QStringLiteral("standAlone"), false },
        { QStringLiteral("muted"), false },
    };
}

std::optional<QJsonObject> TelephonySessions::eventBody(const SimCall &call, const SessionChange &change,
                                                        std::optional<int> onlyUser) const
{
    QJsonArray parties;
    for (int side = 0; side < partyCount(call); ++side) {
        if (!onlyUser || userOf(call, side) == *onlyUser)
            parties.append(party(call, side, change.atMs));
    }
    if (parties.isEmpty())
        return std::nullopt;
    const QString ownerExtension = parties.first().toObject().value(QStringLiteral("extensionId")).toString();
    return QJsonObject {
        { QStringLiteral("sequence"), change.sequence },
        { QStringLiteral("sessionId"), call.sessionId },
        { QStringLiteral("telephonySessionId"), call.telephonySessionId },
        { QStringLiteral("serverId"), QStringLiteral("10.13.22.28.TAM") },
        { QStringLiteral("eventTime"), isoTime(change.atMs) },
        { QStringLiteral("origin"), QJsonObject { { QStringLiteral("type"), QStringLiteral("Call") } } },
        { QStringLiteral("parties"), parties },
        { QStringLiteral("accountId"), QString::number(m_account.id()) },
        { QStringLiteral("extensionId"), ownerExtension },
    };
}

QJsonObject TelephonySessions::presence(const std::vector<PresenceParty> &parties, qint64 nowMs,
                                        bool detailed) const
{
    // Presence names the states differently: Ringing, CallConnected, OnHold.
    const auto telephonyStatus = [](const QString &code) {
        if (code == QLatin1String("Setup") || code == QLatin1String("Proceeding"))
            return QStringLiteral("Ringing");
        return code == QLatin1String("Hold") ? QStringLiteral("OnHold") : QStringLiteral("CallConnected");
    };
    constexpr int kMaxListed = 7;
    QJsonArray active;
    QString overall = QStringLiteral("NoCall");
    for (const PresenceParty &p : parties) {
        const QString code = statusAt(*p.call, p.side, nowMs);
        if (code.isEmpty() || code == QLatin1String("Disconnected"))
            continue;
        const QString status = telephonyStatus(code);
        if (overall == QLatin1String("NoCall") || status == QLatin1String("Ringing"))
            overall = status;
        if (active.size() >= kMaxListed)
            continue;
        const QJsonObject info = party(*p.call, p.side, nowMs);
        const auto number = [&info](const char *key) {
            return info.value(QLatin1String(key)).toObject().value(QStringLiteral("phoneNumber")).toString();
        };
        const auto name = [&info](const char *key) {
            return info.value(QLatin1String(key)).toObject().value(QStringLiteral("name")).toString();
        };
        active.append(QJsonObject {
            { QStringLiteral("id"), p.call->recordIds[p.side] },
            { QStringLiteral("direction"), info.value(QStringLiteral("direction")) },
            { QStringLiteral("from"), number("from") },
            { QStringLiteral("fromName"), name("from") },
            { QStringLiteral("to"), number("to") },
            { QStringLiteral("toName"), name("to") },
            { QStringLiteral("startTime"), isoTime(p.call->startMs) },
            { QStringLiteral("telephonyStatus"), status },
            { QStringLiteral("sessionId"), p.call->sessionId },
            { QStringLiteral("telephonySessionId"), p.call->telephonySessionId },
            { QStringLiteral("partyId"), p.call->partyId(p.side) },
            { QStringLiteral("queueCall"), info.value(QStringLiteral("queueCall")) },
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
        o.insert(QStringLiteral("activeCalls"), active);
        o.insert(QStringLiteral("totalActiveCalls"), active.size());
    }
    return o;
}

} // namespace callwatch::sim
