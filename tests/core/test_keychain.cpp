// The real keychain: a round trip through QtKeychain and the Secret Service (gnome-keyring).
// Tagged [keychain] and run by ctest only through run-with-keyring.sh, which gives it a private
// D-Bus session and a freshly unlocked keyring. Run anywhere else without a usable keyring it
// fails, with a message saying why, rather than passing without having tested anything.

#include "credentialvault.h"
#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QUuid>
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

const char *statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return "Ok";
    case Status::NotFound:
        return "NotFound";
    case Status::Unavailable:
        return "Unavailable";
    }
    return "?";
}

// Waits for one answer, at most `timeoutMs`: a keyring that waits on a password prompt never
// answers, and the test must say so instead of hanging. The context dies on return, so an answer
// that arrives after the timeout touches nothing.
template<typename Start>
std::optional<SecretResult> answerWithin(int timeoutMs, Start start)
{
    QEventLoop loop;
    QObject context;
    std::optional<SecretResult> answer;
    start(&context, [&](SecretResult r) {
        answer = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &context, [&loop] { loop.quit(); });
    if (!answer)
        loop.exec();
    return answer;
}

constexpr int kProbeTimeoutMs = 5000;
constexpr int kStepTimeoutMs = 10000;

const char *const kHowToRun
    = "Run it through tests/core/run-with-keyring.sh (ctest -L keychain does), which starts a "
      "private D-Bus session with an unlocked gnome-keyring.";

// Fails the test unless a Secret Service answers a write within five seconds.
void requireUsableKeyring(KeychainSecretStore &store, const QString &key)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        FAIL("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so there is no keyring to test. "
             << kHowToRun);
    const auto probe = answerWithin(kProbeTimeoutMs, [&](QObject *c, SecretStore::Callback done) {
        store.write(key, QStringLiteral("probe"), c, std::move(done));
    });
    if (!probe)
        FAIL("The keyring did not answer within " << kProbeTimeoutMs / 1000
                                                  << " s: it is probably locked and waiting on a password "
                                                     "prompt nobody can see. "
                                                  << kHowToRun);
    if (probe->status != Status::Ok)
        FAIL("No usable keyring: the probe write answered " << statusName(probe->status) << " \""
                                                            << str(probe->message) << "\". " << kHowToRun);
}

std::optional<SecretResult> read(KeychainSecretStore &store, const QString &key)
{
    return answerWithin(kStepTimeoutMs,
                        [&](QObject *c, SecretStore::Callback done) { store.read(key, c, std::move(done)); });
}

std::optional<SecretResult> write(KeychainSecretStore &store, const QString &key, const QString &value)
{
    return answerWithin(kStepTimeoutMs, [&](QObject *c, SecretStore::Callback done) {
        store.write(key, value, c, std::move(done));
    });
}

std::optional<SecretResult> remove(KeychainSecretStore &store, const QString &key)
{
    return answerWithin(kStepTimeoutMs, [&](QObject *c, SecretStore::Callback done) {
        store.remove(key, c, std::move(done));
    });
}

// A service of its own per run, so the test never meets the user's CallWatch entries nor a
// leftover of an earlier run.
QString uniqueService()
{
    return QStringLiteral("CallWatch-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

TEST_CASE("The keychain store uses the CallWatch service unless told otherwise", "[vault]")
{
    CHECK(str(KeychainSecretStore().service()) == "CallWatch");
    CHECK(str(KeychainSecretStore(QStringLiteral("other")).service()) == "other");
}

TEST_CASE("Secrets round-trip through the real keyring", "[keychain]")
{
    KeychainSecretStore store(uniqueService());
    const QString key = SecretStore::keyFor(QStringLiteral("keychain-test"), SecretKind::Jwt);
    requireUsableKeyring(store, key);

    const QString first = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.first.sig-") + QUuid::createUuid().toString();
    const QString second = QStringLiteral("second value, with ünïcödé and spaces");

    auto written = write(store, key, first);
    REQUIRE(written);
    INFO(str(written->message));
    REQUIRE(written->status == Status::Ok);

    auto back = read(store, key);
    REQUIRE(back);
    CHECK(back->status == Status::Ok);
    CHECK(str(back->value) == str(first));

    written = write(store, key, second); // overwrite
    REQUIRE(written);
    CHECK(written->status == Status::Ok);
    back = read(store, key);
    REQUIRE(back);
    CHECK(back->status == Status::Ok);
    CHECK(str(back->value) == str(second));

    // Another key of the same profile is another entry.
    const QString otherKey = SecretStore::keyFor(QStringLiteral("keychain-test"), SecretKind::ClientSecret);
    back = read(store, otherKey);
    REQUIRE(back);
    CHECK(back->status == Status::NotFound);

    auto removed = remove(store, key);
    REQUIRE(removed);
    CHECK(removed->status == Status::Ok);
    back = read(store, key);
    REQUIRE(back);
    CHECK(back->status == Status::NotFound);
    CHECK(back->value.isEmpty());

    // Removing what is not there is Ok: the wanted state is reached.
    removed = remove(store, key);
    REQUIRE(removed);
    CHECK(removed->status == Status::Ok);
}

TEST_CASE("A vault over the real keyring probes it as usable and stays off memory-only", "[keychain]")
{
    auto owned = std::make_unique<KeychainSecretStore>(uniqueService());
    KeychainSecretStore &store = *owned;
    requireUsableKeyring(store, QStringLiteral("vault-test/jwt"));
    REQUIRE(remove(store, QStringLiteral("vault-test/jwt")));

    CredentialVault vault(std::move(owned));
    int signalled = 0;
    QObject::connect(&vault, &CredentialVault::keyringUnavailable, &vault, [&] { ++signalled; });

    QEventLoop loop;
    std::optional<std::pair<bool, QString>> probe;
    vault.probe(&loop, [&](bool usable, const QString &message) {
        probe.emplace(usable, message);
        loop.quit();
    });
    QTimer::singleShot(kStepTimeoutMs, &loop, [&loop] { loop.quit(); });
    if (!probe)
        loop.exec();
    REQUIRE(probe);
    INFO(str(probe->second));
    CHECK(probe->first);
    CHECK(vault.keychainVerified());
    CHECK_FALSE(vault.memoryOnly());
    CHECK(signalled == 0);

    // The throwaway entry is gone again.
    const auto leftover = read(store, CredentialVault::probeKey());
    REQUIRE(leftover);
    CHECK(leftover->status == Status::NotFound);
}
