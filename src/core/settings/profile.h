#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace callwatch {

// What CallWatch remembers about one RingCentral sign-in: where, and as which app. The secrets
// (JWT, client secret, refresh token) are not here: they live in the keychain under
// SecretStore::keyFor(name, kind).
struct Profile
{
    QString name = QStringLiteral("default");
    QUrl serverUrl = QUrl(QStringLiteral("https://platform.ringcentral.com"));
    QString clientId;
};

// Profiles in QSettings under `profiles/<name>/`: the server URL and the client id, never a
// secret. A name may hold any character: '/', '\' and '%' are escaped in the group name.
class ProfileSettings
{
public:
    ProfileSettings() = delete;

    // An unknown name gives the defaults (production server, no client id) under that name;
    // an empty name means "default".
    static Profile load(QSettings &settings, const QString &name);
    static void save(QSettings &settings, const Profile &profile);
    // Saved profiles, sorted by QSettings.
    static QStringList names(QSettings &settings);
    // The address without a user name or password, which are never kept (a warning says so).
    static QUrl withoutUserInfo(const QUrl &url);
};

} // namespace callwatch
