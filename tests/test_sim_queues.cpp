// Call queues as the platform serves them (push-queues-presence.md §1, §7): the list (Medium,
// paged, by member), details with the queue's own service level, members, the members'
// availability driven by DND, the queue's timing, and queue calls that wait, are offered,
// answered, abandoned or overflow, checked against the telephony events.
#include "simpushclient.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QSet>

using namespace callwatch;
using namespace callwatch::test;
using sim::PresenceState;
using sim::SimCall;
using sim::SimParty;

namespace {

const QString kQueuesPath = QStringLiteral("/restapi/v1.0/account/~/call-queues");
const QString kAccountSessions = QStringLiteral("/restapi/v1.0/account/~/telephony/sessions");

QString queueId(SimFixture &f, int queue)
{
    return QString::number(f.server.account().queues().at(size_t(queue)).id);
}

QString userId(SimFixture &f, int user)
{
    return QString::number(f.server.account().users().at(size_t(user)).id);
}

SimReply control(SimFixture &f, const QString &action, const QJsonObject &body)
{
    return f.client->postJson(QStringLiteral("/sim/control/") + action,
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// Lives through `seconds` of simulated time one second at a time, then lets every notification
// arrive.
void liveSeconds(SimFixture &f, SimPushClient &ws, int seconds)
{
    for (int i = 0; i < seconds; ++i)
        f.step(1000);
    ws.heartbeat();
}

} // namespace

TEST_CASE("The call-queue list is in the Medium group, paged, and filtered by member", "[queues]")
{
    SimFixture f;
    const QString token = f.adminToken();
    const SimReply all = f.client->apiGet(kQueuesPath, token);
    INFO(all.describe().toStdString());
    REQUIRE(all.status == 200);
    CHECK(all.header("X-Rate-Limit-Group") == "medium");
    const QJsonArray list = records(all);
    REQUIRE(list.size() == int(f.server.account().queues().size()));
    for (const QJsonValue &v : list) {
        const QJsonObject q = v.toObject();
        CHECK(q.value(QStringLiteral("id")).isString());
        CHECK(q.value(QStringLiteral("uri")).toString().endsWith(q.value(QStringLiteral("id")).toString()));
        CHECK_FALSE(q.value(QStringLiteral("name")).toString().isEmpty());
        CHECK_FALSE(q.value(QStringLiteral("extensionNumber")).toString().isEmpty());
        CHECK(q.value(QStringLiteral("status")).toString() == QStringLiteral("Enabled"));
        CHECK(q.value(QStringLiteral("subType")).toString() == QStringLiteral("Unknown"));
        CHECK(q.value(QStringLiteral("site")).isObject());
        CHECK_FALSE(q.contains(QStringLiteral("serviceLevelSettings"))); // only in the details
    }

    const SimReply first = f.client->apiGet(kQueuesPath + QStringLiteral("?perPage=2"), token);
    CHECK(records(first).size() == 2);
    const QString next = first.value(QStringLiteral("navigation"))
                             .toObject()
                             .value(QStringLiteral("nextPage"))
                             .toObject()
                             .value(QStringLiteral("uri"))
                             .toString();
    CHECK(next.contains(QStringLiteral("page=2")));
    CHECK(fetchAllPages(*f.client, token, kQueuesPath + QStringLiteral("?perPage=2")).size() == list.size());

    // The standard user answers for one queue.
    const SimReply mine = f.client->apiGet(kQueuesPath + QStringLiteral("?memberExtensionId=")
                                               + QString::number(f.server.account().standardUser().id),
                                           token);
    REQUIRE(records(mine).size() == 1);
    CHECK(records(mine).at(0).toObject().value(QStringLiteral("id")).toString() == queueId(f, 1));
    CHECK(records(f.client->apiGet(kQueuesPath + QStringLiteral("?memberExtensionId=1"), token)).isEmpty());
}

TEST_CASE("A queue's details give its own service-level settings, and its answering rule its timing",
          "[queues]")
{
    SimFixture f;
    const QString token = f.userToken();
    QSet<QString> distinct;
    for (int q = 0; q < int(f.server.account().queues().size()); ++q) {
        const SimReply r = f.client->apiGet(kQueuesPath + QLatin1Char('/') + queueId(f, q), token);
        INFO(r.describe().toStdString());
        REQUIRE(r.status == 200);
        CHECK(r.header("X-Rate-Limit-Group") == "light");
        CHECK(r.string(QStringLiteral("id")) == queueId(f, q));
        const QJsonObject sla = r.value(QStringLiteral("serviceLevelSettings")).toObject();
        const int goal = sla.value(QStringLiteral("slaGoal")).toInt();
        const int threshold = sla.value(QStringLiteral("slaThresholdSeconds")).toInt();
        CHECK(goal >= 50);
        CHECK(goal <= 100);
        CHECK(threshold > 0);
        CHECK(sla.value(QStringLiteral("includeAbandonedCalls")).isBool());
        CHECK(sla.value(QStringLiteral("abandonedThresholdSeconds")).toInt(-1) >= 0);
        const QList<int> timers { 5, 10, 15, 20, 30, 45, 60, 120, 180, 240, 300, 360, 420, 480, 540, 600 };
        CHECK(timers.contains(r.value(QStringLiteral("alertTimer")).toInt()));
        CHECK(r.value(QStringLiteral("editableMemberStatus")).isBool());
        distinct.insert(QString::fromUtf8(QJsonDocument(sla).toJson(QJsonDocument::Compact)));

        const SimReply rule
            = f.client->apiGet(QStringLiteral("/restapi/v1.0/account/~/extension/%1/answering-rule/"
                                              "business-hours-rule")
                                   .arg(queueId(f, q)),
                               token);
        REQUIRE(rule.status == 200);
        const QJsonObject timing = rule.value(QStringLiteral("queue")).toObject();
        CHECK(QStringList { QStringLiteral("Rotating"), QStringLiteral("Simultaneous"),
                            QStringLiteral("FixedOrder") }
                  .contains(timing.value(QStringLiteral("transferMode")).toString()));
        CHECK(timing.value(QStringLiteral("holdTime")).toInt()
              == f.server.account().queueSettings(q).holdTimeSeconds);
        CHECK(timing.value(QStringLiteral("maxCallers")).toInt() <= 25);
        CHECK(timing.value(QStringLiteral("holdTimeExpirationAction")).toString()
              == QStringLiteral("TransferToExtension"));
        const qint64 overflowTo = timing.value(QStringLiteral("transfer"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("extension"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString()
                                      .toLongLong();
        CHECK(f.server.account().userIndex(overflowTo) >= 0);
    }
    CHECK(distinct.size() > 1); // each queue its own settings

    const SimReply unknown = f.client->apiGet(kQueuesPath + QStringLiteral("/12345"), token);
    CHECK(unknown.status == 404);
    CHECK(unknown.firstErrorCode() == QStringLiteral("CMN-102"));
}

TEST_CASE("A queue's members have int64 ids, its presence says who takes its calls", "[queues]")
{
    SimFixture f;
    const QString token = f.adminToken();
    const auto &members = f.server.account().queueMembers(2);
    const SimReply r = f.client->apiGet(
        kQueuesPath + QLatin1Char('/') + queueId(f, 2) + QStringLiteral("/members"), token);
    REQUIRE(r.status == 200);
    CHECK(r.header("X-Rate-Limit-Group") == "light");
    REQUIRE(records(r).size() == int(members.size()));
    for (int i = 0; i < int(members.size()); ++i) {
        const QJsonObject m = records(r).at(i).toObject();
        CHECK(m.value(QStringLiteral("id")).isDouble());
        CHECK(qint64(m.value(QStringLiteral("id")).toDouble())
              == f.server.account().users()[size_t(members[size_t(i)])].id);
        CHECK(m.value(QStringLiteral("id")).toDouble() > 4294967296.0);
    }

    const int agent = members.front();
    const QString agentId = userId(f, agent);
    const auto presenceOf = [&](const QString &id) {
        const SimReply p = f.client->apiGet(
            kQueuesPath + QLatin1Char('/') + queueId(f, 2) + QStringLiteral("/presence"), token);
        INFO(p.describe().toStdString());
        REQUIRE(p.status == 200);
        CHECK(p.header("X-Rate-Limit-Group") == "light");
        for (const QJsonValue &v : records(p)) {
            if (v.toObject().value(QStringLiteral("member")).toObject().value(QStringLiteral("id")).toString()
                == id)
                return v.toObject();
        }
        FAIL("member " << id.toStdString() << " not listed");
        return QJsonObject();
    };

    REQUIRE(f.server.setDnd(qint64(agentId.toLongLong()), PresenceState::Dnd::TakeAllCalls));
    REQUIRE(f.server.setAcceptCurrentQueueCalls(agentId.toLongLong(), true));
    f.step(1000);
    CHECK(presenceOf(agentId).value(QStringLiteral("acceptQueueCalls")).toBool());
    CHECK(presenceOf(agentId).value(QStringLiteral("acceptCurrentQueueCalls")).toBool());
    CHECK_FALSE(presenceOf(agentId)
                    .value(QStringLiteral("member"))
                    .toObject()
                    .value(QStringLiteral("name"))
                    .toString()
                    .isEmpty());

    SECTION("a DND status without department calls takes them out of every queue")
    {
        for (const char *dnd : { "DoNotAcceptDepartmentCalls", "DoNotAcceptAnyCalls" }) {
            REQUIRE(control(f, QStringLiteral("presence/dnd"),
                            { { QStringLiteral("extensionId"), agentId },
                              { QStringLiteral("dndStatus"), QLatin1String(dnd) } })
                        .status
                    == 200);
            f.step(1000);
            const QJsonObject p = presenceOf(agentId);
            CHECK_FALSE(p.value(QStringLiteral("acceptQueueCalls")).toBool());
            CHECK(p.value(QStringLiteral("acceptCurrentQueueCalls")).toBool()); // the queue's own flag stays
        }
        REQUIRE(control(f, QStringLiteral("presence/dnd"),
                        { { QStringLiteral("extensionId"), agentId },
                          { QStringLiteral("dndStatus"), QStringLiteral("TakeDepartmentCallsOnly") } })
                    .status
                == 200);
        f.step(1000);
        CHECK(presenceOf(agentId).value(QStringLiteral("acceptQueueCalls")).toBool());
    }
    SECTION("the agent's flag for the queue, in the queue's and the agent's view")
    {
        REQUIRE(control(f, QStringLiteral("queues/accept"),
                        { { QStringLiteral("extensionId"), agentId }, { QStringLiteral("accept"), false } })
                    .status
                == 200);
        f.step(1000);
        CHECK(presenceOf(agentId).value(QStringLiteral("acceptQueueCalls")).toBool());
        CHECK_FALSE(presenceOf(agentId).value(QStringLiteral("acceptCurrentQueueCalls")).toBool());
        const SimReply agentView = f.client->apiGet(
            QStringLiteral("/restapi/v1.0/account/~/extension/%1/call-queue-presence").arg(agentId), token);
        REQUIRE(agentView.status == 200);
        CHECK(agentView.header("X-Rate-Limit-Group") == "light");
        REQUIRE(records(agentView).size() == 1);
        const QJsonObject rec = records(agentView).at(0).toObject();
        CHECK(rec.value(QStringLiteral("callQueue")).toObject().value(QStringLiteral("id")).toString()
              == queueId(f, 2));
        CHECK(rec.value(QStringLiteral("callQueue"))
                  .toObject()
                  .value(QStringLiteral("editableMemberStatus"))
                  .isBool());
        CHECK_FALSE(rec.value(QStringLiteral("acceptCalls")).toBool());
    }
}

TEST_CASE("Without ReadPresence the availability endpoints answer 403 CMN-401; the queue list still answers",
          "[queues][permissions]")
{
    SimOptions o = frozenOptions();
    o.readPresence = false;
    SimFixture f(o);
    const QJsonObject login = f.login(f.server.adminJwt());
    CHECK_FALSE(login.value(QStringLiteral("scope")).toString().contains(QStringLiteral("ReadPresence")));
    const QString token = login.value(QStringLiteral("access_token")).toString();
    CHECK(f.client->apiGet(kQueuesPath, token).status == 200);
    CHECK(f.client->apiGet(kQueuesPath + QLatin1Char('/') + queueId(f, 0), token).status == 200);
    for (const QString &path :
         { QString(kQueuesPath + QLatin1Char('/') + queueId(f, 0) + QStringLiteral("/presence")),
           QStringLiteral("/restapi/v1.0/account/~/extension/~/call-queue-presence"),
           QStringLiteral("/restapi/v1.0/account/~/extension/~/presence"),
           QStringLiteral("/restapi/v1.0/account/~/extension/~/presence/line") }) {
        const SimReply r = f.client->apiGet(path, token);
        INFO(path.toStdString() << ": " << r.describe().toStdString());
        CHECK(r.status == 403);
        CHECK(r.firstErrorCode() == QStringLiteral("CMN-401"));
        CHECK(r.firstError().value(QStringLiteral("permissionName")).toString()
              == QStringLiteral("ReadPresence"));
    }
}

TEST_CASE("An agent whose DND refuses department calls is never offered a queue call", "[queues][presence]")
{
    SimFixture f(frozenOptions(60));
    const int queue = 3;
    const auto &members = f.server.account().queueMembers(queue);
    REQUIRE(members.size() >= 3);
    // Everybody but one agent stops taking this queue's calls, in the ways the platform knows.
    const int available = members.back();
    for (size_t i = 0; i + 1 < members.size(); ++i) {
        const qint64 id = f.server.account().users()[size_t(members[i])].id;
        if (i % 3 == 0)
            REQUIRE(f.server.setDnd(id, PresenceState::Dnd::DoNotAcceptDepartmentCalls));
        else if (i % 3 == 1)
            REQUIRE(f.server.setDnd(id, PresenceState::Dnd::DoNotAcceptAnyCalls));
        else
            REQUIRE(f.server.setAcceptCurrentQueueCalls(id, false));
    }
    REQUIRE(
        f.server.setDnd(f.server.account().users()[size_t(available)].id, PresenceState::Dnd::TakeAllCalls));
    REQUIRE(f.server.setAcceptCurrentQueueCalls(f.server.account().users()[size_t(available)].id, true));
    const qint64 changedMs = f.server.clock().nowMs() + 1;

    int answered = 0;
    for (int i = 0; i < 6; ++i) {
        const SimReply r = control(f, QStringLiteral("calls/queue"),
                                   { { QStringLiteral("queueId"), queueId(f, queue) },
                                     { QStringLiteral("outcome"), QStringLiteral("answered") },
                                     { QStringLiteral("waitSeconds"), 5 } });
        INFO(r.describe().toStdString());
        REQUIRE(r.status == 200);
        for (const QJsonValue &agent : r.value(QStringLiteral("ringingAgents")).toArray())
            CHECK(agent.toString() == userId(f, available));
        if (r.string(QStringLiteral("outcome")) == QLatin1String("answered")) {
            ++answered;
            CHECK(r.string(QStringLiteral("answeredBy")) == userId(f, available));
        }
        f.step(3600 * 1000); // the agent is free again
    }
    CHECK(answered > 0);

    // Nor do the queue's own calls ring them while the day goes on.
    for (int i = 0; i < 240; ++i)
        f.step(15'000);
    for (const SimCall &c : f.server.calls().calls()) {
        if (c.queue != queue || c.startMs <= changedMs)
            continue;
        for (int agent : c.ringingAgents)
            CHECK(agent == available);
    }

    // With nobody left, a caller who would have been answered waits out the hold time.
    REQUIRE(f.server.setDnd(f.server.account().users()[size_t(available)].id,
                            PresenceState::Dnd::DoNotAcceptDepartmentCalls));
    const SimReply alone = control(f, QStringLiteral("calls/queue"),
                                   { { QStringLiteral("queueId"), queueId(f, queue) },
                                     { QStringLiteral("outcome"), QStringLiteral("answered") } });
    REQUIRE(alone.status == 200);
    CHECK(alone.string(QStringLiteral("outcome")) == QStringLiteral("overflow"));
    CHECK(alone.value(QStringLiteral("ringingAgents")).toArray().isEmpty());
}

TEST_CASE("Queue calls wait, are answered, abandoned and overflow at a steady rate", "[queues]")
{
    SimFixture f(frozenOptions(200));
    const qint64 from = f.server.clock().nowMs();
    std::map<QString, SimCall> seen;
    for (int i = 0; i < 180; ++i) {
        f.step(10'000);
        for (const SimCall &c : f.server.calls().calls()) {
            if (c.pattern == SimCall::Pattern::InboundQueue && c.startMs > from)
                seen.emplace(c.telephonySessionId, c);
        }
    }
    int answered = 0;
    int abandoned = 0;
    int overflowed = 0;
    int waited = 0;
    for (const auto &[id, c] : seen) {
        answered += !c.abandoned && !c.overflowed;
        abandoned += c.abandoned;
        overflowed += c.overflowed;
        waited += c.queueRingMs > c.startMs;
        if (c.overflowed) {
            // Offered until the hold time ran out, then taken by the queue's overflow extension.
            CHECK(c.overflowTo == f.server.account().queueSettings(c.queue).overflowUser);
            CHECK(c.overflowMs - c.startMs
                  == f.server.account().queueSettings(c.queue).holdTimeSeconds * 1000);
            CHECK(c.connectMs > c.overflowMs);
        }
    }
    INFO("answered " << answered << " abandoned " << abandoned << " overflowed " << overflowed);
    CHECK(answered > abandoned);
    CHECK(abandoned > 0);
    CHECK(overflowed > 0);
    CHECK(waited == int(seen.size()));
}

TEST_CASE("A scripted queue call as the account's telephony events tell it: waiting, abandoned, overflow, "
          "answered",
          "[queues][events]")
{
    SimFixture f(frozenOptions(20));
    SimPushClient ws;
    ws.connectWith(*f.client, f.adminToken());
    REQUIRE(SimPushClient::statusOf(ws.subscribe(kAccountSessions)) == 200);
    f.keepAlive = [&] { ws.heartbeat(); };
    const int queue = 0;
    const QString queueExt = queueId(f, queue);

    // The parties of a session's events by id, in arrival order, and the party of the queue.
    const auto script = [&](const QString &outcome, int waitSeconds) {
        const SimReply r = control(f, QStringLiteral("calls/queue"),
                                   { { QStringLiteral("queueId"), queueExt },
                                     { QStringLiteral("outcome"), outcome },
                                     { QStringLiteral("waitSeconds"), waitSeconds } });
        INFO(r.describe().toStdString());
        REQUIRE(r.status == 200);
        return r;
    };
    const auto eventsOf = [&](const QString &sessionId) {
        std::vector<QJsonObject> out = ws.notificationsOf(sessionId);
        std::sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QStringLiteral("body")).toObject().value(QStringLiteral("sequence")).toInteger()
                < b.value(QStringLiteral("body")).toObject().value(QStringLiteral("sequence")).toInteger();
        });
        return out;
    };
    const auto timeOf = [](const QJsonObject &n) {
        return QDateTime::fromString(
                   n.value(QStringLiteral("body")).toObject().value(QStringLiteral("eventTime")).toString(),
                   Qt::ISODateWithMs)
            .toMSecsSinceEpoch();
    };

    SECTION("a caller who waits and hangs up before any agent rings: the outside leg ends first")
    {
        // Nobody may ring before the caller gives up.
        const SimReply r = script(QStringLiteral("abandoned"), 40);
        CHECK(r.string(QStringLiteral("outcome")) == QStringLiteral("abandoned"));
        liveSeconds(f, ws, 45);
        const auto events = eventsOf(r.string(QStringLiteral("telephonySessionId")));
        REQUIRE(events.size() >= 6);
        qint64 enteredMs = 0;
        qint64 outsideEndMs = 0;
        qint64 queueEndMs = 0;
        for (const QJsonObject &n : events) {
            const QJsonObject party = partyOf(n);
            const QString ext = party.value(QStringLiteral("extensionId")).toString();
            CHECK((ext.isEmpty() || ext == queueExt)); // no agent leg
            CHECK(party.value(QStringLiteral("to")).toObject().value(QStringLiteral("extensionId")).toString()
                  == queueExt);
            if (ext == queueExt) {
                CHECK(party.value(QStringLiteral("queueCall")).toBool());
                if (!enteredMs)
                    enteredMs = timeOf(n);
                if (codeOf(party) == QLatin1String("Disconnected"))
                    queueEndMs = timeOf(n);
            } else if (codeOf(party) == QLatin1String("Disconnected")) {
                outsideEndMs = timeOf(n);
                CHECK(reasonOf(party).isEmpty());
            }
        }
        REQUIRE(enteredMs > 0);
        REQUIRE(outsideEndMs > 0);
        REQUIRE(queueEndMs > 0);
        CHECK(outsideEndMs < queueEndMs);
        CHECK(outsideEndMs - enteredMs >= 39'000); // the simulated wait, from the events' own times
        CHECK(outsideEndMs - enteredMs <= 41'000);
    }
    SECTION("a caller offered to agents nobody answers leaves the queue at its hold time for its overflow "
            "extension")
    {
        for (const int member : f.server.account().queueMembers(queue)) {
            f.server.setDnd(f.server.account().users()[size_t(member)].id, PresenceState::Dnd::TakeAllCalls);
            f.server.setAcceptCurrentQueueCalls(f.server.account().users()[size_t(member)].id, true);
        }
        liveSeconds(f, ws, 60);
        const sim::SimQueueSettings &settings = f.server.account().queueSettings(queue);
        const QString overflowUser = userId(f, settings.overflowUser);
        const SimReply r = script(QStringLiteral("overflow"), 5);
        REQUIRE(r.string(QStringLiteral("outcome")) == QStringLiteral("overflow"));
        CHECK(r.string(QStringLiteral("answeredBy")) == overflowUser);
        CHECK_FALSE(r.value(QStringLiteral("ringingAgents")).toArray().isEmpty());
        liveSeconds(f, ws, settings.holdTimeSeconds + 30);
        const auto events = eventsOf(r.string(QStringLiteral("telephonySessionId")));
        qint64 enteredMs = 0;
        qint64 leftMs = 0;
        int unanswered = 0;
        QStringList overflowCodes;
        for (const QJsonObject &n : events) {
            const QJsonObject party = partyOf(n);
            const QString ext = party.value(QStringLiteral("extensionId")).toString();
            if (ext == queueExt) {
                if (!enteredMs)
                    enteredMs = timeOf(n);
                if (codeOf(party) == QLatin1String("Disconnected")) {
                    leftMs = timeOf(n);
                    CHECK(reasonOf(party) == QStringLiteral("Timeout"));
                }
            } else if (party.value(QStringLiteral("queueCall")).toBool() && !ext.isEmpty()) {
                // An agent's offer: it rings and stops without an answer.
                CHECK(codeOf(party) != QStringLiteral("Answered"));
                unanswered += reasonOf(party) == QLatin1String("NoAnswer");
            } else if (ext == overflowUser) {
                overflowCodes.append(codeOf(party));
                CHECK(party.value(QStringLiteral("to"))
                          .toObject()
                          .value(QStringLiteral("extensionId"))
                          .toString()
                      == overflowUser);
            }
        }
        CHECK(unanswered > 0);
        REQUIRE(leftMs > 0);
        CHECK(leftMs - enteredMs >= settings.holdTimeSeconds * 1000 - 1000);
        CHECK(leftMs - enteredMs <= settings.holdTimeSeconds * 1000 + 1000);
        CHECK(overflowCodes.mid(0, 3)
              == QStringList { QStringLiteral("Setup"), QStringLiteral("Proceeding"),
                               QStringLiteral("Answered") });
    }
    SECTION("a caller a test sends to voicemail waits out the hold time unoffered and leaves with a reason")
    {
        const int holdSeconds = f.server.account().queueSettings(queue).holdTimeSeconds;
        const SimReply r = script(QStringLiteral("voicemail"), 0);
        CHECK(r.string(QStringLiteral("outcome")) == QStringLiteral("voicemail"));
        liveSeconds(f, ws, holdSeconds + 70);
        const auto events = eventsOf(r.string(QStringLiteral("telephonySessionId")));
        qint64 enteredMs = 0;
        qint64 leftMs = 0;
        QStringList queueCodes;
        for (const QJsonObject &n : events) {
            const QJsonObject party = partyOf(n);
            if (party.value(QStringLiteral("extensionId")).toString() != queueExt) {
                CHECK(party.value(QStringLiteral("extensionId")).toString().isEmpty()); // no agent leg
                continue;
            }
            queueCodes.append(codeOf(party));
            if (!enteredMs)
                enteredMs = timeOf(n);
            if (codeOf(party) == QLatin1String("VoiceMail")) {
                leftMs = timeOf(n);
                CHECK(reasonOf(party) == QStringLiteral("Voicemail"));
            }
        }
        CHECK(queueCodes
              == QStringList { QStringLiteral("Setup"), QStringLiteral("Proceeding"),
                               QStringLiteral("VoiceMail"), QStringLiteral("Disconnected") });
        REQUIRE(leftMs > 0);
        CHECK(leftMs - enteredMs >= holdSeconds * 1000 - 1000);
        CHECK(leftMs - enteredMs <= holdSeconds * 1000 + 1000);
        CHECK(codeOf(partyOf(events.back())) == QStringLiteral("Disconnected"));
    }
    SECTION("a caller who waits, is offered to agents and answered: agent legs are queue calls to the queue")
    {
        for (const int member : f.server.account().queueMembers(queue)) {
            f.server.setDnd(f.server.account().users()[size_t(member)].id, PresenceState::Dnd::TakeAllCalls);
            f.server.setAcceptCurrentQueueCalls(f.server.account().users()[size_t(member)].id, true);
        }
        liveSeconds(f, ws, 60);
        const SimReply r = script(QStringLiteral("answered"), 12);
        REQUIRE(r.string(QStringLiteral("outcome")) == QStringLiteral("answered"));
        liveSeconds(f, ws, 90);
        const auto events = eventsOf(r.string(QStringLiteral("telephonySessionId")));
        const QString queueName = f.server.account().queues()[size_t(queue)].name;
        QString answeredBy;
        qint64 firstRingMs = 0;
        qint64 enteredMs = 0;
        for (const QJsonObject &n : events) {
            const QJsonObject party = partyOf(n);
            const QString ext = party.value(QStringLiteral("extensionId")).toString();
            if (ext == queueExt && !enteredMs)
                enteredMs = timeOf(n);
            if (ext.isEmpty() || ext == queueExt)
                continue;
            CHECK(party.value(QStringLiteral("queueCall")).toBool());
            CHECK(party.value(QStringLiteral("to")).toObject().value(QStringLiteral("extensionId")).toString()
                  == queueExt);
            CHECK(party.value(QStringLiteral("from"))
                      .toObject()
                      .value(QStringLiteral("name"))
                      .toString()
                      .startsWith(queueName));
            if (!firstRingMs && codeOf(party) == QLatin1String("Proceeding"))
                firstRingMs = timeOf(n);
            if (codeOf(party) == QLatin1String("Answered"))
                answeredBy = ext;
        }
        CHECK(answeredBy == r.string(QStringLiteral("answeredBy")));
        REQUIRE(firstRingMs > 0);
        CHECK(firstRingMs - enteredMs >= 11'000); // waited before any agent was offered the call
    }
}
