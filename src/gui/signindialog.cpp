#include "signindialog.h"

#include "ui_signindialog.h"

#include "clock.h"
#include "connectiontest.h"
#include "credentialvault.h"
#include "restclient.h"
#include "savedsignin.h"

#include <QFocusEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <algorithm>

namespace callwatch {

namespace {

constexpr int kProductionIndex = 0;
constexpr int kCustomIndex = 1;

bool isBase64UrlPart(const QString &part)
{
    if (part.isEmpty())
        return false;
    for (const QChar ch : part) {
        const char16_t c = ch.unicode();
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

SignInDialog::SignInDialog(CredentialVault &vault, QSettings &settings, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_SignInDialog>())
    , m_vault(vault)
    , m_settings(settings)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->serverCombo->setItemData(kProductionIndex, productionServer());

    QPushButton *signIn = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    signIn->setText(tr("&Sign in"));
    signIn->setAccessibleName(tr("Sign in"));
    signIn->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    for (QLineEdit *edit : { m_ui->customUrlEdit, m_ui->clientIdEdit, m_ui->jwtEdit })
        edit->installEventFilter(this);

    connect(m_ui->serverCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateServerRow();
        validate();
    });
    connect(m_ui->serverCombo, &QComboBox::activated, this, [this](int index) {
        userEdited();
        // Choosing "Custom URL…" means the next thing to do is to type it.
        if (index == kCustomIndex)
            m_ui->customUrlEdit->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ui->customUrlEdit, &QLineEdit::textEdited, this, [this] {
        m_serverTouched = true;
        userEdited();
    });
    connect(m_ui->clientIdEdit, &QLineEdit::textEdited, this, [this] {
        m_clientIdTouched = true;
        userEdited();
    });
    connect(m_ui->jwtEdit, &QLineEdit::textEdited, this, [this] {
        m_jwtTouched = true;
        userEdited();
    });
    connect(m_ui->clientSecretEdit, &QLineEdit::textEdited, this, [this] { userEdited(); });
    for (QLineEdit *edit : { m_ui->customUrlEdit, m_ui->clientIdEdit, m_ui->clientSecretEdit, m_ui->jwtEdit })
        connect(edit, &QLineEdit::textChanged, this, [this] { validate(); });

    connect(m_ui->showClientSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->clientSecretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showClientSecretButton->setToolTip(shown ? tr("Hide the client secret")
                                                       : tr("Show the client secret"));
    });
    connect(m_ui->showJwtButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->jwtEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showJwtButton->setToolTip(shown ? tr("Hide the JWT credential")
                                              : tr("Show the JWT credential"));
    });

    connect(m_ui->testButton, &QPushButton::clicked, this, [this] { startTest(); });
    connect(m_ui->demoButton, &QPushButton::clicked, this, [this] {
        m_outcome = Outcome::Demo;
        QDialog::accept(); // nothing to save for the demo
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    applyColours();
    setResult({});
    updateServerRow();
    validate();
}

SignInDialog::~SignInDialog()
{
    abandonTest();
}

QUrl SignInDialog::productionServer()
{
    return QUrl(QStringLiteral("https://platform.ringcentral.com"));
}

bool SignInDialog::looksLikeJwt(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    return parts.size() == 3 && std::all_of(parts.cbegin(), parts.cend(), isBase64UrlPart);
}

void SignInDialog::setProfile(const Profile &profile, const QString &clientSecret, const QString &jwt)
{
    abandonTest();
    m_profile = profile;
    const bool production = profile.serverUrl.adjusted(QUrl::StripTrailingSlash)
        == productionServer().adjusted(QUrl::StripTrailingSlash);
    m_ui->serverCombo->setCurrentIndex(production ? kProductionIndex : kCustomIndex);
    m_ui->customUrlEdit->setText(production ? QString() : profile.serverUrl.toString());
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->clientSecretEdit->setText(clientSecret);
    m_ui->jwtEdit->setText(jwt);
    m_prefilled = credentials();
    // A saved value that no longer passes shows its problem at once; empty fields stay quiet.
    m_serverTouched = !production;
    m_clientIdTouched = !profile.clientId.isEmpty();
    m_jwtTouched = !jwt.isEmpty();
    setResult({});
    updateServerRow();
    validate();
}

Credentials SignInDialog::credentials() const
{
    // Pasted values often carry a trailing newline or space; none of these may contain one.
    return { serverUrl(), m_ui->clientIdEdit->text().trimmed(), m_ui->clientSecretEdit->text().trimmed(),
             m_ui->jwtEdit->text().trimmed() };
}

QUrl SignInDialog::serverUrl() const
{
    if (m_ui->serverCombo->currentIndex() != kCustomIndex)
        return productionServer();
    return QUrl(m_ui->customUrlEdit->text().trimmed(), QUrl::StrictMode);
}

QString SignInDialog::problem(Field field) const
{
    switch (field) {
    case Field::Server: {
        if (m_ui->serverCombo->currentIndex() != kCustomIndex)
            return {};
        if (m_ui->customUrlEdit->text().trimmed().isEmpty())
            return tr("Enter the server's address, such as https://platform.ringcentral.com.");
        const QUrl url = serverUrl();
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return tr(
                "This is not a valid URL. Enter a full address, such as https://platform.ringcentral.com.");
        // QSettings would keep them in plain text.
        if (!url.userInfo().isEmpty())
            return tr("Leave the user name and password out of the URL.");
        // Request paths are appended to this address, so a query or fragment would break them.
        if (url.hasQuery() || url.hasFragment())
            return tr("Enter the address without a query or fragment (the part from '?' or '#').");
        QString why;
        if (!RestClient::isAllowedServer(url, &why))
            return tr("The address must start with https://. Plain http:// is allowed only for this computer "
                      "(localhost, 127.0.0.1 or ::1).");
        return {};
    }
    case Field::ClientId:
        if (m_ui->clientIdEdit->text().trimmed().isEmpty())
            return tr("Enter the client ID of your RingCentral app.");
        return {};
    case Field::Jwt: {
        const QString jwt = m_ui->jwtEdit->text().trimmed();
        if (jwt.isEmpty())
            return tr("Paste the JWT credential of your RingCentral user.");
        if (!looksLikeJwt(jwt))
            return tr(
                "This does not look like a JWT credential: it should be three parts of letters, digits, "
                "'-' and '_', separated by dots.");
        return {};
    }
    }
    return {};
}

bool SignInDialog::inputValid() const
{
    return problem(Field::Server).isEmpty() && problem(Field::ClientId).isEmpty()
        && problem(Field::Jwt).isEmpty();
}

void SignInDialog::showProblem(Field field, QLineEdit *edit, QLabel *label, bool touched)
{
    const QString text = touched ? problem(field) : QString();
    if (label->text() != text)
        label->setText(text);
    m_ui->formLayout->setRowVisible(label, !text.isEmpty());
    // Screen readers announce the description with the field, so the problem is heard there too.
    edit->setAccessibleDescription(text);
}

void SignInDialog::validate()
{
    const bool custom = m_ui->serverCombo->currentIndex() == kCustomIndex;
    showProblem(Field::Server, m_ui->customUrlEdit, m_ui->serverMessage, custom && m_serverTouched);
    showProblem(Field::ClientId, m_ui->clientIdEdit, m_ui->clientIdMessage, m_clientIdTouched);
    showProblem(Field::Jwt, m_ui->jwtEdit, m_ui->jwtMessage, m_jwtTouched);
    updateButtons();
}

void SignInDialog::updateButtons()
{
    const bool valid = inputValid();
    const bool testing = !m_test.isNull();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid && !m_saving);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!m_saving);
    m_ui->demoButton->setEnabled(!m_saving);
    m_ui->testButton->setEnabled(valid && !testing && !m_saving);
    m_ui->testButton->setText(testing ? tr("Testing…") : tr("&Test connection"));
    // Frozen while the keychain is being written, so what is saved is what the fields show.
    for (QWidget *input : std::initializer_list<QWidget *> {
             m_ui->serverCombo, m_ui->customUrlEdit, m_ui->clientIdEdit, m_ui->clientSecretEdit,
             m_ui->showClientSecretButton, m_ui->jwtEdit, m_ui->showJwtButton })
        input->setEnabled(!m_saving);
}

void SignInDialog::updateServerRow()
{
    m_ui->formLayout->setRowVisible(m_ui->customUrlEdit, m_ui->serverCombo->currentIndex() == kCustomIndex);
}

void SignInDialog::userEdited()
{
    // A test result, or a test still running, is about values that have just changed.
    abandonTest();
    setResult({});
    validate();
}

bool SignInDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        // Switching to another window (to copy a value from the Developer Console) or opening a
        // context menu is not leaving the field.
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason) {
            if (watched == m_ui->customUrlEdit)
                m_serverTouched = true;
            else if (watched == m_ui->clientIdEdit)
                m_clientIdTouched = true;
            else if (watched == m_ui->jwtEdit)
                m_jwtTouched = true;
            validate();
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SignInDialog::applyColours()
{
    // Problems in an error colour readable on light and dark themes, so the hint below the
    // client secret never looks like one. The words carry the meaning; colour only helps.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QLabel *label : { m_ui->serverMessage, m_ui->clientIdMessage, m_ui->jwtMessage }) {
        QPalette p = palette();
        p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
        label->setPalette(p);
    }
}

void SignInDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void SignInDialog::setResult(const QString &text)
{
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setVisible(!text.isEmpty());
}

// --- Test connection ----------------------------------------------------------------------

void SignInDialog::startTest()
{
    if (m_test || m_saving || !inputValid())
        return;
    const Credentials entered = credentials();
    m_test = new ConnectionTest(entered, m_clock, this);
    connect(m_test, &ConnectionTest::finished, this, [this](const ConnectionTestResult &result) {
        // Called from the test's own callbacks: delete later, not now.
        m_test->deleteLater();
        m_test = nullptr;
        setResult(result.report);
        updateButtons();
    });
    setResult(tr("Testing the connection to %1…").arg(entered.server.host()));
    updateButtons();
    m_test->start();
}

void SignInDialog::abandonTest()
{
    if (!m_test)
        return;
    // No answer reaches the dialog any more; the test gives back its session on its own.
    m_test->abandon();
    m_test = nullptr;
    setResult({});
    updateButtons();
}

// --- Sign in ------------------------------------------------------------------------------

void SignInDialog::accept()
{
    if (m_saving || !inputValid())
        return;
    abandonTest();
    m_outcome = Outcome::SignIn;
    m_saving = true;
    setResult(tr("Saving the secrets in the keyring…"));
    updateButtons();
    // Closes once the keychain has answered for every secret.
    SavedSignIn::save(m_vault, m_settings, m_profile.name, credentials(), m_prefilled, this,
                      [this](bool saved, const QString &problem) { finishSaving(saved, problem); });
}

void SignInDialog::finishSaving(bool saved, const QString &problem)
{
    if (!saved) {
        m_saving = false;
        setResult(tr("Could not save the secrets: %1")
                      .arg(problem.isEmpty() ? tr("the keyring gave no reason") : problem));
        updateButtons();
        return;
    }
    if (m_vault.memoryOnly()) {
        // The session works, but nothing is saved for the next start: say so before closing.
        const QString message = m_vault.unavailableMessage();
        setResult(message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Secrets kept for this session only"), message,
                                    QMessageBox::Ok, this);
        box->setInformativeText(tr("You are signed in. Next time, CallWatch will ask for the client secret "
                                   "and JWT credential again."));
        box->setAccessibleName(tr("Secrets kept for this session only"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QDialog::finished, this, [this] {
            m_saving = false;
            QDialog::accept();
        });
        box->open();
        return;
    }
    m_saving = false;
    QDialog::accept();
}

void SignInDialog::reject()
{
    // The keychain is being written: closing now would leave the caller unsure what was saved.
    if (m_saving)
        return;
    QDialog::reject();
}

void SignInDialog::done(int result)
{
    abandonTest();
    QDialog::done(result);
}

} // namespace callwatch
