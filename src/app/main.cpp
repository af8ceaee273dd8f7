// callwatch: reads the command line and picks the mode: the window (signed in from the
// keychain, or the demo platform) or the headless snapshot (--once).
#include "activecallsmodel.h"
#include "clock.h"
#include "credentialvault.h"
#include "dashboardcontroller.h"
#include "headlesssnapshot.h"
#include "keychainsecretstore.h"
#include "logging.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "simserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace callwatch;

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "callwatch: %s\n", qPrintable(message));
    return int(ExitCode::Usage);
}

struct Options
{
    QCommandLineParser parser;
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};
    QCommandLineOption version{QStringLiteral("version"), QStringLiteral("Show the version.")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QStringLiteral("Open the window on the built-in RingCentral simulator; no account needed.")};
    QCommandLineOption once{QStringLiteral("once"),
                            QStringLiteral("Print one snapshot of the active calls and exit (no window, no display).")};
    QCommandLineOption scope{QStringLiteral("scope"),
                             QStringLiteral("With --once: 'account' (every call; administrators) or 'extension' (yours)."),
                             QStringLiteral("account|extension"), QStringLiteral("account")};
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("With --once: 'csv' or 'json'."),
                              QStringLiteral("csv|json"), QStringLiteral("csv")};
    QCommandLineOption output{QStringLiteral("output"),
                              QStringLiteral("With --once: the file to write, or '-' for standard output."),
                              QStringLiteral("FILE|-"), QStringLiteral("-")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QStringLiteral("Save a picture of the window once it shows calls, then exit."),
                                  QStringLiteral("FILE")};
    QCommandLineOption palette{QStringLiteral("palette"),
                               QStringLiteral("Use a 'light' or 'dark' palette instead of the system's."),
                               QStringLiteral("light|dark")};

    Options()
    {
        parser.setApplicationDescription(
            QStringLiteral("Live dashboard of the calls in progress on a RingCentral account."));
        parser.addOptions({help, version, demo, once, scope, format, output, screenshot, palette});
    }
};

int runOnce(const Options &o, int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Scripts get the data on stdout and at most one line on stderr; QT_LOGGING_RULES still
    // turns the narration back on for whoever needs it.
    QLoggingCategory::setFilterRules(QStringLiteral("callwatch.*.info=false\ncallwatch.*.warning=false"));
    SnapshotRequest request;
    const QString scopeText = o.parser.value(o.scope).toLower();
    if (scopeText == QLatin1String("account"))
        request.scope = CallScope::Account;
    else if (scopeText == QLatin1String("extension"))
        request.scope = CallScope::Extension;
    else
        return usageError(QStringLiteral("--scope must be 'account' or 'extension', not '%1'").arg(o.parser.value(o.scope)));
    const QString formatText = o.parser.value(o.format).toLower();
    if (formatText == QLatin1String("csv"))
        request.format = SnapshotFormat::Csv;
    else if (formatText == QLatin1String("json"))
        request.format = SnapshotFormat::Json;
    else
        return usageError(QStringLiteral("--format must be 'csv' or 'json', not '%1'").arg(o.parser.value(o.format)));
    request.output = o.parser.value(o.output);
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

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// Reports the first time the window is painted: the start-up figure bench/startup.sh reads.
class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            qCInfo(lcStartup, "first paint at %lld ms since the epoch",
                   static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        }
        return false;
    }
};

int runWindow(const Options &o, int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false); // quit only once the session is revoked
    const QString paletteName = o.parser.value(o.palette).toLower();
    if (!paletteName.isEmpty() && paletteName != QLatin1String("light") && paletteName != QLatin1String("dark"))
        return usageError(QStringLiteral("--palette must be 'light' or 'dark'"));
    if (!paletteName.isEmpty()) {
        // Fusion draws any palette faithfully, whatever the platform's own style.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(paletteName == QLatin1String("dark") ? darkPalette()
                                                                       : QApplication::style()->standardPalette());
    }

    SystemClock clock;
    QSettings settings;
    const bool demo = o.parser.isSet(o.demo);
    // The demo keeps its made-up secrets in memory: it never touches the user's keychain.
    CredentialVault vault(demo ? std::unique_ptr<SecretStore>{} : std::make_unique<KeychainSecretStore>());
    MainWindow window(clock, settings);
    DashboardController controller(window, vault, settings, clock);

    std::unique_ptr<sim::SimServer> platform;
    controller.setDemoLauncher([&platform]() -> std::optional<Credentials> {
        if (!platform) {
            sim::SimOptions options;
            options.calls = 48;
            options.seed = 7;
            platform = std::make_unique<sim::SimServer>(options);
            if (platform->start() == 0) {
                platform.reset();
                return std::nullopt;
            }
        }
        return Credentials{platform->baseUrl(), platform->options().clientId, platform->options().clientSecret,
                           platform->adminJwt()};
    });
    QObject::connect(&window, &MainWindow::closed, &controller,
                     [&controller] { controller.shutdown([] { QCoreApplication::quit(); }); });

    const QString screenshot = o.parser.value(o.screenshot);
    if (!screenshot.isEmpty()) {
        // Once calls are on screen (or after 30 s, whatever shows), save the window and leave.
        auto save = [&window, &controller, screenshot, &sinceStart]() {
            static bool saved = false;
            if (saved)
                return;
            saved = true;
            const bool ok = window.grab().save(screenshot);
            std::fprintf(stderr, "callwatch: %s %s (%lld ms after start)\n", ok ? "saved" : "could not save",
                         qPrintable(screenshot), static_cast<long long>(sinceStart.elapsed()));
            controller.shutdown([ok] { QCoreApplication::exit(ok ? 0 : 1); });
        };
        QObject::connect(&window.model(), &ActiveCallsModel::boardChanged, &window, [&window, save] {
            if (window.model().rowCount() > 0)
                QTimer::singleShot(400, &window, save); // let the rows paint first
        });
        QTimer::singleShot(30000, &window, save);
    }

    FirstPaintProbe probe;
    if (lcStartup().isInfoEnabled())
        window.installEventFilter(&probe);
    window.show();
    if (demo)
        controller.startDemo();
    else
        controller.start();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("CallWatch"));
    QCoreApplication::setApplicationName(QStringLiteral("callwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLWATCH_VERSION));

    Options o;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // parse(), not process(): a usage error must exit with 2, as the contract says.
    if (!o.parser.parse(arguments))
        return usageError(o.parser.errorText() + QStringLiteral(" (see --help)"));
    if (o.parser.isSet(o.help)) {
        std::printf("%s", qPrintable(o.parser.helpText()));
        return 0;
    }
    if (o.parser.isSet(o.version)) {
        std::printf("callwatch %s\n", CALLWATCH_VERSION);
        return 0;
    }
    if (!o.parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1' (see --help)").arg(o.parser.positionalArguments().first()));
    if (o.parser.isSet(o.demo) && o.parser.isSet(o.once))
        return usageError(QStringLiteral("--demo and --once cannot be combined"));
    for (const QCommandLineOption *onceOnly : {&o.scope, &o.format, &o.output}) {
        if (o.parser.isSet(*onceOnly) && !o.parser.isSet(o.once))
            return usageError(QStringLiteral("--%1 only applies to --once").arg(onceOnly->names().first()));
    }
    if (o.parser.isSet(o.once)) {
        if (o.parser.isSet(o.screenshot) || o.parser.isSet(o.palette))
            return usageError(QStringLiteral("--screenshot and --palette need the window, not --once"));
        return runOnce(o, argc, argv);
    }
    return runWindow(o, argc, argv);
}
