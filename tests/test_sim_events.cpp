// Telephony-session events as the platform sends them (push-queues-presence.md §3): one
// changed party per notification under a sequence its session's parties share, the outside
// leg on account subscriptions only, queue calls that ring several agents, blind transfers,
// park, and events that the gateway loses or sends twice.
#include "simpushclient.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <limits>
#include <map>
#include <optional>
#include <set>

using namespace callwatch;
using namespace callwatch::test;
using sim::PartyChange;
using sim::SimCall;
using sim::SimParty;

namespace {

const QString kAccountSessions = QStringLiteral("/restapi/v1.0/account/~/telephony/sessions");
const QString kMySessions = QStringLiteral("/restapi/v1.0/account/~/extension/~/telephony/sessions");

QString accountPath(SimFixture &f)
{
    return QStringLiteral("/restapi/v1.0/account/") + QString::number(f.server.account().id());
}

// The `event` the platform names for a party: its own extension's path, or the account's.
QString eventPathOf(SimFixture &f, std::optional<qint64> extension)
{
    return accountPath(f)
        + (extension ? QStringLiteral("/extension/") + QString::number(*extension) : QString())
        + QStringLiteral("/telephony/sessions");
}

std::optional<qint64> extensionOf(SimFixture &f, const SimCall &call, int side)
{
    return sim::TelephonySessions(f.server.account()).extensionOf(call, side);
}

// Steps `steps` times and keeps a copy of every call that began after the first step's start,
// as it last was: the engine forgets a call two minutes after it ends.
std::map<QString, SimCall> liveThrough(SimFixture &f, int steps, qint64 stepMs)
{
    const qint64 from = f.server.clock().nowMs();
    std::map<QString, SimCall> out;
    for (int i = 0; i < steps; ++i) {
        f.step(stepMs);
        for (const SimCall &c : f.server.calls().calls()) {
            if (c.startMs > from)
                out[c.telephonySessionId] = c;
        }
    }
    return out;
}

size_t changesUpTo(const SimCall &call, qint64 atMs)
{
    return size_t(std::count_if(call.changes.begin(), call.changes.end(),
                                [atMs](const PartyChange &c) { return c.atMs <= atMs; }));
}

// Waits for the notifications of the call's changes up to now, as an account subscription
// receives them all.
bool receivedAll(SimFixture &f, const SimPushClient &ws, const SimCall &call)
{
    const size_t expected = changesUpTo(call, f.server.clock().nowMs());
    return QTest::qWaitFor([&] { return ws.notificationsOf(call.telephonySessionId).size() >= expected; },
                           10000);
}

// What the notifications told about each party of a session: its events in order.
using PartyEvents = std::map<QString, std::vector<QJsonObject>>;
PartyEvents byParty(const std::vector<QJsonObject> &notifications)
{
    PartyEvents out;
    for (const QJsonObject &n : notifications)
        out[partyOf(n).value(QStringLiteral("id")).toString()].push_back(n);
    return out;
}

QStringList codes(const std::vector<QJsonObject> &events)
{
    QStringList out;
    for (const QJsonObject &n : events)
        out.append(codeOf(partyOf(n)));
    return out;
}

qint64 sequenceOf(const QJsonObject &n)
{
    return n.value(QStringLiteral("body")).toObject().value(QStringLiteral("sequence")).toInteger();
}

QString nameOf(const QJsonObject &party, const char *end)
{
    return party.value(QLatin1String(end)).toObject().value(QStringLiteral("name")).toString();
}

QString extensionIdOf(const QJsonObject &party, const char *end)
{
    return party.value(QLatin1String(end)).toObject().value(QStringLiteral("extensionId")).toString();
}

// The party index of a user in a call's session, -1 when they have none.
int partyOfUser(const SimCall &call, int user)
{
    for (size_t i = 0; i < call.parties.size(); ++i) {
        if (call.parties[i].kind == SimParty::Kind::User && call.parties[i].index == user)
            return int(i);
    }
    return -1;
}

} // namespace

TEST_CASE(
    "Every telephony notification carries the one party that changed, under its session's shared sequence",
    "[events]")
{
    SimFixture f(frozenOptions(60));
    SimPushClient ws;
    ws.connectWith(*f.client, f.adminToken());
    REQUIRE(SimPushClient::statusOf(ws.subscribe(kAccountSessions)) == 200);
    f.keepAlive = [&] { ws.heartbeat(); };
    const std::map<QString, SimCall> calls = liveThrough(f, 600, 1000);
    const qint64 now = f.server.clock().nowMs();
    std::vector<SimCall> began;
    for (const auto &[id, c] : calls)
        began.push_back(c);
    REQUIRE(began.size() > 50);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return std::all_of(began.begin(), began.end(), [&](const SimCall &c) {
                return ws.notificationsOf(c.telephonySessionId).size() >= changesUpTo(c, now);
            });
        },
        20000));

    int multiParty = 0;
    for (const SimCall &c : began) {
        INFO("session " << c.telephonySessionId.toStdString());
        const std::vector<QJsonObject> events = ws.notificationsOf(c.telephonySessionId);
        REQUIRE(events.size() == changesUpTo(c, now));
        QSet<QString> parties;
        for (size_t k = 0; k < events.size(); ++k) {
            const QJsonObject body = events[k].value(QStringLiteral("body")).toObject();
            const PartyChange &change = c.changes[k];
            CHECK(body.value(QStringLiteral("parties")).toArray().size() == 1);
            // One counter for the whole session, whichever party changed.
            CHECK(sequenceOf(events[k]) == qint64(k) + 1);
            CHECK(body.value(QStringLiteral("eventTime")).toString() == sim::isoTime(change.atMs));
            const QJsonObject party = partyOf(events[k]);
            CHECK(party.value(QStringLiteral("id")).toString() == c.partyId(change.party));
            CHECK(codeOf(party) == PartyChange::codeName(change.code));
            const std::optional<qint64> extension = extensionOf(f, c, change.party);
            CHECK(party.contains(QStringLiteral("extensionId")) == extension.has_value());
            if (extension)
                CHECK(party.value(QStringLiteral("extensionId")).toString() == QString::number(*extension));
            // Routed by subscription, not by `event`: it names the party's own path.
            CHECK(events[k].value(QStringLiteral("event")).toString() == eventPathOf(f, extension));
            CHECK_FALSE(body.contains(QStringLiteral("extensionId")));
            parties.insert(party.value(QStringLiteral("id")).toString());
        }
        multiParty += parties.size() >= 2 ? 1 : 0;
    }
    CHECK(multiParty > 10);
}

TEST_CASE(
    "The outside leg has no extension, is directed from its own side, and reaches account subscriptions only",
    "[events]")
{
    SimFixture f(frozenOptions(60));
    const QString admin = QString::number(f.server.account().adminUser().id);
    SimPushClient company;
    company.connectWith(*f.client, f.adminToken());
    REQUIRE(SimPushClient::statusOf(company.subscribe(kAccountSessions)) == 200);
    SimPushClient mine;
    mine.connectWith(*f.client, f.adminToken());
    REQUIRE(SimPushClient::statusOf(mine.subscribe(kMySessions)) == 200);
    f.keepAlive = [&] {
        company.heartbeat();
        mine.heartbeat();
    };

    struct Case
    {
        SimCall::Pattern pattern;
        const char *direction;
        QStringList codes;
    };
    // The caller's leg into the platform is Outbound; the callee's leg is Inbound (§3.1).
    for (const Case &expected :
         { Case { SimCall::Pattern::InboundExternal,
                  "Outbound",
                  { QStringLiteral("Setup"), QStringLiteral("Answered"), QStringLiteral("Disconnected") } },
           Case { SimCall::Pattern::OutboundExternal,
                  "Inbound",
                  { QStringLiteral("Proceeding"), QStringLiteral("Answered"),
                    QStringLiteral("Disconnected") } } }) {
        const std::optional<SimCall> call
            = f.nextCall([&](const SimCall &c) { return c.pattern == expected.pattern && !c.fax; });
        REQUIRE(call);
        INFO("session " << call->telephonySessionId.toStdString());
        f.advanceTo(call->lastChangeMs());
        REQUIRE(receivedAll(f, company, *call));
        const auto external = std::find_if(call->parties.begin(), call->parties.end(), [](const SimParty &p) {
            return p.kind == SimParty::Kind::External;
        });
        REQUIRE(external != call->parties.end());
        const PartyEvents parties = byParty(company.notificationsOf(call->telephonySessionId));
        const std::vector<QJsonObject> &leg
            = parties.at(call->partyId(int(external - call->parties.begin())));
        CHECK(codes(leg) == expected.codes);
        const QString number = f.server.account().outsideNumbers().at(size_t(call->outside)).phoneNumber;
        for (const QJsonObject &n : leg) {
            const QJsonObject party = partyOf(n);
            CHECK_FALSE(party.contains(QStringLiteral("extensionId")));
            CHECK(party.value(QStringLiteral("direction")).toString() == QLatin1String(expected.direction));
            CHECK(n.value(QStringLiteral("event")).toString()
                  == accountPath(f) + QStringLiteral("/telephony/sessions"));
            const char *outsideEnd = expected.pattern == SimCall::Pattern::InboundExternal ? "from" : "to";
            CHECK(party.value(QLatin1String(outsideEnd))
                      .toObject()
                      .value(QStringLiteral("phoneNumber"))
                      .toString()
                  == number);
        }
        if (expected.pattern == SimCall::Pattern::InboundExternal) {
            // Caller names arrive late: none on the first event, the caller ID later (§3.3).
            CHECK(nameOf(partyOf(leg.front()), "from").isEmpty());
            CHECK_FALSE(nameOf(partyOf(leg.back()), "from").isEmpty());
        }
    }
    mine.heartbeat(); // everything sent before has arrived
    REQUIRE_FALSE(mine.notifications().empty());
    for (const QJsonObject &n : mine.notifications()) {
        CHECK(partyOf(n).value(QStringLiteral("extensionId")).toString() == admin);
        CHECK(n.value(QStringLiteral("event")).toString() == eventPathOf(f, admin.toLongLong()));
    }
}

TEST_CASE("An extension subscription receives exactly the subscriber's own parties' events", "[events]")
{
    SimFixture f(frozenOptions(60));
    const int me = 1; // the standard user
    const qint64 myId = f.server.account().standardUser().id;
    SimPushClient ws;
    ws.connectWith(*f.client, f.userToken());
    REQUIRE(SimPushClient::statusOf(ws.subscribe(kMySessions)) == 200);
    f.keepAlive = [&] { ws.heartbeat(); };
    const std::map<QString, SimCall> calls = liveThrough(f, 720, 5000); // an hour
    const qint64 now = f.server.clock().nowMs();

    // Every change of the user's parties in sessions that began since, and nothing else.
    std::map<QString, std::vector<qint64>> expected; // session -> sequences
    int sharedSessions = 0;
    for (const auto &[id, c] : calls) {
        if (partyOfUser(c, me) < 0)
            continue;
        bool others = false;
        for (size_t k = 0; k < c.changes.size() && c.changes[k].atMs <= now; ++k) {
            if (sim::TelephonySessions::userOf(c, c.changes[k].party) == me)
                expected[c.telephonySessionId].push_back(qint64(k) + 1);
            else
                others = true;
        }
        sharedSessions += others ? 1 : 0;
    }
    REQUIRE(expected.size() >= 5);
    CHECK(sharedSessions >= 5); // the other parties of those sessions existed and were not sent
    size_t total = 0;
    for (const auto &[id, sequences] : expected)
        total += sequences.size();
    REQUIRE(QTest::qWaitFor([&] { return ws.notifications().size() >= total; }, 20000));
    ws.heartbeat(); // and nothing more is on its way

    std::map<QString, std::vector<qint64>> received;
    for (const QJsonObject &n : ws.notifications()) {
        const QJsonObject party = partyOf(n);
        CHECK(party.value(QStringLiteral("extensionId")).toString() == QString::number(myId));
        CHECK(n.value(QStringLiteral("event")).toString() == eventPathOf(f, myId));
        const QString session = n.value(QStringLiteral("body"))
                                    .toObject()
                                    .value(QStringLiteral("telephonySessionId"))
                                    .toString();
        if (expected.count(session))
            received[session].push_back(sequenceOf(n));
    }
    CHECK(received == expected);
}

TEST_CASE("A queue call waits in the queue, rings several agents at once, and one of them answers",
          "[events][queue]")
{
    SimFixture f(frozenOptions(60));
    f.liftHeavyLimit();
    const QString admin = f.adminToken();
    SimPushClient ws;
    ws.connectWith(*f.client, admin);
    REQUIRE(SimPushClient::statusOf(ws.subscribe(kAccountSessions)) == 200);
    f.keepAlive = [&] { ws.heartbeat(); };

    const std::optional<SimCall> call = f.nextCall([](const SimCall &c) {
        return c.pattern == SimCall::Pattern::InboundQueue && !c.abandoned && c.ringingAgents.size() >= 2
            && c.transferTo < 0;
    });
    REQUIRE(call);
    INFO("session " << call->telephonySessionId.toStdString());
    f.advanceTo(call->connectMs + 1000);
    REQUIRE(receivedAll(f, ws, *call));

    const sim::SimExtension &queue = f.server.account().queues().at(size_t(call->queue));
    const QString caller = f.server.account().outsideNumbers().at(size_t(call->outside)).callerIdName;
    const std::vector<QJsonObject> events = ws.notificationsOf(call->telephonySessionId);
    const PartyEvents parties = byParty(events);
    QString queueLeg;
    QString externalLeg;
    QStringList agents;
    for (const auto &[id, history] : parties) {
        const QJsonObject party = partyOf(history.front());
        const QString extension = party.value(QStringLiteral("extensionId")).toString();
        if (extension.isEmpty())
            externalLeg = id;
        else if (extension == QString::number(queue.id))
            queueLeg = id;
        else
            agents.append(id);
    }
    REQUIRE_FALSE(externalLeg.isEmpty());
    REQUIRE_FALSE(queueLeg.isEmpty());

    // The caller's leg first, then the queue's own leg holding the caller while they wait.
    CHECK(partyOf(events.front()).value(QStringLiteral("id")).toString() == externalLeg);
    CHECK(codes(parties.at(externalLeg)).first() == QStringLiteral("Setup"));
    const QJsonObject queueParty = partyOf(parties.at(queueLeg).front());
    CHECK(queueParty.value(QStringLiteral("queueCall")).toBool());
    CHECK(extensionIdOf(queueParty, "to") == QString::number(queue.id));
    CHECK(codes(parties.at(queueLeg))
          == QStringList(
              { QStringLiteral("Setup"), QStringLiteral("Proceeding"), QStringLiteral("Disconnected") }));
    CHECK(reasonOf(partyOf(parties.at(queueLeg).back())).isEmpty());

    // 2-5 members of the queue ring at once, each a party of its own.
    REQUIRE(agents.size() == int(call->ringingAgents.size()));
    CHECK(agents.size() >= 2);
    CHECK(agents.size() <= 5);
    QSet<QString> agentExtensions;
    QStringList answered;
    qint64 lastRing = 0;
    qint64 firstAnswer = std::numeric_limits<qint64>::max();
    const std::vector<int> &members = f.server.account().queueMembers(call->queue);
    for (const QString &id : agents) {
        const std::vector<QJsonObject> &history = parties.at(id);
        const QJsonObject ringing = partyOf(history.front());
        INFO(QJsonDocument(ringing).toJson(QJsonDocument::Compact).toStdString());
        CHECK(codeOf(ringing) == QStringLiteral("Proceeding"));
        CHECK(ringing.value(QStringLiteral("queueCall")).toBool());
        CHECK(ringing.value(QStringLiteral("direction")).toString() == QStringLiteral("Inbound"));
        CHECK(extensionIdOf(ringing, "to") == QString::number(queue.id));
        CHECK(nameOf(ringing, "to") == queue.name);
        CHECK(nameOf(ringing, "from") == queue.name + QStringLiteral(" - ") + caller);
        const QJsonObject ui = ringing.value(QStringLiteral("uiCallInfo")).toObject();
        CHECK(ui.value(QStringLiteral("primary")).toObject().value(QStringLiteral("type")).toString()
              == QStringLiteral("QueueName"));
        CHECK(ui.value(QStringLiteral("primary")).toObject().value(QStringLiteral("value")).toString()
              == queue.name);
        CHECK(ui.value(QStringLiteral("additional")).toObject().value(QStringLiteral("type")).toString()
              == QStringLiteral("CallerIdName"));
        CHECK(ui.value(QStringLiteral("additional")).toObject().value(QStringLiteral("value")).toString()
              == caller);
        const qint64 agent = ringing.value(QStringLiteral("extensionId")).toString().toLongLong();
        agentExtensions.insert(QString::number(agent));
        CHECK(std::any_of(members.begin(), members.end(),
                          [&](int m) { return f.server.account().users().at(size_t(m)).id == agent; }));
        lastRing = std::max(lastRing, sequenceOf(history.front()));
        const QStringList history_codes = codes(history);
        if (history_codes.contains(QStringLiteral("Answered"))) {
            answered.append(id);
            CHECK(history_codes == QStringList({ QStringLiteral("Proceeding"), QStringLiteral("Answered") }));
            firstAnswer = std::min(firstAnswer, sequenceOf(history.back()));
        } else {
            // The others stop ringing once one answers.
            CHECK(history_codes
                  == QStringList({ QStringLiteral("Proceeding"), QStringLiteral("Disconnected") }));
            CHECK(reasonOf(partyOf(history.back())) == QStringLiteral("AgentAnswered"));
        }
    }
    CHECK(agentExtensions.size() == agents.size());
    REQUIRE(answered.size() == 1);
    CHECK(lastRing < firstAnswer); // all rang before the answer
    CHECK(partyOf(parties.at(answered.front()).back()).value(QStringLiteral("extensionId")).toString()
          == QString::number(f.server.account().users().at(size_t(call->user)).id));

    // The active-calls list shows the call as before: the answering agent's record, to the queue.
    f.advanceTo(call->listedFromMs);
    bool listed = false;
    for (const QJsonObject &r :
         fetchAllPages(*f.client, admin, kCompanyCallsPath + QStringLiteral("?perPage=max"))) {
        if (r.value(QStringLiteral("telephonySessionId")).toString() != call->telephonySessionId)
            continue;
        listed = true;
        CHECK(extensionIdOf(r, "to") == QString::number(queue.id));
        CHECK(r.value(QStringLiteral("extension")).toObject().value(QStringLiteral("id")).toInteger()
              == f.server.account().users().at(size_t(call->user)).id);
        CHECK(r.value(QStringLiteral("partyId")).toString() == answered.front());
    }
    CHECK(listed);
}

TEST_CASE("A queue caller who gives up while waiting or ringing ends every leg and is never listed",
          "[events][queue]")
{
    SimFixture f(frozenOptions(60));
    SimPushClient ws;
    ws.connectWith(*f.client, f.adminToken());
    REQUIRE(SimPushClient::statusOf(ws.subscribe(kAccountSessions)) == 200);
    f.keepAlive = [&] { ws.heartbeat(); };

    for (const bool whileRinging : { false, true }) {
        INFO((whileRinging ? "while the agents ring" : "while waiting in the queue"));
        const std::optional<SimCall> call = f.nextCall(
            [&](const SimCall &c) { return c.abandoned && c.ringingAgents.empty() != whileRinging; });
        REQUIRE(call);
        f.advanceTo(call->lastChangeMs());
        REQUIRE(receivedAll(f, ws, *call));
        const PartyEvents parties = byParty(ws.notificationsOf(call->telephonySessionId));
        CHECK(parties.size() == 2 + call->ringingAgents.size());
        for (const auto &[id, history] : parties) {
            INFO("party " << id.toStdString());
            CHECK(codes(history).last() == QStringLiteral("Disconnected"));
            // An agent rung before the one ringing when the caller gave up (one at a time, in
            // a rotating or fixed-order queue) stopped unanswered before.
            CHECK((reasonOf(partyOf(history.back())).isEmpty()
                   || reasonOf(partyOf(history.back())) == QStringLiteral("NoAnswer")));
            // Only the caller's own leg was ever answered, by the queue.
            if (partyOf(history.front()).contains(QStringLiteral("extensionId")))
                CHECK_FALSE(codes(history).contains(QStringLiteral("Answered")));
        }
        CHECK(call->listedFromMs >= call->goneMs);
        for (const auto &ref : f.server.calls().listing(std::nullopt))
            CHECK(ref.call->telephonySessionId != call->telephonySessionId);
    }
}

TEST_CASE(
    "A blind transfer ends the transferring party with BlindTransfer and a new party answers in the session",
    "[events][transfer]")
{
    SimFixture f(frozenOptions(60));
    SimPushClient ws;
    const QString admin = f.adminToken();
    ws.connectWith(*f.client, admin);
    REQUIRE(SimPushClient::statusOf(ws.subscribe(kAccountSessions)) == 200);
    f.keepAlive = [&] { ws.heartbeat(); };
    const std::optional<SimCall> call = f.nextCall([](const SimCall &c) { return c.transferTo >= 0; });
    REQUIRE(call);
    INFO("session " << call->telephonySessionId.toStdString());
    const QString transferring = call->partyId(call->recordParty[0]);
    const int targetParty = partyOfUser(*call, call->transferTo);
    REQUIRE(targetParty >= 0);
    const QString target = call->partyId(targetParty);

    f.advanceTo(call->transferAnsweredMs + 1000);
    REQUIRE(receivedAll(f, ws, *call));
    {
        const PartyEvents parties = byParty(ws.notificationsOf(call->telephonySessionId));
        const std::vector<QJsonObject> &from = parties.at(transferring);
        CHECK(codes(from).mid(codes(from).size() - 2)
              == QStringList({ QStringLiteral("Answered"), QStringLiteral("Disconnected") }));
        CHECK(reasonOf(partyOf(from.back())) == QStringLiteral("BlindTransfer"));
        const std::vector<QJsonObject> &to = parties.at(target);
        CHECK(codes(to)
              == QStringList(
                  { QStringLiteral("Setup"), QStringLiteral("Proceeding"), QStringLiteral("Answered") }));
        CHECK(partyOf(to.front()).value(QStringLiteral("extensionId")).toString()
              == QString::number(f.server.account().users().at(size_t(call->transferTo)).id));
        CHECK(extensionIdOf(partyOf(to.front()), "to")
              == partyOf(to.front()).value(QStringLiteral("extensionId")).toString());
        CHECK(partyOf(to.front()).value(QStringLiteral("direction")).toString() == QStringLiteral("Inbound"));
        CHECK(sequenceOf(to.front()) > sequenceOf(from.back()));
    }
    // The session goes on: its GET shows the caller's leg and the new party, not the old one.
    const SimReply session = f.client->apiGet(
        QStringLiteral("/restapi/v1.0/account/~/telephony/sessions/") + call->telephonySessionId, admin);
    INFO(session.describe().toStdString());
    REQUIRE(session.status == 200);
    QStringList present;
    for (const QJsonValue &p : session.value(QStringLiteral("parties")).toArray())
        present.append(p.toObject().value(QStringLiteral("id")).toString());
    CHECK(present.contains(target));
    CHECK_FALSE(present.contains(transferring));

    f.advanceTo(call->lastChangeMs());
    REQUIRE(receivedAll(f, ws, *call));
    const PartyEvents parties = byParty(ws.notificationsOf(call->telephonySessionId));
    CHECK(codes(parties.at(target)).last() == QStringLiteral("Disconnected"));
    CHECK(reasonOf(partyOf(parties.at(target).back())).isEmpty());
}

TEST_CASE("A parked call is Parked, then picked up back to Answered or ended while parked", "[events][park]")
{
    SimFixture f(frozenOptions(60));
    f.liftHeavyLimit();
    SimPushClient ws;
    const QString admin = f.adminToken();
    ws.connectWith(*f.client, admin);
    REQUIRE(SimPushClient::statusOf(ws.subscribe(kAccountSessions)) == 200);
    f.keepAlive = [&] { ws.heartbeat(); };

    for (const bool pickedUp : { true, false }) {
        INFO((pickedUp ? "picked up" : "ended while parked"));
        const std::optional<SimCall> call = f.nextCall(
            [&](const SimCall &c) { return c.parkFromMs != 0 && (c.parkUntilMs < c.endMs) == pickedUp; });
        REQUIRE(call);
        INFO("session " << call->telephonySessionId.toStdString());
        const QString party = call->partyId(call->recordParty[0]);
        f.advanceTo(call->parkFromMs + 1000);
        REQUIRE(receivedAll(f, ws, *call));
        {
            const PartyEvents parties = byParty(ws.notificationsOf(call->telephonySessionId));
            const std::vector<QJsonObject> &history = parties.at(party);
            CHECK(codes(history).last() == QStringLiteral("Parked"));
            CHECK_FALSE(partyOf(history.back())
                            .value(QStringLiteral("park"))
                            .toObject()
                            .value(QStringLiteral("id"))
                            .toString()
                            .isEmpty());
            CHECK(partyOf(history.front()).value(QStringLiteral("park")).toObject().isEmpty());
        }
        // Presence says ParkedCall; the list still shows the call in progress.
        const QString user = QString::number(f.server.account().users().at(size_t(call->user)).id);
        const SimReply presence = f.client->apiGet(
            QStringLiteral("/restapi/v1.0/account/~/extension/%1/presence?detailedTelephonyState=true")
                .arg(user),
            admin);
        REQUIRE(presence.status == 200);
        bool parkedInPresence = false;
        for (const QJsonValue &a : presence.value(QStringLiteral("activeCalls")).toArray()) {
            parkedInPresence |= a.toObject().value(QStringLiteral("telephonySessionId")).toString()
                    == call->telephonySessionId
                && a.toObject().value(QStringLiteral("telephonyStatus")).toString()
                    == QStringLiteral("ParkedCall");
        }
        CHECK(parkedInPresence);
        for (const QJsonObject &r :
             fetchAllPages(*f.client, admin, kCompanyCallsPath + QStringLiteral("?perPage=max"))) {
            if (r.value(QStringLiteral("telephonySessionId")).toString() == call->telephonySessionId)
                CHECK(r.value(QStringLiteral("result")).toString() == QStringLiteral("In Progress"));
        }

        f.advanceTo(call->lastChangeMs());
        REQUIRE(receivedAll(f, ws, *call));
        const QStringList history = codes(byParty(ws.notificationsOf(call->telephonySessionId)).at(party));
        const QStringList tail = pickedUp
            ? QStringList({ QStringLiteral("Answered"), QStringLiteral("Parked"), QStringLiteral("Answered"),
                            QStringLiteral("Disconnected") })
            : QStringList(
                { QStringLiteral("Answered"), QStringLiteral("Parked"), QStringLiteral("Disconnected") });
        CHECK(history.mid(history.size() - tail.size()) == tail);
    }
}

TEST_CASE("Event faults lose and duplicate a share of the notifications, the same ones for the same seed",
          "[events][faults]")
{
    // One run: a subscription, the faults, twenty minutes of calls. Returns how often each
    // (session, sequence) arrived, and the events there were to send.
    struct Run
    {
        std::map<std::pair<QString, qint64>, int> received;
        std::set<std::pair<QString, qint64>> due;
        bool duplicatesIdentical = true;
    };
    const auto run = [](const QByteArray &faults) {
        SimFixture f(frozenOptions(60, 5));
        SimPushClient ws;
        ws.connectWith(*f.client, f.adminToken());
        REQUIRE(SimPushClient::statusOf(ws.subscribe(kAccountSessions)) == 200);
        f.keepAlive = [&] { ws.heartbeat(); };
        const SimReply applied = f.client->postJson(QStringLiteral("/sim/control/push/faults"), faults);
        INFO(applied.describe().toStdString());
        REQUIRE(applied.status == 200);
        Run r;
        const std::map<QString, SimCall> calls = liveThrough(f, 1200, 1000);
        const qint64 now = f.server.clock().nowMs();
        for (const auto &[session, c] : calls) {
            for (size_t k = 0; k < c.changes.size(); ++k) {
                if (c.changes[k].atMs <= now)
                    r.due.insert({ session, qint64(k) + 1 });
            }
        }
        ws.heartbeat(); // everything the gateway sent has arrived
        std::map<QString, QJsonArray> byUuid;
        for (const QJsonArray &m : ws.messages) {
            if (SimPushClient::typeOf(m) != QLatin1String("ServerNotification"))
                continue;
            const QJsonObject body = m.at(1).toObject().value(QStringLiteral("body")).toObject();
            const QString session = body.value(QStringLiteral("telephonySessionId")).toString();
            if (!calls.count(session))
                continue; // began before the subscription
            ++r.received[{ session, body.value(QStringLiteral("sequence")).toInteger() }];
            const QString uuid = m.at(1).toObject().value(QStringLiteral("uuid")).toString();
            if (byUuid.count(uuid))
                r.duplicatesIdentical = r.duplicatesIdentical && byUuid[uuid] == m; // the very same frame
            byUuid[uuid] = m;
        }
        return r;
    };

    const Run a = run(R"({"drop":0.2,"duplicate":0.1})");
    REQUIRE(a.due.size() > 300);
    int lost = 0;
    int twice = 0;
    for (const auto &key : a.due) {
        const auto it = a.received.find(key);
        lost += it == a.received.end() ? 1 : 0;
        twice += it != a.received.end() && it->second == 2 ? 1 : 0;
    }
    for (const auto &[key, count] : a.received) {
        CHECK(a.due.count(key) == 1); // nothing made up
        CHECK(count <= 2);
    }
    INFO(lost << " lost and " << twice << " sent twice of " << a.due.size());
    CHECK(lost > int(a.due.size() * 0.12));
    CHECK(lost < int(a.due.size() * 0.28));
    CHECK(twice > int(a.due.size() * 0.04));
    CHECK(twice < int(a.due.size() * 0.16));
    CHECK(a.duplicatesIdentical);

    // The same seed loses and repeats the same events.
    const Run b = run(R"({"drop":0.2,"duplicate":0.1})");
    CHECK(a.received == b.received);

    // Without faults every event arrives once.
    const Run clean = run(R"({"drop":0,"duplicate":0})");
    CHECK(clean.received.size() == clean.due.size());
    for (const auto &[key, count] : clean.received)
        CHECK(count == 1);
}

TEST_CASE("Event faults are set and cleared through the library and the control endpoint", "[events][faults]")
{
    SimFixture f;
    CHECK(f.client->postJson(QStringLiteral("/sim/control/push/faults"), R"({"drop":1.5})").status == 400);
    CHECK(f.client->postJson(QStringLiteral("/sim/control/push/faults"), R"({"duplicate":-0.1})").status
          == 400);
    const SimReply set
        = f.client->postJson(QStringLiteral("/sim/control/push/faults"), R"({"drop":0.01,"duplicate":0.05})");
    REQUIRE(set.status == 200);
    CHECK(set.value(QStringLiteral("drop")).toDouble() == 0.01);
    CHECK(f.server.push().eventFaults().duplicate == 0.05);

    SimTestClient::Request clear;
    clear.method = "DELETE";
    clear.url = f.client->url(QStringLiteral("/sim/control/push/faults"));
    CHECK(f.client->send(clear).status == 200);
    CHECK(f.server.push().eventFaults().drop == 0);
    CHECK(f.server.push().eventFaults().duplicate == 0);

    // Every event lost: the subscription stays quiet while calls go on.
    f.server.push().setEventFaults({ 1.0, 0.0 });
    SimPushClient ws;
    ws.connectWith(*f.client, f.adminToken());
    REQUIRE(SimPushClient::statusOf(ws.subscribe(kAccountSessions)) == 200);
    f.keepAlive = [&] { ws.heartbeat(); };
    for (int i = 0; i < 300; ++i)
        f.step(1000);
    ws.heartbeat();
    CHECK(ws.notifications().empty());
}
