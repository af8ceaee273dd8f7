// The supervisor's thresholds on the call board: which rows are marked, what is raised (once,
// together), and what clears.
#include "../manualclock.h"
#include "callalerts.h"
#include "clock.h"
#include "liveboard.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace callwatch;
using callwatch::test::ManualClock;
using Breach = AlertRules::Breach;

namespace {

// A call as its events tell it: `status` since `sinceMs`, begun at `startMs`.
SessionView call(const QString &id, CallStatus status, qint64 sinceMs, qint64 startMs, bool queueCall = false)
{
    SessionView v;
    v.telephonySessionId = id;
    v.progress.status = status;
    v.progress.statusSinceMs = sinceMs;
    v.progress.sinceKnown = true;
    v.progress.phasesKnown = true;
    v.progress.queueCall = queueCall;
    if (status == CallStatus::Ended)
        v.progress.endedAtMs = sinceMs;
    v.described.telephonySessionId = id;
    v.described.startTime = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    v.described.from.phoneNumber = QStringLiteral("+14155550199");
    v.atMs = sinceMs;
    return v;
}

void show(LiveBoard &board, std::vector<SessionView> views)
{
    BoardInput input;
    input.sessions = std::move(views);
    board.apply(std::move(input));
}

struct AlertsFixture
{
    AlertsFixture()
    {
        AlertRules rules;
        rules.longCallMinutes = 30;
        rules.longHoldSeconds = 120;
        rules.longWaitSeconds = 60;
        rules.ringingSeconds = 30;
        alerts.setRules(rules);
    }
    qint64 now() const { return clock.nowMs(); }

    ManualClock clock;
    LiveBoard board;
    CallAlerts alerts { board, clock };
    QSignalSpy raised { &alerts, &CallAlerts::raised };
    QSignalSpy marked { &alerts, &CallAlerts::marksChanged };
};

QList<CallAlert> raisedAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<QList<CallAlert>>();
}

} // namespace

TEST_CASE("Each threshold marks the call past it, and nothing short of it", "[alerts]")
{
    AlertsFixture f;
    const qint64 t = f.now();
    show(f.board,
         {
             call("talking-31min", CallStatus::Talking, t - 31 * 60'000, t - 31 * 60'000),
             call("talking-29min", CallStatus::Talking, t - 29 * 60'000, t - 29 * 60'000),
             call("held-121s", CallStatus::OnHold, t - 121'000, t - 300'000),
             call("parked-125s", CallStatus::Parked, t - 125'000, t - 300'000),
             call("held-119s", CallStatus::OnHold, t - 119'000, t - 300'000),
             call("queued-61s", CallStatus::Queued, t - 61'000, t - 61'000, true),
             call("queued-59s", CallStatus::Queued, t - 59'000, t - 59'000, true),
             call("ringing-31s", CallStatus::Ringing, t - 31'000, t - 31'000),
             call("ended-long-ago", CallStatus::Ended, t - 1000, t - 3600'000),
         });
    f.alerts.evaluate();
    CHECK(f.alerts.marksOf(QStringLiteral("talking-31min")) == AlertRules::Breaches(Breach::LongCall));
    CHECK(f.alerts.marksOf(QStringLiteral("talking-29min")) == AlertRules::Breaches());
    CHECK(f.alerts.marksOf(QStringLiteral("held-121s")) == AlertRules::Breaches(Breach::LongHold));
    CHECK(f.alerts.marksOf(QStringLiteral("parked-125s")) == AlertRules::Breaches(Breach::LongHold));
    CHECK(f.alerts.marksOf(QStringLiteral("held-119s")) == AlertRules::Breaches());
    CHECK(f.alerts.marksOf(QStringLiteral("queued-61s")) == AlertRules::Breaches(Breach::LongWait));
    CHECK(f.alerts.marksOf(QStringLiteral("queued-59s")) == AlertRules::Breaches());
    CHECK(f.alerts.marksOf(QStringLiteral("ringing-31s")) == AlertRules::Breaches(Breach::UnansweredRinging));
    CHECK(f.alerts.marksOf(QStringLiteral("ended-long-ago")) == AlertRules::Breaches());
    CHECK(f.alerts.markedCount() == 5);
}

TEST_CASE("A burst of calls crossing a line is raised once, together, and not again", "[alerts]")
{
    AlertsFixture f;
    const qint64 t = f.now();
    show(f.board,
         {
             call("a", CallStatus::OnHold, t - 110'000, t - 200'000),
             call("b", CallStatus::OnHold, t - 115'000, t - 200'000),
             call("c", CallStatus::OnHold, t - 118'000, t - 200'000),
         });
    f.alerts.evaluate();
    CHECK(f.raised.isEmpty());

    f.clock.advance(10'000); // all three pass 120 s between two looks
    f.alerts.evaluate();
    REQUIRE(f.raised.size() == 1);
    QStringList keys;
    for (const CallAlert &a : raisedAt(f.raised, 0)) {
        CHECK(a.breach == Breach::LongHold);
        keys.append(a.key);
    }
    keys.sort();
    CHECK(keys == QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });

    f.clock.advance(60'000); // still on hold: still marked, nothing raised again
    f.alerts.evaluate();
    CHECK(f.raised.size() == 1);
    CHECK(f.alerts.markedCount() == 3);
}

TEST_CASE("A breach that clears clears its mark", "[alerts]")
{
    AlertsFixture f;
    const qint64 t = f.now();
    show(f.board,
         { call("held", CallStatus::OnHold, t - 130'000, t - 300'000),
           call("ringing", CallStatus::Ringing, t - 40'000, t - 40'000) });
    f.alerts.evaluate();
    REQUIRE(f.alerts.markedCount() == 2);
    f.marked.clear();

    // Resumed, and answered: both marks go at the next look.
    show(f.board,
         { call("held", CallStatus::Talking, t, t - 300'000),
           call("ringing", CallStatus::Talking, t, t - 40'000) });
    f.alerts.evaluate();
    CHECK(f.alerts.markedCount() == 0);
    REQUIRE(f.marked.size() == 1);
    QStringList cleared = f.marked.at(0).at(0).toStringList();
    cleared.sort();
    CHECK(cleared == QStringList { QStringLiteral("held"), QStringLiteral("ringing") });

    // On hold again, past the line again: raised again, as a new breach.
    show(f.board, { call("held", CallStatus::OnHold, t, t - 300'000) });
    f.clock.advance(121'000);
    f.raised.clear();
    f.alerts.evaluate();
    REQUIRE(f.raised.size() == 1);
    CHECK(raisedAt(f.raised, 0).size() == 1);
    CHECK(raisedAt(f.raised, 0).at(0).key == QStringLiteral("held"));

    // A call that ends, past every line, is marked no more.
    show(f.board, { call("held", CallStatus::Ended, f.now(), t - 300'000) });
    f.alerts.evaluate();
    CHECK(f.alerts.markedCount() == 0);
}

TEST_CASE("A threshold of 0 is off, and the rules keep to sane values when saved and read", "[alerts]")
{
    AlertsFixture f;
    const qint64 t = f.now();
    show(f.board, { call("held", CallStatus::OnHold, t - 600'000, t - 600'000) });
    AlertRules off = f.alerts.rules();
    off.longHoldSeconds = 0;
    f.alerts.setRules(off);
    CHECK(f.alerts.markedCount() == 0);
    CHECK(f.raised.isEmpty());

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("callwatch.ini")), QSettings::IniFormat);
    CHECK(AlertRules::load(settings) == AlertRules {}); // nothing saved: the defaults
    off.save(settings);
    CHECK(AlertRules::load(settings) == off);
    settings.setValue(QStringLiteral("alerts/longHoldSeconds"), -5);
    settings.setValue(QStringLiteral("alerts/ringingSeconds"), QStringLiteral("soon"));
    settings.setValue(QStringLiteral("alerts/longCallMinutes"), 1'000'000);
    const AlertRules read = AlertRules::load(settings);
    CHECK(read.longHoldSeconds == 0);
    CHECK(read.ringingSeconds == AlertRules {}.ringingSeconds);
    CHECK(read.longCallMinutes == 24 * 60);
}
