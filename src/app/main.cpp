// callwatch: picks the mode from the command line. For now the demo platform is what
// exists: an in-process simulator on 127.0.0.1 that any RingCentral client can use.
#include "simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("callwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLWATCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Live dashboard of the calls in progress on a RingCentral account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Run against the built-in RingCentral simulator; no account needed."));
    parser.addOption(demo);
    parser.process(app);

    if (!parser.isSet(demo)) {
        std::fprintf(stderr, "callwatch: this build has the demo platform only; run: callwatch --demo\n");
        return 2;
    }

    callwatch::sim::SimServer server;
    if (server.start() == 0) {
        std::fprintf(stderr, "callwatch: cannot start the demo platform on 127.0.0.1\n");
        return 5;
    }
    const auto &options = server.options();
    std::printf("CallWatch demo: simulated RingCentral platform at %s (about %d calls, all simulated)\n"
                "  client id: %s\n  client secret: %s\n  admin JWT: %s\n  user JWT: %s\n"
                "The dashboard window is not part of this build yet. Press Ctrl+C to stop.\n",
                qPrintable(server.baseUrl().toString()), options.calls, qPrintable(options.clientId),
                qPrintable(options.clientSecret), qPrintable(server.adminJwt()), qPrintable(server.userJwt()));
    std::fflush(stdout);
    return app.exec();
}
