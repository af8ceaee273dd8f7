// An error answer as the server may send it: the status, the headers (Retry-After and the
// X-Rate-Limit-* budget) and the body. Input: a first line with the status, header lines up to
// an empty line, then the body.

#include "apierror.h"
#include "fuzzsupport.h"
#include "ratelimitstate.h"

#include <QList>

using namespace callwatch;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytesOf(data, size);
    qsizetype end = input.indexOf('\n');
    const int status = input.left(end < 0 ? input.size() : end).trimmed().toInt();
    QList<RateLimitState::Header> headers;
    QByteArray retryAfter;
    qsizetype pos = end < 0 ? input.size() : end + 1;
    while (pos < input.size()) {
        end = input.indexOf('\n', pos);
        const QByteArray line = input.mid(pos, (end < 0 ? input.size() : end) - pos);
        pos = end < 0 ? input.size() : end + 1;
        if (line.trimmed().isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        headers.append(
            { line.left(colon).trimmed(), colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed() });
        if (headers.back().first.compare("Retry-After", Qt::CaseInsensitive) == 0)
            retryAfter = headers.back().second;
    }
    const QByteArray body = input.mid(pos);

    const ApiError error = ApiError::fromHttp(status, body, retryAfter);
    CALLWATCH_FUZZ_CHECK(error.retryAfterSeconds >= 0 && error.retryAfterSeconds <= 86'400);
    CALLWATCH_FUZZ_CHECK(!error.userMessage().isEmpty() || !error.isError());
    (void)error.permissionProblem();
    (void)error.lacking();
    const int seconds = RateLimitState::retryAfterSeconds(retryAfter);
    CALLWATCH_FUZZ_CHECK(seconds >= 0 && seconds <= 86'400);

    // Whatever the headers say, the wait they cause is bounded: a day, plus a window of a day.
    fuzz::FixedClock clock;
    RateLimitState limits(clock);
    limits.noteSent(QStringLiteral("heavy"));
    limits.noteAnswer(QStringLiteral("heavy"), status, headers);
    for (const QString &group :
         { QStringLiteral("heavy"), QStringLiteral("light"), QStringLiteral("auth") }) {
        const GroupBudget b = limits.budget(group);
        CALLWATCH_FUZZ_CHECK(b.windowSeconds > 0 && b.windowSeconds <= 86'400);
        const qint64 wait = limits.earliestSendMs(group, 10) - clock.nowMs();
        CALLWATCH_FUZZ_CHECK(wait >= 0 && wait <= 2 * 86'400'000LL + 1500);
    }
    return 0;
}
