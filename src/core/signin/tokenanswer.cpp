#include "tokenanswer.h"

#include "jsonvalues.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace callwatch {

std::optional<TokenAnswer> TokenAnswer::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    TokenAnswer a;
    a.accessToken = o.value(QStringLiteral("access_token")).toString();
    if (parseError.error != QJsonParseError::NoError || a.accessToken.isEmpty()
        || o.value(QStringLiteral("token_type"))
                .toString()
                .compare(QLatin1String("bearer"), Qt::CaseInsensitive)
            != 0)
        return std::nullopt;
    // Lifetimes as the server states them, within reason (a huge, negative or junk value is not
    // a reason to overflow).
    a.accessLifetimeSeconds = std::clamp<qint64>(jsonInteger(o.value(QStringLiteral("expires_in")), 3600), 0,
                                                 kMaxLifetimeSeconds);
    a.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    if (!a.refreshToken.isEmpty())
        a.refreshLifetimeSeconds = std::clamp<qint64>(
            jsonInteger(o.value(QStringLiteral("refresh_token_expires_in")), 0), 0, kMaxLifetimeSeconds);
    a.scopes = o.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    a.ownerId = jsonText(o.value(QStringLiteral("owner_id")));
    return a;
}

} // namespace callwatch
