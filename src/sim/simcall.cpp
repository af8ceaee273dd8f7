#include "simcall.h"

#include <QDateTime>
#include <algorithm>

namespace callwatch::sim {

namespace {

// The legs of one step follow each other by some milliseconds, as in the platform's captures.
constexpr qint64 kLegGapMs = 25;

} // namespace

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString PartyChange::codeName(Code code)
{
    switch (code) {
    case Code::Setup:
        return QStringLiteral("Setup");
    case Code::Proceeding:
        return QStringLiteral("Proceeding");
    case Code::Answered:
        return QStringLiteral("Answered");
    case Code::Hold:
        return QStringLiteral("Hold");
    case Code::Parked:
        return QStringLiteral("Parked");
    case Code::VoiceMail:
        return QStringLiteral("VoiceMail");
    case Code::Disconnected:
        return QStringLiteral("Disconnected");
    }
    return {};
}

QString PartyChange::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::BlindTransfer:
        return QStringLiteral("BlindTransfer");
    case Reason::AgentAnswered:
        return QStringLiteral("AgentAnswered");
    case Reason::NoAnswer:
        return QStringLiteral("NoAnswer");
    case Reason::Timeout:
        return QStringLiteral("Timeout");
    case Reason::Voicemail:
        return QStringLiteral("Voicemail");
    }
    return {};
}

SimCall::Phase SimCall::phaseAt(qint64 nowMs) const
{
    if (nowMs >= goneMs)
        return Phase::Gone;
    if (nowMs >= endMs)
        return Phase::Ended;
    if (nowMs < connectMs)
        return Phase::Ringing;
    if (holdFromMs != 0 && nowMs >= holdFromMs && nowMs < holdUntilMs)
        return Phase::OnHold;
    if (parkFromMs != 0 && nowMs >= parkFromMs && nowMs < parkUntilMs)
        return Phase::Parked;
    return Phase::Connected;
}

const PartyChange *SimCall::stateAt(int party, qint64 atMs) const
{
    const PartyChange *latest = nullptr;
    for (const PartyChange &c : changes) {
        if (c.atMs > atMs)
            break;
        if (c.party == party)
            latest = &c;
    }
    return latest;
}

int SimCall::addParty(SimParty::Kind kind, int index, bool inbound, bool queueCall)
{
    parties.push_back({ kind, index, inbound, queueCall });
    return int(parties.size()) - 1;
}

void SimCall::addChange(qint64 atMs, int party, PartyChange::Code code, PartyChange::Reason reason)
{
    changes.push_back({ atMs, party, code, reason });
}

void SimCall::writeSession()
{
    using Code = PartyChange::Code;
    using Kind = SimParty::Kind;
    parties.clear();
    changes.clear();
    // Calls placed on the platform's side are set up before the far end rings.
    const qint64 proceedingMs = startMs + std::min<qint64>(1500, (connectMs - startMs) / 2);

    int external = -1;
    int mine = -1; // the party of `user`: answers, holds, parks, transfers
    switch (pattern) {
    case Pattern::InboundExternal:
        // The caller's leg into the platform is Outbound; from outside, the callee rings at once.
        external = addParty(Kind::External, -1, false);
        mine = addParty(Kind::User, user, true);
        addChange(startMs, external, Code::Setup);
        addChange(startMs + kLegGapMs, mine, Code::Proceeding);
        addChange(connectMs, mine, Code::Answered);
        addChange(connectMs + kLegGapMs, external, Code::Answered);
        break;
    case Pattern::InboundQueue: {
        // The queue takes the call (the caller's leg is answered, as an IVR answers it), holds
        // the caller while they wait, then rings several agents at once. Whether the queue's
        // own leg ever reports Answered is UNCONFIRMED; like the IVR leg of capture A it stays
        // in Setup/Proceeding until it leaves with a reason-less Disconnected.
        external = addParty(Kind::External, -1, false);
        const int queueLeg = addParty(Kind::Queue, queue, true, true);
        addChange(startMs, external, Code::Setup);
        addChange(startMs + kLegGapMs, queueLeg, Code::Setup);
        addChange(startMs + 12 * kLegGapMs, external, Code::Answered);
        addChange(startMs + 13 * kLegGapMs, queueLeg, Code::Proceeding);
        std::vector<int> agents; // the parties still ringing when the caller leaves the queue
        const qint64 leaveMs = overflowed ? overflowMs : connectMs;
        for (size_t i = 0; i < ringingAgents.size(); ++i) {
            const qint64 ringMs = agentRingMs.empty() ? queueRingMs + qint64(i) * 5 : agentRingMs[i];
            if (ringMs >= leaveMs)
                continue;
            const int agent = addParty(Kind::User, ringingAgents[i], true, true);
            addChange(ringMs, agent, Code::Proceeding);
            if (ringingAgents[i] == user && !overflowed)
                mine = agent;
            // An offer nobody takes ends when the next one starts. The platform's reason for
            // such a leg is UNCONFIRMED; NoAnswer is the value of its enum that says what
            // happened.
            const qint64 stopMs = agentStopMs.empty() ? 0 : agentStopMs[i];
            if (stopMs > 0 && stopMs < leaveMs)
                addChange(stopMs - kLegGapMs, agent, Code::Disconnected, PartyChange::Reason::NoAnswer);
            else
                agents.push_back(agent);
        }
        if (abandoned) {
            // The caller hangs up while waiting or ringing: every leg ends, none with a reason.
            addChange(endMs, external, Code::Disconnected);
            addChange(endMs + kLegGapMs, queueLeg, Code::Disconnected);
            for (size_t i = 0; i < agents.size(); ++i)
                addChange(endMs + 2 * kLegGapMs + qint64(i) * 5, agents[i], Code::Disconnected);
            break;
        }
        if (overflowed) {
            // Nobody took the call within the queue's hold time. The platform's sequence for
            // this is UNCONFIRMED (§3.4 E); the simulator uses values of the spec's enums: the
            // agents still ringing stop (NoAnswer), and the queue's leg leaves either for the
            // queue's voicemail (status VoiceMail, reason Voicemail; the caller leaves a message,
            // then both legs end) or with reason Timeout while the overflow extension rings in a
            // party of its own, as a transfer's target does.
            for (size_t i = 0; i < agents.size(); ++i)
                addChange(overflowMs + qint64(i) * 5, agents[i], Code::Disconnected,
                          PartyChange::Reason::NoAnswer);
            if (overflowTo < 0) {
                addChange(overflowMs + kLegGapMs, queueLeg, Code::VoiceMail, PartyChange::Reason::Voicemail);
                addChange(endMs, external, Code::Disconnected);
                addChange(endMs + kLegGapMs, queueLeg, Code::Disconnected);
                break;
            }
            addChange(overflowMs + kLegGapMs, queueLeg, Code::Disconnected, PartyChange::Reason::Timeout);
            mine = addParty(Kind::User, overflowTo, true);
            addChange(overflowMs + 2 * kLegGapMs, mine, Code::Setup);
            addChange(overflowMs + 3 * kLegGapMs, mine, Code::Proceeding);
            addChange(connectMs, mine, Code::Answered);
            break;
        }
        addChange(connectMs, mine, Code::Answered);
        // The agents who lost the race. The platform's reason for them is UNCONFIRMED;
        // AgentAnswered is the value of its enum that says what happened.
        qint64 atMs = connectMs + kLegGapMs;
        for (int agent : agents) {
            if (agent != mine)
                addChange(atMs += 5, agent, Code::Disconnected, PartyChange::Reason::AgentAnswered);
        }
        addChange(atMs + kLegGapMs, queueLeg, Code::Disconnected);
        break;
    }
    case Pattern::OutboundExternal:
        // Capture C: the far end rings (Proceeding) and answers before the caller's own leg does.
        mine = addParty(Kind::User, user, false);
        external = addParty(Kind::External, -1, true);
        addChange(startMs, mine, Code::Setup);
        addChange(startMs + (proceedingMs - startMs) / 4, external, Code::Proceeding);
        addChange(proceedingMs, mine, Code::Proceeding);
        addChange(connectMs, external, Code::Answered);
        addChange(connectMs + kLegGapMs, mine, Code::Answered);
        break;
    case Pattern::Internal:
        // Capture B: the caller's leg reports Answered while the callee still rings.
        mine = addParty(Kind::User, user, false);
        recordParty[1] = addParty(Kind::User, peerUser, true);
        addChange(startMs, mine, Code::Setup);
        addChange(startMs + kLegGapMs, recordParty[1], Code::Setup);
        addChange(startMs + 4 * kLegGapMs, mine, Code::Answered);
        addChange(proceedingMs, recordParty[1], Code::Proceeding);
        addChange(connectMs, recordParty[1], Code::Answered);
        break;
    }
    recordParty[0] = mine;
    if (!unanswered())
        writeConversation(mine, external);
    std::stable_sort(changes.begin(), changes.end(),
                     [](const PartyChange &a, const PartyChange &b) { return a.atMs < b.atMs; });
}

void SimCall::writeConversation(int mine, int external)
{
    using Code = PartyChange::Code;
    if (holdFromMs != 0) {
        addChange(holdFromMs, mine, Code::Hold);
        addChange(holdUntilMs, mine, Code::Answered); // "Unhold" is Answered again
    }
    if (parkFromMs != 0) {
        addChange(parkFromMs, mine, Code::Parked);
        if (parkUntilMs < endMs)
            addChange(parkUntilMs, mine, Code::Answered); // picked up again
    }
    int last = mine; // the user's party that is on the call when it ends
    if (transferTo >= 0) {
        // The transferring leg leaves with BlindTransfer; the session goes on with a new party.
        addChange(transferMs, mine, Code::Disconnected, PartyChange::Reason::BlindTransfer);
        last = addParty(SimParty::Kind::User, transferTo, true);
        addChange(transferMs + kLegGapMs, last, Code::Setup);
        addChange(transferMs + 2 * kLegGapMs, last, Code::Proceeding);
        addChange(transferAnsweredMs, last, Code::Answered);
    }
    addChange(endMs, last, Code::Disconnected);
    if (external >= 0)
        addChange(endMs + kLegGapMs, external, Code::Disconnected);
    if (recordParty[1] >= 0)
        addChange(endMs + kLegGapMs, recordParty[1], Code::Disconnected);
}

} // namespace callwatch::sim
