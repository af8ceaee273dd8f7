#include "simpushclient.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>
#include <algorithm>
#include <catch2/catch.hpp>

namespace callwatch::test {

SimPushClient::SimPushClient()
{
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &text) {
        messages.push_back(QJsonDocument::fromJson(text.toUtf8()).array());
    });
    QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { closed = true; });
}

SimReply SimPushClient::postWsToken(SimTestClient &http, const QString &accessToken)
{
    SimTestClient::Request r;
    r.method = "POST";
    r.url = http.url(QStringLiteral("/restapi/oauth/wstoken"));
    if (!accessToken.isEmpty())
        r.headers = { { "Authorization", "Bearer " + accessToken.toUtf8() } };
    return http.send(r);
}

QUrl SimPushClient::connectUrl(const QJsonObject &wsToken, const QString &wsc)
{
    QUrl url(wsToken.value(QStringLiteral("uri")).toString());
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("access_token"),
                   wsToken.value(QStringLiteral("ws_access_token")).toString());
    if (!wsc.isEmpty())
        q.addQueryItem(QStringLiteral("wsc"), wsc);
    url.setQuery(q);
    return url;
}

QJsonArray SimPushClient::open(const QUrl &url)
{
    socket.open(url);
    REQUIRE(QTest::qWaitFor([this] { return !messages.empty() || closed; }, kWaitMs));
    REQUIRE(!messages.empty());
    return messages.front();
}

QJsonArray SimPushClient::connectWith(SimTestClient &http, const QString &accessToken, const QString &wsc)
{
    const SimReply token = postWsToken(http, accessToken);
    INFO(token.describe().toStdString());
    REQUIRE(token.status == 200);
    return open(connectUrl(token.object(), wsc));
}

QJsonArray SimPushClient::request(const QString &method, const QString &path, const QJsonObject &body)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonArray out { QJsonObject { { QStringLiteral("type"), QStringLiteral("ClientRequest") },
                                   { QStringLiteral("messageId"), id },
                                   { QStringLiteral("method"), method },
                                   { QStringLiteral("path"), path } } };
    if (!body.isEmpty())
        out.append(body);
    socket.sendTextMessage(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
    QJsonArray answer;
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (const auto &m : messages) {
                if (m.at(0).toObject().value(QStringLiteral("messageId")).toString() == id) {
                    answer = m;
                    return true;
                }
            }
            return false;
        },
        kWaitMs));
    return answer;
}

void SimPushClient::heartbeat()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonArray beat { QJsonObject { { QStringLiteral("type"), QStringLiteral("Heartbeat") },
                                          { QStringLiteral("messageId"), id } } };
    socket.sendTextMessage(QString::fromUtf8(QJsonDocument(beat).toJson(QJsonDocument::Compact)));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return std::any_of(messages.rbegin(), messages.rend(), [&](const QJsonArray &m) {
                return typeOf(m) == QLatin1String("Heartbeat")
                    && m.at(0).toObject().value(QStringLiteral("messageId")).toString() == id;
            });
        },
        kWaitMs));
}

QJsonArray SimPushClient::subscribe(const QStringList &filters)
{
    return request(
        QStringLiteral("POST"), QStringLiteral("/restapi/v1.0/subscription"),
        QJsonObject { { QStringLiteral("eventFilters"), QJsonArray::fromStringList(filters) },
                      { QStringLiteral("deliveryMode"),
                        QJsonObject { { QStringLiteral("transportType"), QStringLiteral("WebSocket") } } } });
}

QString SimPushClient::typeOf(const QJsonArray &message)
{
    return message.at(0).toObject().value(QStringLiteral("type")).toString();
}

int SimPushClient::statusOf(const QJsonArray &answer)
{
    return answer.at(0).toObject().value(QStringLiteral("status")).toInt();
}

QString SimPushClient::wscToken(const QJsonArray &message)
{
    return message.at(0)
        .toObject()
        .value(QStringLiteral("wsc"))
        .toObject()
        .value(QStringLiteral("token"))
        .toString();
}

std::vector<QJsonObject> SimPushClient::notifications() const
{
    std::vector<QJsonObject> out;
    for (const auto &m : messages) {
        if (typeOf(m) == QLatin1String("ServerNotification"))
            out.push_back(m.at(1).toObject());
    }
    return out;
}

std::vector<QJsonObject> SimPushClient::notificationsOf(const QString &telephonySessionId) const
{
    std::vector<QJsonObject> out;
    for (const QJsonObject &n : notifications()) {
        if (n.value(QStringLiteral("body")).toObject().value(QStringLiteral("telephonySessionId")).toString()
            == telephonySessionId)
            out.push_back(n);
    }
    return out;
}

QStringList SimPushClient::codesOf(const QString &partyId) const
{
    QStringList codes;
    for (const QJsonObject &n : notifications()) {
        for (const QJsonValue &p :
             n.value(QStringLiteral("body")).toObject().value(QStringLiteral("parties")).toArray()) {
            if (p.toObject().value(QStringLiteral("id")).toString() == partyId)
                codes.append(codeOf(p.toObject()));
        }
    }
    return codes;
}

QJsonObject partyOf(const QJsonObject &envelope)
{
    return envelope.value(QStringLiteral("body"))
        .toObject()
        .value(QStringLiteral("parties"))
        .toArray()
        .at(0)
        .toObject();
}

QString codeOf(const QJsonObject &party)
{
    return party.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toString();
}

QString reasonOf(const QJsonObject &party)
{
    return party.value(QStringLiteral("status")).toObject().value(QStringLiteral("reason")).toString();
}

} // namespace callwatch::test
