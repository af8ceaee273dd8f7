// A page of GET /account/~/active-calls as the server may send it, then what the board makes
// of its records: every field's type and range is the server's choice.

#include "activecallspage.h"
#include "callboard.h"
#include "fuzzsupport.h"

using namespace callwatch;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ActiveCallsPage page = ActiveCallsPage::parse(fuzz::bytesOf(data, size));
    CALLWATCH_FUZZ_CHECK(page.error.isEmpty() || page.records.empty());
    CALLWATCH_FUZZ_CHECK(page.skipped >= 0);
    const size_t records = page.records.size();
    for (const ActiveCall &call : page.records) {
        (void)call.isLive();
        CALLWATCH_FUZZ_CHECK(call.sameApartFromDuration(call));
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1'777'903'331'000, Qt::UTC);
    CallBoard board;
    const BoardDiff diff = board.applySnapshot(std::move(page.records), at);
    // Each record is a row, or the same call as another one.
    CALLWATCH_FUZZ_CHECK(size_t(board.size()) <= records);
    CALLWATCH_FUZZ_CHECK(diff.added.size() == board.size());
    // The same list again changes no row.
    const BoardDiff again
        = board.applySnapshot(ActiveCallsPage::parse(fuzz::bytesOf(data, size)).records, at);
    CALLWATCH_FUZZ_CHECK(again.added.isEmpty() && again.removed.isEmpty());
    return 0;
}
