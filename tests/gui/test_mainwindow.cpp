// The main window against the simulator, driven as a user drives it: the scope toggle, the
// search box, and a status bar that tells the truth when the platform misbehaves.
#include "../core/clientfixture.h"
#include "activecallsmodel.h"
#include "alertsdialog.h"
#include "callfilterproxy.h"
#include "callmonitor.h"
#include "mainwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace callwatch;
using namespace callwatch::test;

namespace {

struct WindowFixture
{
    explicit WindowFixture(const sim::SimOptions &options = frozenOptions(40))
        : server(options)
        , clock(server.clock())
        , settings(dir.filePath(QStringLiteral("callwatch.ini")), QSettings::IniFormat)
        , window(clock, settings)
    {
        REQUIRE(server.start() != 0);
        window.resize(1280, 720);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    void watch(const QString &jwt)
    {
        monitor = std::make_unique<CallMonitor>(
            Credentials { server.baseUrl(), server.options().clientId, server.options().clientSecret, jwt },
            clock);
        window.attach(monitor.get());
        monitor->start();
    }

    QAction *action(const char *name) { return window.findChild<QAction *>(QLatin1String(name)); }

    // The path of the latest active-calls request the platform received.
    QString lastHeavyPath() const
    {
        const auto &log = server.requestLog();
        for (auto it = log.rbegin(); it != log.rend(); ++it) {
            if (it->group == QLatin1String("heavy"))
                return it->path;
        }
        return {};
    }

    // Saves what the user sees, for the docs, when CALLWATCH_SCREENSHOT_DIR names a folder.
    void screenshot(const QString &name)
    {
        const QString folder = qEnvironmentVariable("CALLWATCH_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            window.grab().save(folder + QLatin1Char('/') + name);
    }

    QTemporaryDir dir;
    sim::SimServer server;
    SimClockAdapter clock;
    QSettings settings;
    MainWindow window;
    std::unique_ptr<CallMonitor> monitor;
};

} // namespace

TEST_CASE("An administrator sees the company's calls and the scope toggle switches to their own", "[window]")
{
    WindowFixture f;
    f.watch(f.server.adminJwt());
    // Every call in progress on the account is on the board, live, and nothing else is live.
    const QSet<QString> company = platformNow(f.server).live;
    REQUIRE_FALSE(company.isEmpty());
    const bool converged = waitUntil([&] { return liveOnBoard(f.window.model().board()) == company; });
    INFO(difference(liveOnBoard(f.window.model().board()), company));
    REQUIRE(converged);
    CHECK(f.action("actionCompany")->isEnabled());
    CHECK(f.action("actionCompany")->isChecked());
    CHECK(f.lastHeavyPath() == QStringLiteral("/restapi/v1.0/account/~/active-calls"));

    f.action("actionMyCalls")->trigger();
    const QSet<QString> mine = platformNow(f.server, 0 /* the admin is the first user */).live;
    REQUIRE(waitUntil([&] {
        return f.lastHeavyPath() == QStringLiteral("/restapi/v1.0/account/~/extension/~/active-calls")
            && liveOnBoard(f.window.model().board()) == mine;
    }));
    CHECK(f.action("actionMyCalls")->isChecked());
}

TEST_CASE("A session that ends under the window leaves it empty and usable", "[window]")
{
    // The window lets go of the monitor when it announces its end, before the board goes: the
    // board's destruction once reached a window still asking the half-destroyed monitor for its
    // counts (a member call on a null pointer under UBSan).
    WindowFixture f;
    f.watch(f.server.adminJwt());
    REQUIRE(waitUntil([&] { return f.window.model().rowCount() > 0; }));
    f.monitor.reset();
    CHECK(f.window.model().rowCount() == 0);
    CHECK_FALSE(f.action("actionRefresh")->isEnabled());
    CHECK_FALSE(f.action("actionSignOut")->isEnabled());
    f.window.grab(); // still paints
}

TEST_CASE("For a non-admin, Company is disabled and says why", "[window]")
{
    WindowFixture f;
    f.watch(f.server.userJwt());
    REQUIRE(waitUntil([&] { return f.monitor->account().known; }));
    CHECK_FALSE(f.action("actionCompany")->isEnabled());
    CHECK(f.action("actionCompany")->toolTip().contains(QStringLiteral("administrator")));
    CHECK(f.action("actionMyCalls")->isChecked());
    REQUIRE(waitUntil([&] { return f.monitor->feed().status().lastSnapshotAtMs > 0; }));
    for (const auto &e : f.server.requestLog())
        CHECK(e.path != QStringLiteral("/restapi/v1.0/account/~/active-calls"));
}

TEST_CASE("Typing in the search box filters the rows", "[window]")
{
    WindowFixture f(frozenOptions(60));
    f.watch(f.server.adminJwt());
    REQUIRE(waitUntil([&] { return f.window.model().rowCount() > 20; }));
    const QString someone = f.window.model().entryAt(0)->call.from.phoneNumber;
    REQUIRE_FALSE(someone.isEmpty());

    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    auto *search = f.window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
    REQUIRE(search);
    CHECK(search->hasFocus());
    QTest::keyClicks(search, someone);
    const int shown = f.window.proxy().rowCount();
    CHECK(shown >= 1);
    CHECK(shown < f.window.model().rowCount());
    for (int r = 0; r < shown; ++r)
        CHECK(
            f.window.proxy().index(r, 0).data(ActiveCallsModel::SearchTextRole).toString().contains(someone));
    auto *empty = f.window.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    REQUIRE(empty);
    CHECK(empty->isHidden());
    QTest::keyClicks(search, QStringLiteral("zzz"));
    CHECK(f.window.proxy().rowCount() == 0);
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("No call matches")));
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK(empty->isHidden());
    CHECK(f.window.proxy().rowCount() == f.window.model().rowCount());
}

TEST_CASE("The status bar shows Live, then Rate-limited until a time when the platform says 429",
          "[window][status]")
{
    WindowFixture f;
    f.watch(f.server.adminJwt());
    REQUIRE(waitUntil([&] { return f.window.statusText() == QStringLiteral("Live"); }));
    f.server.injectFault(activeCallsFailure(429, 1, 120));
    f.action("actionRefresh")->trigger();
    REQUIRE(
        waitUntil([&] { return f.window.statusText().startsWith(QStringLiteral("Rate-limited until ")); }));
    // The rows stay: a rate limit is no reason to empty the table.
    CHECK(f.window.model().rowCount() > 0);
    f.screenshot(QStringLiteral("rate-limited.png"));
}

TEST_CASE("The status bar shows Offline with the retry countdown while the server fails", "[window][status]")
{
    WindowFixture f;
    f.server.injectFault(activeCallsFailure(503, 100));
    f.watch(f.server.adminJwt());
    REQUIRE(
        waitUntil([&] { return f.window.statusText().startsWith(QStringLiteral("Offline, retrying in ")); }));
    CHECK(f.window.statusText().contains(QStringLiteral("503")));
}

TEST_CASE("The status bar asks for sign-in with the server's reason when the JWT is refused",
          "[window][status]")
{
    WindowFixture f;
    f.watch(QStringLiteral("not.a.validjwt"));
    REQUIRE(waitUntil([&] { return f.window.statusText().startsWith(QStringLiteral("Sign-in required")); }));
    CHECK(f.window.statusText().contains(QStringLiteral("JWT token is invalid")));
}

TEST_CASE("Column layout, sort and the ended-calls toggle persist", "[window]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("layout.ini"));
    SystemClock clock;
    {
        QSettings settings(ini, QSettings::IniFormat);
        MainWindow window(clock, settings);
        window.tableView()->horizontalHeader()->setSectionHidden(ActiveCallsModel::Transport, true);
        window.tableView()->sortByColumn(ActiveCallsModel::Duration, Qt::AscendingOrder);
        window.findChild<QAction *>(QStringLiteral("actionShowEnded"))->setChecked(false);
        window.close();
    }
    QSettings settings(ini, QSettings::IniFormat);
    MainWindow window(clock, settings);
    QHeaderView *header = window.tableView()->horizontalHeader();
    CHECK(header->isSectionHidden(ActiveCallsModel::Transport));
    CHECK(header->sortIndicatorSection() == ActiveCallsModel::Duration);
    CHECK(header->sortIndicatorOrder() == Qt::AscendingOrder);
    CHECK_FALSE(window.proxy().showEnded());
}

TEST_CASE("Columns can be shown and hidden from the View menu as well as the header", "[window]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("columns.ini")), QSettings::IniFormat);
    SystemClock clock;
    MainWindow window(clock, settings);
    QAction *columnsAction = window.findChild<QAction *>(QStringLiteral("columnsMenu"));
    REQUIRE(columnsAction);
    QMenu *columns = columnsAction->menu();
    REQUIRE(columns);
    Q_EMIT columns->aboutToShow();
    QAction *action = nullptr;
    QAction *sessionId = nullptr;
    for (QAction *a : columns->actions()) {
        if (a->text() == QStringLiteral("Action"))
            action = a;
        if (a->text() == QStringLiteral("Session id"))
            sessionId = a;
    }
    REQUIRE(action);
    REQUIRE(sessionId);
    CHECK(action->isChecked());
    CHECK_FALSE(sessionId->isChecked()); // hidden by default
    action->trigger();
    CHECK(window.tableView()->horizontalHeader()->isSectionHidden(ActiveCallsModel::Action));
    sessionId->trigger();
    CHECK_FALSE(window.tableView()->horizontalHeader()->isSectionHidden(ActiveCallsModel::SessionId));
}

TEST_CASE("A signed-out window says how to sign in instead of showing an empty table", "[window]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    SystemClock clock;
    MainWindow window(clock, settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    REQUIRE(empty);
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("signed out")));
    CHECK(window.statusText() == QStringLiteral("Signed out"));
}

TEST_CASE("The summary strip shows live ringing and hold counts, and a dash that explains itself when they "
          "are not live",
          "[window][push]")
{
    WindowFixture f;
    auto *ringing = f.window.findChild<QLabel *>(QStringLiteral("ringingValue"));
    auto *onHold = f.window.findChild<QLabel *>(QStringLiteral("onHoldValue"));
    REQUIRE(ringing);
    REQUIRE(onHold);
    CHECK(ringing->text() == QStringLiteral("Ringing or connecting: <b>—</b>"));

    f.watch(f.server.adminJwt());
    // Step the platform until a call is ringing, so the number shown is not a trivial zero.
    REQUIRE(waitUntil([&] { return f.monitor->events().state() == TelephonyEvents::State::Live; }));
    for (int step = 0; step < 600 && platformNow(f.server).ringing == 0; ++step)
        f.server.clock().advance(1000);
    const PlatformNow now = platformNow(f.server);
    REQUIRE(now.ringing > 0);
    const QString ringingText = now.queued > 0
        ? QStringLiteral("Ringing or connecting: <b>%1</b> · queued: <b>%2</b>")
              .arg(now.ringing)
              .arg(now.queued)
        : QStringLiteral("Ringing or connecting: <b>%1</b>").arg(now.ringing);
    const QString onHoldText = QStringLiteral("On hold: <b>%1</b>").arg(now.onHold);
    REQUIRE(waitUntil([&] { return ringing->text() == ringingText && onHold->text() == onHoldText; }));
    CHECK(ringing->toolTip().contains(QStringLiteral("live call events")));
    f.screenshot(QStringLiteral("summary-live-counts.png"));

    // The gateway goes away and will not give out tokens: the numbers go, a reason comes.
    sim::Fault refuse;
    refuse.kind = sim::Fault::Kind::Status;
    refuse.status = 503;
    refuse.count = 1000;
    refuse.pathContains = QStringLiteral("/restapi/oauth/wstoken");
    f.server.injectFault(refuse);
    f.server.push().dropAllConnections();
    REQUIRE(waitUntil([&] { return ringing->text() == QStringLiteral("Ringing or connecting: <b>—</b>"); }));
    CHECK(onHold->text() == QStringLiteral("On hold: <b>—</b>"));
    REQUIRE(waitUntil([&] { return ringing->toolTip().contains(QStringLiteral("503")); }));
    CHECK(ringing->toolTip().contains(QStringLiteral("not available now")));

    // And they come back on their own.
    f.server.clearFaults();
    REQUIRE(waitUntil(
        [&] {
            return ringing->text().contains(QStringLiteral("<b>"))
                && !ringing->text().contains(QStringLiteral("—"));
        },
        40000));
}

TEST_CASE("The Alerts dialog sets the thresholds by keyboard; they are saved and applied at once",
          "[window][alerts]")
{
    WindowFixture f;
    f.watch(f.server.adminJwt());
    f.action("actionAlerts")->trigger();
    auto *dialog = f.window.findChild<AlertsDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    const QList<QSpinBox *> boxes = dialog->findChildren<QSpinBox *>();
    REQUIRE(boxes.size() == 4);
    CHECK(boxes.at(1)->accessibleName().contains(QStringLiteral("On hold")));
    // The user selects the hold threshold and types 45; the ringing one goes to 0, which reads "Off".
    boxes.at(1)->setFocus();
    boxes.at(1)->selectAll();
    QTest::keyClicks(boxes.at(1), QStringLiteral("45"));
    boxes.at(3)->setFocus();
    boxes.at(3)->selectAll();
    QTest::keyClicks(boxes.at(3), QStringLiteral("0"));
    QTest::keyClick(boxes.at(3), Qt::Key_Tab);
    CHECK(boxes.at(3)->text() == QStringLiteral("Off"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK(ok->isDefault());
    QTest::keyClick(boxes.at(3), Qt::Key_Return); // Return in a field accepts
    QPointer<AlertsDialog> open(dialog);
    REQUIRE(waitUntil([&] { return !open || !open->isVisible(); }));

    CHECK(f.settings.value(QStringLiteral("alerts/longHoldSeconds")).toInt() == 45);
    CHECK(f.settings.value(QStringLiteral("alerts/ringingSeconds")).toInt() == 0);
    CHECK(f.monitor->alerts().rules().longHoldSeconds == 45);
    CHECK(f.monitor->alerts().rules().ringingSeconds == 0);
    // A window opened on these settings starts with them.
    MainWindow again(f.clock, f.settings);
    f.monitor->alerts().setRules({});
    again.attach(f.monitor.get());
    CHECK(f.monitor->alerts().rules().longHoldSeconds == 45);
}
