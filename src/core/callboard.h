#pragma once

#include "activecall.h"

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
    ActiveCall call;
    QDateTime firstSeen; // the snapshot that first listed this key
    QDateTime lastConfirmed; // the latest snapshot that listed it
    // call.startTime in epoch milliseconds (the oldest possible when unknown): sorting 10,000
    // rows compares start times some 130,000 times, and an integer compares far faster.
    qint64 startMs = 0;
};

// What one snapshot changed, by key. A key appears in at most one list.
struct BoardDiff
{
    QStringList added; // in the order the snapshot first lists them
    QStringList changed;
    QStringList removed;
    // Live calls whose record only moved their duration on: what a view recomputes every
    // second anyway, so it need not redraw the whole row for them.
    QStringList retimed;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && retimed.isEmpty(); }
};

// A committed update as a view needs it: the diff by key, and for each slot of the previous
// state its slot in the new one (-1 when gone), so rows keep slot numbers without a lookup.
struct BoardCommit
{
    std::vector<qsizetype> remap;
    BoardDiff diff;
};

// The keyed state of the calls the platform lists: live ones and ended ones still in its cache.
// Each poll delivers a complete snapshot, so a snapshot replaces the state and the diff tells
// a view what to insert, update and remove without a reset.
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
        std::vector<Slot> slots; // in the order the snapshot first listed each key
        QHash<QString, qsizetype> index; // key -> slot
        int liveCount = 0;
        // One copy of each text the records share (see prepare()).
        QSet<QString> sharedText;
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
    };

    CallBoard();

    // Safe on any thread: reads only `base`, which nobody changes. Records with the same key:
    // the later one wins and the key is reported once.
    static Update prepare(StatePtr base, std::vector<ActiveCall> records, const QDateTime &at);
    // Installs an update prepared from the current state; nullopt (and nothing changes) when
    // the board has moved on since (cleared, or another update committed), because the diff
    // would then describe the wrong change.
    std::optional<BoardDiff> commit(Update update);
    // prepare() and commit() in one go, on the caller's thread. `records` is taken by value so
    // a caller that moves its vector in pays for no copies.
    BoardDiff applySnapshot(std::vector<ActiveCall> records, const QDateTime &at);

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
    void clear();

private:
    StatePtr m_state;
};

} // namespace callwatch
