#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace callwatch::sim {

struct SimExtension
{
    enum class Kind { User, CallQueue };

    qint64 id = 0; // platform ids exceed 2^32
    Kind kind = Kind::User;
    QString extensionNumber;
    QString firstName;
    QString lastName;
    QString name;
    QString email;
    QString directNumber; // E.164
    bool admin = false;
};

// A call queue's service-level target and the timing of its answering rule, as the queue's
// details (`serviceLevelSettings`, `alertTimer`, `editableMemberStatus`) and its answering
// rule's `queue` object give them (push-queues-presence.md §7.1).
struct SimQueueSettings
{
    enum class TransferMode { Rotating, Simultaneous, FixedOrder };

    int slaGoal = 80; // percent
    int slaThresholdSeconds = 30;
    bool includeAbandonedCalls = true;
    int abandonedThresholdSeconds = 0; // 0: abandoned calls of any length count
    int alertTimer = 30; // seconds
    bool editableMemberStatus = true;
    TransferMode transferMode = TransferMode::Simultaneous;
    // A caller waits this long for an agent, then goes to the queue's overflow extension (a
    // user: holdTimeExpirationAction TransferToExtension); tests may send one to voicemail.
    int holdTimeSeconds = 120;
    int overflowUser = 0; // index into SimAccount::users()
    int maxCallers = 10;
    int agentTimeoutSeconds = 20; // how long one agent rings in the rotating and fixed orders
    int wrapUpTimeSeconds = 15;

    static QString transferModeName(TransferMode mode);
};

struct OutsideNumber
{
    QString phoneNumber; // E.164
    QString callerIdName; // CNAM as the carrier delivers it, e.g. "SAN FRANCISCO CA"
    QString location; // "San Francisco, CA"
};

// A plausible company on the platform: users with names and extension numbers, call queues
// and a pool of outside numbers that call in and get called. Generated from a seed so that a
// test or a screenshot can be reproduced.
class SimAccount
{
public:
    SimAccount(quint64 seed, int userCount);

    qint64 id() const { return m_id; }
    QString companyName() const { return m_company; }
    QString mainNumber() const { return m_mainNumber; }

    const std::vector<SimExtension> &users() const { return m_users; }
    const std::vector<SimExtension> &queues() const { return m_queues; }
    const std::vector<OutsideNumber> &outsideNumbers() const { return m_outside; }
    // The agents of a call queue (index into queues()), as indices into users(): every user
    // belongs to one queue, so both credential owners answer queue calls too.
    const std::vector<int> &queueMembers(int queue) const { return m_queueMembers.at(size_t(queue)); }
    const SimQueueSettings &queueSettings(int queue) const { return m_queueSettings.at(size_t(queue)); }
    // The queue (index into queues()) a user (index into users()) answers for.
    int queueOf(int user) const { return user % int(m_queues.size()); }
    // Indices into users() and queues() of the extensions of a call queue or a user.
    int userIndex(qint64 id) const { return m_userIndex.value(id, -1); }
    int queueIndex(qint64 id) const { return m_queueIndex.value(id, -1); }

    // The lines the standard user monitors (the "team" scope, push-queues-presence.md §6): a
    // seeded handful of other users and one call queue, as extension ids.
    const std::vector<qint64> &monitoredLines() const { return m_monitored; }

    // The owners of the two built-in JWT credentials: an administrator and a standard user.
    const SimExtension &adminUser() const { return m_users.at(0); }
    const SimExtension &standardUser() const { return m_users.at(1); }

    const SimExtension *extension(qint64 id) const;

private:
    qint64 m_id = 0;
    QString m_company;
    QString m_mainNumber;
    std::vector<SimExtension> m_users;
    std::vector<SimExtension> m_queues;
    std::vector<OutsideNumber> m_outside;
    std::vector<std::vector<int>> m_queueMembers;
    std::vector<SimQueueSettings> m_queueSettings;
    std::vector<qint64> m_monitored;
    QHash<qint64, const SimExtension *> m_byId;
    QHash<qint64, int> m_userIndex;
    QHash<qint64, int> m_queueIndex;
};

} // namespace callwatch::sim
