#include "connectiontest.h"

#include "accountinfo.h"

#include "platformapi.h"
#include "restclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace callwatch {

namespace {

ConnectionTestResult::Access accessOf(const ApiError &error)
{
    if (!error.isError())
        return ConnectionTestResult::Access::Readable;
    if (error.kind == ApiError::Kind::Forbidden)
        return ConnectionTestResult::Access::NotPermitted;
    return ConnectionTestResult::Access::Unknown;
}

} // namespace

ConnectionTest::ConnectionTest(const Credentials &credentials, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<RestClient>(credentials.server, clock))
    , m_auth(std::make_unique<AuthSession>(*m_client, clock))
    , m_run(new QObject(this))
{
    m_client->setTransferTimeoutMs(kTimeoutMs);
    m_auth->setCredentials(credentials);
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start()
{
    if (m_started || m_abandoned)
        return;
    m_started = true;
    // A sign-in without a JWT fails on the spot; the owner still hears of it from the event loop.
    QMetaObject::invokeMethod(
        m_run, [this] { signIn(); }, Qt::QueuedConnection);
}

void ConnectionTest::signIn()
{
    m_auth->withAccessToken(m_run, [this](const QString &, const ApiError &error) {
        if (error.isError()) {
            m_result.signInError = error;
            m_report << signInFailure(error);
            finish();
            return;
        }
        m_result.signedIn = true;
        readExtension();
    });
}

void ConnectionTest::readExtension()
{
    m_client->get(m_client->urlFor(api::kMyExtensionPath), api::kLightGroup, m_run,
                  [this](const RestResponse &r) {
                      const QJsonObject o = QJsonDocument::fromJson(r.body).object();
                      if (r.error.isError() || o.isEmpty()) {
                          const QString why = r.error.isError() ? r.error.userMessage()
                                                                : tr("the answer could not be read");
                          m_report << tr("Signed in, but your extension could not be read: %1.").arg(why);
                      } else {
                          const AccountInfo who = AccountInfo::fromExtension(o);
                          m_result.extensionKnown = true;
                          m_result.name = who.name;
                          m_result.extensionNumber = who.extensionNumber;
                          m_result.admin = who.admin;
                          m_report << (m_result.admin ? tr("Signed in as %1 (ext. %2), administrator.")
                                                            .arg(m_result.name, m_result.extensionNumber)
                                                      : tr("Signed in as %1 (ext. %2), not an administrator.")
                                                            .arg(m_result.name, m_result.extensionNumber));
                      }
                      readCalls(true);
                  });
}

void ConnectionTest::readCalls(bool company)
{
    // One record is enough to know whether the list may be read.
    const QString path
        = (company ? api::kCompanyActiveCallsPath : api::kMyActiveCallsPath) + QStringLiteral("?perPage=1");
    m_client->get(m_client->urlFor(path), api::kHeavyGroup, m_run, [this, company](const RestResponse &r) {
        (company ? m_result.companyCalls : m_result.myCalls) = accessOf(r.error);
        m_report << accessReport(company, r.error);
        if (company) {
            readCalls(false);
            return;
        }
        reportLiveEvents();
        // The platform keeps only a few sessions per user: give this one back.
        m_auth->signOut(m_run, [this] { finish(); });
    });
}

void ConnectionTest::reportLiveEvents()
{
    const QStringList scopes = m_auth->grantedScopes();
    if (scopes.isEmpty())
        return; // nothing said: nothing claimed
    // RingCentral's own apps accept either name for Call Control, and the WebSocket permission
    // goes by three spellings in its documents.
    const auto has = [&scopes](std::initializer_list<QLatin1String> names) {
        return std::any_of(scopes.cbegin(), scopes.cend(), [&names](const QString &s) {
            return std::any_of(names.begin(), names.end(), [&s](QLatin1String n) { return s.startsWith(n); });
        });
    };
    const bool callControl = has({ QLatin1String("CallControl"), QLatin1String("TelephonySession") });
    const bool webSocket = has({ QLatin1String("WebSocket"), QLatin1String("SubscriptionWebSocket") });
    using Events = ConnectionTestResult::Events;
    m_result.liveEvents = !callControl ? Events::NoCallControl
        : !webSocket                   ? Events::NoWebSocket
                                       : Events::Available;
    switch (m_result.liveEvents) {
    case Events::Available:
        m_report << tr("Live call events: available.");
        break;
    case Events::NoCallControl:
        m_report << tr(
            "Live call events: not available, the app lacks the Call Control permission (an administrator "
            "requests it in the Developer Console and RingCentral approves it); until then the table runs "
            "on the active-calls list.");
        break;
    case Events::NoWebSocket:
        m_report << tr(
            "Live call events: not available, the app lacks the WebSocket Subscriptions permission (add it "
            "in the Developer Console); until then the table runs on the active-calls list.");
        break;
    case Events::NotChecked:
        break;
    }
}

void ConnectionTest::finish()
{
    m_done = true;
    m_result.report = m_report.join(QLatin1Char(' '));
    Q_EMIT finished(m_result);
}

QString ConnectionTest::signInFailure(const ApiError &error) const
{
    // userMessage() would say "Sign-in required", which is what the user is doing already.
    if (error.kind == ApiError::Kind::Unauthorized && !error.message.isEmpty())
        return tr("The server refused the sign-in: %1").arg(error.message);
    return tr("The connection test failed: %1").arg(error.userMessage());
}

QString ConnectionTest::accessReport(bool company, const ApiError &error) const
{
    if (!error.isError())
        return company ? tr("Company calls: readable.") : tr("My calls: readable.");
    if (error.kind == ApiError::Kind::Forbidden) {
        if (const QString problem = error.permissionProblem(); !problem.isEmpty())
            return company ? tr("Company calls: not permitted: %1.").arg(problem)
                           : tr("My calls: not permitted: %1.").arg(problem);
        return company ? tr("Company calls: not permitted.") : tr("My calls: not permitted.");
    }
    return company ? tr("Company calls: could not be checked (%1).").arg(error.userMessage())
                   : tr("My calls: could not be checked (%1).").arg(error.userMessage());
}

void ConnectionTest::abandon()
{
    if (m_abandoned)
        return;
    m_abandoned = true;
    // From here on no callback of the test reaches the owner.
    delete m_run;
    m_done = true;
    // The owner may be gone before the server answers; the transfer timeout bounds the wait.
    setParent(QCoreApplication::instance());
    if (m_auth->state() == AuthSession::State::SigningIn) {
        // The grant in flight may still open a session: wait for its answer, then revoke.
        connect(
            m_auth.get(), &AuthSession::stateChanged, this,
            [this](AuthSession::State state) {
                if (state != AuthSession::State::SigningIn)
                    revokeAndDelete();
            },
            Qt::SingleShotConnection);
        return;
    }
    revokeAndDelete();
}

void ConnectionTest::revokeAndDelete()
{
    m_auth->signOut(this, [this] { deleteLater(); });
}

} // namespace callwatch
