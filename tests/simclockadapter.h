#pragma once

#include "clock.h"
#include "simclock.h"

namespace callwatch::test {

// The client's clock read off the simulator's, so an accelerated platform and the client
// agree on what a minute is, and clock().advance() moves both.
class SimClockAdapter final : public Clock
{
public:
    explicit SimClockAdapter(sim::SimClock &clock)
        : m_clock(clock)
    {
    }
    qint64 nowMs() const override { return m_clock.nowMs(); }
    qint64 timerDelayMs(qint64 ms) const override { return qint64(double(ms) / m_clock.speed()); }

private:
    sim::SimClock &m_clock;
};

} // namespace callwatch::test
