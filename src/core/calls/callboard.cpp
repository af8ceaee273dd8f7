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

CallProgress progressFromList(const ActiveCall &call, qint64 atMs)
{
    CallProgress p;
    const qint64 startMs = call.startTime.isValid() ? call.startTime.toMSecsSinceEpoch() : 0;
    const qint64 durationMs = call.durationSeconds >= 0 ? call.durationSeconds * 1000
        : call.durationMs >= 0                          ? call.durationMs
                                                        : -1;
    if (!call.extensionId.isEmpty())
        p.extensionIds.append(call.extensionId);
    p.statusSinceMs = startMs;
    p.sinceKnown = startMs > 0; // in progress since the start, as far as the list can tell
    if (call.isLive()) {
        p.status = CallStatus::InProgress;
    } else if (durationMs <= 0
               && call.result.compare(QLatin1String("Call connected"), Qt::CaseInsensitive) == 0
               && !call.finished.value_or(false)) {
        // RingCentral's own fixtures list a live RingOut call this way: connected, no time
        // passed. It may be either; a per-session check settles it.
        p.status = CallStatus::Checking;
    } else {
        p.status = CallStatus::Ended;
        p.endedAtMs = startMs > 0 && durationMs >= 0 ? startMs + durationMs : atMs;
        p.endReason = call.result;
        p.talkMs = std::max<qint64>(durationMs, 0);
    }
    return p;
}

QString boardKeyOf(const ActiveCall &call)
{
    return call.telephonySessionId.isEmpty() ? call.key() : call.telephonySessionId;
}

namespace {

// The records of one call, as the list gives them (an internal call has one per extension).
struct ListedCall
{
    ActiveCall call; // the first record, which names the call
    CallProgress progress;
};

void mergeExtensions(QStringList &into, const QStringList &more)
{
    for (const QString &id : more) {
        if (!id.isEmpty() && !into.contains(id))
            into.append(id);
    }
}

// The merged word of a call's records: live if any record is live, unsettled if any is.
CallProgress mergeListed(const CallProgress &a, const CallProgress &b)
{
    const auto rank = [](CallStatus s) {
        return s == CallStatus::InProgress ? 0 : s == CallStatus::Checking ? 1 : 2;
    };
    CallProgress out = rank(b.status) < rank(a.status) ? b : a;
    out.extensionIds = a.extensionIds;
    mergeExtensions(out.extensionIds, b.extensionIds);
    out.endedAtMs = std::max(a.endedAtMs, b.endedAtMs);
    out.talkMs = std::max(a.talkMs, b.talkMs);
    return out;
}

} // namespace

CallBoard::Update CallBoard::prepare(StatePtr base, BoardInput input)
{
    if (!base)
        base = std::make_shared<const State>();
    auto next = std::make_shared<State>();
    // The base's rows carried over; only what the input touches changes.
    next->slots = base->slots;
    next->index = base->index;
    next->forgotten = base->forgotten;
    const size_t baseSize = base->slots.size();
    std::vector<char> gone(baseSize, 0);
    const auto slotFor = [&](const QString &key) -> qsizetype { return next->index.value(key, -1); };
    const auto addRow = [&](const QString &key, BoardEntry entry) {
        next->index.insert(key, static_cast<qsizetype>(next->slots.size()));
        next->slots.push_back(Slot { key, std::move(entry) });
        next->forgotten.remove(key);
    };

    if (input.snapshot) {
        BoardInput::Snapshot &snap = *input.snapshot;
        const qint64 atMs = snap.at.toMSecsSinceEpoch();
        // The records of each call, in the order the list first names them.
        QHash<QString, qsizetype> groupOf;
        std::vector<std::pair<QString, ListedCall>> groups;
        groupOf.reserve(qsizetype(snap.records.size()));
        groups.reserve(snap.records.size());
        TextPool pool(base->sharedText, next->sharedText);
        for (ActiveCall &record : snap.records) {
            QString key = boardKeyOf(record);
            if (key.isEmpty())
                continue;
            CallProgress progress = progressFromList(record, atMs);
            if (progress.status == CallStatus::Checking && !snap.canCheck)
                progress.status = CallStatus::InProgress;
            if (const auto it = groupOf.constFind(key); it != groupOf.cend()) {
                ListedCall &listed = groups[size_t(*it)].second;
                // Records with one key: the later one wins (a duplicate on a page boundary).
                if (record.key() == listed.call.key())
                    listed.call = std::move(record);
                listed.progress = mergeListed(listed.progress, progress);
                continue;
            }
            pool.share(record.from);
            pool.share(record.to);
            pool.share(record.extensionId);
            pool.share(record.extensionUri);
            groupOf.insert(key, qsizetype(groups.size()));
            groups.push_back({ std::move(key), ListedCall { std::move(record), std::move(progress) } });
        }
        std::vector<char> listed(baseSize, 0);
        for (auto &[key, call] : groups) {
            const qsizetype slot = slotFor(key);
            if (slot < 0) {
                // An ended call we already let go of stays gone.
                if (!call.progress.isLive() && next->forgotten.contains(key))
                    continue;
                BoardEntry entry;
                entry.call = std::move(call.call);
                entry.progress = std::move(call.progress);
                entry.source = TruthSource::List;
                entry.sourceAtMs = atMs;
                entry.firstSeen = snap.at;
                entry.lastConfirmed = snap.at;
                addRow(key, std::move(entry));
                continue;
            }
            if (size_t(slot) < baseSize)
                listed[size_t(slot)] = 1;
            BoardEntry &entry = next->slots[size_t(slot)].entry;
            // The list's record names the call best (numbers, names, the extension's record).
            entry.call = std::move(call.call);
            entry.lastConfirmed = snap.at;
            const bool keep = (entry.fromEvents && snap.eventsLead)
                // A check knows more than "in progress" (or than a record it could not read), and
                // an end the list has not caught up with.
                || (entry.source == TruthSource::Check
                    && (call.progress.status == CallStatus::InProgress
                        || call.progress.status == CallStatus::Checking || !entry.progress.isLive()));
            if (keep) {
                mergeExtensions(entry.progress.extensionIds, call.progress.extensionIds);
                continue;
            }
            CallProgress progress = std::move(call.progress);
            if (progress.status == entry.progress.status && entry.progress.statusSinceMs > 0)
                progress.statusSinceMs = entry.progress.statusSinceMs;
            entry.progress = std::move(progress);
            entry.source = TruthSource::List;
            entry.sourceAtMs = atMs;
        }
        for (size_t s = 0; s < baseSize; ++s) {
            if (listed[s])
                continue;
            const BoardEntry &entry = next->slots[s].entry;
            // Unlisted: the list lags connected calls by seconds and never shows ringing ones,
            // so a call the live events vouch for stays, and so does one that ended (it goes
            // when the board stops keeping ended calls). Anything else has left.
            const bool vouched = entry.fromEvents && (snap.eventsLead || !entry.isLive());
            const bool settledEnd = !entry.isLive() && entry.source != TruthSource::List;
            if (!vouched && !settledEnd)
                gone[s] = 1;
        }
    } else {
        next->sharedText = base->sharedText;
    }

    for (SessionView &view : input.sessions) {
        const qsizetype slot = slotFor(view.telephonySessionId);
        const bool eventSide = view.source == TruthSource::Event || view.source == TruthSource::Presence;
        if (slot < 0 || (size_t(slot) < baseSize && gone[size_t(slot)])) {
            // A call first heard of as over is no news; one a check found live is.
            if (!view.progress.isLive())
                continue;
            if (slot >= 0) {
                gone[size_t(slot)] = 0; // the list dropped it, but the events say it goes on
            } else {
                BoardEntry entry;
                entry.call = std::move(view.described);
                entry.firstSeen = QDateTime::fromMSecsSinceEpoch(view.atMs, Qt::UTC);
                entry.progress = std::move(view.progress);
                entry.source = view.source;
                entry.sourceAtMs = view.atMs;
                entry.fromEvents = eventSide;
                addRow(view.telephonySessionId, std::move(entry));
                continue;
            }
        }
        BoardEntry &entry = next->slots[size_t(slot)].entry;
        if (!entry.lastConfirmed.isValid()) {
            // Not in the list (yet): the events' description is all there is, and it grows
            // (the caller's name arrives late).
            entry.call = std::move(view.described);
        }
        QStringList extensions = entry.progress.extensionIds;
        entry.progress = std::move(view.progress);
        mergeExtensions(entry.progress.extensionIds, extensions);
        entry.source = view.source;
        entry.sourceAtMs = view.atMs;
        entry.fromEvents = entry.fromEvents || eventSide;
    }

    if (input.expireAtMs > 0) {
        for (size_t s = 0; s < next->slots.size(); ++s) {
            const BoardEntry &entry = next->slots[s].entry;
            if (entry.isLive() || entry.progress.endedAtMs <= 0
                || input.expireAtMs - entry.progress.endedAtMs < kEndedKeepMs)
                continue;
            next->forgotten.insert(next->slots[s].key, input.expireAtMs);
            if (s < baseSize) {
                gone[s] = 1;
            } else {
                next->slots[s].key.clear(); // added and expired in one go: never shown
            }
        }
        // Long enough for the list's cache (about 120 s) and a slow reconcile interval.
        next->forgotten.removeIf(
            [at = input.expireAtMs](const auto &e) { return at - e.value() > 30 * 60'000; });
    }

    // Compact: departed rows out, slots renumbered, the index rebuilt if anything moved.
    Update update;
    update.hadSnapshot = input.snapshot.has_value();
    update.remap.assign(baseSize, -1);
    BoardDiff &diff = update.diff;
    std::vector<Slot> slots;
    slots.reserve(next->slots.size());
    bool moved = false;
    for (size_t s = 0; s < next->slots.size(); ++s) {
        Slot &slot = next->slots[s];
        if ((s < baseSize && gone[s]) || slot.key.isEmpty()) {
            if (s < baseSize)
                diff.removed.append(slot.key);
            moved = true;
            continue;
        }
        if (s >= baseSize) {
            diff.added.append(slot.key);
        } else {
            update.remap[s] = qsizetype(slots.size());
            const BoardEntry &before = base->slots[s].entry;
            const BoardEntry &after = slot.entry;
            const bool sameCall = before.call.sameApartFromDuration(after.call);
            if (!sameCall || before.progress != after.progress || before.source != after.source)
                diff.changed.append(slot.key);
            else if (before.call.durationSeconds != after.call.durationSeconds
                     || before.call.durationMs != after.call.durationMs)
                diff.retimed.append(slot.key); // what a view recomputes every second anyway
        }
        const QDateTime &start = slot.entry.call.startTime;
        slot.entry.startMs = start.isValid() ? start.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        slots.push_back(std::move(slot));
    }
    next->slots = std::move(slots);
    if (moved) {
        next->index.clear();
        next->index.reserve(qsizetype(next->slots.size()));
        for (size_t s = 0; s < next->slots.size(); ++s)
            next->index.insert(next->slots[s].key, qsizetype(s));
    }
    for (const Slot &slot : next->slots) {
        const BoardEntry &entry = slot.entry;
        if (!entry.isLive())
            continue;
        ++next->liveCount;
        switch (entry.progress.status) {
        case CallStatus::Ringing:
            ++next->ringingCount;
            break;
        case CallStatus::Queued:
            ++next->queuedCount;
            break;
        case CallStatus::OnHold:
        case CallStatus::Parked:
            ++next->onHoldCount;
            break;
        default:
            break;
        }
    }
    update.base = std::move(base);
    update.next = std::move(next);
    return update;
}

CallBoard::Update CallBoard::prepare(StatePtr base, std::vector<ActiveCall> records, const QDateTime &at)
{
    BoardInput input;
    input.snapshot = BoardInput::Snapshot { std::move(records), at, false };
    return prepare(std::move(base), std::move(input));
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

BoardDiff CallBoard::apply(BoardInput input)
{
    return *commit(prepare(m_state, std::move(input)));
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
