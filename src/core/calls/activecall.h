#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace callwatch {

// One side of a call as the call log names it. Every field may be missing: real active-call
// records often carry only a name, or only a number.
struct CallParty
{
    QString phoneNumber;
    QString extensionNumber;
    QString extensionId;
    QString name;
    QString location;

    static CallParty fromJson(const QJsonObject &party);

    bool operator==(const CallParty &) const = default;
};

// One record of the active-calls list (a CallLogRecord, Simple view). Enum fields stay text:
// the platform adds values over time and the user must see them as sent.
struct ActiveCall
{
    QString id;
    QString sessionId;
    QString telephonySessionId;
    QString partyId;
    QDateTime startTime; // UTC; invalid when absent or unreadable
    qint64 durationSeconds = -1; // -1: absent
    qint64 durationMs = -1; // -1: absent
    QString type;
    QString direction;
    QString action;
    QString result;
    QString reason;
    QString transport;
    QString internalType;
    CallParty from;
    CallParty to;
    QString extensionId; // decimal text: the JSON number exceeds 32 bits
    QString extensionUri;
    QDateTime lastModifiedTime; // UTC; invalid when absent
    std::optional<bool> finished;

    // Accepts any subset of the fields; nullopt only when no key() can be formed.
    static std::optional<ActiveCall> fromJson(const QJsonObject &record);

    // The row key: the record id, else telephonySessionId/partyId, else sessionId (else the
    // telephony session alone). Empty only for a record fromJson would have refused.
    QString key() const;

    // Ended calls stay listed for about 120 s with their final result, so "listed" is not "live":
    // live means no final result yet (empty or "In Progress") and not flagged `finished`.
    bool isLive() const;

    // Reads the ISO-8601 forms the platform sends (`Z`, `+0000`, `+00:00`, with or without
    // milliseconds) into a UTC QDateTime; a missing offset means UTC. Invalid when unreadable.
    static QDateTime parseTimestamp(const QString &text);

    bool operator==(const ActiveCall &) const = default;
    // Equal but for durationSeconds/durationMs: the same call, only further on. (A field
    // added above belongs in this comparison too.)
    bool sameApartFromDuration(const ActiveCall &other) const;
};

// One complete snapshot of the list, shared read-only by the feed, the window and the worker
// thread that diffs it, so handing ten thousand records over copies none of them.
using CallSnapshot = std::shared_ptr<const std::vector<ActiveCall>>;

} // namespace callwatch
