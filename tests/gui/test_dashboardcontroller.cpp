// The controller that decides what the window watches, against the simulator: what it keeps in
// the keychain as sessions come and go.
#include "../core/clientfixture.h"
#include "callmonitor.h"
#include "credentialvault.h"
#include "dashboardcontroller.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "savedsignin.h"

#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>

using namespace callwatch;
using namespace callwatch::test;

TEST_CASE("A session shut down as the next one begins never erases the next one's saved refresh token",
          "[controller]")
{
    sim::SimServer server(frozenOptions(10));
    REQUIRE(server.start() != 0);
    SimClockAdapter clock(server.clock());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("callwatch.ini")), QSettings::IniFormat);
    MainWindow window(clock, settings);
    CredentialVault vault(std::make_unique<MemorySecretStore>());
    const Credentials credentials { server.baseUrl(), server.options().clientId,
                                    server.options().clientSecret, server.adminJwt() };
    bool saved = false;
    SavedSignIn::save(vault, settings, QStringLiteral("default"), credentials, {}, &window,
                      [&](bool ok, const QString &) { saved = ok; });
    REQUIRE(waitUntil([&] { return saved; }));

    DashboardController controller(window, vault, settings, clock);
    const auto signedIn = [](CallMonitor *monitor) {
        return monitor && monitor->auth().state() == AuthSession::State::SignedIn;
    };
    controller.start();
    REQUIRE(waitUntil([&] { return signedIn(controller.monitor()); }));
    QPointer<CallMonitor> first = controller.monitor();

    // The first session's revoke answers late: after the next session has saved its token.
    sim::Fault slowRevoke;
    slowRevoke.kind = sim::Fault::Kind::Slow;
    slowRevoke.delayMs = 1500;
    slowRevoke.pathContains = QStringLiteral("/restapi/oauth/revoke");
    server.injectFault(slowRevoke);
    controller.start(); // the saved profile again: the first session ends, a second begins
    REQUIRE(
        waitUntil([&] { return controller.monitor() != first.data() && signedIn(controller.monitor()); }));
    REQUIRE(waitUntil([&] { return first.isNull(); })); // its revoke answered: the first session is gone

    SecretResult kept;
    bool read = false;
    vault.read(SecretStore::keyFor(QStringLiteral("default"), SecretKind::RefreshToken), &window,
               [&](const SecretResult &r) {
                   kept = r;
                   read = true;
               });
    REQUIRE(waitUntil([&] { return read; }));
    CHECK(kept.status == SecretResult::Status::Ok);
    CHECK_FALSE(kept.value.isEmpty());
}
