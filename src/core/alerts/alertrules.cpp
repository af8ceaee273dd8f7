#include "alertrules.h"

#include "callboard.h"
#include "calltime.h"

#include <QSettings>

#include <algorithm>

namespace callwatch {

namespace {

// A day at most: a threshold past it is a typo, not a wish.
int clampedThreshold(const QVariant &value, int fallback, int maximum)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok ? std::clamp(n, 0, maximum) : fallback;
}

} // namespace

AlertRules::Breaches AlertRules::breachesOf(const BoardEntry &entry, qint64 nowMs) const
{
    Breaches b;
    const CallProgress &p = entry.progress;
    if (!p.isLive())
        return b;
    if (longCallMinutes > 0 && durationSeconds(entry, nowMs) >= qint64(longCallMinutes) * 60)
        b |= Breach::LongCall;
    const qint64 inStatusMs = p.inStatusMs(nowMs);
    switch (p.status) {
    case CallStatus::OnHold:
    case CallStatus::Parked:
        if (longHoldSeconds > 0 && inStatusMs >= qint64(longHoldSeconds) * 1000)
            b |= Breach::LongHold;
        break;
    case CallStatus::Queued:
    case CallStatus::Ringing:
        // A queue's caller waits from the queue's first ring on, through every agent who rang.
        if (p.queueCall && longWaitSeconds > 0 && p.ringTotalMs(nowMs) >= qint64(longWaitSeconds) * 1000)
            b |= Breach::LongWait;
        if (p.status == CallStatus::Ringing && ringingSeconds > 0
            && inStatusMs >= qint64(ringingSeconds) * 1000)
            b |= Breach::UnansweredRinging;
        break;
    default:
        break;
    }
    return b;
}

AlertRules AlertRules::load(QSettings &settings)
{
    AlertRules r;
    settings.beginGroup(QStringLiteral("alerts"));
    r.longCallMinutes
        = clampedThreshold(settings.value(QStringLiteral("longCallMinutes")), r.longCallMinutes, 24 * 60);
    r.longHoldSeconds
        = clampedThreshold(settings.value(QStringLiteral("longHoldSeconds")), r.longHoldSeconds, 86400);
    r.longWaitSeconds
        = clampedThreshold(settings.value(QStringLiteral("longWaitSeconds")), r.longWaitSeconds, 86400);
    r.ringingSeconds
        = clampedThreshold(settings.value(QStringLiteral("ringingSeconds")), r.ringingSeconds, 86400);
    r.notify = settings.value(QStringLiteral("notify"), r.notify).toBool();
    settings.endGroup();
    return r;
}

void AlertRules::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("alerts"));
    settings.setValue(QStringLiteral("longCallMinutes"), longCallMinutes);
    settings.setValue(QStringLiteral("longHoldSeconds"), longHoldSeconds);
    settings.setValue(QStringLiteral("longWaitSeconds"), longWaitSeconds);
    settings.setValue(QStringLiteral("ringingSeconds"), ringingSeconds);
    settings.setValue(QStringLiteral("notify"), notify);
    settings.endGroup();
}

} // namespace callwatch
