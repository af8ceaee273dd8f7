// The answer of POST /restapi/oauth/token: whatever it holds, the lifetimes read from it are
// within what can be believed, and turning them into times overflows nothing.

#include "fuzzsupport.h"
#include "tokenanswer.h"

using namespace callwatch;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::optional<TokenAnswer> answer = TokenAnswer::parse(fuzz::bytesOf(data, size));
    if (!answer)
        return 0;
    CALLWATCH_FUZZ_CHECK(!answer->accessToken.isEmpty());
    CALLWATCH_FUZZ_CHECK(answer->accessLifetimeSeconds >= 0
                         && answer->accessLifetimeSeconds <= TokenAnswer::kMaxLifetimeSeconds);
    CALLWATCH_FUZZ_CHECK(answer->refreshLifetimeSeconds >= 0
                         && answer->refreshLifetimeSeconds <= TokenAnswer::kMaxLifetimeSeconds);
    CALLWATCH_FUZZ_CHECK(answer->refreshToken.isEmpty() ? answer->refreshLifetimeSeconds == 0 : true);
    // What AuthSession computes from them.
    const qint64 now = fuzz::FixedClock().nowMs();
    CALLWATCH_FUZZ_CHECK(now + answer->accessLifetimeSeconds * 1000 >= now);
    CALLWATCH_FUZZ_CHECK(now + answer->refreshLifetimeSeconds * 1000 >= now);
    for (const QString &scope : answer->scopes)
        CALLWATCH_FUZZ_CHECK(!scope.isEmpty() && !scope.contains(QLatin1Char(' ')));
    return 0;
}
