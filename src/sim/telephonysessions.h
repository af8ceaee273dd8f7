#pragma once

#include "simcall.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace callwatch::sim {

class SimAccount;
class SimPresence;

// One of a user's parties: the call and which of its parties is theirs.
struct PresenceParty
{
    const SimCall *call = nullptr;
    int side = 0; // index into the call's parties
};

// The telephony-session view of the simulated calls: the same calls the active-calls list
// shows (same telephonySessionId and party ids), seen the way Call Control sees them. Every
// leg is a party of its own (the outside leg, a queue's leg, each ringing agent, a transfer
// target); a notification carries the one party that changed; the session GET shows them all.
class TelephonySessions
{
public:
    explicit TelephonySessions(const SimAccount &account)
        : m_account(account)
    {
    }

    // The party's status code at `atMs`: Setup, Proceeding, Answered, Hold, Parked or
    // Disconnected; empty before the party appears. `side` indexes the call's parties.
    static QString statusAt(const SimCall &call, int side, qint64 atMs);
    // Every party the session ever has, the outside leg and a queue's own leg included.
    static int partyCount(const SimCall &call) { return int(call.parties.size()); }
    // The user index of a party; -1 for the outside leg and a queue's own leg.
    static int userOf(const SimCall &call, int side);
    // The extension id of a party (a user's or a queue's); nullopt for the outside leg.
    std::optional<qint64> extensionOf(const SimCall &call, int side) const;

    // A notification's `event`: the party's own extension path, or the account's for the
    // outside leg, whichever filter it was subscribed with (push-queues-presence.md §3.3).
    QString eventPath(const SimCall &call, int side) const;
    // TelephonySessionsEventBody of change `index` of the call: the one party that changed.
    QJsonObject eventBody(const SimCall &call, size_t index) const;
    // CallSessionObject at `atMs` with every party still on the call; nullopt once none is
    // (the session is over), or when `viewer` is given and none of them is that extension's.
    std::optional<QJsonObject> session(const SimCall &call, qint64 atMs, std::optional<qint64> viewer) const;

    // A user's presence with the detailed telephony state: `parties` newest first; only
    // the latest seven calls in progress are listed, as the platform does.
    QJsonObject presence(const std::vector<PresenceParty> &parties, qint64 nowMs, bool detailed) const;
    // The same with the user's settings (DND, user status, ...) from `settings`: what the
    // presence GETs and events say of user `user` (index into SimAccount::users()).
    QJsonObject userPresence(int user, const std::vector<PresenceParty> &parties, qint64 nowMs, bool detailed,
                             const SimPresence &settings) const;
    // Every user's parties in one pass over the calls, newest call first. The outside leg and
    // a queue's own leg are no user's.
    static std::vector<std::vector<PresenceParty>> partiesByUser(const std::vector<SimCall> &calls,
                                                                 size_t userCount);

private:
    // The party's `from` and `to`, as every event and the GET show them.
    std::pair<QJsonObject, QJsonObject> ends(const SimCall &call, int side) const;
    // The fields a party has in both events and the GET, in the state `state`.
    QJsonObject party(const SimCall &call, int side, const PartyChange &state) const;
    QJsonObject userEnd(int user) const;

    const SimAccount &m_account;
};

} // namespace callwatch::sim
