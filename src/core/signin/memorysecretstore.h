#pragma once

#include "secretstore.h"

#include <QHash>
#include <QStringList>

namespace callwatch {

// Secrets held in this process only. It answers from the event loop like the real keychain,
// so logic tested against it meets the same ordering; it is also the session-only store used
// when no keyring works.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    // Each operation takes effect at once and is answered later: a read issued after a write
    // sees the written value even before the write's answer arrives, as with QtKeychain's queue.
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    // The keys held (never the values), for tests and diagnostics.
    QStringList keys() const;

private:
    void answer(QObject *context, Callback done, SecretResult result);

    QHash<QString, QString> m_values;
};

} // namespace callwatch
