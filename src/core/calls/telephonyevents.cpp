#include "telephonyevents.h"

#include "activecallspage.h"
#include "clock.h"
#include "jsonvalues.h"
#include "logging.h"
#include "platformapi.h"
#include "restclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace callwatch {

namespace {

// The platform's default Heavy limit, until the server states its own.
constexpr int kDefaultHeavyLimit = 10;
// Ended calls are remembered this long, so a late event of theirs is known to be late.
constexpr qint64 kEndedMemoryMs = 10 * 60'000;

} // namespace

TelephonyEvents::TelephonyEvents(RestClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_gateway(client, clock)
{
    m_gateway.setEventFilters({ telephonyFilter(m_scope) });
    connect(&m_gateway, &GatewayConnection::stateChanged, this, &TelephonyEvents::updateState);
    connect(&m_gateway, &GatewayConnection::subscribed, this, &TelephonyEvents::onSubscribed);
    connect(&m_gateway, &GatewayConnection::notification, this, &TelephonyEvents::onNotification);
    m_reason = m_gateway.reason();
}

TelephonyEvents::~TelephonyEvents() = default;

QString TelephonyEvents::telephonyFilter(CallScope scope)
{
    return scope == CallScope::Account ? api::kCompanyTelephonySessionsPath : api::kMyTelephonySessionsPath;
}

void TelephonyEvents::setScope(CallScope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    ++m_generation;
    m_seeded = false;
    m_sessions.clear();
    m_gateway.setEventFilters({ telephonyFilter(scope) }); // starts over if running
}

void TelephonyEvents::start()
{
    m_gateway.start();
}

void TelephonyEvents::stop()
{
    ++m_generation;
    m_seeded = false;
    m_sessions.clear();
    m_gateway.stop();
    updateState();
}

void TelephonyEvents::onSubscribed(bool fresh)
{
    const auto refused = m_gateway.refusedFilters();
    if (!refused.isEmpty()) {
        // The platform said yes and delivers nothing: the app lacks Call Control (which
        // RingCentral must approve), or this user may not watch the company's calls.
        const QString why = refused.first().reason.isEmpty() ? tr("no reason given") : refused.first().reason;
        const QString refusal = m_scope == CallScope::Account
            ? tr("Live call events are unavailable: RingCentral accepted the subscription but left out the "
                 "company's call events (%1). The app needs the Call Control permission, which an "
                 "administrator "
                 "requests in the Developer Console and RingCentral approves; the account-wide events also "
                 "need "
                 "an administrator. The table runs on the active-calls list meanwhile.")
                  .arg(why)
            : tr("Live call events are unavailable: RingCentral accepted the subscription but left out your "
                 "call "
                 "events (%1). The app needs the Call Control permission, which an administrator requests in "
                 "the "
                 "Developer Console and RingCentral approves. The table runs on the active-calls list "
                 "meanwhile.")
                  .arg(why);
        m_gateway.giveUp(refusal, QStringLiteral("CallControl"));
        return;
    }
    if (!fresh && m_seeded) {
        m_gateway.markHealthy();
        updateState(); // recovered: the gateway replays what was missed
        return;
    }
    // Events tell what changes from now on; presence tells what is already ringing or held.
    // Until it has answered the board cannot lean on the events.
    ++m_generation;
    m_seeded = false;
    m_sessions.clear();
    updateState();
    const QString path = m_scope == CallScope::Account
        ? api::kCompanyPresencePath + QStringLiteral("?detailedTelephonyState=true&perPage=1000")
        : api::kMyPresencePath + QStringLiteral("?detailedTelephonyState=true");
    seed(m_client.urlFor(path), m_generation);
}

void TelephonyEvents::seed(const QUrl &page, quint64 generation)
{
    const bool company = m_scope == CallScope::Account;
    const QString &group = company ? api::kHeavyGroup : api::kLightGroup;
    // The company presence is a Heavy request, from the same budget as the active-calls list:
    // it waits its turn like a page of the list, so our own pacing never earns a 429.
    const qint64 now = m_clock.nowMs();
    const qint64 earliest = company ? m_client.rateLimits().earliestSendMs(group, kDefaultHeavyLimit) : now;
    if (earliest > now) {
        QTimer::singleShot(int(std::min<qint64>(m_clock.timerDelayMs(earliest - now), 120'000)),
                           Qt::PreciseTimer, this, [this, page, generation] {
                               if (generation == m_generation)
                                   seed(page, generation);
                           });
        return;
    }
    m_client.get(page, group, this, [this, generation, company](const RestResponse &r) {
        if (generation != m_generation || m_gateway.state() != GatewayConnection::State::Subscribed)
            return;
        if (r.error.kind == ApiError::Kind::Forbidden) {
            m_gateway.giveUp(tr("Live call events are unavailable: %1").arg(r.error.userMessage()));
            return;
        }
        if (r.error.isError()) {
            // Without the calls in progress the board would miss what already rings: not live.
            qCInfo(lcPush) << "cannot read presence:" << r.error.userMessage();
            m_gateway.reconnectLater(r.error, r.error.userMessage());
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QJsonArray extensions
            = company ? o.value(QStringLiteral("records")).toArray() : QJsonArray { o };
        const qint64 now = m_clock.nowMs();
        QStringList changed;
        for (const QJsonValue &e : extensions) {
            for (const SessionEvent &view : SessionEvent::fromPresence(e.toObject())) {
                if (m_sessions.seed(view, now))
                    changed.append(view.telephonySessionId);
            }
        }
        if (company) {
            if (const QUrl next = ActiveCallsPage::nextPageOf(o); !next.isEmpty()) {
                if (!changed.isEmpty())
                    Q_EMIT sessionsChanged(changed);
                seed(next, generation);
                return;
            }
        }
        m_seeded = true;
        m_gateway.markHealthy();
        updateState();
        if (!changed.isEmpty())
            Q_EMIT sessionsChanged(changed);
        Q_EMIT resynced();
    });
}

void TelephonyEvents::onNotification(const QJsonObject &envelope)
{
    const std::optional<SessionEvent> event
        = SessionEvent::fromEventBody(envelope.value(QStringLiteral("body")).toObject());
    if (!event)
        return;
    const qint64 now = m_clock.nowMs();
    if (m_sessions.apply(*event, now))
        Q_EMIT sessionsChanged({ event->telephonySessionId });
    // A walk over every call known: once a minute, not once an event (at 10,000 calls and
    // hundreds of events a second it would be most of the GUI thread's time).
    if (now - m_prunedAtMs > 60'000) {
        m_prunedAtMs = now;
        m_sessions.forgetEndedBefore(now - kEndedMemoryMs);
    }
}

void TelephonyEvents::updateState()
{
    State state = State::Stopped;
    QString reason = m_gateway.reason();
    switch (m_gateway.state()) {
    case GatewayConnection::State::Stopped:
        state = State::Stopped;
        break;
    case GatewayConnection::State::Connecting:
        state = State::Connecting;
        break;
    case GatewayConnection::State::Unavailable:
        state = State::Unavailable;
        break;
    case GatewayConnection::State::Subscribed:
        state = m_seeded ? State::Live : State::Connecting;
        reason = m_seeded ? QString() : tr("Reading the calls in progress…");
        break;
    }
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    Q_EMIT stateChanged();
}

} // namespace callwatch
