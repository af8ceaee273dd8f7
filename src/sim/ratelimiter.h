#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace callwatch::sim {

class SimClock;

enum class ThrottlingGroup { Light, Medium, Heavy, Auth };

QString groupHeaderName(ThrottlingGroup group); // lower-case, as the platform sends it

struct GroupLimit
{
    int requests = 0;
    int windowSeconds = 60;
    int penaltySeconds = 60;
};

// What one request learned about its bucket, for the X-Rate-Limit-* headers.
struct RateDecision
{
    bool allowed = true;
    ThrottlingGroup group = ThrottlingGroup::Light;
    int limit = 0;
    int remaining = 0;
    int windowSeconds = 60;
    int retryAfterSeconds = 0; // when rejected
};

// Per client app, per user, per group: a sliding window of accepted requests, and a penalty
// that starts when the limit is hit and restarts with every request rejected during it.
class RateLimiter
{
public:
    explicit RateLimiter(const SimClock &clock);

    void setLimit(ThrottlingGroup group, GroupLimit limit);
    GroupLimit limit(ThrottlingGroup group) const;

    RateDecision admit(const QString &clientId, const QString &user, ThrottlingGroup group);

private:
    struct Bucket
    {
        std::deque<qint64> accepted; // sim-time ms of accepted requests inside the window
        qint64 penaltyUntilMs = 0;
    };

    const SimClock &m_clock;
    GroupLimit m_limits[4];
    QHash<QString, Bucket> m_buckets;
};

} // namespace callwatch::sim
