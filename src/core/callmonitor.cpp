#include "callmonitor.h"

#include "activecallspage.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace callwatch {

namespace {

// Exit waits this long at most for the platform to confirm the revoke.
constexpr int kShutdownTimeoutMs = 3000;

} // namespace

CallMonitor::CallMonitor(const Credentials &credentials, const Clock &clock, QObject *parent)
    : CallMonitor(credentials, clock, MonitorOptions {}, parent)
{
}

CallMonitor::CallMonitor(const Credentials &credentials, const Clock &clock, const MonitorOptions &options,
                         QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(options)
    , m_client(std::make_unique<RestClient>(credentials.server, clock))
    , m_auth(std::make_unique<AuthSession>(*m_client, clock))
    , m_feed(std::make_unique<ActiveCallsFeed>(*m_client, clock))
    , m_push(std::make_unique<TelephonyPush>(*m_client, *m_auth, clock))
{
    connect(m_push.get(), &TelephonyPush::stateChanged, this, &CallMonitor::pushChanged);
    connect(m_push.get(), &TelephonyPush::countsChanged, this, &CallMonitor::pushChanged);
    m_auth->setCredentials(credentials);
    connect(m_feed.get(), &ActiveCallsFeed::snapshotReady, this, [this](const CallSnapshot &records, qint64 atMs) {
        m_board.submitSnapshot(records, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC));
    });
    connect(m_feed.get(), &ActiveCallsFeed::statusChanged, this, &CallMonitor::statusChanged);
    connect(m_auth.get(), &AuthSession::stateChanged, this, &CallMonitor::statusChanged);
    connect(&m_client->rateLimits(), &RateLimitState::changed, this, &CallMonitor::statusChanged);
    connect(m_auth.get(), &AuthSession::signedIn, this, [this] {
        if (m_options.accountDetails)
            readAccount();
    });
}

CallMonitor::~CallMonitor() = default;

void CallMonitor::start()
{
    if (!m_options.accountDetails) {
        startFeeds();
        return;
    }
    m_auth->signIn();
}

void CallMonitor::startFeeds()
{
    if (m_paused)
        return;
    m_feed->start();
    if (m_options.push)
        m_push->start();
}

void CallMonitor::readAccount()
{
    m_client->get(m_client->urlFor(QStringLiteral("/restapi/v1.0/account/~/extension/~")), QStringLiteral("light"),
                  this, [this](const RestResponse &r) {
                      const QJsonObject o = QJsonDocument::fromJson(r.body).object();
                      if (r.error.isError() || o.isEmpty()) {
                          qCWarning(lcApi) << "cannot read the signed-in extension:" << r.error.userMessage();
                      } else {
                          // The id is a JSON number above 2^32; a double holds it exactly.
                          m_account.extensionId = QString::number(qint64(o.value(QStringLiteral("id")).toDouble()));
                          m_account.name = o.value(QStringLiteral("name")).toString();
                          m_account.extensionNumber = o.value(QStringLiteral("extensionNumber")).toString();
                          m_account.admin = o.value(QStringLiteral("permissions"))
                                                .toObject()
                                                .value(QStringLiteral("admin"))
                                                .toObject()
                                                .value(QStringLiteral("enabled"))
                                                .toBool();
                          m_account.company =
                              o.value(QStringLiteral("contact")).toObject().value(QStringLiteral("company")).toString();
                          m_account.known = true;
                      }
                      // Company scope is for admins; everyone else watches their own calls.
                      if (!m_scopeChosen)
                          m_feed->setScope(m_account.admin ? CallScope::Account : CallScope::Extension);
                      m_scopeChosen = true;
                      Q_EMIT accountChanged();
                      m_push->setScope(m_feed->scope());
                      startFeeds();
                      readDirectory(m_client->urlFor(QStringLiteral("/restapi/v1.0/account/~/extension?perPage=1000")),
                                    std::make_shared<ExtensionDirectory>());
                      // The company's business name lives on the account, not the extension.
                      m_client->get(m_client->urlFor(QStringLiteral("/restapi/v1.0/account/~/business-address")),
                                    QStringLiteral("light"), this, [this](const RestResponse &address) {
                                        const QString company = QJsonDocument::fromJson(address.body)
                                                                    .object()
                                                                    .value(QStringLiteral("company"))
                                                                    .toString();
                                        if (!address.error.isError() && !company.isEmpty()) {
                                            m_account.company = company;
                                            Q_EMIT accountChanged();
                                        }
                                    });
                  });
}

void CallMonitor::readDirectory(const QUrl &page, std::shared_ptr<ExtensionDirectory> collected)
{
    m_client->get(page, QStringLiteral("medium"), this, [this, collected](const RestResponse &r) {
        if (r.error.isError()) {
            // Without the directory the table shows extension ids: worse, but not broken.
            qCInfo(lcApi) << "cannot read the extension directory:" << r.error.userMessage();
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        for (const QJsonValue &v : o.value(QStringLiteral("records")).toArray()) {
            const QJsonObject e = v.toObject();
            collected->insert(QString::number(qint64(e.value(QStringLiteral("id")).toDouble())),
                              {e.value(QStringLiteral("extensionNumber")).toString(),
                               e.value(QStringLiteral("name")).toString()});
        }
        if (const QUrl next = ActiveCallsPage::nextPageOf(o); !next.isEmpty()) {
            readDirectory(next, collected);
            return;
        }
        m_directory = std::move(*collected);
        Q_EMIT directoryChanged();
    });
}

void CallMonitor::setScope(CallScope scope)
{
    m_scopeChosen = true;
    if (scope != m_feed->scope())
        m_board.clear(); // a different list: the only time besides sign-out the board starts over
    m_feed->setScope(scope);
    m_push->setScope(scope); // starts over if running
    if (!m_paused && m_auth->state() == AuthSession::State::SignedIn && m_feed->status().state == FeedStatus::State::Stopped)
        m_feed->start();
    if (!m_paused && m_options.push && m_auth->state() == AuthSession::State::SignedIn)
        m_push->start();
}

void CallMonitor::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    // Paused counts would be old counts: the push stops with the feed.
    if (paused) {
        m_feed->stop();
        m_push->stop();
    } else if (m_auth->state() == AuthSession::State::SignedIn) {
        startFeeds();
    }
    Q_EMIT statusChanged();
}

void CallMonitor::shutdown(std::function<void()> done)
{
    m_feed->stop();
    m_push->stop(); // deletes the subscription while the session still allows it
    if (m_auth->state() != AuthSession::State::SignedIn) {
        QMetaObject::invokeMethod(this, std::move(done), Qt::QueuedConnection);
        return;
    }
    auto once = [reported = std::make_shared<bool>(false), done = std::move(done)] {
        if (!*reported) {
            *reported = true;
            done();
        }
    };
    m_auth->signOut(this, once);
    QTimer::singleShot(kShutdownTimeoutMs, this, once);
}

} // namespace callwatch
