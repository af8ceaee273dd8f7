#include "simpresence.h"

#include "simaccount.h"

#include <QJsonArray>
#include <algorithm>
#include <array>
#include <cmath>

namespace callwatch::sim {

namespace {

// A user touches their presence settings about every 45 simulated minutes: with 50 users the
// supervisor sees a change a minute.
constexpr double kMeanChangeMs = 45.0 * 60'000.0;
// Settings older than this are forgotten (but the one in force): nobody asks about them.
constexpr qint64 kKeepMs = 15 * 60'000;

} // namespace

QString PresenceState::dndName(Dnd dnd)
{
    switch (dnd) {
    case Dnd::TakeAllCalls:
        return QStringLiteral("TakeAllCalls");
    case Dnd::DoNotAcceptDepartmentCalls:
        return QStringLiteral("DoNotAcceptDepartmentCalls");
    case Dnd::TakeDepartmentCallsOnly:
        return QStringLiteral("TakeDepartmentCallsOnly");
    case Dnd::DoNotAcceptAnyCalls:
        return QStringLiteral("DoNotAcceptAnyCalls");
    }
    return {};
}

std::optional<PresenceState::Dnd> PresenceState::dndFromName(const QString &name)
{
    for (Dnd d : { Dnd::TakeAllCalls, Dnd::DoNotAcceptDepartmentCalls, Dnd::TakeDepartmentCallsOnly,
                   Dnd::DoNotAcceptAnyCalls }) {
        if (dndName(d) == name)
            return d;
    }
    return std::nullopt;
}

QString PresenceState::userStatusName(UserStatus status)
{
    switch (status) {
    case UserStatus::Available:
        return QStringLiteral("Available");
    case UserStatus::Busy:
        return QStringLiteral("Busy");
    case UserStatus::Offline:
        return QStringLiteral("Offline");
    }
    return {};
}

std::optional<PresenceState::UserStatus> PresenceState::userStatusFromName(const QString &name)
{
    for (UserStatus s : { UserStatus::Available, UserStatus::Busy, UserStatus::Offline }) {
        if (userStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

SimPresence::SimPresence(const SimAccount &account, quint64 seed, qint64 startMs)
    : m_account(account)
    , m_rng(std::array<quint32, 2> { quint32(seed ^ 0x9e5e'4ce5u), quint32(seed >> 32) }.data(), 2)
    , m_lines(account.users().size())
    , m_extendedToMs(startMs)
    , m_monitored(account.monitoredLines())
{
    // The day begins with everybody taking every call, so the calls before the start (the
    // engine's warm-up) are routed as they were before presence was simulated.
    for (int user = 0; user < int(m_lines.size()); ++user) {
        Timeline &line = m_lines[size_t(user)];
        line.states.push_back(PresenceState {});
        const double u = std::max(m_rng.generateDouble(), 1e-12);
        line.nextMs = startMs + std::llround(-std::log(u) * kMeanChangeMs);
        m_due.emplace(line.nextMs, user);
    }
}

PresenceState SimPresence::drawNext(const PresenceState &from) const
{
    PresenceState s = from;
    // Each change touches one setting; most people take every call most of the time.
    const quint32 what = m_rng.bounded(10u);
    if (what < 5) {
        const quint32 roll = m_rng.bounded(100u);
        s.dnd = roll < 75 ? PresenceState::Dnd::TakeAllCalls
            : roll < 85   ? PresenceState::Dnd::DoNotAcceptDepartmentCalls
            : roll < 90   ? PresenceState::Dnd::TakeDepartmentCallsOnly
                          : PresenceState::Dnd::DoNotAcceptAnyCalls;
    } else if (what < 8) {
        const quint32 roll = m_rng.bounded(100u);
        s.userStatus = roll < 80 ? PresenceState::UserStatus::Available
            : roll < 95          ? PresenceState::UserStatus::Busy
                                 : PresenceState::UserStatus::Offline;
    } else {
        s.acceptCurrentQueueCalls = m_rng.bounded(100u) < 85;
    }
    return s;
}

void SimPresence::extendTo(qint64 atMs) const
{
    if (atMs <= m_extendedToMs)
        return;
    while (!m_due.empty() && m_due.top().first <= atMs) {
        const auto [dueMs, user] = m_due.top();
        m_due.pop();
        Timeline &line = m_lines[size_t(user)];
        if (line.pinned || line.nextMs != dueMs)
            continue;
        PresenceState next = drawNext(line.states.back());
        next.sinceMs = dueMs;
        line.states.push_back(next);
        const double u = std::max(m_rng.generateDouble(), 1e-12);
        line.nextMs = dueMs + std::max<qint64>(1000, std::llround(-std::log(u) * kMeanChangeMs));
        m_due.emplace(line.nextMs, user);
        // Forget what nobody will ask about again.
        const qint64 keepAfterMs = dueMs - kKeepMs; // clang 14 cannot capture a structured binding
        const auto keepFrom
            = std::find_if(line.states.begin(), line.states.end(),
                           [keepAfterMs](const PresenceState &s) { return s.sinceMs > keepAfterMs; });
        if (keepFrom - line.states.begin() > 1)
            line.states.erase(line.states.begin(), keepFrom - 1);
    }
    m_extendedToMs = atMs;
}

const PresenceState &SimPresence::stateAt(int user, qint64 atMs) const
{
    extendTo(atMs);
    const std::vector<PresenceState> &states = m_lines.at(size_t(user)).states;
    const auto after = std::upper_bound(states.begin(), states.end(), atMs,
                                        [](qint64 t, const PresenceState &s) { return t < s.sinceMs; });
    return after == states.begin() ? states.front() : *(after - 1);
}

bool SimPresence::offeredQueueCalls(int user, int queue, qint64 atMs) const
{
    if (m_account.queueOf(user) != queue)
        return false;
    const PresenceState &s = stateAt(user, atMs);
    return s.acceptsQueueCalls() && s.acceptCurrentQueueCalls;
}

SimPresence::Timeline &SimPresence::pin(int user, qint64 atMs)
{
    extendTo(atMs);
    Timeline &line = m_lines.at(size_t(user));
    // What the user would have done on their own after this moment does not happen.
    while (line.states.size() > 1 && line.states.back().sinceMs > atMs)
        line.states.pop_back();
    // Several settings changed at the same instant make one change.
    if (line.states.back().sinceMs != atMs) {
        PresenceState next = line.states.back();
        next.sinceMs = atMs;
        line.states.push_back(next);
    }
    line.pinned = true;
    return line;
}

void SimPresence::setDnd(int user, PresenceState::Dnd dnd, qint64 atMs)
{
    pin(user, atMs).states.back().dnd = dnd;
}

void SimPresence::setUserStatus(int user, PresenceState::UserStatus status, qint64 atMs)
{
    pin(user, atMs).states.back().userStatus = status;
}

void SimPresence::setAcceptCurrentQueueCalls(int user, bool accept, qint64 atMs)
{
    pin(user, atMs).states.back().acceptCurrentQueueCalls = accept;
}

std::vector<SimPresence::Change> SimPresence::changesIn(qint64 fromMs, qint64 toMs) const
{
    extendTo(toMs);
    std::vector<Change> out;
    for (int user = 0; user < int(m_lines.size()); ++user) {
        const std::vector<PresenceState> &states = m_lines[size_t(user)].states;
        // Changes come last in a timeline; look back from the end.
        bool any = false;
        bool flag = false;
        for (size_t i = states.size(); i-- > 1;) {
            if (states[i].sinceMs <= fromMs)
                break;
            if (states[i].sinceMs > toMs)
                continue;
            any = true;
            flag = flag || states[i].acceptCurrentQueueCalls != states[i - 1].acceptCurrentQueueCalls;
        }
        if (any)
            out.push_back({ user, flag });
    }
    return out;
}

void SimPresence::setMonitoredLines(std::vector<qint64> ids, qint64 atMs)
{
    m_monitored = std::move(ids);
    m_monitoredChangedMs = atMs;
}

QJsonObject SimPresence::fields(int user, qint64 atMs, const QString &telephonyStatus) const
{
    const PresenceState &s = stateAt(user, atMs);
    // The aggregated status: busy on a call, with every call refused, or when the user says so.
    const QString presenceStatus = s.userStatus == PresenceState::UserStatus::Offline
        ? QStringLiteral("Offline")
        : telephonyStatus != QLatin1String("NoCall") || s.dnd == PresenceState::Dnd::DoNotAcceptAnyCalls
            || s.userStatus == PresenceState::UserStatus::Busy
        ? QStringLiteral("Busy")
        : QStringLiteral("Available");
    return QJsonObject {
        { QStringLiteral("presenceStatus"), presenceStatus },
        { QStringLiteral("userStatus"), PresenceState::userStatusName(s.userStatus) },
        { QStringLiteral("dndStatus"), PresenceState::dndName(s.dnd) },
        { QStringLiteral("acceptCallQueueCalls"), s.acceptsQueueCalls() },
        { QStringLiteral("meetingStatus"), QStringLiteral("Disconnected") },
        { QStringLiteral("allowSeeMyPresence"), true },
        { QStringLiteral("ringOnMonitoredCall"), false },
        { QStringLiteral("pickUpCallsOnHold"), false },
    };
}

} // namespace callwatch::sim
