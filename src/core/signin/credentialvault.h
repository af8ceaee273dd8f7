#pragma once

#include "secretstore.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace callwatch {

class MemorySecretStore;

// Where the rest of the app keeps and finds secrets: the keychain while it works, this
// process's memory for the rest of the run once it does not. Never plaintext on disk.
//
// The first Unavailable answer from the keychain (to a write, read, remove or probe) switches
// the vault to memory-only mode for the rest of the run and emits keyringUnavailable() once,
// with a sentence to show the user. Values the keychain confirmed during the run are mirrored
// in memory, so the switch loses nothing the session already had.
//
// A broken Secret Service backend can answer a read with NotFound (and a remove with Ok): only
// a write tells the truth. So a NotFound read means "nothing saved" only once keychainVerified()
// is true; call probe() at start-up to find out before trusting it.
class CredentialVault : public QObject
{
    Q_OBJECT

public:
    using Callback = SecretStore::Callback;
    using ProbeCallback = std::function<void(bool usable, QString message)>;

    // Takes the keychain store; a null store starts in memory-only mode without a signal, for
    // callers that were told to keep nothing (e.g. `--once` with secrets from the environment).
    explicit CredentialVault(std::unique_ptr<SecretStore> keychain, QObject *parent = nullptr);
    ~CredentialVault() override;

    // As SecretStore: `done` is not called once `context` is destroyed.
    void read(const QString &key, QObject *context, Callback done);
    // Ok also when the keychain failed and the value is kept in memory: memoryOnly() tells,
    // and the result's message carries the user-facing sentence.
    void write(const QString &key, const QString &value, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

    // Writes and deletes a throwaway entry, because reads cannot tell a working keyring from a
    // broken one. `usable` false comes with the user-facing sentence (and memory-only mode).
    void probe(QObject *context, ProbeCallback done);

    bool memoryOnly() const { return m_memoryOnly; }
    // True once a write (or probe) reached the keychain in this run.
    bool keychainVerified() const { return m_verified; }
    // Why secrets are kept in memory only, for the user; empty while the keychain is in use.
    QString unavailableMessage() const { return m_unavailableMessage; }

    // The key of probe()'s throwaway entry; it has no '/', so it never meets a profile's key.
    static QString probeKey();

Q_SIGNALS:
    void keyringUnavailable(const QString &message);

private:
    void switchToMemoryOnly(const QString &reason);

    SecretStore *m_keychain = nullptr; // a child, or null
    MemorySecretStore *m_memory = nullptr;
    bool m_memoryOnly = false;
    bool m_verified = false;
    QString m_unavailableMessage;
};

} // namespace callwatch
