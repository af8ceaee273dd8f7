#pragma once

#include <QFlags>
#include <QtGlobal>

class QSettings;

namespace callwatch {

struct BoardEntry;

// What a supervisor wants to be told about, each threshold 0 for off. Saved with the window's
// settings (no secret in them).
struct AlertRules
{
    enum class Breach : quint8 {
        LongCall = 0x1, // a live call has lasted longCallMinutes or more
        LongHold = 0x2, // on hold (or parked) for longHoldSeconds or more
        LongWait = 0x4, // a queue's caller has waited longWaitSeconds or more for an answer
        UnansweredRinging = 0x8, // ringing for ringingSeconds or more, nobody answering
    };
    Q_DECLARE_FLAGS(Breaches, Breach)

    int longCallMinutes = 30;
    int longHoldSeconds = 120;
    int longWaitSeconds = 60;
    int ringingSeconds = 30;
    bool notify = true; // new alerts also go to the desktop's notifications

    // The thresholds `entry` is past at `nowMs`. A row whose state only the active-calls list
    // tells (it cannot say ringing from talking from holding) can only be a long call.
    Breaches breachesOf(const BoardEntry &entry, qint64 nowMs) const;
    bool any() const
    {
        return longCallMinutes > 0 || longHoldSeconds > 0 || longWaitSeconds > 0 || ringingSeconds > 0;
    }

    static AlertRules load(QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const AlertRules &) const = default;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(AlertRules::Breaches)

} // namespace callwatch
