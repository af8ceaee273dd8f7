#include "restclient.h"

#include "accesstokensource.h"
#include "clock.h"
#include "logging.h"
#include "platformapi.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QPointer>
#include <QSysInfo>

namespace callwatch {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError networkError(const QNetworkReply &reply, bool tooLarge, qint64 limit)
{
    ApiError e;
    if (tooLarge) {
        e.kind = ApiError::Kind::BadResponse;
        e.message = RestClient::tr("the response exceeds %1 MiB").arg(limit / (1024 * 1024));
        return e;
    }
    e.message = reply.errorString();
    switch (reply.error()) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout ends with
        e.kind = ApiError::Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = ApiError::Kind::Tls;
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        e.kind = ApiError::Kind::InsecureServer;
        break;
    default:
        e.kind = ApiError::Kind::Network;
        break;
    }
    return e;
}

} // namespace

RestClient::RestClient(const QUrl &server, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_server(server.adjusted(QUrl::StripTrailingSlash))
    , m_clock(clock)
    , m_rateLimits(clock)
    , m_userAgent(QStringLiteral("CallWatch/%1 (Qt %2; %3)")
                      .arg(QLatin1String(CALLWATCH_VERSION), QLatin1String(qVersion()), QSysInfo::prettyProductName())
                      .toUtf8())
{
    // TLS errors are never ignored: no handler here calls ignoreSslErrors(), so a bad
    // certificate fails the request and is reported as such.
    m_network.setAutoDeleteReplies(false);
}

bool RestClient::isAllowedServer(const QUrl &server, QString *why)
{
    if (!server.isValid() || server.host().isEmpty()) {
        *why = tr("'%1' is not a valid server URL").arg(server.toString());
        return false;
    }
    const QString scheme = server.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http") && isLoopbackHost(server.host()))
        return true;
    *why = tr("%1 must use https:// (plain http:// is allowed for loopback addresses only)")
               .arg(server.toString(QUrl::RemoveUserInfo));
    return false;
}

QUrl RestClient::urlFor(const QString &pathAndQuery) const
{
    return QUrl(m_server.toString() + pathAndQuery);
}

bool RestClient::sameOrigin(const QUrl &url) const
{
    return url.scheme().compare(m_server.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(m_server.host(), Qt::CaseInsensitive) == 0
        && url.port(m_server.scheme() == QLatin1String("https") ? 443 : 80)
        == m_server.port(m_server.scheme() == QLatin1String("https") ? 443 : 80);
}

QNetworkRequest RestClient::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setTransferTimeout(m_timeoutMs);
    // Follow a redirect only within the same origin, so the token never travels elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

void RestClient::postForm(const QString &path, const QUrlQuery &form, const QByteArray &basicAuth,
                          QObject *context, Callback done)
{
    QString why;
    if (!isAllowedServer(m_server, &why)) {
        RestResponse r;
        r.error.kind = ApiError::Kind::InsecureServer;
        r.error.message = why;
        QMetaObject::invokeMethod(context, [done, r] { done(r); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request = makeRequest(urlFor(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    // Token requests never follow redirects: a redirected credential is a leaked credential.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!basicAuth.isEmpty())
        request.setRawHeader("Authorization", basicAuth);
    // Form encoding: '+' and other reserved characters in a JWT must be percent-encoded.
    QByteArray body;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    m_rateLimits.noteSent(api::kAuthGroup);
    QNetworkReply *reply = m_network.post(request, body);
    QPointer<QObject> guard(context);
    collect(reply, api::kAuthGroup, [guard, done](RestResponse r) {
        if (guard)
            done(r);
    });
}

void RestClient::get(const QUrl &url, const QString &group, QObject *context, Callback done)
{
    send("GET", url, group, context, std::move(done), false);
}

void RestClient::post(const QUrl &url, const QString &group, QObject *context, Callback done)
{
    send("POST", url, group, context, std::move(done), false);
}

void RestClient::send(const QByteArray &verb, const QUrl &url, const QString &group, QObject *context, Callback done,
                      bool replay)
{
    const auto failNow = [context, done](ApiError error) {
        RestResponse r;
        r.error = std::move(error);
        QMetaObject::invokeMethod(context, [done, r] { done(r); }, Qt::QueuedConnection);
    };
    QString why;
    if (!isAllowedServer(m_server, &why) || !sameOrigin(url)) {
        ApiError e;
        e.kind = ApiError::Kind::InsecureServer;
        e.message = why.isEmpty() ? tr("refused a link to another server: %1").arg(url.host()) : why;
        failNow(e);
        return;
    }
    if (m_rateLimits.isBlocked(group)) {
        ApiError e;
        e.kind = ApiError::Kind::RateLimited;
        e.retryAfterSeconds =
            int((m_rateLimits.budget(group).blockedUntilMs - m_clock.nowMs() + 999) / 1000);
        failNow(e);
        return;
    }
    if (!m_tokenSource) {
        ApiError e;
        e.kind = ApiError::Kind::Unauthorized;
        e.message = tr("not signed in");
        failNow(e);
        return;
    }
    QPointer<QObject> guard(context);
    m_tokenSource->withAccessToken(this, [=, this](const QString &token, const ApiError &authError) {
        if (!guard)
            return;
        if (authError.isError()) {
            RestResponse r;
            r.error = authError;
            done(r);
            return;
        }
        QNetworkRequest request = makeRequest(url);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        m_rateLimits.noteSent(group);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, QByteArray());
        qCDebug(lcApi) << verb << url.path() << (replay ? "(replay after refresh)" : "");
        collect(reply, group, [=, this](RestResponse r) {
            if (!guard)
                return;
            if (r.status == 401 && !replay) {
                // The token died early (revoked, expired, rotated elsewhere): refresh once,
                // then send the same request again (it fails at once if the source has gone).
                qCInfo(lcAuth) << "access token rejected; refreshing and replaying" << url.path();
                if (m_tokenSource)
                    m_tokenSource->reportRejected(token);
                send(verb, url, group, guard, done, true);
                return;
            }
            done(r);
        });
    });
}

void RestClient::collect(QNetworkReply *reply, const QString &group, std::function<void(RestResponse)> done)
{
    auto tooLarge = std::make_shared<bool>(false);
    const qint64 limit = m_maxBodyBytes;
    // A runaway body is cut off as it arrives, not after it has filled memory.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, tooLarge, limit](qint64 received, qint64 total) {
        if (!*tooLarge && (received > limit || total > limit)) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, group, tooLarge, limit, done] {
        reply->deleteLater();
        RestResponse r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (r.status != 0 && !*tooLarge)
            m_rateLimits.noteAnswer(group, *reply);
        if (r.status == 0 || *tooLarge) {
            r.status = 0;
            r.error = networkError(*reply, *tooLarge, limit);
            qCInfo(lcApi) << "request failed:" << reply->url().path() << r.error.userMessage();
        } else {
            r.body = reply->readAll();
            if (r.status >= 300 && r.status < 400) {
                r.error.kind = ApiError::Kind::InsecureServer;
                r.error.httpStatus = r.status;
                r.error.message = tr("the server redirected to another origin; not followed");
            } else if (r.status >= 400) {
                r.error = ApiError::fromHttp(r.status, r.body, reply->rawHeader("Retry-After"));
                qCInfo(lcApi) << "HTTP" << r.status << r.error.errorCode << reply->url().path();
            }
        }
        done(std::move(r));
    });
}

} // namespace callwatch
