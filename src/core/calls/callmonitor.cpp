#include "callmonitor.h"

#include "activecallspage.h"
#include "clock.h"
#include "jsonvalues.h"
#include "logging.h"
#include "platformapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace callwatch {

namespace {

// Exit waits this long at most for the platform to confirm the revoke.
constexpr int kShutdownTimeoutMs = 3000;
// Events are handed to the board in batches this often: well inside the second a user
// notices, and at 50 events a second one board update instead of fifty.
constexpr int kFlushMs = 100;
constexpr int kDoubtScanMs = 2000;
// A leg left alone this long after the others hung up is checked: long enough for a transfer
// or an IVR's hand-off to show its next leg, short enough that a lost hang-up is found fast.
constexpr qint64 kOrphanGraceMs = 2000;
// A call ringing this long, or with no event for this long, is doubted. Long talks are
// silent too, so silence alone is the least urgent doubt (paced apart, see SessionChecker); it
// is what finds a call whose every hang-up was lost while a lagging list still listed it.
constexpr qint64 kRingingDoubtMs = 90'000;
constexpr qint64 kSilenceDoubtMs = 3 * 60'000;
constexpr qint64 kLoneLegDoubtMs = 60'000;
// The list has connected calls within 3-10 s; one the events say was answered this long before
// a snapshot that does not list it is doubted.
constexpr qint64 kUnlistedDoubtMs = 30'000;

bool answered(CallStatus s)
{
    return s == CallStatus::Talking || s == CallStatus::OnHold || s == CallStatus::Parked
        || s == CallStatus::VoiceMail;
}

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
    , m_alerts(std::make_unique<CallAlerts>(m_board, clock))
    , m_client(std::make_unique<RestClient>(credentials.server, clock))
    , m_auth(std::make_unique<AuthSession>(*m_client, clock))
    , m_feed(std::make_unique<ActiveCallsFeed>(*m_client, clock))
    , m_events(std::make_unique<TelephonyEvents>(*m_client, clock))
    , m_checker(std::make_unique<SessionChecker>(*m_client, clock))
{
    connect(m_events.get(), &TelephonyEvents::stateChanged, this, &CallMonitor::onEventsStateChanged);
    connect(m_events.get(), &TelephonyEvents::sessionsChanged, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            m_dirtySessions.insert(id);
            // Fresh news of the call: the next scan decides whether it is still in doubt.
            m_checker->withdraw(id);
            const TelephonySession *session = m_events->sessions().find(id);
            if (session && session->orphanedSinceMs() > 0 && !m_orphans.isActive())
                m_orphans.start(
                    int(std::clamp<qint64>(m_clock.timerDelayMs(kOrphanGraceMs + 100), 1, kDoubtScanMs)));
        }
        if (!m_flush.isActive())
            m_flush.start();
    });
    // A new subscription knows nothing of what happened before it: read the list again.
    connect(m_events.get(), &TelephonyEvents::resynced, this, [this] { m_feed->refreshNow(); });
    connect(m_checker.get(), &SessionChecker::checked, this, &CallMonitor::onChecked);
    connect(m_checker.get(), &SessionChecker::unavailable, this, &CallMonitor::pushChanged);
    m_flush.setSingleShot(true);
    m_flush.setInterval(kFlushMs);
    connect(&m_flush, &QTimer::timeout, this, &CallMonitor::flushSessions);
    m_doubts.setInterval(kDoubtScanMs);
    connect(&m_doubts, &QTimer::timeout, this, &CallMonitor::lookForDoubts);
    m_orphans.setSingleShot(true);
    connect(&m_orphans, &QTimer::timeout, this, &CallMonitor::checkOrphans);
    m_auth->setCredentials(credentials);
    connect(m_feed.get(), &ActiveCallsFeed::snapshotReady, this,
            [this](const CallSnapshot &records, qint64 atMs) {
                m_board.submitSnapshot(records, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC), eventsLead(),
                                       m_checker->isAvailable());
            });
    connect(m_feed.get(), &ActiveCallsFeed::statusChanged, this, &CallMonitor::statusChanged);
    connect(m_auth.get(), &AuthSession::stateChanged, this, &CallMonitor::statusChanged);
    connect(&m_client->rateLimits(), &RateLimitState::changed, this, &CallMonitor::statusChanged);
    connect(m_auth.get(), &AuthSession::signedIn, this, [this] {
        if (m_options.accountDetails)
            readAccount();
    });
}

CallMonitor::~CallMonitor()
{
    Q_EMIT aboutToBeDestroyed();
}

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
    applyFeedInterval();
    m_feed->start();
    if (m_options.push)
        m_events->start();
    m_doubts.start();
}

void CallMonitor::stopFeeds()
{
    m_feed->stop();
    m_events->stop(); // deletes the subscription while the session still allows it
    m_checker->clear();
    m_doubts.stop();
    m_orphans.stop();
    m_flush.stop();
    m_dirtySessions.clear();
}

void CallMonitor::setReconcileIntervalMs(qint64 ms)
{
    m_reconcileIntervalMs = ms;
    applyFeedInterval();
}

void CallMonitor::setPollIntervalMs(qint64 ms)
{
    m_pollIntervalMs = ms;
    applyFeedInterval();
}

void CallMonitor::applyFeedInterval()
{
    const bool lead = eventsLead();
    m_feed->setIntervalMs(lead ? m_reconcileIntervalMs : m_pollIntervalMs);
    m_feed->setIntervalPerPageMs(lead ? m_reconcileIntervalMs : 0);
}

void CallMonitor::onEventsStateChanged()
{
    const bool live = eventsLead();
    if (live != m_wasLive) {
        m_wasLive = live;
        applyFeedInterval();
        // Events gone: the list leads again, and the board should hear from it soon.
        if (!live && m_feed->status().state != FeedStatus::State::Stopped)
            m_feed->refreshNow();
    }
    Q_EMIT pushChanged();
}

void CallMonitor::flushSessions()
{
    if (m_dirtySessions.isEmpty())
        return;
    std::vector<SessionView> views;
    views.reserve(size_t(m_dirtySessions.size()));
    for (const QString &id : std::as_const(m_dirtySessions))
        views.push_back(m_events->sessions().view(id));
    m_dirtySessions.clear();
    m_board.submitSessions(std::move(views));
}

void CallMonitor::lookForDoubts()
{
    const qint64 now = m_clock.nowMs();
    // Ended calls the board has kept long enough go: one update, only when one is due.
    const auto &slots = m_board.board().state()->slots;
    if (std::any_of(slots.cbegin(), slots.cend(), [now](const CallBoard::Slot &s) {
            return !s.entry.isLive() && s.entry.progress.endedAtMs > 0
                && now - s.entry.progress.endedAtMs >= CallBoard::kEndedKeepMs;
        }))
        m_board.submitExpiry(now);
    if (!m_checker->isAvailable())
        return;
    checkOrphans();
    const bool lead = eventsLead();
    const qint64 lastSnapshot = m_feed->status().lastSnapshotAtMs;
    for (const CallBoard::Slot &slot : m_board.board().state()->slots) {
        const BoardEntry &e = slot.entry;
        if (!e.isLive())
            continue;
        const CallProgress &p = e.progress;
        if (p.status == CallStatus::Checking) {
            m_checker->request(slot.key, SessionChecker::Urgency::Soon);
        } else if (!lead) {
            continue; // without events, checks only settle what the list cannot
        } else if (e.source == TruthSource::List && !m_events->sessions().find(slot.key)) {
            // Listed, but no event or presence of this subscription mentioned it.
            m_checker->request(slot.key, SessionChecker::Urgency::Later);
        } else if (e.fromEvents && e.lastConfirmed.isValid()
                   && e.lastConfirmed.toMSecsSinceEpoch() >= lastSnapshot
                   && (!e.call.isLive() || p.status == CallStatus::Ringing
                       || p.status == CallStatus::Queued)) {
            // The latest list has it ended, or connected, where the events have it live, or
            // still ringing: an event on the way was lost.
            m_checker->request(slot.key, SessionChecker::Urgency::Soon);
        } else if (p.status == CallStatus::Ringing && now - p.statusSinceMs > kRingingDoubtMs) {
            m_checker->request(slot.key, SessionChecker::Urgency::Soon);
        } else if (e.fromEvents && answered(p.status) && lastSnapshot > 0
                   && !(e.lastConfirmed.isValid() && e.lastConfirmed.toMSecsSinceEpoch() >= lastSnapshot)
                   && std::max(e.startMs, p.status == CallStatus::Talking ? p.statusSinceMs : 0)
                       < lastSnapshot - kUnlistedDoubtMs) {
            // Connected by the events long before the latest snapshot, which does not list it:
            // its hang-up may have been lost (the list has connected calls within seconds).
            m_checker->request(slot.key, SessionChecker::Urgency::Soon);
        } else if (answered(p.status) && now - e.sourceAtMs > kLoneLegDoubtMs && [&] {
                       const TelephonySession *s = m_events->sessions().find(slot.key);
                       return s && s->partyCount() <= 1;
                   }()) {
            // A call whose only visible leg is ours (My calls, or a leg the account alone has):
            // no other leg's hang-up can show that its own was lost.
            m_checker->request(slot.key, SessionChecker::Urgency::Later);
        } else if (now - e.sourceAtMs > kSilenceDoubtMs) {
            m_checker->request(slot.key, SessionChecker::Urgency::Later);
        }
    }
}

void CallMonitor::checkOrphans()
{
    if (!m_checker->isAvailable())
        return;
    const qint64 now = m_clock.nowMs();
    for (const QString &id : m_events->sessions().orphanedBefore(now - kOrphanGraceMs)) {
        // Seen from its first ring, every leg of the call is known and a lone one left is a lost
        // hang-up (or a hand-off whose event is late). Joined in progress, legs from before may
        // be missing (a queue call's caller), and a lone known leg says much less.
        const TelephonySession *session = m_events->sessions().find(id);
        m_checker->request(id,
                           session->progress().phasesKnown ? SessionChecker::Urgency::Urgent
                                                           : SessionChecker::Urgency::Soon);
    }
}

void CallMonitor::onChecked(const QString &telephonySessionId, const std::optional<SessionEvent> &session,
                            qint64 askedAtMs)
{
    const qint64 now = m_clock.nowMs();
    CallSessions &sessions = m_events->sessions();
    SessionView view;
    if (session) {
        sessions.adoptCheck(*session, now, askedAtMs);
        view = sessions.view(telephonySessionId);
    } else if (sessions.markGone(telephonySessionId, now, askedAtMs) || sessions.find(telephonySessionId)) {
        view = sessions.view(telephonySessionId);
    } else {
        // A call only the list had: over, by the platform's word.
        view.telephonySessionId = telephonySessionId;
        view.progress.status = CallStatus::Ended;
        view.progress.statusSinceMs = now;
        view.progress.endedAtMs = now;
    }
    view.source = TruthSource::Check;
    view.atMs = now;
    m_dirtySessions.remove(telephonySessionId);
    m_board.submitSessions({ std::move(view) });
}

std::optional<CallMonitor::LiveCounts> CallMonitor::liveCounts() const
{
    if (m_events->state() != TelephonyEvents::State::Live)
        return std::nullopt;
    const CallBoard &board = m_board.board();
    return LiveCounts { board.ringingCount(), board.queuedCount(), board.onHoldCount() };
}

QString CallMonitor::eventsReason() const
{
    return eventsLead() ? QString() : m_events->reason();
}

void CallMonitor::readAccount()
{
    m_client->get(
        m_client->urlFor(api::kMyExtensionPath), api::kLightGroup, this, [this](const RestResponse &r) {
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            if (r.error.isError() || o.isEmpty()) {
                qCWarning(lcApi) << "cannot read the signed-in extension:" << r.error.userMessage();
            } else {
                const QString company = m_account.company; // the business name, if read first
                m_account = AccountInfo::fromExtension(o);
                m_account.known = true;
                if (m_account.company.isEmpty())
                    m_account.company = company;
            }
            // Company scope is for admins; everyone else watches their own calls.
            if (!m_scopeChosen)
                m_feed->setScope(m_account.admin ? CallScope::Account : CallScope::Extension);
            m_scopeChosen = true;
            Q_EMIT accountChanged();
            m_events->setScope(m_feed->scope());
            startFeeds();
            readDirectory(m_client->urlFor(api::kExtensionListPath + QStringLiteral("?perPage=1000")),
                          std::make_shared<ExtensionDirectory>());
            // The company's business name lives on the account, not the extension.
            m_client->get(m_client->urlFor(api::kBusinessAddressPath), api::kLightGroup, this,
                          [this](const RestResponse &address) {
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
    m_client->get(page, api::kMediumGroup, this, [this, collected](const RestResponse &r) {
        if (r.error.isError()) {
            // Without the directory the table shows extension ids: worse, but not broken.
            qCInfo(lcApi) << "cannot read the extension directory:" << r.error.userMessage();
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        for (const QJsonValue &v : o.value(QStringLiteral("records")).toArray()) {
            const QJsonObject e = v.toObject();
            collected->insert(jsonText(e.value(QStringLiteral("id"))),
                              { e.value(QStringLiteral("extensionNumber")).toString(),
                                e.value(QStringLiteral("name")).toString() });
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
    m_events->setScope(scope); // starts over if running
    m_checker->clear();
    m_dirtySessions.clear();
    if (!m_paused && m_auth->state() == AuthSession::State::SignedIn
        && m_feed->status().state == FeedStatus::State::Stopped)
        startFeeds();
}

void CallMonitor::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    // Paused counts would be old counts: the events stop with the feed.
    if (paused) {
        stopFeeds();
    } else if (m_auth->state() == AuthSession::State::SignedIn) {
        startFeeds();
    }
    Q_EMIT statusChanged();
}

void CallMonitor::shutdown(std::function<void()> done)
{
    stopFeeds();
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
