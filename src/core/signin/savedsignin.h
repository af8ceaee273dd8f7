#pragma once

#include "authsession.h"
#include "secretstore.h"

#include <functional>

class QSettings;

namespace callwatch {

class CredentialVault;

// A complete saved sign-in: the profile's server and client id from the settings, its
// secrets from the keychain, and the refresh token the last run left behind. What goes where
// is decided here: never a secret in the settings.
struct SavedSignIn
{
    Credentials credentials;
    QString refreshToken;

    // Reads the profile; `done` gets it, or an empty JWT and `problem` saying what is missing
    // (no client id, no JWT, or the keychain's own message when it cannot be read).
    static void load(CredentialVault &vault, QSettings &settings, const QString &profile, QObject *context,
                     std::function<void(const SavedSignIn &saved, const QString &problem)> done);

    // Saves `credentials` as the profile's sign-in: the server and client id to the settings at
    // once, the JWT and the client secret to the vault (an empty secret removes a saved one: a
    // public app has none). When they differ from `replaced` (what the profile held before),
    // the saved refresh token is removed too. `done` comes once the vault has answered for
    // every secret: `saved` false with the first failure's message, which may be empty.
    // The vault may have kept them in memory only: CredentialVault::memoryOnly() tells.
    static void save(CredentialVault &vault, QSettings &settings, const QString &profile,
                     const Credentials &credentials, const Credentials &replaced, QObject *context,
                     std::function<void(bool saved, const QString &problem)> done);

    // Keeps the refresh token a session rotated to (AuthSession::refreshTokenChanged), so the
    // next start continues that session instead of opening another; empty removes it.
    static void saveRefreshToken(CredentialVault &vault, const QString &profile, const QString &token,
                                 QObject *context, SecretStore::Callback done = {});
};

} // namespace callwatch
