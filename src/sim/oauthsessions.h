#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <map>

namespace callwatch::sim {

class SimClock;

// App permissions as a token's `scope` spells them that the simulator checks.
inline const QString kCallControlPermission = QStringLiteral("CallControl");
inline const QString kWebSocketPermission = QStringLiteral("WebSocketsSubscription");
inline const QString kReadPresencePermission = QStringLiteral("ReadPresence");

// Whether a space-separated `scope` grants `permission`.
inline bool scopeGrants(const QString &scope, const QString &permission)
{
    return scope.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(permission);
}

// One OAuth session: what a JWT grant opens and every refresh of it continues.
struct OAuthSession
{
    QString id;
    QString clientId;
    qint64 ownerId = 0;
    QString endpointId;
    QString scope;
    QString accessToken;
    qint64 accessExpiresMs = 0;
    int accessTtl = 0;
    QString refreshToken; // empty when the app is not issued refresh tokens
    qint64 refreshExpiresMs = 0;
    int refreshTtl = 0;
    qint64 openedMs = 0;
    qint64 accessFirstUsedMs = 0; // 0 until the current access token is used

    // The refresh token this pair replaced: replaying it within the grace window returns
    // this same pair again instead of failing.
    QString previousRefreshToken;
    qint64 previousRefreshLimitMs = 0;

    bool grants(const QString &permission) const { return scopeGrants(scope, permission); }
};

// The platform's token service: issues, rotates, validates and revokes tokens.
class OAuthSessions
{
public:
    explicit OAuthSessions(const SimClock &clock);

    enum class AccessCheck { Valid, Expired, Unknown };
    enum class RefreshOutcome { Rotated, Replayed, Expired, Unknown };

    // `scope`: the app's permissions, space-separated, as the token response lists them.
    const OAuthSession &open(const QString &clientId, qint64 ownerId, const QString &endpointId,
                             const QString &scope, int accessTtl, int refreshTtl, bool issueRefreshToken);

    // On Rotated or Replayed, *session points at the session with its current pair.
    RefreshOutcome refresh(const QString &clientId, const QString &refreshToken, int accessTtl,
                           int refreshTtl, const OAuthSession **session);

    // Ends the whole session the token (access or refresh) belongs to. False if unknown.
    bool revoke(const QString &token);

    AccessCheck checkAccess(const QString &accessToken, const OAuthSession **session);

    // The session an access, refresh or just-replaced refresh token belongs to, whatever its
    // state, without counting as a use; null for an unknown token. For rate-limit buckets.
    const OAuthSession *find(const QString &token) const;

    // Fault injection.
    void expireAllAccessTokens();
    void revokeAllRefreshTokens();

    int sessionCount() const { return int(m_sessions.size()); }

private:
    void endSession(const QString &sessionId);
    static QString newToken(const char *prefix);

    const SimClock &m_clock;
    std::map<QString, OAuthSession> m_sessions; // by session id; node addresses stay stable
    QHash<QString, QString> m_byAccess;
    QHash<QString, QString> m_byRefresh;
    QHash<QString, QString> m_byPreviousRefresh;
    qint64 m_nextSessionNumber = 4'205'100'000'001;
};

} // namespace callwatch::sim
