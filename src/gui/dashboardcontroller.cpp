#include "dashboardcontroller.h"

#include "callmonitor.h"
#include "credentialvault.h"
#include "logging.h"
#include "mainwindow.h"
#include "profile.h"
#include "savedsignin.h"
#include "signindialog.h"

#include <QSettings>

namespace callwatch {

DashboardController::DashboardController(MainWindow &window, CredentialVault &vault, QSettings &settings,
                                         const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_vault(vault)
    , m_settings(settings)
    , m_clock(clock)
{
    connect(&window, &MainWindow::signInRequested, this, &DashboardController::showSignIn);
    connect(&window, &MainWindow::signOutRequested, this, &DashboardController::signOut);
    connect(&vault, &CredentialVault::keyringUnavailable, &window, &MainWindow::setNotice);
}

DashboardController::~DashboardController() = default;

void DashboardController::start()
{
    SavedSignIn::load(m_vault, m_settings, m_profile, this,
                      [this](const SavedSignIn &saved, const QString &problem) {
                          // Nothing saved yet, or a keychain that cannot be read (the vault has told the
                          // window).
                          if (!problem.isEmpty()) {
                              showSignIn();
                              return;
                          }
                          watch(saved.credentials, saved.refreshToken, false);
                      });
}

void DashboardController::startDemo()
{
    if (!m_demoLauncher)
        return;
    const std::optional<Credentials> credentials = m_demoLauncher();
    if (!credentials) {
        m_window.setNotice(tr("The demo platform could not start on 127.0.0.1."));
        return;
    }
    watch(*credentials, {}, true);
}

void DashboardController::showSignIn()
{
    auto *dialog = new SignInDialog(m_vault, m_settings, m_clock, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Profile profile = ProfileSettings::load(m_settings, m_profile);
    dialog->setProfile(profile, {}, {});
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->outcome() == SignInDialog::Outcome::Demo)
            startDemo();
        else
            watch(dialog->credentials(), {}, false);
    });
    dialog->open();
}

void DashboardController::watch(const Credentials &credentials, const QString &savedRefreshToken, bool demo)
{
    stopWatching();
    m_demo = demo;
    m_monitor = std::make_unique<CallMonitor>(credentials, m_clock);
    if (!demo) {
        // The rotated refresh token goes to the keychain, so the next start continues this
        // session instead of opening a new one.
        m_monitor->auth().setSavedRefreshToken(savedRefreshToken);
        // A session being shut down still revokes its token: once a new session has begun,
        // what the old one says of its token must not overwrite the new one's.
        connect(&m_monitor->auth(), &AuthSession::refreshTokenChanged, this,
                [this, session = m_monitor.get()](const QString &token) {
                    if (m_monitor && m_monitor.get() != session)
                        return;
                    SavedSignIn::saveRefreshToken(m_vault, m_profile, token, this);
                });
    }
    m_window.setDemoMode(demo);
    m_window.attach(m_monitor.get());
    m_monitor->start();
}

void DashboardController::stopWatching()
{
    m_window.attach(nullptr);
    if (m_monitor) {
        // Let the revoke finish in the background; the monitor goes when it has.
        CallMonitor *old = m_monitor.release();
        old->shutdown([old] { old->deleteLater(); });
    }
}

void DashboardController::signOut(bool deleteSavedSecrets)
{
    stopWatching();
    if (deleteSavedSecrets && !m_demo) {
        for (SecretKind kind : { SecretKind::Jwt, SecretKind::ClientSecret, SecretKind::RefreshToken })
            m_vault.remove(SecretStore::keyFor(m_profile, kind), this, {});
    }
    m_window.setDemoMode(false);
    showSignIn();
}

void DashboardController::shutdown(std::function<void()> done)
{
    if (!m_monitor) {
        done();
        return;
    }
    m_monitor->shutdown(std::move(done));
}

} // namespace callwatch
