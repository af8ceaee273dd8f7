#pragma once

#include "activecall.h"
#include "callprogress.h"
#include "callsessions.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace callwatch {

struct BoardEntry
{
    // Who is talking to whom, as the active-calls list records it, or as the events describe a
    // call the list does not have yet.
    ActiveCall call;
    CallProgress progress;
    TruthSource source = TruthSource::List; // where `progress` came from
    qint64 sourceAtMs = 0; // and when
    QDateTime firstSeen; // when the board first had this call
    QDateTime lastConfirmed; // the latest snapshot that listed it (invalid: never listed)
    // call.startTime in epoch milliseconds (the oldest possible when unknown): sorting 10,000
    // rows compares start times some 130,000 times, and an integer compares far faster.
    qint64 startMs = 0;
    bool fromEvents = false; // the telephony events (or the presence read) know this call

    bool isLive() const { return progress.isLive(); }
};

// The list's word on a call, for a row no event or check knows better: live (but whether
// talking or holding it cannot say), ended with its result, or not settled at all: a live
// RingOut call is listed as "Call connected" with duration 0, like one that just ended.
CallProgress progressFromList(const ActiveCall &call, qint64 atMs);

// The board's key of a record: its telephony session (one row per call, however many records
// the list has for it), else the record's own key.
QString boardKeyOf(const ActiveCall &call);

// What changes the board: any mix, applied in this order by one prepare().
struct BoardInput
{
    struct Snapshot
    {
        std::vector<ActiveCall> records;
        QDateTime at;
        // Whether the events are live: then they lead and the list only fills in what they
        // cannot know; otherwise the list is the truth, as before events.
        bool eventsLead = false;
        // Whether a record the list cannot settle can be checked; without (no Call Control)
        // it shows as the list's best word, live, rather than "checking" for ever.
        bool canCheck = true;
    };
    std::optional<Snapshot> snapshot;
    std::vector<SessionView> sessions; // from events, the presence read or per-session checks
    qint64 expireAtMs = 0; // removes ended calls older than the board keeps them (0: no expiry)
};

// What one update changed, by key. A key appears in at most one list.
struct BoardDiff
{
    QStringList added; // in the order the snapshot first lists them
    QStringList changed;
    QStringList removed;
    // Live calls whose record only moved their duration on: what a view recomputes every
    // second anyway, so it need not redraw the whole row for them.
    QStringList retimed;

    bool isEmpty() const
    {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && retimed.isEmpty();
    }
};

// A committed update as a view needs it: the diff by key, and for each slot of the previous
// state its slot in the new one (-1 when gone), so rows keep slot numbers without a lookup.
struct BoardCommit
{
    std::vector<qsizetype> remap;
    BoardDiff diff;
};

// One row per call: live ones, and ended ones for a while, greyed. Telephony events lead when
// they are live; each complete snapshot of the active-calls list reconciles (adds what events
// never told, drops rows it no longer lists and no event vouches for); per-session checks
// settle what neither can. The diff tells a view what to insert, update and remove.
//
// A state, once published, never changes: prepare() builds the next one from it on any thread
// (the costly part: a hash lookup and a record comparison per call), while the GUI thread goes
// on reading the current one; commit() then installs it in constant time.
class CallBoard
{
public:
    struct Slot
    {
        QString key;
        BoardEntry entry;
    };
    struct State
    {
        std::vector<Slot> slots; // in the order the board first had each key
        QHash<QString, qsizetype> index; // key -> slot
        int liveCount = 0;
        int ringingCount = 0; // calls, not parties: a queue call ringing five agents is one
        int queuedCount = 0;
        int onHoldCount = 0; // held or parked
        // One copy of each text the records share (see prepare()).
        QSet<QString> sharedText;
        // Ended calls the board let go of, and when: a list that still has them in its cache
        // (it keeps ended calls some 120 s, and we may poll rarely) does not bring them back.
        QHash<QString, qint64> forgotten;
    };
    using StatePtr = std::shared_ptr<const State>;

    struct Update
    {
        StatePtr base; // the state this update was computed from
        StatePtr next;
        // For each slot of `base`, its slot in `next`, or -1 if the snapshot no longer lists it:
        // a view that keeps slot numbers per row renumbers them without a lookup.
        std::vector<qsizetype> remap;
        BoardDiff diff;
        bool hadSnapshot = false; // the input held a snapshot of the list
    };

    CallBoard();

    // How long an ended call stays on the board, greyed, after it ended.
    static constexpr qint64 kEndedKeepMs = 120'000;

    // Safe on any thread: reads only `base`, which nobody changes.
    static Update prepare(StatePtr base, BoardInput input);
    // A snapshot alone, without events: the list leads.
    static Update prepare(StatePtr base, std::vector<ActiveCall> records, const QDateTime &at);
    // Installs an update prepared from the current state; nullopt (and nothing changes) when
    // the board has moved on since (cleared, or another update committed), because the diff
    // would then describe the wrong change.
    std::optional<BoardDiff> commit(Update update);
    // prepare() and commit() in one go, on the caller's thread. `records` is taken by value so
    // a caller that moves its vector in pays for no copies. Without events: the list leads.
    BoardDiff applySnapshot(std::vector<ActiveCall> records, const QDateTime &at);
    BoardDiff apply(BoardInput input);

    // The current state, to hand to prepare() on another thread; keeps it alive meanwhile.
    StatePtr state() const { return m_state; }
    const BoardEntry &entryAtSlot(qsizetype slot) const { return m_state->slots[size_t(slot)].entry; }
    const QString &keyAtSlot(qsizetype slot) const { return m_state->slots[size_t(slot)].key; }
    // -1 when the key is not on the board.
    qsizetype slotOf(const QString &key) const { return m_state->index.value(key, -1); }

    // Pointers from find() and entries() stay valid until the next commit or clear().
    const BoardEntry *find(const QString &key) const;
    std::vector<const BoardEntry *> entries() const; // newest startTime first, then by key

    int size() const { return static_cast<int>(m_state->slots.size()); }
    int liveCount() const { return m_state->liveCount; }
    int ringingCount() const { return m_state->ringingCount; }
    int queuedCount() const { return m_state->queuedCount; }
    int onHoldCount() const { return m_state->onHoldCount; }
    void clear();

private:
    StatePtr m_state;
};

} // namespace callwatch
