// What `callwatch --once` prints: the snapshot as CSV and as JSON, read back and compared.

#include "../csvreader.h"
#include "../testsupport.h"
#include "callboard.h"
#include "snapshotexport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace callwatch;

namespace {

const QDateTime kStart(QDate(2026, 5, 4), QTime(14, 2, 11, 318), Qt::UTC);
const QDateTime kNow = kStart.addSecs(330); // 5 min 30 s into the live call

const QStringList kColumns {
    QStringLiteral("id"),
    QStringLiteral("status"),
    QStringLiteral("direction"),
    QStringLiteral("from_name"),
    QStringLiteral("from_number"),
    QStringLiteral("from_extension"),
    QStringLiteral("to_name"),
    QStringLiteral("to_number"),
    QStringLiteral("to_extension"),
    QStringLiteral("extension_id"),
    QStringLiteral("start_time"),
    QStringLiteral("duration_seconds"),
    QStringLiteral("type"),
    QStringLiteral("action"),
    QStringLiteral("result"),
    QStringLiteral("reason"),
    QStringLiteral("transport"),
    QStringLiteral("session_id"),
    QStringLiteral("telephony_session_id"),
    QStringLiteral("party_id"),
};

// What a spreadsheet reads of the bytes; every row ends in CRLF.
QList<QStringList> readCsv(const QByteArray &bytes)
{
    const std::optional<QList<QStringList>> rows = test::readCsv(bytes);
    REQUIRE(rows);
    return *rows;
}

BoardEntry liveEntry()
{
    BoardEntry e;
    ActiveCall &c = e.call;
    c.id = QStringLiteral("Q2FsbElkMDE");
    c.sessionId = QStringLiteral("1039811327016");
    c.telephonySessionId = QStringLiteral("s-b1e2897a1c49dz1876d9b9d11z19269ec0000");
    c.partyId = QStringLiteral("p-b1e2897a1c49dz1876d9b9d11z19269ec0000-2");
    c.startTime = kStart;
    c.durationSeconds = 12; // the platform's figure lags behind
    c.durationMs = 12000;
    c.type = QStringLiteral("Voice");
    c.direction = QStringLiteral("Inbound");
    c.action = QStringLiteral("Phone Call");
    c.result = QStringLiteral("In Progress");
    c.transport = QStringLiteral("PSTN");
    c.from = { QStringLiteral("+14155550123"), QString(), QString(), QStringLiteral("SMITH, JANE \"JJ\""),
               QStringLiteral("San Francisco, CA") };
    c.to = { QStringLiteral("+16505550100"), QStringLiteral("101"), QStringLiteral("62264425016"),
             QStringLiteral("Carol Queue"), QString() };
    c.extensionId = QStringLiteral("62264425016");
    e.firstSeen = e.lastConfirmed = kStart.addSecs(5);
    // As the board has it from the list: its word on the call.
    e.progress = progressFromList(e.call, kNow.toMSecsSinceEpoch());
    return e;
}

BoardEntry endedEntry()
{
    BoardEntry e;
    ActiveCall &c = e.call;
    c.id = QStringLiteral("Q2FsbElkMDI");
    c.sessionId = QStringLiteral("1039811326016");
    c.startTime = kStart.addSecs(-200);
    c.durationSeconds = 194;
    c.type = QStringLiteral("Voice");
    c.direction = QStringLiteral("Outbound");
    c.action = QStringLiteral("VoIP Call");
    c.result = QStringLiteral("Call connected");
    c.reason = QStringLiteral("Connected");
    c.transport = QStringLiteral("VoIP");
    c.from = { QStringLiteral("+16505550101"), QStringLiteral("102"), QString(), QStringLiteral("Dan Dialer"),
               QString() };
    c.to
        = { QStringLiteral("+12125550199"), QString(), QString(), QString(), QStringLiteral("New York, NY") };
    c.extensionId = QStringLiteral("9007199254740993");
    // As the board has it from the list: its word on the call.
    e.progress = progressFromList(e.call, kNow.toMSecsSinceEpoch());
    return e;
}

QByteArray write(const std::vector<const BoardEntry *> &entries, SnapshotFormat format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    REQUIRE(writeSnapshot(&buffer, entries, format, kNow, &error));
    CHECK(error.isEmpty());
    return buffer.data();
}

} // namespace

TEST_CASE("The snapshot columns are the agreed ones, in order", "[snapshot]")
{
    CHECK(snapshotColumns() == kColumns);
}

TEST_CASE("A CSV snapshot is a header row and one CRLF row per call, without a BOM", "[snapshot]")
{
    const BoardEntry live = liveEntry();
    const BoardEntry ended = endedEntry();
    const QByteArray bytes = write({ &live, &ended }, SnapshotFormat::Csv);
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.startsWith(QByteArray(kColumns.join(u',').toUtf8() + "\r\n")));

    const QList<QStringList> rows = readCsv(bytes);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == kColumns);
    CHECK(rows[1]
          == QStringList { QStringLiteral("Q2FsbElkMDE"),
                           QStringLiteral("live"),
                           QStringLiteral("Inbound"),
                           QStringLiteral("SMITH, JANE \"JJ\""),
                           QStringLiteral("'+14155550123"),
                           QString(),
                           QStringLiteral("Carol Queue"),
                           QStringLiteral("'+16505550100"),
                           QStringLiteral("101"),
                           QStringLiteral("62264425016"),
                           QStringLiteral("2026-05-04T14:02:11.318Z"),
                           QStringLiteral("330"),
                           QStringLiteral("Voice"),
                           QStringLiteral("Phone Call"),
                           QStringLiteral("In Progress"),
                           QString(),
                           QStringLiteral("PSTN"),
                           QStringLiteral("1039811327016"),
                           QStringLiteral("s-b1e2897a1c49dz1876d9b9d11z19269ec0000"),
                           QStringLiteral("p-b1e2897a1c49dz1876d9b9d11z19269ec0000-2") });
    CHECK(rows[2]
          == QStringList { QStringLiteral("Q2FsbElkMDI"),
                           QStringLiteral("ended"),
                           QStringLiteral("Outbound"),
                           QStringLiteral("Dan Dialer"),
                           QStringLiteral("'+16505550101"),
                           QStringLiteral("102"),
                           QString(),
                           QStringLiteral("'+12125550199"),
                           QString(),
                           QStringLiteral("9007199254740993"),
                           QStringLiteral("2026-05-04T13:58:51.318Z"),
                           QStringLiteral("194"),
                           QStringLiteral("Voice"),
                           QStringLiteral("VoIP Call"),
                           QStringLiteral("Call connected"),
                           QStringLiteral("Connected"),
                           QStringLiteral("VoIP"),
                           QStringLiteral("1039811326016"),
                           QString(),
                           QString() });
}

TEST_CASE("A live call's duration never falls behind the platform's own figure", "[snapshot]")
{
    BoardEntry live = liveEntry();
    const int durationColumn = int(kColumns.indexOf(QStringLiteral("duration_seconds")));

    SECTION("counted from the start time when that is larger")
    {
        CHECK(snapshotRow(live, kNow).at(durationColumn) == QStringLiteral("330"));
    }
    SECTION("the record's duration when our clock is behind")
    {
        live.call.durationSeconds = 400;
        CHECK(snapshotRow(live, kNow).at(durationColumn) == QStringLiteral("400"));
    }
    SECTION("milliseconds stand in for missing seconds")
    {
        live.call.startTime = QDateTime();
        live.call.durationSeconds = -1;
        live.call.durationMs = 45999;
        CHECK(snapshotRow(live, kNow).at(durationColumn) == QStringLiteral("45"));
    }
    SECTION("a start time ahead of our clock counts as zero, not negative")
    {
        live.call.startTime = kNow.addSecs(30);
        live.call.durationSeconds = -1;
        live.call.durationMs = -1;
        CHECK(snapshotRow(live, kNow).at(durationColumn) == QStringLiteral("0"));
    }
    SECTION("unknown when nothing says")
    {
        live.call.startTime = QDateTime();
        live.call.durationSeconds = -1;
        live.call.durationMs = -1;
        CHECK(snapshotRow(live, kNow).at(durationColumn).isEmpty());
    }
}

TEST_CASE("An ended call keeps the duration the platform recorded", "[snapshot]")
{
    const BoardEntry ended = endedEntry();
    const int durationColumn = int(kColumns.indexOf(QStringLiteral("duration_seconds")));
    CHECK(snapshotRow(ended, kNow.addSecs(3600)).at(durationColumn) == QStringLiteral("194"));
}

TEST_CASE("A JSON snapshot has generatedAt, count and calls keyed like the CSV columns", "[snapshot]")
{
    const BoardEntry live = liveEntry();
    const BoardEntry ended = endedEntry();
    const QByteArray bytes = write({ &live, &ended }, SnapshotFormat::Json);
    CHECK(bytes.contains("\n    \"")); // indented for people reading it

    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    REQUIRE(parseError.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    const QJsonObject root = doc.object();
    CHECK(root.keys()
          == QStringList { QStringLiteral("calls"), QStringLiteral("count"), QStringLiteral("generatedAt") });
    CHECK(root.value(QStringLiteral("generatedAt")).toString() == QStringLiteral("2026-05-04T14:07:41.318Z"));
    CHECK(root.value(QStringLiteral("count")).toInteger() == 2);

    const QJsonArray calls = root.value(QStringLiteral("calls")).toArray();
    REQUIRE(calls.size() == 2);
    for (const QJsonValue &v : calls) {
        const QJsonObject call = v.toObject();
        QStringList keys = call.keys();
        QStringList expected = kColumns;
        keys.sort();
        expected.sort();
        CHECK(keys == expected);
        for (const QString &key : kColumns) {
            CAPTURE(key.toStdString());
            if (key == QStringLiteral("duration_seconds"))
                CHECK(call.value(key).isDouble());
            else
                CHECK(call.value(key).isString());
        }
    }

    const QJsonObject first = calls.at(0).toObject();
    CHECK(first.value(QStringLiteral("id")).toString() == QStringLiteral("Q2FsbElkMDE"));
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("live"));
    CHECK(first.value(QStringLiteral("duration_seconds")).toInteger() == 330);
    // JSON is not a spreadsheet: numbers and names are exactly as the platform sent them.
    CHECK(first.value(QStringLiteral("from_number")).toString() == QStringLiteral("+14155550123"));
    CHECK(first.value(QStringLiteral("from_name")).toString() == QStringLiteral("SMITH, JANE \"JJ\""));
    CHECK(first.value(QStringLiteral("start_time")).toString() == QStringLiteral("2026-05-04T14:02:11.318Z"));

    const QJsonObject second = calls.at(1).toObject();
    CHECK(second.value(QStringLiteral("status")).toString() == QStringLiteral("ended"));
    CHECK(second.value(QStringLiteral("duration_seconds")).toInteger() == 194);
    CHECK(second.value(QStringLiteral("extension_id")).toString() == QStringLiteral("9007199254740993"));
    CHECK(second.value(QStringLiteral("party_id")).toString() == QString());
}

TEST_CASE("A JSON call with no known duration has duration_seconds null", "[snapshot]")
{
    BoardEntry ended = endedEntry();
    ended.call.durationSeconds = -1;
    const QJsonDocument doc = QJsonDocument::fromJson(write({ &ended }, SnapshotFormat::Json));
    const QJsonObject call = doc.object().value(QStringLiteral("calls")).toArray().at(0).toObject();
    CHECK(call.contains(QStringLiteral("duration_seconds")));
    CHECK(call.value(QStringLiteral("duration_seconds")).isNull());
}

TEST_CASE("An empty board gives a header-only CSV and a JSON with no calls", "[snapshot]")
{
    CHECK(write({}, SnapshotFormat::Csv) == QByteArray(kColumns.join(u',').toUtf8() + "\r\n"));
    const QJsonObject root = QJsonDocument::fromJson(write({}, SnapshotFormat::Json)).object();
    CHECK(root.value(QStringLiteral("count")).toInteger() == 0);
    CHECK(root.value(QStringLiteral("calls")).isArray());
    CHECK(root.value(QStringLiteral("calls")).toArray().isEmpty());
}

TEST_CASE("The order of the board's entries is the order of the rows", "[snapshot]")
{
    CallBoard board;
    board.applySnapshot({ endedEntry().call, liveEntry().call }, kNow);
    const QList<QStringList> rows = readCsv(write(board.entries(), SnapshotFormat::Csv));
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].at(0) == QStringLiteral("Q2FsbElkMDE")); // the newer start first
    CHECK(rows[2].at(0) == QStringLiteral("Q2FsbElkMDI"));
}

TEST_CASE("A snapshot written to a device that cannot take it fails with a reason", "[snapshot]")
{
    const BoardEntry live = liveEntry();
    const SnapshotFormat format = GENERATE(SnapshotFormat::Csv, SnapshotFormat::Json);
    CAPTURE(format == SnapshotFormat::Csv ? "csv" : "json");

    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    QString error;
    CHECK_FALSE(writeSnapshot(&readOnly, { &live }, format, kNow, &error));
    CHECK_FALSE(error.isEmpty());

    QBuffer closed;
    error.clear();
    CHECK_FALSE(writeSnapshot(&closed, { &live }, format, kNow, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(writeSnapshot(nullptr, { &live }, format, kNow, nullptr));
}
