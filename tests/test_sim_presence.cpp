// Presence as the platform serves it (push-queues-presence.md §5, §6, §2.5): DND and user
// status that change over time and agree across the single, bulk and account GETs, the
// standard user's monitored lines, and the presence event filters with their bodies, or in
// disabledFilters when the app or the user may not use them.
#include "simpushclient.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QSet>

using namespace callwatch;
using namespace callwatch::test;
using sim::PresenceState;

namespace {

const QString kExtension = QStringLiteral("/restapi/v1.0/account/~/extension/");

QString idOf(const sim::SimExtension &e)
{
    return QString::number(e.id);
}

// A user of the account who is neither credential owner nor one of the monitored lines.
const sim::SimExtension &unmonitoredUser(SimFixture &f)
{
    const auto &lines = f.server.presence().monitoredLines();
    for (size_t i = 2; i < f.server.account().users().size(); ++i) {
        const auto &e = f.server.account().users()[i];
        if (std::find(lines.begin(), lines.end(), e.id) == lines.end())
            return e;
    }
    FAIL("every user is monitored");
    return f.server.account().users().front();
}

const sim::SimExtension &firstMonitoredUser(SimFixture &f)
{
    for (qint64 id : f.server.presence().monitoredLines()) {
        const sim::SimExtension *e = f.server.account().extension(id);
        if (e && e->kind == sim::SimExtension::Kind::User)
            return *e;
    }
    FAIL("no monitored user");
    return f.server.account().users().front();
}

std::vector<QJsonObject> eventsFor(const SimPushClient &ws, const QString &extensionId)
{
    std::vector<QJsonObject> out;
    for (const QJsonObject &n : ws.notifications()) {
        if (n.value(QStringLiteral("body")).toObject().value(QStringLiteral("extensionId")).toString()
            == extensionId)
            out.push_back(n);
    }
    return out;
}

QStringList filtersOf(const QJsonArray &answer)
{
    QStringList out;
    for (const QJsonValue &v : answer.at(1).toObject().value(QStringLiteral("eventFilters")).toArray())
        out.append(v.toString());
    return out;
}

QStringList disabledOf(const QJsonArray &answer)
{
    QStringList out;
    for (const QJsonValue &v : answer.at(1).toObject().value(QStringLiteral("disabledFilters")).toArray()) {
        CHECK_FALSE(v.toObject().value(QStringLiteral("reason")).toString().isEmpty());
        CHECK_FALSE(v.toObject().value(QStringLiteral("message")).toString().isEmpty());
        out.append(v.toObject().value(QStringLiteral("filter")).toString());
    }
    return out;
}

QString accountPath(SimFixture &f)
{
    return QStringLiteral("/restapi/v1.0/account/") + QString::number(f.server.account().id());
}

} // namespace

TEST_CASE("A user's DND and user status show the same in the single, bulk and account presence GETs",
          "[presence]")
{
    SimFixture f;
    f.liftHeavyLimit();
    const QString token = f.adminToken();
    const auto &x = f.server.account().users()[7];
    const auto &y = f.server.account().users()[8];
    REQUIRE(f.client
                ->postJson(QStringLiteral("/sim/control/presence/dnd"),
                           QJsonDocument(QJsonObject { { QStringLiteral("extensionId"), idOf(x) },
                                                       { QStringLiteral("dndStatus"),
                                                         QStringLiteral("DoNotAcceptAnyCalls") } })
                               .toJson())
                .status
            == 200);
    REQUIRE(f.server.setUserStatus(y.id, PresenceState::UserStatus::Offline));
    REQUIRE(f.server.setDnd(y.id, PresenceState::Dnd::TakeDepartmentCallsOnly));
    f.step(1000);

    const SimReply one = f.client->apiGet(
        kExtension + idOf(x) + QStringLiteral("/presence?detailedTelephonyState=true"), token);
    INFO(one.describe().toStdString());
    REQUIRE(one.status == 200);
    CHECK(one.header("X-Rate-Limit-Group") == "light");
    CHECK(one.string(QStringLiteral("dndStatus")) == QStringLiteral("DoNotAcceptAnyCalls"));
    CHECK(one.string(QStringLiteral("presenceStatus")) == QStringLiteral("Busy"));
    CHECK_FALSE(one.value(QStringLiteral("acceptCallQueueCalls")).toBool(true));
    CHECK(one.value(QStringLiteral("extension")).toObject().value(QStringLiteral("id")).isDouble());
    CHECK(one.value(QStringLiteral("totalActiveCalls")).toInt(-1)
          >= one.value(QStringLiteral("activeCalls")).toArray().size());

    const SimReply bulk = f.client->apiGet(
        kExtension + idOf(x) + QLatin1Char(',') + idOf(y) + QStringLiteral("/presence"), token);
    INFO(bulk.describe().toStdString());
    REQUIRE(bulk.status == 207);
    CHECK(bulk.header("X-Rate-Limit-Group") == "light");
    const QJsonArray parts = bulk.json.array();
    REQUIRE(parts.size() == 2);
    CHECK(parts.at(0).toObject().value(QStringLiteral("resourceId")).toString() == idOf(x));
    CHECK(parts.at(0).toObject().value(QStringLiteral("status")).toInt() == 200);
    CHECK(parts.at(0)
              .toObject()
              .value(QStringLiteral("body"))
              .toObject()
              .value(QStringLiteral("dndStatus"))
              .toString()
          == QStringLiteral("DoNotAcceptAnyCalls"));
    const QJsonObject yBody = parts.at(1).toObject().value(QStringLiteral("body")).toObject();
    CHECK(yBody.value(QStringLiteral("dndStatus")).toString() == QStringLiteral("TakeDepartmentCallsOnly"));
    CHECK(yBody.value(QStringLiteral("userStatus")).toString() == QStringLiteral("Offline"));
    CHECK(yBody.value(QStringLiteral("presenceStatus")).toString() == QStringLiteral("Offline"));

    bool found = false;
    for (const QJsonObject &r :
         fetchAllPages(*f.client, token, QStringLiteral("/restapi/v1.0/account/~/presence?perPage=1000"))) {
        if (qint64(r.value(QStringLiteral("extension")).toObject().value(QStringLiteral("id")).toDouble())
            == y.id) {
            found = true;
            CHECK(r.value(QStringLiteral("dndStatus")).toString()
                  == QStringLiteral("TakeDepartmentCallsOnly"));
            CHECK(r.value(QStringLiteral("userStatus")).toString() == QStringLiteral("Offline"));
        }
    }
    CHECK(found);
}

TEST_CASE("Presence settings change on their own over simulated time, the same for the same seed",
          "[presence]")
{
    const auto snapshot = [](SimFixture &f) {
        QStringList out;
        for (const auto &u : f.server.account().users()) {
            const int user = f.server.account().userIndex(u.id);
            const PresenceState &s = f.server.presence().stateAt(user, f.server.clock().nowMs());
            out.append(PresenceState::dndName(s.dnd) + QLatin1Char('/')
                       + PresenceState::userStatusName(s.userStatus) + QLatin1Char('/')
                       + QString::number(s.acceptCurrentQueueCalls));
        }
        return out;
    };
    SimFixture a(frozenOptions(40, 7));
    SimFixture b(frozenOptions(40, 7));
    const QStringList start = snapshot(a);
    QSet<QString> dnds;
    int changed = 0;
    for (int hour = 0; hour < 4; ++hour) {
        for (int i = 0; i < 60; ++i) {
            a.step(60'000);
            b.step(60'000);
        }
        const QStringList now = snapshot(a);
        CHECK(now == snapshot(b));
        for (int i = 0; i < now.size(); ++i) {
            changed += now[i] != start[i];
            dnds.insert(now[i].section(QLatin1Char('/'), 0, 0));
        }
    }
    CHECK(changed > 0);
    CHECK(dnds.size() >= 2);
}

TEST_CASE("Bulk presence takes at most 30 ids, and answers each part on its own", "[presence]")
{
    SimFixture f;
    QStringList ids;
    for (int i = 0; i < 31; ++i)
        ids.append(idOf(f.server.account().users()[size_t(i)]));
    const SimReply tooMany = f.client->apiGet(
        kExtension + ids.join(QLatin1Char(',')) + QStringLiteral("/presence"), f.adminToken());
    CHECK(tooMany.status == 400);
    CHECK(tooMany.firstErrorCode() == QStringLiteral("InvalidMultipartRequest"));
    ids.removeLast();
    CHECK(f.client
              ->apiGet(kExtension + ids.join(QLatin1Char(',')) + QStringLiteral("/presence"), f.adminToken())
              .status
          == 207);

    // A standard user sees their own presence and their monitored lines', nobody else's.
    const QString user = f.userToken();
    const auto &mine = f.server.account().standardUser();
    const auto &other = unmonitoredUser(f);
    const auto &watched = firstMonitoredUser(f);
    const SimReply r = f.client->apiGet(kExtension + idOf(mine) + QLatin1Char(',') + idOf(watched)
                                            + QLatin1Char(',') + idOf(other) + QStringLiteral("/presence"),
                                        user);
    REQUIRE(r.status == 207);
    const QJsonArray parts = r.json.array();
    REQUIRE(parts.size() == 3);
    CHECK(parts.at(0).toObject().value(QStringLiteral("status")).toInt() == 200);
    CHECK(parts.at(1).toObject().value(QStringLiteral("status")).toInt() == 200);
    CHECK(parts.at(2).toObject().value(QStringLiteral("status")).toInt() == 403);
}

TEST_CASE("The standard user's monitored lines: a handful of users and one queue, in the Light group",
          "[presence][lines]")
{
    SimFixture f;
    const QString token = f.userToken();
    const QString path = QStringLiteral("/restapi/v1.0/account/~/extension/~/presence/line");
    const SimReply r = f.client->apiGet(path + QStringLiteral("?page=1&perPage=1000"), token);
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 200);
    CHECK(r.header("X-Rate-Limit-Group") == "light");
    const QJsonArray lines = records(r);
    REQUIRE(lines.size() >= 4);
    int queues = 0;
    QStringList lineIds;
    for (const QJsonValue &v : lines) {
        const QJsonObject line = v.toObject();
        CHECK(line.value(QStringLiteral("id")).isString());
        CHECK_FALSE(line.value(QStringLiteral("uri")).toString().isEmpty());
        CHECK(line.value(QStringLiteral("notEditableOnHud")).isBool());
        const QJsonObject ext = line.value(QStringLiteral("extension")).toObject();
        CHECK(ext.value(QStringLiteral("id")).isString());
        CHECK_FALSE(ext.value(QStringLiteral("uri")).toString().isEmpty());
        CHECK_FALSE(ext.value(QStringLiteral("extensionNumber")).toString().isEmpty());
        const QString type = ext.value(QStringLiteral("type")).toString();
        CHECK((type == QLatin1String("User") || type == QLatin1String("Department")));
        queues += type == QLatin1String("Department");
        CHECK(ext.value(QStringLiteral("id")).toString() != idOf(f.server.account().standardUser()));
        lineIds.append(ext.value(QStringLiteral("id")).toString());
    }
    CHECK(queues == 1);

    // The lines' presence, read 30 at a time the way [EMB] reads it: the queue is Offline.
    const SimReply presence
        = f.client->apiGet(kExtension + lineIds.join(QLatin1Char(',')) + QStringLiteral("/presence"), token);
    REQUIRE(presence.status == 207);
    for (const QJsonValue &part : presence.json.array()) {
        CHECK(part.toObject().value(QStringLiteral("status")).toInt() == 200);
        const QJsonObject body = part.toObject().value(QStringLiteral("body")).toObject();
        const sim::SimExtension *e = f.server.account().extension(
            part.toObject().value(QStringLiteral("resourceId")).toString().toLongLong());
        REQUIRE(e);
        if (e->kind == sim::SimExtension::Kind::CallQueue) {
            CHECK(body.value(QStringLiteral("presenceStatus")).toString() == QStringLiteral("Offline"));
            CHECK_FALSE(body.contains(QStringLiteral("dndStatus")));
        } else {
            CHECK(body.contains(QStringLiteral("dndStatus")));
        }
    }

    const SimReply paged = f.client->apiGet(path + QStringLiteral("?perPage=2"), token);
    CHECK(records(paged).size() == 2);
    CHECK(paged.value(QStringLiteral("navigation")).toObject().contains(QStringLiteral("nextPage")));

    // The administrator monitors nobody; the standard user may not read another's list.
    CHECK(records(f.client->apiGet(path, f.adminToken())).isEmpty());
    CHECK(f.client
              ->apiGet(kExtension + idOf(f.server.account().adminUser()) + QStringLiteral("/presence/line"),
                       token)
              .status
          == 403);
}

TEST_CASE("Detailed extension presence events: a sequence, ids as strings, telephonyStatus only when it "
          "changed, at most seven calls and their total",
          "[presence][push]")
{
    SimFixture f(frozenOptions(40));
    SimPushClient ws;
    ws.connectWith(*f.client, f.adminToken());
    f.keepAlive = [&] { ws.heartbeat(); };
    const sim::SimCall &call = f.server.calls().startRingOut();
    const QString sessionId = call.telephonySessionId;
    const int userIndex = call.user; // `call` is only valid until the engine changes
    const auto &user = f.server.account().users()[size_t(userIndex)];
    const qint64 connectMs = call.connectMs;
    const QString filter = kExtension + idOf(user) + QStringLiteral("/presence?detailedTelephonyState=true");
    const QJsonArray answer = ws.subscribe(filter);
    REQUIRE(SimPushClient::statusOf(answer) == 200);
    CHECK(filtersOf(answer)
          == QStringList { accountPath(f) + QStringLiteral("/extension/") + idOf(user)
                           + QStringLiteral("/presence?detailedTelephonyState=true") });

    while (f.server.clock().nowMs() < connectMs + 2000)
        f.step(500);
    ws.heartbeat();
    const std::vector<QJsonObject> events = eventsFor(ws, idOf(user));
    REQUIRE(events.size() >= 2);
    qint64 last = 0;
    QStringList statuses;
    bool sawCall = false;
    for (const QJsonObject &n : events) {
        CHECK(n.value(QStringLiteral("event"))
                  .toString()
                  .endsWith(idOf(user) + QStringLiteral("/presence?detailedTelephonyState=true")));
        CHECK(n.value(QStringLiteral("ownerId")).toString() == idOf(f.server.account().adminUser()));
        const QJsonObject body = n.value(QStringLiteral("body")).toObject();
        CHECK(body.value(QStringLiteral("extensionId")).isString());
        const qint64 sequence = body.value(QStringLiteral("sequence")).toInteger();
        CHECK(sequence > last);
        last = sequence;
        for (const char *key : { "presenceStatus", "userStatus", "dndStatus", "meetingStatus" })
            CHECK(body.value(QLatin1String(key)).isString());
        CHECK(body.value(QStringLiteral("allowSeeMyPresence")).isBool());
        const QJsonArray active = body.value(QStringLiteral("activeCalls")).toArray();
        CHECK(active.size() <= 7);
        CHECK(body.value(QStringLiteral("totalActiveCalls")).toInt(-1) >= active.size());
        if (body.contains(QStringLiteral("telephonyStatus")))
            statuses.append(body.value(QStringLiteral("telephonyStatus")).toString());
        for (const QJsonValue &a : active)
            sawCall
                = sawCall || a.toObject().value(QStringLiteral("telephonySessionId")).toString() == sessionId;
    }
    CHECK(sawCall);
    CHECK(statuses.contains(QStringLiteral("Ringing")));
    CHECK(statuses.contains(QStringLiteral("CallConnected")));
    for (int i = 1; i < statuses.size(); ++i)
        CHECK(statuses[i] != statuses[i - 1]); // sent only when it changed

    // A DND change alone: an event without telephonyStatus.
    const size_t before = eventsFor(ws, idOf(user)).size();
    const QString dnd = f.server.presence().stateAt(userIndex, f.server.clock().nowMs()).dnd
            == PresenceState::Dnd::DoNotAcceptDepartmentCalls
        ? QStringLiteral("TakeAllCalls")
        : QStringLiteral("DoNotAcceptDepartmentCalls");
    REQUIRE(f.server.setDnd(user.id, *PresenceState::dndFromName(dnd)));
    f.step(1);
    ws.heartbeat();
    const std::vector<QJsonObject> after = eventsFor(ws, idOf(user));
    REQUIRE(after.size() == before + 1);
    const QJsonObject body = after.back().value(QStringLiteral("body")).toObject();
    CHECK(body.value(QStringLiteral("dndStatus")).toString() == dnd);
    CHECK_FALSE(body.contains(QStringLiteral("telephonyStatus")));
}

TEST_CASE("Account presence events carry each user's presence without calls", "[presence][push]")
{
    SimFixture f(frozenOptions(60));
    SimPushClient ws;
    ws.connectWith(*f.client, f.adminToken());
    f.keepAlive = [&] { ws.heartbeat(); };
    const QJsonArray answer
        = ws.subscribe(QStringLiteral("/restapi/v1.0/account/~/presence?detailedTelephonyState=true"));
    REQUIRE(SimPushClient::statusOf(answer) == 200);
    CHECK(filtersOf(answer)
          == QStringList { accountPath(f) + QStringLiteral("/presence?detailedTelephonyState=true") });
    for (int i = 0; i < 120; ++i)
        f.step(1000);
    ws.heartbeat();
    const std::vector<QJsonObject> events = ws.notifications();
    REQUIRE(events.size() > 3);
    QSet<QString> users;
    for (const QJsonObject &n : events) {
        const QJsonObject body = n.value(QStringLiteral("body")).toObject();
        users.insert(body.value(QStringLiteral("extensionId")).toString());
        CHECK(n.value(QStringLiteral("event"))
                  .toString()
                  .contains(body.value(QStringLiteral("extensionId")).toString()));
        CHECK_FALSE(body.contains(QStringLiteral("activeCalls")));
        CHECK_FALSE(body.contains(QStringLiteral("totalActiveCalls")));
        CHECK(body.value(QStringLiteral("dndStatus")).isString());
        CHECK(body.value(QStringLiteral("sequence")).isDouble());
    }
    CHECK(users.size() > 1);
}

TEST_CASE("Monitored lines: the list's change notice and the lines' detailed presence, nobody else's",
          "[presence][push][lines]")
{
    SimFixture f(frozenOptions(40));
    SimPushClient ws;
    ws.connectWith(*f.client, f.userToken());
    f.keepAlive = [&] { ws.heartbeat(); };
    const auto &me = f.server.account().standardUser();
    const QJsonArray answer = ws.subscribe(
        { QStringLiteral("/restapi/v1.0/account/~/extension/~/presence/line"),
          QStringLiteral(
              "/restapi/v1.0/account/~/extension/~/presence/line/presence?detailedTelephonyState=true") });
    REQUIRE(SimPushClient::statusOf(answer) == 200);
    const QString mine = accountPath(f) + QStringLiteral("/extension/") + idOf(me);
    CHECK(filtersOf(answer)
          == QStringList { mine + QStringLiteral("/presence/line"),
                           mine + QStringLiteral("/presence/line/presence?detailedTelephonyState=true") });
    CHECK(disabledOf(answer).isEmpty());

    const auto &watched = firstMonitoredUser(f);
    const auto &other = unmonitoredUser(f);
    REQUIRE(f.server.setDnd(watched.id, PresenceState::Dnd::DoNotAcceptAnyCalls));
    REQUIRE(f.server.setDnd(other.id, PresenceState::Dnd::DoNotAcceptAnyCalls));
    f.step(1);
    ws.heartbeat();
    const std::vector<QJsonObject> watchedEvents = eventsFor(ws, idOf(watched));
    REQUIRE(watchedEvents.size() == 1);
    const QJsonObject body = watchedEvents.front().value(QStringLiteral("body")).toObject();
    CHECK(body.value(QStringLiteral("dndStatus")).toString() == QStringLiteral("DoNotAcceptAnyCalls"));
    CHECK(body.contains(QStringLiteral("activeCalls")));
    CHECK(body.contains(QStringLiteral("totalActiveCalls")));
    CHECK(watchedEvents.front()
              .value(QStringLiteral("event"))
              .toString()
              .contains(QStringLiteral("/presence?detailedTelephonyState=true")));
    CHECK(eventsFor(ws, idOf(other)).empty());

    // The administrator changes the list: one change notice, whose body names the lines.
    std::vector<qint64> lines = f.server.presence().monitoredLines();
    lines.push_back(other.id);
    REQUIRE(f.server.setMonitoredLines(lines));
    f.step(1);
    ws.heartbeat();
    std::vector<QJsonObject> notices;
    for (const QJsonObject &n : ws.notifications()) {
        if (n.value(QStringLiteral("event")).toString().endsWith(QStringLiteral("/presence/line")))
            notices.push_back(n);
    }
    REQUIRE(notices.size() == 1);
    CHECK(notices.front().value(QStringLiteral("event")).toString()
          == mine + QStringLiteral("/presence/line"));
    CHECK(notices.front().value(QStringLiteral("timestamp")).toString().endsWith(QStringLiteral("+0000")));
    const QJsonObject notice = notices.front().value(QStringLiteral("body")).toObject();
    CHECK(notice.value(QStringLiteral("sequence")).isDouble());
    const QJsonArray ids = notice.value(QStringLiteral("extension")).toArray();
    CHECK(ids.size() == int(lines.size()));
    CHECK(ids.last().toObject().value(QStringLiteral("id")).toString() == idOf(other));

    // Now the new line's presence comes too.
    REQUIRE(f.server.setDnd(other.id, PresenceState::Dnd::TakeAllCalls));
    f.step(1);
    ws.heartbeat();
    CHECK(eventsFor(ws, idOf(other)).size() == 1);
}

TEST_CASE("Queue-member presence events tell a member's flag for the queue", "[presence][push][queues]")
{
    SimFixture f;
    SimPushClient ws;
    ws.connectWith(*f.client, f.adminToken());
    const QString queueId = QString::number(f.server.account().queues()[4].id);
    const QJsonArray answer
        = ws.subscribe(QStringLiteral("/restapi/v1.0/account/~/call-queues/%1/presence").arg(queueId));
    REQUIRE(SimPushClient::statusOf(answer) == 200);
    CHECK(filtersOf(answer)
          == QStringList { accountPath(f) + QStringLiteral("/call-queues/%1/presence").arg(queueId) });
    const auto &member = f.server.account().users()[size_t(f.server.account().queueMembers(4).front())];
    const auto &outsider = f.server.account().users()[size_t(f.server.account().queueMembers(3).front())];
    REQUIRE(f.server.setAcceptCurrentQueueCalls(member.id, true));
    f.step(1);
    REQUIRE(f.server.setAcceptCurrentQueueCalls(member.id, false));
    REQUIRE(f.server.setAcceptCurrentQueueCalls(outsider.id, false));
    f.step(1);
    ws.heartbeat();
    std::vector<QJsonObject> events = ws.notifications();
    REQUIRE(!events.empty());
    const QJsonObject last = events.back();
    CHECK(last.value(QStringLiteral("event")).toString()
          == accountPath(f) + QStringLiteral("/call-queues/%1/presence").arg(queueId));
    const QJsonArray records
        = last.value(QStringLiteral("body")).toObject().value(QStringLiteral("records")).toArray();
    REQUIRE(records.size() == 1);
    CHECK(records.at(0)
              .toObject()
              .value(QStringLiteral("member"))
              .toObject()
              .value(QStringLiteral("id"))
              .toString()
          == idOf(member));
    CHECK_FALSE(records.at(0).toObject().value(QStringLiteral("acceptCurrentQueueCalls")).toBool(true));
    for (const QJsonObject &n : events) {
        const QJsonArray r
            = n.value(QStringLiteral("body")).toObject().value(QStringLiteral("records")).toArray();
        CHECK(r.at(0)
                  .toObject()
                  .value(QStringLiteral("member"))
                  .toObject()
                  .value(QStringLiteral("id"))
                  .toString()
              != idOf(outsider));
    }
}

TEST_CASE(
    "Presence filters the app or user may not use come back in disabledFilters of an Active subscription",
    "[presence][push][subscriptions]")
{
    SECTION("a standard user: another user's presence, the account's, a queue's, another's lines")
    {
        SimFixture f;
        SimPushClient ws;
        ws.connectWith(*f.client, f.userToken());
        const auto &other = unmonitoredUser(f);
        const auto &watched = firstMonitoredUser(f);
        const QString queue = QString::number(f.server.account().queues()[0].id);
        const QString admin = idOf(f.server.account().adminUser());
        const QJsonArray answer = ws.subscribe(
            { kExtension + idOf(other) + QStringLiteral("/presence?detailedTelephonyState=true"),
              kExtension + idOf(watched) + QStringLiteral("/presence?detailedTelephonyState=true"),
              QStringLiteral("/restapi/v1.0/account/~/presence"),
              kExtension + queue + QStringLiteral("/presence"),
              kExtension + admin + QStringLiteral("/presence/line") });
        INFO(QJsonDocument(answer).toJson(QJsonDocument::Compact).toStdString());
        REQUIRE(SimPushClient::statusOf(answer) == 200);
        CHECK(answer.at(1).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("Active"));
        const QString account = accountPath(f);
        CHECK(filtersOf(answer)
              == QStringList { account + QStringLiteral("/extension/") + idOf(watched)
                               + QStringLiteral("/presence?detailedTelephonyState=true") });
        CHECK(disabledOf(answer)
              == QStringList { account + QStringLiteral("/extension/") + idOf(other)
                                   + QStringLiteral("/presence?detailedTelephonyState=true"),
                               account + QStringLiteral("/presence"),
                               account + QStringLiteral("/extension/") + queue + QStringLiteral("/presence"),
                               account + QStringLiteral("/extension/") + admin
                                   + QStringLiteral("/presence/line") });
    }
    SECTION("an app without ReadPresence")
    {
        SimOptions o = frozenOptions();
        o.readPresence = false;
        SimFixture f(o);
        SimPushClient ws;
        ws.connectWith(*f.client, f.adminToken());
        const QJsonArray answer = ws.subscribe(
            { QStringLiteral("/restapi/v1.0/account/~/extension/~/presence?detailedTelephonyState=true"),
              QStringLiteral("/restapi/v1.0/account/~/telephony/sessions") });
        REQUIRE(SimPushClient::statusOf(answer) == 200);
        CHECK(filtersOf(answer) == QStringList { accountPath(f) + QStringLiteral("/telephony/sessions") });
        const QJsonArray disabled
            = answer.at(1).toObject().value(QStringLiteral("disabledFilters")).toArray();
        REQUIRE(disabled.size() == 1);
        CHECK(disabled.at(0)
                  .toObject()
                  .value(QStringLiteral("message"))
                  .toString()
                  .contains(QStringLiteral("[ReadPresence]")));
    }
}
