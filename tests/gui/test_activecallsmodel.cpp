// The table model and its proxy: keyed updates that keep the user's place, ticking
// durations, greyed ended calls, search. Every model runs under QAbstractItemModelTester.
#include "../manualclock.h"
#include "activecallsmodel.h"
#include "callalerts.h"
#include "callfilterproxy.h"
#include "clock.h"
#include "liveboard.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QHeaderView>
#include <QIcon>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

#include <catch2/catch.hpp>

using namespace callwatch;
using callwatch::test::ManualClock;

namespace {

ActiveCall call(const QString &id, const QDateTime &start, const QString &fromName, const QString &fromNumber,
                const QString &result = QStringLiteral("In Progress"))
{
    ActiveCall c;
    c.id = id;
    c.sessionId = QStringLiteral("s") + id;
    c.startTime = start;
    c.durationSeconds = 0;
    c.direction = QStringLiteral("Inbound");
    c.type = QStringLiteral("Voice");
    c.action = QStringLiteral("Phone Call");
    c.result = result;
    c.from.name = fromName;
    c.from.phoneNumber = fromNumber;
    c.to.name = QStringLiteral("Alice Anderson");
    c.to.extensionNumber = QStringLiteral("101");
    c.to.extensionId = QStringLiteral("62264425016");
    c.to.phoneNumber = QStringLiteral("+16505500000");
    c.extensionId = QStringLiteral("62264425016");
    return c;
}

struct Fixture
{
    Fixture()
        : model(clock)
    {
        model.setBoard(&live);
        modelTester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.sort(ActiveCallsModel::StartTime, Qt::DescendingOrder);
    }

    std::vector<ActiveCall> calls(int n, int offset = 0)
    {
        std::vector<ActiveCall> out;
        const QDateTime base = clock.now().addSecs(-600);
        for (int i = offset; i < offset + n; ++i)
            out.push_back(call(QStringLiteral("rec%1").arg(i, 4, 10, QLatin1Char('0')), base.addSecs(i),
                               QStringLiteral("Caller %1").arg(i),
                               QStringLiteral("+1415555%1").arg(i, 4, 10, QLatin1Char('0'))));
        return out;
    }

    int proxyRowOf(const QString &key) const
    {
        for (int r = 0; r < proxy.rowCount(); ++r) {
            if (proxy.index(r, 0).data(ActiveCallsModel::KeyRole).toString() == key)
                return r;
        }
        return -1;
    }

    ManualClock clock;
    LiveBoard live;
    ActiveCallsModel model;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    CallFilterProxy proxy;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
};

} // namespace

TEST_CASE("A snapshot becomes rows, and the next one only adds, changes and removes", "[model]")
{
    Fixture f;
    QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&f.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&f.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changes(&f.model, &QAbstractItemModel::dataChanged);

    f.live.applySnapshot(f.calls(50), f.clock.now());
    CHECK(f.model.rowCount() == 50);
    CHECK(inserts.count() == 1); // one insert for all new calls

    std::vector<ActiveCall> next = f.calls(45, 5); // rec0000..rec0004 gone, rec0045..rec0049 kept
    next[10].result = QStringLiteral("Accepted"); // one call ended
    for (const auto &extra : f.calls(3, 100))
        next.push_back(extra);
    inserts.clear();
    f.live.applySnapshot(next, f.clock.now());

    CHECK(f.model.rowCount() == 48);
    CHECK(resets.isEmpty()); // never a reset on a poll
    CHECK(inserts.count() == 1);
    CHECK(removes.count() >= 1);
    CHECK_FALSE(changes.isEmpty());
    CHECK(f.model.board().liveCount() == 47);
    CHECK(f.proxyRowOf(QStringLiteral("rec0000")) == -1);
    CHECK(f.proxyRowOf(QStringLiteral("rec0102")) == 0); // newest start first
}

TEST_CASE("Selection, current row and scroll position survive a poll", "[model][view]")
{
    Fixture f;
    QTableView view;
    view.setModel(&f.proxy);
    view.resize(800, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    f.live.applySnapshot(f.calls(200), f.clock.now());

    const int row = f.proxyRowOf(QStringLiteral("rec0080"));
    REQUIRE(row >= 0);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setCurrentIndex(f.proxy.index(row, 2));
    view.scrollTo(f.proxy.index(row, 0), QAbstractItemView::PositionAtCenter);
    const int scroll = view.verticalScrollBar()->value();
    REQUIRE(scroll > 0);
    REQUIRE(view.selectionModel()->selectedRows().size() == 1);

    // The next poll: durations and results change, some old calls go, none of them above.
    std::vector<ActiveCall> next = f.calls(200);
    next[80].durationSeconds = 42;
    next[150].result = QStringLiteral("Accepted");
    next.erase(next.begin(), next.begin() + 10);
    f.live.applySnapshot(next, f.clock.now());

    const QModelIndex current = view.currentIndex();
    CHECK(current.data(ActiveCallsModel::KeyRole).toString() == QStringLiteral("rec0080"));
    CHECK(current.column() == 2);
    const QModelIndexList selected = view.selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(selected.first().data(ActiveCallsModel::KeyRole).toString() == QStringLiteral("rec0080"));
    CHECK(view.verticalScrollBar()->value() == scroll);
}

TEST_CASE("Durations tick every second through the clock columns only", "[model]")
{
    Fixture f;
    std::vector<ActiveCall> one { call(QStringLiteral("a"), f.clock.now().addSecs(-65), QStringLiteral("X"),
                                       QStringLiteral("+1")) };
    f.live.applySnapshot(one, f.clock.now());
    const QModelIndex duration = f.model.index(0, ActiveCallsModel::Duration);
    CHECK(duration.data().toString() == QStringLiteral("1:05"));

    QSignalSpy changes(&f.model, &QAbstractItemModel::dataChanged);
    f.clock.advance(10'000);
    REQUIRE(changes.wait(3000));
    const QModelIndex topLeft = changes.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changes.first().at(1).toModelIndex();
    // Duration, time in status, ring, talk and hold: the columns whose clocks run, nothing else.
    CHECK(topLeft.column() == ActiveCallsModel::Duration);
    CHECK(bottomRight.column() == ActiveCallsModel::HoldTime);
    CHECK(duration.data().toString() == QStringLiteral("1:15"));
    CHECK(f.model.index(0, ActiveCallsModel::InStatus).data().toString() == QStringLiteral("1:15"));
    CHECK(duration.data(ActiveCallsModel::SortRole).toLongLong() == 75);
}

TEST_CASE("Ended calls keep their final duration, grey out and hide with the toggle", "[model]")
{
    Fixture f;
    ActiveCall ended = call(QStringLiteral("e"), f.clock.now().addSecs(-300), QStringLiteral("Ended caller"),
                            QStringLiteral("+2"), QStringLiteral("Accepted"));
    ended.durationSeconds = 194;
    ActiveCall live = call(QStringLiteral("l"), f.clock.now().addSecs(-30), QStringLiteral("Live caller"),
                           QStringLiteral("+3"));
    f.live.applySnapshot({ ended, live }, f.clock.now());

    const int endedRow = f.proxyRowOf(QStringLiteral("e"));
    REQUIRE(endedRow >= 0);
    const QModelIndex endedStatus = f.proxy.index(endedRow, ActiveCallsModel::Status);
    CHECK(endedStatus.data().toString() == QStringLiteral("Ended"));
    CHECK(f.proxy.index(endedRow, ActiveCallsModel::Duration).data().toString() == QStringLiteral("3:14"));
    CHECK(endedStatus.data(Qt::ForegroundRole).value<QBrush>().color()
          == QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
    CHECK_FALSE(f.proxy.index(f.proxyRowOf(QStringLiteral("l")), ActiveCallsModel::From)
                    .data(Qt::ForegroundRole)
                    .isValid());

    f.proxy.setShowEnded(false);
    CHECK(f.proxy.rowCount() == 1);
    CHECK(f.proxyRowOf(QStringLiteral("e")) == -1);
    f.proxy.setShowEnded(true);
    CHECK(f.proxy.rowCount() == 2);
}

TEST_CASE("Search filters on names, numbers and extensions", "[model]")
{
    Fixture f;
    f.live.applySnapshot(f.calls(30), f.clock.now());
    f.proxy.setSearchText(QStringLiteral("caller 17"));
    CHECK(f.proxy.rowCount() == 1);
    f.proxy.setSearchText(QStringLiteral("+14155550021"));
    CHECK(f.proxy.rowCount() == 1);
    CHECK(f.proxy.index(0, 0).data(ActiveCallsModel::KeyRole).toString() == QStringLiteral("rec0021"));
    f.proxy.setSearchText(QStringLiteral("(415) 555-0021")); // formatted as people write it
    CHECK(f.proxy.rowCount() == 1);
    f.proxy.setSearchText(QStringLiteral("415555 0021"));
    CHECK(f.proxy.rowCount() == 1);
    f.proxy.setSearchText(QStringLiteral("101")); // the extension every call goes to
    CHECK(f.proxy.rowCount() == 30);
    f.proxy.setSearchText(QStringLiteral("nobody"));
    CHECK(f.proxy.rowCount() == 0);
    f.proxy.setSearchText(QString());
    CHECK(f.proxy.rowCount() == 30);
}

TEST_CASE("Every column has a header and sorts on raw values", "[model]")
{
    Fixture f;
    std::vector<ActiveCall> calls = f.calls(3);
    calls[0].startTime = f.clock.now().addSecs(-9 * 60); // 9:00
    calls[1].startTime = f.clock.now().addSecs(-70); // 1:10
    calls[2].startTime = f.clock.now().addSecs(-65 * 60); // 1:05:00
    f.live.applySnapshot(calls, f.clock.now());
    for (int c = 0; c < ActiveCallsModel::ColumnCount; ++c)
        CHECK_FALSE(f.model.headerData(c, Qt::Horizontal).toString().isEmpty());
    f.proxy.sort(ActiveCallsModel::Duration, Qt::DescendingOrder);
    // As text "9:00" > "1:10" > "1:05:00"; as seconds the hour-long call is first.
    CHECK(f.proxy.index(0, ActiveCallsModel::Duration).data().toString() == QStringLiteral("1:05:00"));
    CHECK(f.proxy.index(2, ActiveCallsModel::Duration).data().toString() == QStringLiteral("1:10"));
}

TEST_CASE("A queue call names the answering extension from the directory", "[model]")
{
    Fixture f;
    ActiveCall queued = call(QStringLiteral("q"), f.clock.now().addSecs(-20), QStringLiteral("Caller"),
                             QStringLiteral("+5"));
    queued.to = CallParty { QStringLiteral("+16505519001"),
                            QStringLiteral("801"),
                            QStringLiteral("63164425016"),
                            QStringLiteral("Support"),
                            {} };
    queued.extensionId = QStringLiteral("62264436016");
    f.live.applySnapshot({ queued }, f.clock.now());
    const QModelIndex extension = f.model.index(0, ActiveCallsModel::Extension);
    CHECK(extension.data().toString() == QStringLiteral("62264436016"));

    QSignalSpy changes(&f.model, &QAbstractItemModel::dataChanged);
    f.model.setDirectory(
        { { QStringLiteral("62264436016"), { QStringLiteral("112"), QStringLiteral("Grace Jensen") } } });
    CHECK(changes.count() == 1);
    CHECK(extension.data().toString() == QStringLiteral("112 · Grace Jensen"));
}

TEST_CASE("Many scattered calls leaving at once keep the selection, current row and scroll position",
          "[model][view]")
{
    Fixture f;
    QTableView view;
    view.setModel(&f.proxy);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.resize(800, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    f.live.applySnapshot(f.calls(300), f.clock.now());

    view.setCurrentIndex(f.proxy.index(f.proxyRowOf(QStringLiteral("rec0151")), 3));
    view.scrollTo(view.currentIndex(), QAbstractItemView::PositionAtCenter);
    const int scroll = view.verticalScrollBar()->value();
    REQUIRE(scroll > 0);

    // Every seventh call (rec0003, rec0010, ...) is gone from the platform's list: dozens of
    // separate runs. The selected rec0151 stays.
    std::vector<ActiveCall> next;
    for (auto &c : f.calls(300)) {
        if (c.id.mid(3).toInt() % 7 != 3)
            next.push_back(std::move(c));
    }
    QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
    f.live.applySnapshot(next, f.clock.now());

    CHECK(resets.isEmpty());
    CHECK(f.model.rowCount() == int(next.size()));
    CHECK(f.proxyRowOf(QStringLiteral("rec0003")) == -1);
    CHECK(f.proxyRowOf(QStringLiteral("rec0004")) >= 0);
    CHECK(view.currentIndex().data(ActiveCallsModel::KeyRole).toString() == QStringLiteral("rec0151"));
    CHECK(view.currentIndex().column() == 3);
    const QModelIndexList selected = view.selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(selected.first().data(ActiveCallsModel::KeyRole).toString() == QStringLiteral("rec0151"));
    CHECK(view.verticalScrollBar()->value() == scroll);
    // Every remaining row still shows its own call.
    for (int row = 0; row < f.model.rowCount(); ++row)
        CHECK(f.model.index(row, 0).data(ActiveCallsModel::KeyRole).toString()
              == f.model.entryAt(row)->call.key());
}

TEST_CASE("Snapshots submitted by the feed are diffed off the GUI thread and applied in order", "[model]")
{
    Fixture f;
    QSignalSpy settled(&f.live, &LiveBoard::snapshotSettled);
    const auto shared = [](std::vector<ActiveCall> calls) {
        return std::make_shared<const std::vector<ActiveCall>>(std::move(calls));
    };
    f.live.submitSnapshot(shared(f.calls(50)), f.clock.now());
    // The second arrives while the first is being prepared: it waits, then replaces it.
    f.live.submitSnapshot(shared(f.calls(60)), f.clock.now());
    CHECK(f.model.rowCount() == 0); // nothing changes until the worker is done
    REQUIRE(settled.wait(5000));
    if (settled.size() < 2)
        REQUIRE(settled.wait(5000));
    CHECK(f.model.rowCount() == 60);

    SECTION("a clear while one is prepared drops it: it describes calls no longer asked for")
    {
        f.live.submitSnapshot(shared(f.calls(70, 100)), f.clock.now());
        f.live.clear();
        REQUIRE(settled.wait(5000));
        CHECK(f.model.rowCount() == 0);
        CHECK(f.model.board().size() == 0);
    }
}

TEST_CASE("A board destroyed while a snapshot is prepared leaves the worker to finish alone", "[model]")
{
    ManualClock clock;
    std::vector<ActiveCall> calls;
    for (int i = 0; i < 5000; ++i)
        calls.push_back(call(QStringLiteral("r%1").arg(i), clock.now().addSecs(-i), QStringLiteral("Caller"),
                             QStringLiteral("+14155550100")));
    auto live = std::make_unique<LiveBoard>();
    ActiveCallsModel model(clock);
    model.setBoard(live.get());
    live->submitSnapshot(std::make_shared<const std::vector<ActiveCall>>(std::move(calls)), clock.now());
    live.reset();
    CHECK(model.rowCount() == 0); // the view lets go of a board that is gone
    // The worker finishes with nobody to deliver to; nothing may touch the dead board.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    SUCCEED("no crash, no assertion");
}

TEST_CASE("The event-driven board keeps the model consistent through rings, holds, ends and polls",
          "[model][events]")
{
    // Fixture's testers are Fatal: any inconsistent signal fails the test on the spot.
    Fixture f;
    QRandomGenerator rng(902);
    const qint64 t0 = f.clock.nowMs();
    const auto view = [&](int call, CallStatus status, qint64 at) {
        SessionView v;
        v.telephonySessionId = QStringLiteral("s-%1").arg(call);
        v.progress.status = status;
        v.progress.statusSinceMs = at;
        v.progress.endedAtMs = status == CallStatus::Ended ? at : 0;
        v.progress.ringingParties = status == CallStatus::Ringing ? int(rng.bounded(1, 6)) : 0;
        v.described.telephonySessionId = v.telephonySessionId;
        v.described.startTime = QDateTime::fromMSecsSinceEpoch(t0 - call * 1000, Qt::UTC);
        v.described.from.phoneNumber = QStringLiteral("+1415555%1").arg(call, 4, 10, QLatin1Char('0'));
        v.atMs = at;
        return v;
    };
    for (int round = 0; round < 80; ++round) {
        f.clock.advance(5000);
        BoardInput input;
        for (int i = 0; i < 15; ++i) {
            const auto status = CallStatus(rng.bounded(int(CallStatus::Ended) + 1));
            input.sessions.push_back(view(int(rng.bounded(60)), status, f.clock.nowMs()));
        }
        if (round % 5 == 0) {
            std::vector<ActiveCall> records = f.calls(20, round);
            for (size_t i = 0; i < records.size(); ++i)
                records[i].telephonySessionId = QStringLiteral("s-%1").arg(i * 3);
            input.snapshot = BoardInput::Snapshot { records, f.clock.now(), round % 10 == 0 };
        }
        input.expireAtMs = f.clock.nowMs();
        f.live.apply(std::move(input));
        REQUIRE(f.model.rowCount() == f.live.board().size());
        for (int row = 0; row < f.model.rowCount(); ++row) {
            const BoardEntry *entry = f.model.entryAt(row);
            REQUIRE(entry);
            CHECK(f.model.index(row, 0).data(ActiveCallsModel::KeyRole).toString()
                  == f.live.board().keyAtSlot(f.live.board().slotOf(
                      f.model.index(row, 0).data(ActiveCallsModel::KeyRole).toString())));
            CHECK(f.model.index(row, ActiveCallsModel::Status).data().toString()
                  == ActiveCallsModel::statusText(*entry));
        }
    }
}

TEST_CASE("A queue call ringing five agents reads as one ringing row, with the time in that status",
          "[model][events]")
{
    Fixture f;
    SessionView v;
    v.telephonySessionId = QStringLiteral("s-q");
    v.progress.status = CallStatus::Ringing;
    v.progress.ringingParties = 5;
    v.progress.statusSinceMs = f.clock.nowMs() - 42'000;
    v.progress.sinceKnown = true; // seen from its first ring
    v.progress.phasesKnown = true;
    v.described.telephonySessionId = v.telephonySessionId;
    v.described.startTime = QDateTime::fromMSecsSinceEpoch(f.clock.nowMs() - 42'000, Qt::UTC);
    v.atMs = f.clock.nowMs();
    BoardInput input;
    input.sessions.push_back(v);
    f.live.apply(std::move(input));
    REQUIRE(f.model.rowCount() == 1);
    CHECK(f.model.index(0, ActiveCallsModel::Status).data().toString()
          == QStringLiteral("Ringing · 5 agents"));
    CHECK(f.model.index(0, ActiveCallsModel::InStatus).data().toString() == QStringLiteral("0:42"));
    CHECK(f.model.index(0, ActiveCallsModel::RingTime).data().toString() == QStringLiteral("0:42"));
    CHECK(f.model.index(0, ActiveCallsModel::TalkTime).data().toString() == QStringLiteral("0:00"));
    CHECK(f.model.index(0, ActiveCallsModel::Status)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("a live call event at")));
    CHECK(f.model.index(0, 0).data(ActiveCallsModel::LiveRole).toBool());

    SECTION("a call joined in progress shows what nobody told as a dash, never 0:00")
    {
        v.progress.status = CallStatus::OnHold;
        v.progress.sinceKnown = false;
        v.progress.phasesKnown = false;
        v.source = TruthSource::Presence;
        BoardInput seeded;
        seeded.sessions.push_back(v);
        f.live.apply(std::move(seeded));
        CHECK(f.model.index(0, ActiveCallsModel::Status).data().toString() == QStringLiteral("On hold"));
        CHECK(f.model.index(0, ActiveCallsModel::InStatus).data().toString() == QStringLiteral("—"));
        CHECK(f.model.index(0, ActiveCallsModel::HoldTime).data().toString() == QStringLiteral("—"));
        CHECK(f.model.index(0, ActiveCallsModel::HoldTime)
                  .data(ActiveCallsModel::ExportRole)
                  .toString()
                  .isEmpty());
        CHECK(f.model.index(0, 0)
                  .data(Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("joined this call")));
    }
}

TEST_CASE("A call past an alert threshold gets a background, an icon and a line saying which",
          "[model][alerts]")
{
    Fixture f;
    CallAlerts alerts(f.live, f.clock);
    AlertRules rules;
    rules.longHoldSeconds = 120;
    alerts.setRules(rules);
    f.model.setAlerts(&alerts);

    const auto held = [&](CallStatus status, qint64 sinceMs) {
        SessionView v;
        v.telephonySessionId = QStringLiteral("held-call");
        v.progress.status = status;
        v.progress.statusSinceMs = sinceMs;
        v.progress.sinceKnown = true;
        v.described = call(QStringLiteral("held"), f.clock.now().addSecs(-300), QStringLiteral("Bob Brown"),
                           QStringLiteral("+14155550123"));
        v.described.telephonySessionId = v.telephonySessionId;
        v.atMs = sinceMs;
        BoardInput input;
        input.sessions = { v };
        f.live.apply(std::move(input));
    };
    held(CallStatus::OnHold, f.clock.nowMs());
    alerts.evaluate();
    REQUIRE(f.model.rowCount() == 1);
    const QModelIndex status = f.model.index(0, ActiveCallsModel::Status);
    CHECK_FALSE(status.data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(status.data(Qt::DecorationRole).isValid());

    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    f.clock.advance(125'000);
    alerts.evaluate();
    CHECK_FALSE(changed.isEmpty()); // the row repaints with its mark
    CHECK(status.data(Qt::BackgroundRole).value<QBrush>().color().isValid());
    CHECK_FALSE(status.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(f.model.index(0, ActiveCallsModel::From).data(Qt::BackgroundRole).isValid()); // the whole row
    CHECK(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("On hold longer than 2:00")));
    CHECK(
        status.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("On hold longer than 2:00")));
    CHECK_FALSE(status.data(Qt::DisplayRole).toString().contains(QStringLiteral("longer"))); // the text stays

    held(CallStatus::Talking, f.clock.nowMs()); // resumed: the mark goes at the next look
    alerts.evaluate();
    CHECK_FALSE(status.data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(status.data(Qt::DecorationRole).isValid());
    CHECK_FALSE(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("longer than")));
}
