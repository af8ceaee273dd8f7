#pragma once

#include "activecall.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace callwatch {

struct BoardEntry
{
    ActiveCall call;
    QDateTime firstSeen; // the snapshot that first listed this key
    QDateTime lastConfirmed; // the latest snapshot that listed it
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

// The keyed state of the calls the platform lists: live ones and ended ones still in its cache.
// Each poll delivers a complete snapshot, so a snapshot replaces the state and the diff tells
// a view what to insert, update and remove without a reset.
class CallBoard
{
public:
    // `records` is taken by value so a caller that moves its vector in pays for no copies.
    // Records with the same key: the later one wins and the key is reported once.
    // With `spent`, the records the board no longer needs (replaced, duplicate or unchanged)
    // are handed back instead of freed here, so a GUI can free them on a worker thread.
    BoardDiff applySnapshot(std::vector<ActiveCall> records, const QDateTime &at,
                            std::vector<ActiveCall> *spent = nullptr);

    // Pointers from find() and entries() stay valid until the next applySnapshot() or clear().
    const BoardEntry *find(const QString &key) const;
    std::vector<const BoardEntry *> entries() const; // newest startTime first, then by key

    int size() const { return static_cast<int>(m_slots.size()); }
    int liveCount() const { return m_liveCount; }
    void clear();

private:
    struct Slot
    {
        QString key;
        BoardEntry entry;
    };

    // Slots in a vector with a key -> position index: one hash lookup per record, and removal
    // by swapping the last slot in, so a snapshot costs O(records), not a rebuild of the hash.
    std::vector<Slot> m_slots;
    QHash<QString, qsizetype> m_index;
    int m_liveCount = 0;
};

} // namespace callwatch
