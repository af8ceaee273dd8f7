#pragma once

// What every fuzz target shares: the libFuzzer entry point's signature, the input as Qt data,
// and a check that aborts (a finding) with the reason, in every build type.

#include "clock.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define CALLWATCH_FUZZ_CHECK(condition)                                                                      \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition);          \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace callwatch::fuzz {

// A clock that stands still, so a run replays exactly.
class FixedClock final : public Clock
{
public:
    qint64 nowMs() const override { return 1'777'903'331'000; } // 2026-05-04 14:02:11 UTC
    qint64 timerDelayMs(qint64 ms) const override { return ms; }
};

// The input without a copy; valid for the call it was given to.
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace callwatch::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
