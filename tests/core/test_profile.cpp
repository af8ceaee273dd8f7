// Profiles in QSettings: what round-trips, what the defaults are, and that the settings file
// never holds a secret even when the secrets of the same profile are stored next to it.

#include "credentialvault.h"
#include "memorysecretstore.h"
#include "profile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>
#include <string>

using namespace callwatch;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

struct SettingsFile
{
    SettingsFile()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("callwatch.ini"));
    }
    std::unique_ptr<QSettings> open() const
    {
        return std::make_unique<QSettings>(path, QSettings::IniFormat);
    }
    QByteArray contents() const
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_CASE("A profile nobody saved is production with no client id", "[profile]")
{
    SettingsFile file;
    auto settings = file.open();
    const Profile profile = ProfileSettings::load(*settings, QStringLiteral("fresh"));
    CHECK(str(profile.name) == "fresh");
    CHECK(str(profile.serverUrl.toString()) == "https://platform.ringcentral.com");
    CHECK(profile.clientId.isEmpty());
    CHECK(str(Profile().name) == "default");
    CHECK(str(ProfileSettings::load(*settings, QString()).name) == "default");
    CHECK(ProfileSettings::names(*settings).isEmpty());
}

TEST_CASE("Profiles round-trip through an INI file", "[profile]")
{
    SettingsFile file;
    Profile sandbox;
    sandbox.name = QStringLiteral("sandbox");
    sandbox.serverUrl = QUrl(QStringLiteral("https://platform.devtest.ringcentral.com"));
    sandbox.clientId = QStringLiteral("AbC123clientId");
    Profile slashed;
    slashed.name = QStringLiteral("Acme/Sales 100%\\West");
    slashed.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    slashed.clientId = QStringLiteral("other-id");
    {
        auto settings = file.open();
        ProfileSettings::save(*settings, sandbox);
        ProfileSettings::save(*settings, slashed);
        ProfileSettings::save(*settings, Profile());
        settings->sync();
        REQUIRE(settings->status() == QSettings::NoError);
    }

    auto settings = file.open(); // a new instance reads the file, not a cache
    QStringList names = ProfileSettings::names(*settings);
    names.sort();
    CHECK(str(names.join(QLatin1Char('|'))) == "Acme/Sales 100%\\West|default|sandbox");

    const Profile back = ProfileSettings::load(*settings, QStringLiteral("sandbox"));
    CHECK(str(back.name) == "sandbox");
    CHECK(back.serverUrl == sandbox.serverUrl);
    CHECK(str(back.clientId) == "AbC123clientId");

    const Profile backSlashed = ProfileSettings::load(*settings, slashed.name);
    CHECK(str(backSlashed.serverUrl.toString()) == "http://127.0.0.1:8080");
    CHECK(str(backSlashed.clientId) == "other-id");

    CHECK(str(ProfileSettings::load(*settings, QStringLiteral("default")).serverUrl.toString())
          == "https://platform.ringcentral.com");

    // Each profile is one flat group of two keys.
    settings->beginGroup(QStringLiteral("profiles/sandbox"));
    CHECK(str(settings->allKeys().join(QLatin1Char(','))) == "clientId,serverUrl");
    settings->endGroup();
}

TEST_CASE("A server URL that does not parse falls back to production", "[profile]")
{
    SettingsFile file;
    auto settings = file.open();
    settings->setValue(QStringLiteral("profiles/broken/serverUrl"), QStringLiteral("not a url"));
    settings->setValue(QStringLiteral("profiles/broken/clientId"), QStringLiteral("id"));
    const Profile profile = ProfileSettings::load(*settings, QStringLiteral("broken"));
    CHECK(str(profile.serverUrl.toString()) == "https://platform.ringcentral.com");
    CHECK(str(profile.clientId) == "id");
}

TEST_CASE("The settings file never holds a secret", "[profile]")
{
    SettingsFile file;
    Profile profile;
    profile.name = QStringLiteral("acme");
    profile.clientId = QStringLiteral("public-client-id");
    const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.secret-jwt-payload.signature");
    const QString clientSecret = QStringLiteral("client-secret-9f8e7d");
    const QString refreshToken = QStringLiteral("refresh-token-1a2b3c");

    // Sign-in as the app does it: the profile to settings, the secrets to the vault.
    {
        auto settings = file.open();
        ProfileSettings::save(*settings, profile);
        CredentialVault vault(std::make_unique<MemorySecretStore>());
        QObject context;
        int stored = 0;
        const auto count = [&stored](SecretResult r) { stored += r.status == SecretResult::Status::Ok; };
        vault.write(SecretStore::keyFor(profile.name, SecretKind::Jwt), jwt, &context, count);
        vault.write(SecretStore::keyFor(profile.name, SecretKind::ClientSecret), clientSecret, &context,
                    count);
        vault.write(SecretStore::keyFor(profile.name, SecretKind::RefreshToken), refreshToken, &context,
                    count);
        QDeadlineTimer deadline(2000);
        while (stored < 3 && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        REQUIRE(stored == 3);
        settings->sync();
    }

    const QByteArray text = file.contents();
    INFO(text.toStdString());
    CHECK(text.contains("public-client-id"));
    CHECK_FALSE(text.contains(jwt.toUtf8()));
    CHECK_FALSE(text.contains(clientSecret.toUtf8()));
    CHECK_FALSE(text.contains(refreshToken.toUtf8()));
    CHECK_FALSE(text.contains("secret-jwt-payload"));

    auto settings = file.open();
    QStringList keys = settings->allKeys();
    keys.sort();
    CHECK(str(keys.join(QLatin1Char(','))) == "profiles/acme/clientId,profiles/acme/serverUrl");
}
