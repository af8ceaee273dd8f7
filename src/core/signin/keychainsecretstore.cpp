#include "keychainsecretstore.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

namespace callwatch {

namespace {

enum class Operation { Read, Write, Remove };

const char *operationName(Operation op)
{
    switch (op) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

// QtKeychain's error codes in the three answers the app acts on. Everything but "no entry" means
// the keyring cannot be used right now, so the user gets the backend's own explanation.
SecretResult resultOf(const QKeychain::Job &job, Operation op)
{
    SecretResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        // Deleting what is not there reaches the wanted state.
        result.status = op == Operation::Remove ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default: // a code newer than this file is still a failure, never a silent success
        result.status = SecretResult::Status::Unavailable;
        result.message = job.errorString();
        break;
    }

    // The key names a profile and a kind of secret; the value is never logged.
    if (result.status == SecretResult::Status::Unavailable)
        qCWarning(lcKeychain).nospace()
            << operationName(op) << ' ' << job.key() << ": error " << job.error() << ' ' << job.errorString();
    else
        qCDebug(lcKeychain).nospace() << operationName(op) << ' ' << job.key() << ": error " << job.error();
    return result;
}

// Every job deletes itself once finished and never falls back to plaintext QSettings.
void prepare(QKeychain::Job *job, const QString &key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral("CallWatch");
}

// Jobs have no parent: a job is deleted by QtKeychain once it has finished, and deleting one that
// is still waiting on the backend (for example with the store) is not something QtKeychain
// supports. The answer reaches `done` through a connection to `context`, which Qt cuts if
// `context` goes away first.

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, context ? context : this,
            [job, done = std::move(done)](QKeychain::Job *) {
                SecretResult result = resultOf(*job, Operation::Read);
                if (result.status == SecretResult::Status::Ok)
                    result.value = job->textData();
                if (done)
                    done(std::move(result));
            });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    prepare(job, key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, context ? context : this,
            [job, done = std::move(done)](QKeychain::Job *) {
                SecretResult result = resultOf(*job, Operation::Write);
                if (done)
                    done(std::move(result));
            });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, context ? context : this,
            [job, done = std::move(done)](QKeychain::Job *) {
                SecretResult result = resultOf(*job, Operation::Remove);
                if (done)
                    done(std::move(result));
            });
    job->start();
}

} // namespace callwatch
