// CredentialVault's logic against in-memory stores: the keychain working, failing outright, and
// failing the way a broken Secret Service does (reads answer "not found", only writes fail).

#include "credentialvault.h"
#include "memorysecretstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <catch2/catch.hpp>
#include <memory>
#include <optional>
#include <string>

using namespace callwatch;
using Status = SecretResult::Status;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

// Runs the event loop until `done()` or two seconds have passed; the stores answer queued.
template<typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 2000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// Starts one operation with a context that dies with this call, and returns its answer.
template<typename Start>
SecretResult answerOf(Start start)
{
    QObject context;
    std::optional<SecretResult> answer;
    start(&context, [&answer](SecretResult r) { answer = std::move(r); });
    REQUIRE(waitUntil([&] { return answer.has_value(); }));
    return *answer;
}

SecretResult readFrom(CredentialVault &vault, const QString &key)
{
    return answerOf([&](QObject *c, SecretStore::Callback done) { vault.read(key, c, std::move(done)); });
}

SecretResult writeTo(CredentialVault &vault, const QString &key, const QString &value)
{
    return answerOf(
        [&](QObject *c, SecretStore::Callback done) { vault.write(key, value, c, std::move(done)); });
}

SecretResult removeFrom(CredentialVault &vault, const QString &key)
{
    return answerOf([&](QObject *c, SecretStore::Callback done) { vault.remove(key, c, std::move(done)); });
}

std::pair<bool, QString> probe(CredentialVault &vault)
{
    QObject context;
    std::optional<std::pair<bool, QString>> answer;
    vault.probe(&context,
                [&answer](bool usable, const QString &message) { answer.emplace(usable, message); });
    REQUIRE(waitUntil([&] { return answer.has_value(); }));
    return *answer;
}

const QString kReason
    = QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");

// A keychain that works (delegating to memory) until broken, then fails like a real one: every
// operation Unavailable, or, with `readsLie`, only writes, while reads say "not found" and
// removes say Ok (what the Secret Service backend does). It counts the calls it gets, so a test
// can see that nothing reaches it any more.
class BrokenKeyring : public SecretStore
{
public:
    enum class Mode { Works, FailsEverything, ReadsLie };

    explicit BrokenKeyring(Mode mode)
        : m_mode(mode)
    {
    }

    void read(const QString &key, QObject *context, Callback done) override
    {
        ++reads;
        if (m_mode == Mode::Works)
            return m_backing.read(key, context, std::move(done));
        answer(context, std::move(done), m_mode == Mode::ReadsLie ? Status::NotFound : Status::Unavailable);
    }
    void write(const QString &key, const QString &value, QObject *context, Callback done) override
    {
        ++writes;
        if (m_mode == Mode::Works)
            return m_backing.write(key, value, context, std::move(done));
        answer(context, std::move(done), Status::Unavailable);
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        ++removes;
        if (m_mode == Mode::Works)
            return m_backing.remove(key, context, std::move(done));
        answer(context, std::move(done), m_mode == Mode::ReadsLie ? Status::Ok : Status::Unavailable);
    }

    void breakNow(Mode mode) { m_mode = mode; }
    QStringList keys() const { return m_backing.keys(); }
    int calls() const { return reads + writes + removes; }

    int reads = 0;
    int writes = 0;
    int removes = 0;

private:
    void answer(QObject *context, Callback done, Status status)
    {
        SecretResult result { status, {}, status == Status::Unavailable ? kReason : QString() };
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
    }

    Mode m_mode;
    MemorySecretStore m_backing;
};

struct VaultFixture
{
    explicit VaultFixture(BrokenKeyring::Mode mode)
    {
        auto store = std::make_unique<BrokenKeyring>(mode);
        keyring = store.get();
        vault = std::make_unique<CredentialVault>(std::move(store));
        QObject::connect(vault.get(), &CredentialVault::keyringUnavailable, vault.get(),
                         [this](const QString &message) { emitted.append(message); });
    }

    BrokenKeyring *keyring = nullptr; // owned by the vault
    std::unique_ptr<CredentialVault> vault;
    QStringList emitted;
};

// Files under the places a careless fallback would write (QSettings, app data, cache) that changed
// since `since` and hold `needle`.
QStringList filesHolding(const QByteArray &needle, const QDateTime &since)
{
    QStringList found;
    const QStandardPaths::StandardLocation places[]
        = { QStandardPaths::GenericConfigLocation, QStandardPaths::AppDataLocation,
            QStandardPaths::CacheLocation };
    for (const auto place : places) {
        const QString root = QStandardPaths::writableLocation(place);
        if (root.isEmpty())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (it.fileInfo().lastModified() < since || it.fileInfo().size() > 16 * 1024 * 1024)
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found.append(path);
        }
    }
    return found;
}

} // namespace

TEST_CASE("SecretStore::keyFor names one entry per profile and kind", "[vault]")
{
    CHECK(str(SecretStore::keyFor(QStringLiteral("default"), SecretKind::Jwt)) == "default/jwt");
    CHECK(str(SecretStore::keyFor(QStringLiteral("acme"), SecretKind::ClientSecret)) == "acme/client-secret");
    CHECK(str(SecretStore::keyFor(QStringLiteral("acme"), SecretKind::RefreshToken)) == "acme/refresh-token");
    CHECK_FALSE(CredentialVault::probeKey().contains(QLatin1Char('/')));
}

TEST_CASE("MemorySecretStore answers from the event loop, not during the call", "[vault]")
{
    MemorySecretStore store;
    QObject context;
    bool answered = false;
    store.write(QStringLiteral("k"), QStringLiteral("v"), &context, [&](SecretResult) { answered = true; });
    CHECK_FALSE(answered);
    REQUIRE(waitUntil([&] { return answered; }));

    std::optional<SecretResult> read;
    store.read(QStringLiteral("k"), &context, [&](SecretResult r) { read = r; });
    REQUIRE(waitUntil([&] { return read.has_value(); }));
    CHECK(read->status == Status::Ok);
    CHECK(str(read->value) == "v");
    CHECK(store.keys() == QStringList { QStringLiteral("k") });
}

TEST_CASE("A destroyed context is never called back", "[vault]")
{
    VaultFixture f(BrokenKeyring::Mode::FailsEverything);
    MemorySecretStore store;
    int calls = 0;
    {
        QObject context;
        store.read(QStringLiteral("k"), &context, [&](SecretResult) { ++calls; });
        f.vault->write(QStringLiteral("k"), QStringLiteral("v"), &context, [&](SecretResult) { ++calls; });
        f.vault->probe(&context, [&](bool, const QString &) { ++calls; });
    }
    // The vault still acts on the keyring's answer: only the caller's callback is dropped.
    REQUIRE(waitUntil([&] { return f.vault->memoryOnly(); }));
    QCoreApplication::processEvents();
    CHECK(calls == 0);
}

TEST_CASE("With a working keychain the vault writes, reads and removes there", "[vault]")
{
    VaultFixture f(BrokenKeyring::Mode::Works);
    const QString key = SecretStore::keyFor(QStringLiteral("default"), SecretKind::Jwt);

    CHECK_FALSE(f.vault->keychainVerified());
    CHECK(writeTo(*f.vault, key, QStringLiteral("eyJ.jwt")).status == Status::Ok);
    CHECK(f.vault->keychainVerified());
    CHECK(f.keyring->keys() == QStringList { key });

    const SecretResult read = readFrom(*f.vault, key);
    CHECK(read.status == Status::Ok);
    CHECK(str(read.value) == "eyJ.jwt");

    CHECK(removeFrom(*f.vault, key).status == Status::Ok);
    CHECK(readFrom(*f.vault, key).status == Status::NotFound);
    CHECK(f.keyring->keys().isEmpty());
    CHECK_FALSE(f.vault->memoryOnly());
    CHECK(f.emitted.isEmpty());
}

TEST_CASE("A write the keychain cannot take switches the vault to memory only", "[vault]")
{
    const QDateTime started = QDateTime::currentDateTime().addSecs(-1);
    VaultFixture f(BrokenKeyring::Mode::FailsEverything);
    const QString jwtKey = SecretStore::keyFor(QStringLiteral("default"), SecretKind::Jwt);
    const QString secretKey = SecretStore::keyFor(QStringLiteral("default"), SecretKind::ClientSecret);
    const QString jwt
        = QStringLiteral("eyJ-memory-only-") + QString::number(QDateTime::currentMSecsSinceEpoch());

    const SecretResult written = writeTo(*f.vault, jwtKey, jwt);
    INFO(str(written.message));
    CHECK(written.status == Status::Ok); // kept, in memory
    CHECK(f.vault->memoryOnly());
    CHECK_FALSE(f.vault->keychainVerified());
    CHECK(f.keyring->writes == 1);

    REQUIRE(f.emitted.size() == 1);
    const QString message = f.emitted.first();
    CHECK(message.contains(kReason));
    CHECK(message.contains(QLatin1String("memory")));
    CHECK(message.contains(QLatin1String("will not be saved")));
    CHECK(str(written.message) == str(message));
    CHECK(str(f.vault->unavailableMessage()) == str(message));

    // Everything after goes to memory: the keyring hears nothing more, the signal stays single.
    CHECK(writeTo(*f.vault, secretKey, QStringLiteral("client-secret-value")).status == Status::Ok);
    const SecretResult jwtBack = readFrom(*f.vault, jwtKey);
    CHECK(jwtBack.status == Status::Ok);
    CHECK(str(jwtBack.value) == str(jwt));
    CHECK(str(readFrom(*f.vault, secretKey).value) == "client-secret-value");
    CHECK(readFrom(*f.vault, SecretStore::keyFor(QStringLiteral("default"), SecretKind::RefreshToken)).status
          == Status::NotFound);
    CHECK(removeFrom(*f.vault, secretKey).status == Status::Ok);
    CHECK(readFrom(*f.vault, secretKey).status == Status::NotFound);
    const auto [usable, probeMessage] = probe(*f.vault);
    CHECK_FALSE(usable);
    CHECK(str(probeMessage) == str(message));

    CHECK(f.keyring->calls() == 1);
    CHECK(f.emitted.size() == 1);

    // No plaintext fallback: the secret reached no settings, data or cache file.
    const QStringList leaked = filesHolding(jwt.toUtf8(), started);
    INFO("files holding the secret: " << str(leaked.join(QStringLiteral(", "))));
    CHECK(leaked.isEmpty());
}

TEST_CASE("An unavailable read also switches to memory only, once", "[vault]")
{
    VaultFixture f(BrokenKeyring::Mode::FailsEverything);
    const SecretResult first = readFrom(*f.vault, QStringLiteral("default/jwt"));
    CHECK(first.status == Status::NotFound); // nothing in memory yet
    CHECK(first.message.contains(kReason));
    CHECK(f.vault->memoryOnly());
    readFrom(*f.vault, QStringLiteral("default/jwt"));
    writeTo(*f.vault, QStringLiteral("default/jwt"), QStringLiteral("v"));
    CHECK(f.keyring->calls() == 1);
    CHECK(f.emitted.size() == 1);
}

TEST_CASE("Two writes in flight when the keyring fails give one signal and keep both values", "[vault]")
{
    VaultFixture f(BrokenKeyring::Mode::FailsEverything);
    QObject context;
    int answers = 0;
    f.vault->write(QStringLiteral("a/jwt"), QStringLiteral("1"), &context, [&](SecretResult) { ++answers; });
    f.vault->write(QStringLiteral("b/jwt"), QStringLiteral("2"), &context, [&](SecretResult) { ++answers; });
    REQUIRE(waitUntil([&] { return answers == 2; }));
    CHECK(f.emitted.size() == 1);
    CHECK(str(readFrom(*f.vault, QStringLiteral("a/jwt")).value) == "1");
    CHECK(str(readFrom(*f.vault, QStringLiteral("b/jwt")).value) == "2");
}

TEST_CASE("On a broken backend reads say 'not found' until a probe tells the truth", "[vault]")
{
    VaultFixture f(BrokenKeyring::Mode::ReadsLie);
    const SecretResult read = readFrom(*f.vault, QStringLiteral("default/jwt"));
    CHECK(read.status == Status::NotFound);
    // Not yet known to be broken, and not known to work either: NotFound proves nothing yet.
    CHECK_FALSE(f.vault->memoryOnly());
    CHECK_FALSE(f.vault->keychainVerified());
    CHECK(f.emitted.isEmpty());

    const auto [usable, message] = probe(*f.vault);
    CHECK_FALSE(usable);
    CHECK(message.contains(kReason));
    CHECK(f.vault->memoryOnly());
    CHECK(f.emitted.size() == 1);
}

TEST_CASE("A probe of a working keychain leaves nothing behind", "[vault]")
{
    VaultFixture f(BrokenKeyring::Mode::Works);
    const auto [usable, message] = probe(*f.vault);
    CHECK(usable);
    CHECK(message.isEmpty());
    CHECK(f.vault->keychainVerified());
    CHECK_FALSE(f.vault->memoryOnly());
    CHECK(f.keyring->writes == 1);
    CHECK(f.keyring->removes == 1);
    CHECK(f.keyring->keys().isEmpty());
}

TEST_CASE("Secrets saved before the keyring broke stay available in memory", "[vault]")
{
    VaultFixture f(BrokenKeyring::Mode::Works);
    REQUIRE(writeTo(*f.vault, QStringLiteral("default/jwt"), QStringLiteral("saved-jwt")).status
            == Status::Ok);
    REQUIRE(writeTo(*f.vault, QStringLiteral("default/refresh-token"), QStringLiteral("old")).status
            == Status::Ok);
    REQUIRE(removeFrom(*f.vault, QStringLiteral("default/refresh-token")).status == Status::Ok);

    f.keyring->breakNow(BrokenKeyring::Mode::FailsEverything);
    CHECK(writeTo(*f.vault, QStringLiteral("default/client-secret"), QStringLiteral("cs")).status
          == Status::Ok);
    CHECK(f.vault->memoryOnly());
    CHECK(f.emitted.size() == 1);

    CHECK(str(readFrom(*f.vault, QStringLiteral("default/jwt")).value) == "saved-jwt");
    CHECK(str(readFrom(*f.vault, QStringLiteral("default/client-secret")).value) == "cs");
    // A removed secret does not come back from the mirror.
    CHECK(readFrom(*f.vault, QStringLiteral("default/refresh-token")).status == Status::NotFound);
}

TEST_CASE("A vault without a keychain keeps secrets in memory without a signal", "[vault]")
{
    CredentialVault vault(nullptr);
    int signalled = 0;
    QObject::connect(&vault, &CredentialVault::keyringUnavailable, &vault, [&] { ++signalled; });
    CHECK(vault.memoryOnly());
    CHECK(writeTo(vault, QStringLiteral("default/jwt"), QStringLiteral("v")).status == Status::Ok);
    CHECK(str(readFrom(vault, QStringLiteral("default/jwt")).value) == "v");
    const auto [usable, message] = probe(vault);
    CHECK_FALSE(usable);
    CHECK_FALSE(message.isEmpty());
    CHECK(signalled == 0);
}
