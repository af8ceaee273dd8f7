#include "activecallsfeed.h"

#include "activecallspage.h"
#include "clock.h"
#include "logging.h"
#include "platformapi.h"
#include "restclient.h"

#include <QtConcurrent>

namespace callwatch {

namespace {

// The platform's default Heavy limit, used until the server has stated its own.
constexpr int kDefaultHeavyLimit = 10;
// 500,000 calls in progress: past any account RingCentral serves.
constexpr int kMaxPages = 500;
constexpr qint64 kFirstBackoffMs = 2'000;
constexpr qint64 kMaxBackoffMs = 60'000;

// A timer interval for `ms` on the feed's clock. Precise, because the page gate works to the
// second and a coarse timer may fire a little early.
int timerInterval(const Clock &clock, qint64 ms)
{
    return int(std::clamp<qint64>(clock.timerDelayMs(ms), 0, std::numeric_limits<int>::max() / 2));
}

} // namespace

ActiveCallsFeed::ActiveCallsFeed(RestClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ActiveCallsFeed::beginSnapshot);
    connect(&m_parser, &QFutureWatcher<ActiveCallsPage>::finished, this, &ActiveCallsFeed::onPageParsed);
}

ActiveCallsFeed::~ActiveCallsFeed()
{
    m_parser.waitForFinished();
}

void ActiveCallsFeed::setScope(CallScope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    if (m_running) {
        stop();
        start();
    }
}

void ActiveCallsFeed::start()
{
    m_running = true;
    m_failures = 0;
    ++m_generation;
    beginSnapshot();
}

void ActiveCallsFeed::stop()
{
    m_running = false;
    ++m_generation;
    m_timer.stop();
    m_refreshPending = false;
    m_collected.clear();
    setState(FeedStatus::State::Stopped);
}

void ActiveCallsFeed::refreshNow()
{
    if (!m_running) {
        start();
        return;
    }
    // A snapshot in progress began before whatever asks for a fresh one (a new subscription,
    // say, that knows nothing of what happened before it): another follows it at once.
    // Otherwise start one now (the page gate still waits for the rate limit).
    if (m_status.state == FeedStatus::State::Fetching)
        m_refreshPending = true;
    else
        beginSnapshot();
}

QUrl ActiveCallsFeed::firstPageUrl() const
{
    const QString &path
        = m_scope == CallScope::Account ? api::kCompanyActiveCallsPath : api::kMyActiveCallsPath;
    return m_client.urlFor(path + QStringLiteral("?page=1&perPage=") + QString::number(m_perPage));
}

qint64 ActiveCallsFeed::budgetIntervalMs() const
{
    // A snapshot of P pages spends P Heavy requests; at L per window W, one snapshot every
    // P * W / L keeps the long-run rate within the limit.
    const GroupBudget b = m_client.rateLimits().budget(api::kHeavyGroup);
    const int limit = b.limit > 0 ? b.limit : kDefaultHeavyLimit;
    return qint64(std::max(1, m_status.pagesPerSnapshot)) * b.windowSeconds * 1000 / limit;
}

void ActiveCallsFeed::beginSnapshot()
{
    if (!m_running)
        return;
    // A new chain of pages: the wait or the answer of an older one (a refreshNow() while it
    // waited for the rate limit) must not add its pages to this one.
    ++m_generation;
    m_timer.stop();
    m_refreshPending = false;
    m_collected.clear();
    m_pagesThisSnapshot = 0;
    m_visitedPages.clear();
    m_snapshotStartMs = 0;
    m_visitedPages.insert(firstPageUrl().toString());
    requestPage(firstPageUrl());
}

void ActiveCallsFeed::requestPage(const QUrl &url)
{
    // The page gate: wait until a Heavy request fits in every window, by our count and the
    // server's. Waiting here, not failing, is what keeps a client out of the 429 trap.
    const qint64 now = m_clock.nowMs();
    const qint64 earliest = m_client.rateLimits().earliestSendMs(api::kHeavyGroup, kDefaultHeavyLimit);
    if (earliest > now) {
        const bool blocked = m_client.rateLimits().isBlocked(api::kHeavyGroup);
        const quint64 generation = m_generation;
        m_status.nextAtMs = earliest;
        setState(blocked ? FeedStatus::State::RateLimited : FeedStatus::State::Waiting);
        QTimer::singleShot(timerInterval(m_clock, earliest - now), Qt::PreciseTimer, this,
                           [this, url, generation] {
                               if (generation == m_generation && m_running)
                                   requestPage(url);
                           });
        return;
    }
    if (m_snapshotStartMs == 0)
        m_snapshotStartMs = now;
    setState(FeedStatus::State::Fetching);
    const quint64 generation = m_generation;
    m_client.get(url, api::kHeavyGroup, this, [this, generation](const RestResponse &r) {
        if (generation != m_generation || !m_running)
            return;
        if (r.error.isError()) {
            failed(r.error);
            return;
        }
        // Reading 1,000 records is real work: do it on a worker thread.
        m_parser.setFuture(QtConcurrent::run([body = r.body] { return ActiveCallsPage::parse(body); }));
    });
}

void ActiveCallsFeed::onPageParsed()
{
    if (!m_running || m_parser.future().resultCount() == 0)
        return;
    ActiveCallsPage page = m_parser.result();
    if (!page.error.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::BadResponse;
        e.message = page.error;
        failed(e);
        return;
    }
    ++m_pagesThisSnapshot;
    std::move(page.records.begin(), page.records.end(), std::back_inserter(m_collected));
    if (!page.nextPage.isEmpty()) {
        // A next page already read would go round for ever; so would a list longer than any
        // account (1,000 records a page).
        QString problem;
        if (m_visitedPages.contains(page.nextPage.toString()))
            problem = tr("the list's next page points back at a page already read");
        else if (m_pagesThisSnapshot >= kMaxPages)
            problem = tr("the list goes on past %1 pages").arg(kMaxPages);
        if (!problem.isEmpty()) {
            ApiError e;
            e.kind = ApiError::Kind::BadResponse;
            e.message = problem;
            failed(e);
            return;
        }
        m_visitedPages.insert(page.nextPage.toString());
        requestPage(page.nextPage);
        return;
    }

    const qint64 now = m_clock.nowMs();
    m_failures = 0;
    m_status.error = {};
    m_status.pagesPerSnapshot = m_pagesThisSnapshot;
    m_status.lastSnapshotAtMs = now;
    m_status.intervalMs = std::max(
        { m_userIntervalMs, budgetIntervalMs(), m_perPageIntervalMs * std::max(1, m_pagesThisSnapshot) });
    const CallSnapshot records
        = std::make_shared<const std::vector<ActiveCall>>(std::exchange(m_collected, {}));
    qCDebug(lcFeed) << "snapshot:" << records->size() << "records in" << m_pagesThisSnapshot << "pages";
    const quint64 generation = m_generation;
    Q_EMIT snapshotReady(records, now);
    if (generation != m_generation || !m_running)
        return; // a receiver stopped or re-scoped the feed
    if (m_refreshPending) {
        beginSnapshot();
        return;
    }
    scheduleAt(std::max(now, m_snapshotStartMs + m_status.intervalMs), FeedStatus::State::Waiting);
}

void ActiveCallsFeed::failed(const ApiError &error)
{
    m_collected.clear();
    m_status.error = error;
    const qint64 now = m_clock.nowMs();
    if (error.kind == ApiError::Kind::Forbidden || error.kind == ApiError::Kind::Unauthorized
        || error.kind == ApiError::Kind::InsecureServer || error.kind == ApiError::Kind::Redirected) {
        qCWarning(lcFeed) << "stopping:" << error.userMessage();
        m_running = false;
        ++m_generation;
        setState(error.kind == ApiError::Kind::Forbidden          ? FeedStatus::State::PermissionDenied
                     : error.kind == ApiError::Kind::Unauthorized ? FeedStatus::State::SignInRequired
                                                                  : FeedStatus::State::Failed);
        Q_EMIT stopped(error);
        return;
    }
    if (m_maxRetries >= 0 && m_failures >= m_maxRetries) {
        m_running = false;
        ++m_generation;
        setState(FeedStatus::State::Failed);
        Q_EMIT stopped(error);
        return;
    }
    ++m_failures;
    if (error.kind == ApiError::Kind::RateLimited) {
        // The rate-limit state now holds the server's Retry-After; the page gate waits it out.
        const qint64 until = std::max(now + qint64(error.retryAfterSeconds) * 1000,
                                      m_client.rateLimits().budget(api::kHeavyGroup).blockedUntilMs);
        qCInfo(lcFeed) << "rate limited; next snapshot in" << (until - now) / 1000 << "s";
        scheduleAt(until, FeedStatus::State::RateLimited);
        return;
    }
    qint64 delay = std::min(kMaxBackoffMs, kFirstBackoffMs << std::min(m_failures - 1, 10));
    delay = std::max(delay, qint64(error.retryAfterSeconds) * 1000);
    // The page gate waits for the budget too: the status says the wait that will happen.
    const qint64 until
        = std::max(now + delay, m_client.rateLimits().earliestSendMs(api::kHeavyGroup, kDefaultHeavyLimit));
    qCInfo(lcFeed) << error.userMessage() << "- retrying in" << (until - now) / 1000 << "s";
    scheduleAt(until, FeedStatus::State::Retrying);
}

void ActiveCallsFeed::scheduleAt(qint64 atMs, FeedStatus::State state)
{
    m_status.nextAtMs = atMs;
    m_timer.start(timerInterval(m_clock, atMs - m_clock.nowMs()));
    setState(state);
}

void ActiveCallsFeed::setState(FeedStatus::State state)
{
    m_status.state = state;
    Q_EMIT statusChanged();
}

} // namespace callwatch
