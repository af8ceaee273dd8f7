#include "secretstore.h"

namespace callwatch {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(const QString &profile, SecretKind kind)
{
    switch (kind) {
    case SecretKind::Jwt:
        return profile % QLatin1String("/jwt");
    case SecretKind::ClientSecret:
        return profile % QLatin1String("/client-secret");
    case SecretKind::RefreshToken:
        return profile % QLatin1String("/refresh-token");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace callwatch
