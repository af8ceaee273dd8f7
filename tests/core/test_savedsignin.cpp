// A saved sign-in: what goes to the settings file and what to the keychain, what a change of
// credentials does to the saved refresh token, and that what is saved is what the next start
// loads. Against an in-memory keychain and a settings file of the test's own.

#include "credentialvault.h"
#include "memorysecretstore.h"
#include "profile.h"
#include "savedsignin.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
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

template<typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 2000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

const QString kJwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI2MjI2NDQyNTAxNiJ9.c2lnbmF0dXJlLXZhbHVl");
const QString kSecret = QStringLiteral("s3cr3t-client-value");

Credentials workCredentials()
{
    return { QUrl(QStringLiteral("https://platform.example.com")), QStringLiteral("client-123"), kSecret,
             kJwt };
}

// A profile's settings file and keychain, as the app has them.
struct ProfileStore
{
    explicit ProfileStore(std::unique_ptr<SecretStore> keychain = std::make_unique<MemorySecretStore>())
        : path(dir.filePath(QStringLiteral("callwatch.ini")))
        , settings(path, QSettings::IniFormat)
        , vault(std::move(keychain))
    {
        REQUIRE(dir.isValid());
    }

    std::pair<bool, QString> save(const Credentials &credentials, const Credentials &replaced = {})
    {
        std::optional<std::pair<bool, QString>> answer;
        QObject context;
        SavedSignIn::save(vault, settings, QStringLiteral("work"), credentials, replaced, &context,
                          [&](bool saved, const QString &problem) { answer.emplace(saved, problem); });
        REQUIRE(waitUntil([&] { return answer.has_value(); }));
        return *answer;
    }

    std::pair<SavedSignIn, QString> load()
    {
        std::optional<std::pair<SavedSignIn, QString>> answer;
        QObject context;
        SavedSignIn::load(
            vault, settings, QStringLiteral("work"), &context,
            [&](const SavedSignIn &saved, const QString &problem) { answer.emplace(saved, problem); });
        REQUIRE(waitUntil([&] { return answer.has_value(); }));
        return *answer;
    }

    SecretResult read(SecretKind kind)
    {
        std::optional<SecretResult> answer;
        QObject context;
        vault.read(SecretStore::keyFor(QStringLiteral("work"), kind), &context,
                   [&](SecretResult r) { answer = std::move(r); });
        REQUIRE(waitUntil([&] { return answer.has_value(); }));
        return *answer;
    }

    void write(SecretKind kind, const QString &value)
    {
        bool done = false;
        QObject context;
        vault.write(SecretStore::keyFor(QStringLiteral("work"), kind), value, &context,
                    [&](SecretResult) { done = true; });
        REQUIRE(waitUntil([&] { return done; }));
    }

    QByteArray onDisk() const
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    QTemporaryDir dir;
    QString path;
    QSettings settings;
    CredentialVault vault;
};

} // namespace

TEST_CASE("A saved sign-in puts the secrets in the keychain and the rest in the settings", "[savedsignin]")
{
    ProfileStore store;
    const auto [saved, problem] = store.save(workCredentials());
    CHECK(saved);
    CHECK(problem.isEmpty());

    const Profile profile = ProfileSettings::load(store.settings, QStringLiteral("work"));
    CHECK(profile.serverUrl == QUrl(QStringLiteral("https://platform.example.com")));
    CHECK(str(profile.clientId) == "client-123");
    CHECK(store.read(SecretKind::Jwt).value == kJwt);
    CHECK(store.read(SecretKind::ClientSecret).value == kSecret);

    // Saved before done() is called, so a crash right after loses nothing of it.
    const QByteArray onDisk = store.onDisk();
    CHECK(onDisk.contains("client-123"));
    CHECK_FALSE(onDisk.contains(kSecret.toUtf8()));
    CHECK_FALSE(onDisk.contains(kJwt.toUtf8()));
    CHECK_FALSE(onDisk.contains("c2lnbmF0dXJl"));

    // The next start signs in with exactly this.
    const auto [loaded, loadProblem] = store.load();
    CHECK(loadProblem.isEmpty());
    CHECK(loaded.credentials.server == workCredentials().server);
    CHECK(loaded.credentials.clientId == workCredentials().clientId);
    CHECK(loaded.credentials.clientSecret == kSecret);
    CHECK(loaded.credentials.jwt == kJwt);
    CHECK(loaded.refreshToken.isEmpty());
}

TEST_CASE("New credentials remove the saved refresh token; the same ones keep it", "[savedsignin]")
{
    ProfileStore store;
    REQUIRE(store.save(workCredentials()).first);
    store.write(SecretKind::RefreshToken, QStringLiteral("refresh-of-the-first-user"));

    SECTION("saved again unchanged: the session continues")
    {
        REQUIRE(store.save(workCredentials(), workCredentials()).first);
        CHECK(store.read(SecretKind::RefreshToken).value == QStringLiteral("refresh-of-the-first-user"));
    }

    // A refresh token is tried before the JWT: kept, it would sign in as the old user or app.
    SECTION("another JWT")
    {
        Credentials other = workCredentials();
        other.jwt = QStringLiteral("aaa.bbb.ccc");
        REQUIRE(store.save(other, workCredentials()).first);
        CHECK(store.read(SecretKind::RefreshToken).status == Status::NotFound);
        CHECK(store.load().first.credentials.jwt == QStringLiteral("aaa.bbb.ccc"));
    }
    SECTION("another server")
    {
        Credentials other = workCredentials();
        other.server = QUrl(QStringLiteral("https://platform.devtest.ringcentral.com"));
        REQUIRE(store.save(other, workCredentials()).first);
        CHECK(store.read(SecretKind::RefreshToken).status == Status::NotFound);
    }
    SECTION("another client id")
    {
        Credentials other = workCredentials();
        other.clientId = QStringLiteral("client-456");
        REQUIRE(store.save(other, workCredentials()).first);
        CHECK(store.read(SecretKind::RefreshToken).status == Status::NotFound);
    }
    SECTION("another client secret")
    {
        Credentials other = workCredentials();
        other.clientSecret = QStringLiteral("rotated-secret");
        REQUIRE(store.save(other, workCredentials()).first);
        CHECK(store.read(SecretKind::RefreshToken).status == Status::NotFound);
    }
    SECTION("nothing known about what was saved before")
    {
        REQUIRE(store.save(workCredentials()).first);
        CHECK(store.read(SecretKind::RefreshToken).status == Status::NotFound);
    }
}

TEST_CASE("A public app's empty client secret removes a saved one", "[savedsignin]")
{
    ProfileStore store;
    REQUIRE(store.save(workCredentials()).first);
    Credentials publicApp = workCredentials();
    publicApp.clientSecret.clear();
    REQUIRE(store.save(publicApp, workCredentials()).first);
    CHECK(store.read(SecretKind::ClientSecret).status == Status::NotFound);
    CHECK(store.load().first.credentials.clientSecret.isEmpty());
}

TEST_CASE("Without a keyring the sign-in is saved for this run only, and the vault says so", "[savedsignin]")
{
    ProfileStore store(nullptr);
    const auto [saved, problem] = store.save(workCredentials());
    CHECK(saved);
    CHECK(store.vault.memoryOnly());
    CHECK_FALSE(store.vault.unavailableMessage().isEmpty());
    CHECK(store.load().first.credentials.jwt == kJwt);
    CHECK_FALSE(store.onDisk().contains(kJwt.toUtf8()));
}

TEST_CASE("A rotated refresh token is kept for the next start; an empty one is forgotten", "[savedsignin]")
{
    ProfileStore store;
    REQUIRE(store.save(workCredentials()).first);
    std::optional<SecretResult> written;
    QObject context;
    SavedSignIn::saveRefreshToken(store.vault, QStringLiteral("work"), QStringLiteral("rotated-1"), &context,
                                  [&](SecretResult r) { written = std::move(r); });
    REQUIRE(waitUntil([&] { return written.has_value(); }));
    CHECK(written->status == Status::Ok);
    CHECK(store.load().first.refreshToken == QStringLiteral("rotated-1"));
    CHECK_FALSE(store.onDisk().contains("rotated-1"));

    // Refused or revoked: the next start signs in with the JWT.
    bool removed = false;
    SavedSignIn::saveRefreshToken(store.vault, QStringLiteral("work"), QString(), &context,
                                  [&](SecretResult) { removed = true; });
    REQUIRE(waitUntil([&] { return removed; }));
    CHECK(store.read(SecretKind::RefreshToken).status == Status::NotFound);
    CHECK(store.load().first.refreshToken.isEmpty());
}
