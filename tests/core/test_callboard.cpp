// CallBoard: each poll's complete snapshot replaces the state, and the diff says exactly which
// keys a view must insert, update or remove.

#include "../testsupport.h"
#include "callboard.h"

#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <optional>
#include <thread>

using namespace callwatch;

namespace {

const QDateTime kT0(QDate(2026, 5, 4), QTime(14, 0, 0), Qt::UTC);

ActiveCall makeCall(const QString &id, int startMinute = 0,
                    const QString &result = QStringLiteral("In Progress"), qint64 duration = 0)
{
    ActiveCall c;
    c.id = id;
    c.sessionId = QString(QLatin1String("session-") + id);
    c.startTime = kT0.addSecs(startMinute * 60);
    c.durationSeconds = duration;
    c.type = QStringLiteral("Voice");
    c.direction = QStringLiteral("Inbound");
    c.action = QStringLiteral("Phone Call");
    c.result = result;
    c.from.phoneNumber = QStringLiteral("+14155550123");
    c.to.name = QStringLiteral("Carol Queue");
    return c;
}

QStringList keysOf(const std::vector<const BoardEntry *> &entries)
{
    QStringList keys;
    for (const BoardEntry *e : entries)
        keys.append(e->call.key());
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_CASE("The first snapshot adds every record in the order it lists them", "[callboard]")
{
    CallBoard board;
    CHECK(board.size() == 0);
    const BoardDiff diff = board.applySnapshot(
        { makeCall(QStringLiteral("c")), makeCall(QStringLiteral("a")), makeCall(QStringLiteral("b")) }, kT0);
    CHECK(diff.added == QStringList { QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b") });
    CHECK(diff.changed.isEmpty());
    CHECK(diff.removed.isEmpty());
    CHECK_FALSE(diff.isEmpty());
    CHECK(board.size() == 3);
    const BoardEntry *a = board.find(QStringLiteral("a"));
    REQUIRE(a != nullptr);
    CHECK(a->call == makeCall(QStringLiteral("a")));
    CHECK(a->firstSeen == kT0);
    CHECK(a->lastConfirmed == kT0);
    CHECK(board.find(QStringLiteral("zzz")) == nullptr);
}

TEST_CASE("A following snapshot reports added, changed and removed keys and leaves unchanged ones out",
          "[callboard]")
{
    CallBoard board;
    board.applySnapshot({ makeCall(QStringLiteral("same")), makeCall(QStringLiteral("grows")),
                          makeCall(QStringLiteral("goes")) },
                        kT0);

    const QDateTime t1 = kT0.addSecs(10);
    const BoardDiff diff
        = board.applySnapshot({ makeCall(QStringLiteral("new")), makeCall(QStringLiteral("same")),
                                makeCall(QStringLiteral("grows"), 0, QStringLiteral("In Progress"), 10) },
                              t1);
    CHECK(diff.added == QStringList { QStringLiteral("new") });
    // A live call that only lasted longer is retimed, not changed.
    CHECK(diff.changed.isEmpty());
    CHECK(diff.retimed == QStringList { QStringLiteral("grows") });
    CHECK(diff.removed == QStringList { QStringLiteral("goes") });
    CHECK(board.size() == 3);

    const BoardEntry *same = board.find(QStringLiteral("same"));
    REQUIRE(same != nullptr);
    CHECK(same->firstSeen == kT0);
    CHECK(same->lastConfirmed == t1);

    const BoardEntry *grows = board.find(QStringLiteral("grows"));
    REQUIRE(grows != nullptr);
    CHECK(grows->call.durationSeconds == 10);
    CHECK(grows->firstSeen == kT0);
    CHECK(grows->lastConfirmed == t1);

    const BoardEntry *added = board.find(QStringLiteral("new"));
    REQUIRE(added != nullptr);
    CHECK(added->firstSeen == t1);
    CHECK(added->lastConfirmed == t1);

    CHECK(board.find(QStringLiteral("goes")) == nullptr);
}

TEST_CASE("An identical snapshot gives an empty diff but still confirms every call", "[callboard]")
{
    CallBoard board;
    board.applySnapshot({ makeCall(QStringLiteral("a")), makeCall(QStringLiteral("b")) }, kT0);
    const QDateTime t1 = kT0.addSecs(15);
    const BoardDiff diff
        = board.applySnapshot({ makeCall(QStringLiteral("b")), makeCall(QStringLiteral("a")) }, t1);
    CHECK(diff.isEmpty());
    for (const BoardEntry *e : board.entries()) {
        CHECK(e->firstSeen == kT0);
        CHECK(e->lastConfirmed == t1);
    }
}

TEST_CASE("A call that ends in the platform's cache is a change, and its disappearance a removal",
          "[callboard]")
{
    CallBoard board;
    board.applySnapshot({ makeCall(QStringLiteral("a")), makeCall(QStringLiteral("b")) }, kT0);
    CHECK(board.liveCount() == 2);

    BoardDiff diff = board.applySnapshot(
        { makeCall(QStringLiteral("a"), 0, QStringLiteral("Accepted"), 38), makeCall(QStringLiteral("b")) },
        kT0.addSecs(10));
    CHECK(diff.changed == QStringList { QStringLiteral("a") });
    CHECK(board.size() == 2);
    CHECK(board.liveCount() == 1);

    diff = board.applySnapshot({ makeCall(QStringLiteral("b")) }, kT0.addSecs(130));
    CHECK(diff.removed == QStringList { QStringLiteral("a") });
    CHECK(board.size() == 1);
    CHECK(board.liveCount() == 1);
}

TEST_CASE("An empty snapshot removes every call", "[callboard]")
{
    CallBoard board;
    board.applySnapshot({ makeCall(QStringLiteral("a")), makeCall(QStringLiteral("b")) }, kT0);
    const BoardDiff diff = board.applySnapshot({}, kT0.addSecs(10));
    CHECK(sorted(diff.removed) == QStringList { QStringLiteral("a"), QStringLiteral("b") });
    CHECK(board.size() == 0);
    CHECK(board.liveCount() == 0);
    CHECK(board.entries().empty());
}

TEST_CASE("A key listed twice in one snapshot counts once and the later record wins", "[callboard]")
{
    CallBoard board;
    SECTION("a new key")
    {
        const BoardDiff diff
            = board.applySnapshot({ makeCall(QStringLiteral("a"), 0, QStringLiteral("In Progress"), 1),
                                    makeCall(QStringLiteral("b")),
                                    makeCall(QStringLiteral("a"), 0, QStringLiteral("In Progress"), 2) },
                                  kT0);
        CHECK(diff.added == QStringList { QStringLiteral("a"), QStringLiteral("b") });
        CHECK(board.size() == 2);
        CHECK(board.find(QStringLiteral("a"))->call.durationSeconds == 2);
    }
    SECTION("a known key whose later copy differs")
    {
        board.applySnapshot({ makeCall(QStringLiteral("a")) }, kT0);
        const BoardDiff diff
            = board.applySnapshot({ makeCall(QStringLiteral("a")),
                                    makeCall(QStringLiteral("a"), 0, QStringLiteral("In Progress"), 5) },
                                  kT0.addSecs(10));
        CHECK(diff.added.isEmpty());
        CHECK(diff.retimed == QStringList { QStringLiteral("a") });
        CHECK(board.find(QStringLiteral("a"))->call.durationSeconds == 5);
    }
    SECTION("a known key whose later copy is unchanged")
    {
        board.applySnapshot({ makeCall(QStringLiteral("a")) }, kT0);
        const BoardDiff diff
            = board.applySnapshot({ makeCall(QStringLiteral("a"), 0, QStringLiteral("In Progress"), 5),
                                    makeCall(QStringLiteral("a")) },
                                  kT0.addSecs(10));
        CHECK(diff.isEmpty());
        CHECK(board.find(QStringLiteral("a"))->call.durationSeconds == 0);
    }
}

TEST_CASE("Both records of an internal call are one row, keyed by the call's telephony session",
          "[callboard]")
{
    ActiveCall side1;
    side1.telephonySessionId = QStringLiteral("s-1");
    side1.partyId = QStringLiteral("p-1-1");
    side1.sessionId = QStringLiteral("42");
    side1.extensionId = QStringLiteral("101");
    side1.result = QStringLiteral("In Progress");
    ActiveCall side2 = side1;
    side2.partyId = QStringLiteral("p-1-2");
    side2.extensionId = QStringLiteral("102");
    ActiveCall noSession;
    noSession.sessionId = QStringLiteral("43");

    CallBoard board;
    const BoardDiff diff = board.applySnapshot({ side1, side2, noSession }, kT0);
    CHECK(diff.added == QStringList { QStringLiteral("s-1"), QStringLiteral("43") });
    REQUIRE(board.find(QStringLiteral("s-1")) != nullptr);
    // Both extensions are on the row, and the call is counted once.
    CHECK(board.find(QStringLiteral("s-1"))->progress.extensionIds
          == QStringList { QStringLiteral("101"), QStringLiteral("102") });
    CHECK(board.liveCount() == 2);
}

TEST_CASE("Entries come newest start first, ties by key, calls without a start time last", "[callboard]")
{
    CallBoard board;
    ActiveCall noStart = makeCall(QStringLiteral("nostart"));
    noStart.startTime = QDateTime();
    board.applySnapshot({ makeCall(QStringLiteral("old"), 1), noStart, makeCall(QStringLiteral("y"), 5),
                          makeCall(QStringLiteral("x"), 5), makeCall(QStringLiteral("mid"), 3) },
                        kT0);
    CHECK(keysOf(board.entries())
          == QStringList { QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("mid"),
                           QStringLiteral("old"), QStringLiteral("nostart") });
}

TEST_CASE("The live count leaves out ended calls still listed", "[callboard]")
{
    CallBoard board;
    ActiveCall finished = makeCall(QStringLiteral("f"));
    finished.finished = true;
    board.applySnapshot({ makeCall(QStringLiteral("a")),
                          makeCall(QStringLiteral("b"), 0, QStringLiteral("Accepted")), finished,
                          makeCall(QStringLiteral("c"), 0, QString()) },
                        kT0);
    CHECK(board.size() == 4);
    CHECK(board.liveCount() == 2);
}

TEST_CASE("Clearing the board forgets every call, so the next snapshot adds them again", "[callboard]")
{
    CallBoard board;
    board.applySnapshot({ makeCall(QStringLiteral("a")) }, kT0);
    board.clear();
    CHECK(board.size() == 0);
    CHECK(board.liveCount() == 0);
    CHECK(board.find(QStringLiteral("a")) == nullptr);
    const QDateTime t1 = kT0.addSecs(60);
    const BoardDiff diff = board.applySnapshot({ makeCall(QStringLiteral("a")) }, t1);
    CHECK(diff.added == QStringList { QStringLiteral("a") });
    CHECK(board.find(QStringLiteral("a"))->firstSeen == t1);
}

TEST_CASE("A snapshot passed as a named vector leaves the caller's records untouched", "[callboard]")
{
    const std::vector<ActiveCall> records { makeCall(QStringLiteral("a")), makeCall(QStringLiteral("b")) };
    CallBoard board;
    board.applySnapshot(records, kT0);
    REQUIRE(records.size() == 2);
    CHECK(records[0] == makeCall(QStringLiteral("a")));
    CHECK(board.find(QStringLiteral("b"))->call == records[1]);
}

TEST_CASE("Many snapshots with random churn keep every key findable and the diff consistent", "[callboard]")
{
    QRandomGenerator rng(20260504);
    CallBoard board;
    QHash<QString, ActiveCall> expected; // the model: what the board must hold after each snapshot
    int nextId = 0;
    for (int round = 0; round < 30; ++round) {
        std::vector<ActiveCall> snapshot;
        QHash<QString, ActiveCall> next;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const quint32 roll = rng.bounded(100u);
            if (roll < 10)
                continue; // removed
            ActiveCall c = it.value();
            if (roll < 20)
                c.durationSeconds += 1; // lasted longer
            else if (roll < 25)
                c.result = QStringLiteral("Accepted"); // ended
            next.insert(c.key(), c);
            snapshot.push_back(c);
        }
        const int newOnes = round == 0 ? 500 : int(rng.bounded(60u));
        for (int i = 0; i < newOnes; ++i) {
            ActiveCall c = makeCall(QStringLiteral("rec-%1").arg(nextId++), int(rng.bounded(60u)));
            next.insert(c.key(), c);
            snapshot.push_back(c);
        }
        std::shuffle(snapshot.begin(), snapshot.end(), rng);

        QSet<QString> expectAdded, expectChanged, expectRetimed, expectRemoved;
        for (auto it = next.cbegin(); it != next.cend(); ++it) {
            const ActiveCall before = expected.value(it.key());
            if (!expected.contains(it.key()))
                expectAdded.insert(it.key());
            else if (before == it.value())
                continue;
            else if (before.isLive() && it.value().isLive() && before.result == it.value().result)
                expectRetimed.insert(it.key()); // only the duration moved
            else
                expectChanged.insert(it.key());
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!next.contains(it.key()))
                expectRemoved.insert(it.key());
        }

        const BoardDiff diff = board.applySnapshot(std::move(snapshot), kT0.addSecs(round * 10));
        CAPTURE(round);
        CHECK(QSet<QString>(diff.added.cbegin(), diff.added.cend()) == expectAdded);
        CHECK(QSet<QString>(diff.changed.cbegin(), diff.changed.cend()) == expectChanged);
        CHECK(QSet<QString>(diff.retimed.cbegin(), diff.retimed.cend()) == expectRetimed);
        CHECK(QSet<QString>(diff.removed.cbegin(), diff.removed.cend()) == expectRemoved);
        CHECK(diff.added.size() == expectAdded.size());
        expected = next;

        REQUIRE(board.size() == expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const BoardEntry *e = board.find(it.key());
            REQUIRE(e != nullptr);
            REQUIRE(e->call == it.value());
        }
        for (const QString &gone : expectRemoved)
            REQUIRE(board.find(gone) == nullptr);
    }
}

TEST_CASE("A call that ends is a change, whichever thread prepared the update", "[callboard]")
{
    CallBoard board;
    board.applySnapshot({ makeCall(QStringLiteral("a")), makeCall(QStringLiteral("b")) }, kT0);
    const CallBoard::StatePtr before = board.state();
    CallBoard::Update update;
    std::thread worker([&] {
        update = CallBoard::prepare(before,
                                    { makeCall(QStringLiteral("a"), 0, QStringLiteral("Accepted"), 42),
                                      makeCall(QStringLiteral("c")) },
                                    kT0.addSecs(10));
    });
    worker.join();
    // Preparing changed nothing yet: the board still shows the state it was prepared from.
    CHECK(board.find(QStringLiteral("a"))->call.result == QStringLiteral("In Progress"));
    CHECK(board.find(QStringLiteral("b")) != nullptr);

    const std::optional<BoardDiff> diff = board.commit(update);
    REQUIRE(diff.has_value());
    CHECK(diff->changed == QStringList { QStringLiteral("a") });
    CHECK(diff->added == QStringList { QStringLiteral("c") });
    CHECK(diff->removed == QStringList { QStringLiteral("b") });
    CHECK(board.find(QStringLiteral("a"))->call.result == QStringLiteral("Accepted"));
    CHECK(board.find(QStringLiteral("b")) == nullptr);
    // Old slot -> new slot: "a" stays first, "b" is gone.
    CHECK(update.remap == std::vector<qsizetype> { 0, -1 });
    // The state it replaced is untouched, for whoever still reads it.
    CHECK(before->slots.size() == 2);
    CHECK(before->slots[0].entry.call.result == QStringLiteral("In Progress"));
}

TEST_CASE("An update prepared before the board moved on is refused and changes nothing", "[callboard]")
{
    CallBoard board;
    board.applySnapshot({ makeCall(QStringLiteral("a")) }, kT0);
    CallBoard::Update stale
        = CallBoard::prepare(board.state(), { makeCall(QStringLiteral("x")) }, kT0.addSecs(10));

    SECTION("cleared meanwhile (a change of scope)")
    {
        board.clear();
        CHECK_FALSE(board.commit(stale).has_value());
        CHECK(board.size() == 0);
    }
    SECTION("another snapshot committed meanwhile")
    {
        board.applySnapshot({ makeCall(QStringLiteral("b")) }, kT0.addSecs(5));
        CHECK_FALSE(board.commit(stale).has_value());
        CHECK(board.find(QStringLiteral("b")) != nullptr);
        CHECK(board.find(QStringLiteral("x")) == nullptr);
    }
}

namespace {

SessionView sessionView(const QString &id, CallStatus status, qint64 atMs,
                        TruthSource source = TruthSource::Event)
{
    SessionView v;
    v.telephonySessionId = id;
    v.progress.status = status;
    v.progress.statusSinceMs = atMs;
    if (status == CallStatus::Ended)
        v.progress.endedAtMs = atMs;
    v.described.telephonySessionId = id;
    v.described.startTime = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    v.described.from.phoneNumber = QStringLiteral("+14155550199");
    v.source = source;
    v.atMs = atMs;
    return v;
}

ActiveCall listed(const QString &session, const QString &result = QStringLiteral("In Progress"),
                  qint64 duration = 0)
{
    ActiveCall c = makeCall(QString(QLatin1String("rec-") + session), 0, result, duration);
    c.telephonySessionId = session;
    return c;
}

BoardInput eventsInput(std::vector<SessionView> views)
{
    BoardInput input;
    input.sessions = std::move(views);
    return input;
}

BoardInput snapshotInput(std::vector<ActiveCall> records, const QDateTime &at, bool eventsLead)
{
    BoardInput input;
    input.snapshot = BoardInput::Snapshot { std::move(records), at, eventsLead };
    return input;
}

} // namespace

TEST_CASE("A ringing call from the events is on the board before the list knows it, and stays one row",
          "[callboard][events]")
{
    CallBoard board;
    const qint64 t0 = kT0.toMSecsSinceEpoch();
    BoardDiff diff
        = board.apply(eventsInput({ sessionView(QStringLiteral("s-1"), CallStatus::Ringing, t0) }));
    CHECK(diff.added == QStringList { QStringLiteral("s-1") });
    CHECK(board.ringingCount() == 1);
    // The list catches up with the call once it is connected; the events still lead.
    board.apply(eventsInput({ sessionView(QStringLiteral("s-1"), CallStatus::OnHold, t0 + 9000) }));
    diff = board.apply(snapshotInput({ listed(QStringLiteral("s-1")) }, kT0.addSecs(12), true));
    CHECK(diff.added.isEmpty());
    const BoardEntry *e = board.find(QStringLiteral("s-1"));
    REQUIRE(e);
    CHECK(e->progress.status == CallStatus::OnHold);
    CHECK(e->source == TruthSource::Event);
    CHECK(e->call.id == QStringLiteral("rec-s-1")); // the list's record names the call
    CHECK(board.onHoldCount() == 1);
    CHECK(board.ringingCount() == 0);
}

TEST_CASE("With events leading, the list drops only the rows no event vouches for", "[callboard][events]")
{
    CallBoard board;
    const qint64 t0 = kT0.toMSecsSinceEpoch();
    board.apply(eventsInput({ sessionView(QStringLiteral("s-ev"), CallStatus::Ringing, t0) }));
    board.apply(snapshotInput({ listed(QStringLiteral("s-list")) }, kT0, true));
    REQUIRE(board.size() == 2);
    CHECK(board.find(QStringLiteral("s-list"))->progress.status == CallStatus::InProgress);
    CHECK(board.find(QStringLiteral("s-list"))->source == TruthSource::List);
    const BoardDiff diff = board.apply(snapshotInput({}, kT0.addSecs(600), true));
    CHECK(diff.removed == QStringList { QStringLiteral("s-list") });
    CHECK(board.find(QStringLiteral("s-ev")) != nullptr);

    SECTION("without events the list is the truth again")
    {
        const BoardDiff polled = board.apply(snapshotInput({}, kT0.addSecs(610), false));
        CHECK(polled.removed == QStringList { QStringLiteral("s-ev") });
        CHECK(board.size() == 0);
    }
}

TEST_CASE("A record the list cannot settle is Checking until a check says what it is", "[callboard][events]")
{
    CallBoard board;
    // RingCentral's own fixture: a live RingOut call listed as "Call connected", duration 0.
    board.applySnapshot({ listed(QStringLiteral("s-ro"), QStringLiteral("Call connected"), 0),
                          listed(QStringLiteral("s-done"), QStringLiteral("Call connected"), 75) },
                        kT0);
    CHECK(board.find(QStringLiteral("s-ro"))->progress.status == CallStatus::Checking);
    CHECK(board.find(QStringLiteral("s-ro"))->isLive());
    CHECK(board.find(QStringLiteral("s-done"))->progress.status == CallStatus::Ended);
    board.apply(eventsInput({ sessionView(QStringLiteral("s-ro"), CallStatus::Talking,
                                          kT0.toMSecsSinceEpoch() + 500, TruthSource::Check) }));
    CHECK(board.find(QStringLiteral("s-ro"))->progress.status == CallStatus::Talking);
    CHECK(board.find(QStringLiteral("s-ro"))->source == TruthSource::Check);
    // The next poll still says "Call connected", 0: the check's word stands.
    board.applySnapshot({ listed(QStringLiteral("s-ro"), QStringLiteral("Call connected"), 0) },
                        kT0.addSecs(10));
    CHECK(board.find(QStringLiteral("s-ro"))->progress.status == CallStatus::Talking);
    // A check that finds it gone ends it.
    board.apply(eventsInput({ sessionView(QStringLiteral("s-ro"), CallStatus::Ended,
                                          kT0.toMSecsSinceEpoch() + 20'000, TruthSource::Check) }));
    CHECK_FALSE(board.find(QStringLiteral("s-ro"))->isLive());
}

TEST_CASE("Ended calls stay a while, greyed, then go, and the list's cache does not bring them back",
          "[callboard][events]")
{
    CallBoard board;
    const qint64 t0 = kT0.toMSecsSinceEpoch();
    board.apply(eventsInput({ sessionView(QStringLiteral("s-1"), CallStatus::Talking, t0) }));
    board.apply(eventsInput({ sessionView(QStringLiteral("s-1"), CallStatus::Ended, t0 + 60'000) }));
    CHECK(board.size() == 1);
    CHECK(board.liveCount() == 0);
    BoardInput expire;
    expire.expireAtMs = t0 + 60'000 + CallBoard::kEndedKeepMs - 1;
    CHECK(board.apply(expire).removed.isEmpty());
    expire.expireAtMs = t0 + 60'000 + CallBoard::kEndedKeepMs + 1;
    CHECK(board.apply(std::move(expire)).removed == QStringList { QStringLiteral("s-1") });
    // The list still has it in its cache with a final result: it stays gone.
    const BoardDiff diff = board.apply(snapshotInput(
        { listed(QStringLiteral("s-1"), QStringLiteral("Accepted"), 60) }, kT0.addSecs(200), true));
    CHECK(diff.added.isEmpty());
    CHECK(board.size() == 0);
    // A late event of an ended call that was forgotten is no news either.
    CHECK(board.apply(eventsInput({ sessionView(QStringLiteral("s-1"), CallStatus::Ended, t0 + 61'000) }))
              .isEmpty());
}

TEST_CASE("Events for many calls in one update keep the remap and the diff consistent", "[callboard][events]")
{
    QRandomGenerator rng(20261202);
    CallBoard board;
    const qint64 t0 = kT0.toMSecsSinceEpoch();
    for (int round = 0; round < 60; ++round) {
        const CallBoard::StatePtr before = board.state();
        BoardInput input;
        for (int i = 0; i < 20; ++i) {
            const int call = int(rng.bounded(40));
            const auto status = CallStatus(rng.bounded(int(CallStatus::Ended) + 1));
            input.sessions.push_back(
                sessionView(QStringLiteral("s-%1").arg(call), status, t0 + round * 1000));
        }
        if (round % 7 == 3) {
            std::vector<ActiveCall> records;
            for (int c = 0; c < 40; c += 3)
                records.push_back(listed(QStringLiteral("s-%1").arg(c)));
            input.snapshot = BoardInput::Snapshot { records, kT0.addSecs(round), round % 2 == 0 };
        }
        input.expireAtMs = t0 + round * 1000;
        CallBoard::Update update = CallBoard::prepare(before, std::move(input));
        const std::vector<qsizetype> remap = update.remap;
        const BoardDiff diff = *board.commit(std::move(update));
        // Every old slot maps to the slot of the same key, or is reported removed.
        for (size_t s = 0; s < before->slots.size(); ++s) {
            const QString &key = before->slots[s].key;
            if (remap[s] < 0)
                CHECK(diff.removed.contains(key));
            else
                CHECK(board.keyAtSlot(remap[s]) == key);
        }
        for (const QString &key : diff.added)
            CHECK(board.find(key) != nullptr);
        for (qsizetype s = 0; s < board.size(); ++s)
            CHECK(board.slotOf(board.keyAtSlot(s)) == s);
    }
}
