#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace callwatch::sim {

// The platform's notion of "now". Everything time-based in the simulator (call lifecycles,
// token lifetimes, rate-limit windows) reads this clock, so `--speed` accelerates all of it
// consistently and tests can jump ahead with advance() instead of sleeping.
class SimClock
{
public:
    explicit SimClock(double speed = 1.0, QDateTime origin = QDateTime::currentDateTimeUtc());

    // Milliseconds since the Unix epoch, in simulated time.
    qint64 nowMs() const;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

    double speed() const { return m_speed; }
    void advance(qint64 simulatedMs) { m_offsetMs += simulatedMs; }

private:
    double m_speed;
    qint64 m_originMs;
    qint64 m_offsetMs = 0;
    QElapsedTimer m_elapsed;
};

} // namespace callwatch::sim
