#include "simtestclient.h"

#include <QEventLoop>
#include <QNetworkRequest>
#include <QTimer>

#include <utility>

namespace callwatch::test {

namespace {

const QString kLoopback = QStringLiteral("127.0.0.1");
const QString kJwtGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");

} // namespace

bool SimReply::hasHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray SimReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString SimReply::describe() const
{
    QString text = QStringLiteral("HTTP %1").arg(status);
    if (error != QNetworkReply::NoError)
        text += QStringLiteral(", network error %1 (%2)").arg(int(error)).arg(errorString);
    if (waitExpired)
        text += QStringLiteral(", the helper's wait expired");
    text += QStringLiteral(", %1 body bytes: ").arg(body.size());
    text += QString::fromUtf8(body.left(600));
    return text;
}

SimTestClient::SimTestClient(QUrl baseUrl, QString clientId, QString clientSecret)
    : m_baseUrl(std::move(baseUrl))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
{
}

QUrl SimTestClient::url(const QString &pathOrUrl) const
{
    if (pathOrUrl.startsWith(QLatin1String("http://")) || pathOrUrl.startsWith(QLatin1String("https://")))
        return QUrl(pathOrUrl);
    return m_baseUrl.resolved(QUrl(pathOrUrl));
}

QByteArray SimTestClient::basicAuthorization() const
{
    return "Basic " + (m_clientId + QLatin1Char(':') + m_clientSecret).toUtf8().toBase64();
}

QByteArray SimTestClient::formEncode(const FormFields &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

SimReply SimTestClient::send(const Request &request)
{
    SimReply result;
    if (request.url.host() != kLoopback) {
        result.error = QNetworkReply::ProtocolUnknownError;
        result.errorString
            = QStringLiteral("SimTestClient only talks to 127.0.0.1, not %1").arg(request.url.host());
        return result;
    }

    QNetworkRequest req(request.url);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    if (request.transferTimeoutMs > 0)
        req.setTransferTimeout(request.transferTimeoutMs);

    QNetworkReply *reply = request.body.isEmpty() && request.method == "GET"
        ? m_nam.get(req)
        : m_nam.sendCustomRequest(req, request.method, request.body);

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(request.waitMs);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        result.waitExpired = true;
        reply->abort();
    }

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    if (reply->isOpen())
        result.body = reply->readAll();
    QJsonParseError parseError {};
    result.json = QJsonDocument::fromJson(result.body, &parseError);
    result.isJson = parseError.error == QJsonParseError::NoError && !result.body.isEmpty();
    reply->deleteLater();
    return result;
}

SimReply SimTestClient::postOAuth(const QString &path, FormFields fields)
{
    Request r;
    r.method = "POST";
    r.url = url(path);
    r.headers = { { "Content-Type", "application/x-www-form-urlencoded" }, { "Accept", "application/json" } };
    if (m_clientSecret.isEmpty())
        fields.append({ QStringLiteral("client_id"), m_clientId });
    else
        r.headers.append(qMakePair(QByteArray("Authorization"), basicAuthorization()));
    r.body = formEncode(fields);
    return send(r);
}

SimReply SimTestClient::loginJwt(const QString &jwt, const FormFields &extra)
{
    FormFields fields { { QStringLiteral("grant_type"), kJwtGrant }, { QStringLiteral("assertion"), jwt } };
    fields.append(extra);
    return postOAuth(QStringLiteral("/restapi/oauth/token"), fields);
}

SimReply SimTestClient::refresh(const QString &refreshToken, const FormFields &extra)
{
    FormFields fields { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                        { QStringLiteral("refresh_token"), refreshToken } };
    fields.append(extra);
    return postOAuth(QStringLiteral("/restapi/oauth/token"), fields);
}

SimReply SimTestClient::revoke(const QString &token)
{
    return postOAuth(QStringLiteral("/restapi/oauth/revoke"), { { QStringLiteral("token"), token } });
}

SimReply SimTestClient::get(const QString &pathOrUrl, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Request r;
    r.url = url(pathOrUrl);
    r.headers = headers;
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    return send(r);
}

SimReply SimTestClient::apiGet(const QString &pathOrUrl, const QString &accessToken)
{
    return get(pathOrUrl, { { "Authorization", "Bearer " + accessToken.toUtf8() } });
}

SimReply SimTestClient::postJson(const QString &path, const QByteArray &body)
{
    Request r;
    r.method = "POST";
    r.url = url(path);
    r.headers = { { "Content-Type", "application/json" }, { "Accept", "application/json" } };
    r.body = body;
    return send(r);
}

} // namespace callwatch::test
