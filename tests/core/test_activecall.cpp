// ActiveCall: reading CallLogRecord JSON as the active-calls endpoints send it (see
// reference/ringcentral-api.md §4.4-5.5), including the shapes that break naive parsers.

#include "../testsupport.h"
#include "activecall.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace callwatch;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

// Same shape as the composed company-level example: a connected inbound call.
constexpr const char *kInProgress = R"({
  "uri": "https://platform.example.com/restapi/v1.0/account/37439510/extension/62264425016/call-log/Q2FsbElkMDE?view=Simple",
  "id": "Q2FsbElkMDE",
  "sessionId": "1039811327016",
  "telephonySessionId": "s-b1e2897a1c49dz1876d9b9d11z19269ec0000",
  "partyId": "p-b1e2897a1c49dz1876d9b9d11z19269ec0000-2",
  "startTime": "2026-05-04T14:02:11.318Z",
  "duration": 0,
  "durationMs": 0,
  "type": "Voice",
  "direction": "Inbound",
  "action": "Phone Call",
  "result": "In Progress",
  "transport": "PSTN",
  "internalType": "Usual",
  "to":   { "phoneNumber": "+16505550100", "name": "Carol Queue", "extensionId": "62264425016", "extensionNumber": "101" },
  "from": { "phoneNumber": "+14155550123", "name": "SAN FRANCISCO CA", "location": "San Francisco, CA" },
  "extension": { "id": 62264425016, "uri": "https://platform.example.com/restapi/v1.0/account/37439510/extension/62264425016" }
})";

// Same shape as the example's just-ended call still in the cache: fewer fields, no extension.
constexpr const char *kEndedInCache = R"({
  "uri": "https://platform.example.com/restapi/v1.0/account/37439510/extension/62264426016/call-log/Q2FsbElkMDI?view=Simple",
  "id": "Q2FsbElkMDI",
  "sessionId": "1039811326016",
  "startTime": "2026-05-04T13:58:47.594Z",
  "duration": 194,
  "type": "Voice",
  "direction": "Outbound",
  "action": "VoIP Call",
  "result": "Call connected",
  "transport": "VoIP",
  "to":   { "phoneNumber": "+12125550199", "location": "New York, NY" },
  "from": { "phoneNumber": "+16505550101", "name": "Dan Dialer", "extensionNumber": "102" }
})";

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

TEST_CASE("A connected call record is read field by field", "[activecall]")
{
    const auto call = ActiveCall::fromJson(parse(kInProgress));
    REQUIRE(call.has_value());
    CHECK(call->id == QStringLiteral("Q2FsbElkMDE"));
    CHECK(call->sessionId == QStringLiteral("1039811327016"));
    CHECK(call->telephonySessionId == QStringLiteral("s-b1e2897a1c49dz1876d9b9d11z19269ec0000"));
    CHECK(call->partyId == QStringLiteral("p-b1e2897a1c49dz1876d9b9d11z19269ec0000-2"));
    CHECK(call->startTime == utc(2026, 5, 4, 14, 2, 11, 318));
    CHECK(call->startTime.timeSpec() == Qt::UTC);
    CHECK(call->durationSeconds == 0);
    CHECK(call->durationMs == 0);
    CHECK(call->type == QStringLiteral("Voice"));
    CHECK(call->direction == QStringLiteral("Inbound"));
    CHECK(call->action == QStringLiteral("Phone Call"));
    CHECK(call->result == QStringLiteral("In Progress"));
    CHECK(call->reason.isEmpty());
    CHECK(call->transport == QStringLiteral("PSTN"));
    CHECK(call->internalType == QStringLiteral("Usual"));
    CHECK(call->to.phoneNumber == QStringLiteral("+16505550100"));
    CHECK(call->to.name == QStringLiteral("Carol Queue"));
    CHECK(call->to.extensionId == QStringLiteral("62264425016"));
    CHECK(call->to.extensionNumber == QStringLiteral("101"));
    CHECK(call->to.location.isEmpty());
    CHECK(call->from.phoneNumber == QStringLiteral("+14155550123"));
    CHECK(call->from.name == QStringLiteral("SAN FRANCISCO CA"));
    CHECK(call->from.location == QStringLiteral("San Francisco, CA"));
    CHECK(call->from.extensionNumber.isEmpty());
    CHECK(call->extensionId == QStringLiteral("62264425016"));
    CHECK(call->extensionUri.endsWith(QStringLiteral("/extension/62264425016")));
    CHECK_FALSE(call->lastModifiedTime.isValid());
    CHECK_FALSE(call->finished.has_value());
    CHECK(call->key() == call->id);
    CHECK(call->isLive());
}

TEST_CASE("A just-ended call still in the platform's cache is listed but not live", "[activecall]")
{
    const auto call = ActiveCall::fromJson(parse(kEndedInCache));
    REQUIRE(call.has_value());
    CHECK(call->result == QStringLiteral("Call connected"));
    CHECK(call->durationSeconds == 194);
    CHECK(call->durationMs == -1);
    CHECK(call->telephonySessionId.isEmpty());
    CHECK(call->extensionId.isEmpty());
    CHECK(call->extensionUri.isEmpty());
    CHECK(call->internalType.isEmpty());
    CHECK(call->to.name.isEmpty());
    CHECK(call->to.location == QStringLiteral("New York, NY"));
    CHECK(call->from.extensionNumber == QStringLiteral("102"));
    CHECK_FALSE(call->isLive());
}

TEST_CASE("A record with only an id is accepted and every missing field reads as absent", "[activecall]")
{
    const auto call = ActiveCall::fromJson(parse(R"({"id": "only-id"})"));
    REQUIRE(call.has_value());
    CHECK(call->key() == QStringLiteral("only-id"));
    CHECK_FALSE(call->startTime.isValid());
    CHECK(call->durationSeconds == -1);
    CHECK(call->durationMs == -1);
    CHECK(call->from == CallParty {});
    CHECK(call->to == CallParty {});
    CHECK(call->result.isEmpty());
    CHECK(call->extensionId.isEmpty());
    CHECK_FALSE(call->finished.has_value());
    // No result yet and not finished: the platform lists it, so it counts as live.
    CHECK(call->isLive());
}

TEST_CASE("A record without any usable key is refused", "[activecall]")
{
    CHECK_FALSE(ActiveCall::fromJson(QJsonObject {}).has_value());
    CHECK_FALSE(ActiveCall::fromJson(parse(R"({"startTime": "2026-05-04T14:02:11Z", "result": "In Progress",
                                                "from": {"name": "Somebody"}})"))
                    .has_value());
    CHECK_FALSE(
        ActiveCall::fromJson(parse(R"({"id": "", "sessionId": null, "partyId": "p-1"})")).has_value());
}

TEST_CASE("Fields of the wrong JSON type are ignored rather than failing the record", "[activecall]")
{
    const auto call = ActiveCall::fromJson(parse(R"({"id": "x1", "from": "not an object", "to": [1, 2],
        "duration": {"s": 3}, "startTime": 1746367331, "extension": "62264425016", "finished": "yes"})"));
    REQUIRE(call.has_value());
    CHECK(call->from == CallParty {});
    CHECK(call->to == CallParty {});
    CHECK(call->durationSeconds == -1);
    CHECK_FALSE(call->startTime.isValid());
    CHECK(call->extensionId.isEmpty());
    CHECK_FALSE(call->finished.has_value());
}

TEST_CASE("Enum values the client does not know are kept as the platform sent them", "[activecall]")
{
    const auto call = ActiveCall::fromJson(parse(R"({"id": "e1", "type": "Video", "direction": "Sideways",
        "action": "Hologram Call", "result": "Teleported", "reason": "line Busy", "transport": "Carrier Pigeon",
        "internalType": "Interplanetary"})"));
    REQUIRE(call.has_value());
    CHECK(call->type == QStringLiteral("Video"));
    CHECK(call->direction == QStringLiteral("Sideways"));
    CHECK(call->action == QStringLiteral("Hologram Call"));
    CHECK(call->result == QStringLiteral("Teleported"));
    CHECK(call->reason == QStringLiteral("line Busy"));
    CHECK(call->transport == QStringLiteral("Carrier Pigeon"));
    CHECK(call->internalType == QStringLiteral("Interplanetary"));
    // An unknown result is a final result, not "In Progress".
    CHECK_FALSE(call->isLive());
}

TEST_CASE("Extension ids above 2^32 and even above 2^53 are kept digit for digit", "[activecall]")
{
    SECTION("a JSON number above 32 bits")
    {
        const auto call
            = ActiveCall::fromJson(parse(R"({"id": "a", "extension": {"id": 62264425016, "uri": "u"}})"));
        REQUIRE(call.has_value());
        CHECK(call->extensionId == QStringLiteral("62264425016"));
    }
    SECTION("a JSON number that a double cannot hold exactly")
    {
        const auto call
            = ActiveCall::fromJson(parse(R"({"id": "a", "extension": {"id": 9007199254740993}})"));
        REQUIRE(call.has_value());
        CHECK(call->extensionId == QStringLiteral("9007199254740993"));
    }
    SECTION("the largest 64-bit id")
    {
        const auto call
            = ActiveCall::fromJson(parse(R"({"id": "a", "extension": {"id": 9223372036854775807}})"));
        REQUIRE(call.has_value());
        CHECK(call->extensionId == QStringLiteral("9223372036854775807"));
    }
    SECTION("a string id")
    {
        const auto call = ActiveCall::fromJson(parse(R"({"id": "a", "extension": {"id": "62264425016"}})"));
        REQUIRE(call.has_value());
        CHECK(call->extensionId == QStringLiteral("62264425016"));
    }
    SECTION("a number built in memory as a double, as QJsonObject::insert does")
    {
        QJsonObject record { { QStringLiteral("id"), QStringLiteral("a") } };
        record.insert(QStringLiteral("extension"), QJsonObject { { QStringLiteral("id"), 62264425016.0 } });
        const auto call = ActiveCall::fromJson(record);
        REQUIRE(call.has_value());
        CHECK(call->extensionId == QStringLiteral("62264425016"));
    }
}

TEST_CASE("Ids sent as JSON numbers are read as decimal strings", "[activecall]")
{
    const auto call = ActiveCall::fromJson(parse(R"({"id": 4011, "sessionId": 1039811321016, "partyId": 2,
        "telephonySessionId": 77, "from": {"extensionId": 62264426016, "extensionNumber": 102}})"));
    REQUIRE(call.has_value());
    CHECK(call->id == QStringLiteral("4011"));
    CHECK(call->sessionId == QStringLiteral("1039811321016"));
    CHECK(call->partyId == QStringLiteral("2"));
    CHECK(call->telephonySessionId == QStringLiteral("77"));
    CHECK(call->from.extensionId == QStringLiteral("62264426016"));
    CHECK(call->from.extensionNumber == QStringLiteral("102"));
}

TEST_CASE("Durations sent as numeric text are read as numbers", "[activecall]")
{
    const auto call = ActiveCall::fromJson(parse(R"({"id": "d", "duration": "38", "durationMs": "38250"})"));
    REQUIRE(call.has_value());
    CHECK(call->durationSeconds == 38);
    CHECK(call->durationMs == 38250);
    const auto junk = ActiveCall::fromJson(parse(R"({"id": "d", "duration": "soon", "durationMs": null})"));
    REQUIRE(junk.has_value());
    CHECK(junk->durationSeconds == -1);
    CHECK(junk->durationMs == -1);
}

TEST_CASE("A duration past any call's, or negative, reads as absent and the board shows no duration",
          "[activecall]")
{
    // Found by fuzz_activecalls: 8.3e18 s overflowed on its way to milliseconds in the board.
    const auto huge = ActiveCall::fromJson(
        parse(R"({"id": "d", "duration": 8.3e18, "durationMs": 9223372036854775807})"));
    REQUIRE(huge.has_value());
    CHECK(huge->durationSeconds == -1);
    CHECK(huge->durationMs == -1);
    const auto negative = ActiveCall::fromJson(parse(R"({"id": "d", "duration": -5, "durationMs": "-1"})"));
    REQUIRE(negative.has_value());
    CHECK(negative->durationSeconds == -1);
    CHECK(negative->durationMs == -1);
    const auto longest = ActiveCall::fromJson(parse(R"({"id": "d", "duration": 86400})"));
    REQUIRE(longest.has_value());
    CHECK(longest->durationSeconds == 86400);
}

TEST_CASE("Timestamps with Z, +0000 or +00:00, with or without milliseconds, read as the same UTC instant",
          "[activecall]")
{
    const QString text = GENERATE(as<QString> {}, "2026-05-04T14:02:11.000Z", "2026-05-04T14:02:11Z",
                                  "2026-05-04T14:02:11.000+0000", "2026-05-04T14:02:11+0000",
                                  "2026-05-04T14:02:11+00:00", "2026-05-04T14:02:11.000+00:00",
                                  "2026-05-04T16:02:11+02:00", "2026-05-04T09:02:11.000-0500",
                                  "2026-05-04T14:02:11", "2026-05-04t14:02:11z", " 2026-05-04T14:02:11Z ");
    CAPTURE(text.toStdString());
    const QDateTime parsed = ActiveCall::parseTimestamp(text);
    CHECK(parsed == utc(2026, 5, 4, 14, 2, 11));
    CHECK(parsed.timeSpec() == Qt::UTC);
}

TEST_CASE("Timestamp fractions keep milliseconds and drop finer digits", "[activecall]")
{
    CHECK(ActiveCall::parseTimestamp(QStringLiteral("2026-05-04T14:02:11.5Z"))
          == utc(2026, 5, 4, 14, 2, 11, 500));
    CHECK(ActiveCall::parseTimestamp(QStringLiteral("2026-05-04T14:02:11.318+0000"))
          == utc(2026, 5, 4, 14, 2, 11, 318));
    CHECK(ActiveCall::parseTimestamp(QStringLiteral("2026-05-04T14:02:11.318999Z"))
          == utc(2026, 5, 4, 14, 2, 11, 318));
    CHECK(ActiveCall::parseTimestamp(QStringLiteral("2024-02-29T23:59:59.999Z"))
          == utc(2024, 2, 29, 23, 59, 59, 999));
}

TEST_CASE("Unreadable timestamps leave the time invalid instead of inventing one", "[activecall]")
{
    const QString text = GENERATE(as<QString> {}, "", "yesterday", "2026-13-04T14:02:11Z",
                                  "2025-02-29T10:00:00Z", "2026-05-04T25:02:11Z", "2026-05-04T14:02:11.Z",
                                  "2026-05-04T14:02:11Zjunk", "2026-05-04T14:02:11+2500");
    CAPTURE(text.toStdString());
    CHECK_FALSE(ActiveCall::parseTimestamp(text).isValid());
}

TEST_CASE("The newer lastModifiedTime and finished fields are read when present", "[activecall]")
{
    const auto call = ActiveCall::fromJson(parse(R"({"id": "f", "result": "In Progress", "finished": true,
        "lastModifiedTime": "2026-05-04T14:05:00.123+0000"})"));
    REQUIRE(call.has_value());
    REQUIRE(call->finished.has_value());
    CHECK(*call->finished);
    CHECK(call->lastModifiedTime == utc(2026, 5, 4, 14, 5, 0, 123));
}

TEST_CASE("The key falls back from record id to telephony session and party, then to session id",
          "[activecall]")
{
    ActiveCall call;
    call.id = QStringLiteral("rec");
    call.telephonySessionId = QStringLiteral("s-1");
    call.partyId = QStringLiteral("p-1-2");
    call.sessionId = QStringLiteral("1039811321016");
    CHECK(call.key() == QStringLiteral("rec"));
    call.id.clear();
    CHECK(call.key() == QStringLiteral("s-1/p-1-2"));
    call.partyId.clear();
    CHECK(call.key() == QStringLiteral("1039811321016"));
    call.sessionId.clear();
    CHECK(call.key() == QStringLiteral("s-1"));
    call.telephonySessionId.clear();
    CHECK(call.key().isEmpty());

    const auto fromJson = ActiveCall::fromJson(parse(R"({"sessionId": "1039811321016"})"));
    REQUIRE(fromJson.has_value());
    CHECK(fromJson->key() == QStringLiteral("1039811321016"));
}

TEST_CASE("A call is live while it has no final result and is not flagged finished", "[activecall]")
{
    ActiveCall call;
    call.id = QStringLiteral("l");
    call.result = QStringLiteral("In Progress");
    CHECK(call.isLive());
    call.result = QStringLiteral("in progress");
    CHECK(call.isLive());
    call.result.clear();
    CHECK(call.isLive());
    call.result = QStringLiteral("Accepted");
    CHECK_FALSE(call.isLive());
    call.result = QStringLiteral("Call connected");
    CHECK_FALSE(call.isLive());

    call.result = QStringLiteral("In Progress");
    call.finished = false;
    CHECK(call.isLive());
    call.finished = true;
    CHECK_FALSE(call.isLive());
}

TEST_CASE("Two readings of the same record are equal and any changed field makes them differ", "[activecall]")
{
    const auto a = ActiveCall::fromJson(parse(kInProgress));
    const auto b = ActiveCall::fromJson(parse(kInProgress));
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    CHECK(*a == *b);

    ActiveCall c = *a;
    c.durationSeconds = 12;
    CHECK_FALSE(c == *a);
    c = *a;
    c.to.name = QStringLiteral("Someone Else");
    CHECK_FALSE(c == *a);
    c = *a;
    c.finished = false;
    CHECK_FALSE(c == *a);
    c = *a;
    c.startTime = c.startTime.addMSecs(1);
    CHECK_FALSE(c == *a);
}
