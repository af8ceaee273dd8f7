#include "gatewayconnection.h"

#include "clock.h"
#include "jsonvalues.h"
#include "logging.h"
#include "platformapi.h"
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
// With nothing sent for this long, send a heartbeat: the gateway closes a connection whose
// client has been silent for 30 minutes (WSG-902), and ping frames do not count.
constexpr qint64 kHeartbeatAfterMs = 60'000;
constexpr qint64 kHeartbeatAnswerMs = 15'000;
// Reconnect backoff: quick at first, like the official client (every min(8 s, 2 s + 2 s x
// retries)); then slower, because every attempt spends a wstoken request from the Auth budget
// (5 a minute) that token refreshes need too.
constexpr int kQuickRetries = 4;
constexpr qint64 kSlowRetryMs = 30'000;

int timerMs(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
}

QByteArray compact(const QJsonArray &frame)
{
    return QJsonDocument(frame).toJson(QJsonDocument::Compact);
}

} // namespace

GatewayConnection::GatewayConnection(RestClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &GatewayConnection::connectSocket);
    m_heartbeat.setSingleShot(true);
    connect(&m_heartbeat, &QTimer::timeout, this, &GatewayConnection::sendHeartbeat);
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

GatewayConnection::~GatewayConnection()
{
    if (m_socket)
        disconnect(m_socket.get(), nullptr, this, nullptr);
}

void GatewayConnection::setEventFilters(const QStringList &filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    if (m_running) {
        stop();
        start();
    }
}

void GatewayConnection::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_failures = 0;
    m_wscToken.clear();
    m_subscriptionId.clear();
    m_refused.clear();
    m_missingPermission.clear();
    m_disconnectedAtMs = 0;
    connectSocket();
}

void GatewayConnection::stop()
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
    setState(State::Stopped, tr("Live call events are off"));
}

void GatewayConnection::setState(State state, const QString &reason)
{
    const bool changed = state != m_state || reason != m_reason;
    m_state = state;
    m_reason = state == State::Subscribed ? QString() : reason;
    if (changed)
        Q_EMIT stateChanged();
}

bool GatewayConnection::filterMatches(const QString &requested, const QString &granted)
{
    const QUrl r(requested);
    const QUrl g(granted);
    const QStringList rp = r.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QStringList gp = g.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (rp.size() != gp.size())
        return false;
    for (qsizetype i = 0; i < rp.size(); ++i) {
        // The platform answers with `~` expanded to the account's and extension's ids.
        if (rp[i] != gp[i] && rp[i] != QLatin1String("~"))
            return false;
    }
    auto items = [](const QUrl &u) {
        auto list = QUrlQuery(u).queryItems();
        std::sort(list.begin(), list.end());
        return list;
    };
    return items(r) == items(g);
}

void GatewayConnection::connectSocket()
{
    if (!m_running)
        return;
    const bool recovering = !m_wscToken.isEmpty();
    setState(State::Connecting,
             recovering ? tr("Reconnecting to live call events…") : tr("Connecting to live call events…"));
    const quint64 generation = m_generation;
    // A fresh token for every connect: they are single-use and short-lived.
    m_client.post(
        m_client.urlFor(api::kWsTokenPath), api::kAuthGroup, this, [this, generation](const RestResponse &r) {
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
                if (error.kind == ApiError::Kind::Forbidden || error.kind == ApiError::Kind::Unauthorized)
                    giveUp(tr("Live call events are unavailable: %1").arg(error.userMessage()),
                           error.kind == ApiError::Kind::Forbidden ? error.permissionName : QString());
                else
                    retryLater(error, error.userMessage());
                return;
            }
            openSocket(uri, token);
        });
}

void GatewayConnection::openSocket(const QUrl &uri, const QString &token)
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
    connect(socket, &QWebSocket::textMessageReceived, this, &GatewayConnection::onMessage);
    connect(socket, &QWebSocket::disconnected, this, &GatewayConnection::onDisconnected);
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

void GatewayConnection::closeSocket(bool deleteSubscription)
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
            { QStringLiteral("path"),
              QString(api::kSubscriptionPath + QLatin1Char('/') + m_subscriptionId) } } };
        old->sendTextMessage(QString::fromUtf8(compact(request)));
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

void GatewayConnection::onMessage(const QString &text)
{
    m_heartbeatAnswer.stop();
    // The gateway counts a client idle when it has sent nothing for a while, however much it
    // receives: a heartbeat goes out after a minute without sending (restarted by every send).
    if (!m_heartbeat.isActive())
        restartHeartbeat();
    const GatewayFrame frame = GatewayFrame::parse(text);
    // Keep the newest session context: the one to recover with.
    if (frame.hasWsc
        && (m_wscToken.isEmpty() || frame.type == QLatin1String("ConnectionDetails")
            || frame.wscSequence > m_wscSequence)) {
        m_wscToken = frame.wscToken;
        m_wscSequence = frame.wscSequence;
    }
    if (frame.type == QLatin1String("ConnectionDetails")) {
        onConnectionDetails(frame.body.toObject());
    } else if (frame.type == QLatin1String("ServerNotification")) {
        const QJsonObject envelope = frame.body.toObject();
        if (!m_subscriptionId.isEmpty()
            && envelope.value(QStringLiteral("subscriptionId")).toString() == m_subscriptionId)
            Q_EMIT notification(envelope);
    } else if (frame.type == QLatin1String("ClientRequest")) {
        onClientResponse(frame.messageId, frame.status, frame.body);
    } else if (frame.type == QLatin1String("Error")) {
        const QJsonObject body = frame.body.toObject();
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

void GatewayConnection::onConnectionDetails(const QJsonObject &body)
{
    m_handshake.stop();
    m_gatewayError.clear();
    m_disconnectedAtMs = 0;
    // The gateway's word, within reason: a day at most, and never negative.
    m_recoveryTimeoutSeconds
        = int(std::clamp<qint64>(jsonInteger(body.value(QStringLiteral("recoveryTimeout")), 180), 0, 86'400));
    const QString recovery = body.value(QStringLiteral("recoveryState")).toString();
    if (recovery == QLatin1String("Successful") && !m_subscriptionId.isEmpty()) {
        // The subscription lives on and what was missed is replayed.
        qCInfo(lcPush) << "session recovered";
        setState(State::Subscribed);
        Q_EMIT subscribed(false);
        return;
    }
    if (!recovery.isEmpty())
        qCInfo(lcPush) << "recovery failed:" << body.value(QStringLiteral("recoveryErrorCode")).toString();
    m_subscriptionId.clear();
    subscribe();
}

void GatewayConnection::subscribe()
{
    setState(State::Connecting, tr("Subscribing to live call events…"));
    // Exactly the body RingCentral's own WebSocket client sends: every filter in one
    // subscription, because a socket carries only one.
    QJsonArray filters;
    for (const QString &f : std::as_const(m_filters))
        filters.append(f);
    sendRequest(
        QStringLiteral("POST"), api::kSubscriptionPath,
        QJsonObject { { QStringLiteral("eventFilters"), filters },
                      { QStringLiteral("deliveryMode"),
                        QJsonObject { { QStringLiteral("transportType"), QStringLiteral("WebSocket") } } } },
        QStringLiteral("subscribe"));
}

void GatewayConnection::sendRequest(const QString &method, const QString &path, const QJsonObject &body,
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
    m_socket->sendTextMessage(QString::fromUtf8(compact(request)));
    restartHeartbeat();
}

void GatewayConnection::onClientResponse(const QString &messageId, int status, const QJsonValue &body)
{
    const QString purpose = m_pending.take(messageId);
    if (purpose != QLatin1String("subscribe"))
        return;
    if (status >= 200 && status < 300) {
        onSubscriptionAnswer(body.toObject());
        return;
    }
    const ApiError error = ApiError::fromHttp(
        status, QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact), QByteArray());
    if (error.kind == ApiError::Kind::Forbidden || (error.kind == ApiError::Kind::Http && status == 400)) {
        // A refusal retrying cannot change (a permission, a filter the platform rejects).
        giveUp(tr("Live call events are unavailable: %1").arg(error.userMessage()),
               error.kind == ApiError::Kind::Forbidden ? error.permissionName : QString());
        return;
    }
    retryLater(error, error.userMessage());
    if (m_socket)
        m_socket->abort();
}

void GatewayConnection::onSubscriptionAnswer(const QJsonObject &subscription)
{
    m_subscriptionId = subscription.value(QStringLiteral("id")).toString();
    // Success is not the whole answer: a filter the app or user may not use is dropped from
    // `eventFilters`, and usually listed under `disabledFilters` with the reason.
    m_refused = refusedOf(m_filters, subscription);
    for (const RefusedFilter &refused : std::as_const(m_refused))
        qCWarning(lcPush) << "the platform did not grant the event filter" << refused.filter
                          << refused.reason;
    qCInfo(lcPush) << "subscribed;" << m_refused.size() << "of" << m_filters.size() << "filters refused";
    setState(State::Subscribed);
    Q_EMIT subscribed(true);
}

QList<GatewayConnection::RefusedFilter> GatewayConnection::refusedOf(const QStringList &requested,
                                                                     const QJsonObject &subscription)
{
    QStringList granted;
    for (const QJsonValue &f : subscription.value(QStringLiteral("eventFilters")).toArray())
        granted.append(f.toString());
    QList<RefusedFilter> refusedList;
    const QJsonArray disabled = subscription.value(QStringLiteral("disabledFilters")).toArray();
    for (const QString &filter : requested) {
        const bool ok = std::any_of(granted.cbegin(), granted.cend(),
                                    [&filter](const QString &g) { return filterMatches(filter, g); });
        if (ok)
            continue;
        RefusedFilter refused { filter, {} };
        for (const QJsonValue &d : disabled) {
            const QJsonObject o = d.toObject();
            if (filterMatches(filter, o.value(QStringLiteral("filter")).toString())) {
                const QString reason = o.value(QStringLiteral("reason")).toString();
                const QString message = o.value(QStringLiteral("message")).toString();
                refused.reason = message.isEmpty() || message == reason ? reason
                    : reason.isEmpty()                                  ? message
                                       : reason + QStringLiteral(": ") + message;
            }
        }
        refusedList.append(refused);
    }
    return refusedList;
}

GatewayFrame GatewayFrame::parse(const QString &text)
{
    const QJsonArray message = QJsonDocument::fromJson(text.toUtf8()).array();
    const QJsonObject meta = message.at(0).toObject();
    GatewayFrame frame;
    frame.type = meta.value(QStringLiteral("type")).toString();
    frame.messageId = meta.value(QStringLiteral("messageId")).toString();
    frame.status = int(std::clamp<qint64>(jsonInteger(meta.value(QStringLiteral("status")), 0), 0, 999));
    frame.body = message.at(1);
    const QJsonObject wsc = meta.value(QStringLiteral("wsc")).toObject();
    frame.hasWsc = !wsc.isEmpty();
    frame.wscToken = wsc.value(QStringLiteral("token")).toString();
    frame.wscSequence = jsonInteger(wsc.value(QStringLiteral("sequence")), 0);
    return frame;
}

void GatewayConnection::restartHeartbeat()
{
    m_heartbeat.start(timerMs(m_clock.timerDelayMs(kHeartbeatAfterMs)));
}

void GatewayConnection::sendHeartbeat()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QJsonArray heartbeat { QJsonObject {
        { QStringLiteral("type"), QStringLiteral("Heartbeat") },
        { QStringLiteral("messageId"), QUuid::createUuid().toString(QUuid::WithoutBraces) } } };
    // A send that fails means the connection is dead: closing it starts the recovery.
    if (m_socket->sendTextMessage(QString::fromUtf8(compact(heartbeat))) <= 0) {
        m_socket->abort();
        return;
    }
    // A half-open connection (a laptop waking up, a NAT that forgot it) takes sends without
    // complaint for many minutes: the gateway echoes every heartbeat, and no answer in time
    // means the connection is gone.
    m_heartbeatAnswer.start(timerMs(m_clock.timerDelayMs(kHeartbeatAnswerMs)));
    restartHeartbeat();
}

void GatewayConnection::onDisconnected()
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

void GatewayConnection::markHealthy()
{
    m_failures = 0;
}

void GatewayConnection::reconnectLater(const ApiError &error, const QString &reason)
{
    retryLater(error, reason);
    if (m_socket)
        m_socket->abort();
}

void GatewayConnection::retryLater(const ApiError &error, const QString &reason)
{
    ++m_failures;
    qint64 delayMs = m_failures <= kQuickRetries ? 1000LL << (m_failures - 1) : kSlowRetryMs;
    if (error.retryAfterSeconds > 0)
        delayMs = std::max<qint64>(delayMs, m_clock.timerDelayMs(error.retryAfterSeconds * 1000LL));
    qCInfo(lcPush) << "live events unavailable:" << reason << "- retrying in" << delayMs << "ms";
    setState(State::Connecting, tr("Live call events are reconnecting: %1").arg(reason));
    m_retry.start(timerMs(delayMs));
}

void GatewayConnection::giveUp(const QString &reason, const QString &permission)
{
    qCInfo(lcPush) << reason;
    m_missingPermission = permission;
    m_retry.stop();
    setState(State::Unavailable, reason);
    closeSocket(true);
}

} // namespace callwatch
