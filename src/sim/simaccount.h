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
    QHash<qint64, const SimExtension *> m_byId;
};

} // namespace callwatch::sim
