#pragma once

#include "callboard.h"

#include <QDateTime>
#include <QObject>
#include <optional>

namespace callwatch {

// The board the window, --once and the tests read: a CallBoard whose updates are prepared on a
// worker thread and committed on the owner's thread, one at a time, so the GUI thread pays only
// for the commit and whatever reacts to changed(). Owned by the monitor; views only read it.
class LiveBoard : public QObject
{
    Q_OBJECT

public:
    explicit LiveBoard(QObject *parent = nullptr);
    ~LiveBoard() override;

    const CallBoard &board() const { return m_board; }

    // Prepares the snapshot off this thread; a snapshot submitted while one is prepared waits,
    // and a newer one replaces one still waiting (it describes a later moment of the same list).
    void submitSnapshot(CallSnapshot records, const QDateTime &at);
    // Prepare and commit on this thread (tests, --once's single snapshot).
    void applySnapshot(std::vector<ActiveCall> records, const QDateTime &at);
    // Commits an update prepared from board().state(); ignored when the board has moved on.
    void commit(CallBoard::Update update);
    // Empties the board (sign-out, a change of scope): an update still being prepared is dropped.
    void clear();

    bool isPreparing() const { return m_preparing; }

Q_SIGNALS:
    // After each committed update: a view renumbers its rows with `commit.remap`.
    void changed(const callwatch::BoardCommit &commit);
    void cleared();
    // A submitted snapshot is on the board, or was dropped because the board was cleared.
    void snapshotSettled();

private:
    void startPreparing(CallSnapshot records, const QDateTime &at);
    void onPrepared(CallBoard::Update update);

    CallBoard m_board;
    bool m_preparing = false;
    struct Waiting
    {
        CallSnapshot records;
        QDateTime at;
    };
    std::optional<Waiting> m_waiting;
};

} // namespace callwatch
