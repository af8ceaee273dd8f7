#pragma once

#include "secretstore.h"

namespace callwatch {

// The operating system's keychain (Secret Service on Linux, Keychain on macOS, Credential Manager
// on Windows) through QtKeychain. QtKeychain's insecure plaintext fallback stays off: a missing
// keyring is answered Unavailable and the caller decides what to do (see CredentialVault).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // Tests pass a unique service so they never touch the user's real CallWatch entries.
    explicit KeychainSecretStore(const QString &service = defaultService(), QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    static QString defaultService();
    QString service() const { return m_service; }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    QString m_service;
};

} // namespace callwatch
