#pragma once

#include <QByteArray>
#include <QString>

namespace callwatch::sim {

// The JWT credentials a user creates in the Developer Console: signed tokens naming the user,
// with an optional expiry. The simulator signs them with its own key (HS256) and accepts
// only what it signed, so a forged, altered or expired JWT is refused as on the platform.
class JwtIssuer
{
public:
    explicit JwtIssuer(QByteArray signingKey);

    // expiresAtSec <= 0: a credential that never expires.
    QString mint(qint64 ownerId, qint64 issuedAtSec, qint64 expiresAtSec) const;

    enum class Check { Valid, Expired, Invalid };
    Check verify(const QString &jwt, qint64 nowSec, qint64 *ownerId) const;

private:
    QByteArray sign(const QByteArray &signingInput) const;

    QByteArray m_key;
};

} // namespace callwatch::sim
