#pragma once

#include "apierror.h"
#include "ratelimitstate.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkReply;

namespace callwatch {

class AccessTokenSource;
class Clock;

struct RestResponse
{
    int status = 0;
    QByteArray body;
    ApiError error; // Kind::None for a 2xx answer
};

// The one QNetworkAccessManager of the app and the one place requests are built: base URL,
// Accept, an honest User-Agent, a transfer timeout, a redirect policy that keeps the token
// on its origin, and the Authorization header. HTTPS is required for every host but loopback.
class RestClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const RestResponse &)>;

    RestClient(const QUrl &server, const Clock &clock, QObject *parent = nullptr);

    QUrl serverUrl() const { return m_server; }
    // https://, or http:// to a loopback address (the simulator). *why says what is wrong.
    static bool isAllowedServer(const QUrl &server, QString *why);

    // Where API requests get their bearer token (the session signing in through this client).
    // Without one they fail with "not signed in". The source must clear itself here before it
    // is destroyed; AuthSession does.
    void setTokenSource(AccessTokenSource *source) { m_tokenSource = source; }
    AccessTokenSource *tokenSource() const { return m_tokenSource; }
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    RateLimitState &rateLimits() { return m_rateLimits; }
    const RateLimitState &rateLimits() const { return m_rateLimits; }

    // An absolute URL on the server for a path such as "/restapi/v1.0/account/~".
    QUrl urlFor(const QString &pathAndQuery) const;

    // The OAuth endpoints: no bearer token; the client authenticates in `basicAuth` (the
    // Authorization value) or in the form. Never retried: a token request is not idempotent.
    void postForm(const QString &path, const QUrlQuery &form, const QByteArray &basicAuth, QObject *context,
                  Callback done);

    // An API GET with the token source's bearer token. After a 401 the source is told, and the
    // request is replayed once with a fresh token. `group` is the throttling group (api::kHeavyGroup, ...).
    void get(const QUrl &url, const QString &group, QObject *context, Callback done);
    // A POST without a body and with the bearer token (e.g. /restapi/oauth/wstoken), refreshed
    // and replayed once after a 401 like get().
    void post(const QUrl &url, const QString &group, QObject *context, Callback done);

private:
    QNetworkRequest makeRequest(const QUrl &url) const;
    void send(const QByteArray &verb, const QUrl &url, const QString &group, QObject *context, Callback done,
              bool replay);
    void collect(QNetworkReply *reply, const QString &group, std::function<void(RestResponse)> done);
    // Sends a request that must not be repeated: Qt cannot resend it on its own.
    QNetworkReply *sendOnce(QNetworkRequest request, const QByteArray &verb, const QByteArray &body);
    bool sameOrigin(const QUrl &url) const;

    QUrl m_server;
    const Clock &m_clock;
    QNetworkAccessManager m_network;
    RateLimitState m_rateLimits;
    AccessTokenSource *m_tokenSource = nullptr;
    int m_timeoutMs = 30000;
    // One page holds at most 1,000 records (about 1 MB): 32 MiB is far past any real answer.
    qint64 m_maxBodyBytes = 32 * 1024 * 1024;
    QByteArray m_userAgent;
};

} // namespace callwatch
