#pragma once

#include "authsession.h"
#include "profile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QSettings;
class QLabel;
class QLineEdit;

// uic's class, declared at global scope so this header adds nothing to any `Ui` namespace
// (the main window's form may use a namespaced one).
class Ui_SignInDialog;

namespace callwatch {

class Clock;
class ConnectionTest;
class CredentialVault;

// Asks for the server, the app's client id and secret, and the user's JWT credential; checks
// them as they are typed; can try them against the server ("Test connection", a ConnectionTest
// that it shows the answer of); on Sign in has SavedSignIn save them (the server and client
// id to QSettings, the secrets to the keychain) and closes once the keychain has answered.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Outcome { SignIn, Demo };

    SignInDialog(CredentialVault &vault, QSettings &settings, const Clock &clock, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Fills the fields; the profile's name decides the keychain keys the secrets go to.
    void setProfile(const Profile &profile, const QString &clientSecret, const QString &jwt);

    // What the fields hold now (trimmed); meaningful once the dialog was accepted with SignIn.
    Credentials credentials() const;
    Outcome outcome() const { return m_outcome; }

    // The production platform, the first entry of the server list.
    static QUrl productionServer();
    // Three non-empty base64url parts separated by dots: the shape, not the signature.
    static bool looksLikeJwt(const QString &text);

public Q_SLOTS:
    // Saves, and closes once the keychain has answered; does nothing while the input is invalid.
    void accept() override;
    void reject() override;
    void done(int result) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Field { Server, ClientId, Jwt };

    QUrl serverUrl() const;
    QString problem(Field field) const;
    bool inputValid() const;
    void validate();
    void showProblem(Field field, QLineEdit *edit, QLabel *label, bool touched);
    void updateButtons();
    void updateServerRow();
    void applyColours();
    void userEdited();

    void startTest();
    void abandonTest();
    void setResult(const QString &text);

    void finishSaving(bool saved, const QString &problem);

    std::unique_ptr<Ui_SignInDialog> m_ui;
    CredentialVault &m_vault;
    QSettings &m_settings;
    const Clock &m_clock;

    Profile m_profile;
    // What setProfile() filled in: a change of credentials makes the saved refresh token stale.
    Credentials m_prefilled;
    Outcome m_outcome = Outcome::SignIn;

    // A field shows its problem once the user has typed in it or left it, not before.
    bool m_serverTouched = false;
    bool m_clientIdTouched = false;
    bool m_jwtTouched = false;

    // The connection test while it runs; abandoned, it finishes its revoke on its own.
    QPointer<ConnectionTest> m_test;

    bool m_saving = false;
};

} // namespace callwatch
