#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace callwatch {

// The secrets CallWatch keeps for each profile.
enum class SecretKind { Jwt, ClientSecret, RefreshToken };

// The answer to one secret operation. `message` explains an Unavailable answer (it is the
// backend's own words, never the secret); `value` is set only by a successful read.
struct SecretResult
{
    enum class Status { Ok, NotFound, Unavailable };

    Status status = Status::Ok;
    QString value;
    QString message;
};

// Where secrets live. Every operation answers later, from the event loop, through `done`:
// never before the call returns and never through a nested event loop, so callers behave the
// same with the real keychain (D-Bus round trips) and with the in-memory store.
//
// `done` is not called if `context` has been destroyed by then, so a dialog that closes while
// the keyring is still answering is never called back. `context` must live in the store's
// thread; `done` may be empty when the caller does not need the answer.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(SecretResult)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, Callback done) = 0;
    // Removing a key that holds nothing is Ok: the wanted state is reached.
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // `<profile>/jwt`, `<profile>/client-secret`, `<profile>/refresh-token`.
    static QString keyFor(const QString &profile, SecretKind kind);
};

} // namespace callwatch
