// Alerts reach the desktop through the freedesktop notification service, over the real session
// bus: here a stand-in service in this process, under a name of its own, records what it is
// asked to show.
#include "../core/clientfixture.h"
#include "../manualclock.h"
#include "callmonitor.h"
#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QTest>

using namespace callwatch;
using namespace callwatch::test;

namespace {

class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString summary;
        QString body;
        uint replaces = 0;
    };
    std::vector<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &, uint replacesId, const QString &, const QString &summary,
                const QString &body, const QStringList &, const QVariantMap &, int)
    {
        shown.push_back({ summary, body, replacesId });
        return uint(100 + shown.size());
    }
};

void hold(CallMonitor &monitor, const QString &id, const QString &caller, qint64 sinceMs)
{
    SessionView v;
    v.telephonySessionId = id;
    v.progress.status = CallStatus::OnHold;
    v.progress.statusSinceMs = sinceMs;
    v.progress.sinceKnown = true;
    v.described.telephonySessionId = id;
    v.described.startTime = QDateTime::fromMSecsSinceEpoch(sinceMs - 60'000, Qt::UTC);
    v.described.from.name = caller;
    v.described.to.name = QStringLiteral("Support");
    v.atMs = sinceMs;
    BoardInput input;
    input.sessions = { v };
    monitor.board().apply(std::move(input));
}

} // namespace

TEST_CASE("A burst of alerts is one desktop notification, and the next replaces it", "[alerts][dbus]")
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    REQUIRE(bus.isConnected()); // the suite runs in a private D-Bus session (.ci/run)
    const QString service
        = QStringLiteral("io.github.callwatch.test.Notifications%1").arg(QCoreApplication::applicationPid());
    FakeNotifications desktop;
    REQUIRE(bus.registerService(service));
    REQUIRE(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &desktop,
                               QDBusConnection::ExportAllSlots));

    ManualClock clock;
    CallMonitor monitor(
        Credentials { QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("id"), {}, {} }, clock);
    AlertRules rules;
    rules.longHoldSeconds = 120;
    monitor.alerts().setRules(rules);
    DesktopNotifier notifier(service);
    notifier.attach(&monitor);

    // Three calls pass two minutes on hold at the same look: one notification names them.
    const qint64 t = clock.nowMs();
    hold(monitor, QStringLiteral("a"), QStringLiteral("Ada Lovelace"), t - 125'000);
    hold(monitor, QStringLiteral("b"), QStringLiteral("Bob Brown"), t - 130'000);
    hold(monitor, QStringLiteral("c"), QStringLiteral("Cy Young"), t - 140'000);
    monitor.alerts().evaluate();
    REQUIRE(waitUntil([&] { return !desktop.shown.empty(); }, 10'000));
    QTest::qWait(DesktopNotifier::kGatherMs); // nothing else comes of the same burst
    REQUIRE(desktop.shown.size() == 1);
    CHECK(desktop.shown[0].summary == QStringLiteral("3 calls need attention"));
    CHECK(desktop.shown[0].replaces == 0);
    CHECK(desktop.shown[0].body.count(QLatin1Char('\n')) == 2);
    CHECK(desktop.shown[0].body.contains(QStringLiteral("On hold longer than 2:00: Bob Brown to Support")));

    // Another crosses right after: it waits out the ten seconds, then replaces the first.
    hold(monitor, QStringLiteral("d"), QStringLiteral("Di Dee"), t - 121'000);
    monitor.alerts().evaluate();
    REQUIRE(waitUntil([&] { return desktop.shown.size() == 2; }, 20'000));
    CHECK(desktop.shown[1].summary == QStringLiteral("A call needs attention"));
    CHECK(desktop.shown[1].replaces == 101);
    CHECK(desktop.shown[1].body.contains(QStringLiteral("Di Dee")));

    // Turned off, nothing goes out.
    notifier.setEnabled(false);
    hold(monitor, QStringLiteral("e"), QStringLiteral("Ed Eel"), t - 200'000);
    monitor.alerts().evaluate();
    QTest::qWait(DesktopNotifier::kGatherMs + 500);
    CHECK(desktop.shown.size() == 2);
    bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    bus.unregisterService(service);
}

#include "test_desktopnotifier.moc"
