// Both active-calls endpoints: permissions, the CallLogRecord shape, order and paging.
#include "testsupport.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <map>

using namespace callwatch::test;

namespace {

QDateTime isoUtc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QStringList ids(const QList<QJsonObject> &list)
{
    QStringList out;
    for (const auto &r : list)
        out.append(r.value(QStringLiteral("id")).toString());
    return out;
}

qint64 extensionIdOf(const QJsonObject &record)
{
    return record.value(QStringLiteral("extension")).toObject().value(QStringLiteral("id")).toInteger();
}

void requireInvalidParameter(const SimReply &r, const char *name, const char *value)
{
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 400);
    CHECK(r.firstErrorCode() == QStringLiteral("CMN-101"));
    CHECK(r.firstError().value(QStringLiteral("parameterName")).toString() == QLatin1String(name));
    CHECK(r.firstError().value(QStringLiteral("parameterValue")).toString() == QLatin1String(value));
}

} // namespace

TEST_CASE("The company active-calls list is refused to a standard user with 403 CMN-408", "[activecalls]")
{
    SimFixture sim;
    const SimReply r = sim.client->apiGet(kCompanyCallsPath, sim.userToken());
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 403);
    CHECK(r.errorCode() == QStringLiteral("InsufficientPermissions"));
    CHECK(r.firstErrorCode() == QStringLiteral("CMN-408"));
    CHECK(r.firstError().value(QStringLiteral("permissionName")).toString()
          == QStringLiteral("ReadCompanyCallLog"));
    CHECK(r.string(QStringLiteral("permissionName")) == QStringLiteral("ReadCompanyCallLog"));
}

TEST_CASE("Both active-calls endpoints answer an admin with records, paging and navigation", "[activecalls]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    for (const QString &path : { kCompanyCallsPath, kMyCallsPath }) {
        const SimReply r = sim.client->apiGet(path, token);
        INFO(path.toStdString() << ": " << r.describe().toStdString());
        REQUIRE(r.status == 200);
        CHECK(r.value(QStringLiteral("records")).isArray());
        CHECK(r.value(QStringLiteral("paging")).toObject().value(QStringLiteral("perPage")).toInt() == 100);
        CHECK(r.value(QStringLiteral("paging")).toObject().value(QStringLiteral("page")).toInt() == 1);
        CHECK(r.value(QStringLiteral("navigation")).toObject().contains(QStringLiteral("firstPage")));
        CHECK(r.string(QStringLiteral("uri")).startsWith(sim.server.baseUrl().toString()));
    }
    CHECK_FALSE(records(sim.client->apiGet(kCompanyCallsPath, token)).isEmpty());
}

TEST_CASE("Every active-calls record carries the CallLogRecord fields", "[activecalls]")
{
    SimFixture sim(frozenOptions(100));
    const SimReply r
        = sim.client->apiGet(kCompanyCallsPath + QStringLiteral("?perPage=max"), sim.adminToken());
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 200);
    const QJsonArray list = records(r);
    REQUIRE(list.size() > 20);

    const QString base = sim.server.baseUrl().toString() + QStringLiteral("/restapi/v1.0/account/")
        + QString::number(sim.server.account().id());
    const QSet<QString> types { QStringLiteral("Voice"), QStringLiteral("Fax") };
    const QSet<QString> directions { QStringLiteral("Inbound"), QStringLiteral("Outbound") };
    const QSet<QString> transports { QStringLiteral("PSTN"), QStringLiteral("VoIP") };
    const QSet<QString> results { QStringLiteral("In Progress"), QStringLiteral("Accepted"),
                                  QStringLiteral("Call connected"), QStringLiteral("Received"),
                                  QStringLiteral("Sent") };
    bool sawInbound = false;
    bool sawOutbound = false;
    for (const auto &value : list) {
        const QJsonObject rec = value.toObject();
        const QString id = rec.value(QStringLiteral("id")).toString();
        INFO(QJsonDocument(rec).toJson(QJsonDocument::Compact).toStdString());

        CHECK_FALSE(id.isEmpty());
        const QJsonObject ext = rec.value(QStringLiteral("extension")).toObject();
        REQUIRE(ext.value(QStringLiteral("id")).isDouble());
        const qint64 extId = ext.value(QStringLiteral("id")).toInteger();
        CHECK(sim.server.account().extension(extId) != nullptr);
        const QString extUri = base + QStringLiteral("/extension/") + QString::number(extId);
        CHECK(ext.value(QStringLiteral("uri")).toString() == extUri);
        CHECK(rec.value(QStringLiteral("uri"))
                  .toString()
                  .startsWith(extUri + QStringLiteral("/call-log/") + id));
        CHECK(QUrl(rec.value(QStringLiteral("uri")).toString()).isRelative() == false);

        CHECK_FALSE(rec.value(QStringLiteral("sessionId")).toString().isEmpty());
        CHECK(rec.value(QStringLiteral("telephonySessionId")).toString().startsWith(QLatin1String("s-")));
        CHECK(rec.value(QStringLiteral("partyId")).toString().startsWith(QLatin1String("p-")));

        const QString start = rec.value(QStringLiteral("startTime")).toString();
        CHECK(start.endsWith(QLatin1Char('Z')));
        CHECK(isoUtc(start).isValid());
        const QString modified = rec.value(QStringLiteral("lastModifiedTime")).toString();
        CHECK(modified.endsWith(QLatin1Char('Z')));
        CHECK(isoUtc(modified).isValid());
        CHECK(isoUtc(modified) >= isoUtc(start));

        REQUIRE(rec.value(QStringLiteral("duration")).isDouble());
        REQUIRE(rec.value(QStringLiteral("durationMs")).isDouble());
        const qint64 durationMs = rec.value(QStringLiteral("durationMs")).toInteger();
        CHECK(durationMs >= 0);
        CHECK(rec.value(QStringLiteral("duration")).toInteger() == durationMs / 1000);

        CHECK(types.contains(rec.value(QStringLiteral("type")).toString()));
        const QString direction = rec.value(QStringLiteral("direction")).toString();
        CHECK(directions.contains(direction));
        CHECK_FALSE(rec.value(QStringLiteral("action")).toString().isEmpty());
        CHECK(results.contains(rec.value(QStringLiteral("result")).toString()));
        CHECK(transports.contains(rec.value(QStringLiteral("transport")).toString()));
        CHECK_FALSE(rec.value(QStringLiteral("internalType")).toString().isEmpty());

        const QJsonObject from = rec.value(QStringLiteral("from")).toObject();
        const QJsonObject to = rec.value(QStringLiteral("to")).toObject();
        CHECK(from.value(QStringLiteral("phoneNumber")).toString().startsWith(QLatin1Char('+')));
        CHECK(to.value(QStringLiteral("phoneNumber")).toString().startsWith(QLatin1Char('+')));
        CHECK_FALSE(from.value(QStringLiteral("name")).toString().isEmpty());
        // The carrier delivers no caller-ID name for an outside number we dial; the platform
        // gives its location instead (reference §4.4 and §5.2).
        const bool outsideCallee
            = direction == QLatin1String("Outbound") && !to.contains(QStringLiteral("extensionId"));
        if (outsideCallee)
            CHECK_FALSE(to.value(QStringLiteral("location")).toString().isEmpty());
        else
            CHECK_FALSE(to.value(QStringLiteral("name")).toString().isEmpty());

        // The extension the record belongs to is the party on its side of the call.
        const QJsonObject own = direction == QLatin1String("Outbound") ? from : to;
        if (own.value(QStringLiteral("extensionId")).toString() != QString::number(extId)) {
            // Queue calls are delivered to an agent: the callee is the queue.
            const auto *queue = sim.server.account().extension(
                own.value(QStringLiteral("extensionId")).toString().toLongLong());
            REQUIRE(queue != nullptr);
            CHECK(queue->kind == callwatch::sim::SimExtension::Kind::CallQueue);
        }
        sawInbound = sawInbound || direction == QLatin1String("Inbound");
        sawOutbound = sawOutbound || direction == QLatin1String("Outbound");
    }
    CHECK(sawInbound);
    CHECK(sawOutbound);
}

TEST_CASE("Active-calls records are ordered by startTime, newest first", "[activecalls]")
{
    SimFixture sim(frozenOptions(100));
    const SimReply r
        = sim.client->apiGet(kCompanyCallsPath + QStringLiteral("?perPage=max"), sim.adminToken());
    REQUIRE(r.status == 200);
    const QJsonArray list = records(r);
    REQUIRE(list.size() > 20);
    for (qsizetype i = 1; i < list.size(); ++i) {
        const QDateTime previous
            = isoUtc(list.at(i - 1).toObject().value(QStringLiteral("startTime")).toString());
        const QDateTime current = isoUtc(list.at(i).toObject().value(QStringLiteral("startTime")).toString());
        INFO("record " << i);
        CHECK(previous >= current);
    }
}

TEST_CASE("Following nextPage with perPage=7 visits every record exactly once", "[activecalls]")
{
    SimFixture sim(frozenOptions(60));
    sim.liftHeavyLimit();
    const QString token = sim.adminToken();

    const SimReply whole = sim.client->apiGet(kCompanyCallsPath + QStringLiteral("?perPage=1000"), token);
    REQUIRE(whole.status == 200);
    QList<QJsonObject> expected;
    for (const auto &v : records(whole))
        expected.append(v.toObject());
    REQUIRE(expected.size() > 21); // at least four pages

    int pages = 0;
    const QList<QJsonObject> paged
        = fetchAllPages(*sim.client, token, kCompanyCallsPath + QStringLiteral("?perPage=7"), &pages);
    CHECK(pages == (expected.size() + 6) / 7);
    const QStringList pagedIds = ids(paged);
    CHECK(QSet<QString>(pagedIds.begin(), pagedIds.end()).size() == pagedIds.size());
    CHECK(pagedIds == ids(expected)); // same records, same order

    // The pages describe themselves.
    const SimReply second
        = sim.client->apiGet(kCompanyCallsPath + QStringLiteral("?perPage=7&page=2"), token);
    REQUIRE(second.status == 200);
    const QJsonObject paging = second.value(QStringLiteral("paging")).toObject();
    CHECK(paging.value(QStringLiteral("page")).toInt() == 2);
    CHECK(paging.value(QStringLiteral("perPage")).toInt() == 7);
    CHECK(paging.value(QStringLiteral("pageStart")).toInt() == 7);
    CHECK(paging.value(QStringLiteral("pageEnd")).toInt() == 13);
    const QJsonObject navigation = second.value(QStringLiteral("navigation")).toObject();
    CHECK(navigation.contains(QStringLiteral("previousPage")));
    CHECK(navigation.contains(QStringLiteral("nextPage")));

    // A page past the end is empty, without a nextPage.
    const SimReply beyond
        = sim.client->apiGet(kCompanyCallsPath + QStringLiteral("?perPage=7&page=999"), token);
    REQUIRE(beyond.status == 200);
    CHECK(records(beyond).isEmpty());
    CHECK_FALSE(beyond.value(QStringLiteral("navigation")).toObject().contains(QStringLiteral("nextPage")));
}

TEST_CASE("perPage=max and perPage above 1000 both give pages of 1000", "[activecalls]")
{
    SimFixture sim(frozenOptions(1500));
    sim.liftHeavyLimit();
    const QString token = sim.adminToken();
    for (const char *perPage : { "max", "5000", "1000" }) {
        const SimReply r = sim.client->apiGet(
            kCompanyCallsPath + QStringLiteral("?perPage=") + QLatin1String(perPage), token);
        INFO("perPage=" << perPage << ": " << r.describe().left(200).toStdString());
        REQUIRE(r.status == 200);
        CHECK(r.value(QStringLiteral("paging")).toObject().value(QStringLiteral("perPage")).toInt() == 1000);
        CHECK(records(r).size() == 1000);
        CHECK(r.value(QStringLiteral("navigation")).toObject().contains(QStringLiteral("nextPage")));
    }
}

TEST_CASE("Invalid page or perPage values are refused with 400 CMN-101 naming the parameter", "[activecalls]")
{
    SimFixture sim;
    sim.liftHeavyLimit();
    const QString token = sim.adminToken();
    const auto get = [&](const char *query) {
        return sim.client->apiGet(kCompanyCallsPath + QLatin1Char('?') + QLatin1String(query), token);
    };
    requireInvalidParameter(get("perPage=0"), "perPage", "0");
    requireInvalidParameter(get("perPage=-5"), "perPage", "-5");
    requireInvalidParameter(get("perPage=lots"), "perPage", "lots");
    requireInvalidParameter(get("page=abc"), "page", "abc");
    requireInvalidParameter(get("page=0"), "page", "0");
    // The extension endpoint validates the same way.
    requireInvalidParameter(sim.client->apiGet(kMyCallsPath + QStringLiteral("?page=abc"), token), "page",
                            "abc");
}

TEST_CASE("A standard user's own active-calls list holds only their records", "[activecalls]")
{
    SimFixture sim(frozenOptions(200));
    const qint64 userId = sim.server.account().standardUser().id;
    const QString userToken = sim.userToken();

    const QString byId = QStringLiteral("/restapi/v1.0/account/~/extension/%1/active-calls").arg(userId);
    for (const QString &path : { kMyCallsPath, byId }) {
        const SimReply r = sim.client->apiGet(path + QStringLiteral("?perPage=max"), userToken);
        INFO(path.toStdString() << ": " << r.describe().toStdString());
        REQUIRE(r.status == 200);
        const QJsonArray mine = records(r);
        REQUIRE_FALSE(mine.isEmpty());
        for (const auto &v : mine)
            CHECK(extensionIdOf(v.toObject()) == userId);
    }

    // Exactly the company list's records of this extension, in the same order.
    const QList<QJsonObject> company
        = fetchAllPages(*sim.client, sim.adminToken(), kCompanyCallsPath + QStringLiteral("?perPage=max"));
    QList<QJsonObject> expected;
    for (const auto &rec : company) {
        if (extensionIdOf(rec) == userId)
            expected.append(rec);
    }
    const SimReply mine = sim.client->apiGet(kMyCallsPath + QStringLiteral("?perPage=max"), userToken);
    QList<QJsonObject> got;
    for (const auto &v : records(mine))
        got.append(v.toObject());
    CHECK(ids(got) == ids(expected));
}

TEST_CASE("An admin can list any extension's active calls, a standard user only their own", "[activecalls]")
{
    SimFixture sim(frozenOptions(200));
    sim.liftHeavyLimit();
    const QString adminToken = sim.adminToken();
    const QList<QJsonObject> company
        = fetchAllPages(*sim.client, adminToken, kCompanyCallsPath + QStringLiteral("?perPage=max"));

    // The extension with the most records.
    std::map<qint64, int> counts;
    for (const auto &rec : company)
        ++counts[extensionIdOf(rec)];
    REQUIRE_FALSE(counts.empty());
    const auto busiest = std::max_element(counts.begin(), counts.end(),
                                          [](const auto &a, const auto &b) { return a.second < b.second; });
    const QString path
        = QStringLiteral("/restapi/v1.0/account/~/extension/%1/active-calls").arg(busiest->first);

    const SimReply r = sim.client->apiGet(path, adminToken);
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 200);
    CHECK(records(r).size() == busiest->second);
    for (const auto &v : records(r))
        CHECK(extensionIdOf(v.toObject()) == busiest->first);

    if (busiest->first != sim.server.account().standardUser().id) {
        const SimReply denied = sim.client->apiGet(path, sim.userToken());
        INFO(denied.describe().toStdString());
        CHECK(denied.status == 403);
        CHECK(denied.firstErrorCode() == QStringLiteral("CMN-404"));
    }
}
