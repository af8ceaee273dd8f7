// Frames of the WebSocket gateway as it may send them: the frame itself, a subscription's
// answer (granted and disabled filters), an error answer, and a notification inside.

#include "apierror.h"
#include "fuzzsupport.h"
#include "gatewayconnection.h"
#include "telephonysession.h"

#include <QJsonDocument>

using namespace callwatch;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const GatewayFrame frame = GatewayFrame::parse(QString::fromUtf8(fuzz::bytesOf(data, size)));
    CALLWATCH_FUZZ_CHECK(frame.status >= 0 && frame.status <= 999);
    const QJsonObject body = frame.body.toObject();
    if (frame.type == QLatin1String("ClientRequest")) {
        const QStringList requested {
            QStringLiteral("/restapi/v1.0/account/~/telephony/sessions"),
            QStringLiteral("/restapi/v1.0/account/~/extension/~/presence?detailedTelephonyState=true")
        };
        const QList<GatewayConnection::RefusedFilter> refused = GatewayConnection::refusedOf(requested, body);
        CALLWATCH_FUZZ_CHECK(refused.size() <= requested.size());
        for (const auto &r : refused)
            CALLWATCH_FUZZ_CHECK(requested.contains(r.filter));
        const ApiError error = ApiError::fromHttp(
            frame.status, QJsonDocument(body).toJson(QJsonDocument::Compact), QByteArray());
        (void)error.userMessage();
    } else if (frame.type == QLatin1String("ServerNotification")) {
        if (const auto event = SessionEvent::fromEventBody(body.value(QStringLiteral("body")).toObject())) {
            TelephonySession call(event->telephonySessionId);
            call.apply(*event, fuzz::FixedClock().nowMs());
        }
    }
    return 0;
}
