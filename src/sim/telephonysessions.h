#pragma once

#include "callengine.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace callwatch::sim {

class SimAccount;

// One change of a call's telephony session: what a telephony-session notification reports.
// `sequence` is the session's own order number, counting from 1 at the first ring.
struct SessionChange
{
    qint64 atMs = 0;
    int sequence = 0;
};

// One of a user's parties: the call and which side of it is theirs.
struct PresenceParty
{
    const SimCall *call = nullptr;
    int side = 0;
};

// The telephony-session view of the simulated calls: the same calls the active-calls list
// shows (same telephonySessionId and party ids), seen the way the Call Control events see
// them, with each party moving Setup/Proceeding -> Answered -> Hold <-> Answered -> Disconnected.
class TelephonySessions
{
public:
    explicit TelephonySessions(const SimAccount &account)
        : m_account(account)
    {
    }

    // Every change of the call's session, in time order.
    static std::vector<SessionChange> changes(const SimCall &call);

    // The party's status code at `atMs`: Setup, Proceeding, Answered, Hold or Disconnected;
    // empty before the call began. `side` 0 is the call's `user`, 1 its `peerUser`.
    static QString statusAt(const SimCall &call, int side, qint64 atMs);

    // The parties the account knows of (the outside party never has one): 1 or 2.
    static int partyCount(const SimCall &call) { return call.peerUser >= 0 ? 2 : 1; }
    // The user index of a party.
    static int userOf(const SimCall &call, int side) { return side == 0 ? call.user : call.peerUser; }

    // TelephonySessionsEventBody at `change`. With `onlyUser`, only that user's parties, as an
    // extension-level subscription receives them; nullopt when the call has none of them.
    std::optional<QJsonObject> eventBody(const SimCall &call, const SessionChange &change,
                                         std::optional<int> onlyUser) const;

    // A user's presence with the detailed telephony state: `parties` newest first; only
    // the latest seven calls in progress are listed, as the platform does.
    QJsonObject presence(const std::vector<PresenceParty> &parties, qint64 nowMs, bool detailed) const;

private:
    QJsonObject party(const SimCall &call, int side, qint64 atMs) const;

    const SimAccount &m_account;
};

} // namespace callwatch::sim
