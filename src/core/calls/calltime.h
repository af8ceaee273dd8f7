#pragma once

#include <QDateTime>
#include <QString>

namespace callwatch {

struct ActiveCall;
struct BoardEntry;

// One answer, everywhere, to "how long has this call lasted": the table, the window's CSV and
// --once all call this. The platform's whole seconds (`duration`), else its milliseconds
// (`durationMs`); a live call counts on from its start time to `nowMs`, because the list's own
// figure lags by the poll interval and more. A start ahead of our clock (skew) counts as just
// started, never negative. -1 when nothing says.
qint64 callDurationSeconds(const ActiveCall &call, qint64 nowMs);

// A row's duration: from its start to its end (or to `nowMs` while live), by the events or a
// check when they tell the end, else by the list's record as above.
qint64 durationSeconds(const BoardEntry &entry, qint64 nowMs);

// "m:ss", or "h:mm:ss" from an hour on; empty for an unknown (negative) duration.
QString formatDuration(qint64 seconds);

// The one time text of exports: ISO-8601 in UTC with milliseconds ("2026-05-04T14:00:00.000Z"),
// as the platform writes its own; empty for an invalid time.
QString isoUtcText(const QDateTime &time);

} // namespace callwatch
