// TelephonySession: one call's parties merged from telephony events as the platform sends
// them (one party per event, a sequence shared by the call's parties, late, twice or out of
// order), and the call's status and clock derived from them. The sequences follow RingCentral's
// own captures (reference: push-queues-presence.md §3.4).
#include "../testsupport.h"
#include "callsessions.h"
#include "telephonysession.h"

#include <QJsonDocument>

#include <algorithm>
#include <random>

using namespace callwatch;

namespace {

constexpr qint64 kT0 = 1'782'000'000'000; // some afternoon in 2026, in epoch ms

struct Leg
{
    QString id;
    QString extensionId; // empty: the external leg
    QString direction;
    QString toExtensionId;
    bool queueCall = false;
};

SessionEvent event(const Leg &leg, qint64 sequence, const QString &code, qint64 atMs,
                   const QString &reason = {}, const QString &session = QStringLiteral("s-1"))
{
    SessionEvent e;
    e.telephonySessionId = session;
    e.sessionId = QStringLiteral("42");
    e.sequence = sequence;
    e.eventTimeMs = atMs;
    SessionParty p;
    p.id = leg.id;
    p.extensionId = leg.extensionId;
    p.direction = leg.direction;
    p.code = code;
    p.reason = reason;
    p.from.phoneNumber = QStringLiteral("+14155550123");
    p.to.extensionId = leg.toExtensionId;
    p.to.name = leg.toExtensionId.isEmpty() ? QString() : QStringLiteral("Callee ") + leg.toExtensionId;
    p.queueCall = leg.queueCall;
    e.parties.push_back(p);
    return e;
}

const Leg kCaller { QStringLiteral("p-1"), {}, QStringLiteral("Outbound"), {} };
const Leg kIvr { QStringLiteral("p-2"), QStringLiteral("700"), QStringLiteral("Inbound"),
                 QStringLiteral("700") };
const Leg kAgent { QStringLiteral("p-3"), QStringLiteral("101"), QStringLiteral("Inbound"),
                   QStringLiteral("101") };

} // namespace

TEST_CASE("An external call through an IVR to a user: ringing, talking, on hold, talking, ended", "[session]")
{
    // Capture A: the caller's leg is Answered as soon as the IVR picks up, 8 s before the user rings.
    TelephonySession s(QStringLiteral("s-1"));
    CHECK(s.apply(event(kCaller, 2, QStringLiteral("Setup"), kT0), kT0));
    CHECK(s.progress().status == CallStatus::Ringing);
    s.apply(event(kIvr, 3, QStringLiteral("Setup"), kT0 + 20), kT0);
    s.apply(event(kCaller, 4, QStringLiteral("Answered"), kT0 + 140), kT0);
    CHECK(s.progress().status == CallStatus::Ringing); // the IVR's leg still sets up
    s.apply(event(kIvr, 5, QStringLiteral("Disconnected"), kT0 + 8700), kT0);
    CHECK(s.progress().isLive()); // the IVR handing over is not the end of the call
    s.apply(event(kAgent, 6, QStringLiteral("Setup"), kT0 + 8700), kT0);
    s.apply(event(kAgent, 7, QStringLiteral("Proceeding"), kT0 + 8730), kT0);
    CHECK(s.progress().status == CallStatus::Ringing);
    CHECK(s.progress().extensionIds == QStringList { QStringLiteral("101") });
    s.apply(event(kAgent, 8, QStringLiteral("Answered"), kT0 + 16'000), kT0);
    CHECK(s.progress().status == CallStatus::Talking);
    CHECK(s.progress().statusSinceMs == kT0 + 16'000);
    CHECK(s.progress().ringMs == 16'000); // from the first ring to the answer
    s.apply(event(kAgent, 9, QStringLiteral("Hold"), kT0 + 20'600), kT0);
    CHECK(s.progress().status == CallStatus::OnHold);
    s.apply(event(kAgent, 10, QStringLiteral("Answered"), kT0 + 23'000), kT0);
    CHECK(s.progress().status == CallStatus::Talking);
    CHECK(s.progress().holdMs == 2400);
    s.apply(event(kAgent, 11, QStringLiteral("Disconnected"), kT0 + 30'800), kT0);
    CHECK(s.progress().isLive()); // the caller's leg has not gone yet
    s.apply(event(kCaller, 12, QStringLiteral("Disconnected"), kT0 + 30'810), kT0);
    CHECK(s.progress().status == CallStatus::Ended);
    CHECK(s.progress().endedAtMs == kT0 + 30'810);
    // Talk ends when the user hangs up, not when the caller's leg is torn down after.
    CHECK(s.progress().talkMs == (20'600 - 16'000) + (30'800 - 23'000));
    const ActiveCall described = s.describe();
    CHECK(described.direction == QStringLiteral("Inbound"));
    CHECK(described.to.name == QStringLiteral("Callee 101"));
    CHECK(described.startTime.toMSecsSinceEpoch() == kT0);
}

TEST_CASE("An internal call is one call whose caller's leg answers while the callee still rings", "[session]")
{
    // Capture B: seq 4 has the caller Answered, seq 5 the callee still Proceeding.
    const Leg caller { QStringLiteral("p-1"), QStringLiteral("102"), QStringLiteral("Outbound"),
                       QStringLiteral("101") };
    const Leg callee { QStringLiteral("p-2"), QStringLiteral("101"), QStringLiteral("Inbound"),
                       QStringLiteral("101") };
    TelephonySession s(QStringLiteral("s-1"));
    s.apply(event(caller, 2, QStringLiteral("Setup"), kT0), kT0);
    s.apply(event(callee, 3, QStringLiteral("Setup"), kT0 + 10), kT0);
    s.apply(event(caller, 4, QStringLiteral("Answered"), kT0 + 20), kT0);
    s.apply(event(callee, 5, QStringLiteral("Proceeding"), kT0 + 30), kT0);
    CHECK(s.progress().status == CallStatus::Ringing);
    s.apply(event(callee, 6, QStringLiteral("Answered"), kT0 + 5000), kT0);
    CHECK(s.progress().status == CallStatus::Talking);
    CHECK(s.progress().extensionIds == QStringList { QStringLiteral("102"), QStringLiteral("101") });
    CHECK(s.describe().direction == QStringLiteral("Outbound"));
}

TEST_CASE("A queue call waits in the queue, rings five agents as one call, and is answered by one",
          "[session]")
{
    const QString queue = QStringLiteral("900");
    const Leg queueLeg { QStringLiteral("p-2"), queue, QStringLiteral("Inbound"), queue, true };
    TelephonySession s(QStringLiteral("s-1"));
    qint64 seq = 1;
    s.apply(event(kCaller, ++seq, QStringLiteral("Answered"), kT0), kT0);
    s.apply(event(queueLeg, ++seq, QStringLiteral("Answered"), kT0 + 100), kT0);
    CHECK(s.progress().status == CallStatus::Queued);
    std::vector<Leg> agents;
    for (int i = 0; i < 5; ++i) {
        agents.push_back(Leg { QStringLiteral("p-a%1").arg(i), QString::number(101 + i),
                               QStringLiteral("Inbound"), queue, true });
        s.apply(event(agents.back(), ++seq, QStringLiteral("Proceeding"), kT0 + 30'000), kT0);
    }
    CHECK(s.progress().status == CallStatus::Ringing);
    CHECK(s.progress().ringingParties == 5);
    CHECK(s.progress().queueCall);
    CHECK(s.progress().extensionIds.size() == 5);
    s.apply(event(agents[2], ++seq, QStringLiteral("Answered"), kT0 + 34'000), kT0);
    for (int i : { 0, 1, 3, 4 })
        s.apply(event(agents[size_t(i)], ++seq, QStringLiteral("Disconnected"), kT0 + 34'010), kT0);
    s.apply(event(queueLeg, ++seq, QStringLiteral("Disconnected"), kT0 + 34'020), kT0);
    CHECK(s.progress().status == CallStatus::Talking);
    CHECK(s.progress().ringingParties == 0);
    CHECK(s.progress().extensionIds == QStringList { QStringLiteral("103") });
    CHECK(s.progress().ringMs == 34'000); // waiting in the queue counts as waiting for an answer
    CHECK(s.orphanedSinceMs() == 0); // two legs left: caller and agent
}

TEST_CASE("A blind transfer keeps the call going with a new party", "[session]")
{
    TelephonySession s(QStringLiteral("s-1"));
    s.apply(event(kCaller, 2, QStringLiteral("Answered"), kT0), kT0);
    s.apply(event(kAgent, 3, QStringLiteral("Answered"), kT0 + 1000), kT0);
    CHECK(s.progress().status == CallStatus::Talking);
    s.apply(event(kAgent, 4, QStringLiteral("Disconnected"), kT0 + 9000, QStringLiteral("BlindTransfer")),
            kT0 + 9000);
    CHECK(s.progress().isLive());
    CHECK(s.orphanedSinceMs() == 0); // a transfer says so: nothing to doubt
    const Leg target { QStringLiteral("p-4"), QStringLiteral("104"), QStringLiteral("Inbound"),
                       QStringLiteral("104") };
    s.apply(event(target, 5, QStringLiteral("Proceeding"), kT0 + 9100), kT0);
    CHECK(s.progress().status == CallStatus::Ringing);
    s.apply(event(target, 6, QStringLiteral("Answered"), kT0 + 12'000), kT0);
    CHECK(s.progress().status == CallStatus::Talking);
    CHECK(s.progress().extensionIds == QStringList { QStringLiteral("104") });
}

TEST_CASE("Park and voicemail are statuses of their own", "[session]")
{
    TelephonySession s(QStringLiteral("s-1"));
    s.apply(event(kCaller, 2, QStringLiteral("Answered"), kT0), kT0);
    s.apply(event(kAgent, 3, QStringLiteral("Answered"), kT0 + 1000), kT0);
    s.apply(event(kAgent, 4, QStringLiteral("Parked"), kT0 + 2000), kT0);
    CHECK(s.progress().status == CallStatus::Parked);
    s.apply(event(kAgent, 5, QStringLiteral("Answered"), kT0 + 5000), kT0);
    CHECK(s.progress().holdMs == 3000); // parked counts as held
    s.apply(event(kAgent, 6, QStringLiteral("voicemail"), kT0 + 6000), kT0); // case varies in the wild
    CHECK(s.progress().status == CallStatus::VoiceMail);
}

TEST_CASE(
    "Duplicated and late events of one party change nothing; another party's older sequence still counts",
    "[session]")
{
    const Leg caller { QStringLiteral("p-1"), QStringLiteral("102"), QStringLiteral("Outbound"),
                       QStringLiteral("101") };
    const Leg callee { QStringLiteral("p-2"), QStringLiteral("101"), QStringLiteral("Inbound"),
                       QStringLiteral("101") };
    TelephonySession s(QStringLiteral("s-1"));
    s.apply(event(caller, 2, QStringLiteral("Setup"), kT0), kT0);
    s.apply(event(caller, 7, QStringLiteral("Hold"), kT0 + 7000), kT0);
    // Sequence 6 is below the call's highest (7), but it is the callee's news: kept.
    CHECK(s.apply(event(callee, 6, QStringLiteral("Answered"), kT0 + 6000), kT0));
    CHECK(s.progress().status == CallStatus::OnHold);
    // The caller's own older event (sequence 4) arrives late: it changes nothing.
    CHECK_FALSE(s.apply(event(caller, 4, QStringLiteral("Answered"), kT0 + 4000), kT0));
    CHECK(s.progress().status == CallStatus::OnHold);
    // And twice the same event is once.
    CHECK_FALSE(s.apply(event(caller, 7, QStringLiteral("Hold"), kT0 + 7000), kT0));
}

TEST_CASE("A late event of a party never seen cannot bring an ended call back", "[session]")
{
    TelephonySession s(QStringLiteral("s-1"));
    s.apply(event(kCaller, 2, QStringLiteral("Answered"), kT0), kT0);
    s.apply(event(kCaller, 9, QStringLiteral("Disconnected"), kT0 + 60'000), kT0);
    REQUIRE(s.progress().status == CallStatus::Ended);
    CHECK_FALSE(s.apply(event(kAgent, 5, QStringLiteral("Answered"), kT0 + 10'000), kT0));
    CHECK(s.progress().status == CallStatus::Ended);
    // News after the end (a later sequence) is a call going on: it counts.
    CHECK(s.apply(event(kAgent, 10, QStringLiteral("Answered"), kT0 + 61'000), kT0));
    CHECK(s.progress().isLive());
}

TEST_CASE("A leg left alone after its partner hung up is doubted; a check settles it", "[session]")
{
    TelephonySession s(QStringLiteral("s-1"));
    s.apply(event(kCaller, 2, QStringLiteral("Answered"), kT0), kT0);
    s.apply(event(kAgent, 3, QStringLiteral("Answered"), kT0 + 1000), kT0);
    // The agent hangs up; the caller's Disconnected is lost on the way.
    s.apply(event(kAgent, 4, QStringLiteral("Disconnected"), kT0 + 9000), kT0 + 9000);
    CHECK(s.progress().isLive());
    CHECK(s.orphanedSinceMs() == kT0 + 9000);
    SessionEvent gone;
    gone.telephonySessionId = QStringLiteral("s-1");
    CHECK(s.adopt(gone, true, kT0 + 11'000));
    CHECK(s.progress().status == CallStatus::Ended);
    CHECK(s.orphanedSinceMs() == 0);
}

TEST_CASE("A queue call joined while agents ring: its earlier legs are unknown, so the hand-off to the agent "
          "who answers is not doubted, but a talking leg's hang-up is",
          "[session]")
{
    // As the agent's capture shows (§3.4 D): the first event heard is an agent's leg at sequence 7.
    const QString queue = QStringLiteral("900");
    const Leg queueLeg { QStringLiteral("p-2"), queue, QStringLiteral("Inbound"), queue, true };
    const Leg agentA { QStringLiteral("p-3"), QStringLiteral("101"), QStringLiteral("Inbound"), queue, true };
    const Leg agentB { QStringLiteral("p-4"), QStringLiteral("102"), QStringLiteral("Inbound"), queue, true };
    TelephonySession s(QStringLiteral("s-1"));
    s.apply(event(agentA, 7, QStringLiteral("Proceeding"), kT0), kT0);
    s.apply(event(agentB, 8, QStringLiteral("Proceeding"), kT0 + 5), kT0 + 5);
    // Not seen from its start: neither its clock nor its legs are whole.
    CHECK_FALSE(s.progress().phasesKnown);
    CHECK_FALSE(s.progress().sinceKnown);
    s.apply(event(agentA, 9, QStringLiteral("Answered"), kT0 + 4000), kT0 + 4000);
    s.apply(event(agentB, 10, QStringLiteral("Disconnected"), kT0 + 4010, QStringLiteral("AgentAnswered")),
            kT0 + 4010);
    s.apply(event(queueLeg, 11, QStringLiteral("Disconnected"), kT0 + 4020), kT0 + 4020);
    CHECK(s.progress().status == CallStatus::Talking);
    CHECK(s.orphanedSinceMs() == 0); // the caller's leg, from before us, is still there

    // The agent hangs up and the caller's Disconnected is lost: one of two talking legs gone.
    TelephonySession t(QStringLiteral("s-2"));
    t.apply(event(agentA, 7, QStringLiteral("Answered"), kT0), kT0);
    t.apply(event(kCaller, 8, QStringLiteral("Answered"), kT0 + 10), kT0 + 10);
    t.apply(event(agentA, 9, QStringLiteral("Disconnected"), kT0 + 60'000), kT0 + 60'000);
    CHECK(t.progress().isLive());
    CHECK(t.orphanedSinceMs() == kT0 + 60'000);
}

TEST_CASE("A call seen from its first event has whole legs: any leg left alone is doubted", "[session]")
{
    // The caller gives up while the callee rings; the callee's Disconnected is lost.
    TelephonySession s(QStringLiteral("s-1"));
    s.apply(event(kCaller, 2, QStringLiteral("Setup"), kT0), kT0);
    s.apply(event(kAgent, 3, QStringLiteral("Proceeding"), kT0 + 30), kT0 + 30);
    CHECK(s.progress().phasesKnown);
    s.apply(event(kCaller, 4, QStringLiteral("Disconnected"), kT0 + 8000), kT0 + 8000);
    CHECK(s.progress().status == CallStatus::Ringing);
    CHECK(s.orphanedSinceMs() == kT0 + 8000);
}

TEST_CASE("Any order of a call's events gives the same final row", "[session]")
{
    // Capture C and a hold, shuffled many ways: the per-party order makes the end state certain.
    const Leg user { QStringLiteral("p-1"), QStringLiteral("101"), QStringLiteral("Outbound"), {} };
    const Leg pstn { QStringLiteral("p-2"), {}, QStringLiteral("Inbound"), {} };
    std::vector<SessionEvent> events {
        event(user, 2, QStringLiteral("Setup"), kT0),
        event(pstn, 3, QStringLiteral("Proceeding"), kT0 + 100),
        event(user, 4, QStringLiteral("Proceeding"), kT0 + 200),
        event(pstn, 5, QStringLiteral("Answered"), kT0 + 5000),
        event(user, 6, QStringLiteral("Answered"), kT0 + 5010),
        event(user, 7, QStringLiteral("Hold"), kT0 + 9000),
        event(user, 8, QStringLiteral("Answered"), kT0 + 12'000),
    };
    std::mt19937 rng(7);
    for (int round = 0; round < 50; ++round) {
        std::shuffle(events.begin(), events.end(), rng);
        TelephonySession s(QStringLiteral("s-1"));
        for (const SessionEvent &e : events) {
            s.apply(e, kT0);
            s.apply(e, kT0); // every one twice
        }
        INFO("round " << round);
        CHECK(s.progress().status == CallStatus::Talking);
        CHECK(s.progress().extensionIds == QStringList { QStringLiteral("101") });
        CHECK(s.progress().ringMs >= 0);
        CHECK(s.progress().talkMs >= 0);
        CHECK(s.progress().holdMs >= 0);
    }
}

TEST_CASE("An event body is read as the platform sends it: ids as numbers or text, one party", "[session]")
{
    // Capture D (a queue call as an agent sees it), verbatim but for white space.
    const QByteArray json = R"({"sequence": 7, "sessionId": "1160271560016",
      "telephonySessionId": "s-a0d17e3226ac5z18b67af8d17z38176bd0000", "serverId": "10.13.23.227.TAM",
      "eventTime": "2023-10-25T16:34:04.300Z",
      "parties": [{"accountId": "809646016", "extensionId": 62264425016, "id": "p-a0d17e3226ac5z18b67af8d17z38176bd0000-3",
        "direction": "Inbound", "to": {"phoneNumber": "+12092271475", "name": "Tyler's call queue", "extensionId": "62282928016"},
        "from": {"phoneNumber": "+16504888888", "name": "Tyler's call queue - WIRELESS CALLER"},
        "status": {"code": "Proceeding", "rcc": false}, "queueCall": true, "park": {}, "missedCall": false,
        "standAlone": false, "muted": false,
        "uiCallInfo": {"primary": {"type": "QueueName", "value": "Tyler's call queue"},
                       "additional": {"type": "CallerIdName", "value": "WIRELESS CALLER"}}}],
      "origin": {"type": "Call"}})";
    const auto e = SessionEvent::fromEventBody(QJsonDocument::fromJson(json).object());
    REQUIRE(e);
    CHECK(e->telephonySessionId == QStringLiteral("s-a0d17e3226ac5z18b67af8d17z38176bd0000"));
    CHECK(e->sequence == 7);
    REQUIRE(e->parties.size() == 1);
    const SessionParty &p = e->parties.front();
    CHECK(p.extensionId == QStringLiteral("62264425016"));
    CHECK(p.code == QStringLiteral("Proceeding"));
    CHECK(p.queueCall);
    CHECK(p.queueName == QStringLiteral("Tyler's call queue"));
    CHECK(p.to.extensionId == QStringLiteral("62282928016"));
    TelephonySession s(e->telephonySessionId);
    s.apply(*e, 0);
    CHECK(s.progress().status == CallStatus::Ringing);

    CHECK_FALSE(SessionEvent::fromEventBody(QJsonObject {}));
    CHECK_FALSE(SessionEvent::fromEventBody(QJsonDocument::fromJson(R"({"parties": "junk"})").object()));
}

TEST_CASE("An event whose sequence cannot be read counts as news once, not at every duplicate", "[session]")
{
    // Found by fuzz_push: a sequence past 64 bits reads as "no sequence", and every copy of
    // the event was reported as a change of the call (a board update each time).
    const QByteArray json = R"({"telephonySessionId": "s-1", "sequence": 1e19,
      "parties": [{"id": "p-1", "status": {"code": "Answered"}, "direction": "Inbound"}]})";
    const auto e = SessionEvent::fromEventBody(QJsonDocument::fromJson(json).object());
    REQUIRE(e);
    CHECK(e->sequence == 0);
    TelephonySession s(e->telephonySessionId);
    CHECK(s.apply(*e, 1000));
    CHECK_FALSE(s.apply(*e, 2000));
    // A different state without a sequence is still news.
    SessionEvent held = *e;
    held.parties.front().code = QStringLiteral("Hold");
    CHECK(s.apply(held, 3000));
    CHECK(s.progress().status == CallStatus::OnHold);
}

TEST_CASE("A party listed twice in one message counts once, as its last entry says", "[session]")
{
    // Found by fuzz_push: both entries were taken in turn, so the event was news at every copy.
    const QByteArray json = R"({"telephonySessionId": "s-2", "parties": [
      {"id": "p-1", "status": {"code": "Proceeding"}}, {"id": "p-1", "status": {"code": "Answered"}}]})";
    const auto e = SessionEvent::fromEventBody(QJsonDocument::fromJson(json).object());
    REQUIRE(e);
    REQUIRE(e->parties.size() == 1);
    CHECK(e->parties.front().code == QStringLiteral("Answered"));
    TelephonySession s(e->telephonySessionId);
    CHECK(s.apply(*e, 1000));
    CHECK_FALSE(s.apply(*e, 2000));
    // The call reads as if the message had listed only the last entry.
    const auto last = SessionEvent::fromEventBody(QJsonDocument::fromJson(R"({"telephonySessionId": "s-2",
      "parties": [{"id": "p-1", "status": {"code": "Answered"}}]})")
                                                      .object());
    REQUIRE(last);
    TelephonySession expected(last->telephonySessionId);
    expected.apply(*last, 1000);
    CHECK(s.progress().status == expected.progress().status);
    CHECK(s.partyCount() == 1);
}

TEST_CASE("A per-session check's answer lists every party", "[session]")
{
    // The platform's own example (call-control.md), both legs Answered.
    const QByteArray json
        = R"({"creationTime": "2018-08-01T13:36:09Z", "id": "Y3MxNzE4MzU2NzgxNTM2MTY1NDhAMTAuNjIuMS4zMA",
      "origin": {"type": "Call"}, "parties": [
      {"direction": "Outbound", "from": {"extensionId": "400415045004", "name": "The Cat Jerry", "phoneNumber": "+18885551932"},
       "id": "cs171835678153616548-1", "muted": false, "owner": {"accountId": "400415035004", "extensionId": "400415045004"},
       "standAlone": false, "status": {"code": "Answered"},
       "to": {"extensionId": "400415042004", "name": "Tom Sawyer", "phoneNumber": "102"}},
      {"direction": "Inbound", "from": {"extensionId": "400415045004", "name": "TheCat Jerry", "phoneNumber": "103"},
       "id": "cs171835678153616548-2", "muted": false, "owner": {"accountId": "400415035004", "extensionId": "400415042004"},
       "standAlone": false, "status": {"code": "Answered"},
       "to": {"extensionId": "400415042004", "name": "Tom Sawyer", "phoneNumber": "102"}}]})";
    const auto view = SessionEvent::fromSessionObject(QJsonDocument::fromJson(json).object());
    REQUIRE(view);
    REQUIRE(view->parties.size() == 2);
    CHECK(view->parties[0].extensionId == QStringLiteral("400415045004")); // from the owner
    CallSessions sessions;
    sessions.adoptCheck(*view, kT0, kT0);
    const SessionView v = sessions.view(view->telephonySessionId);
    CHECK(v.progress.status == CallStatus::Talking);
    CHECK(v.source == TruthSource::Check);
}

TEST_CASE("Presence seeds what is already going on, and any event is newer than it", "[session]")
{
    CallSessions sessions;
    SessionEvent seen;
    seen.telephonySessionId = QStringLiteral("s-1");
    SessionParty held;
    held.id = QStringLiteral("p-3");
    held.extensionId = QStringLiteral("101");
    held.direction = QStringLiteral("Inbound");
    held.code = QStringLiteral("Hold");
    seen.parties.push_back(held);
    CHECK(sessions.seed(seen, kT0));
    CHECK(sessions.view(QStringLiteral("s-1")).progress.status == CallStatus::OnHold);
    CHECK(sessions.view(QStringLiteral("s-1")).source == TruthSource::Presence);
    CHECK(sessions.apply(event(kAgent, 12, QStringLiteral("Answered"), kT0 + 100), kT0));
    CHECK(sessions.view(QStringLiteral("s-1")).progress.status == CallStatus::Talking);
    CHECK(sessions.view(QStringLiteral("s-1")).source == TruthSource::Event);
    // A second presence read (a reconnect) does not overrule the event.
    CHECK_FALSE(sessions.seed(seen, kT0 + 200));
    // A call first heard of as over is no news.
    CHECK_FALSE(sessions.apply(
        event(kAgent, 3, QStringLiteral("Disconnected"), kT0, {}, QStringLiteral("s-2")), kT0));
    CHECK(sessions.find(QStringLiteral("s-2")) == nullptr);
}

TEST_CASE("A check's answer is older news than an event that came while it was on its way", "[session]")
{
    CallSessions sessions;
    const Leg caller { QStringLiteral("p-1"), QStringLiteral("102"), QStringLiteral("Outbound"),
                       QStringLiteral("101") };
    const Leg callee { QStringLiteral("p-2"), QStringLiteral("101"), QStringLiteral("Inbound"),
                       QStringLiteral("101") };
    sessions.apply(event(caller, 2, QStringLiteral("Answered"), kT0), kT0);
    sessions.apply(event(callee, 3, QStringLiteral("Answered"), kT0 + 10), kT0 + 10);
    sessions.apply(event(caller, 9, QStringLiteral("Disconnected"), kT0 + 9000), kT0 + 9000);
    // Checked at 11 s; the callee hangs up at 11.5 s; the answer (taken before that) says Answered.
    sessions.apply(event(callee, 10, QStringLiteral("Disconnected"), kT0 + 11'500), kT0 + 11'500);
    REQUIRE(sessions.view(QStringLiteral("s-1")).progress.status == CallStatus::Ended);
    SessionEvent answer;
    answer.telephonySessionId = QStringLiteral("s-1");
    SessionParty stillThere;
    stillThere.id = callee.id;
    stillThere.extensionId = callee.extensionId;
    stillThere.direction = callee.direction;
    stillThere.code = QStringLiteral("Answered");
    answer.parties.push_back(stillThere);
    sessions.adoptCheck(answer, kT0 + 12'000, kT0 + 11'000);
    CHECK(sessions.view(QStringLiteral("s-1")).progress.status == CallStatus::Ended);
    // And a call a check ended stays ended when a stale event of it comes late.
    CallSessions other;
    other.apply(event(caller, 2, QStringLiteral("Answered"), kT0, {}, QStringLiteral("s-2")), kT0);
    CHECK(other.markGone(QStringLiteral("s-2"), kT0 + 5000, kT0 + 4000));
    CHECK_FALSE(other.apply(
        event(callee, 1, QStringLiteral("Answered"), kT0 + 100, {}, QStringLiteral("s-2")), kT0 + 6000));
    CHECK(other.view(QStringLiteral("s-2")).progress.status == CallStatus::Ended);
}
