#include "telephonypush.h"

#include "activecallspage.h"
#include "authsession.h"
#include "clock.h"
#include "logging.h"
#include "restclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>
#include <algorithm>
#include <limits>

namespace callwatch {

namespace {

// The gateway must say who it is within this long after the socket opens.
constexpr int kHandshakeTimeoutMs = 30'000;
// With no message for this long, ask the gateway for a heartbeat (the official client's default).
constexpr qint64 kHeartbeatAfterMs = 60'000;
constexpr qint64 kHeartbeatAnswerMs = 15'000;
// A session that ended is remembered this long, so a late event of it is recognised as old.
constexpr qint64 kEndedSessionMemoryMs = 10 * 60'000;
// Reconnect backoff: quick at first, like the official client (every min(8 s, 2 s + 2 s x
// retries)); then slower, because every attempt spends a wstoken request from the Auth budget
// (5 a minute) that token refreshes need too.
constexpr int kQuickRetries = 4;
constexpr qint64 kSlowRetryMs = 30'000;

const QString kSubscriptionPath = QStringLiteral("/restapi/v1.0/subscription");

bool isRinging(const QString &code)
{
    return code == QLatin1String("Setup") || code == QLatin1String("Proceeding");
}

// A parked call waits at a park location for someone to pick it up, exactly like a call on
// hold from the caller's point of view, so the strip counts it as on hold.
bool isOnHold(const QString &code)
{
    return code == QLatin1String("Hold") || code == QLatin1String("Parked");
}

bool isFinished(const QString &code)
{
    return code == QLatin1String("Disconnected") || code == QLatin1String("Gone");
}

int timerMs(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
}

} // namespace

TelephonyPush::TelephonyPush(RestClient &client, AuthSession &auth, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_auth(auth)
    , m_clock(clock)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TelephonyPush::connectSocket);
    m_heartbeat.setSingleShot(true);
    connect(&m_heartbeat, &QTimer::timeout, this, &TelephonyPush::sendHeartbeat);
    m_heartbeatAnswer.setSingleShot(true);
    connect(&m_heartbeatAnswer, &QTimer::timeout, this, [this] {
        qCInfo(lcPush) << "no answer to the heartbeat: the connection is gone";
        if (m_socket)
            m_socket->abort();
    });
    m_handshake.setSingleShot(true);
    m_handshake.setInterval(kHandshakeTimeoutMs);
    connect(&m_handshake, &QTimer::timeout, this, [this] {
        qCInfo(lcPush) << "no ConnectionDetails in time; reconnecting";
        if (m_socket)
            m_socket->abort();
    });
    m_reason = tr("Live call events are off");
}

TelephonyPush::~TelephonyPush()
{
    if (m_socket)
        disconnect(m_socket.get(), nullptr, this, nullptr);
}

void TelephonyPush::setScope(CallScope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    if (m_running) {
        stop();
        start();
    }
}

void TelephonyPush::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_failures = 0;
    m_wscToken.clear();
    m_subscriptionId.clear();
    m_disconnectedAtMs = 0;
    connectSocket();
}

void TelephonyPush::stop()
{
    if (!m_running && !m_socket)
        return;
    m_running = false;
    ++m_generation;
    m_retry.stop();
    m_heartbeat.stop();
    m_heartbeatAnswer.stop();
    m_handshake.stop();
    closeSocket(true);
    m_wscToken.clear();
    m_subscriptionId.clear();
    m_sessions.clear();
    m_seeded = false;
    setState(State::Stopped, tr("Live call events are off"));
}

std::optional<TelephonyPush::Counts> TelephonyPush::counts() const
{
    if (m_state != State::Live)
        return std::nullopt;
    return m_counts;
}

void TelephonyPush::setState(State state, const QString &reason)
{
    const bool countsWereKnown = counts().has_value();
    const bool changed = state != m_state || reason != m_reason;
    m_state = state;
    m_reason = state == State::Live ? QString() : reason;
    if (changed)
        Q_EMIT stateChanged();
    if (countsWereKnown != counts().has_value())
        Q_EMIT countsChanged();
}

void TelephonyPush::connectSocket()
{
    if (!m_running)
        return;
    const bool recovering = !m_wscToken.isEmpty();
    setState(State::Connecting,
             recovering ? tr("Reconnecting to live call events…") : tr("Connecting to live call events…"));
    const quint64 generation = m_generation;
    // A fresh token for every connect: they are single-use and short-lived.
    m_client.post(m_client.urlFor(QStringLiteral("/restapi/oauth/wstoken")), QStringLiteral("auth"), this,
                  [this, generation](const RestResponse &r) {
                      if (generation != m_generation)
                          return;
                      const QJsonObject o = QJsonDocument::fromJson(r.body).object();
                      const QString token = o.value(QStringLiteral("ws_access_token")).toString();
                      const QUrl uri(o.value(QStringLiteral("uri")).toString());
                      if (r.error.isError() || token.isEmpty() || !uri.isValid()) {
                          ApiError error = r.error;
                          if (!error.isError()) {
                              error.kind = ApiError::Kind::BadResponse;
                              error.message = tr("the WebSocket token answer has no token or address");
                          }
                          if (error.kind == ApiError::Kind::Forbidden
                              || error.kind == ApiError::Kind::Unauthorized)
                              giveUp(tr("Live call events are unavailable: %1").arg(error.userMessage()));
                          else
                              retryLater(error, error.userMessage());
                          return;
                      }
                      openSocket(uri, token);
                  });
}

void TelephonyPush::openSocket(const QUrl &uri, const QString &token)
{
    // The gateway gets the same rule as the REST server: TLS unless it is this machine.
    QUrl asHttp = uri;
    asHttp.setScheme(uri.scheme() == QLatin1String("wss") ? QStringLiteral("https") : QStringLiteral("http"));
    QString why;
    if ((uri.scheme() != QLatin1String("wss") && uri.scheme() != QLatin1String("ws"))
        || !RestClient::isAllowedServer(asHttp, &why)) {
        giveUp(tr("Live call events are unavailable: the gateway address is not secure (%1)")
                   .arg(uri.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        return;
    }
    // Recovery keeps the subscription and replays what was missed, if the window is still open.
    if (!m_wscToken.isEmpty() && m_clock.nowMs() - m_disconnectedAtMs > m_recoveryTimeoutSeconds * 1000LL) {
        m_wscToken.clear();
        m_subscriptionId.clear();
    }
    QUrl url = uri;
    QUrlQuery query(uri);
    query.addQueryItem(QStringLiteral("access_token"), QString::fromLatin1(QUrl::toPercentEncoding(token)));
    if (!m_wscToken.isEmpty())
        query.addQueryItem(QStringLiteral("wsc"), QString::fromLatin1(QUrl::toPercentEncoding(m_wscToken)));
    url.setQuery(query);

    closeSocket(false);
    m_socket = std::make_unique<QWebSocket>();
    QWebSocket *socket = m_socket.get();
    connect(socket, &QWebSocket::textMessageReceived, this, &TelephonyPush::onMessage);
    connect(socket, &QWebSocket::disconnected, this, &TelephonyPush::onDisconnected);
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [socket](QAbstractSocket::SocketError) {
                qCInfo(lcPush) << "WebSocket error:" << socket->errorString();
            });
    m_pending.clear();
    m_handshake.start();
    qCInfo(lcPush) << "connecting to" << uri.toString(QUrl::RemoveQuery)
                   << (m_wscToken.isEmpty() ? "" : "to recover");
    socket->open(url);
}

void TelephonyPush::closeSocket(bool deleteSubscription)
{
    if (!m_socket)
        return;
    QWebSocket *old = m_socket.release();
    disconnect(old, nullptr, this, nullptr);
    connect(old, &QWebSocket::disconnected, old, &QObject::deleteLater);
    if (deleteSubscription && !m_subscriptionId.isEmpty()
        && old->state() == QAbstractSocket::ConnectedState) {
        // Tidy up on the server, then close once it has answered (or after a moment).
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonArray request { QJsonObject {
            { QStringLiteral("type"), QStringLiteral("ClientRequest") },
            { QStringLiteral("messageId"), id },
            { QStringLiteral("method"), QStringLiteral("DELETE") },
            { QStringLiteral("path"), QString(kSubscriptionPath + QLatin1Char('/') + m_subscriptionId) } } };
        old->sendTextMessage(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
        connect(old, &QWebSocket::textMessageReceived, old, [old, id](const QString &text) {
            if (QJsonDocument::fromJson(text.toUtf8())
                    .array()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("messageId"))
                    .toString()
                == id)
                old->close();
        });
        QTimer::singleShot(2000, old, [old] { old->close(); });
        return;
    }
    if (old->state() == QAbstractSocket::UnconnectedState)
        old->deleteLater();
    else
        old->close();
}

void TelephonyPush::onMessage(const QString &text)
{
    m_heartbeatAnswer.stop();
    // The gateway counts a client idle when it has sent nothing for a while, however much it
    // receives: a heartbeat goes out after a minute without sending (restarted by every send).
    if (!m_heartbeat.isActive())
        restartHeartbeat();
    const QJsonArray message = QJsonDocument::fromJson(text.toUtf8()).array();
    const QJsonObject meta = message.at(0).toObject();
    const QString type = meta.value(QStringLiteral("type")).toString();
    const QJsonObject wsc = meta.value(QStringLiteral("wsc")).toObject();
    const qint64 wscSequence = qint64(wsc.value(QStringLiteral("sequence")).toDouble());
    // Keep the newest session context: the one to recover with.
    if (!wsc.isEmpty()
        && (m_wscToken.isEmpty() || type == QLatin1String("ConnectionDetails")
            || wscSequence > m_wscSequence)) {
        m_wscToken = wsc.value(QStringLiteral("token")).toString();
        m_wscSequence = wscSequence;
    }
    if (type == QLatin1String("ConnectionDetails")) {
        onConnectionDetails(meta, message.at(1).toObject());
    } else if (type == QLatin1String("ServerNotification")) {
        onNotification(message.at(1).toObject());
    } else if (type == QLatin1String("ClientRequest")) {
        onClientResponse(meta.value(QStringLiteral("messageId")).toString(),
                         meta.value(QStringLiteral("status")).toInt(), message.at(1));
    } else if (type == QLatin1String("Error")) {
        const QJsonObject body = message.at(1).toObject();
        const QString code = body.value(QStringLiteral("errorCode")).toString();
        qCInfo(lcPush) << "gateway error" << code << body.value(QStringLiteral("message")).toString();
        if (code == QLatin1String("WSG-400")) {
            // The session context was refused: the next connect starts a new session.
            m_wscToken.clear();
            m_subscriptionId.clear();
        }
        // Said when the connection it announces has closed (onDisconnected), not while live.
        m_gatewayError = tr("The event gateway closed the connection (%1)").arg(code);
    }
}

void TelephonyPush::onConnectionDetails(const QJsonObject &, const QJsonObject &body)
{
    m_handshake.stop();
    m_gatewayError.clear();
    m_disconnectedAtMs = 0;
    m_recoveryTimeoutSeconds = body.value(QStringLiteral("recoveryTimeout")).toInt(180);
    const QString recovery = body.value(QStringLiteral("recoveryState")).toString();
    if (recovery == QLatin1String("Successful") && !m_subscriptionId.isEmpty() && m_seeded) {
        // The subscription lives on and what was missed is replayed: the counts are current again.
        qCInfo(lcPush) << "session recovered";
        m_failures = 0;
        recount();
        setState(State::Live);
        return;
    }
    if (!recovery.isEmpty())
        qCInfo(lcPush) << "recovery failed:" << body.value(QStringLiteral("recoveryErrorCode")).toString();
    // A new session: what the old one knew may be out of date, so start over.
    m_subscriptionId.clear();
    m_sessions.clear();
    m_seeded = false;
    subscribe();
}

void TelephonyPush::subscribe()
{
    setState(State::Connecting, tr("Subscribing to live call events…"));
    const QString filter = m_scope == CallScope::Account
        ? QStringLiteral("/restapi/v1.0/account/~/telephony/sessions")
        : QStringLiteral("/restapi/v1.0/account/~/extension/~/telephony/sessions");
    // Exactly the body RingCentral's own WebSocket client sends.
    sendRequest(
        QStringLiteral("POST"), kSubscriptionPath,
        QJsonObject { { QStringLiteral("eventFilters"), QJsonArray { filter } },
                      { QStringLiteral("deliveryMode"),
                        QJsonObject { { QStringLiteral("transportType"), QStringLiteral("WebSocket") } } } },
        QStringLiteral("subscribe"));
}

void TelephonyPush::sendRequest(const QString &method, const QString &path, const QJsonObject &body,
                                const QString &purpose)
{
    if (!m_socket)
        return;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonArray request { QJsonObject { { QStringLiteral("type"), QStringLiteral("ClientRequest") },
                                       { QStringLiteral("messageId"), id },
                                       { QStringLiteral("method"), method },
                                       { QStringLiteral("path"), path } } };
    if (!body.isEmpty())
        request.append(body);
    m_pending.insert(id, purpose);
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    restartHeartbeat();
}

void TelephonyPush::onClientResponse(const QString &messageId, int status, const QJsonValue &body)
{
    const QString purpose = m_pending.take(messageId);
    if (purpose != QLatin1String("subscribe"))
        return;
    if (status >= 200 && status < 300) {
        m_subscriptionId = body.toObject().value(QStringLiteral("id")).toString();
        qCInfo(lcPush) << "subscribed to telephony sessions";
        // Events only tell what changes from now on; presence tells what is already ringing
        // or held. Until it has answered, the counts are not known.
        setState(State::Connecting, tr("Reading the calls in progress…"));
        const QString path = m_scope == CallScope::Account
            ? QStringLiteral("/restapi/v1.0/account/~/presence?detailedTelephonyState=true&perPage=1000")
            : QStringLiteral("/restapi/v1.0/account/~/extension/~/presence?detailedTelephonyState=true");
        seed(m_client.urlFor(path), m_generation);
        return;
    }
    const ApiError error = ApiError::fromHttp(
        status, QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact), QByteArray());
    if (error.kind == ApiError::Kind::Forbidden) {
        giveUp(tr("Live call events are unavailable: %1").arg(error.userMessage()));
        return;
    }
    retryLater(error, error.userMessage());
    if (m_socket)
        m_socket->abort();
}

void TelephonyPush::seed(const QUrl &page, quint64 generation)
{
    const bool company = m_scope == CallScope::Account;
    m_client.get(
        page, company ? QStringLiteral("heavy") : QStringLiteral("light"), this,
        [this, generation, company, subscription = m_subscriptionId](const RestResponse &r) {
            // An answer for a subscription or a connection that is gone meanwhile would make
            // counts live without events to keep them current: the reconnect seeds again.
            if (generation != m_generation || !m_running || m_subscriptionId != subscription || !m_socket
                || m_socket->state() != QAbstractSocket::ConnectedState)
                return;
            if (r.error.kind == ApiError::Kind::Forbidden) {
                giveUp(tr("Live call events are unavailable: %1").arg(r.error.userMessage()));
                return;
            }
            if (r.error.isError()) {
                // Without the calls in progress the counts would be too low: not live.
                qCInfo(lcPush) << "cannot read presence:" << r.error.userMessage();
                retryLater(r.error, r.error.userMessage());
                if (m_socket)
                    m_socket->abort();
                return;
            }
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            const QJsonArray extensions
                = company ? o.value(QStringLiteral("records")).toArray() : QJsonArray { o };
            for (const QJsonValue &e : extensions) {
                const QJsonObject presence = e.toObject();
                const QString extensionId = QString::number(qint64(presence.value(QStringLiteral("extension"))
                                                                       .toObject()
                                                                       .value(QStringLiteral("id"))
                                                                       .toDouble()));
                for (const QJsonValue &c : presence.value(QStringLiteral("activeCalls")).toArray()) {
                    const QJsonObject call = c.toObject();
                    const QString status = call.value(QStringLiteral("telephonyStatus")).toString();
                    Session &s = m_sessions[call.value(QStringLiteral("telephonySessionId")).toString()];
                    // An event that came in meanwhile is newer than this answer.
                    if (s.sequence > 0 || s.endedAtMs > 0)
                        continue;
                    const QString code = status == QLatin1String("Ringing") ? QStringLiteral("Proceeding")
                        : status == QLatin1String("OnHold")                 ? QStringLiteral("Hold")
                        : status == QLatin1String("ParkedCall")             ? QStringLiteral("Parked")
                                                                            : QStringLiteral("Answered");
                    applyParty(s, call.value(QStringLiteral("partyId")).toString(), code, extensionId);
                }
            }
            if (company) {
                if (const QUrl next = ActiveCallsPage::nextPageOf(o); !next.isEmpty()) {
                    seed(next, generation);
                    return;
                }
            }
            m_seeded = true;
            m_failures = 0;
            recount();
            setState(State::Live);
        });
}

void TelephonyPush::onNotification(const QJsonObject &envelope)
{
    if (m_subscriptionId.isEmpty()
        || envelope.value(QStringLiteral("subscriptionId")).toString() != m_subscriptionId)
        return;
    const QJsonObject body = envelope.value(QStringLiteral("body")).toObject();
    const QString id = body.value(QStringLiteral("telephonySessionId")).toString();
    const qint64 sequence = qint64(body.value(QStringLiteral("sequence")).toDouble());
    if (id.isEmpty())
        return;
    Session &s = m_sessions[id];
    // Events may arrive out of order: an older one than what is known changes nothing.
    if (sequence <= s.sequence)
        return;
    s.sequence = sequence;
    for (const QJsonValue &p : body.value(QStringLiteral("parties")).toArray()) {
        const QJsonObject party = p.toObject();
        applyParty(s, party.value(QStringLiteral("id")).toString(),
                   party.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toString(),
                   party.value(QStringLiteral("extensionId")).toString());
    }
    const qint64 now = m_clock.nowMs();
    // A session whose parties are all gone is ended; one that has parties again (the first
    // event of "My calls" may carry only the other side) is not.
    if (!s.parties.isEmpty())
        s.endedAtMs = 0;
    else if (s.endedAtMs == 0)
        s.endedAtMs = now;
    m_sessions.removeIf([now](const auto &e) {
        return e.value().parties.isEmpty() && e.value().endedAtMs > 0
            && now - e.value().endedAtMs > kEndedSessionMemoryMs;
    });
    if (m_seeded)
        recount();
}

void TelephonyPush::applyParty(Session &session, const QString &partyId, const QString &code,
                               const QString &extensionId)
{
    // "My calls" counts the user's own parties only, whatever else an event carries.
    if (m_scope == CallScope::Extension && !extensionId.isEmpty() && extensionId != m_auth.ownerId())
        return;
    if (partyId.isEmpty())
        return;
    if (isFinished(code))
        session.parties.remove(partyId);
    else
        session.parties.insert(partyId, code);
}

void TelephonyPush::recount()
{
    Counts c;
    // Calls, as the strip says, not parties: an internal call has two, a queue call rings
    // several agents at once.
    for (const Session &s : std::as_const(m_sessions)) {
        c.ringing += std::any_of(s.parties.cbegin(), s.parties.cend(), isRinging) ? 1 : 0;
        c.onHold += std::any_of(s.parties.cbegin(), s.parties.cend(), isOnHold) ? 1 : 0;
    }
    if (c == m_counts)
        return;
    m_counts = c;
    if (m_state == State::Live)
        Q_EMIT countsChanged();
}

void TelephonyPush::restartHeartbeat()
{
    m_heartbeat.start(timerMs(m_clock.timerDelayMs(kHeartbeatAfterMs)));
}

void TelephonyPush::sendHeartbeat()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QJsonArray heartbeat { QJsonObject {
        { QStringLiteral("type"), QStringLiteral("Heartbeat") },
        { QStringLiteral("messageId"), QUuid::createUuid().toString(QUuid::WithoutBraces) } } };
    // A send that fails means the connection is dead: closing it starts the recovery.
    if (m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(heartbeat).toJson(QJsonDocument::Compact)))
        <= 0) {
        m_socket->abort();
        return;
    }
    // A half-open connection (a laptop waking up, a NAT that forgot it) takes sends without
    // complaint for many minutes: the gateway echoes every heartbeat, and no answer in time
    // means the connection is gone.
    m_heartbeatAnswer.start(timerMs(m_clock.timerDelayMs(kHeartbeatAnswerMs)));
    restartHeartbeat();
}

void TelephonyPush::onDisconnected()
{
    m_handshake.stop();
    m_heartbeat.stop();
    m_heartbeatAnswer.stop();
    if (!m_running)
        return;
    if (m_disconnectedAtMs == 0)
        m_disconnectedAtMs = m_clock.nowMs();
    qCInfo(lcPush) << "disconnected from the event gateway";
    if (m_state == State::Unavailable && !m_retry.isActive())
        return; // given up; a start() tries again
    if (!m_retry.isActive()) {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        // The gateway's own reason, when it gave one before closing, says more than "lost".
        const QString reason = m_gatewayError.isEmpty() ? tr("The connection was lost") : m_gatewayError;
        m_gatewayError.clear();
        retryLater(e, reason);
    }
}

void TelephonyPush::retryLater(const ApiError &error, const QString &reason)
{
    ++m_failures;
    qint64 delayMs = m_failures <= kQuickRetries ? 1000LL << (m_failures - 1) : kSlowRetryMs;
    if (error.retryAfterSeconds > 0)
        delayMs = std::max<qint64>(delayMs, m_clock.timerDelayMs(error.retryAfterSeconds * 1000LL));
    qCInfo(lcPush) << "live events unavailable:" << reason << "- retrying in" << delayMs << "ms";
    setState(State::Connecting, tr("Live call events are reconnecting: %1").arg(reason));
    m_retry.start(timerMs(delayMs));
}

void TelephonyPush::giveUp(const QString &reason)
{
    qCInfo(lcPush) << reason;
    m_retry.stop();
    setState(State::Unavailable, reason);
    closeSocket(false);
}

} // namespace callwatch
