#pragma once

#include <QDateTime>

namespace callwatch {

// The time the client plans by: token expiry, rate-limit windows, poll intervals. The app
// uses the system clock; tests against a simulator whose clock runs faster give the client a
// clock at the same speed, so both sides agree on what "60 seconds" is.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch.
    virtual qint64 nowMs() const = 0;
    // How long a timer must run, in real milliseconds, for `ms` to pass on this clock.
    virtual qint64 timerDelayMs(qint64 ms) const = 0;

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    qint64 timerDelayMs(qint64 ms) const override { return ms; }
};

} // namespace callwatch
