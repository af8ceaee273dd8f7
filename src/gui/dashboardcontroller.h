#pragma once

#include "authsession.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace callwatch {

class CallMonitor;
class Clock;
class CredentialVault;
class MainWindow;

// Decides what the window watches: the saved profile (secrets from the keychain), what the
// sign-in dialog gives, or the demo platform; keeps the rotated refresh token in the
// keychain; and ends the platform session on sign-out and on exit.
class DashboardController : public QObject
{
    Q_OBJECT

public:
    using DemoLauncher = std::function<std::optional<Credentials>()>;

    DashboardController(MainWindow &window, CredentialVault &vault, QSettings &settings, const Clock &clock,
                        QObject *parent = nullptr);
    ~DashboardController() override;

    // Starts the demo platform and returns credentials for it; provided by the app, which
    // may link the simulator (the GUI library does not).
    void setDemoLauncher(DemoLauncher launcher) { m_demoLauncher = std::move(launcher); }

    // The saved profile if it is complete, else the sign-in dialog.
    void start();
    void startDemo();
    void showSignIn();
    void signOut(bool deleteSavedSecrets);
    // Revokes the session (if any), then calls `done`; never takes longer than a few seconds.
    void shutdown(std::function<void()> done);

    CallMonitor *monitor() const { return m_monitor.get(); }
    QString profileName() const { return m_profile; }

private:
    void watch(const Credentials &credentials, const QString &savedRefreshToken, bool demo);
    void stopWatching();

    MainWindow &m_window;
    CredentialVault &m_vault;
    QSettings &m_settings;
    const Clock &m_clock;
    DemoLauncher m_demoLauncher;
    std::unique_ptr<CallMonitor> m_monitor;
    QString m_profile = QStringLiteral("default");
    bool m_demo = false;
};

} // namespace callwatch
