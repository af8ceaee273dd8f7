// callwatch-sim: the RingCentral platform simulator as a process of its own.
#include "simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using callwatch::sim::SimOptions;
using callwatch::sim::SimServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("callwatch-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLWATCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulates the RingCentral platform on 127.0.0.1 for CallWatch's tests and demo."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on (0: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the simulated account and calls."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QStringLiteral("How many times faster the clock runs."),
                                   QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption calls(
        QStringLiteral("calls"),
        QStringLiteral("Calls to keep in the active-calls list, roughly (live and recently ended)."),
        QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), QStringLiteral("The app's client id."),
                                      QStringLiteral("S"), SimOptions {}.clientId);
    const QCommandLineOption clientSecret(QStringLiteral("client-secret"),
                                          QStringLiteral("The app's client secret (empty: a public app)."),
                                          QStringLiteral("S"), SimOptions {}.clientSecret);
    const QCommandLineOption adminJwt(
        QStringLiteral("admin-jwt"),
        QStringLiteral("JWT credential accepted for the account's administrator."), QStringLiteral("S"));
    const QCommandLineOption userJwt(
        QStringLiteral("user-jwt"),
        QStringLiteral("JWT credential accepted for a standard (non-admin) user."), QStringLiteral("S"));
    const QCommandLineOption accessTtl(QStringLiteral("access-ttl"),
                                       QStringLiteral("Lifetime of access tokens, in simulated seconds."),
                                       QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption noCallControl(
        QStringLiteral("no-call-control"),
        QStringLiteral("The app was not granted Call Control: telephony-session filters come back in "
                       "disabledFilters and the session GET answers 403."));
    const QCommandLineOption noWebSocket(
        QStringLiteral("no-websocket"),
        QStringLiteral(
            "The app was not granted the WebSocket permission: /restapi/oauth/wstoken answers 403."));
    const QCommandLineOption noReadPresence(
        QStringLiteral("no-read-presence"),
        QStringLiteral(
            "The app was not granted ReadPresence: presence and queue availability answer 403 and the "
            "presence filters come back in disabledFilters."));
    parser.addOptions({ port, seed, speed, calls, clientId, clientSecret, adminJwt, userJwt, accessTtl,
                        noCallControl, noWebSocket, noReadPresence });
    parser.process(app);

    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "callwatch-sim: %s\n", qPrintable(message));
        return 2;
    };
    bool ok = false;
    SimOptions options;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return fail(QStringLiteral("--port must be a number from 0 to 65535"));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a non-negative whole number"));
    options.speed = parser.value(speed).toDouble(&ok);
    if (!ok || options.speed <= 0 || options.speed > 10000)
        return fail(QStringLiteral("--speed must be a number above 0 and at most 10000"));
    options.calls = parser.value(calls).toInt(&ok);
    if (!ok || options.calls < 0 || options.calls > 100000)
        return fail(QStringLiteral("--calls must be a whole number from 0 to 100000"));
    options.accessTtl = parser.value(accessTtl).toInt(&ok);
    if (!ok || options.accessTtl < 1)
        return fail(QStringLiteral("--access-ttl must be a whole number of seconds, at least 1"));
    options.clientId = parser.value(clientId);
    if (options.clientId.isEmpty())
        return fail(QStringLiteral("--client-id must not be empty"));
    options.clientSecret = parser.value(clientSecret);
    options.adminJwt = parser.value(adminJwt);
    options.userJwt = parser.value(userJwt);
    options.callControl = !parser.isSet(noCallControl);
    options.webSockets = !parser.isSet(noWebSocket);
    options.readPresence = !parser.isSet(noReadPresence);

    SimServer server(options);
    const quint16 bound = server.start(quint16(portValue));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(portValue));
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}
