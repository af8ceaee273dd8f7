// The sign-in dialog as a user meets it: messages next to the fields while typing, a Sign in
// button that waits for valid input, a connection test against the simulator, secrets saved to
// the keychain (never to the settings file), and the way out to the demo.
#include "signindialog.h"

#include "../simclockadapter.h"
#include "clock.h"
#include "connectiontest.h"
#include "credentialvault.h"
#include "memorysecretstore.h"
#include "profile.h"
#include "secretstore.h"
#include "simserver.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

#include <optional>
#include <set>

using namespace callwatch;

using callwatch::test::SimClockAdapter;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

// A dialog over an in-memory keychain and a settings file of its own, shown offscreen.
struct DialogFixture
{
    explicit DialogFixture(const Clock &clock,
                           std::unique_ptr<SecretStore> store = std::make_unique<MemorySecretStore>())
        : settingsPath(dir.filePath(QStringLiteral("callwatch.ini")))
        , settings(settingsPath, QSettings::IniFormat)
        , vault(std::move(store))
        , dialog(vault, settings, clock)
    {
        REQUIRE(dir.isValid());
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
    }

    // Widgets are found the way assistive technology finds them: by accessible name.
    template<class T>
    T *control(const QString &accessibleName)
    {
        T *found = nullptr;
        for (T *w : dialog.findChildren<T *>()) {
            if (w->accessibleName() == accessibleName) {
                REQUIRE(found == nullptr);
                found = w;
            }
        }
        INFO("no control named " << str(accessibleName));
        REQUIRE(found != nullptr);
        return found;
    }
    QComboBox *server() { return control<QComboBox>(QStringLiteral("Server")); }
    QLineEdit *customUrl() { return control<QLineEdit>(QStringLiteral("Custom server URL")); }
    QLineEdit *clientId() { return control<QLineEdit>(QStringLiteral("Client ID")); }
    QLineEdit *clientSecret() { return control<QLineEdit>(QStringLiteral("Client secret")); }
    QLineEdit *jwt() { return control<QLineEdit>(QStringLiteral("JWT credential")); }
    QLabel *serverProblem() { return control<QLabel>(QStringLiteral("Server URL problem")); }
    QLabel *clientIdProblem() { return control<QLabel>(QStringLiteral("Client ID problem")); }
    QLabel *jwtProblem() { return control<QLabel>(QStringLiteral("JWT credential problem")); }
    QLabel *result() { return control<QLabel>(QStringLiteral("Connection test result")); }
    QPushButton *testButton() { return control<QPushButton>(QStringLiteral("Test connection")); }
    QPushButton *demoButton() { return control<QPushButton>(QStringLiteral("Try the demo")); }
    QPushButton *signInButton() { return control<QPushButton>(QStringLiteral("Sign in")); }
    QPushButton *cancelButton() { return control<QPushButton>(QStringLiteral("Cancel")); }

    // Picks "Custom URL…" with the keyboard, as a user would.
    void chooseCustomServer()
    {
        server()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(server(), Qt::Key_Down);
        REQUIRE(server()->currentIndex() == 1);
        REQUIRE(customUrl()->isVisible());
        REQUIRE(customUrl()->hasFocus());
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus(Qt::TabFocusReason);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    void fillIn(const QUrl &serverUrl, const QString &id, const QString &secret, const QString &jwtText)
    {
        chooseCustomServer();
        retype(customUrl(), serverUrl.toString());
        retype(clientId(), id);
        retype(clientSecret(), secret);
        retype(jwt(), jwtText);
    }

    QTemporaryDir dir;
    QString settingsPath;
    QSettings settings;
    CredentialVault vault;
    SignInDialog dialog;
};

// The problem label sits right below its field, and the field carries it for screen readers.
void requireProblemBelow(QLabel *problem, QLineEdit *field, const QString &expected)
{
    INFO("message: " << str(problem->text()));
    REQUIRE(problem->isVisible());
    CHECK(problem->text().contains(expected));
    CHECK(field->accessibleDescription() == problem->text());
    QWidget *window = field->window();
    const QRect f(field->mapTo(window, QPoint(0, 0)), field->size());
    const QRect p(problem->mapTo(window, QPoint(0, 0)), problem->size());
    CHECK(p.top() >= f.bottom());
    CHECK(p.top() - f.bottom() < 2 * f.height());
    CHECK(p.left() == f.left());
}

std::optional<SecretResult> readSecret(CredentialVault &vault, const QString &key)
{
    std::optional<SecretResult> answer;
    QObject context;
    vault.read(key, &context, [&answer](SecretResult r) { answer = std::move(r); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
        return std::nullopt;
    return answer;
}

// Abandoned connection tests still giving back their session (they belong to the application).
int pendingConnectionTests()
{
    return int(qApp->findChildren<ConnectionTest *>(QString(), Qt::FindDirectChildrenOnly).size());
}

sim::SimOptions realTimeOptions()
{
    sim::SimOptions o;
    o.speed = 1;
    return o;
}

} // namespace

TEST_CASE("Sign-in dialog: bad input shows its message next to the field and keeps Sign in disabled",
          "[signin]")
{
    SystemClock clock;
    DialogFixture f(clock);
    QPushButton *signIn = f.signInButton();
    REQUIRE_FALSE(signIn->isEnabled());
    REQUIRE_FALSE(f.testButton()->isEnabled());
    // Untouched fields do not nag.
    CHECK_FALSE(f.clientIdProblem()->isVisible());
    CHECK_FALSE(f.jwtProblem()->isVisible());
    CHECK_FALSE(f.customUrl()->isVisible());

    f.chooseCustomServer();
    QTest::keyClicks(f.customUrl(), QStringLiteral("http://example.com"));
    requireProblemBelow(f.serverProblem(), f.customUrl(), QStringLiteral("must start with https://"));
    CHECK_FALSE(signIn->isEnabled());

    DialogFixture::retype(f.customUrl(), QStringLiteral("not a url"));
    requireProblemBelow(f.serverProblem(), f.customUrl(), QStringLiteral("not a valid URL"));
    CHECK_FALSE(signIn->isEnabled());

    // Credentials in the URL would end up in the settings file.
    DialogFixture::retype(f.customUrl(), QStringLiteral("https://me:pw@platform.example.com"));
    requireProblemBelow(f.serverProblem(), f.customUrl(), QStringLiteral("user name and password"));

    // Plain http:// is fine for this computer (the simulator).
    DialogFixture::retype(f.customUrl(), QStringLiteral("http://127.0.0.1:8080"));
    CHECK_FALSE(f.serverProblem()->isVisible());
    CHECK(f.customUrl()->accessibleDescription().isEmpty());

    // Leaving the client id empty (Tab out of it) says it is needed.
    f.clientId()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(f.clientId(), Qt::Key_Tab);
    REQUIRE(f.clientSecret()->hasFocus());
    requireProblemBelow(f.clientIdProblem(), f.clientId(), QStringLiteral("client ID"));

    QTest::keyClicks(f.clientId(), QStringLiteral("my-app-client-id"));
    CHECK_FALSE(f.clientIdProblem()->isVisible());

    QTest::keyClicks(f.jwt(), QStringLiteral("abc"));
    requireProblemBelow(f.jwtProblem(), f.jwt(), QStringLiteral("does not look like a JWT"));
    CHECK_FALSE(signIn->isEnabled());
    DialogFixture::retype(f.jwt(), QStringLiteral("abc.def."));
    CHECK(f.jwtProblem()->isVisible());
    DialogFixture::retype(f.jwt(), QStringLiteral("a+b.c.d"));
    CHECK(f.jwtProblem()->isVisible());

    // Good input: messages gone, both buttons usable; the client secret may stay empty.
    DialogFixture::retype(f.jwt(), QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"));
    CHECK_FALSE(f.jwtProblem()->isVisible());
    CHECK(f.clientSecret()->text().isEmpty());
    CHECK(signIn->isEnabled());
    CHECK(f.testButton()->isEnabled());
    // The hint says why an empty client secret is fine.
    CHECK(f.control<QLabel>(QStringLiteral("Client secret hint"))
              ->text()
              .contains(QStringLiteral("public app")));

    // Back to a bad value: disabled again.
    DialogFixture::retype(f.customUrl(), QStringLiteral("http://example.com"));
    CHECK_FALSE(signIn->isEnabled());
    // Choosing production makes the custom URL irrelevant.
    f.server()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(f.server(), Qt::Key_Up);
    CHECK_FALSE(f.customUrl()->isVisible());
    CHECK_FALSE(f.serverProblem()->isVisible());
    CHECK(signIn->isEnabled());
    CHECK(f.dialog.credentials().server == QUrl(QStringLiteral("https://platform.ringcentral.com")));
}

TEST_CASE("Sign-in dialog: secrets are hidden until shown, and every control is keyboard-reachable and named",
          "[signin]")
{
    SystemClock clock;
    DialogFixture f(clock);
    QLineEdit *secret = f.clientSecret();
    QLineEdit *jwt = f.jwt();
    CHECK(secret->echoMode() == QLineEdit::Password);
    CHECK(jwt->echoMode() == QLineEdit::Password);

    // The toggle works from the keyboard through its mnemonic.
    // (A button's shortcut clicks it after a short animation, hence the waits.)
    QTest::keyClick(&f.dialog, Qt::Key_W, Qt::AltModifier);
    CHECK(QTest::qWaitFor([&] { return secret->echoMode() == QLineEdit::Normal; }, 2000));
    QTest::keyClick(&f.dialog, Qt::Key_W, Qt::AltModifier);
    CHECK(QTest::qWaitFor([&] { return secret->echoMode() == QLineEdit::Password; }, 2000));
    f.control<QToolButton>(QStringLiteral("Show JWT credential"))->click();
    CHECK(jwt->echoMode() == QLineEdit::Normal);

    // Label mnemonics move to their fields.
    QTest::keyClick(&f.dialog, Qt::Key_J, Qt::AltModifier);
    CHECK(jwt->hasFocus());
    QTest::keyClick(&f.dialog, Qt::Key_I, Qt::AltModifier);
    CHECK(f.clientId()->hasFocus());

    std::set<QChar> mnemonics;
    for (QWidget *w : f.dialog.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&f.dialog))
            continue;
        if (w->focusPolicy() & Qt::TabFocus) {
            INFO(w->metaObject()->className() << " " << str(w->objectName()));
            CHECK_FALSE(w->accessibleName().isEmpty());
        }
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            text = label->text();
            if (text.contains(QLatin1Char('&'))) {
                INFO(str(text));
                CHECK(label->buddy() != nullptr);
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            text = button->text();
        }
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp >= 0 && amp + 1 < text.size()) {
            INFO("mnemonic used twice: " << str(text));
            CHECK(mnemonics.insert(text.at(amp + 1).toLower()).second);
        }
    }
    CHECK(mnemonics.size() >= 8);
}

TEST_CASE("Sign-in dialog: Test connection reports who signed in and what they may read", "[signin][sim]")
{
    sim::SimServer server(realTimeOptions());
    REQUIRE(server.start() != 0);
    SimClockAdapter clock(server.clock());
    DialogFixture f(clock);
    const sim::SimOptions &o = server.options();

    SECTION("an administrator reads both scopes")
    {
        f.fillIn(server.baseUrl(), o.clientId, o.clientSecret, server.adminJwt());
        QPushButton *test = f.testButton();
        REQUIRE(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        // Busy while it runs.
        CHECK_FALSE(test->isEnabled());
        CHECK(test->text().contains(QStringLiteral("Testing")));
        CHECK(f.result()->text().contains(QStringLiteral("Testing the connection to 127.0.0.1")));

        REQUIRE(QTest::qWaitFor([&] { return test->isEnabled(); }, 15000));
        const sim::SimExtension &admin = server.account().adminUser();
        CHECK(str(f.result()->text())
              == str(QStringLiteral("Signed in as %1 (ext. %2), administrator. Company calls: readable. "
                                    "My calls: readable. Live call events: available.")
                         .arg(admin.name, admin.extensionNumber)));
        CHECK(test->text() == QStringLiteral("&Test connection"));
        // For the docs: the dialog as the user sees it after a good test.
        if (const QString folder = qEnvironmentVariable("CALLWATCH_SCREENSHOT_DIR"); !folder.isEmpty()) {
            QTest::qWait(100); // let the layout settle around the new texts
            f.dialog.grab().save(folder + QStringLiteral("/sign-in.png"));
        }
        // The test session was given back.
        CHECK(server.sessions().sessionCount() == 0);
        // The test changes nothing: no profile saved, no secret stored.
        f.settings.sync();
        CHECK(ProfileSettings::names(f.settings).isEmpty());
    }

    SECTION("a standard user is told which permission company calls need")
    {
        f.fillIn(server.baseUrl(), o.clientId, o.clientSecret, server.userJwt());
        QTest::mouseClick(f.testButton(), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return f.testButton()->isEnabled(); }, 15000));
        const sim::SimExtension &user = server.account().standardUser();
        CHECK(str(f.result()->text())
              == str(QStringLiteral(
                         "Signed in as %1 (ext. %2), not an administrator. Company calls: not permitted: "
                         "your user lacks the ReadCompanyCallLog permission (an administrator can grant it). "
                         "My calls: readable. Live call events: available.")
                         .arg(user.name, user.extensionNumber)));
        CHECK(server.sessions().sessionCount() == 0);
    }

    SECTION("a wrong JWT gets the server's reason")
    {
        f.fillIn(server.baseUrl(), o.clientId, o.clientSecret,
                 QStringLiteral("eyJhbGciOiJub25lIn0.e30.c2ln"));
        QTest::mouseClick(f.testButton(), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return f.testButton()->isEnabled(); }, 15000));
        INFO(str(f.result()->text()));
        CHECK(f.result()->text().contains(QStringLiteral("JWT token is invalid")));
        CHECK_FALSE(f.result()->text().contains(QStringLiteral("Signed in")));
    }

    SECTION("a wrong client secret gets the server's reason")
    {
        f.fillIn(server.baseUrl(), o.clientId, QStringLiteral("not-the-secret"), server.adminJwt());
        QTest::mouseClick(f.testButton(), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return f.testButton()->isEnabled(); }, 15000));
        INFO(str(f.result()->text()));
        CHECK(f.result()->text().contains(QStringLiteral("Invalid client credentials")));
    }

    SECTION("editing a field clears a result that no longer applies")
    {
        f.fillIn(server.baseUrl(), o.clientId, o.clientSecret, server.adminJwt());
        QTest::mouseClick(f.testButton(), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return f.testButton()->isEnabled(); }, 15000));
        REQUIRE(f.result()->isVisible());
        QTest::keyClicks(f.clientId(), QStringLiteral("x"));
        CHECK_FALSE(f.result()->isVisible());
    }
}

TEST_CASE("Sign-in dialog: cancelling during a connection test closes at once and revokes the test session",
          "[signin][sim]")
{
    sim::SimServer server(realTimeOptions());
    REQUIRE(server.start() != 0);
    SimClockAdapter clock(server.clock());
    {
        DialogFixture f(clock);
        const sim::SimOptions &o = server.options();
        f.fillIn(server.baseUrl(), o.clientId, o.clientSecret, server.adminJwt());
        QTest::mouseClick(f.testButton(), Qt::LeftButton);

        SECTION("while the sign-in is in flight") { }
        SECTION("once signed in")
        {
            REQUIRE(QTest::qWaitFor([&] { return server.sessions().sessionCount() == 1; }, 15000));
        }
        QTest::mouseClick(f.cancelButton(), Qt::LeftButton);
        CHECK(f.dialog.result() == QDialog::Rejected);
        CHECK_FALSE(f.dialog.isVisible());
        CHECK(f.result()->text().isEmpty());
    }
    // The dialog is gone; the test finishes on its own and leaves no session behind.
    REQUIRE(QTest::qWaitFor([&] { return pendingConnectionTests() == 0; }, 20000));
    CHECK(server.sessions().sessionCount() == 0);
}

TEST_CASE("Sign-in dialog: Sign in saves the secrets to the keychain and the rest to the settings",
          "[signin]")
{
    SystemClock clock;
    DialogFixture f(clock);
    const QString jwt
        = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI2MjI2NDQyNTAxNiJ9.c2lnbmF0dXJlLXZhbHVl");
    const QString secret = QStringLiteral("s3cr3t-client-value");
    Profile profile;
    profile.name = QStringLiteral("work");
    f.dialog.setProfile(profile, QString(), QString());
    // A refresh token from an earlier sign-in, which new credentials make stale.
    const QString refreshKey = SecretStore::keyFor(QStringLiteral("work"), SecretKind::RefreshToken);
    bool stored = false;
    f.vault.write(refreshKey, QStringLiteral("old-refresh-token"), &f.dialog,
                  [&](SecretResult) { stored = true; });
    REQUIRE(QTest::qWaitFor([&] { return stored; }, 5000));

    f.fillIn(QUrl(QStringLiteral("https://platform.example.com")), QStringLiteral("client-123"), secret, jwt);
    REQUIRE(f.signInButton()->isEnabled());
    QTest::mouseClick(f.signInButton(), Qt::LeftButton);
    // Closes only once the keychain has answered.
    REQUIRE(QTest::qWaitFor([&] { return !f.dialog.isVisible(); }, 5000));
    CHECK(f.dialog.result() == QDialog::Accepted);
    CHECK(f.dialog.outcome() == SignInDialog::Outcome::SignIn);
    const Credentials c = f.dialog.credentials();
    CHECK(c.server == QUrl(QStringLiteral("https://platform.example.com")));
    CHECK(str(c.clientId) == "client-123");
    CHECK(c.clientSecret == secret);
    CHECK(c.jwt == jwt);

    const auto savedJwt = readSecret(f.vault, SecretStore::keyFor(QStringLiteral("work"), SecretKind::Jwt));
    REQUIRE(savedJwt);
    CHECK(savedJwt->status == SecretResult::Status::Ok);
    CHECK(savedJwt->value == jwt);
    const auto savedSecret
        = readSecret(f.vault, SecretStore::keyFor(QStringLiteral("work"), SecretKind::ClientSecret));
    REQUIRE(savedSecret);
    CHECK(savedSecret->value == secret);
    const auto savedRefresh = readSecret(f.vault, refreshKey);
    REQUIRE(savedRefresh);
    CHECK(savedRefresh->status == SecretResult::Status::NotFound);

    const Profile loaded = ProfileSettings::load(f.settings, QStringLiteral("work"));
    CHECK(loaded.serverUrl == QUrl(QStringLiteral("https://platform.example.com")));
    CHECK(str(loaded.clientId) == "client-123");

    QFile file(f.settingsPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    CHECK(onDisk.contains("client-123"));
    CHECK_FALSE(onDisk.contains(secret.toUtf8()));
    CHECK_FALSE(onDisk.contains(jwt.toUtf8()));
    CHECK_FALSE(onDisk.contains("c2lnbmF0dXJl"));
}

TEST_CASE("Sign-in dialog: a public app's empty client secret removes a saved one", "[signin]")
{
    SystemClock clock;
    DialogFixture f(clock);
    const QString jwt = QStringLiteral("aaa.bbb.ccc");
    Profile profile;
    profile.clientId = QStringLiteral("public-app");
    f.dialog.setProfile(profile, QStringLiteral("old-secret"), jwt);
    const QString secretKey = SecretStore::keyFor(profile.name, SecretKind::ClientSecret);
    bool stored = false;
    f.vault.write(secretKey, QStringLiteral("old-secret"), &f.dialog, [&](SecretResult) { stored = true; });
    REQUIRE(QTest::qWaitFor([&] { return stored; }, 5000));
    // Prefilled values are valid, so Sign in is ready at once; no message shows.
    CHECK(f.signInButton()->isEnabled());
    CHECK_FALSE(f.clientIdProblem()->isVisible());

    DialogFixture::retype(f.clientSecret(), QString());
    QTest::mouseClick(f.signInButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !f.dialog.isVisible(); }, 5000));
    const auto saved = readSecret(f.vault, secretKey);
    REQUIRE(saved);
    CHECK(saved->status == SecretResult::Status::NotFound);
}

TEST_CASE("Sign-in dialog: without a keyring the user is told, and the sign-in still goes ahead", "[signin]")
{
    SystemClock clock;
    DialogFixture f(clock, nullptr); // a vault that keeps secrets in memory only
    f.fillIn(QUrl(QStringLiteral("https://platform.example.com")), QStringLiteral("client-123"),
             QStringLiteral("secret"), QStringLiteral("aaa.bbb.ccc"));
    QTest::mouseClick(f.signInButton(), Qt::LeftButton);

    QMessageBox *box = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            box = f.dialog.findChild<QMessageBox *>();
            return box && box->isVisible();
        },
        5000));
    CHECK(box->text() == f.vault.unavailableMessage());
    CHECK(f.result()->text() == f.vault.unavailableMessage());
    // Still open until the user has seen it; Cancel cannot undo what is already in memory.
    CHECK(f.dialog.isVisible());
    CHECK_FALSE(f.cancelButton()->isEnabled());
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !f.dialog.isVisible(); }, 5000));
    CHECK(f.dialog.result() == QDialog::Accepted);
    CHECK(f.dialog.outcome() == SignInDialog::Outcome::SignIn);
    const auto saved = readSecret(f.vault, SecretStore::keyFor(QStringLiteral("default"), SecretKind::Jwt));
    REQUIRE(saved);
    CHECK(str(saved->value) == "aaa.bbb.ccc");
}

TEST_CASE("Sign-in dialog: Try the demo closes with outcome Demo and saves nothing", "[signin]")
{
    SystemClock clock;
    DialogFixture f(clock);
    // Works with nothing entered: the demo needs no account.
    REQUIRE(f.demoButton()->isEnabled());
    QTest::keyClick(&f.dialog, Qt::Key_D, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return !f.dialog.isVisible(); }, 2000));
    CHECK(f.dialog.result() == QDialog::Accepted);
    CHECK(f.dialog.outcome() == SignInDialog::Outcome::Demo);
    f.settings.sync();
    CHECK(ProfileSettings::names(f.settings).isEmpty());
    const auto saved = readSecret(f.vault, SecretStore::keyFor(QStringLiteral("default"), SecretKind::Jwt));
    REQUIRE(saved);
    CHECK(saved->status == SecretResult::Status::NotFound);
}
