#pragma once

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

#include <limits>
#include <optional>
#include <queue>
#include <vector>

namespace callwatch::sim {

class SimAccount;

// What a user has set about being reached, apart from their calls: the Do Not Disturb status,
// the user status and whether they take calls of their queue now (acceptCurrentQueueCalls).
struct PresenceState
{
    enum class Dnd { TakeAllCalls, DoNotAcceptDepartmentCalls, TakeDepartmentCallsOnly, DoNotAcceptAnyCalls };
    enum class UserStatus { Available, Busy, Offline };

    qint64 sinceMs = std::numeric_limits<qint64>::min();
    Dnd dnd = Dnd::TakeAllCalls;
    UserStatus userStatus = UserStatus::Available;
    bool acceptCurrentQueueCalls = true;

    // `acceptQueueCalls` of the queue presence: the DND status says no to every queue.
    bool acceptsQueueCalls() const
    {
        return dnd != Dnd::DoNotAcceptDepartmentCalls && dnd != Dnd::DoNotAcceptAnyCalls;
    }
    static QString dndName(Dnd dnd);
    static std::optional<Dnd> dndFromName(const QString &name);
    static QString userStatusName(UserStatus status);
    static std::optional<UserStatus> userStatusFromName(const QString &name);
};

// The users' presence settings over simulated time: each user changes DND, user status or
// their queue's acceptCurrentQueueCalls now and then (seeded, a pure function of the clock
// like the calls) from `startMs` on, unless a test has set them by hand; and the
// monitored-lines list of the standard user, which tests may change. Queue calls are only
// offered to agents this says take them.
class SimPresence
{
public:
    SimPresence(const SimAccount &account, quint64 seed, qint64 startMs);

    // The user's settings at `atMs` (users() index). Times past what was asked before are
    // generated on the way, so this may be asked about the near future.
    const PresenceState &stateAt(int user, qint64 atMs) const;
    // Whether a call of queue `queue` may ring agent `user` at `atMs`: a DND status that takes
    // department calls, and the agent takes this queue's calls now.
    bool offeredQueueCalls(int user, int queue, qint64 atMs) const;

    // Test hooks: from `atMs` on, the user's setting is the one given and no longer changes on
    // its own.
    void setDnd(int user, PresenceState::Dnd dnd, qint64 atMs);
    void setUserStatus(int user, PresenceState::UserStatus status, qint64 atMs);
    void setAcceptCurrentQueueCalls(int user, bool accept, qint64 atMs);

    // The users whose settings changed in (fromMs, toMs], and whether their queue flag did.
    struct Change
    {
        int user = -1;
        bool queueFlagChanged = false;
    };
    std::vector<Change> changesIn(qint64 fromMs, qint64 toMs) const;

    // The standard user's monitored lines (extension ids), and when the list last changed.
    const std::vector<qint64> &monitoredLines() const { return m_monitored; }
    qint64 monitoredChangedMs() const { return m_monitoredChangedMs; }
    void setMonitoredLines(std::vector<qint64> ids, qint64 atMs);

    // The presence fields that come from the settings, for a user whose telephony status is
    // `telephonyStatus` (NoCall, Ringing, CallConnected, OnHold, ParkedCall).
    QJsonObject fields(int user, qint64 atMs, const QString &telephonyStatus) const;

private:
    struct Timeline
    {
        std::vector<PresenceState> states; // in time order; the first holds since forever
        qint64 nextMs = 0; // the next change of its own
        bool pinned = false; // set by a test: no more changes of its own
    };
    void extendTo(qint64 atMs) const;
    PresenceState drawNext(const PresenceState &from) const;
    Timeline &pin(int user, qint64 atMs);

    const SimAccount &m_account;
    mutable QRandomGenerator m_rng;
    mutable std::vector<Timeline> m_lines;
    using Due = std::pair<qint64, int>; // (nextMs, user)
    mutable std::priority_queue<Due, std::vector<Due>, std::greater<>> m_due;
    mutable qint64 m_extendedToMs = 0;
    std::vector<qint64> m_monitored;
    qint64 m_monitoredChangedMs = std::numeric_limits<qint64>::min();
};

} // namespace callwatch::sim
