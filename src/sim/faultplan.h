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
        // The next subscription requests over the WebSocket (create or change) answer 403 with
        // `errorCode`: CMN-401 (the app lacks Call Control), CMN-408 (the user lacks a
        // permission) or SUB-528 (the app lacks the WebSocket permission). The platform's
        // usual answer to a refused filter is a 200 with disabledFilters; this is its hard path.
        RefuseSubscription,
    };

    Kind kind = Kind::Status;
    int count = 1;
    int status = 503;
    int retryAfterSeconds = 0;
    int delayMs = 0;
    qint64 bytes = 0;
    QString pathContains; // empty: any platform request
    QString errorCode = QStringLiteral("CMN-401"); // RefuseSubscription only

    // Whether the fault hits WebSocket ClientRequests rather than HTTP requests.
    bool overSocket() const { return kind == Kind::RefuseSubscription; }

    static std::optional<Fault> fromJson(const QJsonObject &json, QString *error);
};

// Faults waiting for requests, matched in the order they were added.
class FaultPlan
{
public:
    void add(const Fault &fault) { m_faults.push_back(fault); }
    void clear() { m_faults.clear(); }
    int pending() const { return int(m_faults.size()); }

    // The fault this request suffers, if any; counts it down. A request over the WebSocket
    // only meets faults made for the socket, and an HTTP request only the others.
    std::optional<Fault> take(const QString &path, bool overSocket = false);

private:
    std::deque<Fault> m_faults;
};

} // namespace callwatch::sim
