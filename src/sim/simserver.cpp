#include "simserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <cmath>
#include <functional>

Q_LOGGING_CATEGORY(lcSim, "callwatch.sim", QtInfoMsg)

namespace callwatch::sim {

struct SimServer::Request
{
    QString method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QHostAddress remote;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }

    // application/x-www-form-urlencoded: '+' is a space there, unlike in URL queries.
    QUrlQuery form() const
    {
        QByteArray raw = body;
        raw.replace('+', "%20");
        return QUrlQuery(QString::fromUtf8(raw));
    }
};

struct SimServer::Response
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool drop = false;
    int delayMs = 0;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({ name, value });
    }
};

namespace {

constexpr auto kJsonType = "application/json; charset=UTF-8";
const QString kFormType = QStringLiteral("application/x-www-form-urlencoded");
const QString kJwtGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");

using Response = SimServer::Response;

Response json(int status, const QJsonValue &value)
{
    Response r;
    r.status = status;
    r.setHeader("Content-Type", kJsonType);
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

// The REST error shape: legacy top-level errorCode/message next to errors[].
Response apiError(int status, const QString &topCode, const QString &code, const QString &message,
                  const QJsonObject &extra = {})
{
    return json(status, SimServer::errorBody(topCode, code, message, extra));
}

// The platform's answers about the extension in a path: none such, or someone else's.
Response extensionNotFound(const QString &segment)
{
    return apiError(404, QStringLiteral("CMN-102"), QStringLiteral("CMN-102"),
                    QStringLiteral("Resource for parameter [extensionId] is not found"),
                    { { QStringLiteral("parameterName"), QStringLiteral("extensionId") },
                      { QStringLiteral("parameterValue"), segment } });
}

Response anotherExtension()
{
    return apiError(403, QStringLiteral("CMN-404"), QStringLiteral("CMN-404"),
                    QStringLiteral("Attempt to access another extension"));
}

// The extension a path names: `~` is the caller's own.
qint64 extensionIdOf(const QString &segment, const OAuthSession &session)
{
    return segment == QLatin1String("~") ? session.ownerId : segment.toLongLong();
}

// The OAuth endpoints' shape: RFC 6749 `error` plus the platform's errors[].
Response oauthError(int status, const QString &error, const QString &code, const QString &message,
                    const QString &parameterName = {}, const QString &parameterValue = {})
{
    QJsonObject item { { QStringLiteral("errorCode"), code }, { QStringLiteral("message"), message } };
    if (!parameterName.isEmpty()) {
        item.insert(QStringLiteral("parameterName"), parameterName);
        item.insert(QStringLiteral("parameterValue"), parameterValue);
    }
    return json(status,
                QJsonObject { { QStringLiteral("error"), error },
                              { QStringLiteral("error_description"), message },
                              { QStringLiteral("errors"), QJsonArray { item } } });
}

Response unauthorized(const QString &topCode, const QString &code, const QString &message)
{
    Response r = apiError(401, topCode, code, message);
    r.setHeader("WWW-Authenticate", "Bearer realm=\"RingCentral REST API\"");
    return r;
}

Response notFound(const QString &path)
{
    return apiError(404, QStringLiteral("CMN-120"), QStringLiteral("CMN-120"),
                    QStringLiteral("Invalid URI: %1").arg(path));
}

void addRateHeaders(Response &r, const RateDecision &d)
{
    r.setHeader("X-Rate-Limit-Group", groupHeaderName(d.group).toLatin1());
    r.setHeader("X-Rate-Limit-Limit", QByteArray::number(d.limit));
    r.setHeader("X-Rate-Limit-Remaining", QByteArray::number(d.remaining));
    r.setHeader("X-Rate-Limit-Window", QByteArray::number(d.windowSeconds));
}

Response rateLimited(const RateDecision &d)
{
    Response r = apiError(429, QStringLiteral("CMN-301"), QStringLiteral("CMN-301"),
                          QStringLiteral("Request rate exceeded"));
    r.setHeader("Retry-After", QByteArray::number(d.retryAfterSeconds));
    return r;
}

// Client authentication on the OAuth endpoints: HTTP Basic for confidential apps, or a
// client_id in the body for public ones. Returns the client id claimed.
QString claimedClientId(const SimServer::Request &req, const QUrlQuery &form, QString *secret, bool *hasBasic)
{
    const QByteArray auth = req.header("authorization");
    *hasBasic = false;
    if (auth.size() > 6 && auth.left(6).compare("basic ", Qt::CaseInsensitive) == 0) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const int colon = decoded.indexOf(':');
        if (colon > 0) {
            *hasBasic = true;
            *secret = QString::fromUtf8(decoded.mid(colon + 1));
            return QString::fromUtf8(decoded.left(colon));
        }
        return {};
    }
    return form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
}

// access_token_ttl: honoured within the platform's 600..3600, never above the app's own
// lifetime; anything else (the official SDK sends -1 after a 401) means "the default".
int effectiveTtl(const QString &requested, int appTtl, int minimum, int maximum)
{
    bool ok = false;
    const int value = requested.toInt(&ok);
    if (!ok || value <= 0)
        return appTtl;
    return std::min(std::clamp(value, minimum, maximum), appTtl);
}

QJsonObject tokenJson(const OAuthSession &s, qint64 nowMs)
{
    QJsonObject o {
        { QStringLiteral("access_token"), s.accessToken },
        { QStringLiteral("token_type"), QStringLiteral("bearer") },
        { QStringLiteral("expires_in"), double(std::max<qint64>(0, (s.accessExpiresMs - nowMs) / 1000)) },
        { QStringLiteral("scope"), s.scope },
        { QStringLiteral("owner_id"), QString::number(s.ownerId) },
        { QStringLiteral("endpoint_id"), s.endpointId },
        { QStringLiteral("session_id"), s.id },
    };
    if (!s.refreshToken.isEmpty()) {
        o.insert(QStringLiteral("refresh_token"), s.refreshToken);
        o.insert(QStringLiteral("refresh_token_expires_in"),
                 double(std::max<qint64>(0, (s.refreshExpiresMs - nowMs) / 1000)));
    }
    return o;
}

// One page of a list the way the platform pages them: `page` from 1, `perPage` up to 1000
// (or "max"), absolute navigation links, and no totals (real answers omit them).
Response pagedList(const SimServer::Request &req, const QString &listUri, qint64 total,
                   const std::function<QJsonValue(qint64)> &item)
{
    const auto invalid = [](const QString &name, const QString &value) {
        return apiError(
            400, QStringLiteral("CMN-101"), QStringLiteral("CMN-101"),
            QStringLiteral("Parameter [%1] value is invalid.").arg(name),
            { { QStringLiteral("parameterName"), name }, { QStringLiteral("parameterValue"), value } });
    };
    int perPage = 100;
    const QString perPageText = req.query.queryItemValue(QStringLiteral("perPage"));
    if (perPageText == QLatin1String("max")) {
        perPage = 1000;
    } else if (!perPageText.isEmpty()) {
        bool ok = false;
        perPage = perPageText.toInt(&ok);
        if (!ok || perPage < 1)
            return invalid(QStringLiteral("perPage"), perPageText);
        perPage = std::min(perPage, 1000);
    }
    int page = 1;
    const QString pageText = req.query.queryItemValue(QStringLiteral("page"));
    if (!pageText.isEmpty()) {
        bool ok = false;
        page = pageText.toInt(&ok);
        if (!ok || page < 1)
            return invalid(QStringLiteral("page"), pageText);
    }

    const qint64 first = qint64(page - 1) * perPage;
    QJsonArray records;
    for (qint64 i = first; i < std::min(total, first + perPage); ++i)
        records.append(item(i));

    // The platform's links keep the request's other parameters (detailedTelephonyState on a
    // presence list): a client that follows them reads the same list page after page.
    QString others;
    for (const auto &[key, value] : req.query.queryItems(QUrl::FullyEncoded)) {
        if (key != QLatin1String("page") && key != QLatin1String("perPage"))
            others += QLatin1Char('&') + key + QLatin1Char('=') + value;
    }
    const auto pageUri = [&](int p) {
        return QJsonObject {
            { QStringLiteral("uri"),
              QString(QStringLiteral("%1?page=%2&perPage=%3").arg(listUri).arg(p).arg(perPage) + others) }
        };
    };
    const int lastPage = std::max<int>(1, int((total + perPage - 1) / perPage));
    QJsonObject navigation { { QStringLiteral("firstPage"), pageUri(1) } };
    if (page < lastPage)
        navigation.insert(QStringLiteral("nextPage"), pageUri(page + 1));
    if (page > 1)
        navigation.insert(QStringLiteral("previousPage"), pageUri(std::min(page - 1, lastPage)));
    navigation.insert(QStringLiteral("lastPage"), pageUri(lastPage));

    QJsonObject paging { { QStringLiteral("page"), page }, { QStringLiteral("perPage"), perPage } };
    if (!records.isEmpty()) {
        paging.insert(QStringLiteral("pageStart"), double(first));
        paging.insert(QStringLiteral("pageEnd"), double(first + records.size() - 1));
    }
    return json(200,
                QJsonObject {
                    { QStringLiteral("uri"), pageUri(page).value(QStringLiteral("uri")) },
                    { QStringLiteral("records"), records },
                    { QStringLiteral("paging"), paging },
                    { QStringLiteral("navigation"), navigation },
                });
}

} // namespace

QJsonObject SimServer::errorBody(const QString &topCode, const QString &code, const QString &message,
                                 const QJsonObject &extra)
{
    QJsonObject item { { QStringLiteral("errorCode"), code }, { QStringLiteral("message"), message } };
    QJsonObject body { { QStringLiteral("errorCode"), topCode }, { QStringLiteral("message"), message } };
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        item.insert(it.key(), it.value());
        body.insert(it.key(), it.value());
    }
    body.insert(QStringLiteral("errors"), QJsonArray { item });
    return body;
}

QString SimOptions::scope() const
{
    QStringList permissions { QStringLiteral("ReadAccounts"), QStringLiteral("ReadCallLog") };
    if (readPresence)
        permissions.append(kReadPresencePermission);
    if (webSockets)
        permissions.append(kWebSocketPermission);
    if (callControl)
        permissions.append(kCallControlPermission);
    return permissions.join(QLatin1Char(' '));
}

QJsonObject SimServer::missingAppPermission(const QString &permission)
{
    return errorBody(
        QStringLiteral("InsufficientPermissions"), QStringLiteral("CMN-401"),
        QStringLiteral("In order to call this API endpoint, application needs to have [%1] permission")
            .arg(permission),
        { { QStringLiteral("permissionName"), permission } });
}

QJsonObject SimServer::missingUserPermission(const QString &permission)
{
    return errorBody(QStringLiteral("InsufficientPermissions"), QStringLiteral("CMN-408"),
                     QStringLiteral("In order to call this API endpoint, user needs to have [%1] permission")
                         .arg(permission),
                     { { QStringLiteral("permissionName"), permission } });
}

SimServer::SimServer(SimOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_clock(m_options.speed)
    , m_account(m_options.seed, std::max(30, m_options.calls + m_options.calls / 4))
    , m_presence(m_account, m_options.seed, m_clock.nowMs())
    , m_sessions(m_clock)
    , m_limiter(m_clock)
    , m_jwt(QByteArray("callwatch-sim-signing-key-") + QByteArray::number(m_options.seed))
{
    m_engine = std::make_unique<CallEngine>(m_account, m_clock, m_presence, m_options.seed, m_options.calls);
    m_push
        = std::make_unique<PushGateway>(m_account, m_clock, *m_engine, m_presence, m_faults, m_options.seed);
    const qint64 nowSec = m_clock.nowMs() / 1000;
    m_adminJwt
        = m_options.adminJwt.isEmpty() ? m_jwt.mint(m_account.adminUser().id, nowSec, 0) : m_options.adminJwt;
    m_userJwt = m_options.userJwt.isEmpty() ? m_jwt.mint(m_account.standardUser().id, nowSec, 0)
                                            : m_options.userJwt;
}

SimServer::~SimServer() = default;

quint16 SimServer::start(quint16 port)
{
    const quint16 bound = listen(QHostAddress::LocalHost, port);
    if (bound != 0 && m_push->start() == 0)
        return 0;
    if (bound != 0)
        m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(bound));
    return bound;
}

QString SimServer::mintJwt(qint64 extensionId, qint64 expiresInSeconds) const
{
    const qint64 nowSec = m_clock.nowMs() / 1000;
    return m_jwt.mint(extensionId, nowSec - 60, expiresInSeconds == 0 ? 0 : nowSec + expiresInSeconds);
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request req;
    req.method = QString::fromLatin1(
                     QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
                     .toUpper();
    req.path = request.url().path();
    req.query = request.query();
    for (const auto &[name, value] : request.headers())
        req.headers.insert(name.toLower(), value);
    req.body = request.body();
    req.remote = request.remoteAddress();

    Response response = dispatch(req);
    if (response.drop) {
        socket->abort();
        return true;
    }
    if (response.delayMs > 0) {
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [responder, guard, response] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                writeResponse(*responder, response);
        });
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    writeResponse(responder, response);
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeResponse(responder, notFound(request.url().path()));
}

void SimServer::writeResponse(QHttpServerResponder &responder, const Response &response)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("RCRequestId", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

SimServer::Response SimServer::dispatch(const Request &req)
{
    if (req.path.startsWith(QLatin1String("/sim/control/")))
        return handleControl(req);

    const std::optional<Fault> fault = m_faults.take(req.path);
    if (fault && fault->kind == Fault::Kind::Drop) {
        qCInfo(lcSim) << "fault: dropping the connection for" << req.method << req.path;
        Response r;
        r.drop = true;
        return r;
    }
    if (fault && fault->kind == Fault::Kind::Status) {
        // A gateway or service failure: the request never reaches the platform's logic.
        Response r;
        if (fault->status == 429) {
            RateDecision d;
            d.allowed = false;
            d.retryAfterSeconds = fault->retryAfterSeconds > 0 ? fault->retryAfterSeconds : 60;
            r = rateLimited(d);
        } else if (fault->status >= 500) {
            const bool unavailable = fault->status == 503;
            r = apiError(fault->status, unavailable ? QStringLiteral("CMN-201") : QStringLiteral("CMN-203"),
                         unavailable ? QStringLiteral("CMN-201") : QStringLiteral("CMN-203"),
                         unavailable ? QStringLiteral("Service Temporary Unavailable")
                                     : QStringLiteral("Internal Server Error"));
        } else {
            r = apiError(fault->status, QStringLiteral("CMN-101"), QStringLiteral("CMN-101"),
                         QStringLiteral("Injected failure"));
        }
        if (fault->retryAfterSeconds > 0)
            r.setHeader("Retry-After", QByteArray::number(fault->retryAfterSeconds));
        log(req, r, {}, {}, {});
        return r;
    }

    Response r;
    if (req.path == QLatin1String("/restapi/oauth/token"))
        r = handleToken(req);
    else if (req.path == QLatin1String("/restapi/oauth/revoke"))
        r = handleRevoke(req);
    else if (req.path.startsWith(QLatin1String("/restapi/v1.0/"))
             || req.path == QLatin1String("/restapi/oauth/wstoken"))
        r = handleApi(req);
    else
        r = notFound(req.path);
    return fault ? applyFault(*fault, std::move(r)) : r;
}

SimServer::Response SimServer::applyFault(const Fault &fault, Response r) const
{
    switch (fault.kind) {
    case Fault::Kind::Slow:
        r.delayMs = fault.delayMs;
        break;
    case Fault::Kind::Malformed:
        r.status = 200;
        r.setHeader("Content-Type", kJsonType);
        r.body = QByteArrayLiteral("{\"records\": [ {\"id\": \"x\", <html>upstream error</html>");
        break;
    case Fault::Kind::Truncated:
        r.body.truncate(std::max<qsizetype>(1, r.body.size() / 2));
        break;
    case Fault::Kind::Huge: {
        r.status = 200;
        r.setHeader("Content-Type", kJsonType);
        QByteArray body = QByteArrayLiteral("{\"records\":[],\"padding\":\"");
        body.append(QByteArray(std::max<qint64>(0, fault.bytes - body.size() - 2), 'x'));
        body.append("\"}");
        r.body = body;
        break;
    }
    case Fault::Kind::Status:
    case Fault::Kind::Drop:
    case Fault::Kind::RefuseSubscription: // never taken for HTTP requests
        break;
    }
    return r;
}

void SimServer::log(const Request &req, const Response &response, const QString &group,
                    const QString &clientId, const QString &user)
{
    m_log.push_back({ m_clock.nowMs(), req.method, req.path, group, clientId, user, response.status });
    while (m_log.size() > 20000)
        m_log.pop_front();
}

SimServer::Response SimServer::handleToken(const Request &req)
{
    if (req.method != QLatin1String("POST"))
        return notFound(req.path);
    if (!QString::fromLatin1(req.header("content-type")).startsWith(kFormType, Qt::CaseInsensitive)) {
        Response r
            = oauthError(415, QStringLiteral("invalid_request"), QStringLiteral("OAU-101"),
                         QStringLiteral("Unsupported Media Type: use application/x-www-form-urlencoded"));
        log(req, r, {}, {}, {});
        return r;
    }
    const QUrlQuery form = req.form();
    const auto field
        = [&form](const char *name) { return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    QString secret;
    bool hasBasic = false;
    const QString clientId = claimedClientId(req, form, &secret, &hasBasic);
    const QString grantType = field("grant_type");
    const qint64 now = m_clock.nowMs();

    // Who is asking decides the Auth bucket: the JWT's owner, or the refresh token's session.
    qint64 owner = 0;
    JwtIssuer::Check jwtCheck = JwtIssuer::Check::Invalid;
    const QString assertion = field("assertion");
    if (grantType == kJwtGrant) {
        if (!assertion.isEmpty() && assertion == m_options.adminJwt) {
            jwtCheck = JwtIssuer::Check::Valid;
            owner = m_account.adminUser().id;
        } else if (!assertion.isEmpty() && assertion == m_options.userJwt) {
            jwtCheck = JwtIssuer::Check::Valid;
            owner = m_account.standardUser().id;
        } else {
            jwtCheck = m_jwt.verify(assertion, now / 1000, &owner);
        }
    } else if (grantType == QLatin1String("refresh_token")) {
        if (const OAuthSession *s = m_sessions.find(field("refresh_token")))
            owner = s->ownerId;
    }
    const QString user
        = owner ? QString::number(owner) : QStringLiteral("anonymous@") + req.remote.toString();
    const RateDecision rate = m_limiter.admit(clientId, user, ThrottlingGroup::Auth);
    const auto finish = [&](Response r) {
        addRateHeaders(r, rate);
        log(req, r, groupHeaderName(ThrottlingGroup::Auth), clientId,
            owner ? QString::number(owner) : QString());
        return r;
    };
    if (!rate.allowed)
        return finish(rateLimited(rate));

    if (clientId.isEmpty())
        return finish(oauthError(400, QStringLiteral("invalid_client"), QStringLiteral("OAU-123"),
                                 QStringLiteral("Client authentication is required")));
    if (clientId != m_options.clientId)
        return finish(oauthError(400, QStringLiteral("invalid_client"), QStringLiteral("OAU-153"),
                                 QStringLiteral("Invalid client: %1").arg(clientId),
                                 QStringLiteral("client_id"), clientId));
    // A confidential app must prove itself with its secret.
    if (!m_options.clientSecret.isEmpty() && (!hasBasic || secret != m_options.clientSecret))
        return finish(oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("OAU-146"),
                                 QStringLiteral("Invalid client credentials")));

    const int accessTtl = effectiveTtl(field("access_token_ttl"), m_options.accessTtl, 600, 3600);
    const int refreshTtl = effectiveTtl(field("refresh_token_ttl"), m_options.refreshTtl, 1, 2592000);

    if (grantType == kJwtGrant) {
        if (assertion.isEmpty())
            return finish(oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("OAU-101"),
                                     QStringLiteral("Parameter [assertion] is missing"),
                                     QStringLiteral("assertion"), QString()));
        if (jwtCheck == JwtIssuer::Check::Expired)
            return finish(oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("OAU-210"),
                                     QStringLiteral("JWT token is expired")));
        if (jwtCheck != JwtIssuer::Check::Valid || !m_account.extension(owner))
            return finish(oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("OAU-213"),
                                     QStringLiteral("JWT token is invalid")));
        const OAuthSession &s = m_sessions.open(clientId, owner, field("endpoint_id"), m_options.scope(),
                                                accessTtl, refreshTtl, m_options.issueRefreshTokens);
        qCInfo(lcSim) << "JWT sign-in of extension" << owner << "session" << s.id;
        return finish(json(200, tokenJson(s, now)));
    }
    if (grantType == QLatin1String("refresh_token")) {
        const QString token = field("refresh_token");
        if (token.isEmpty())
            return finish(oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("OAU-101"),
                                     QStringLiteral("Parameter [refresh_token] is missing"),
                                     QStringLiteral("refresh_token"), QString()));
        const OAuthSession *s = nullptr;
        switch (m_sessions.refresh(clientId, token, accessTtl, refreshTtl, &s)) {
        case OAuthSessions::RefreshOutcome::Rotated:
        case OAuthSessions::RefreshOutcome::Replayed:
            owner = s->ownerId;
            return finish(json(200, tokenJson(*s, now)));
        case OAuthSessions::RefreshOutcome::Expired:
            return finish(oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("OAU-210"),
                                     QStringLiteral("Token expired")));
        case OAuthSessions::RefreshOutcome::Unknown:
            break;
        }
        return finish(oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("OAU-213"),
                                 QStringLiteral("Token not found")));
    }
    if (grantType.isEmpty())
        return finish(oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("OAU-101"),
                                 QStringLiteral("Parameter [grant_type] is missing"),
                                 QStringLiteral("grant_type"), QString()));
    return finish(oauthError(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("OAU-251"),
                             QStringLiteral("Unsupported grant type: %1").arg(grantType)));
}

SimServer::Response SimServer::handleRevoke(const Request &req)
{
    if (req.method != QLatin1String("POST"))
        return notFound(req.path);
    const QUrlQuery form = req.form();
    QString secret;
    bool hasBasic = false;
    const QString clientId = claimedClientId(req, form, &secret, &hasBasic);
    QString token = form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (token.isEmpty())
        token = req.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);

    // The token's owner decides the Auth bucket. Keep the id, not the session: revoking ends it.
    const OAuthSession *s = m_sessions.find(token);
    const QString owner = s ? QString::number(s->ownerId) : QString();
    const QString user = s ? owner : QStringLiteral("anonymous@") + req.remote.toString();
    const RateDecision rate = m_limiter.admit(clientId, user, ThrottlingGroup::Auth);
    const auto finish = [&](Response r) {
        addRateHeaders(r, rate);
        log(req, r, groupHeaderName(ThrottlingGroup::Auth), clientId, owner);
        return r;
    };
    if (!rate.allowed)
        return finish(rateLimited(rate));
    if (clientId != m_options.clientId
        || (!m_options.clientSecret.isEmpty() && secret != m_options.clientSecret))
        return finish(oauthError(400, QStringLiteral("invalid_client"), QStringLiteral("OAU-123"),
                                 QStringLiteral("Client authentication is required")));
    if (token.isEmpty())
        return finish(oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("OAU-101"),
                                 QStringLiteral("Parameter [token] is missing"), QStringLiteral("token"),
                                 QString()));
    // Revoking an unknown token is not an error (RFC 7009): the caller's goal is met.
    m_sessions.revoke(token);
    Response r;
    r.status = 200;
    return finish(r);
}

SimServer::Response SimServer::handleApi(const Request &req)
{
    static const QRegularExpression accountPath(QStringLiteral("^/restapi/v1\\.0/account/([^/]+)(/.*)?$"));
    const auto match = accountPath.match(req.path);
    const QString rest = match.captured(2);

    // The wstoken endpoint is an OAuth one in the Auth group, but takes a bearer token like the API.
    const bool wsToken = req.path == QLatin1String("/restapi/oauth/wstoken");
    const ThrottlingGroup group = wsToken ? ThrottlingGroup::Auth
        : rest.endsWith(QLatin1String("/active-calls")) || rest == QLatin1String("/presence")
        ? ThrottlingGroup::Heavy
        : rest == QLatin1String("/extension") || rest == QLatin1String("/call-queues")
        ? ThrottlingGroup::Medium
        : ThrottlingGroup::Light;
    // Authenticate first: the bucket belongs to the token's app and user.
    const QByteArray auth = req.header("authorization");
    const OAuthSession *session = nullptr;
    Response failure;
    bool failed = true;
    if (auth.isEmpty()) {
        failure = unauthorized(QStringLiteral("AGW-401"), QStringLiteral("AGW-401"),
                               QStringLiteral("Authorization header is not specified"));
    } else {
        const int space = auth.indexOf(' ');
        const QByteArray scheme = space > 0 ? auth.left(space) : auth;
        const QString token = space > 0 ? QString::fromLatin1(auth.mid(space + 1).trimmed()) : QString();
        if (scheme.compare("bearer", Qt::CaseInsensitive) != 0 || token.isEmpty()) {
            failure = unauthorized(QStringLiteral("AGW-402"), QStringLiteral("AGW-402"),
                                   QStringLiteral("Invalid Authorization header"));
        } else {
            switch (m_sessions.checkAccess(token, &session)) {
            case OAuthSessions::AccessCheck::Valid:
                failed = false;
                break;
            case OAuthSessions::AccessCheck::Expired:
                failure = unauthorized(QStringLiteral("TokenInvalid"), QStringLiteral("OAU-128"),
                                       QStringLiteral("Access token expired."));
                break;
            case OAuthSessions::AccessCheck::Unknown:
                failure = unauthorized(QStringLiteral("TokenInvalid"), QStringLiteral("OAU-213"),
                                       QStringLiteral("Token not found"));
                break;
            }
        }
    }
    const QString clientId = session ? session->clientId : QString();
    const QString user
        = session ? QString::number(session->ownerId) : QStringLiteral("anonymous@") + req.remote.toString();
    const RateDecision rate = m_limiter.admit(clientId, user, group);
    const auto finish = [&](Response r) {
        addRateHeaders(r, rate);
        log(req, r, groupHeaderName(group), clientId,
            session ? QString::number(session->ownerId) : QString());
        return r;
    };
    if (!rate.allowed)
        return finish(rateLimited(rate));
    if (failed)
        return finish(failure);
    if (wsToken) {
        if (req.method != QLatin1String("POST"))
            return finish(notFound(req.path));
        if (!session->grants(kWebSocketPermission))
            return finish(json(403, missingAppPermission(kWebSocketPermission)));
        return finish(json(200,
                           QJsonObject { { QStringLiteral("uri"), m_push->url().toString() },
                                         { QStringLiteral("ws_access_token"), m_push->issueToken(*session) },
                                         { QStringLiteral("expires_in"), PushGateway::kWsTokenSeconds } }));
    }

    if (!match.hasMatch() || req.method != QLatin1String("GET"))
        return finish(notFound(req.path));
    const QString accountSegment = match.captured(1);
    if (accountSegment != QLatin1String("~") && accountSegment != QString::number(m_account.id()))
        return finish(apiError(404, QStringLiteral("CMN-102"), QStringLiteral("CMN-102"),
                               QStringLiteral("Resource for parameter [accountId] is not found"),
                               { { QStringLiteral("parameterName"), QStringLiteral("accountId") },
                                 { QStringLiteral("parameterValue"), accountSegment } }));

    const QString host = QString::fromLatin1(req.header("host"));
    const QString apiBase = QStringLiteral("http://") + (host.isEmpty() ? m_baseUrl.authority() : host)
        + QStringLiteral("/restapi/v1.0");
    const QString accountUri = apiBase + QStringLiteral("/account/") + QString::number(m_account.id());

    static const QRegularExpression extensionPath(QStringLiteral("^/extension/([^/]+)(/active-calls)?$"));
    if (rest.isEmpty()) {
        return finish(
            json(200,
                 QJsonObject {
                     { QStringLiteral("uri"), accountUri },
                     { QStringLiteral("id"), double(m_account.id()) },
                     { QStringLiteral("mainNumber"), m_account.mainNumber() },
                     { QStringLiteral("status"), QStringLiteral("Confirmed") },
                     { QStringLiteral("operator"),
                       QJsonObject {
                           { QStringLiteral("id"), double(m_account.adminUser().id) },
                           { QStringLiteral("extensionNumber"), m_account.adminUser().extensionNumber } } },
                     { QStringLiteral("serviceInfo"),
                       QJsonObject {
                           { QStringLiteral("brand"),
                             QJsonObject { { QStringLiteral("id"), QStringLiteral("1210") },
                                           { QStringLiteral("name"), QStringLiteral("RingCentral") } } } } },
                 }));
    }
    if (rest == QLatin1String("/business-address")) {
        return finish(json(200,
                           QJsonObject {
                               { QStringLiteral("uri"), QString(accountUri + rest) },
                               { QStringLiteral("company"), m_account.companyName() },
                               { QStringLiteral("email"), QStringLiteral("office@northwind.example") },
                               { QStringLiteral("mainSiteName"), QStringLiteral("Main Site") },
                               { QStringLiteral("businessAddress"),
                                 QJsonObject { { QStringLiteral("street"), QStringLiteral("20 Davis Drive") },
                                               { QStringLiteral("city"), QStringLiteral("Belmont") },
                                               { QStringLiteral("state"), QStringLiteral("CA") },
                                               { QStringLiteral("zip"), QStringLiteral("94002") },
                                               { QStringLiteral("country"), QStringLiteral("US") } } },
                           }));
    }
    if (rest == QLatin1String("/active-calls")) {
        const SimExtension *me = m_account.extension(session->ownerId);
        if (!me || !me->admin)
            return finish(json(403, missingUserPermission(QStringLiteral("ReadCompanyCallLog"))));
        return finish(activeCalls(req, *session, apiBase, QString()));
    }
    static const QRegularExpression sessionPath(QStringLiteral("^/telephony/sessions/([^/]+)$"));
    if (const auto t = sessionPath.match(rest); t.hasMatch())
        return finish(telephonySession(*session, t.captured(1)));
    if (rest == QLatin1String("/extension"))
        return finish(extensionList(req, apiBase));
    static const QRegularExpression presencePath(QStringLiteral("^(?:/extension/([^/]+))?/presence$"));
    if (const auto p = presencePath.match(rest); p.hasMatch()) {
        if (!session->grants(kReadPresencePermission))
            return finish(json(403, missingAppPermission(kReadPresencePermission)));
        const SimExtension *me = m_account.extension(session->ownerId);
        if (p.captured(1).isEmpty() && !(me && me->admin))
            return finish(json(403, missingUserPermission(QStringLiteral("ReadPresence"))));
        return finish(presence(req, *session, apiBase, p.captured(1)));
    }
    // The monitored-lines list is not in the spec: its group and permissions are UNCONFIRMED.
    // The simulator puts it in Light with ReadPresence, like the presence it leads to.
    static const QRegularExpression linesPath(QStringLiteral("^/extension/([^/]+)/presence/line$"));
    if (const auto l = linesPath.match(rest); l.hasMatch()) {
        if (!session->grants(kReadPresencePermission))
            return finish(json(403, missingAppPermission(kReadPresencePermission)));
        return finish(monitoredLines(req, *session, apiBase, l.captured(1)));
    }
    static const QRegularExpression queuePath(
        QStringLiteral("^/call-queues(?:/([^/]+)(?:/(members|presence))?)?$"));
    if (const auto q = queuePath.match(rest); q.hasMatch()) {
        const QString permission = q.captured(2) == QLatin1String("presence")
            ? kReadPresencePermission
            : QStringLiteral("ReadAccounts");
        if (!session->grants(permission))
            return finish(json(403, missingAppPermission(permission)));
        if (q.captured(1).isEmpty())
            return finish(callQueues(req, apiBase));
        return finish(callQueue(req, apiBase, q.captured(1), q.captured(2)));
    }
    static const QRegularExpression agentQueuesPath(
        QStringLiteral("^/extension/([^/]+)/call-queue-presence$"));
    if (const auto a = agentQueuesPath.match(rest); a.hasMatch()) {
        if (!session->grants(kReadPresencePermission))
            return finish(json(403, missingAppPermission(kReadPresencePermission)));
        return finish(callQueuePresence(*session, a.captured(1)));
    }
    static const QRegularExpression rulePath(QStringLiteral("^/extension/([^/]+)/answering-rule/([^/]+)$"));
    if (const auto a = rulePath.match(rest); a.hasMatch()) {
        if (!session->grants(QStringLiteral("ReadAccounts")))
            return finish(json(403, missingAppPermission(QStringLiteral("ReadAccounts"))));
        return finish(answeringRule(apiBase, a.captured(1), a.captured(2)));
    }
    const auto ext = extensionPath.match(rest);
    if (ext.hasMatch()) {
        if (!ext.captured(2).isEmpty())
            return finish(activeCalls(req, *session, apiBase, ext.captured(1)));
        return finish(extensionInfo(*session, apiBase, ext.captured(1)));
    }
    return finish(notFound(req.path));
}

SimServer::Response SimServer::extensionInfo(const OAuthSession &session, const QString &apiBase,
                                             const QString &extensionSegment)
{
    const SimExtension *me = m_account.extension(session.ownerId);
    const qint64 wanted = extensionIdOf(extensionSegment, session);
    const SimExtension *e = m_account.extension(wanted);
    if (!e)
        return extensionNotFound(extensionSegment);
    if (e != me && !(me && me->admin))
        return anotherExtension();
    const QString accountUri = apiBase + QStringLiteral("/account/") + QString::number(m_account.id());
    const bool queue = e->kind == SimExtension::Kind::CallQueue;
    return json(200,
                QJsonObject {
                    { QStringLiteral("uri"),
                      QString(accountUri + QStringLiteral("/extension/") + QString::number(e->id)) },
                    { QStringLiteral("id"), double(e->id) },
                    { QStringLiteral("extensionNumber"), e->extensionNumber },
                    { QStringLiteral("name"), e->name },
                    { QStringLiteral("type"), queue ? QStringLiteral("Department") : QStringLiteral("User") },
                    { QStringLiteral("status"), QStringLiteral("Enabled") },
                    { QStringLiteral("contact"),
                      QJsonObject { { QStringLiteral("firstName"), e->firstName },
                                    { QStringLiteral("lastName"), e->lastName },
                                    { QStringLiteral("email"), e->email },
                                    { QStringLiteral("company"), m_account.companyName() },
                                    { QStringLiteral("businessPhone"), e->directNumber } } },
                    { QStringLiteral("account"),
                      QJsonObject { { QStringLiteral("id"), QString::number(m_account.id()) },
                                    { QStringLiteral("uri"), accountUri } } },
                    { QStringLiteral("permissions"),
                      QJsonObject { { QStringLiteral("admin"),
                                      QJsonObject { { QStringLiteral("enabled"), e->admin } } },
                                    { QStringLiteral("internationalCalling"),
                                      QJsonObject { { QStringLiteral("enabled"), false } } } } },
                    { QStringLiteral("regionalSettings"),
                      QJsonObject { { QStringLiteral("timezone"),
                                      QJsonObject { { QStringLiteral("name"),
                                                      QStringLiteral("America/Los_Angeles") } } },
                                    { QStringLiteral("timeFormat"), QStringLiteral("12h") } } },
                });
}

SimServer::Response SimServer::activeCalls(const Request &req, const OAuthSession &session,
                                           const QString &apiBase, const QString &extensionSegment)
{
    std::optional<qint64> only;
    if (!extensionSegment.isEmpty()) {
        const qint64 wanted = extensionIdOf(extensionSegment, session);
        const SimExtension *me = m_account.extension(session.ownerId);
        if (!m_account.extension(wanted))
            return extensionNotFound(extensionSegment);
        if (wanted != session.ownerId && !(me && me->admin))
            return anotherExtension();
        only = wanted;
    }

    m_engine->advance();
    const std::vector<CallRecordRef> all = m_engine->listing(only);
    const QString listUri = apiBase + QStringLiteral("/account/") + QString::number(m_account.id())
        + (only ? QStringLiteral("/extension/") + QString::number(*only) : QString())
        + QStringLiteral("/active-calls");
    // page and perPage are honoured; the platform drops every other parameter here.
    return pagedList(req, listUri, qint64(all.size()),
                     [&](qint64 i) { return m_engine->recordJson(all[size_t(i)], apiBase); });
}

SimServer::Response SimServer::presence(const Request &req, const OAuthSession &session,
                                        const QString &apiBase, const QString &extensionSegment)
{
    m_engine->advance();
    const bool detailed = req.query.queryItemValue(QStringLiteral("detailedTelephonyState"))
                              .compare(QLatin1String("true"), Qt::CaseInsensitive)
        == 0;
    if (!extensionSegment.isEmpty()) {
        const QStringList ids = extensionSegment.split(QLatin1Char(','));
        if (ids.size() > 1)
            return bulkPresence(session, apiBase, ids, detailed);
        return presenceOf(session, apiBase, extensionSegment, detailed);
    }
    const auto &users = m_account.users();
    const std::vector<std::vector<PresenceParty>> parties
        = TelephonySessions::partiesByUser(m_engine->calls(), users.size());
    const QString accountUri = apiBase + QStringLiteral("/account/") + QString::number(m_account.id());
    const qint64 now = m_clock.nowMs();
    const TelephonySessions telephony(m_account);
    return pagedList(req, accountUri + QStringLiteral("/presence"), qint64(users.size()), [&](qint64 i) {
        const SimExtension &e = users[size_t(i)];
        const QString extUri = accountUri + QStringLiteral("/extension/") + QString::number(e.id);
        QJsonObject o = telephony.userPresence(int(i), parties[size_t(i)], now, detailed, m_presence);
        o.insert(QStringLiteral("uri"), QString(extUri + QStringLiteral("/presence")));
        o.insert(QStringLiteral("extension"),
                 QJsonObject { { QStringLiteral("id"), double(e.id) },
                               { QStringLiteral("uri"), extUri },
                               { QStringLiteral("extensionNumber"), e.extensionNumber } });
        return o;
    });
}

SimServer::Response SimServer::presenceOf(const OAuthSession &session, const QString &apiBase,
                                          const QString &id, bool detailed)
{
    const SimExtension *e = m_account.extension(extensionIdOf(id, session));
    if (!e)
        return extensionNotFound(id);
    const QString accountUri = apiBase + QStringLiteral("/account/") + QString::number(m_account.id());
    const QString extUri = accountUri + QStringLiteral("/extension/") + QString::number(e->id);
    const QJsonObject extension { { QStringLiteral("id"), double(e->id) },
                                  { QStringLiteral("uri"), extUri },
                                  { QStringLiteral("extensionNumber"), e->extensionNumber } };
    // A queue (Department) extension is always Offline, without telephony status, user status
    // or DND (push-queues-presence.md §5.1); anybody may see that.
    if (e->kind == SimExtension::Kind::CallQueue)
        return json(200,
                    QJsonObject { { QStringLiteral("uri"), QString(extUri + QStringLiteral("/presence")) },
                                  { QStringLiteral("extension"), extension },
                                  { QStringLiteral("presenceStatus"), QStringLiteral("Offline") } });
    // Someone else's presence: an administrator's to see, or a line the user monitors.
    const SimExtension *me = m_account.extension(session.ownerId);
    const auto &lines = m_presence.monitoredLines();
    const bool monitors = session.ownerId == m_account.standardUser().id
        && std::find(lines.begin(), lines.end(), e->id) != lines.end();
    if (e->id != session.ownerId && !(me && me->admin) && !monitors)
        return anotherExtension();
    const int user = m_account.userIndex(e->id);
    std::vector<PresenceParty> parties;
    const auto &calls = m_engine->calls();
    for (auto it = calls.rbegin(); it != calls.rend(); ++it) {
        for (int side = 0; side < TelephonySessions::partyCount(*it); ++side) {
            if (TelephonySessions::userOf(*it, side) == user)
                parties.push_back({ &*it, side });
        }
    }
    QJsonObject o
        = TelephonySessions(m_account).userPresence(user, parties, m_clock.nowMs(), detailed, m_presence);
    o.insert(QStringLiteral("uri"), QString(extUri + QStringLiteral("/presence")));
    o.insert(QStringLiteral("extension"), extension);
    return json(200, o);
}

SimServer::Response SimServer::bulkPresence(const OAuthSession &session, const QString &apiBase,
                                            const QStringList &ids, bool detailed)
{
    // At most 30 ids; the error's wording is UNCONFIRMED, its code is the spec's.
    constexpr int kMaxParts = 30;
    if (ids.size() > kMaxParts)
        return apiError(
            400, QStringLiteral("InvalidMultipartRequest"), QStringLiteral("InvalidMultipartRequest"),
            QStringLiteral("Multipart request must not contain more than %1 parts").arg(kMaxParts));
    // 207 Multi-Status with one part per id, each with its own status and body: the JSON form
    // of batch-requests.md (application/vnd.ringcentral.multipart+json). The simulator sends
    // it whatever the Accept header says.
    QJsonArray parts;
    for (const QString &id : ids) {
        const Response r = presenceOf(session, apiBase, id, detailed);
        parts.append(QJsonObject { { QStringLiteral("resourceId"), id },
                                   { QStringLiteral("status"), r.status },
                                   { QStringLiteral("body"), QJsonDocument::fromJson(r.body).object() } });
    }
    Response r = json(207, parts);
    r.setHeader("Content-Type", "application/vnd.ringcentral.multipart+json");
    return r;
}

SimServer::Response SimServer::monitoredLines(const Request &req, const OAuthSession &session,
                                              const QString &apiBase, const QString &extensionSegment)
{
    const qint64 wanted = extensionIdOf(extensionSegment, session);
    const SimExtension *me = m_account.extension(session.ownerId);
    if (!m_account.extension(wanted))
        return extensionNotFound(extensionSegment);
    if (wanted != session.ownerId && !(me && me->admin))
        return anotherExtension();
    // Only the standard user has lines set up to monitor; everybody else's list is empty.
    std::vector<qint64> lines;
    if (wanted == m_account.standardUser().id)
        lines = m_presence.monitoredLines();
    const QString accountUri = apiBase + QStringLiteral("/account/") + QString::number(m_account.id());
    const QString listUri = accountUri + QStringLiteral("/extension/") + QString::number(wanted)
        + QStringLiteral("/presence/line");
    return pagedList(req, listUri, qint64(lines.size()), [&](qint64 i) {
        const SimExtension &e = *m_account.extension(lines[size_t(i)]);
        const QString extUri = accountUri + QStringLiteral("/extension/") + QString::number(e.id);
        // The record shape of [EMB] (push-queues-presence.md §6): ids as strings. The line's own
        // id is not documented; the simulator numbers lines from 1.
        return QJsonObject {
            { QStringLiteral("id"), QString::number(i + 1) },
            { QStringLiteral("uri"), QString(listUri + QLatin1Char('/') + QString::number(i + 1)) },
            { QStringLiteral("notEditableOnHud"), false },
            { QStringLiteral("extension"),
              QJsonObject { { QStringLiteral("id"), QString::number(e.id) },
                            { QStringLiteral("uri"), extUri },
                            { QStringLiteral("extensionNumber"), e.extensionNumber },
                            { QStringLiteral("type"),
                              e.kind == SimExtension::Kind::CallQueue ? QStringLiteral("Department")
                                                                      : QStringLiteral("User") } } },
        };
    });
}

namespace {

QJsonObject queueSummary(const SimExtension &q, const QString &accountUri)
{
    return QJsonObject {
        { QStringLiteral("uri"),
          QString(accountUri + QStringLiteral("/call-queues/") + QString::number(q.id)) },
        { QStringLiteral("id"), QString::number(q.id) },
        { QStringLiteral("extensionNumber"), q.extensionNumber },
        { QStringLiteral("name"), q.name },
        { QStringLiteral("status"), QStringLiteral("Enabled") },
        { QStringLiteral("subType"), QStringLiteral("Unknown") },
        { QStringLiteral("site"),
          QJsonObject { { QStringLiteral("id"), QStringLiteral("main-site") },
                        { QStringLiteral("name"), QStringLiteral("Main Site") } } },
    };
}

Response queueNotFound(const QString &groupId)
{
    return apiError(404, QStringLiteral("CMN-102"), QStringLiteral("CMN-102"),
                    QStringLiteral("Resource for parameter [groupId] is not found"),
                    { { QStringLiteral("parameterName"), QStringLiteral("groupId") },
                      { QStringLiteral("parameterValue"), groupId } });
}

} // namespace

SimServer::Response SimServer::callQueues(const Request &req, const QString &apiBase)
{
    const QString accountUri = apiBase + QStringLiteral("/account/") + QString::number(m_account.id());
    std::vector<int> wanted;
    const QString member = req.query.queryItemValue(QStringLiteral("memberExtensionId"));
    for (int q = 0; q < int(m_account.queues().size()); ++q) {
        const std::vector<int> &members = m_account.queueMembers(q);
        if (member.isEmpty() || std::any_of(members.begin(), members.end(), [&](int u) {
                return QString::number(m_account.users()[size_t(u)].id) == member;
            }))
            wanted.push_back(q);
    }
    return pagedList(req, accountUri + QStringLiteral("/call-queues"), qint64(wanted.size()), [&](qint64 i) {
        return queueSummary(m_account.queues()[size_t(wanted[size_t(i)])], accountUri);
    });
}

SimServer::Response SimServer::callQueue(const Request &req, const QString &apiBase, const QString &groupId,
                                         const QString &what)
{
    const int q = m_account.queueIndex(groupId.toLongLong());
    if (q < 0)
        return queueNotFound(groupId);
    const SimExtension &queue = m_account.queues()[size_t(q)];
    const QString accountUri = apiBase + QStringLiteral("/account/") + QString::number(m_account.id());
    const QString queueUri = accountUri + QStringLiteral("/call-queues/") + QString::number(queue.id);
    const std::vector<int> &members = m_account.queueMembers(q);
    if (what.isEmpty()) {
        const SimQueueSettings &s = m_account.queueSettings(q);
        QJsonObject o = queueSummary(queue, accountUri);
        o.insert(
            QStringLiteral("serviceLevelSettings"),
            QJsonObject { { QStringLiteral("slaGoal"), s.slaGoal },
                          { QStringLiteral("slaThresholdSeconds"), s.slaThresholdSeconds },
                          { QStringLiteral("includeAbandonedCalls"), s.includeAbandonedCalls },
                          { QStringLiteral("abandonedThresholdSeconds"), s.abandonedThresholdSeconds } });
        o.insert(QStringLiteral("editableMemberStatus"), s.editableMemberStatus);
        o.insert(QStringLiteral("alertTimer"), s.alertTimer);
        return json(200, o);
    }
    if (what == QLatin1String("members")) {
        return pagedList(req, queueUri + QStringLiteral("/members"), qint64(members.size()), [&](qint64 i) {
            const SimExtension &e = m_account.users()[size_t(members[size_t(i)])];
            return QJsonObject {
                { QStringLiteral("uri"),
                  QString(accountUri + QStringLiteral("/extension/") + QString::number(e.id)) },
                { QStringLiteral("id"), double(e.id) },
                { QStringLiteral("extensionNumber"), e.extensionNumber },
            };
        });
    }
    // The members' availability now: the DND status for all queues, their flag for this one.
    m_engine->advance();
    const qint64 now = m_clock.nowMs();
    QJsonArray records;
    for (int u : members) {
        const SimExtension &e = m_account.users()[size_t(u)];
        const PresenceState &state = m_presence.stateAt(u, now);
        records.append(QJsonObject {
            { QStringLiteral("member"),
              QJsonObject { { QStringLiteral("id"), QString::number(e.id) },
                            { QStringLiteral("name"), e.name },
                            { QStringLiteral("extensionNumber"), e.extensionNumber },
                            { QStringLiteral("site"),
                              QJsonObject { { QStringLiteral("id"), QStringLiteral("main-site") },
                                            { QStringLiteral("name"), QStringLiteral("Main Site") } } },
                            { QStringLiteral("extensionSubType"), QStringLiteral("Unknown") } } },
            { QStringLiteral("acceptQueueCalls"), state.acceptsQueueCalls() },
            { QStringLiteral("acceptCurrentQueueCalls"), state.acceptCurrentQueueCalls },
        });
    }
    return json(200, QJsonObject { { QStringLiteral("records"), records } });
}

SimServer::Response SimServer::callQueuePresence(const OAuthSession &session, const QString &extensionSegment)
{
    const qint64 wanted = extensionIdOf(extensionSegment, session);
    const int user = m_account.userIndex(wanted);
    if (user < 0)
        return extensionNotFound(extensionSegment);
    const SimExtension *me = m_account.extension(session.ownerId);
    if (wanted != session.ownerId && !(me && me->admin))
        return anotherExtension();
    m_engine->advance();
    const int q = m_account.queueOf(user);
    const SimExtension &queue = m_account.queues()[size_t(q)];
    return json(
        200,
        QJsonObject { { QStringLiteral("records"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("callQueue"),
                              QJsonObject { { QStringLiteral("id"), QString::number(queue.id) },
                                            { QStringLiteral("name"), queue.name },
                                            { QStringLiteral("extensionNumber"), queue.extensionNumber },
                                            { QStringLiteral("editableMemberStatus"),
                                              m_account.queueSettings(q).editableMemberStatus } } },
                            { QStringLiteral("acceptCalls"),
                              m_presence.stateAt(user, m_clock.nowMs()).acceptCurrentQueueCalls } } } } });
}

SimServer::Response SimServer::answeringRule(const QString &apiBase, const QString &extensionSegment,
                                             const QString &ruleId)
{
    // The queue's timing lives in its answering rule's `queue` object (§7.1). Only the
    // business-hours rule of a queue is simulated.
    const int q = m_account.queueIndex(extensionSegment.toLongLong());
    if (q < 0 || ruleId != QLatin1String("business-hours-rule"))
        return apiError(404, QStringLiteral("CMN-102"), QStringLiteral("CMN-102"),
                        QStringLiteral("Resource for parameter [ruleId] is not found"),
                        { { QStringLiteral("parameterName"), QStringLiteral("ruleId") },
                          { QStringLiteral("parameterValue"), ruleId } });
    const SimQueueSettings &s = m_account.queueSettings(q);
    const QString extUri = apiBase + QStringLiteral("/account/") + QString::number(m_account.id())
        + QStringLiteral("/extension/") + QString::number(m_account.queues()[size_t(q)].id);
    return json(
        200,
        QJsonObject {
            { QStringLiteral("uri"), QString(extUri + QStringLiteral("/answering-rule/") + ruleId) },
            { QStringLiteral("id"), ruleId },
            { QStringLiteral("type"), QStringLiteral("BusinessHours") },
            { QStringLiteral("enabled"), true },
            { QStringLiteral("callHandlingAction"), QStringLiteral("TransferToExtension") },
            { QStringLiteral("queue"),
              QJsonObject {
                  { QStringLiteral("transferMode"), SimQueueSettings::transferModeName(s.transferMode) },
                  { QStringLiteral("holdTime"), s.holdTimeSeconds },
                  { QStringLiteral("maxCallers"), s.maxCallers },
                  { QStringLiteral("agentTimeout"), s.agentTimeoutSeconds },
                  { QStringLiteral("wrapUpTime"), s.wrapUpTimeSeconds },
                  { QStringLiteral("holdTimeExpirationAction"), QStringLiteral("TransferToExtension") },
                  { QStringLiteral("transfer"),
                    QJsonArray { QJsonObject {
                        { QStringLiteral("action"), QStringLiteral("HoldTimeExpiration") },
                        { QStringLiteral("extension"),
                          QJsonObject {
                              { QStringLiteral("id"),
                                QString::number(m_account.users()[size_t(s.overflowUser)].id) } } } } } },
                  { QStringLiteral("maxCallersAction"), QStringLiteral("Voicemail") },
              } },
        });
}

bool SimServer::setDnd(qint64 extensionId, PresenceState::Dnd dnd)
{
    const int user = m_account.userIndex(extensionId);
    if (user < 0)
        return false;
    m_engine->advance();
    // Just after now: the instant up to which events have been derived is lived already.
    m_presence.setDnd(user, dnd, m_clock.nowMs() + 1);
    return true;
}

bool SimServer::setUserStatus(qint64 extensionId, PresenceState::UserStatus status)
{
    const int user = m_account.userIndex(extensionId);
    if (user < 0)
        return false;
    m_engine->advance();
    m_presence.setUserStatus(user, status, m_clock.nowMs() + 1);
    return true;
}

bool SimServer::setAcceptCurrentQueueCalls(qint64 extensionId, bool accept)
{
    const int user = m_account.userIndex(extensionId);
    if (user < 0)
        return false;
    m_engine->advance();
    m_presence.setAcceptCurrentQueueCalls(user, accept, m_clock.nowMs() + 1);
    return true;
}

bool SimServer::setMonitoredLines(const std::vector<qint64> &extensionIds)
{
    if (std::any_of(extensionIds.begin(), extensionIds.end(),
                    [this](qint64 id) { return !m_account.extension(id); }))
        return false;
    m_engine->advance();
    m_presence.setMonitoredLines(extensionIds, m_clock.nowMs() + 1);
    return true;
}

SimServer::Response SimServer::telephonySession(const OAuthSession &session,
                                                const QString &telephonySessionId)
{
    if (!session.grants(kCallControlPermission))
        return json(403, missingAppPermission(kCallControlPermission));
    m_engine->advance();
    const SimExtension *me = m_account.extension(session.ownerId);
    // An administrator sees every session; a standard user only one they take part in.
    const std::optional<qint64> viewer
        = me && me->admin ? std::nullopt : std::optional<qint64>(session.ownerId);
    const SimCall *call = m_engine->findSession(telephonySessionId);
    const std::optional<QJsonObject> body
        = call ? TelephonySessions(m_account).session(*call, m_clock.nowMs(), viewer) : std::nullopt;
    // Over, unknown or someone else's: the spec's 404 "not found or inaccessible". Its error
    // code is UNCONFIRMED; CMN-102 is the platform's usual one for an unknown id.
    if (!body)
        return apiError(404, QStringLiteral("CMN-102"), QStringLiteral("CMN-102"),
                        QStringLiteral("Resource for parameter [telephonySessionId] is not found"),
                        { { QStringLiteral("parameterName"), QStringLiteral("telephonySessionId") },
                          { QStringLiteral("parameterValue"), telephonySessionId } });
    return json(200, *body);
}

SimServer::Response SimServer::extensionList(const Request &req, const QString &apiBase)
{
    std::vector<const SimExtension *> all;
    for (const auto &e : m_account.users())
        all.push_back(&e);
    for (const auto &e : m_account.queues())
        all.push_back(&e);
    const QString accountUri = apiBase + QStringLiteral("/account/") + QString::number(m_account.id());
    return pagedList(req, accountUri + QStringLiteral("/extension"), qint64(all.size()), [&](qint64 i) {
        const SimExtension &e = *all[size_t(i)];
        return QJsonObject {
            { QStringLiteral("uri"),
              QString(accountUri + QStringLiteral("/extension/") + QString::number(e.id)) },
            { QStringLiteral("id"), double(e.id) },
            { QStringLiteral("extensionNumber"), e.extensionNumber },
            { QStringLiteral("name"), e.name },
            { QStringLiteral("type"),
              e.kind == SimExtension::Kind::CallQueue ? QStringLiteral("Department")
                                                      : QStringLiteral("User") },
            { QStringLiteral("status"), QStringLiteral("Enabled") },
        };
    });
}

SimServer::Response SimServer::handleControl(const Request &req)
{
    // The control endpoint steers the simulation; only this machine may use it.
    if (!req.remote.isLoopback())
        return apiError(403, QStringLiteral("SIM-403"), QStringLiteral("SIM-403"),
                        QStringLiteral("The control endpoint answers loopback clients only"));
    const QString action = req.path.mid(int(qstrlen("/sim/control/")));
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    const auto ok = [](QJsonObject o = {}) {
        o.insert(QStringLiteral("ok"), true);
        return json(200, o);
    };
    const auto bad = [](const QString &message) {
        return apiError(400, QStringLiteral("SIM-400"), QStringLiteral("SIM-400"), message);
    };

    if (action == QLatin1String("faults") && req.method == QLatin1String("POST")) {
        QString error;
        const auto fault = Fault::fromJson(body, &error);
        if (!fault)
            return bad(error);
        m_faults.add(*fault);
        return ok({ { QStringLiteral("pending"), m_faults.pending() } });
    }
    if (action == QLatin1String("faults") && req.method == QLatin1String("DELETE")) {
        m_faults.clear();
        return ok();
    }
    if (action == QLatin1String("push/drop") && req.method == QLatin1String("POST")) {
        m_push->dropAllConnections();
        return ok();
    }
    if (action == QLatin1String("push/out-of-order") && req.method == QLatin1String("POST")) {
        m_push->setOutOfOrder(body.value(QStringLiteral("on")).toBool(true));
        return ok();
    }
    if (action == QLatin1String("push/faults") && req.method == QLatin1String("POST")) {
        EventFaults faults;
        faults.drop = body.value(QStringLiteral("drop")).toDouble(0);
        faults.duplicate = body.value(QStringLiteral("duplicate")).toDouble(0);
        if (!(faults.drop >= 0 && faults.drop <= 1 && faults.duplicate >= 0 && faults.duplicate <= 1))
            return bad(QStringLiteral("'drop' and 'duplicate' must be shares from 0 to 1"));
        m_push->setEventFaults(faults);
        return ok(
            { { QStringLiteral("drop"), faults.drop }, { QStringLiteral("duplicate"), faults.duplicate } });
    }
    if (action == QLatin1String("push/faults") && req.method == QLatin1String("DELETE")) {
        m_push->setEventFaults({});
        return ok();
    }
    if (action == QLatin1String("calls/ringout") && req.method == QLatin1String("POST")) {
        const SimCall &call = m_engine->startRingOut();
        return ok(
            { { QStringLiteral("telephonySessionId"), call.telephonySessionId },
              { QStringLiteral("sessionId"), call.sessionId },
              { QStringLiteral("extensionId"), QString::number(m_account.users().at(size_t(call.user)).id) },
              { QStringLiteral("connectAt"), isoTime(call.connectMs) },
              { QStringLiteral("listedFrom"), isoTime(call.listedFromMs) } });
    }
    if (action == QLatin1String("calls/queue") && req.method == QLatin1String("POST")) {
        const int queue = m_account.queueIndex(body.value(QStringLiteral("queueId")).toString().toLongLong());
        if (queue < 0)
            return bad(QStringLiteral("unknown queueId"));
        static const QStringList kOutcomes { QStringLiteral("answered"), QStringLiteral("abandoned"),
                                             QStringLiteral("overflow"), QStringLiteral("voicemail") };
        const QString outcomeName = body.value(QStringLiteral("outcome")).toString(kOutcomes.front());
        if (!kOutcomes.contains(outcomeName))
            return bad(QStringLiteral("'outcome' must be answered, abandoned, overflow or voicemail"));
        const QueueOutcome outcome = QueueOutcome(kOutcomes.indexOf(outcomeName));
        const double wait = body.value(QStringLiteral("waitSeconds")).toDouble(10);
        if (wait < 0)
            return bad(QStringLiteral("'waitSeconds' must be a number >= 0"));
        const SimCall &call = m_engine->startQueueCall(queue, outcome, std::llround(wait * 1000));
        QJsonArray agents;
        for (int agent : call.ringingAgents) {
            const QString id = QString::number(m_account.users()[size_t(agent)].id);
            if (!agents.contains(id))
                agents.append(id);
        }
        const QString got = call.abandoned ? QStringLiteral("abandoned")
            : !call.overflowed             ? QStringLiteral("answered")
            : call.overflowTo >= 0         ? QStringLiteral("overflow")
                                           : QStringLiteral("voicemail");
        return ok(
            { { QStringLiteral("telephonySessionId"), call.telephonySessionId },
              { QStringLiteral("outcome"), got },
              { QStringLiteral("startAt"), isoTime(call.startMs) },
              { QStringLiteral("agentsRingAt"), isoTime(call.queueRingMs) },
              { QStringLiteral("leavesQueueAt"),
                isoTime(call.overflowed ? call.overflowMs : call.connectMs) },
              { QStringLiteral("endAt"), isoTime(call.endMs) },
              { QStringLiteral("ringingAgents"), agents },
              { QStringLiteral("answeredBy"),
                call.user >= 0 ? QString::number(m_account.users()[size_t(call.user)].id) : QString() } });
    }
    if (action == QLatin1String("presence/dnd") && req.method == QLatin1String("POST")) {
        const auto dnd = PresenceState::dndFromName(body.value(QStringLiteral("dndStatus")).toString());
        if (!dnd)
            return bad(QStringLiteral("unknown dndStatus"));
        if (!setDnd(body.value(QStringLiteral("extensionId")).toString().toLongLong(), *dnd))
            return bad(QStringLiteral("unknown extensionId"));
        return ok();
    }
    if (action == QLatin1String("presence/user-status") && req.method == QLatin1String("POST")) {
        const auto status
            = PresenceState::userStatusFromName(body.value(QStringLiteral("userStatus")).toString());
        if (!status)
            return bad(QStringLiteral("unknown userStatus"));
        if (!setUserStatus(body.value(QStringLiteral("extensionId")).toString().toLongLong(), *status))
            return bad(QStringLiteral("unknown extensionId"));
        return ok();
    }
    if (action == QLatin1String("queues/accept") && req.method == QLatin1String("POST")) {
        if (!setAcceptCurrentQueueCalls(body.value(QStringLiteral("extensionId")).toString().toLongLong(),
                                        body.value(QStringLiteral("accept")).toBool(true)))
            return bad(QStringLiteral("unknown extensionId"));
        return ok();
    }
    if (action == QLatin1String("presence/lines") && req.method == QLatin1String("POST")) {
        std::vector<qint64> ids;
        for (const QJsonValue &v : body.value(QStringLiteral("extensionIds")).toArray())
            ids.push_back(v.toString().toLongLong());
        if (!setMonitoredLines(ids))
            return bad(QStringLiteral("unknown extension in 'extensionIds'"));
        return ok();
    }
    if (action == QLatin1String("push/forget") && req.method == QLatin1String("POST")) {
        m_push->forgetSessions();
        return ok();
    }
    if (action == QLatin1String("expire-access-tokens") && req.method == QLatin1String("POST")) {
        m_sessions.expireAllAccessTokens();
        return ok();
    }
    if (action == QLatin1String("revoke-refresh-tokens") && req.method == QLatin1String("POST")) {
        m_sessions.revokeAllRefreshTokens();
        return ok();
    }
    if (action == QLatin1String("advance") && req.method == QLatin1String("POST")) {
        const double seconds = body.value(QStringLiteral("seconds")).toDouble(-1);
        if (seconds < 0)
            return bad(QStringLiteral("'seconds' must be a number >= 0"));
        m_clock.advance(std::llround(seconds * 1000));
        return ok({ { QStringLiteral("now"), m_clock.now().toString(Qt::ISODateWithMs) } });
    }
    if (action == QLatin1String("jwt") && req.method == QLatin1String("POST")) {
        const qint64 ext = body.value(QStringLiteral("extensionId")).toString().toLongLong();
        if (!m_account.extension(ext))
            return bad(QStringLiteral("unknown extensionId"));
        return ok({ { QStringLiteral("jwt"),
                      mintJwt(ext, qint64(body.value(QStringLiteral("expiresIn")).toDouble(0))) } });
    }
    if (action == QLatin1String("state") && req.method == QLatin1String("GET")) {
        m_engine->advance();
        QJsonArray requests;
        for (const auto &e : m_log) {
            requests.append(QJsonObject { { QStringLiteral("t"), double(e.simTimeMs) },
                                          { QStringLiteral("method"), e.method },
                                          { QStringLiteral("path"), e.path },
                                          { QStringLiteral("group"), e.group },
                                          { QStringLiteral("user"), e.user },
                                          { QStringLiteral("status"), e.status } });
        }
        return ok({
            { QStringLiteral("now"), m_clock.now().toString(Qt::ISODateWithMs) },
            { QStringLiteral("speed"), m_clock.speed() },
            { QStringLiteral("connectedCalls"), m_engine->connectedCount() },
            { QStringLiteral("listedRecords"), int(m_engine->listing(std::nullopt).size()) },
            { QStringLiteral("sessions"), m_sessions.sessionCount() },
            { QStringLiteral("adminExtensionId"), QString::number(m_account.adminUser().id) },
            { QStringLiteral("userExtensionId"), QString::number(m_account.standardUser().id) },
            { QStringLiteral("requests"), requests },
        });
    }
    return notFound(req.path);
}

} // namespace callwatch::sim
