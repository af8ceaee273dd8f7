#include "memorysecretstore.h"

#include <QMetaObject>

namespace callwatch {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    const auto it = m_values.constFind(key);
    if (it == m_values.cend())
        answer(context, std::move(done), { SecretResult::Status::NotFound, {}, {} });
    else
        answer(context, std::move(done), { SecretResult::Status::Ok, it.value(), {} });
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    m_values.insert(key, value);
    answer(context, std::move(done), { SecretResult::Status::Ok, {}, {} });
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    m_values.remove(key);
    answer(context, std::move(done), { SecretResult::Status::Ok, {}, {} });
}

QStringList MemorySecretStore::keys() const
{
    return m_values.keys();
}

// A queued call to `context`: Qt drops it if `context` is destroyed before the event loop gets
// to it, which is the promise SecretStore makes.
void MemorySecretStore::answer(QObject *context, Callback done, SecretResult result)
{
    if (!done)
        return;
    QMetaObject::invokeMethod(
        context ? context : this, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

} // namespace callwatch
