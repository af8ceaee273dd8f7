#pragma once

#include "callboard.h"

#include <QDateTime>
#include <QHash>
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

    // Updates are prepared off this thread, one at a time; what arrives meanwhile waits and goes
    // into the next one together. A newer snapshot replaces one still waiting (it describes a
    // later moment of the same list); session views of the same call, likewise.
    void submitSnapshot(CallSnapshot records, const QDateTime &at, bool eventsLead = false,
                        bool canCheck = true);
    void submitSessions(std::vector<SessionView> views);
    void submitExpiry(qint64 nowMs);
    // Prepare and commit on this thread (tests).
    void applySnapshot(std::vector<ActiveCall> records, const QDateTime &at);
    void apply(BoardInput input);
    // Commits an update prepared from board().state(); ignored when the board has moved on.
    void commit(CallBoard::Update update);
    // Empties the board (sign-out, a change of scope): an update still being prepared is dropped.
    void clear();

    bool isPreparing() const { return m_preparing; }

Q_SIGNALS:
    // After each committed update: a view renumbers its rows with `commit.remap`.
    void changed(const callwatch::BoardCommit &commit);
    void aboutToClear();
    void cleared();
    // A submitted snapshot is on the board, or was dropped because the board was cleared.
    void snapshotSettled();

private:
    struct Waiting
    {
        CallSnapshot records; // none: no snapshot waits
        QDateTime at;
        bool eventsLead = false;
        bool canCheck = true;
        std::vector<SessionView> sessions;
        QHash<QString, size_t> sessionIndex; // telephony session -> its view in `sessions`
        qint64 expireAtMs = 0;
        bool isEmpty() const { return !records && sessions.empty() && expireAtMs == 0; }
    };

    void startPreparing();
    void onPrepared(CallBoard::Update update);

    CallBoard m_board;
    bool m_preparing = false;
    Waiting m_waiting;
};

} // namespace callwatch
