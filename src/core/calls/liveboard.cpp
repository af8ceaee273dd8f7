#include "liveboard.h"

#include "heap.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace callwatch {

LiveBoard::LiveBoard(QObject *parent)
    : QObject(parent)
{
}

LiveBoard::~LiveBoard() = default;

void LiveBoard::submitSnapshot(CallSnapshot records, const QDateTime &at, bool eventsLead, bool canCheck)
{
    m_waiting.records = std::move(records);
    m_waiting.at = at;
    m_waiting.eventsLead = eventsLead;
    m_waiting.canCheck = canCheck;
    startPreparing();
}

void LiveBoard::submitSessions(std::vector<SessionView> views)
{
    for (SessionView &view : views) {
        const auto it = m_waiting.sessionIndex.constFind(view.telephonySessionId);
        if (it != m_waiting.sessionIndex.cend()) {
            m_waiting.sessions[*it] = std::move(view);
        } else {
            m_waiting.sessionIndex.insert(view.telephonySessionId, m_waiting.sessions.size());
            m_waiting.sessions.push_back(std::move(view));
        }
    }
    startPreparing();
}

void LiveBoard::submitExpiry(qint64 nowMs)
{
    m_waiting.expireAtMs = std::max(m_waiting.expireAtMs, nowMs);
    startPreparing();
}

void LiveBoard::startPreparing()
{
    if (m_preparing || m_waiting.isEmpty())
        return;
    m_preparing = true;
    Waiting work = std::exchange(m_waiting, {});
    // The worker reads only the state and the inputs it is given, which nobody changes, and
    // touches nothing of this object. Its watcher is our child: if we are gone when the worker
    // finishes, so is the watcher, and the result is simply dropped.
    auto *watcher = new QFutureWatcher<CallBoard::Update>(this);
    connect(watcher, &QFutureWatcher<CallBoard::Update>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onPrepared(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run([base = m_board.state(), work = std::move(work)]() mutable {
        BoardInput input;
        if (work.records) {
            input.snapshot = BoardInput::Snapshot { *work.records, work.at, work.eventsLead, work.canCheck };
            work.records.reset(); // the last holder frees the feed's records here, off the GUI thread
        }
        input.sessions = std::move(work.sessions);
        input.expireAtMs = work.expireAtMs;
        return CallBoard::prepare(std::move(base), std::move(input));
    }));
}

void LiveBoard::onPrepared(CallBoard::Update update)
{
    m_preparing = false;
    const bool hadSnapshot = update.hadSnapshot;
    commit(std::move(update));
    startPreparing();
    if (hadSnapshot)
        Q_EMIT snapshotSettled();
}

void LiveBoard::applySnapshot(std::vector<ActiveCall> records, const QDateTime &at)
{
    BoardInput input;
    input.snapshot = BoardInput::Snapshot { std::move(records), at, false };
    apply(std::move(input));
}

void LiveBoard::apply(BoardInput input)
{
    commit(CallBoard::prepare(m_board.state(), std::move(input)));
}

void LiveBoard::commit(CallBoard::Update update)
{
    BoardCommit change;
    const bool snapshot = update.hadSnapshot;
    change.remap = std::move(update.remap);
    CallBoard::StatePtr old = update.base;
    std::optional<BoardDiff> diff = m_board.commit(std::move(update));
    if (!diff)
        return; // prepared before a clear(): it describes calls no longer asked for
    change.diff = std::move(*diff);
    Q_EMIT changed(change);
    // Freeing ten thousand records' strings takes milliseconds: not on this thread.
    QThreadPool::globalInstance()->start([old = std::move(old)]() mutable { old.reset(); });
    // Returning the freed pages walks the whole heap under its lock (some 20 ms with 10,000
    // calls), which holds up every thread's allocations: once after a snapshot (which frees a
    // whole generation of records), a moment later, never after the small event updates.
    if (snapshot)
        QTimer::singleShot(1500, this,
                           [] { QThreadPool::globalInstance()->start(&heap::returnFreedMemory); });
}

void LiveBoard::clear()
{
    Q_EMIT aboutToClear(); // views begin their reset while the rows they show still exist
    m_board.clear();
    m_waiting = {}; // an update being prepared is dropped when it arrives
    Q_EMIT cleared();
}

} // namespace callwatch
