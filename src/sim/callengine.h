#pragma once

#include "simaccount.h"
#include "simcall.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <functional>
#include <optional>
#include <queue>
#include <vector>

namespace callwatch::sim {

class SimClock;
class SimPresence;

// How a queue call ends: an agent answers after the wait, the caller hangs up while waiting,
// or nobody takes it within the queue's hold time and it goes to the queue's overflow
// extension (offered to agents until then) or, as only a test asks, to its voicemail
// (offered to nobody).
enum class QueueOutcome { Answered, Abandoned, Overflow, Voicemail };

// One active-calls record: a call seen from one of its extensions.
struct CallRecordRef
{
    const SimCall *call = nullptr;
    int side = 0; // 0: the call's `user`, 1: its `peerUser`
};

// The living account: calls arrive at random (seeded), ring (queue calls wait, ring agents who
// take queue calls all at once or one after the other as the queue's transfer mode says, are
// abandoned, or overflow to the queue's overflow extension after its hold time), connect, may be held,
// parked or blind-transferred, end, linger in the active-calls cache and vanish. The arrival rate keeps
// roughly `targetCalls` records in the active-calls list, live and recently ended together.
class CallEngine
{
public:
    CallEngine(const SimAccount &account, const SimClock &clock, const SimPresence &presence, quint64 seed,
               int targetCalls);

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

    // Connected (or held, or parked) calls right now: about half of what the list shows.
    int connectedCount() const;
    const std::vector<SimCall> &calls() const { return m_calls; }
    // The call of a telephony session the engine still knows; null otherwise.
    const SimCall *findSession(const QString &telephonySessionId) const;

    // Places a RingOut call now, ringing, whose list record will read "Call connected" with
    // duration 0 while it lasts, so a test need not wait for one. The reference is valid until
    // the next call that changes the engine.
    const SimCall &startRingOut();
    // Places a call into queue `queue` (index into SimAccount::queues()) now: the caller waits
    // `waitMs` and then agents ring and one answers (Answered), or hangs up after `waitMs`
    // (Abandoned), or is offered to agents from `waitMs` on but taken by nobody within the
    // queue's hold time and goes to its overflow extension (Overflow), or waits out the hold
    // time unoffered and goes to its voicemail (Voicemail). An answered call whose queue has
    // no agent free to take it overflows too. The reference is valid until the next call that
    // changes the engine.
    const SimCall &startQueueCall(int queue, QueueOutcome outcome, qint64 waitMs);

private:
    struct QueueScript
    {
        int queue = 0;
        QueueOutcome outcome = QueueOutcome::Answered;
        qint64 waitMs = 0;
    };
    SimCall &spawnCall(qint64 startMs, bool staleRingOut = false, const QueueScript *script = nullptr);
    void planQueueCall(SimCall &c, const QueueScript *script);
    void planConversation(SimCall &c, qint64 talkMs);
    void markBusy(int user, qint64 untilMs);
    qint64 uniformMs(double loSeconds, double hiSeconds);
    int pickFreeUser(qint64 atMs, int avoid);
    int pickFreeMember(int queue, const std::vector<int> &avoid, qint64 atMs);
    void releaseBusyUntil(qint64 atMs);
    QString randomRecordId();
    QJsonObject partyForUser(int userIndex) const;
    QJsonObject fixedRecord(const CallRecordRef &ref, const QString &apiBase) const;

    const SimAccount &m_account;
    const SimClock &m_clock;
    const SimPresence &m_presence;
    QRandomGenerator m_rng;
    QRandomGenerator m_queueRng; // what queue calls do that they did not before: overflow, scripts
    qint64 m_startMs = 0; // the simulation's start; before it, the warm-up
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
