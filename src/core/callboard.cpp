#include "callboard.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace callwatch {

BoardDiff CallBoard::applySnapshot(std::vector<ActiveCall> records, const QDateTime &at,
                                   std::vector<ActiveCall> *spent)
{
    BoardDiff diff;
    const size_t oldCount = m_slots.size();
    if (m_slots.empty()) {
        m_slots.reserve(records.size());
        m_index.reserve(static_cast<qsizetype>(records.size()));
    }

    // Pass 1: give every key a slot and remember which record (the last with that key) fills it.
    // Filling waits for pass 2 so that a later duplicate replaces an earlier one before comparing.
    std::vector<qsizetype> confirmedBy(oldCount, -1);
    for (size_t i = 0; i < records.size(); ++i) {
        QString key = records[i].key();
        if (key.isEmpty())
            continue;
        const auto it = m_index.constFind(key);
        if (it != m_index.cend()) {
            confirmedBy[static_cast<size_t>(*it)] = static_cast<qsizetype>(i);
            continue;
        }
        m_index.insert(key, static_cast<qsizetype>(m_slots.size()));
        confirmedBy.push_back(static_cast<qsizetype>(i));
        diff.added.append(key);
        m_slots.push_back(Slot { std::move(key), BoardEntry { {}, at, at } });
    }

    // Pass 2: fill new slots, compare known ones, collect the keys the snapshot no longer lists.
    int live = 0;
    for (size_t s = 0; s < m_slots.size(); ++s) {
        Slot &slot = m_slots[s];
        const qsizetype from = confirmedBy[s];
        if (from < 0) {
            diff.removed.append(slot.key);
            continue;
        }
        ActiveCall &record = records[static_cast<size_t>(from)];
        if (s >= oldCount) {
            slot.entry.call = std::move(record);
        } else {
            const ActiveCall &known = slot.entry.call;
            const bool sameCall = known.sameApartFromDuration(record);
            if (!sameCall || known.durationSeconds != record.durationSeconds || known.durationMs != record.durationMs) {
                // A live call that only lasted longer is retimed; anything else is a change.
                (sameCall && known.isLive() ? diff.retimed : diff.changed).append(slot.key);
                // The replaced record joins the leftovers, to be freed with them.
                std::swap(slot.entry.call, record);
            }
            slot.entry.lastConfirmed = at;
        }
        if (slot.entry.call.isLive())
            ++live;
    }
    m_liveCount = live;

    // Pass 3: drop the removed slots, last first, so the slot swapped in is always one we keep.
    if (!diff.removed.isEmpty()) {
        for (size_t s = oldCount; s-- > 0;) {
            if (confirmedBy[s] >= 0)
                continue;
            m_index.remove(m_slots[s].key);
            if (s + 1 != m_slots.size()) {
                m_slots[s] = std::move(m_slots.back());
                m_index[m_slots[s].key] = static_cast<qsizetype>(s);
            }
            m_slots.pop_back();
        }
    }
    if (spent)
        *spent = std::move(records);
    return diff;
}

const BoardEntry *CallBoard::find(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &m_slots[static_cast<size_t>(*it)].entry;
}

std::vector<const BoardEntry *> CallBoard::entries() const
{
    // Sort on precomputed epoch milliseconds: QDateTime comparisons are far slower at 10,000 rows.
    struct Ordered
    {
        qint64 startMs;
        const Slot *slot;
    };
    std::vector<Ordered> order;
    order.reserve(m_slots.size());
    for (const Slot &slot : m_slots) {
        const QDateTime &start = slot.entry.call.startTime;
        // A call without a start time sorts as the oldest.
        order.push_back(
            { start.isValid() ? start.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(), &slot });
    }
    std::sort(order.begin(), order.end(), [](const Ordered &a, const Ordered &b) {
        if (a.startMs != b.startMs)
            return a.startMs > b.startMs;
        return a.slot->key < b.slot->key;
    });
    std::vector<const BoardEntry *> out;
    out.reserve(order.size());
    for (const Ordered &o : order)
        out.push_back(&o.slot->entry);
    return out;
}

void CallBoard::clear()
{
    m_slots.clear();
    m_index.clear();
    m_liveCount = 0;
}

} // namespace callwatch
