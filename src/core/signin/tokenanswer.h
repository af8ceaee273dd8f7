#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace callwatch {

// The body of a successful POST /restapi/oauth/token, read as data from outside: every number
// clamped to what can be believed, so nothing downstream converts an absurd value.
struct TokenAnswer
{
    // The longest lifetime believed of a token (ten years); a larger expires_in is read as this.
    static constexpr qint64 kMaxLifetimeSeconds = 10LL * 365 * 24 * 3600;

    QString accessToken;
    qint64 accessLifetimeSeconds = 3600; // expires_in; 3600 when absent, within 0..kMax
    QString refreshToken; // empty when the answer has none
    qint64 refreshLifetimeSeconds = 0; // refresh_token_expires_in within 0..kMax
    QStringList scopes; // `scope`, split; empty when not given
    QString ownerId;

    // nullopt unless the body is JSON holding a bearer access token.
    static std::optional<TokenAnswer> parse(const QByteArray &json);
};

} // namespace callwatch
