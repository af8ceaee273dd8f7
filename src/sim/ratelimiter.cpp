#include "ratelimiter.h"

#include "simclock.h"

namespace callwatch::sim {

QString groupHeaderName(ThrottlingGroup group)
{
    switch (group) {
    case ThrottlingGroup::Light:
        return QStringLiteral("light");
    case ThrottlingGroup::Medium:
        return QStringLiteral("medium");
    case ThrottlingGroup::Heavy:
        return QStringLiteral("heavy");
    case ThrottlingGroup::Auth:
        return QStringLiteral("auth");
    }
    return {};
}

RateLimiter::RateLimiter(const SimClock &clock)
    : m_clock(clock)
{
    // The platform's documented defaults per user and app.
    m_limits[int(ThrottlingGroup::Light)] = { 50, 60, 60 };
    m_limits[int(ThrottlingGroup::Medium)] = { 40, 60, 60 };
    m_limits[int(ThrottlingGroup::Heavy)] = { 10, 60, 60 };
    m_limits[int(ThrottlingGroup::Auth)] = { 5, 60, 60 };
}

void RateLimiter::setLimit(ThrottlingGroup group, GroupLimit limit)
{
    m_limits[int(group)] = limit;
}

GroupLimit RateLimiter::limit(ThrottlingGroup group) const
{
    return m_limits[int(group)];
}

RateDecision RateLimiter::admit(const QString &clientId, const QString &user, ThrottlingGroup group)
{
    const GroupLimit &cfg = m_limits[int(group)];
    const qint64 now = m_clock.nowMs();
    Bucket &b = m_buckets[clientId + QLatin1Char('\n') + user + QLatin1Char('\n') + groupHeaderName(group)];
    while (!b.accepted.empty() && b.accepted.front() <= now - qint64(cfg.windowSeconds) * 1000)
        b.accepted.pop_front();

    RateDecision d;
    d.group = group;
    d.limit = cfg.requests;
    d.windowSeconds = cfg.windowSeconds;
    if (now < b.penaltyUntilMs || int(b.accepted.size()) >= cfg.requests) {
        // Calling during the penalty keeps you locked out: it restarts with every rejection.
        b.penaltyUntilMs = now + qint64(cfg.penaltySeconds) * 1000;
        d.allowed = false;
        d.remaining = 0;
        d.retryAfterSeconds = cfg.penaltySeconds;
        return d;
    }
    b.accepted.push_back(now);
    d.remaining = cfg.requests - int(b.accepted.size());
    return d;
}

} // namespace callwatch::sim
