#include "pushgateway.h"

#include "callengine.h"
#include "faultplan.h"
#include "oauthsessions.h"
#include "simaccount.h"
#include "simclock.h"
#include "simpresence.h"
#include "simserver.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSimPush, "callwatch.sim.push", QtInfoMsg)

namespace callwatch::sim {

namespace {

// Transport keep-alive runs on real time: it is about the socket, not the platform's clock.
constexpr int kPingIntervalMs = 30'000;
constexpr int kPongTimeoutMs = 10'000;
constexpr int kTickMs = 200;

const QString kSubscriptionPath = QStringLiteral("/restapi/v1.0/subscription");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (auto &b : raw)
        b = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QByteArray frame(const QJsonObject &meta, const std::optional<QJsonValue> &body)
{
    QJsonArray message { meta };
    if (body)
        message.append(*body);
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

} // namespace

PushGateway::PushGateway(const SimAccount &account, const SimClock &clock, CallEngine &engine,
                         const SimPresence &presence, FaultPlan &faults, quint64 seed, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_clock(clock)
    , m_engine(engine)
    , m_presence(presence)
    , m_faults(faults)
    , m_seed(seed)
    , m_telephony(account)
{
    m_engine.setAdvanceListener([this](qint64 fromMs, qint64 toMs) { onCallsAdvanced(fromMs, toMs); });
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &PushGateway::tick);
}

PushGateway::~PushGateway()
{
    m_engine.setAdvanceListener({});
    // The server takes its sockets with it, and their disconnects still look up sessions.
    m_server.reset();
}

quint16 PushGateway::start()
{
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("callwatch-sim WSG"),
                                                  QWebSocketServer::NonSecureMode);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return 0;
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &PushGateway::onNewConnection);
    m_url = QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server->serverPort()));
    m_tick.start();
    return m_server->serverPort();
}

QString PushGateway::issueToken(const OAuthSession &session)
{
    const QString token = QStringLiteral("U0pDMDFQMDFXU0d8") + randomHex(24);
    m_tokens.insert(token,
                    { session.id, session.ownerId, session.scope, m_clock.nowMs() + kWsTokenSeconds * 1000 });
    return token;
}

int PushGateway::connectionCount() const
{
    return int(std::count_if(m_sessions.begin(), m_sessions.end(),
                             [](const auto &s) { return !s.second.socket.isNull(); }));
}

int PushGateway::subscriptionCount() const
{
    return int(std::count_if(m_sessions.begin(), m_sessions.end(),
                             [](const auto &s) { return s.second.subscription.has_value(); }));
}

void PushGateway::dropAllConnections()
{
    for (auto &[id, session] : m_sessions) {
        if (session.socket) {
            qCInfo(lcSimPush) << "fault: dropping WebSocket session" << id;
            session.socket->abort();
        }
    }
}

void PushGateway::forgetSessions()
{
    dropAllConnections();
    m_sessions.clear();
}

PushGateway::Session *PushGateway::sessionOf(const QWebSocket *socket)
{
    for (auto &[id, session] : m_sessions) {
        if (session.socket == socket)
            return &session;
    }
    return nullptr;
}

PushGateway::Session &PushGateway::newSession(const Token &token)
{
    Session s;
    s.id = newId();
    // The context token names its session; anything else is a malformed token (WSG-400).
    s.wscToken
        = QString::fromLatin1(QByteArray(s.id.toLatin1() + '.' + randomHex(16).toLatin1())
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    s.oauthSessionId = token.oauthSessionId;
    s.ownerId = token.ownerId;
    s.scope = token.scope;
    return m_sessions.emplace(s.id, std::move(s)).first->second;
}

QJsonObject PushGateway::wscFor(Session &session)
{
    return QJsonObject { { QStringLiteral("token"), session.wscToken },
                         { QStringLiteral("sequence"), double(++session.sequence) } };
}

QJsonObject PushGateway::connectionDetailsBody(qint64 createdMs) const
{
    // The gateway writes this one time stamp with a "+0000" offset, unlike the REST API.
    return QJsonObject {
        { QStringLiteral("creationTime"),
          QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC)
              .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+0000")) },
        { QStringLiteral("maxConnectionsPerSession"), 50 },
        { QStringLiteral("recoveryBufferSize"), kRecoveryBufferSize },
        { QStringLiteral("recoveryTimeout"), kRecoveryTimeoutSeconds },
        { QStringLiteral("idleTimeout"), kIdleTimeoutSeconds },
        { QStringLiteral("absoluteTimeout"), kAbsoluteTimeoutSeconds },
        { QStringLiteral("maxActiveRequests"), 10 },
    };
}

void PushGateway::sendError(QWebSocket *socket, int status, const QString &code, const QString &message)
{
    const QString id = newId();
    socket->sendTextMessage(QString::fromUtf8(frame(
        QJsonObject { { QStringLiteral("type"), QStringLiteral("Error") },
                      { QStringLiteral("messageId"), id },
                      { QStringLiteral("status"), status },
                      { QStringLiteral("headers"), QJsonObject { { QStringLiteral("RCRequestId"), id } } } },
        QJsonObject { { QStringLiteral("errorCode"), code }, { QStringLiteral("message"), message } })));
}

void PushGateway::deliver(Session &session, const QByteArray &message)
{
    if (session.socket && session.socket->state() == QAbstractSocket::ConnectedState) {
        session.socket->sendTextMessage(QString::fromUtf8(message));
        return;
    }
    // Kept for a recovering client; beyond the buffer only the most recent survive.
    session.missed.push_back(message);
    while (session.missed.size() > size_t(kRecoveryBufferSize))
        session.missed.pop_front();
}

void PushGateway::send(Session &session, QJsonObject meta, const std::optional<QJsonValue> &body)
{
    deliver(session, frame(meta, body));
}

void PushGateway::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection())
        accept(socket);
}

void PushGateway::accept(QWebSocket *socket)
{
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (Session *s = sessionOf(socket)) {
            s->socket.clear();
            s->disconnectedMs = m_clock.nowMs();
        }
        socket->deleteLater();
    });
    const QUrlQuery query(socket->requestUrl());
    const QString accessToken = query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    const QString wsc = query.queryItemValue(QStringLiteral("wsc"), QUrl::FullyDecoded);
    const qint64 now = m_clock.nowMs();

    const auto token = m_tokens.constFind(accessToken);
    if (accessToken.isEmpty() || token == m_tokens.cend() || token->expiresMs <= now) {
        // The gateway's code for a refused ws token is not documented; WSG-401 is ours.
        sendError(socket, 401, QStringLiteral("WSG-401"),
                  QStringLiteral("Invalid or expired WebSocket access token"));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    }
    const Token granted = *token;
    m_tokens.erase(token); // single use

    QString recoveryState;
    QString recoveryError;
    Session *session = nullptr;
    if (!wsc.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(
            wsc.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype dot = decoded.indexOf('.');
        if (dot <= 0) {
            sendError(socket, 400, QStringLiteral("WSG-400"),
                      QStringLiteral("Malformed WebSocket session context token"));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            return;
        }
        const auto old = m_sessions.find(QString::fromLatin1(decoded.left(dot)));
        const bool known = old != m_sessions.end() && old->second.wscToken == wsc;
        const bool inTime = known
            && (old->second.socket || now - old->second.disconnectedMs <= kRecoveryTimeoutSeconds * 1000LL);
        if (known && inTime && old->second.oauthSessionId != granted.oauthSessionId) {
            recoveryError = QStringLiteral("WSG-1003"); // a token of another OAuth session
        } else if (!known || !inTime || !old->second.subscription) {
            recoveryError = QStringLiteral("WSG-1005"); // nothing left to recover
        } else {
            session = &old->second;
        }
        recoveryState = recoveryError.isEmpty() ? QStringLiteral("Successful") : QStringLiteral("Failed");
        if (!session && known) {
            if (old->second.socket)
                old->second.socket->abort();
            m_sessions.erase(old);
        }
    }
    if (session && session->socket) {
        // The client moved to a new connection; the old one is finished.
        QWebSocket *previous = session->socket;
        session->socket.clear();
        previous->abort();
    }
    if (!session)
        session = &newSession(granted);
    session->socket = socket;
    session->scope = granted.scope;
    session->connectedMs = now;
    session->lastInboundMs = now;
    session->pongPending = false;
    session->sincePing.start();

    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        if (Session *s = sessionOf(socket))
            onText(*s, text);
    });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (Session *s = sessionOf(socket))
            s->pongPending = false;
    });

    QJsonObject details = connectionDetailsBody(now);
    if (!recoveryState.isEmpty())
        details.insert(QStringLiteral("recoveryState"), recoveryState);
    if (!recoveryError.isEmpty())
        details.insert(QStringLiteral("recoveryErrorCode"), recoveryError);
    const QString id = newId();
    qCInfo(lcSimPush) << "WebSocket session" << session->id << "of extension" << session->ownerId
                      << (recoveryState.isEmpty() ? QStringLiteral("opened")
                                                  : QStringLiteral("recovery ") + recoveryState);
    send(*session,
         QJsonObject { { QStringLiteral("type"), QStringLiteral("ConnectionDetails") },
                       { QStringLiteral("messageId"), id },
                       { QStringLiteral("status"), 200 },
                       { QStringLiteral("wsc"), wscFor(*session) },
                       { QStringLiteral("headers"), QJsonObject { { QStringLiteral("RCRequestId"), id } } } },
         details);
    // What happened while the client was away, in the order it happened.
    std::deque<QByteArray> missed;
    missed.swap(session->missed);
    for (const QByteArray &message : missed)
        deliver(*session, message);
}

void PushGateway::onText(Session &session, const QString &text)
{
    session.lastInboundMs = m_clock.nowMs();
    const QJsonArray message = QJsonDocument::fromJson(text.toUtf8()).array();
    const QJsonObject meta = message.at(0).toObject();
    const QString type = meta.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("Heartbeat")) {
        send(session,
             QJsonObject { { QStringLiteral("type"), QStringLiteral("Heartbeat") },
                           { QStringLiteral("messageId"), meta.value(QStringLiteral("messageId")) },
                           { QStringLiteral("status"), 200 } },
             std::nullopt);
    } else if (type == QLatin1String("ClientRequest")) {
        handleClientRequest(session, meta, message.at(1));
    } else if (session.socket) {
        sendError(session.socket, 400, QStringLiteral("WSG-400"), QStringLiteral("Malformed message"));
    }
}

std::optional<PushGateway::Subscription> PushGateway::subscriptionFrom(const Session &session,
                                                                       const QJsonObject &body, int *status,
                                                                       QJsonObject *error) const
{
    const auto invalid = [&](const QString &name, const QString &value) {
        *status = 400;
        *error = SimServer::errorBody(
            QStringLiteral("CMN-101"), QStringLiteral("CMN-101"),
            QStringLiteral("Parameter [%1] value is invalid.").arg(name),
            { { QStringLiteral("parameterName"), name }, { QStringLiteral("parameterValue"), value } });
        return std::nullopt;
    };
    const QString transport = body.value(QStringLiteral("deliveryMode"))
                                  .toObject()
                                  .value(QStringLiteral("transportType"))
                                  .toString();
    if (transport != QLatin1String("WebSocket"))
        return invalid(QStringLiteral("deliveryMode.transportType"), transport);
    const QJsonArray filters = body.value(QStringLiteral("eventFilters")).toArray();
    if (filters.isEmpty())
        return invalid(QStringLiteral("eventFilters"), QString());

    static const QRegularExpression telephony(QStringLiteral(
        "^/restapi/v1\\.0/account/([^/?]+)(?:/extension/([^/?]+))?/telephony/sessions(\\?.*)?$"));
    const SimExtension *me = m_account.extension(session.ownerId);
    const bool admin = me && me->admin;
    const bool callControl = scopeGrants(session.scope, kCallControlPermission);
    const QString account = QStringLiteral("/restapi/v1.0/account/") + QString::number(m_account.id());
    Subscription s;
    QStringList unknown;
    // A filter the app or the user may not use does not fail the request: the subscription is
    // made without it and says why in disabledFilters (push-queues-presence.md §2.2, §2.4). No
    // real example was found, so the reason and message strings are UNCONFIRMED: plausible
    // ones, in the wording of the platform's permission errors.
    const auto disable = [&s](const QString &filter, const QString &message) {
        s.disabled.append(
            QJsonObject { { QStringLiteral("filter"), filter },
                          { QStringLiteral("reason"), QStringLiteral("InsufficientPermissions") },
                          { QStringLiteral("message"), message } });
    };
    static const QRegularExpression anyFilter(
        QStringLiteral("^/restapi/v1\\.0/account/([^/?]+)(/[^?]*)?(\\?.*)?$"));
    for (const QJsonValue &value : filters) {
        const QString filter = value.toString();
        const auto m = telephony.match(filter);
        if (!m.hasMatch()) {
            // The presence filters; telephony and these are all that is simulated.
            const auto p = anyFilter.match(filter);
            QString expanded;
            QString refusal;
            bool unknownFilter = !p.hasMatch()
                || (p.captured(1) != QLatin1String("~") && p.captured(1) != QString::number(m_account.id()));
            std::optional<PresenceFilter> presence;
            if (!unknownFilter)
                presence = presenceFilter(session, p.captured(2), p.captured(3), &expanded, &refusal,
                                          &unknownFilter);
            if (unknownFilter || !presence) {
                unknown.append(filter);
            } else if (!refusal.isEmpty()) {
                disable(expanded, refusal);
            } else {
                s.expanded.append(expanded);
                s.presence.push_back(*presence);
            }
            continue;
        }
        if (m.captured(1) != QLatin1String("~") && m.captured(1) != QString::number(m_account.id())) {
            unknown.append(filter);
            continue;
        }
        std::optional<qint64> extension;
        if (!m.captured(2).isEmpty()) {
            extension = m.captured(2) == QLatin1String("~") ? session.ownerId : m.captured(2).toLongLong();
            if (!m_account.extension(*extension)) {
                unknown.append(filter);
                continue;
            }
        }
        const QString expanded = account
            + (extension ? QStringLiteral("/extension/") + QString::number(*extension) : QString())
            + QStringLiteral("/telephony/sessions") + m.captured(3);
        if (!callControl) {
            disable(expanded, QStringLiteral("Required application permission [CallControl] is missing"));
        } else if (!extension && !admin) {
            // Whether the account-wide filter needs an administrator is not documented; the
            // simulator refuses it like the company active-calls list.
            disable(expanded, QStringLiteral("Required user permission [ReadCompanyCallLog] is missing"));
        } else if (extension && *extension != session.ownerId && !admin) {
            disable(expanded,
                    QStringLiteral("Not allowed to subscribe for telephony sessions of another extension"));
        } else {
            s.expanded.append(expanded);
            s.extensions.push_back(extension);
        }
    }
    if (!unknown.isEmpty()) {
        *status = 400;
        *error = SimServer::errorBody(
            QStringLiteral("SUB-508"), QStringLiteral("SUB-508"),
            QStringLiteral("Invalid event filters: [%1]").arg(unknown.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return s;
}

std::optional<PushGateway::PresenceFilter>
PushGateway::presenceFilter(const Session &session, const QString &rest, const QString &query,
                            QString *expanded, QString *refusal, bool *unknown) const
{
    static const QRegularExpression extensionPresence(
        QStringLiteral("^/extension/([^/]+)/presence(/line|/line/presence)?$"));
    static const QRegularExpression queuePresence(QStringLiteral("^/call-queues/([^/]+)/presence$"));
    const QString account = QStringLiteral("/restapi/v1.0/account/") + QString::number(m_account.id());
    const SimExtension *me = m_account.extension(session.ownerId);
    const bool admin = me && me->admin;
    const bool readPresence = scopeGrants(session.scope, kReadPresencePermission);
    const bool detailed = QUrlQuery(query.mid(1))
                              .queryItemValue(QStringLiteral("detailedTelephonyState"))
                              .compare(QLatin1String("true"), Qt::CaseInsensitive)
        == 0;
    const QString missingReadPresence
        = QStringLiteral("Required application permission [%1] is missing").arg(kReadPresencePermission);
    PresenceFilter f;
    f.detailed = detailed;
    if (rest == QLatin1String("/presence")) {
        // The account's presence needs ReadAccounts (sic, §2.5) and, like its GET, an
        // administrator (UNCONFIRMED). Whether it takes detailedTelephonyState is UNCONFIRMED:
        // it is accepted, and the body has no calls either way (AccountPresenceEventBody).
        f.kind = PresenceFilter::Kind::Account;
        *expanded = account + rest + query;
        if (!scopeGrants(session.scope, QStringLiteral("ReadAccounts")))
            *refusal = QStringLiteral("Required application permission [ReadAccounts] is missing");
        else if (!admin)
            *refusal = QStringLiteral("Required user permission [ReadPresenceStatus] is missing");
        return f;
    }
    if (const auto q = queuePresence.match(rest); q.hasMatch()) {
        f.kind = PresenceFilter::Kind::QueueMembers;
        f.queue = m_account.queueIndex(q.captured(1).toLongLong());
        if (f.queue < 0 || !query.isEmpty()) {
            *unknown = true;
            return std::nullopt;
        }
        *expanded = account + QStringLiteral("/call-queues/")
            + QString::number(m_account.queues()[size_t(f.queue)].id) + QStringLiteral("/presence");
        if (!readPresence)
            *refusal = missingReadPresence;
        return f;
    }
    const auto e = extensionPresence.match(rest);
    if (!e.hasMatch()) {
        *unknown = true;
        return std::nullopt;
    }
    f.extension = e.captured(1) == QLatin1String("~") ? session.ownerId : e.captured(1).toLongLong();
    const SimExtension *target = m_account.extension(f.extension);
    if (!target || (e.captured(2) == QLatin1String("/line") && !query.isEmpty())) {
        *unknown = true;
        return std::nullopt;
    }
    *expanded = account + QStringLiteral("/extension/") + QString::number(f.extension)
        + rest.mid(rest.indexOf(QLatin1String("/presence"))) + query;
    if (!readPresence) {
        *refusal = missingReadPresence;
        f.kind = PresenceFilter::Kind::Extension;
        return f;
    }
    if (!e.captured(2).isEmpty()) {
        f.kind = e.captured(2) == QLatin1String("/line") ? PresenceFilter::Kind::Lines
                                                         : PresenceFilter::Kind::LinesPresence;
        if (f.extension != session.ownerId)
            *refusal
                = QStringLiteral("Not allowed subscribe for presence of presence-lines of another extension");
        return f;
    }
    f.kind = PresenceFilter::Kind::Extension;
    const auto &lines = m_presence.monitoredLines();
    const bool monitors = session.ownerId == m_account.standardUser().id
        && std::find(lines.begin(), lines.end(), f.extension) != lines.end();
    if (target->kind == SimExtension::Kind::CallQueue)
        *refusal = QStringLiteral("Presence feature is disabled for this extension type (Department)");
    else if (f.extension != session.ownerId && !admin && !monitors)
        *refusal = QStringLiteral("Not allowed to subscribe for presence of another extension");
    return f;
}

QJsonObject PushGateway::subscriptionJson(const Subscription &s) const
{
    // WebSocket subscriptions live as long as their session; the expiry is nominal.
    constexpr qint64 kNominalLifetimeMs = 86'399'000;
    QJsonObject o {
        { QStringLiteral("uri"), QString(kSubscriptionPath + QLatin1Char('/') + s.id) },
        { QStringLiteral("id"), s.id },
        { QStringLiteral("creationTime"), isoTime(s.createdMs) },
        { QStringLiteral("status"), QStringLiteral("Active") },
        { QStringLiteral("eventFilters"), QJsonArray::fromStringList(s.expanded) },
        { QStringLiteral("expirationTime"), isoTime(s.createdMs + kNominalLifetimeMs) },
        { QStringLiteral("expiresIn"), double(kNominalLifetimeMs / 1000) },
        { QStringLiteral("deliveryMode"),
          QJsonObject { { QStringLiteral("transportType"), QStringLiteral("WebSocket") },
                        { QStringLiteral("encryption"), false } } },
    };
    if (!s.disabled.isEmpty())
        o.insert(QStringLiteral("disabledFilters"), s.disabled);
    return o;
}

QJsonObject PushGateway::refusal(const QString &errorCode)
{
    if (errorCode == QLatin1String("CMN-408"))
        return SimServer::missingUserPermission(QStringLiteral("ReadCompanyCallLog"));
    if (errorCode == QLatin1String("SUB-528"))
        // An old reference gives SUB-528 for the APNS transport; its WebSocket wording is UNCONFIRMED.
        return SimServer::errorBody(
            QStringLiteral("SUB-528"), QStringLiteral("SUB-528"),
            QStringLiteral("[%1] application permission is required for [WebSocket] transport")
                .arg(kWebSocketPermission));
    return SimServer::missingAppPermission(kCallControlPermission);
}

void PushGateway::handleClientRequest(Session &session, const QJsonObject &meta, const QJsonValue &body)
{
    const QString method = meta.value(QStringLiteral("method")).toString().toUpper();
    QString path = meta.value(QStringLiteral("path")).toString();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString id = newId();
    QJsonObject headers { { QStringLiteral("RCRequestId"), id },
                          { QStringLiteral("Content-Type"), QStringLiteral("application/json") } };
    int status = 200;
    std::optional<QJsonValue> answer;

    const QString subscriptionId = path.startsWith(kSubscriptionPath + QLatin1Char('/'))
        ? path.mid(kSubscriptionPath.size() + 1)
        : QString();
    const bool ours
        = session.subscription && !subscriptionId.isEmpty() && subscriptionId == session.subscription->id;
    const QJsonObject notFound
        = SimServer::errorBody(QStringLiteral("CMN-102"), QStringLiteral("CMN-102"),
                               QStringLiteral("Resource for parameter [subscriptionId] is not found"));

    const bool creates = path == kSubscriptionPath && method == QLatin1String("POST");
    const bool changes = !subscriptionId.isEmpty() && method == QLatin1String("PUT");
    // The hard refusal, injected as a fault: the whole request fails.
    const std::optional<Fault> refused
        = creates || (changes && ours) ? m_faults.take(path, true) : std::optional<Fault>();
    QJsonObject error;
    if (refused) {
        status = 403;
        answer = refusal(refused->errorCode);
    } else if (creates) {
        // One subscription per connection: a second POST replaces the first.
        if (auto s = subscriptionFrom(session, body.toObject(), &status, &error)) {
            s->id = newId();
            s->createdMs = m_clock.nowMs();
            session.subscription = std::move(*s);
            answer = subscriptionJson(*session.subscription);
            headers.insert(QStringLiteral("WSG-SubscriptionId"), session.subscription->id);
        } else {
            answer = error;
        }
    } else if (changes && !ours) {
        status = 404;
        answer = notFound;
    } else if (changes) {
        if (auto s = subscriptionFrom(session, body.toObject(), &status, &error)) {
            s->id = session.subscription->id;
            s->createdMs = session.subscription->createdMs;
            session.subscription = std::move(*s);
            answer = subscriptionJson(*session.subscription);
        } else {
            answer = error;
        }
    } else if (!subscriptionId.isEmpty() && method == QLatin1String("GET")) {
        status = ours ? 200 : 404;
        answer = ours ? subscriptionJson(*session.subscription) : notFound;
    } else if (!subscriptionId.isEmpty() && method == QLatin1String("DELETE")) {
        status = ours ? 204 : 404;
        if (ours)
            session.subscription.reset();
        else
            answer = notFound;
    } else {
        status = 404;
        answer = SimServer::errorBody(QStringLiteral("CMN-120"), QStringLiteral("CMN-120"),
                                      QStringLiteral("Invalid URI: %1").arg(path));
    }
    qCDebug(lcSimPush) << "ClientRequest" << method << path << status;
    send(session,
         QJsonObject { { QStringLiteral("type"), QStringLiteral("ClientRequest") },
                       { QStringLiteral("messageId"), meta.value(QStringLiteral("messageId")) },
                       { QStringLiteral("status"), status },
                       { QStringLiteral("headers"), headers } },
         answer);
}

bool PushGateway::delivers(const Subscription &s, std::optional<qint64> partyExtension)
{
    // The account filter gets every party, the outside leg included; an extension's filter only
    // that extension's own parties (push-queues-presence.md §3.3). Overlapping filters deliver
    // once: whether the platform sends such an event twice is UNCONFIRMED.
    return std::any_of(s.extensions.begin(), s.extensions.end(), [&](const std::optional<qint64> &filter) {
        return !filter || filter == partyExtension;
    });
}

double PushGateway::eventDraw(const SimCall &call, size_t change, quint64 salt) const
{
    // FNV-1a over the session id, then SplitMix64's finaliser: an event draws the same number
    // in every run with this seed, however the ticks happen to batch the events.
    quint64 h = 0xcbf29ce484222325ull ^ (m_seed * 0x9e3779b97f4a7c15ull) ^ salt;
    for (const QChar ch : call.telephonySessionId) {
        h ^= ch.unicode();
        h *= 0x100000001b3ull;
    }
    h ^= quint64(change) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return double(h >> 11) / double(1ull << 53);
}

void PushGateway::onCallsAdvanced(qint64 fromMs, qint64 toMs)
{
    if (subscriptionCount() == 0)
        return;
    deliverPresence(fromMs, toMs);
    struct Due
    {
        const SimCall *call;
        size_t change;
        qint64 atMs;
    };
    std::vector<Due> due;
    for (const SimCall &call : m_engine.calls()) {
        if (call.startMs > toMs || call.lastChangeMs() <= fromMs)
            continue;
        for (size_t i = 0; i < call.changes.size(); ++i) {
            const qint64 atMs = call.changes[i].atMs;
            if (atMs > fromMs && atMs <= toMs)
                due.push_back({ &call, i, atMs });
        }
    }
    std::stable_sort(due.begin(), due.end(), [](const Due &a, const Due &b) { return a.atMs < b.atMs; });
    if (m_outOfOrder)
        std::reverse(due.begin(), due.end());
    constexpr quint64 kDropSalt = 1;
    constexpr quint64 kDuplicateSalt = 2;
    const QString timestamp = isoTime(toMs);
    for (const Due &d : due) {
        // A lost event is lost for every subscriber alike.
        if (eventDraw(*d.call, d.change, kDropSalt) < m_eventFaults.drop)
            continue;
        const bool twice = eventDraw(*d.call, d.change, kDuplicateSalt) < m_eventFaults.duplicate;
        const int side = d.call->changes[d.change].party;
        const std::optional<qint64> extension = m_telephony.extensionOf(*d.call, side);
        std::optional<QJsonObject> body; // built for the first subscriber it reaches
        for (auto &[sessionId, session] : m_sessions) {
            if (!session.subscription || !delivers(*session.subscription, extension))
                continue;
            if (!body)
                body = m_telephony.eventBody(*d.call, d.change);
            const QString uuid = newId();
            const QJsonObject envelope {
                { QStringLiteral("uuid"), uuid },
                { QStringLiteral("event"), m_telephony.eventPath(*d.call, side) },
                { QStringLiteral("timestamp"), timestamp },
                { QStringLiteral("subscriptionId"), session.subscription->id },
                { QStringLiteral("ownerId"), QString::number(session.ownerId) },
                { QStringLiteral("body"), *body },
            };
            const QByteArray message
                = frame(QJsonObject { { QStringLiteral("type"), QStringLiteral("ServerNotification") },
                                      { QStringLiteral("messageId"), uuid },
                                      { QStringLiteral("status"), 200 },
                                      { QStringLiteral("headers"),
                                        QJsonObject { { QStringLiteral("RCRequestId"), uuid } } },
                                      { QStringLiteral("wsc"), wscFor(session) } },
                        envelope);
            deliver(session, message);
            if (twice)
                deliver(session, message);
        }
    }
}

void PushGateway::notify(Session &session, const QString &event, const QJsonObject &body,
                         const QString &timestamp)
{
    const QString uuid = newId();
    const QJsonObject envelope {
        { QStringLiteral("uuid"), uuid },
        { QStringLiteral("event"), event },
        { QStringLiteral("timestamp"), timestamp },
        { QStringLiteral("subscriptionId"), session.subscription->id },
        { QStringLiteral("ownerId"), QString::number(session.ownerId) },
        { QStringLiteral("body"), body },
    };
    send(session,
         QJsonObject { { QStringLiteral("type"), QStringLiteral("ServerNotification") },
                       { QStringLiteral("messageId"), uuid },
                       { QStringLiteral("status"), 200 },
                       { QStringLiteral("headers"), QJsonObject { { QStringLiteral("RCRequestId"), uuid } } },
                       { QStringLiteral("wsc"), wscFor(session) } },
         envelope);
}

void PushGateway::deliverPresence(qint64 fromMs, qint64 toMs)
{
    // Presence events are sent as they are: the event faults (drop, duplicate, out of order)
    // are the telephony notifications' only.
    using Kind = PresenceFilter::Kind;
    const bool anyFilter = std::any_of(m_sessions.begin(), m_sessions.end(), [](const auto &s) {
        return s.second.subscription && !s.second.subscription->presence.empty();
    });
    if (!anyFilter)
        return;
    const auto &users = m_account.users();
    const QString account = QStringLiteral("/restapi/v1.0/account/") + QString::number(m_account.id());
    const QString timestamp = isoTime(toMs);

    // The monitored-lines list changed: its owner's filter hears of it ([EMB] re-reads the list).
    const qint64 linesChangedMs = m_presence.monitoredChangedMs();
    if (linesChangedMs > fromMs && linesChangedMs <= toMs) {
        QJsonArray ids;
        for (qint64 id : m_presence.monitoredLines())
            ids.append(QJsonObject { { QStringLiteral("id"), QString::number(id) } });
        const qint64 owner = m_account.standardUser().id;
        const QJsonObject body { { QStringLiteral("extension"), ids },
                                 { QStringLiteral("sequence"), double(++m_linesSequence) } };
        for (auto &[id, session] : m_sessions) {
            if (!session.subscription)
                continue;
            for (const PresenceFilter &f : session.subscription->presence) {
                if (f.kind == Kind::Lines && f.extension == owner) {
                    // This event's time stamp has a "+0000" offset in the documentation's sample.
                    notify(session, account + QStringLiteral("/extension/%1/presence/line").arg(owner), body,
                           QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC)
                               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+0000")));
                    break;
                }
            }
        }
    }

    // Whose presence may have changed: a party of theirs changed, or a setting did.
    std::vector<char> affected(users.size(), 0);
    for (const SimCall &call : m_engine.calls()) {
        if (call.startMs > toMs || call.lastChangeMs() <= fromMs)
            continue;
        for (const PartyChange &c : call.changes) {
            if (c.atMs > fromMs && c.atMs <= toMs) {
                if (const int user = TelephonySessions::userOf(call, c.party); user >= 0)
                    affected[size_t(user)] = 1;
            }
        }
    }
    const std::vector<SimPresence::Change> settings = m_presence.changesIn(fromMs, toMs);
    for (const SimPresence::Change &c : settings)
        affected[size_t(c.user)] = 1;

    // A queue member's flag for their queue: the documentation's sample body (one of three
    // shapes on record, §7.3; which one is on the wire is UNCONFIRMED).
    for (const SimPresence::Change &c : settings) {
        if (!c.queueFlagChanged)
            continue;
        const int queue = m_account.queueOf(c.user);
        const QJsonObject body {
            { QStringLiteral("records"),
              QJsonArray { QJsonObject {
                  { QStringLiteral("member"),
                    QJsonObject { { QStringLiteral("id"), QString::number(users[size_t(c.user)].id) } } },
                  { QStringLiteral("acceptCurrentQueueCalls"),
                    m_presence.stateAt(c.user, toMs).acceptCurrentQueueCalls } } } }
        };
        const QString event
            = account + QStringLiteral("/call-queues/%1/presence").arg(m_account.queues()[size_t(queue)].id);
        for (auto &[id, session] : m_sessions) {
            if (!session.subscription)
                continue;
            const auto &filters = session.subscription->presence;
            if (std::any_of(filters.begin(), filters.end(), [&](const PresenceFilter &f) {
                    return f.kind == Kind::QueueMembers && f.queue == queue;
                }))
                notify(session, event, body, timestamp);
        }
    }

    if (std::none_of(affected.begin(), affected.end(), [](char a) { return a != 0; }))
        return;
    const std::vector<std::vector<PresenceParty>> parties
        = TelephonySessions::partiesByUser(m_engine.calls(), users.size());
    const auto &lines = m_presence.monitoredLines();
    for (int user = 0; user < int(users.size()); ++user) {
        if (!affected[size_t(user)])
            continue;
        const qint64 extensionId = users[size_t(user)].id;
        const QJsonObject before
            = m_telephony.userPresence(user, parties[size_t(user)], fromMs, true, m_presence);
        QJsonObject after = m_telephony.userPresence(user, parties[size_t(user)], toMs, true, m_presence);
        if (before == after)
            continue;
        // DetailedExtensionPresenceEventBody (§5.3): telephonyStatus only when it changed, at
        // most seven calls with the total, a sequence per extension, ids as strings.
        if (before.value(QStringLiteral("telephonyStatus")) == after.value(QStringLiteral("telephonyStatus")))
            after.remove(QStringLiteral("telephonyStatus"));
        after.insert(QStringLiteral("extensionId"), QString::number(extensionId));
        after.insert(QStringLiteral("sequence"), double(++m_presenceSequence[user]));
        QJsonObject simple = after;
        simple.remove(QStringLiteral("activeCalls"));
        simple.remove(QStringLiteral("totalActiveCalls"));
        const QString path = account + QStringLiteral("/extension/") + QString::number(extensionId)
            + QStringLiteral("/presence");
        const bool monitored = std::find(lines.begin(), lines.end(), extensionId) != lines.end();
        for (auto &[id, session] : m_sessions) {
            if (!session.subscription)
                continue;
            // One event per subscription and extension, the richest its filters ask for: the
            // platform sends the detailed one when both kinds are subscribed (§2.5).
            std::optional<bool> detailed;
            for (const PresenceFilter &f : session.subscription->presence) {
                const bool matches = (f.kind == Kind::Extension && f.extension == extensionId)
                    || f.kind == Kind::Account
                    || (f.kind == Kind::LinesPresence && monitored
                        && f.extension == m_account.standardUser().id);
                if (matches) {
                    const bool rich
                        = f.kind == Kind::LinesPresence || (f.kind == Kind::Extension && f.detailed);
                    detailed = detailed.value_or(false) || rich;
                }
            }
            if (!detailed)
                continue;
            notify(session, *detailed ? path + QStringLiteral("?detailedTelephonyState=true") : path,
                   *detailed ? after : simple, timestamp);
        }
    }
}

void PushGateway::tick()
{
    // The engine's state is a function of the clock: advancing it is what produces events
    // even when nobody polls the REST API.
    if (subscriptionCount() > 0)
        m_engine.advance();
    const qint64 now = m_clock.nowMs();
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        Session &s = it->second;
        if (!s.socket) {
            if (now - s.disconnectedMs > kRecoveryTimeoutSeconds * 1000LL)
                it = m_sessions.erase(it);
            else
                ++it;
            continue;
        }
        QWebSocket *socket = s.socket;
        if (now - s.lastInboundMs > kIdleTimeoutSeconds * 1000LL) {
            sendError(socket, 408, QStringLiteral("WSG-902"), QStringLiteral("Idle timeout expired"));
            socket->close();
        } else if (now - s.connectedMs > kAbsoluteTimeoutSeconds * 1000LL) {
            sendError(socket, 408, QStringLiteral("WSG-903"), QStringLiteral("Absolute timeout expired"));
            socket->close();
        } else if (s.pongPending && s.pingSent.elapsed() > kPongTimeoutMs) {
            qCInfo(lcSimPush) << "no pong in time; closing WebSocket session" << s.id;
            socket->abort();
        } else if (!s.pongPending && s.sincePing.elapsed() >= kPingIntervalMs) {
            s.pongPending = true;
            s.pingSent.start();
            s.sincePing.start();
            socket->ping();
        }
        ++it;
    }
    m_tokens.removeIf([now](const auto &t) { return t.value().expiresMs <= now; });
}

} // namespace callwatch::sim
