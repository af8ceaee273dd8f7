// callwatch: reads the command line and picks the mode: the headless snapshot (--once) or
// the demo platform (--demo).
#include "clock.h"
#include "credentialvault.h"
#include "headlesssnapshot.h"
#include "keychainsecretstore.h"
#include "simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

using namespace callwatch;

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "callwatch: %s\n", qPrintable(message));
    return int(ExitCode::Usage);
}

int runDemoPlatform()
{
    sim::SimServer server;
    if (server.start() == 0) {
        std::fprintf(stderr, "callwatch: cannot start the demo platform on 127.0.0.1\n");
        return int(ExitCode::NetworkOrServer);
    }
    const auto &options = server.options();
    std::printf("CallWatch demo: simulated RingCentral platform at %s (about %d calls, all simulated)\n"
                "Take a snapshot of it from another terminal:\n"
                "  RC_SERVER_URL=%s RC_APP_CLIENT_ID=%s RC_APP_CLIENT_SECRET=%s \\\n  RC_USER_JWT=%s \\\n"
                "  callwatch --once\n"
                "The dashboard window is not part of this build yet. Press Ctrl+C to stop.\n",
                qPrintable(server.baseUrl().toString()), options.calls, qPrintable(server.baseUrl().toString()),
                qPrintable(options.clientId), qPrintable(options.clientSecret), qPrintable(server.adminJwt()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CallWatch"));
    QCoreApplication::setApplicationName(QStringLiteral("callwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLWATCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Live dashboard of the calls in progress on a RingCentral account."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Run against the built-in RingCentral simulator; no account needed."));
    const QCommandLineOption once(QStringLiteral("once"),
                                  QStringLiteral("Print one snapshot of the active calls and exit (no window)."));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   QStringLiteral("With --once: 'account' (all calls, admins) or 'extension' (yours)."),
                                   QStringLiteral("account|extension"), QStringLiteral("account"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("With --once: 'csv' or 'json'."),
                                    QStringLiteral("csv|json"), QStringLiteral("csv"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("With --once: the file to write, or '-' for standard output."),
                                    QStringLiteral("FILE|-"), QStringLiteral("-"));
    parser.addOptions({demo, once, scope, format, output});

    // parse(), not process(): a usage error must exit with 2, as the contract says.
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(help)) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("callwatch %s\n", CALLWATCH_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1' (see --help)").arg(parser.positionalArguments().first()));
    if (parser.isSet(demo) && parser.isSet(once))
        return usageError(QStringLiteral("--demo and --once cannot be combined"));
    for (const auto *onceOnly : {&scope, &format, &output}) {
        if (parser.isSet(*onceOnly) && !parser.isSet(once))
            return usageError(QStringLiteral("--%1 only applies to --once").arg(onceOnly->names().first()));
    }

    if (parser.isSet(once)) {
        // Scripts get the data on stdout and at most one line on stderr; QT_LOGGING_RULES
        // still turns the narration back on for whoever needs it.
        QLoggingCategory::setFilterRules(QStringLiteral("callwatch.*.info=false\ncallwatch.*.warning=false"));
        SnapshotRequest request;
        const QString scopeText = parser.value(scope).toLower();
        if (scopeText == QLatin1String("account"))
            request.scope = CallScope::Account;
        else if (scopeText == QLatin1String("extension"))
            request.scope = CallScope::Extension;
        else
            return usageError(QStringLiteral("--scope must be 'account' or 'extension', not '%1'").arg(parser.value(scope)));
        const QString formatText = parser.value(format).toLower();
        if (formatText == QLatin1String("csv"))
            request.format = SnapshotFormat::Csv;
        else if (formatText == QLatin1String("json"))
            request.format = SnapshotFormat::Json;
        else
            return usageError(QStringLiteral("--format must be 'csv' or 'json', not '%1'").arg(parser.value(format)));
        request.output = parser.value(output);
        if (request.output.isEmpty())
            return usageError(QStringLiteral("--output needs a file name, or '-' for standard output"));

        SystemClock clock;
        CredentialVault vault(std::make_unique<KeychainSecretStore>());
        HeadlessSnapshot snapshot(clock, vault);
        int exitCode = 0;
        QObject::connect(&snapshot, &HeadlessSnapshot::finished, &app, [&exitCode](int code, const QString &message) {
            if (!message.isEmpty())
                std::fprintf(stderr, "callwatch: %s\n", qPrintable(message));
            exitCode = code;
            QCoreApplication::quit();
        });
        snapshot.run(request);
        QCoreApplication::exec();
        return exitCode;
    }

    if (parser.isSet(demo))
        return runDemoPlatform();
    return usageError(QStringLiteral("the dashboard window is not part of this build yet; run callwatch --demo or "
                                     "callwatch --once"));
}
