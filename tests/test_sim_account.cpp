// Who is signed in and which company: account, extension and business-address info.
#include "testsupport.h"

using namespace callwatch::test;

namespace {

const QString kExtensionPath = QStringLiteral("/restapi/v1.0/account/~/extension/~");

} // namespace

TEST_CASE("GET /account/~ returns the account id", "[account]")
{
    SimFixture sim;
    const SimReply r = sim.client->apiGet(kAccountPath, sim.adminToken());
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 200);
    CHECK(r.value(QStringLiteral("id")).toInteger() == sim.server.account().id());
    CHECK(r.string(QStringLiteral("uri")).startsWith(sim.server.baseUrl().toString()));
    // The platform keeps the company name elsewhere.
    CHECK_FALSE(r.object().contains(QStringLiteral("company")));
}

TEST_CASE("The account is also found by its numeric id and not by another one", "[account]")
{
    SimFixture sim;
    const QString token = sim.adminToken();
    const QString byId = QStringLiteral("/restapi/v1.0/account/%1").arg(sim.server.account().id());
    CHECK(sim.client->apiGet(byId, token).status == 200);

    const SimReply other = sim.client->apiGet(QStringLiteral("/restapi/v1.0/account/12345"), token);
    INFO(other.describe().toStdString());
    CHECK(other.status == 404);
}

TEST_CASE("Extension info carries a 64-bit id, the name, the number and the company", "[account]")
{
    SimFixture sim;
    const auto &admin = sim.server.account().adminUser();
    const SimReply r = sim.client->apiGet(kExtensionPath, sim.adminToken());
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 200);

    const QJsonValue id = r.value(QStringLiteral("id"));
    REQUIRE(id.isDouble()); // a JSON number, not a string
    CHECK(admin.id > (qint64(1) << 32));
    CHECK(id.toInteger() == admin.id);
    // Exact on the wire too: written out as the integer, not rounded or in exponent form.
    CHECK(r.body.contains(QByteArray("\"id\":" + QByteArray::number(admin.id))));

    CHECK(r.string(QStringLiteral("name")) == admin.name);
    CHECK(r.string(QStringLiteral("extensionNumber")) == admin.extensionNumber);
    CHECK_FALSE(r.string(QStringLiteral("extensionNumber")).isEmpty());
    CHECK(r.value(QStringLiteral("contact")).toObject().value(QStringLiteral("company")).toString()
          == sim.server.account().companyName());
}

TEST_CASE("Extension info says admin for the admin JWT and not for the user JWT", "[account]")
{
    SimFixture sim;
    const auto adminFlag = [](const SimReply &r) {
        INFO(r.describe().toStdString());
        REQUIRE(r.status == 200);
        const QJsonValue enabled = r.value(QStringLiteral("permissions"))
                                       .toObject()
                                       .value(QStringLiteral("admin"))
                                       .toObject()
                                       .value(QStringLiteral("enabled"));
        REQUIRE(enabled.isBool());
        return enabled.toBool();
    };
    CHECK(adminFlag(sim.client->apiGet(kExtensionPath, sim.adminToken())));

    const SimReply user = sim.client->apiGet(kExtensionPath, sim.userToken());
    CHECK_FALSE(adminFlag(user));
    CHECK(user.value(QStringLiteral("id")).toInteger() == sim.server.account().standardUser().id);
}

TEST_CASE("A standard user cannot read another extension's info but an admin can", "[account]")
{
    SimFixture sim;
    const QString adminPath
        = QStringLiteral("/restapi/v1.0/account/~/extension/%1").arg(sim.server.account().adminUser().id);
    const QString userPath
        = QStringLiteral("/restapi/v1.0/account/~/extension/%1").arg(sim.server.account().standardUser().id);

    const SimReply denied = sim.client->apiGet(adminPath, sim.userToken());
    INFO(denied.describe().toStdString());
    CHECK(denied.status == 403);
    CHECK(denied.firstErrorCode() == QStringLiteral("CMN-404"));

    const SimReply allowed = sim.client->apiGet(userPath, sim.adminToken());
    CHECK(allowed.status == 200);
    CHECK(allowed.value(QStringLiteral("id")).toInteger() == sim.server.account().standardUser().id);
}

TEST_CASE("business-address returns the company name", "[account]")
{
    SimFixture sim;
    const SimReply r
        = sim.client->apiGet(kAccountPath + QStringLiteral("/business-address"), sim.userToken());
    INFO(r.describe().toStdString());
    REQUIRE(r.status == 200);
    CHECK(r.string(QStringLiteral("company")) == sim.server.account().companyName());
    CHECK_FALSE(r.string(QStringLiteral("company")).isEmpty());
}

TEST_CASE("An unknown API path gets 404", "[account]")
{
    SimFixture sim;
    const SimReply r = sim.client->apiGet(kAccountPath + QStringLiteral("/no-such-thing"), sim.adminToken());
    INFO(r.describe().toStdString());
    CHECK(r.status == 404);
    CHECK_FALSE(r.firstErrorCode().isEmpty());
}

TEST_CASE("The extension list pages through every user and queue in the Medium group", "[account]")
{
    SimFixture sim(frozenOptions(40));
    const QString token = sim.adminToken();
    int pages = 0;
    const QList<QJsonObject> all = fetchAllPages(
        *sim.client, token, QStringLiteral("/restapi/v1.0/account/~/extension?perPage=16"), &pages);
    const auto expected = sim.server.account().users().size() + sim.server.account().queues().size();
    CHECK(all.size() == qsizetype(expected));
    CHECK(pages == int((expected + 15) / 16));
    QSet<qint64> ids;
    for (const QJsonObject &e : all) {
        ids.insert(e.value(QStringLiteral("id")).toInteger());
        CHECK_FALSE(e.value(QStringLiteral("extensionNumber")).toString().isEmpty());
        CHECK_FALSE(e.value(QStringLiteral("name")).toString().isEmpty());
    }
    CHECK(ids.size() == all.size());
    CHECK(ids.contains(sim.server.account().adminUser().id));
    const SimReply r = sim.client->apiGet(QStringLiteral("/restapi/v1.0/account/~/extension"), token);
    CHECK(r.header("X-Rate-Limit-Group") == "medium");
}
