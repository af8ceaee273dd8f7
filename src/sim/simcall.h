#pragma once

#include <QJsonObject>
#include <QString>
#include <vector>

namespace callwatch::sim {

// A time as the platform writes it: ISO 8601, UTC, milliseconds.
QString isoTime(qint64 ms);

// One party (leg) of a call's telephony session, as events and the session GET name it.
struct SimParty
{
    enum class Kind {
        External, // the outside (PSTN) leg: no extension of the account
        Queue, // a call queue's own leg, holding the caller while they wait
        User, // a user's leg: the caller, the callee, a ringing agent, a transfer target
    };

    Kind kind = Kind::User;
    int index = -1; // User: into SimAccount::users(); Queue: into SimAccount::queues()
    bool inbound = true; // direction relative to the party: the caller's leg is Outbound
    bool queueCall = false; // a leg of a call that came through a queue
};

// One change of one party's status; a session's changes in time order are its notifications.
struct PartyChange
{
    enum class Code { Setup, Proceeding, Answered, Hold, Parked, VoiceMail, Disconnected };
    enum class Reason { None, BlindTransfer, AgentAnswered, NoAnswer, Timeout, Voicemail };

    qint64 atMs = 0;
    int party = 0; // index into SimCall::parties
    Code code = Code::Setup;
    Reason reason = Reason::None;

    static QString codeName(Code code);
    static QString reasonName(Reason reason); // empty for None
};

// One call on the simulated account, from the first ring to the moment the platform's
// active-calls cache forgets it. All phases are fixed when the call arrives, so the state at
// any instant is a pure function of the clock.
struct SimCall
{
    enum class Pattern { InboundExternal, InboundQueue, OutboundExternal, Internal };
    enum class Phase { Ringing, Connected, OnHold, Parked, Ended, Gone };

    Pattern pattern = Pattern::InboundExternal;
    bool fax = false;
    qint64 startMs = 0; // first ring
    qint64 connectMs = 0; // answered; for a queue call the caller abandoned, when they hung up
    qint64 listedFromMs = 0; // appears in active-calls (connect + the platform's 3-10 s lag)
    qint64 holdFromMs = 0; // 0 when the call is never put on hold
    qint64 holdUntilMs = 0;
    qint64 endMs = 0; // hung up
    qint64 endSeenMs = 0; // active-calls shows the final result (end + lag)
    qint64 goneMs = 0; // dropped from the platform's ~120 s cache

    // Queue calls: when the agents start ringing, and who rings (the answering `user` among
    // them). A caller who hangs up first abandons the call: no agent answers, nothing is listed.
    // A caller no agent takes within the queue's hold time overflows at overflowMs: to the
    // queue's overflow extension `overflowTo`, who answers at connectMs and talks like an
    // agent would, or (overflowTo -1) to the queue's voicemail, from connectMs (== overflowMs)
    // to endMs, which is never listed.
    qint64 queueRingMs = 0;
    std::vector<int> ringingAgents; // indices into SimAccount::users(), once per offer
    // When each entry of ringingAgents starts ringing, and stops unanswered (0: rings until
    // the caller leaves the queue). Empty: all ring from queueRingMs on.
    std::vector<qint64> agentRingMs;
    std::vector<qint64> agentStopMs;
    bool abandoned = false;
    bool overflowed = false;
    qint64 overflowMs = 0;
    int overflowTo = -1;
    // A call that never reaches anyone of the account: abandoned, or left on the voicemail.
    bool unanswered() const { return abandoned || (overflowed && overflowTo < 0); }
    // A blind transfer by `user` to `transferTo`, who answers at `transferAnsweredMs`.
    int transferTo = -1;
    qint64 transferMs = 0;
    qint64 transferAnsweredMs = 0;
    // Parked by `user`; picked up again at parkUntilMs, or ended while parked (parkUntilMs == endMs).
    qint64 parkFromMs = 0;
    qint64 parkUntilMs = 0;
    // A live RingOut whose list record already reads "Call connected" with duration 0, as
    // RingCentral's own fixtures show: only the telephony session says it is still going on.
    bool listedAsConnected = false;

    int user = -1; // index into SimAccount::users(): the extension the record belongs to; -1 if none
    int peerUser = -1; // the other extension of an internal call
    int queue = -1; // index into SimAccount::queues() for queue calls
    int outside = -1; // index into SimAccount::outsideNumbers()

    QString action;
    QString transport;
    QString sessionId;
    QString telephonySessionId;
    QString recordIds[2]; // [0] for `user`, [1] for `peerUser` of an internal call

    // The telephony session: every party it ever has and every change of their status, in
    // time order (written by SessionScript). A change's sequence is its index + 1.
    std::vector<SimParty> parties;
    std::vector<PartyChange> changes;
    int recordParty[2] = { -1, -1 }; // the party of `user` and of `peerUser`

    // The parts of each record that never change, built on first listing: a 10,000-call
    // snapshot then only fills in durations and results.
    mutable QJsonObject fixedRecord[2];
    mutable QString fixedRecordBase[2];

    Phase phaseAt(qint64 nowMs) const;
    // Whether the call comes in to the extension on `side` (0: `user`, 1: `peerUser`).
    bool inboundFor(int side) const
    {
        return pattern == Pattern::InboundExternal || pattern == Pattern::InboundQueue
            || (pattern == Pattern::Internal && side == 1);
    }
    // The id of party `party` (an index into `parties`), as records and events name it.
    QString partyId(int party) const
    {
        return QStringLiteral("p-%1-%2").arg(telephonySessionId.mid(2)).arg(party + 1);
    }
    bool listedAt(qint64 nowMs) const { return nowMs >= listedFromMs && nowMs < goneMs; }
    bool isRingOut() const { return action.startsWith(QLatin1String("RingOut")); }
    // The party's latest change at `atMs`; null before the party appears.
    const PartyChange *stateAt(int party, qint64 atMs) const;
    // The time of the session's last change: the last party's hang-up.
    qint64 lastChangeMs() const { return changes.empty() ? endMs : changes.back().atMs; }

    // Writes `parties`, `changes` and `recordParty` from the story above, the way the
    // platform's captures show such calls (push-queues-presence.md §3.4). Called once, when
    // the call arrives.
    void writeSession();

private:
    int addParty(SimParty::Kind kind, int index, bool inbound, bool queueCall = false);
    void addChange(qint64 atMs, int party, PartyChange::Code code,
                   PartyChange::Reason reason = PartyChange::Reason::None);
    // From the answer on: hold, park, transfer and the hang-up of every leg still there.
    void writeConversation(int mine, int external);
};

} // namespace callwatch::sim
