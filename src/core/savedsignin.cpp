#include "savedsignin.h"

#include "credentialvault.h"
#include "profile.h"

#include <QCoreApplication>
#include <QSettings>

#include <memory>

namespace callwatch {

void SavedSignIn::load(CredentialVault &vault, QSettings &settings, const QString &profileName, QObject *context,
                       std::function<void(const SavedSignIn &, const QString &)> done)
{
    const Profile profile = ProfileSettings::load(settings, profileName);
    auto saved = std::make_shared<SavedSignIn>();
    saved->credentials.server = profile.serverUrl;
    saved->credentials.clientId = profile.clientId;
    if (profile.clientId.isEmpty()) {
        QMetaObject::invokeMethod(
            context,
            [saved, done] { done(*saved, QCoreApplication::translate("SavedSignIn", "no sign-in is saved")); },
            Qt::QueuedConnection);
        return;
    }
    // The keychain answers asynchronously: read the three secrets one after the other.
    vault.read(SecretStore::keyFor(profileName, SecretKind::ClientSecret), context,
               [&vault, saved, profileName, context, done](const SecretResult &secret) {
                   saved->credentials.clientSecret = secret.value;
                   vault.read(SecretStore::keyFor(profileName, SecretKind::Jwt), context,
                              [&vault, saved, profileName, context, done](const SecretResult &jwt) {
                                  if (jwt.status != SecretResult::Status::Ok || jwt.value.isEmpty()) {
                                      done(*saved, jwt.status == SecretResult::Status::Unavailable
                                                       ? jwt.message
                                                       : QCoreApplication::translate(
                                                             "SavedSignIn",
                                                             "no JWT credential is saved for this profile"));
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

} // namespace callwatch
