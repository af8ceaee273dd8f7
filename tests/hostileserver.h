#pragma once

// A loopback HTTP server that misbehaves on purpose, for the faults the simulator, being a
// faithful RingCentral, does not commit: it hangs, trickles, resets mid-body, streams without
// end, claims gigabytes, nests JSON without end, sends wrong types and redirects anywhere. It
// signs in whoever asks (a fixed bearer token) and revokes quietly, so a client gets as far as
// the request under test. Each connection serves one request and closes.

#include <QByteArray>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace callwatch::test {

class HostileServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // with the query
        QByteArray authorization;
        QByteArray body;
    };
    // Answers one request on `socket`; it may keep writing later (timers), and closes it.
    using Handler = std::function<void(QTcpSocket *socket, const Request &request)>;

    HostileServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    // Requests for paths starting with `prefix` go to `handler`; the latest route that
    // matches wins. Token and revoke requests are answered unless a route takes them.
    void route(const QByteArray &prefix, Handler handler)
    {
        m_routes.push_back({ prefix, std::move(handler) });
    }
    // The token the sign-in hands out, with this lifetime (expires_in) as JSON text.
    void setTokenLifetime(const QByteArray &expiresIn) { m_expiresIn = expiresIn; }

    const std::vector<Request> &requests() const { return m_requests; }
    int countRequests(const QByteArray &prefix) const
    {
        int n = 0;
        for (const Request &r : m_requests)
            n += r.path.startsWith(prefix) ? 1 : 0;
        return n;
    }

    // Writes a whole answer and closes.
    static void answer(QTcpSocket *s, int status, const QByteArray &body, const QByteArray &headers = {},
                       const QByteArray &contentType = "application/json")
    {
        s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
                 + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + headers
                 + "Connection: close\r\n\r\n" + body);
        s->disconnectFromHost();
    }

    // Streams `chunk` every `everyMs` for ever (chunked encoding), until the client goes away.
    static void endlessChunked(QTcpSocket *s, const QByteArray &chunk, int everyMs = 0)
    {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray framed = QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        auto *timer = new QTimer(s);
        QObject::connect(timer, &QTimer::timeout, s, [s, framed] {
            // Only as fast as the client reads: what it does not take piles up here, not there.
            if (s->bytesToWrite() < 4 * framed.size())
                s->write(framed);
        });
        timer->start(everyMs);
    }

    // Sends the headers of a 200 with `body`, then one byte every `everyMs`.
    static void trickle(QTcpSocket *s, const QByteArray &body, int everyMs)
    {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n");
        auto *timer = new QTimer(s);
        auto sent = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, s, [s, body, sent] {
            if (*sent < body.size())
                s->write(body.mid((*sent)++, 1));
        });
        timer->start(everyMs);
    }

private:
    struct Route
    {
        QByteArray prefix;
        Handler handler;
    };

    void serve(QTcpSocket *s)
    {
        QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            *buffer += s->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.path = first.value(1);
            qsizetype length = 0;
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "authorization")
                    r.authorization = value;
                else if (name == "content-length")
                    length = value.toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return; // the body is still on its way
            r.body = buffer->mid(end + 4, length);
            buffer->clear();
            QObject::disconnect(s, &QTcpSocket::readyRead, s, nullptr);
            m_requests.push_back(r);
            dispatch(s, r);
        });
    }

    void dispatch(QTcpSocket *s, const Request &r)
    {
        for (auto it = m_routes.rbegin(); it != m_routes.rend(); ++it) {
            if (r.path.startsWith(it->prefix)) {
                it->handler(s, r);
                return;
            }
        }
        if (r.path.startsWith("/restapi/oauth/token")) {
            answer(s, 200,
                   "{\"access_token\":\"hostile-access-token\",\"token_type\":\"bearer\",\"expires_in\":"
                       + m_expiresIn
                       + ",\"refresh_token\":\"hostile-refresh-token\",\"refresh_token_expires_in\":604800,"
                         "\"scope\":\"ReadAccounts ReadCallLog\",\"owner_id\":\"101\"}");
            return;
        }
        if (r.path.startsWith("/restapi/oauth/revoke")) {
            answer(s, 200, {});
            return;
        }
        answer(s, 404, "{\"errorCode\":\"CMN-102\",\"message\":\"Resource not found\"}");
    }

    QTcpServer m_server;
    std::vector<Route> m_routes;
    std::vector<Request> m_requests;
    QByteArray m_expiresIn = "3600";
};

} // namespace callwatch::test
