#pragma once

#include "authsession.h"

#include <functional>

class QSettings;

namespace callwatch {

class CredentialVault;

// A complete saved sign-in: the profile's server and client id from the settings, its
// secrets from the keychain, and the refresh token the last run left behind.
struct SavedSignIn
{
    Credentials credentials;
    QString refreshToken;

    // Reads the profile; `done` gets it, or an empty JWT and `problem` saying what is missing
    // (no client id, no JWT, or the keychain's own message when it cannot be read).
    static void load(CredentialVault &vault, QSettings &settings, const QString &profile, QObject *context,
                     std::function<void(const SavedSignIn &saved, const QString &problem)> done);
};

} // namespace callwatch
