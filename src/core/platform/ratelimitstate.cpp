#include "ratelimitstate.h"

#include "clock.h"

#include <QNetworkReply>

#include <algorithm>

namespace callwatch {

RateLimitState::RateLimitState(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

void RateLimitState::noteSent(const QString &group)
{
    auto &log = m_sent[group];
    log.push_back(m_clock.nowMs());
    // Keep what a window of any plausible size can need.
    while (log.size() > 1000)
        log.pop_front();
}

void RateLimitState::noteAnswer(const QString &expectedGroup, const QNetworkReply &reply)
{
    noteAnswer(expectedGroup, reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
               reply.rawHeaderPairs());
}

void RateLimitState::noteAnswer(const QString &expectedGroup, int httpStatus, const QList<Header> &headers)
{
    // The last of a repeated header counts, as QNetworkReply::rawHeader() joins them otherwise.
    const auto header = [&headers](const char *name) {
        for (auto it = headers.crbegin(); it != headers.crend(); ++it) {
            if (it->first.compare(name, Qt::CaseInsensitive) == 0)
                return it->second;
        }
        return QByteArray();
    };
    const QString named = QString::fromLatin1(header("X-Rate-Limit-Group")).toLower();
    const QString group = named.isEmpty() ? expectedGroup : named;
    GroupBudget &b = m_groups[group];
    const qint64 now = m_clock.nowMs();
    bool ok = false;
    // Only an answer that states the budget updates it: an answer without the headers (a 503
    // from a proxy, say) says nothing about it, and must not make an old "0 left" look new.
    bool stated = false;
    if (const int limit = header("X-Rate-Limit-Limit").toInt(&ok); ok && limit > 0) {
        b.limit = limit;
        stated = true;
    }
    if (const int remaining = header("X-Rate-Limit-Remaining").toInt(&ok); ok && remaining >= 0) {
        b.remaining = remaining;
        stated = true;
    }
    // A window past a day is not a window (and would overflow on the way to milliseconds).
    if (const int window = header("X-Rate-Limit-Window").toInt(&ok); ok && window > 0) {
        b.windowSeconds = std::min(window, 86'400);
        stated = true;
    }
    if (httpStatus == 429) {
        // The server's Retry-After is what we wait; without one, a whole window (the
        // platform's docs say at least 30 s).
        const int retryAfter = retryAfterSeconds(header("Retry-After"));
        b.retryAfterStated = retryAfter > 0;
        b.blockedUntilMs = now + qint64(retryAfter > 0 ? retryAfter : b.windowSeconds) * 1000;
        b.remaining = 0;
        stated = true;
    } else if (stated) {
        b.retryAfterStated = false;
    }
    if (stated)
        b.observedAtMs = now;
    Q_EMIT changed();
}

int RateLimitState::retryAfterSeconds(const QByteArray &header)
{
    // Delay-seconds only: RingCentral sends no HTTP-date. Junk, negative or overflowing text is
    // no statement (0); a statement is capped at a day.
    bool ok = false;
    const qint64 seconds = header.trimmed().toLongLong(&ok);
    if (!ok || seconds <= 0)
        return 0;
    return int(std::min<qint64>(seconds, 86'400));
}

void RateLimitState::block(const QString &group, int seconds)
{
    GroupBudget &b = m_groups[group];
    b.blockedUntilMs = std::max(b.blockedUntilMs, m_clock.nowMs() + qint64(seconds) * 1000);
    Q_EMIT changed();
}

GroupBudget RateLimitState::budget(const QString &group) const
{
    return m_groups.value(group);
}

bool RateLimitState::isBlocked(const QString &group) const
{
    return m_groups.value(group).blockedUntilMs > m_clock.nowMs();
}

qint64 RateLimitState::earliestSendMs(const QString &group, int defaultLimit) const
{
    const GroupBudget b = m_groups.value(group);
    const qint64 now = m_clock.nowMs();
    const qint64 windowMs = qint64(b.windowSeconds) * 1000;
    const int limit = b.limit > 0 ? b.limit : defaultLimit;
    qint64 earliest = std::max(now, b.blockedUntilMs);

    // Our own count: the limit-th most recent request must have left the window. The server
    // stamps requests when they arrive, so leave a margin for the way there.
    constexpr qint64 kTransitMarginMs = 1500;
    const auto logIt = m_sent.constFind(group);
    if (logIt != m_sent.cend() && limit > 0 && int(logIt->size()) >= limit)
        earliest = std::max(earliest, (*logIt)[logIt->size() - size_t(limit)] + windowMs + kTransitMarginMs);

    // The server's count includes other apps using the same credentials. When it says the
    // budget is spent and our own requests do not account for that, someone else is using it:
    // give it a whole window from that answer, as the platform's guide asks.
    // A 429 that said how long to wait has said it all: that wait is in blockedUntilMs.
    if (b.remaining == 0 && b.observedAtMs > 0 && !b.retryAfterStated) {
        int ours = 0;
        if (logIt != m_sent.cend()) {
            ours = int(std::count_if(logIt->begin(), logIt->end(), [&](qint64 t) {
                return t > b.observedAtMs - windowMs && t <= b.observedAtMs;
            }));
        }
        if (ours < limit)
            earliest = std::max(earliest, b.observedAtMs + windowMs);
    }
    return earliest;
}

} // namespace callwatch
