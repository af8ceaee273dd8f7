#include "apierror.h"

#include "ratelimitstate.h"

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
        return QCoreApplication::translate("ApiError",
                                           "Refused to send credentials over an insecure connection")
            + detail;
    case Kind::Redirected:
        return QCoreApplication::translate("ApiError", "The server redirected the request") + QLatin1Char(' ')
            + message;
    case Kind::BadResponse:
        return QCoreApplication::translate("ApiError", "The server sent a response that cannot be read")
            + detail;
    case Kind::RateLimited:
        if (retryAfterSeconds > 0)
            return QCoreApplication::translate(
                "ApiError",
                "RingCentral's rate limit was reached; the next request is allowed "
                "in %n s",
                nullptr, retryAfterSeconds);
        return QCoreApplication::translate("ApiError", "RingCentral's rate limit was reached");
    case Kind::Unauthorized:
        return QCoreApplication::translate("ApiError", "Sign-in required") + detail;
    case Kind::Forbidden: {
        // RingCentral's own code and words stay in the sentence: they are what its support asks for.
        const QString platform = errorCode.isEmpty() ? message
            : message.isEmpty()                      ? errorCode
                                                     : errorCode + QStringLiteral(": ") + message;
        const QString problem = permissionProblem();
        QString text = QCoreApplication::translate("ApiError", "Permission denied");
        if (!problem.isEmpty())
            text += QStringLiteral(": ") + problem;
        if (!platform.isEmpty())
            text += QStringLiteral(" [") + platform + QLatin1Char(']');
        return text;
    }
    case Kind::Http:
        return QCoreApplication::translate("ApiError", "The server answered HTTP %1").arg(httpStatus)
            + detail;
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "Cancelled");
    }
    return {};
}

ApiError::Lacking ApiError::lacking() const
{
    if (kind != Kind::Forbidden)
        return Lacking::Unknown;
    if (errorCode == QLatin1String("CMN-401"))
        return Lacking::App;
    if (errorCode == QLatin1String("CMN-408") || errorCode == QLatin1String("CMN-402"))
        return Lacking::User;
    // Bodies without the CMN code still say whom the endpoint needs it of.
    if (message.contains(QLatin1String("application needs"), Qt::CaseInsensitive))
        return Lacking::App;
    if (message.contains(QLatin1String("user needs"), Qt::CaseInsensitive)
        || errorCode == QLatin1String("InsufficientPermissions"))
        return Lacking::User;
    return Lacking::Unknown;
}

QString ApiError::permissionProblem() const
{
    if (kind != Kind::Forbidden)
        return {};
    const bool named = !permissionName.isEmpty();
    switch (lacking()) {
    case Lacking::App:
        return named
            ? QCoreApplication::translate("ApiError",
                                          "the app lacks the %1 permission (add it to the app in the "
                                          "RingCentral Developer Console)")
                  .arg(permissionName)
            : QCoreApplication::translate("ApiError",
                                          "the app lacks a permission (see the app in the RingCentral "
                                          "Developer Console)");
    case Lacking::User:
        return named
            ? QCoreApplication::translate("ApiError",
                                          "your user lacks the %1 permission (an administrator can grant it)")
                  .arg(permissionName)
            : QCoreApplication::translate("ApiError",
                                          "your user lacks a permission (an administrator can grant it)");
    case Lacking::Unknown:
        break;
    }
    return named ? QCoreApplication::translate("ApiError", "the %1 permission is missing").arg(permissionName)
                 : QString();
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ApiError e;
    e.httpStatus = status;
    e.retryAfterSeconds = RateLimitState::retryAfterSeconds(retryAfter);
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
    for (const auto &source : { first, o }) {
        for (const char *field : { "error_description", "message", "description" }) {
            if (e.message.isEmpty())
                e.message = source.value(QLatin1String(field)).toString();
        }
    }
    e.permissionName = first.value(QStringLiteral("permissionName")).toString();
    if (e.permissionName.isEmpty())
        e.permissionName = o.value(QStringLiteral("permissionName")).toString();
    if (e.permissionName.isEmpty() && status == 403) {
        // "In order to call this API endpoint, application needs to have [CallControl] permission"
        const qsizetype open = e.message.indexOf(QLatin1Char('['));
        const qsizetype close = e.message.indexOf(QLatin1Char(']'), open + 1);
        if (open >= 0 && close > open + 1)
            e.permissionName = e.message.mid(open + 1, close - open - 1);
    }
    return e;
}

} // namespace callwatch
