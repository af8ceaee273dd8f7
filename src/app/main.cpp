// callwatch: reads the command line and picks the mode: the window (signed in from the
// keychain, or the demo platform) or the headless snapshot (--once).
#include "activecallsmodel.h"
#include "clock.h"
#include "credentialvault.h"
#include "dashboardcontroller.h"
#include "headlesssnapshot.h"
#include "heap.h"
#include "keychainsecretstore.h"
#include "logging.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "simserver.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
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
    Q_DECLARE_TR_FUNCTIONS(Options)

public:
    QCommandLineParser parser;
    QCommandLineOption help { QStringList { QStringLiteral("h"), QStringLiteral("help") },
                              tr("Show this help.") };
    QCommandLineOption version { QStringLiteral("version"), tr("Show the version.") };
    QCommandLineOption demo {
        QStringLiteral("demo"),
        tr("Open the window on the built-in RingCentral simulator; no account needed.")
    };
    QCommandLineOption once {
        QStringLiteral("once"), tr("Print one snapshot of the active calls and exit (no window, no display).")
    };
    QCommandLineOption scope {
        QStringLiteral("scope"),
        tr("With --once: 'account' (every call; administrators) or 'extension' (yours)."),
        QStringLiteral("account|extension"), QStringLiteral("account")
    };
    QCommandLineOption format { QStringLiteral("format"), tr("With --once: 'csv' or 'json'."),
                                QStringLiteral("csv|json"), QStringLiteral("csv") };
    QCommandLineOption output { QStringLiteral("output"),
                                tr("With --once: the file to write, or '-' for standard output."),
                                tr("FILE|-"), QStringLiteral("-") };
    QCommandLineOption timeout { QStringLiteral("timeout"),
                                 tr("With --once: give up after this many seconds (exit 5; default 120)."),
                                 tr("SECONDS"), QStringLiteral("120") };
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
                                    tr("Save a picture of the window once it shows calls, then exit."),
                                    tr("FILE") };
    QCommandLineOption palette { QStringLiteral("palette"),
                                 tr("Use a 'light' or 'dark' palette instead of the system's."),
                                 QStringLiteral("light|dark") };
    QCommandLineOption lang { QStringLiteral("lang"),
                              tr("Speak this language instead of the system's: %1.")
                                  .arg(UiLanguage::available().join(QStringLiteral(", "))),
                              tr("CODE") };

    Options()
    {
        parser.setApplicationDescription(
            tr("Live dashboard of the calls in progress on a RingCentral account."));
        parser.addOptions(
            { help, version, demo, once, scope, format, output, timeout, screenshot, palette, lang });
    }

    // The first thing wrong with a command line that parsed; empty when there is none.
    QString usageProblem() const
    {
        if (!parser.positionalArguments().isEmpty())
            return tr("unexpected argument '%1' (see --help)").arg(parser.positionalArguments().first());
        if (parser.isSet(lang) && UiLanguage::fromCode(parser.value(lang)).isEmpty())
            return tr("--lang: there is no translation for '%1'; choose one of: %2")
                .arg(parser.value(lang), UiLanguage::available().join(QStringLiteral(", ")));
        if (parser.isSet(demo) && parser.isSet(once))
            return tr("--demo and --once cannot be combined");
        for (const QCommandLineOption *onceOnly : { &scope, &format, &output, &timeout }) {
            if (parser.isSet(*onceOnly) && !parser.isSet(once))
                return tr("--%1 only applies to --once").arg(onceOnly->names().first());
        }
        if (parser.isSet(once) && (parser.isSet(screenshot) || parser.isSet(palette)))
            return tr("--screenshot and --palette need the window, not --once");
        const QString paletteName = parser.value(palette).toLower();
        if (!paletteName.isEmpty() && paletteName != QLatin1String("light")
            && paletteName != QLatin1String("dark"))
            return tr("--palette must be 'light' or 'dark'");
        return {};
    }
};

int runOnce(const Options &o)
{
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
        return usageError(
            Options::tr("--scope must be 'account' or 'extension', not '%1'").arg(o.parser.value(o.scope)));
    const QString formatText = o.parser.value(o.format).toLower();
    if (formatText == QLatin1String("csv"))
        request.format = SnapshotFormat::Csv;
    else if (formatText == QLatin1String("json"))
        request.format = SnapshotFormat::Json;
    else
        return usageError(
            Options::tr("--format must be 'csv' or 'json', not '%1'").arg(o.parser.value(o.format)));
    request.output = o.parser.value(o.output);
    if (request.output.isEmpty())
        return usageError(Options::tr("--output needs a file name, or '-' for standard output"));
    bool secondsOk = false;
    request.timeoutSeconds = o.parser.value(o.timeout).toInt(&secondsOk);
    if (!secondsOk || request.timeoutSeconds < 1 || request.timeoutSeconds > 86'400)
        return usageError(Options::tr("--timeout must be a whole number of seconds from 1 to 86400, not '%1'")
                              .arg(o.parser.value(o.timeout)));

    SystemClock clock;
    CredentialVault vault(std::make_unique<KeychainSecretStore>());
    HeadlessSnapshot snapshot(clock, vault);
    int exitCode = 0;
    QCoreApplication *app = QCoreApplication::instance();
    QObject::connect(&snapshot, &HeadlessSnapshot::finished, app,
                     [&exitCode](int code, const QString &message) {
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

int runWindow(const Options &o, const QElapsedTimer &sinceStart)
{
    QApplication::setQuitOnLastWindowClosed(false); // quit only once the session is revoked
    QGuiApplication::setDesktopFileName(QStringLiteral(CALLWATCH_APP_ID));
    QIcon appIcon; // from resources/callwatch.qrc, so it shows even when nothing is installed
    for (int size : { 16, 32, 48, 64, 128, 256 })
        appIcon.addFile(QStringLiteral(":/icons/%1x%1/callwatch.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(appIcon);
    const QString paletteName = o.parser.value(o.palette).toLower();
    if (!paletteName.isEmpty()) {
        // Fusion draws any palette faithfully, whatever the platform's own style.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(
            paletteName == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
    }

    SystemClock clock;
    QSettings settings;
    const bool demo = o.parser.isSet(o.demo);
    // The demo keeps its made-up secrets in memory: it never touches the user's keychain.
    CredentialVault vault(demo ? std::unique_ptr<SecretStore> {} : std::make_unique<KeychainSecretStore>());
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
        return Credentials { platform->baseUrl(), platform->options().clientId,
                             platform->options().clientSecret, platform->adminJwt() };
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
    heap::preferCompactHeap();
    // Behind a corporate proxy the platform is reached as every other program reaches it:
    // http_proxy, https_proxy and no_proxy (Qt reads them on Linux).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCoreApplication::setOrganizationName(QStringLiteral("CallWatch"));
    QCoreApplication::setApplicationName(QStringLiteral("callwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLWATCH_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Texts are translated when they are built, and translators need an application object. Only
    // the window may have a QApplication (it needs a display; help, usage errors and --once must
    // not), so a first, untranslated reading picks the application and the language; the
    // options are then read again in that language.
    QString requestedLanguage;
    bool window = false;
    {
        Options first;
        const bool parsed = first.parser.parse(arguments);
        requestedLanguage = first.parser.value(first.lang); // read even when another option is wrong
        window = parsed && !first.parser.isSet(first.help) && !first.parser.isSet(first.version)
            && !first.parser.isSet(first.once) && first.usageProblem().isEmpty();
    }
    const std::unique_ptr<QCoreApplication> app = window ? std::make_unique<QApplication>(argc, argv)
                                                         : std::make_unique<QCoreApplication>(argc, argv);
    UiLanguage language;
    const QString chosen = UiLanguage::fromCode(requestedLanguage);
    if (!chosen.isEmpty()) {
        QLocale::setDefault(QLocale(requestedLanguage)); // dates and numbers follow the language too
        language.install(chosen);
    } else {
        language.install(UiLanguage::choose(QLocale::system().uiLanguages()));
    }

    Options o;
    // parse(), not process(): a usage error must exit with 2, as the contract says.
    if (!o.parser.parse(arguments))
        return usageError(Options::tr("%1 (see --help)").arg(o.parser.errorText()));
    if (o.parser.isSet(o.help)) {
        std::printf("%s", qPrintable(o.parser.helpText()));
        return 0;
    }
    if (o.parser.isSet(o.version)) {
        std::printf("callwatch %s\n", CALLWATCH_VERSION);
        return 0;
    }
    if (const QString problem = o.usageProblem(); !problem.isEmpty())
        return usageError(problem);
    if (o.parser.isSet(o.once))
        return runOnce(o);
    return runWindow(o, sinceStart);
}
