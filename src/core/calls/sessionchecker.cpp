#include "sessionchecker.h"

#include "clock.h"
#include "logging.h"
#include "platformapi.h"
#include "restclient.h"

#include <QJsonDocument>

namespace callwatch {

namespace {

// One check every 1.25 s at most: 48 a minute of the Light group's 50, leaving the rest for the
// account reads (a few at start and on a scope change). At 10,000 calls the lost hang-ups of 1 %
// dropped events alone need about as many. RateLimitState still gates each one by the server's
// own count.
constexpr qint64 kSpacingMs = 1'250;
constexpr int kDefaultLightLimit = 50;
// The least urgent checks (rows merely unconfirmed for long) take at most one in four of them,
// so a busy account's hundreds of long, quiet calls never hold the Light budget for long.
constexpr qint64 kLaterSpacingMs = 5'000;
// A call checked once is not checked again for this long, however doubtful it still looks.
constexpr qint64 kRecheckAfterMs = 30'000;
// A long queue of "later" checks is cut: on a busy account the oldest doubts go stale.
constexpr size_t kMaxLater = 200;

} // namespace

SessionChecker::SessionChecker(RestClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SessionChecker::pump);
    m_uptime.start();
}

SessionChecker::~SessionChecker() = default;

void SessionChecker::request(const QString &telephonySessionId, Urgency urgency)
{
    if (!isAvailable() || telephonySessionId.isEmpty())
        return;
    const auto queued = m_queued.constFind(telephonySessionId);
    if (queued != m_queued.cend()) {
        if (int(urgency) < int(*queued)) {
            // The old place stays in its queue and is skipped when reached.
            m_queued.insert(telephonySessionId, urgency);
            queueFor(urgency).push_back(telephonySessionId);
            pump();
        }
        return;
    }
    const qint64 now = m_uptime.elapsed();
    const auto asked = m_lastAsked.constFind(telephonySessionId);
    if (asked != m_lastAsked.cend() && now - *asked < kRecheckAfterMs)
        return;
    m_lastAsked.insert(telephonySessionId, now);
    m_queued.insert(telephonySessionId, urgency);
    std::deque<QString> &queue = queueFor(urgency);
    queue.push_back(telephonySessionId);
    if (urgency == Urgency::Later && queue.size() > kMaxLater) {
        const QString dropped = queue.front();
        queue.pop_front();
        if (m_queued.value(dropped) == Urgency::Later)
            m_queued.remove(dropped);
    }
    // Old entries would otherwise pile up over a day of calls.
    if (m_lastAsked.size() > 20'000)
        m_lastAsked.removeIf([now](const auto &e) { return now - e.value() > kRecheckAfterMs; });
    pump();
}

void SessionChecker::withdraw(const QString &telephonySessionId)
{
    // Its place in the deque is skipped when reached; it may be asked for again at once.
    if (m_queued.remove(telephonySessionId))
        m_lastAsked.remove(telephonySessionId);
}

std::deque<QString> &SessionChecker::queueFor(Urgency urgency)
{
    return m_queues[int(urgency)];
}

bool SessionChecker::isQueued() const
{
    return !m_queued.isEmpty();
}

void SessionChecker::clear()
{
    ++m_generation;
    m_why.clear(); // a new scope or start asks again
    for (auto &queue : m_queues)
        queue.clear();
    m_queued.clear();
    m_lastAsked.clear();
    m_inFlight = false;
    m_timer.stop();
}

void SessionChecker::pump()
{
    if (m_inFlight || !isAvailable() || !isQueued())
        return;
    const qint64 now = m_clock.nowMs();
    const qint64 budgetAt = m_client.rateLimits().earliestSendMs(api::kLightGroup, kDefaultLightLimit);
    const qint64 spacingLeft = m_sinceSent.isValid() ? kSpacingMs - m_sinceSent.elapsed() : 0;
    if (budgetAt > now || spacingLeft > 0) {
        const qint64 wait = std::max(budgetAt > now ? m_clock.timerDelayMs(budgetAt - now) : 0, spacingLeft);
        if (!m_timer.isActive())
            m_timer.start(int(std::clamp<qint64>(wait, 1, 600'000)));
        return;
    }
    const bool onlyLater
        = std::none_of(m_queued.cbegin(), m_queued.cend(), [](Urgency u) { return u != Urgency::Later; });
    if (onlyLater && m_sinceLater.isValid() && m_sinceLater.elapsed() < kLaterSpacingMs) {
        if (!m_timer.isActive())
            m_timer.start(int(kLaterSpacingMs - m_sinceLater.elapsed()) + 1);
        return;
    }
    for (int urgency = 0; urgency < 3; ++urgency) {
        std::deque<QString> &queue = m_queues[urgency];
        while (!queue.empty()) {
            const QString id = queue.front();
            queue.pop_front();
            const auto queued = m_queued.constFind(id);
            if (queued == m_queued.cend() || int(*queued) != urgency)
                continue; // moved up, already checked
            m_queued.erase(queued);
            if (urgency == int(Urgency::Later))
                m_sinceLater.start();
            send(id);
            return;
        }
    }
}

void SessionChecker::send(const QString &telephonySessionId)
{
    m_inFlight = true;
    m_sinceSent.start();
    ++m_sent;
    const quint64 generation = m_generation;
    const qint64 askedAtMs = m_clock.nowMs();
    m_client.get(m_client.urlFor(api::telephonySessionPath(telephonySessionId)), api::kLightGroup, this,
                 [this, generation, telephonySessionId, askedAtMs](const RestResponse &r) {
                     if (generation != m_generation)
                         return;
                     m_inFlight = false;
                     m_lastAsked.insert(telephonySessionId, m_uptime.elapsed());
                     if (r.status == 404) {
                         Q_EMIT checked(telephonySessionId, std::nullopt, askedAtMs);
                     } else if (r.error.kind == ApiError::Kind::Forbidden) {
                         // Without Call Control no check will ever answer: stop asking.
                         m_why = tr("Calls cannot be checked one by one: %1").arg(r.error.userMessage());
                         qCInfo(lcPush) << m_why;
                         for (auto &queue : m_queues)
                             queue.clear();
                         m_queued.clear();
                         Q_EMIT unavailable(m_why);
                         return;
                     } else if (!r.error.isError()) {
                         const auto session
                             = SessionEvent::fromSessionObject(QJsonDocument::fromJson(r.body).object());
                         if (session)
                             Q_EMIT checked(telephonySessionId, session, askedAtMs);
                     } else {
                         qCInfo(lcPush) << "cannot check a call:" << r.error.userMessage();
                     }
                     pump();
                 });
}

} // namespace callwatch
