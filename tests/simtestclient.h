#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

namespace callwatch::test {

// Form fields in the order they are sent; values are percent-encoded on the way out.
using FormFields = QList<QPair<QString, QString>>;

// What came back for one request: the HTTP status (0 when there was none, e.g. a dropped
// connection or a client-side timeout), the network error, the headers, the raw body and the
// body parsed as JSON when it is JSON.
struct SimReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool waitExpired = false; // the helper gave up waiting; the request was aborted
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;
    QJsonDocument json;
    bool isJson = false;

    bool hasHeader(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    QJsonObject object() const { return json.object(); }
    QJsonValue value(const QString &key) const { return json.object().value(key); }
    QString string(const QString &key) const { return value(key).toString(); }

    // The REST error shape: top-level errorCode, errors[0].errorCode; the OAuth shape: error.
    QString errorCode() const { return string(QStringLiteral("errorCode")); }
    QString firstErrorCode() const { return firstError().value(QStringLiteral("errorCode")).toString(); }
    QJsonObject firstError() const { return value(QStringLiteral("errors")).toArray().at(0).toObject(); }
    QString oauthError() const { return string(QStringLiteral("error")); }

    // One line for test diagnostics.
    QString describe() const;
};

// An HTTP client for tests against the simulator: a real QNetworkAccessManager whose replies
// are awaited in a local event loop (the simulator runs on the same thread, so the loop also
// serves it). It only ever talks to 127.0.0.1.
class SimTestClient
{
public:
    static constexpr int kDefaultWaitMs = 15000;

    // An empty secret means a public app: client_id goes in the form body instead of Basic.
    SimTestClient(QUrl baseUrl, QString clientId, QString clientSecret);

    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int transferTimeoutMs = 0; // QNetworkRequest's own timeout; 0: none
        int waitMs = kDefaultWaitMs; // how long the helper waits before giving up
    };
    SimReply send(const Request &request);

    // A path with an optional query ("/restapi/v1.0/account/~?x=1") on the simulator; an
    // absolute URL is taken as it is.
    QUrl url(const QString &pathOrUrl) const;

    QByteArray basicAuthorization() const;
    static QByteArray formEncode(const FormFields &fields);

    // POST form-encoded to an OAuth endpoint with this client's authentication: Basic for a
    // confidential app, client_id in the body for a public one.
    SimReply postOAuth(const QString &path, FormFields fields);
    SimReply loginJwt(const QString &jwt, const FormFields &extra = {});
    SimReply refresh(const QString &refreshToken, const FormFields &extra = {});
    SimReply revoke(const QString &token);

    SimReply get(const QString &pathOrUrl, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    SimReply apiGet(const QString &pathOrUrl, const QString &accessToken);
    SimReply postJson(const QString &path, const QByteArray &body);

    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }

private:
    QUrl m_baseUrl;
    QString m_clientId;
    QString m_clientSecret;
    QNetworkAccessManager m_nam;
};

} // namespace callwatch::test
