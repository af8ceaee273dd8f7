#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace callwatch {

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::BadResponse:
    case Kind::RateLimited:
        return true;
    case Kind::Http:
        return httpStatus >= 500 || httpStatus == 408;
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    const QString detail = message.isEmpty() ? QString() : QStringLiteral(": ") + message;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return QCoreApplication::translate("ApiError", "Cannot reach the server") + detail;
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "The server did not answer in time");
    case Kind::Tls:
        return QCoreApplication::translate("ApiError", "The server's certificate is not trusted") + detail;
    case Kind::InsecureServer:
        return QCoreApplication::translate("ApiError", "Refused to send credentials over an insecure connection")
            + detail;
    case Kind::BadResponse:
        return QCoreApplication::translate("ApiError", "The server sent a response that cannot be read") + detail;
    case Kind::RateLimited:
        return QCoreApplication::translate("ApiError", "RingCentral's rate limit was reached");
    case Kind::Unauthorized:
        return QCoreApplication::translate("ApiError", "Sign-in required") + detail;
    case Kind::Forbidden:
        if (!permissionName.isEmpty())
            return QCoreApplication::translate("ApiError", "Permission denied: your user needs the %1 permission")
                .arg(permissionName);
        return QCoreApplication::translate("ApiError", "Permission denied") + detail;
    case Kind::Http:
        return QCoreApplication::translate("ApiError", "The server answered HTTP %1").arg(httpStatus) + detail;
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "Cancelled");
    }
    return {};
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ApiError e;
    e.httpStatus = status;
    e.retryAfterSeconds = retryAfter.trimmed().toInt();
    e.kind = status == 401 ? Kind::Unauthorized
        : status == 403    ? Kind::Forbidden
        : status == 429    ? Kind::RateLimited
                           : Kind::Http;

    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonObject first = o.value(QStringLiteral("errors")).toArray().first().toObject();
    // Codes, not message text, are what the platform asks clients to rely on.
    e.errorCode = first.value(QStringLiteral("errorCode")).toString();
    if (e.errorCode.isEmpty())
        e.errorCode = o.value(QStringLiteral("errorCode")).toString();
    if (e.errorCode.isEmpty())
        e.errorCode = o.value(QStringLiteral("error")).toString();
    for (const auto &source : {first, o}) {
        for (const char *field : {"error_description", "message", "description"}) {
            if (e.message.isEmpty())
                e.message = source.value(QLatin1String(field)).toString();
        }
    }
    e.permissionName = first.value(QStringLiteral("permissionName")).toString();
    if (e.permissionName.isEmpty())
        e.permissionName = o.value(QStringLiteral("permissionName")).toString();
    return e;
}

} // namespace callwatch
