#include "credentialvault.h"

#include "logging.h"
#include "memorysecretstore.h"

#include <QMetaObject>
#include <QPointer>

namespace callwatch {

namespace {

// The caller's callback, called only while the caller's context lives. The vault asks its
// stores with itself as context, so it can act on every answer (switching mode, mirroring)
// even when the caller has gone away.
SecretStore::Callback guarded(QObject *context, SecretStore::Callback done)
{
    if (!done)
        return {};
    return [guard = QPointer<QObject>(context), done = std::move(done)](SecretResult result) {
        if (guard)
            done(std::move(result));
    };
}

} // namespace

CredentialVault::CredentialVault(std::unique_ptr<SecretStore> keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain.release())
    , m_memory(new MemorySecretStore(this))
{
    if (m_keychain) {
        m_keychain->setParent(this);
    } else {
        m_memoryOnly = true;
        m_unavailableMessage = tr("No keyring in use: secrets are kept in memory for this session only "
                                  "and will not be saved.");
    }
}

CredentialVault::~CredentialVault() = default;

QString CredentialVault::probeKey()
{
    return QStringLiteral("callwatch-keyring-probe");
}

void CredentialVault::read(const QString &key, QObject *context, Callback done)
{
    if (!context)
        context = this;
    if (m_memoryOnly) {
        m_memory->read(key, context, std::move(done));
        return;
    }
    m_keychain->read(key, this, [this, key, done = guarded(context, std::move(done))](SecretResult result) {
        switch (result.status) {
        case SecretResult::Status::Ok:
            // A value came back, so the keyring works.
            m_verified = true;
            m_memory->write(key, result.value, this, {});
            break;
        case SecretResult::Status::NotFound:
            // The mirror keeps its copy: a backend that broke since can answer NotFound for
            // what it holds, and the copy is what memory-only mode would need.
            break;
        case SecretResult::Status::Unavailable:
            switchToMemoryOnly(result.message);
            m_memory->read(key, this, [message = m_unavailableMessage, done](SecretResult fromMemory) {
                fromMemory.message = message;
                if (done)
                    done(std::move(fromMemory));
            });
            return;
        }
        if (done)
            done(std::move(result));
    });
}

void CredentialVault::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    if (!context)
        context = this;
    if (m_memoryOnly) {
        m_memory->write(key, value, context, std::move(done));
        return;
    }
    m_keychain->write(key, value, this,
                      [this, key, value, done = guarded(context, std::move(done))](SecretResult result) {
                          if (result.status == SecretResult::Status::Unavailable) {
                              switchToMemoryOnly(result.message);
                              result = { SecretResult::Status::Ok, {}, m_unavailableMessage };
                          } else if (result.status == SecretResult::Status::Ok) {
                              m_verified = true;
                          }
                          // Mirrored also after a success, so a later switch to memory-only
                          // mode keeps what this session already saved.
                          if (result.status == SecretResult::Status::Ok)
                              m_memory->write(key, value, this, {});
                          if (done)
                              done(std::move(result));
                      });
}

void CredentialVault::remove(const QString &key, QObject *context, Callback done)
{
    if (!context)
        context = this;
    // The mirror forgets at once: a removed secret (sign-out) must not come back from memory.
    m_memory->remove(key, this, {});
    if (m_memoryOnly) {
        m_memory->remove(key, context, std::move(done));
        return;
    }
    m_keychain->remove(key, this, [this, key, done = guarded(context, std::move(done))](SecretResult result) {
        // Again, in case a read answered in between and mirrored the old value.
        m_memory->remove(key, this, {});
        if (result.status == SecretResult::Status::Unavailable) {
            switchToMemoryOnly(result.message);
            // Gone from memory, and the keychain holds nothing this run could reach.
            result = { SecretResult::Status::Ok, {}, m_unavailableMessage };
        }
        if (done)
            done(std::move(result));
    });
}

void CredentialVault::probe(QObject *context, ProbeCallback done)
{
    if (!context)
        context = this;
    auto finish
        = [guard = QPointer<QObject>(context), done = std::move(done)](bool usable, const QString &message) {
              if (guard && done)
                  done(usable, message);
          };
    if (m_memoryOnly) {
        // The mode holds for the rest of the run; answer from the event loop like the stores do.
        QMetaObject::invokeMethod(
            this, [finish, message = m_unavailableMessage] { finish(false, message); }, Qt::QueuedConnection);
        return;
    }
    // The value is not a secret: it only has to be written.
    m_keychain->write(probeKey(), QStringLiteral("probe"), this, [this, finish](SecretResult written) {
        if (written.status != SecretResult::Status::Ok) {
            if (written.status == SecretResult::Status::Unavailable)
                switchToMemoryOnly(written.message);
            finish(false, m_memoryOnly ? m_unavailableMessage : written.message);
            return;
        }
        m_verified = true;
        m_keychain->remove(probeKey(), this, [finish](SecretResult removed) {
            // A leftover probe entry holds nothing of value; the keyring did take a write.
            if (removed.status != SecretResult::Status::Ok)
                qCWarning(lcKeychain) << "could not delete the keyring probe entry:" << removed.message;
            finish(true, QString());
        });
    });
}

void CredentialVault::switchToMemoryOnly(const QString &reason)
{
    if (m_memoryOnly)
        return;
    m_memoryOnly = true;
    const QString why = reason.trimmed().isEmpty() ? tr("the keyring gave no reason") : reason.trimmed();
    m_unavailableMessage = tr("No usable keyring (%1): secrets are kept in memory for this session only "
                              "and will not be saved.")
                               .arg(why);
    qCWarning(lcKeychain) << "keyring unavailable, keeping secrets in memory for this run:" << why;
    Q_EMIT keyringUnavailable(m_unavailableMessage);
}

} // namespace callwatch
