#pragma once

#include <QString>
#include <QUrl>

// The names RingCentral's platform gives its throttling groups and endpoints, written once.
// Paths are relative to the server (RestClient::urlFor); queries are the caller's.
namespace callwatch::api {

// Rate-limit groups, as the X-Rate-Limit-Group header names them (lower-cased).
inline const QString kHeavyGroup = QStringLiteral("heavy");
inline const QString kMediumGroup = QStringLiteral("medium");
inline const QString kLightGroup = QStringLiteral("light");
inline const QString kAuthGroup = QStringLiteral("auth");

// OAuth: the token grant, revoking a session, and the WebSocket gateway's token.
inline const QString kTokenPath = QStringLiteral("/restapi/oauth/token");
inline const QString kRevokePath = QStringLiteral("/restapi/oauth/revoke");
inline const QString kWsTokenPath = QStringLiteral("/restapi/oauth/wstoken");

// The signed-in extension, the company's extension list and its business address.
inline const QString kMyExtensionPath = QStringLiteral("/restapi/v1.0/account/~/extension/~");
inline const QString kExtensionListPath = QStringLiteral("/restapi/v1.0/account/~/extension");
inline const QString kBusinessAddressPath = QStringLiteral("/restapi/v1.0/account/~/business-address");

// Calls in progress as call-log records: account-wide (admins) and the own extension.
inline const QString kCompanyActiveCallsPath = QStringLiteral("/restapi/v1.0/account/~/active-calls");
inline const QString kMyActiveCallsPath = QStringLiteral("/restapi/v1.0/account/~/extension/~/active-calls");

// Presence with the telephony state: account-wide and the own extension.
inline const QString kCompanyPresencePath = QStringLiteral("/restapi/v1.0/account/~/presence");
inline const QString kMyPresencePath = QStringLiteral("/restapi/v1.0/account/~/extension/~/presence");

// Push subscriptions (event filters for the WebSocket gateway).
inline const QString kSubscriptionPath = QStringLiteral("/restapi/v1.0/subscription");

// Telephony sessions (Call Control): the lists, and one session by its id.
inline const QString kCompanyTelephonySessionsPath
    = QStringLiteral("/restapi/v1.0/account/~/telephony/sessions");
inline const QString kMyTelephonySessionsPath
    = QStringLiteral("/restapi/v1.0/account/~/extension/~/telephony/sessions");

// `/restapi/v1.0/account/~/telephony/sessions/{sessionId}`; the id is percent-encoded, since
// it comes from the server's data and must stay one path segment.
inline QString telephonySessionPath(const QString &sessionId)
{
    return kCompanyTelephonySessionsPath + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(sessionId));
}

} // namespace callwatch::api
