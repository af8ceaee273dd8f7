#include "calltime.h"

#include "activecall.h"
#include "callboard.h"

#include <algorithm>

namespace callwatch {

qint64 callDurationSeconds(const ActiveCall &call, qint64 nowMs)
{
    qint64 seconds = call.durationSeconds >= 0 ? call.durationSeconds
        : call.durationMs >= 0                 ? call.durationMs / 1000
                                               : -1;
    if (call.isLive() && call.startTime.isValid())
        seconds = std::max(seconds, std::max<qint64>(nowMs - call.startTime.toMSecsSinceEpoch(), 0) / 1000);
    return seconds;
}

qint64 durationSeconds(const BoardEntry &entry, qint64 nowMs)
{
    const ActiveCall &call = entry.call;
    const qint64 startMs = call.startTime.isValid() ? call.startTime.toMSecsSinceEpoch() : 0;
    if (!entry.isLive()) {
        if (entry.source != TruthSource::List && startMs > 0 && entry.progress.endedAtMs > 0)
            return std::max<qint64>(entry.progress.endedAtMs - startMs, 0) / 1000;
        return callDurationSeconds(call, nowMs);
    }
    const qint64 reported = call.durationSeconds >= 0 ? call.durationSeconds
        : call.durationMs >= 0                        ? call.durationMs / 1000
                                                      : -1;
    if (startMs <= 0)
        return reported;
    return std::max(reported, std::max<qint64>(nowMs - startMs, 0) / 1000);
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    return h > 0
        ? QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'))
        : QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString isoUtcText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    int year = 0;
    int month = 0;
    int day = 0;
    utc.date().getDate(&year, &month, &day); // one calendar computation, not three
    if (year < 0 || year > 9999)
        return utc.toString(Qt::ISODateWithMs);
    // Written directly: an export of 100,000 rows formats 100,000 times, and Qt's general path
    // costs several times more.
    const QTime t = utc.time();
    char text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, t.hour(), 2);
    text[13] = ':';
    put(14, t.minute(), 2);
    text[16] = ':';
    put(17, t.second(), 2);
    text[19] = '.';
    put(20, t.msec(), 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

} // namespace callwatch
