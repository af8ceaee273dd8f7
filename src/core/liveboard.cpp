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

void LiveBoard::submitSnapshot(CallSnapshot records, const QDateTime &at)
{
    if (m_preparing) {
        m_waiting = Waiting { std::move(records), at };
        return;
    }
    startPreparing(std::move(records), at);
}

void LiveBoard::startPreparing(CallSnapshot records, const QDateTime &at)
{
    m_preparing = true;
    // The worker reads only the state and the snapshot it is given, which nobody changes, and
    // touches nothing of this object. Its watcher is our child: if we are gone when the worker
    // finishes, so is the watcher, and the result is simply dropped.
    auto *watcher = new QFutureWatcher<CallBoard::Update>(this);
    connect(watcher, &QFutureWatcher<CallBoard::Update>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onPrepared(watcher->future().takeResult());
    });
    watcher->setFuture(
        QtConcurrent::run([base = m_board.state(), records = std::move(records), at]() mutable {
            std::vector<ActiveCall> copy = *records;
            records.reset(); // the last holder frees the feed's records here, off the GUI thread
            return CallBoard::prepare(std::move(base), std::move(copy), at);
        }));
}

void LiveBoard::onPrepared(CallBoard::Update update)
{
    m_preparing = false;
    commit(std::move(update));
    if (m_waiting) {
        Waiting next = std::move(*m_waiting);
        m_waiting.reset();
        startPreparing(std::move(next.records), next.at);
    }
    Q_EMIT snapshotSettled();
}

void LiveBoard::applySnapshot(std::vector<ActiveCall> records, const QDateTime &at)
{
    commit(CallBoard::prepare(m_board.state(), std::move(records), at));
}

void LiveBoard::commit(CallBoard::Update update)
{
    BoardCommit change;
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
    // calls), which would hold up the layout and repaint this update starts: a moment later.
    QTimer::singleShot(1500, this, [] { QThreadPool::globalInstance()->start(&heap::returnFreedMemory); });
}

void LiveBoard::clear()
{
    m_board.clear();
    m_waiting.reset(); // a snapshot being prepared is dropped when it arrives
    Q_EMIT cleared();
}

} // namespace callwatch
