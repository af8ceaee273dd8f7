#pragma once

#include "simaccount.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <functional>
#include <optional>
#include <queue>
#include <vector>

namespace callwatch::sim {

class SimClock;

// A time as the platform writes it: ISO 8601, UTC, milliseconds.
QString isoTime(qint64 ms);

// One call on the simulated account, from the first ring to the moment the platform's
// active-calls cache forgets it. All phases are fixed when the call arrives, so the state at
// any instant is a pure function of the clock.
struct SimCall
{
    enum class Pattern { InboundExternal, InboundQueue, OutboundExternal, Internal };
    enum class Phase { Ringing, Connected, OnHold, Ended, Gone };

    Pattern pattern = Pattern::InboundExternal;
    bool fax = false;
    qint64 startMs = 0; // first ring
    qint64 connectMs = 0; // answered
    qint64 listedFromMs = 0; // appears in active-calls (connect + the platform's 3-10 s lag)
    qint64 holdFromMs = 0; // 0 when the call is never put on hold
    qint64 holdUntilMs = 0;
    qint64 endMs = 0; // hung up
    qint64 endSeenMs = 0; // active-calls shows the final result (end + lag)
    qint64 goneMs = 0; // dropped from the platform's ~120 s cache

    int user = -1; // index into SimAccount::users(): the extension the record belongs to
    int peerUser = -1; // the other extension of an internal call
    int queue = -1; // index into SimAccount::queues() for queue calls
    int outside = -1; // index into SimAccount::outsideNumbers()

    QString action;
    QString transport;
    QString sessionId;
    QString telephonySessionId;
    QString recordIds[2]; // [0] for `user`, [1] for `peerUser` of an internal call

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
    // The party of `side`, as records and telephony events name it.
    QString partyId(int side) const { return QStringLiteral("p-%1-%2").arg(telephonySessionId.mid(2)).arg(side + 1); }
    bool listedAt(qint64 nowMs) const { return nowMs >= listedFromMs && nowMs < goneMs; }
};

// One active-calls record: a call seen from one of its extensions.
struct CallRecordRef
{
    const SimCall *call = nullptr;
    int side = 0; // 0: the call's `user`, 1: its `peerUser`
};

// The living account: calls arrive at random (seeded), ring, connect, may be held, end,
// linger in the active-calls cache and vanish. The arrival rate keeps roughly `targetCalls`
// records in the active-calls list, live and recently ended together.
class CallEngine
{
public:
    CallEngine(const SimAccount &account, const SimClock &clock, quint64 seed, int targetCalls);

    // Brings the account up to the clock's now: new arrivals and cache expiry.
    void advance();

    // Told, on every advance() that moves time on and before expired calls are dropped, which
    // span of simulated time (from, to] has just been lived, so push notifications can be
    // derived for every state change in it.
    using AdvanceListener = std::function<void(qint64 fromMs, qint64 toMs)>;
    void setAdvanceListener(AdvanceListener listener) { m_advanceListener = std::move(listener); }

    // Records as GET .../active-calls lists them, newest start first. With an extension id,
    // only that extension's records.
    std::vector<CallRecordRef> listing(std::optional<qint64> extensionId) const;

    // The CallLogRecord JSON of one record at the clock's now. `apiBase` is the absolute
    // "http://host:port/restapi/v1.0" prefix for the record's uris.
    QJsonObject recordJson(const CallRecordRef &ref, const QString &apiBase) const;

    // Connected (or held) calls right now: about half of what the list shows.
    int connectedCount() const;
    const std::vector<SimCall> &calls() const { return m_calls; }

private:
    void spawnCall(qint64 startMs);
    int pickFreeUser(qint64 atMs, int avoid);
    void releaseBusyUntil(qint64 atMs);
    QString randomRecordId();
    QJsonObject partyForUser(int userIndex) const;
    QJsonObject fixedRecord(const CallRecordRef &ref, const QString &apiBase) const;

    const SimAccount &m_account;
    const SimClock &m_clock;
    QRandomGenerator m_rng;
    int m_target;
    double m_meanInterArrivalMs;
    qint64 m_nextArrivalMs;
    qint64 m_nextSessionId;
    std::vector<SimCall> m_calls; // ordered by startMs
    std::vector<int> m_busy; // calls per user, from ring to hang-up
    using BusyEnd = std::pair<qint64, int>; // (endMs, user)
    std::priority_queue<BusyEnd, std::vector<BusyEnd>, std::greater<>> m_busyEnds;
    AdvanceListener m_advanceListener;
    qint64 m_advancedToMs = 0;
};

} // namespace callwatch::sim
