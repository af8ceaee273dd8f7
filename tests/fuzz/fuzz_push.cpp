// Telephony and presence messages as the platform may send them (a notification's body, a
// per-session check's answer, a presence record), merged into a call as the board does: in any
// order, twice, with any numbers.

#include "fuzzsupport.h"
#include "telephonysession.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace callwatch;

namespace {

void checkCall(const TelephonySession &call)
{
    const CallProgress &p = call.progress();
    CALLWATCH_FUZZ_CHECK(call.partyCount() >= 0);
    (void)p.isLive();
    (void)call.describe();
    (void)call.orphanedSinceMs();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
    const QJsonObject o = doc.object();
    const qint64 now = fuzz::FixedClock().nowMs();

    // A notification envelope carries the event under `body`; accept both forms.
    const QJsonObject body
        = o.value(QStringLiteral("body")).isObject() ? o.value(QStringLiteral("body")).toObject() : o;
    if (const std::optional<SessionEvent> event = SessionEvent::fromEventBody(body)) {
        CALLWATCH_FUZZ_CHECK(!event->telephonySessionId.isEmpty());
        TelephonySession call(event->telephonySessionId);
        call.apply(*event, now);
        checkCall(call);
        // A duplicate changes nothing.
        CALLWATCH_FUZZ_CHECK(!call.apply(*event, now));
        call.adopt(*event, true, now + 1000, now);
        checkCall(call);
    }
    if (const std::optional<SessionEvent> view = SessionEvent::fromSessionObject(o)) {
        TelephonySession call(view->telephonySessionId);
        call.adopt(*view, true, now, now);
        checkCall(call);
        call.adopt(*view, false, now + 1000, now);
        checkCall(call);
    }
    for (const SessionEvent &view : SessionEvent::fromPresence(body)) {
        CALLWATCH_FUZZ_CHECK(!view.telephonySessionId.isEmpty() && view.parties.size() == 1);
        TelephonySession call(view.telephonySessionId);
        call.adopt(view, false, now);
        checkCall(call);
    }
    return 0;
}
