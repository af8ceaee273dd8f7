#pragma once

#include <QJsonObject>
#include <QString>

#include <deque>
#include <optional>

namespace callwatch::sim {

// A misbehaviour the next matching requests suffer, for tests of the client's resilience.
struct Fault
{
    enum class Kind {
        Status, // answer with `status` and the platform's error body (Retry-After if set)
        Slow, // answer normally after `delayMs` of real time
        Drop, // close the connection without answering
        Malformed, // 200 with a body that is not JSON
        Truncated, // the real answer cut short mid-JSON (Content-Length matches the cut)
        Huge, // 200 with a JSON body of `bytes` bytes
    };

    Kind kind = Kind::Status;
    int count = 1;
    int status = 503;
    int retryAfterSeconds = 0;
    int delayMs = 0;
    qint64 bytes = 0;
    QString pathContains; // empty: any platform request

    static std::optional<Fault> fromJson(const QJsonObject &json, QString *error);
};

// Faults waiting for requests, matched in the order they were added.
class FaultPlan
{
public:
    void add(const Fault &fault) { m_faults.push_back(fault); }
    void clear() { m_faults.clear(); }
    int pending() const { return int(m_faults.size()); }

    // The fault this request suffers, if any; counts it down.
    std::optional<Fault> take(const QString &path);

private:
    std::deque<Fault> m_faults;
};

} // namespace callwatch::sim
