#include "simclock.h"

#include <cmath>

namespace callwatch::sim {

SimClock::SimClock(double speed, QDateTime origin)
    : m_speed(speed > 0 ? speed : 1.0)
    , m_originMs(origin.toMSecsSinceEpoch())
{
    m_elapsed.start();
}

qint64 SimClock::nowMs() const
{
    const auto scaled = static_cast<qint64>(std::llround(static_cast<double>(m_elapsed.elapsed()) * m_speed));
    return m_originMs + scaled + m_offsetMs;
}

} // namespace callwatch::sim
