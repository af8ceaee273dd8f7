#include "restclient.h"

#include "accesstokensource.h"
#include "clock.h"
#include "logging.h"
#include "platformapi.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkReply>
#include <QPointer>
#include <QSysInfo>
#include <QTimer>

#include <cstring>
#include <memory>

namespace callwatch {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A redirect within the same origin is followed this many times at most; more is a loop.
constexpr int kMaxRedirects = 3;
// Bodies are read off the socket in slices of this size: Qt reads no further ahead, so a
// runaway body costs the cap plus one slice, never more.
constexpr qint64 kReadSliceBytes = 1024 * 1024;
// A body slower than this (after a grace for the first bytes) is a stalled server: a page of
// 1,000 records (about 1 MB) still arrives in two minutes at this floor.
constexpr qint64 kFloorBytesPerSecond = 8 * 1024;
constexpr qint64 kSlowGraceMs = 10'000;

// Why a transfer was cut short by us rather than by the network.
enum class Cut { None, TooLarge, TooSlow };

// Qt's errors below 200 are the connection's and the proxy's; ProtocolFailure is a broken
// HTTP stream (a bad chunk, a reset mid-body). All mean the body is not the server's answer.
bool isTransportFailure(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ProtocolFailure || error == QNetworkReply::TooManyRedirectsError
        || error == QNetworkReply::InsecureRedirectError;
}

QString offOriginMessage(const QUrl &target)
{
    const QString where = target.host().isEmpty()
        ? RestClient::tr("no address given")
        : target.host() + (target.port() > 0 ? QStringLiteral(":%1").arg(target.port()) : QString());
    return RestClient::tr("to another server (%1); not followed, so no credential goes there").arg(where);
}

ApiError networkError(const QNetworkReply &reply, Cut cut, qint64 limit, qint64 received, qint64 elapsedMs)
{
    ApiError e;
    if (cut == Cut::TooLarge) {
        e.kind = ApiError::Kind::BadResponse;
        e.message = RestClient::tr("the response exceeds %1 MiB").arg(limit / (1024 * 1024));
        return e;
    }
    if (cut == Cut::TooSlow) {
        e.kind = ApiError::Kind::Timeout;
        e.message = RestClient::tr("the server sent %1 bytes in %2 s, too slowly to wait for")
                        .arg(received)
                        .arg(elapsedMs / 1000);
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
    case QNetworkReply::InsecureRedirectError: {
        // What Qt's same-origin policy says of any redirect off the origin: name where to.
        e.kind = ApiError::Kind::Redirected;
        const QUrl target = reply.url().resolved(QUrl::fromEncoded(reply.rawHeader("Location")));
        if (reply.url().scheme() == QLatin1String("https") && target.scheme() == QLatin1String("http"))
            e.message = RestClient::tr("from https to plain http; not followed");
        else
            e.message = offOriginMessage(target);
        break;
    }
    case QNetworkReply::TooManyRedirectsError:
        e.kind = ApiError::Kind::Redirected;
        e.message = RestClient::tr("more than %1 times within the server (a loop); not followed")
                        .arg(kMaxRedirects);
        break;
    case QNetworkReply::ContentReSendError: // a request sent once only (OneShotBody) was cut off
        e.kind = ApiError::Kind::Network;
        e.message = RestClient::tr("the connection closed before the server answered; not sent again");
        break;
    default:
        e.kind = ApiError::Kind::Network;
        break;
    }
    return e;
}

// The body of a request that must never be sent twice (a token grant spends a JWT or rotates a
// refresh token). Qt's HTTP client resends a request on its own when the connection closes
// before an answer, rewinding the body; this body cannot be rewound, so Qt reports
// ContentReSendError instead and the caller decides, within its budget.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray bytes, QObject *parent)
        : QIODevice(parent)
        , m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_bytes.size() - m_read);
        std::memcpy(data, m_bytes.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};

} // namespace

RestClient::RestClient(const QUrl &server, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_server(server.adjusted(QUrl::StripTrailingSlash))
    , m_clock(clock)
    , m_rateLimits(clock)
    , m_userAgent(
          QStringLiteral("CallWatch/%1 (Qt %2; %3)")
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
    // Follow a redirect only within the same origin, so the token never travels elsewhere, and
    // only a few times, so a loop ends fast.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
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
        QMetaObject::invokeMethod(
            context, [done, r] { done(r); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request = makeRequest(urlFor(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
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
    QNetworkReply *reply = sendOnce(request, "POST", body);
    QPointer<QObject> guard(context);
    collect(reply, api::kAuthGroup, [guard, done](RestResponse r) {
        if (guard)
            done(r);
    });
}

QNetworkReply *RestClient::sendOnce(QNetworkRequest request, const QByteArray &verb, const QByteArray &body)
{
    // Streamed from a body Qt cannot rewind (see OneShotBody), with its length stated so that Qt
    // does not buffer it (a buffered body could be rewound).
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *upload = new OneShotBody(body, nullptr);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, upload);
    upload->setParent(reply);
    return reply;
}

void RestClient::get(const QUrl &url, const QString &group, QObject *context, Callback done)
{
    send("GET", url, group, context, std::move(done), false);
}

void RestClient::post(const QUrl &url, const QString &group, QObject *context, Callback done)
{
    send("POST", url, group, context, std::move(done), false);
}

void RestClient::send(const QByteArray &verb, const QUrl &url, const QString &group, QObject *context,
                      Callback done, bool replay)
{
    const auto failNow = [context, done](ApiError error) {
        RestResponse r;
        r.error = std::move(error);
        QMetaObject::invokeMethod(
            context, [done, r] { done(r); }, Qt::QueuedConnection);
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
        e.retryAfterSeconds = int((m_rateLimits.budget(group).blockedUntilMs - m_clock.nowMs() + 999) / 1000);
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
    // Counted now, when the caller's gate let it through, not when the token arrives: two
    // requests that passed the gate while a sign-in was under way would otherwise both count
    // on the same last slot of the budget (the company's presence read and its list, say).
    m_rateLimits.noteSent(group);
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
        // A POST creates something (a subscription, a WebSocket token): sent once, never by Qt again.
        QNetworkReply *reply = verb == "POST" ? sendOnce(request, verb, QByteArray())
                                              : m_network.sendCustomRequest(request, verb, QByteArray());
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
    struct Transfer
    {
        // In the slices Qt hands over, joined once at the end: a growing array would double
        // (and copy) its way to twice the cap before the cap is seen.
        std::vector<QByteArray> slices;
        qint64 size = 0;
        Cut cut = Cut::None;
        void take(QNetworkReply *reply, qint64 limit)
        {
            // No more than is there: read(n) allocates n bytes before it knows how many come.
            QByteArray slice = reply->read(std::clamp<qint64>(reply->bytesAvailable(), 0, limit + 1 - size));
            size += slice.size();
            if (!slice.isEmpty())
                slices.push_back(std::move(slice));
        }
        QElapsedTimer since;
        QTimer pace;
    };
    auto t = std::make_shared<Transfer>();
    t->since.start();
    const qint64 limit = m_maxBodyBytes;
    reply->setReadBufferSize(kReadSliceBytes);
    const auto cutOff = [reply, t](Cut why) {
        if (t->cut == Cut::None) {
            t->cut = why;
            reply->abort();
        }
    };
    // The body is taken off Qt's buffer as it arrives, and cut off past the cap at once.
    connect(reply, &QNetworkReply::readyRead, reply, [reply, t, limit, cutOff] {
        if (t->cut != Cut::None)
            return;
        t->take(reply, limit);
        if (t->size > limit)
            cutOff(Cut::TooLarge);
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [t, limit, cutOff](qint64, qint64 total) {
        if (total > limit)
            cutOff(Cut::TooLarge); // the stated length is enough to know
    });
    // Qt's transfer timeout restarts with every byte; a body trickling in is caught here.
    t->pace.setInterval(2'000);
    connect(&t->pace, &QTimer::timeout, reply, [t, cutOff] {
        const qint64 elapsed = t->since.elapsed();
        if (elapsed > kSlowGraceMs && t->size < kFloorBytesPerSecond * (elapsed - kSlowGraceMs) / 1000)
            cutOff(Cut::TooSlow);
    });
    connect(reply, &QNetworkReply::metaDataChanged, reply, [t] {
        if (!t->pace.isActive())
            t->pace.start(); // from the headers on: before them, the transfer timeout watches
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, group, t, limit, done] {
        reply->deleteLater();
        t->pace.stop();
        if (t->cut == Cut::None && reply->bytesAvailable() > 0) {
            t->take(reply, limit);
            if (t->size > limit)
                t->cut = Cut::TooLarge;
        }
        RestResponse r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool failed = r.status == 0 || t->cut != Cut::None || isTransportFailure(reply->error());
        if (r.status != 0 && t->cut == Cut::None)
            m_rateLimits.noteAnswer(group, *reply);
        if (failed) {
            // A reset mid-body, or a body we cut off: what arrived is not the server's answer.
            r.status = 0;
            t->slices.clear();
            r.error = networkError(*reply, t->cut, limit, t->size, t->since.elapsed());
            qCInfo(lcApi) << "request failed:" << reply->url().path() << r.error.userMessage();
        } else {
            if (t->slices.size() == 1) {
                r.body = std::move(t->slices.front());
            } else {
                r.body.reserve(t->size);
                for (const QByteArray &slice : std::exchange(t->slices, {}))
                    r.body += slice;
            }
            if (r.status >= 300 && r.status < 400) {
                // Only a redirect to another origin reaches here (the policy follows the rest).
                const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
                r.error.kind = ApiError::Kind::Redirected;
                r.error.httpStatus = r.status;
                r.error.message = offOriginMessage(target);
            } else if (r.status >= 400) {
                r.error = ApiError::fromHttp(r.status, r.body, reply->rawHeader("Retry-After"));
                qCInfo(lcApi) << "HTTP" << r.status << r.error.errorCode << reply->url().path();
            }
        }
        done(std::move(r));
    });
}

} // namespace callwatch
