#include "simaccount.h"

#include <QRandomGenerator>

#include <array>

namespace callwatch::sim {

namespace {

constexpr std::array kFirstNames {
    "Alice", "Bob",     "Carmen", "Dmitri",  "Elena",  "Farid", "Grace",  "Hiro",    "Ingrid", "Jamal",
    "Keiko", "Liam",    "Maya",   "Nikolai", "Olivia", "Pedro", "Quinn",  "Rosa",    "Samir",  "Tara",
    "Umar",  "Valeria", "Wei",    "Ximena",  "Yusuf",  "Zoe",   "Aaron",  "Beatriz", "Chloe",  "Diego",
    "Emeka", "Fatima",  "Gustav", "Hannah",  "Ivan",   "Julia", "Kofi",   "Lena",    "Mateo",  "Nadia",
    "Oscar", "Priya",   "Rafael", "Sofia",   "Tomas",  "Uma",   "Viktor", "Wendy",   "Yara",   "Zain",
};

constexpr std::array kLastNames {
    "Anderson",  "Brennan",    "Castillo", "Dubois",    "Eriksson", "Fischer",  "Garcia",   "Hoffmann",
    "Ito",       "Jensen",     "Kowalski", "Lindqvist", "Moreau",   "Nakamura", "Okafor",   "Petrov",
    "Quintero",  "Rossi",      "Schmidt",  "Tanaka",    "Urquhart", "Varga",    "Whitaker", "Xu",
    "Yilmaz",    "Zimmermann", "Abbott",   "Bianchi",   "Chen",     "Dalton",   "Esposito", "Fernandes",
    "Gallagher", "Haddad",     "Iqbal",    "Johansson", "Kim",      "Lopez",    "Mbeki",    "Novak",
    "O'Brien",   "Patel",      "Reyes",    "Sato",      "Thompson", "Ueda",     "Vogel",    "Walsh",
    "Young",     "Zhou",
};

struct City
{
    const char *areaCode;
    const char *cnam;
    const char *location;
};

constexpr std::array kCities {
    City { "415", "SAN FRANCISCO CA", "San Francisco, CA" },
    City { "212", "NEW YORK NY", "New York, NY" },
    City { "312", "CHICAGO IL", "Chicago, IL" },
    City { "206", "SEATTLE WA", "Seattle, WA" },
    City { "512", "AUSTIN TX", "Austin, TX" },
    City { "617", "BOSTON MA", "Boston, MA" },
    City { "303", "DENVER CO", "Denver, CO" },
    City { "404", "ATLANTA GA", "Atlanta, GA" },
    City { "305", "MIAMI FL", "Miami, FL" },
    City { "503", "PORTLAND OR", "Portland, OR" },
    City { "602", "PHOENIX AZ", "Phoenix, AZ" },
    City { "213", "LOS ANGELES CA", "Los Angeles, CA" },
};

// Personal names that the caller-ID database sometimes has instead of the city.
constexpr std::array kCallerNames {
    "MILLER JAMES", "NGUYEN LINH", "SMITH ANNA",     "JOHNSON ROBERT",    "WILLIAMS KAREN", "BROWN DAVID",
    "DAVIS MARIA",  "WILSON PAUL", "ACME SUPPLY CO", "NORTHWIND TRADERS", "CONTOSO LTD",    "GLOBEX CORP",
};

constexpr std::array kQueueNames { "Sales", "Support", "Billing", "Front Desk", "Shipping" };

QString e164(const char *areaCode, int exchange, int line)
{
    return QStringLiteral("+1%1%2%3")
        .arg(QLatin1String(areaCode))
        .arg(exchange, 3, 10, QLatin1Char('0'))
        .arg(line, 4, 10, QLatin1Char('0'));
}

} // namespace

SimAccount::SimAccount(quint64 seed, int userCount)
{
    QRandomGenerator rng(static_cast<quint32>(seed ^ 0x5eed'acc7u));
    m_id = 809646016;
    m_company = QStringLiteral("Northwind Logistics");
    m_mainNumber = QStringLiteral("+16505550100");

    // Extension ids look like the platform's: a large base plus a stride, well above 2^32.
    constexpr qint64 kIdBase = 62264425016;
    const int users = std::max(userCount, 2);
    // Up to 899 users fit in three digits (101..999); bigger companies use five-digit extensions.
    const int firstNumber = users <= 899 ? 101 : 10001;
    m_users.reserve(static_cast<size_t>(users));
    for (int i = 0; i < users; ++i) {
        SimExtension e;
        e.id = kIdBase + qint64(i) * 1000;
        e.extensionNumber = QString::number(firstNumber + i);
        e.firstName = QLatin1String(kFirstNames[static_cast<size_t>(i) % kFirstNames.size()]);
        e.lastName = QLatin1String(kLastNames[(static_cast<size_t>(i) / kFirstNames.size() * 7
                                               + static_cast<size_t>(i) * 3 + rng.bounded(2u))
                                              % kLastNames.size()]);
        e.name = e.firstName + QLatin1Char(' ') + e.lastName;
        e.email = (e.firstName + QLatin1Char('.') + e.lastName).toLower().remove(QLatin1Char('\''))
            + QLatin1String("@northwind.example");
        e.directNumber = e164("650", 550 + (i / 10000), i % 10000);
        // The first user holds the admin credential; a few others are admins too.
        e.admin = (i == 0) || (i > 1 && i % 25 == 0);
        m_users.push_back(std::move(e));
    }

    for (size_t q = 0; q < kQueueNames.size(); ++q) {
        SimExtension e;
        e.kind = SimExtension::Kind::CallQueue;
        e.id = kIdBase + 900'000'000 + qint64(q) * 1000;
        e.extensionNumber = QString::number(800 + int(q));
        e.name = QLatin1String(kQueueNames[q]);
        e.firstName = e.name;
        e.directNumber = e164("650", 551, 9000 + int(q));
        m_queues.push_back(std::move(e));
    }
    m_queueMembers.resize(m_queues.size());
    for (int i = 0; i < users; ++i)
        m_queueMembers[size_t(i) % m_queues.size()].push_back(i);

    const int outside = std::max(200, users * 2);
    m_outside.reserve(static_cast<size_t>(outside));
    for (int i = 0; i < outside; ++i) {
        const City &city = kCities[rng.bounded(static_cast<quint32>(kCities.size()))];
        OutsideNumber n;
        n.phoneNumber = e164(city.areaCode, 200 + int(rng.bounded(800u)), int(rng.bounded(10000u)));
        n.location = QLatin1String(city.location);
        n.callerIdName = rng.bounded(3u) == 0
            ? QLatin1String(kCallerNames[rng.bounded(static_cast<quint32>(kCallerNames.size()))])
            : QLatin1String(city.cnam);
        m_outside.push_back(std::move(n));
    }

    // Queue settings and monitored lines draw from a generator of their own, so the users,
    // numbers and calls of a seed stay what they were before queues had settings.
    QRandomGenerator queueRng(static_cast<quint32>(seed ^ 0x9ee'05e7u));
    constexpr std::array kSlaGoals { 70, 75, 80, 85, 90 };
    constexpr std::array kSlaThresholds { 15, 20, 30, 45, 60 };
    constexpr std::array kAlertTimers { 10, 15, 20, 30, 45, 60 };
    constexpr std::array kHoldTimes { 60, 90, 120, 180 };
    for (size_t q = 0; q < m_queues.size(); ++q) {
        SimQueueSettings s;
        s.slaGoal = kSlaGoals[queueRng.bounded(quint32(kSlaGoals.size()))];
        s.slaThresholdSeconds = kSlaThresholds[queueRng.bounded(quint32(kSlaThresholds.size()))];
        s.includeAbandonedCalls = queueRng.bounded(3u) != 0;
        s.abandonedThresholdSeconds = s.includeAbandonedCalls ? int(queueRng.bounded(3u)) * 5 : 0;
        s.alertTimer = kAlertTimers[queueRng.bounded(quint32(kAlertTimers.size()))];
        s.editableMemberStatus = queueRng.bounded(4u) != 0;
        // Mostly simultaneous ringing, as most small companies set their queues up.
        const quint32 mode = queueRng.bounded(5u);
        s.transferMode = mode < 3 ? SimQueueSettings::TransferMode::Simultaneous
            : mode < 4            ? SimQueueSettings::TransferMode::Rotating
                                  : SimQueueSettings::TransferMode::FixedOrder;
        s.holdTimeSeconds = kHoldTimes[queueRng.bounded(quint32(kHoldTimes.size()))];
        s.maxCallers = 5 + int(queueRng.bounded(21u)); // the platform's limit is 25
        s.agentTimeoutSeconds = 10 + 5 * int(queueRng.bounded(3u));
        s.wrapUpTimeSeconds = 5 * int(queueRng.bounded(7u));
        // Someone outside the queue, a supervisor say, takes the callers nobody else took.
        do {
            s.overflowUser = 2 + int(queueRng.bounded(quint32(users - 2)));
        } while (users > int(m_queues.size()) + 2 && size_t(s.overflowUser) % m_queues.size() == q);
        m_queueSettings.push_back(s);
    }
    // The standard user (users()[1]) watches five colleagues and one queue.
    std::vector<int> candidates;
    for (int i = 2; i < users; ++i)
        candidates.push_back(i);
    for (int k = 0; k < 5 && !candidates.empty(); ++k) {
        const auto pick = queueRng.bounded(quint32(candidates.size()));
        m_monitored.push_back(m_users[size_t(candidates[pick])].id);
        candidates.erase(candidates.begin() + pick);
    }
    m_monitored.push_back(m_queues[queueRng.bounded(quint32(m_queues.size()))].id);

    for (int i = 0; i < int(m_users.size()); ++i) {
        m_byId.insert(m_users[size_t(i)].id, &m_users[size_t(i)]);
        m_userIndex.insert(m_users[size_t(i)].id, i);
    }
    for (int q = 0; q < int(m_queues.size()); ++q) {
        m_byId.insert(m_queues[size_t(q)].id, &m_queues[size_t(q)]);
        m_queueIndex.insert(m_queues[size_t(q)].id, q);
    }
}

QString SimQueueSettings::transferModeName(TransferMode mode)
{
    switch (mode) {
    case TransferMode::Rotating:
        return QStringLiteral("Rotating");
    case TransferMode::Simultaneous:
        return QStringLiteral("Simultaneous");
    case TransferMode::FixedOrder:
        return QStringLiteral("FixedOrder");
    }
    return {};
}

const SimExtension *SimAccount::extension(qint64 id) const
{
    return m_byId.value(id, nullptr);
}

} // namespace callwatch::sim
