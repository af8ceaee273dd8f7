// What one poll costs the GUI thread before the model: parsing the active-calls pages, reading
// every record into ActiveCall and applying the snapshot to CallBoard, for 1,000 and 10,000
// calls. The pages are synthetic but shaped like the simulator's (src/sim/callengine.cpp,
// recordJson): same fields, same id formats, 1,000 records per page. Prints a markdown table of
// medians; never passes or fails on time.
#include "activecall.h"
#include "callboard.h"
#include "snapshotexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace callwatch;

namespace {

constexpr int kPerPage = 1000;
const QString kApiBase = QStringLiteral("https://platform.example.com/restapi/v1.0");
constexpr qint64 kAccountId = 37439510;

struct Synth
{
    QRandomGenerator rng { 20260504 };
    qint64 nextSession = 1039811300016;
    qint64 nowMs = QDateTime(QDate(2026, 5, 4), QTime(14, 0, 0), Qt::UTC).toMSecsSinceEpoch();

    QString recordId()
    {
        static constexpr char kAlphabet[]
            = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        QString id(15, Qt::Uninitialized);
        for (auto &ch : id)
            ch = QLatin1Char(kAlphabet[rng.bounded(64u)]);
        return id;
    }

    static QString iso(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    }

    QJsonObject userParty(qint64 extId, int n)
    {
        return QJsonObject {
            { QStringLiteral("phoneNumber"), QStringLiteral("+1650555%1").arg(1000 + n % 9000) },
            { QStringLiteral("extensionNumber"), QString::number(100 + n % 900) },
            { QStringLiteral("extensionId"), QString::number(extId) },
            { QStringLiteral("name"), QStringLiteral("User Number %1").arg(n) },
        };
    }

    QJsonObject outsideParty(bool withName)
    {
        QJsonObject p {
            { QStringLiteral("phoneNumber"),
              QStringLiteral("+1415555%1").arg(rng.bounded(10000u), 4, 10, QLatin1Char('0')) },
            { QStringLiteral("location"), QStringLiteral("San Francisco, CA") },
        };
        if (withName)
            p.insert(QStringLiteral("name"), QStringLiteral("SAN FRANCISCO CA"));
        return p;
    }

    QJsonObject record()
    {
        const int user = int(rng.bounded(2000u));
        const qint64 extId = 62264425016 + qint64(user) * 1000;
        const QString extUri
            = kApiBase + QStringLiteral("/account/%1/extension/%2").arg(kAccountId).arg(extId);
        const QString id = recordId();
        const QString tsid = QStringLiteral("s-a0d17%1z%2")
                                 .arg(rng.generate64() & 0xffffffffffffull, 12, 16, QLatin1Char('0'))
                                 .arg(rng.generate(), 8, 16, QLatin1Char('0'));
        const bool inbound = rng.bounded(100u) < 55;
        const bool ended = rng.bounded(100u) < 40;
        const qint64 startMs = nowMs - qint64(rng.bounded(1'800'000u));
        const qint64 durationMs = nowMs - startMs - 5000;
        nextSession += 1000 + rng.bounded(9000u);

        QJsonObject r {
            { QStringLiteral("uri"),
              QString(extUri + QStringLiteral("/call-log/") + id + QStringLiteral("?view=Simple")) },
            { QStringLiteral("id"), id },
            { QStringLiteral("sessionId"), QString::number(nextSession) },
            { QStringLiteral("telephonySessionId"), tsid },
            { QStringLiteral("partyId"), QString(QStringLiteral("p-") + tsid.mid(2) + QStringLiteral("-1")) },
            { QStringLiteral("startTime"), iso(startMs) },
            { QStringLiteral("duration"), double(durationMs / 1000) },
            { QStringLiteral("durationMs"), double(durationMs) },
            { QStringLiteral("type"), QStringLiteral("Voice") },
            { QStringLiteral("direction"), inbound ? QStringLiteral("Inbound") : QStringLiteral("Outbound") },
            { QStringLiteral("action"),
              inbound ? QStringLiteral("Phone Call") : QStringLiteral("VoIP Call") },
            { QStringLiteral("transport"), inbound ? QStringLiteral("PSTN") : QStringLiteral("VoIP") },
            { QStringLiteral("internalType"), QStringLiteral("Usual") },
            { QStringLiteral("from"), inbound ? outsideParty(true) : userParty(extId, user) },
            { QStringLiteral("to"), inbound ? userParty(extId, user) : outsideParty(false) },
            { QStringLiteral("extension"),
              QJsonObject { { QStringLiteral("id"), double(extId) }, { QStringLiteral("uri"), extUri } } },
            { QStringLiteral("lastModifiedTime"), iso(nowMs - 4000) },
            { QStringLiteral("result"),
              ended ? (inbound ? QStringLiteral("Accepted") : QStringLiteral("Call connected"))
                    : QStringLiteral("In Progress") },
        };
        if (ended)
            r.insert(QStringLiteral("reason"),
                     inbound ? QStringLiteral("Accepted") : QStringLiteral("Connected"));
        return r;
    }
};

// The records as the server would page them: CallLogResponse bodies of up to 1,000 records.
std::vector<QByteArray> pages(const std::vector<QJsonObject> &records)
{
    std::vector<QByteArray> out;
    for (size_t first = 0; first < records.size(); first += kPerPage) {
        const size_t last = std::min(records.size(), first + kPerPage);
        QJsonArray array;
        for (size_t i = first; i < last; ++i)
            array.append(records[i]);
        const int page = int(first / kPerPage) + 1;
        const QString uri = kApiBase
            + QStringLiteral("/account/%1/active-calls?page=%2&perPage=%3")
                  .arg(kAccountId)
                  .arg(page)
                  .arg(kPerPage);
        QJsonObject navigation { { QStringLiteral("firstPage"),
                                   QJsonObject { { QStringLiteral("uri"), uri } } } };
        if (last < records.size())
            navigation.insert(QStringLiteral("nextPage"), QJsonObject { { QStringLiteral("uri"), uri } });
        const QJsonObject body {
            { QStringLiteral("uri"), uri },
            { QStringLiteral("records"), array },
            { QStringLiteral("paging"),
              QJsonObject { { QStringLiteral("page"), page },
                            { QStringLiteral("perPage"), kPerPage },
                            { QStringLiteral("pageStart"), int(first) },
                            { QStringLiteral("pageEnd"), int(last - 1) } } },
            { QStringLiteral("navigation"), navigation },
        };
        out.push_back(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    return out;
}

std::vector<QJsonDocument> parsePages(const std::vector<QByteArray> &bodies)
{
    std::vector<QJsonDocument> docs;
    docs.reserve(bodies.size());
    for (const QByteArray &b : bodies)
        docs.push_back(QJsonDocument::fromJson(b));
    return docs;
}

std::vector<ActiveCall> readRecords(const std::vector<QJsonDocument> &docs)
{
    std::vector<QJsonArray> pages;
    size_t total = 0;
    for (const QJsonDocument &doc : docs) {
        pages.push_back(doc.object().value(QStringLiteral("records")).toArray());
        total += size_t(pages.back().size());
    }
    std::vector<ActiveCall> calls;
    calls.reserve(total);
    for (const QJsonArray &records : pages) {
        for (const QJsonValue &v : records) {
            if (auto call = ActiveCall::fromJson(v.toObject()))
                calls.push_back(std::move(*call));
        }
    }
    return calls;
}

// The median of `runs` timings in milliseconds; `prepare` runs untimed before each.
double medianMs(int runs, const std::function<void()> &prepare, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

struct Figures
{
    qsizetype bytes = 0;
    double parse = 0, read = 0, firstApply = 0, nextApply = 0, tickApply = 0, endToEnd = 0, entries = 0,
           csv = 0;
    int changed = 0, removed = 0, added = 0, ticked = 0;
};

Figures measure(int calls, int runs)
{
    Synth synth;
    std::vector<QJsonObject> first;
    for (int i = 0; i < calls; ++i)
        first.push_back(synth.record());

    // The next poll: ~5 % changed (duration and last-modified moved on), 2 % gone, 2 % new.
    std::vector<QJsonObject> next;
    for (const QJsonObject &r : first) {
        const quint32 roll = synth.rng.bounded(1000u);
        if (roll < 20)
            continue;
        QJsonObject copy = r;
        if (roll < 70) {
            copy.insert(QStringLiteral("duration"), copy.value(QStringLiteral("duration")).toDouble() + 10);
            copy.insert(QStringLiteral("durationMs"),
                        copy.value(QStringLiteral("durationMs")).toDouble() + 10000);
            copy.insert(QStringLiteral("lastModifiedTime"), Synth::iso(synth.nowMs + 6000));
        }
        next.push_back(copy);
    }
    for (int i = 0; i < calls / 50; ++i)
        next.insert(next.begin() + synth.rng.bounded(quint32(next.size())), synth.record());

    // What the simulator really does: every live record's duration grows between polls.
    std::vector<QJsonObject> ticked;
    for (const QJsonObject &r : first) {
        QJsonObject copy = r;
        if (copy.value(QStringLiteral("result")).toString() == QStringLiteral("In Progress")) {
            copy.insert(QStringLiteral("duration"), copy.value(QStringLiteral("duration")).toDouble() + 10);
            copy.insert(QStringLiteral("durationMs"),
                        copy.value(QStringLiteral("durationMs")).toDouble() + 10000);
        }
        ticked.push_back(copy);
    }

    const std::vector<QByteArray> firstPages = pages(first);
    const std::vector<QByteArray> nextPages = pages(next);
    const std::vector<QByteArray> tickedPages = pages(ticked);
    Figures f;
    for (const QByteArray &p : firstPages)
        f.bytes += p.size();

    std::vector<QJsonDocument> docs;
    f.parse = medianMs(
        runs, [] {}, [&] { docs = parsePages(firstPages); });
    std::vector<ActiveCall> records;
    f.read = medianMs(
        runs, [] {}, [&] { records = readRecords(docs); });
    // Each timed snapshot gets freshly read records, as a poll would: copies of one vector would
    // share their strings and make discarding the superseded records look cheaper than it is.
    const std::vector<QJsonDocument> nextDocs = parsePages(nextPages);
    const std::vector<QJsonDocument> tickedDocs = parsePages(tickedPages);

    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(synth.nowMs, Qt::UTC);
    const QDateTime t1 = t0.addSecs(10);
    CallBoard board;
    std::vector<ActiveCall> input;
    f.firstApply = medianMs(
        runs,
        [&] {
            board.clear();
            input = readRecords(docs);
        },
        [&] { board.applySnapshot(std::move(input), t0); });

    // Steady state, as poll follows poll: the board goes back to the first snapshot untimed, then
    // the next one is applied and timed.
    BoardDiff diff;
    board.clear();
    f.nextApply = medianMs(
        runs,
        [&] {
            board.applySnapshot(readRecords(docs), t0);
            input = readRecords(nextDocs);
        },
        [&] { diff = board.applySnapshot(std::move(input), t1); });
    f.changed = int(diff.changed.size());
    f.removed = int(diff.removed.size());
    f.added = int(diff.added.size());

    f.tickApply = medianMs(
        runs,
        [&] {
            board.applySnapshot(readRecords(docs), t0);
            input = readRecords(tickedDocs);
        },
        [&] { diff = board.applySnapshot(std::move(input), t1); });
    f.ticked = int(diff.changed.size());

    // The whole poll from bytes to board, as the feed and board would do it on one thread.
    f.endToEnd = medianMs(
        runs, [&] { board.applySnapshot(readRecords(docs), t0); },
        [&] { board.applySnapshot(readRecords(parsePages(nextPages)), t1); });

    std::vector<const BoardEntry *> entries;
    f.entries = medianMs(
        runs, [] {}, [&] { entries = board.entries(); });

    f.csv = medianMs(
        runs, [] {},
        [&] {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            writeSnapshot(&out, entries, SnapshotFormat::Csv, t1, nullptr);
        });
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Figures small = measure(1000, 21);
    const Figures large = measure(10000, 9);

    const auto row
        = [&](const char *what, double a, double b) { std::printf("| %s | %.3f | %.3f |\n", what, a, b); };
    std::printf("board_bench: median ms per step (1,000 records per page)\n\n");
    std::printf("| step | 1,000 calls | 10,000 calls |\n|---|---:|---:|\n");
    std::printf("| page JSON size (MB) | %.2f | %.2f |\n", double(small.bytes) / 1e6,
                double(large.bytes) / 1e6);
    row("QJsonDocument::fromJson of the page(s)", small.parse, large.parse);
    row("ActiveCall::fromJson of every record", small.read, large.read);
    row("CallBoard::applySnapshot, first snapshot", small.firstApply, large.firstApply);
    row("CallBoard::applySnapshot, next (5% changed, 2% removed, 2% added)", small.nextApply,
        large.nextApply);
    row("CallBoard::applySnapshot, next (every live call's duration ticked)", small.tickApply,
        large.tickApply);
    row("next poll end to end: parse + fromJson + applySnapshot", small.endToEnd, large.endToEnd);
    row("CallBoard::entries (sorted)", small.entries, large.entries);
    row("writeSnapshot CSV to a QBuffer", small.csv, large.csv);
    std::printf("\nnext-snapshot diff: 1,000: %d changed, %d removed, %d added; 10,000: %d changed, %d "
                "removed, %d added\n",
                small.changed, small.removed, small.added, large.changed, large.removed, large.added);
    std::printf("ticked-snapshot diff: 1,000: %d changed; 10,000: %d changed\n", small.ticked, large.ticked);
    return 0;
}
