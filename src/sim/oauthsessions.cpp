#include "oauthsessions.h"

#include "simclock.h"

#include <QRandomGenerator>

namespace callwatch::sim {

namespace {

// After a refresh the old refresh token may be replayed for up to 60 min while the new access
// token is unused, and for about 10 s once it has been used (the platform's documented grace).
constexpr qint64 kReplayWhileUnusedMs = 60 * 60 * 1000;
constexpr qint64 kReplayAfterUseMs = 10 * 1000;
// The platform keeps about five parallel sessions per user and app; a sixth evicts the oldest.
constexpr int kMaxSessionsPerUser = 5;

} // namespace

OAuthSessions::OAuthSessions(const SimClock &clock)
    : m_clock(clock)
{
}

QString OAuthSessions::newToken(const char *prefix)
{
    QByteArray raw(30, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    for (int i = raw.size() / 4 * 4; i < raw.size(); ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return QLatin1String(prefix)
        + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

const OAuthSession &OAuthSessions::open(const QString &clientId, qint64 ownerId, const QString &endpointId,
                                        const QString &scope, int accessTtl, int refreshTtl,
                                        bool issueRefreshToken)
{
    const qint64 now = m_clock.nowMs();

    // Evict the oldest sessions of this user and app beyond the platform's limit.
    std::vector<std::pair<qint64, QString>> mine;
    for (const auto &[id, s] : m_sessions) {
        if (s.clientId == clientId && s.ownerId == ownerId)
            mine.emplace_back(s.openedMs, id);
    }
    std::sort(mine.begin(), mine.end());
    for (size_t i = 0; i + kMaxSessionsPerUser <= mine.size(); ++i)
        endSession(mine[i].second);

    OAuthSession s;
    s.id = QString::number(m_nextSessionNumber++);
    s.clientId = clientId;
    s.ownerId = ownerId;
    s.endpointId = endpointId.isEmpty() ? newToken("").left(22) : endpointId;
    s.scope = scope;
    s.openedMs = now;
    s.accessToken = newToken("U0pDMDFQMDFQQVMwMHw");
    s.accessTtl = accessTtl;
    s.accessExpiresMs = now + qint64(accessTtl) * 1000;
    if (issueRefreshToken) {
        s.refreshToken = newToken("U0pDMDFQMDFSRlQwMHw");
        s.refreshTtl = refreshTtl;
        s.refreshExpiresMs = now + qint64(refreshTtl) * 1000;
        m_byRefresh.insert(s.refreshToken, s.id);
    }
    m_byAccess.insert(s.accessToken, s.id);
    const QString id = s.id;
    return m_sessions.emplace(id, std::move(s)).first->second;
}

OAuthSessions::RefreshOutcome OAuthSessions::refresh(const QString &clientId, const QString &refreshToken,
                                                     int accessTtl, int refreshTtl,
                                                     const OAuthSession **session)
{
    const qint64 now = m_clock.nowMs();
    *session = nullptr;

    if (const auto prev = m_byPreviousRefresh.constFind(refreshToken); prev != m_byPreviousRefresh.cend()) {
        const auto it = m_sessions.find(*prev);
        if (it == m_sessions.end() || it->second.clientId != clientId)
            return RefreshOutcome::Unknown;
        OAuthSession &s = it->second;
        qint64 limit = s.previousRefreshLimitMs;
        if (s.accessFirstUsedMs != 0)
            limit = std::min(limit, s.accessFirstUsedMs + kReplayAfterUseMs);
        if (s.previousRefreshToken == refreshToken && now < limit) {
            *session = &s;
            return RefreshOutcome::Replayed;
        }
        return RefreshOutcome::Expired;
    }

    const auto idIt = m_byRefresh.constFind(refreshToken);
    if (idIt == m_byRefresh.cend())
        return RefreshOutcome::Unknown;
    const auto it = m_sessions.find(*idIt);
    if (it == m_sessions.end() || it->second.clientId != clientId)
        return RefreshOutcome::Unknown;
    OAuthSession &s = it->second;
    if (now >= s.refreshExpiresMs) {
        endSession(s.id);
        return RefreshOutcome::Expired;
    }

    // Rotate: the old access token dies at once, the old refresh token enters its grace window.
    m_byAccess.remove(s.accessToken);
    m_byRefresh.remove(s.refreshToken);
    if (!s.previousRefreshToken.isEmpty())
        m_byPreviousRefresh.remove(s.previousRefreshToken);
    s.previousRefreshToken = s.refreshToken;
    s.previousRefreshLimitMs = now + kReplayWhileUnusedMs;
    m_byPreviousRefresh.insert(s.previousRefreshToken, s.id);

    s.accessToken = newToken("U0pDMDFQMDFQQVMwMHw");
    s.accessTtl = accessTtl;
    s.accessExpiresMs = now + qint64(accessTtl) * 1000;
    s.accessFirstUsedMs = 0;
    s.refreshToken = newToken("U0pDMDFQMDFSRlQwMHw");
    s.refreshTtl = refreshTtl;
    s.refreshExpiresMs = now + qint64(refreshTtl) * 1000;
    m_byAccess.insert(s.accessToken, s.id);
    m_byRefresh.insert(s.refreshToken, s.id);
    *session = &s;
    return RefreshOutcome::Rotated;
}

bool OAuthSessions::revoke(const QString &token)
{
    QString sessionId = m_byAccess.value(token);
    if (sessionId.isEmpty())
        sessionId = m_byRefresh.value(token);
    if (sessionId.isEmpty())
        return false;
    endSession(sessionId);
    return true;
}

OAuthSessions::AccessCheck OAuthSessions::checkAccess(const QString &accessToken,
                                                      const OAuthSession **session)
{
    *session = nullptr;
    const auto idIt = m_byAccess.constFind(accessToken);
    if (idIt == m_byAccess.cend())
        return AccessCheck::Unknown;
    const auto it = m_sessions.find(*idIt);
    if (it == m_sessions.end())
        return AccessCheck::Unknown;
    OAuthSession &s = it->second;
    const qint64 now = m_clock.nowMs();
    if (now >= s.accessExpiresMs)
        return AccessCheck::Expired;
    if (s.accessFirstUsedMs == 0)
        s.accessFirstUsedMs = now;
    *session = &s;
    return AccessCheck::Valid;
}

const OAuthSession *OAuthSessions::find(const QString &token) const
{
    QString sessionId = m_byAccess.value(token);
    if (sessionId.isEmpty())
        sessionId = m_byRefresh.value(token);
    if (sessionId.isEmpty())
        sessionId = m_byPreviousRefresh.value(token);
    const auto it = m_sessions.find(sessionId);
    return it == m_sessions.end() ? nullptr : &it->second;
}

void OAuthSessions::expireAllAccessTokens()
{
    const qint64 now = m_clock.nowMs();
    for (auto &[id, s] : m_sessions)
        s.accessExpiresMs = std::min(s.accessExpiresMs, now);
}

void OAuthSessions::revokeAllRefreshTokens()
{
    for (auto &[id, s] : m_sessions) {
        m_byRefresh.remove(s.refreshToken);
        m_byPreviousRefresh.remove(s.previousRefreshToken);
        s.refreshToken.clear();
        s.previousRefreshToken.clear();
    }
}

void OAuthSessions::endSession(const QString &sessionId)
{
    const auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end())
        return;
    m_byAccess.remove(it->second.accessToken);
    m_byRefresh.remove(it->second.refreshToken);
    m_byPreviousRefresh.remove(it->second.previousRefreshToken);
    m_sessions.erase(it);
}

} // namespace callwatch::sim
