#pragma once

#include "clock.h"

#include <QDateTime>

namespace callwatch::test {

// A clock that stands still until the test moves it: durations, thresholds and ticks are then
// exact, whatever the machine's load.
class ManualClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_now; }
    qint64 timerDelayMs(qint64 ms) const override { return ms; }
    void set(const QDateTime &t) { m_now = t.toMSecsSinceEpoch(); }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now = QDateTime(QDate(2026, 11, 28), QTime(14, 0), Qt::UTC).toMSecsSinceEpoch();
};

} // namespace callwatch::test
