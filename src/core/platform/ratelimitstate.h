#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <deque>

class QNetworkReply;

namespace callwatch {

class Clock;

// Where this client stands with one throttling group, as the server last told it.
struct GroupBudget
{
    int limit = 0; // requests per window; 0 until the server has said
    int remaining = -1; // -1 until the server has said
    int windowSeconds = 60;
    qint64 observedAtMs = 0;
    qint64 blockedUntilMs = 0; // after a 429: send nothing in this group before this
    bool retryAfterStated = false; // the last 429 said how long (Retry-After)
};

// The X-Rate-Limit-* headers of every answer, kept per group ("heavy", "light", ...), plus the
// client's own log of requests per group, so pacing never depends on the server alone.
class RateLimitState : public QObject
{
    Q_OBJECT

public:
    explicit RateLimitState(const Clock &clock, QObject *parent = nullptr);

    void noteSent(const QString &group);
    using Header = QPair<QByteArray, QByteArray>;
    void noteAnswer(const QString &expectedGroup, const QNetworkReply &reply);
    // The same from an answer's status and headers (names in any case).
    void noteAnswer(const QString &expectedGroup, int httpStatus, const QList<Header> &headers);
    void block(const QString &group, int seconds);
    // A Retry-After header in seconds: 0 when absent or unreadable, at most a day.
    static int retryAfterSeconds(const QByteArray &header);

    GroupBudget budget(const QString &group) const;
    bool isBlocked(const QString &group) const;
    // The earliest time a new request of this group may go out without exceeding the
    // limit in any window, by the server's word and by this client's own count.
    qint64 earliestSendMs(const QString &group, int defaultLimit) const;

Q_SIGNALS:
    void changed();

private:
    const Clock &m_clock;
    QHash<QString, GroupBudget> m_groups;
    QHash<QString, std::deque<qint64>> m_sent;
};

} // namespace callwatch
