#include "jwtissuer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace callwatch::sim {

namespace {

constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray b64(const QByteArray &raw)
{
    return raw.toBase64(kB64);
}

} // namespace

JwtIssuer::JwtIssuer(QByteArray signingKey)
    : m_key(std::move(signingKey))
{
}

QByteArray JwtIssuer::sign(const QByteArray &signingInput) const
{
    return b64(QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256));
}

QString JwtIssuer::mint(qint64 ownerId, qint64 issuedAtSec, qint64 expiresAtSec) const
{
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("HS256") },
                               { QStringLiteral("typ"), QStringLiteral("JWT") } };
    QJsonObject payload {
        { QStringLiteral("aud"), QStringLiteral("https://platform.ringcentral.com/restapi/oauth/token") },
        { QStringLiteral("sub"), QString::number(ownerId) },
        { QStringLiteral("iss"), QStringLiteral("https://platform.ringcentral.com") },
        { QStringLiteral("iat"), double(issuedAtSec) },
        { QStringLiteral("jti"),
          QString::fromLatin1(b64(QCryptographicHash::hash(QByteArray(QByteArray::number(ownerId)
                                                                      + QByteArray::number(issuedAtSec)
                                                                      + QByteArray::number(expiresAtSec)),
                                                           QCryptographicHash::Sha1))) },
    };
    if (expiresAtSec > 0)
        payload.insert(QStringLiteral("exp"), double(expiresAtSec));
    const QByteArray input = b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + b64(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(input + '.' + sign(input));
}

JwtIssuer::Check JwtIssuer::verify(const QString &jwt, qint64 nowSec, qint64 *ownerId) const
{
    const QByteArray raw = jwt.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3)
        return Check::Invalid;
    const QByteArray input = parts[0] + '.' + parts[1];
    if (sign(input) != parts[2])
        return Check::Invalid;
    const auto decoded = QByteArray::fromBase64Encoding(parts[1], kB64);
    if (!decoded)
        return Check::Invalid;
    const QJsonObject payload = QJsonDocument::fromJson(*decoded).object();
    bool ok = false;
    const qint64 sub = payload.value(QStringLiteral("sub")).toString().toLongLong(&ok);
    if (!ok)
        return Check::Invalid;
    const double exp = payload.value(QStringLiteral("exp")).toDouble(0);
    if (exp > 0 && qint64(exp) <= nowSec)
        return Check::Expired;
    *ownerId = sub;
    return Check::Valid;
}

} // namespace callwatch::sim
