#pragma once

#include "simtestclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QWebSocket>
#include <vector>

namespace callwatch::test {

// A plain QWebSocket on the simulator's gateway, driven the way RingCentral's own WebSocket
// client drives the real one (wstoken, ConnectionDetails, ClientRequest frames), keeping every
// message it received in order. Like SimTestClient it waits in local event loops, which also
// serve the simulator on the same thread.
class SimPushClient
{
public:
    static constexpr int kWaitMs = 10000;

    SimPushClient();

    // POST /restapi/oauth/wstoken with a bearer token (none when empty).
    static SimReply postWsToken(SimTestClient &http, const QString &accessToken);
    // The gateway URL of a wstoken answer, with `wsc` to recover a session.
    static QUrl connectUrl(const QJsonObject &wsToken, const QString &wsc = {});

    // Opens the socket and returns the gateway's first message.
    QJsonArray open(const QUrl &url);
    // Gets a fresh ws token with `accessToken`, connects (recovering `wsc` if given) and
    // returns the ConnectionDetails.
    QJsonArray connectWith(SimTestClient &http, const QString &accessToken, const QString &wsc = {});

    // Sends a ClientRequest and returns the answer with the same messageId.
    QJsonArray request(const QString &method, const QString &path, const QJsonObject &body = {});
    QJsonArray subscribe(const QStringList &filters);
    QJsonArray subscribe(const QString &filter) { return subscribe(QStringList { filter }); }
    // Sends a Heartbeat and waits for its echo: what keeps the gateway's idle timeout away,
    // and a barrier: whatever the gateway sent before the echo has arrived with it.
    void heartbeat();

    static QString typeOf(const QJsonArray &message);
    static int statusOf(const QJsonArray &answer);
    // The session context token of a message's meta.
    static QString wscToken(const QJsonArray &message);

    // The envelopes of every ServerNotification, in arrival order.
    std::vector<QJsonObject> notifications() const;
    // The notifications about one telephony session, in arrival order.
    std::vector<QJsonObject> notificationsOf(const QString &telephonySessionId) const;
    // The status codes one party went through, in the order the notifications came.
    QStringList codesOf(const QString &partyId) const;

    QWebSocket socket;
    std::vector<QJsonArray> messages;
    bool closed = false;
};

// The one party of a telephony notification's body, and parts of it.
QJsonObject partyOf(const QJsonObject &envelope);
QString codeOf(const QJsonObject &party);
QString reasonOf(const QJsonObject &party);

} // namespace callwatch::test
