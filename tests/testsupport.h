#pragma once

// Shared pieces of the simulator tests: Catch2 printing for Qt strings, a started simulator
// with a client, and small helpers that keep the test cases about behaviour.

#include "simserver.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QString>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};

} // namespace Catch

namespace callwatch::test {

using sim::SimOptions;
using sim::SimServer;

// Options whose clock all but stands still on its own (one simulated millisecond per 1000 real
// seconds), so a test sees one simulated instant until it calls clock().advance().
inline SimOptions frozenOptions(int calls = 40, quint64 seed = 1)
{
    SimOptions o;
    o.speed = 1e-6;
    o.calls = calls;
    o.seed = seed;
    return o;
}

// A simulator listening on 127.0.0.1 and a client with the app's credentials.
struct SimFixture
{
    explicit SimFixture(const SimOptions &options = frozenOptions())
        : server(options)
    {
        port = server.start();
        REQUIRE(port != 0);
        client = std::make_unique<SimTestClient>(server.baseUrl(), options.clientId, options.clientSecret);
    }

    // Signs in with a JWT and returns the token response, which must be 200.
    QJsonObject login(const QString &jwt, const FormFields &extra = {})
    {
        const SimReply r = client->loginJwt(jwt, extra);
        INFO(r.describe().toStdString());
        REQUIRE(r.status == 200);
        return r.object();
    }
    QString adminToken() { return login(server.adminJwt()).value(QStringLiteral("access_token")).toString(); }
    QString userToken() { return login(server.userJwt()).value(QStringLiteral("access_token")).toString(); }

    void advanceSeconds(double seconds) { server.clock().advance(qint64(seconds * 1000)); }

    // Moves the platform clock on, and the call engine with it, so the push gateway sends
    // what happened meanwhile.
    void step(qint64 ms)
    {
        server.clock().advance(ms);
        server.calls().advance();
        const qint64 now = server.clock().nowMs();
        if (keepAlive && now - keptAliveAtMs >= kKeepAliveMs) {
            keptAliveAtMs = now;
            keepAlive();
        }
    }
    void advanceTo(qint64 atMs) { step(std::max<qint64>(0, atMs - server.clock().nowMs())); }

    // Steps until a call that began after now is what `wanted` asks for. A copy: the engine
    // forgets a call once the list does.
    std::optional<sim::SimCall> nextCall(const std::function<bool(const sim::SimCall &)> &wanted,
                                         qint64 stepMs = 5000)
    {
        const qint64 from = server.clock().nowMs();
        for (int i = 0; i < 4000; ++i) {
            step(stepMs);
            for (const sim::SimCall &c : server.calls().calls()) {
                if (c.startMs > from && wanted(c))
                    return c;
            }
        }
        return std::nullopt;
    }

    // For tests about listings rather than rate limits: many heavy requests a minute.
    void liftHeavyLimit() { server.rateLimiter().setLimit(sim::ThrottlingGroup::Heavy, { 100000, 60, 60 }); }

    SimServer server;
    quint16 port = 0;
    std::unique_ptr<SimTestClient> client;
    // Run by step() every ten simulated minutes or so: a test holding a WebSocket open sends
    // heartbeats from it, as every client must before the gateway's 30-minute idle timeout.
    std::function<void()> keepAlive;
    static constexpr qint64 kKeepAliveMs = 600'000;
    qint64 keptAliveAtMs = 0;
};

inline const QString kAccountPath = QStringLiteral("/restapi/v1.0/account/~");
inline const QString kCompanyCallsPath = QStringLiteral("/restapi/v1.0/account/~/active-calls");
inline const QString kMyCallsPath = QStringLiteral("/restapi/v1.0/account/~/extension/~/active-calls");

inline QJsonArray records(const SimReply &reply)
{
    return reply.value(QStringLiteral("records")).toArray();
}

// Every record of an active-calls list, following navigation.nextPage from `firstPage`.
// `pages` counts the requests made.
inline QList<QJsonObject> fetchAllPages(SimTestClient &client, const QString &token, const QString &firstPage,
                                        int *pages = nullptr)
{
    QList<QJsonObject> out;
    QString next = firstPage;
    int count = 0;
    while (!next.isEmpty()) {
        const SimReply r = client.apiGet(next, token);
        INFO("page " << count + 1 << ": " << r.describe().toStdString());
        REQUIRE(r.status == 200);
        for (const auto &record : records(r))
            out.append(record.toObject());
        next = r.value(QStringLiteral("navigation"))
                   .toObject()
                   .value(QStringLiteral("nextPage"))
                   .toObject()
                   .value(QStringLiteral("uri"))
                   .toString();
        REQUIRE(++count < 10000);
    }
    if (pages)
        *pages = count;
    return out;
}

} // namespace callwatch::test
