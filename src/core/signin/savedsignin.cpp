#include "savedsignin.h"

#include "credentialvault.h"
#include "profile.h"

#include <QCoreApplication>
#include <QSettings>

#include <memory>
#include <vector>

namespace callwatch {

void SavedSignIn::load(CredentialVault &vault, QSettings &settings, const QString &profileName,
                       QObject *context, std::function<void(const SavedSignIn &, const QString &)> done)
{
    const Profile profile = ProfileSettings::load(settings, profileName);
    auto saved = std::make_shared<SavedSignIn>();
    saved->credentials.server = profile.serverUrl;
    saved->credentials.clientId = profile.clientId;
    if (profile.clientId.isEmpty()) {
        QMetaObject::invokeMethod(
            context,
            [saved, done] {
                done(*saved, QCoreApplication::translate("SavedSignIn", "no sign-in is saved"));
            },
            Qt::QueuedConnection);
        return;
    }
    // The keychain answers asynchronously: read the three secrets one after the other.
    vault.read(SecretStore::keyFor(profileName, SecretKind::ClientSecret), context,
               [&vault, saved, profileName, context, done](const SecretResult &secret) {
                   saved->credentials.clientSecret = secret.value;
                   vault.read(
                       SecretStore::keyFor(profileName, SecretKind::Jwt), context,
                       [&vault, saved, profileName, context, done](const SecretResult &jwt) {
                           if (jwt.status != SecretResult::Status::Ok || jwt.value.isEmpty()) {
                               done(*saved,
                                    jwt.status == SecretResult::Status::Unavailable
                                        ? jwt.message
                                        : QCoreApplication::translate(
                                            "SavedSignIn", "no JWT credential is saved for this profile"));
                               return;
                           }
                           saved->credentials.jwt = jwt.value;
                           vault.read(SecretStore::keyFor(profileName, SecretKind::RefreshToken), context,
                                      [saved, done](const SecretResult &refresh) {
                                          saved->refreshToken = refresh.value;
                                          done(*saved, {});
                                      });
                       });
               });
}

void SavedSignIn::save(CredentialVault &vault, QSettings &settings, const QString &profileName,
                       const Credentials &credentials, const Credentials &replaced, QObject *context,
                       std::function<void(bool, const QString &)> done)
{
    // Only the server and the client id go to the settings; the secrets go to the keychain.
    Profile profile;
    profile.name = profileName;
    profile.serverUrl = credentials.server;
    profile.clientId = credentials.clientId;
    ProfileSettings::save(settings, profile);
    settings.sync();

    struct SecretChange
    {
        SecretKind kind;
        QString value; // empty: remove
    };
    std::vector<SecretChange> changes { { SecretKind::Jwt, credentials.jwt },
                                        { SecretKind::ClientSecret, credentials.clientSecret } };
    // A refresh token belongs to the app and user it was issued to; kept after a change of
    // credentials, it would sign in as the old user (it is tried before the JWT).
    const bool credentialsChanged = credentials.server != replaced.server
        || credentials.clientId != replaced.clientId || credentials.clientSecret != replaced.clientSecret
        || credentials.jwt != replaced.jwt;
    if (credentialsChanged)
        changes.push_back({ SecretKind::RefreshToken, QString() });

    struct Progress
    {
        int pending = 0;
        bool failed = false;
        QString problem;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = int(changes.size());
    // The keychain answers later (a D-Bus round trip, perhaps an unlock prompt): one answer
    // for the caller once all are in, without a nested event loop.
    const auto answered = [progress, done](const SecretResult &result) {
        if (result.status != SecretResult::Status::Ok && !progress->failed) {
            progress->failed = true;
            progress->problem = result.message;
        }
        if (--progress->pending == 0 && done)
            done(!progress->failed, progress->problem);
    };
    for (const SecretChange &change : changes) {
        const QString key = SecretStore::keyFor(profileName, change.kind);
        if (change.value.isEmpty())
            vault.remove(key, context, answered);
        else
            vault.write(key, change.value, context, answered);
    }
}

void SavedSignIn::saveRefreshToken(CredentialVault &vault, const QString &profile, const QString &token,
                                   QObject *context, SecretStore::Callback done)
{
    const QString key = SecretStore::keyFor(profile, SecretKind::RefreshToken);
    if (token.isEmpty())
        vault.remove(key, context, std::move(done));
    else
        vault.write(key, token, context, std::move(done));
}

} // namespace callwatch
