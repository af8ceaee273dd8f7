// How fast `callwatch-sim --calls 10000` serves active calls: one page of 1,000 records and a
// full snapshot of every page, measured from a separate process over loopback HTTP, as a
// client sees it. The simulator's rate limits stay on; the bench paces itself by them.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    int remaining = -1;
    int window = 60;
};

class Client
{
public:
    explicit Client(QString base)
        : m_base(std::move(base))
    {
    }

    Answer send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body = {})
    {
        request.setTransferTimeout(60000);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.remaining = reply->rawHeader("X-Rate-Limit-Remaining").toInt();
        a.window = reply->rawHeader("X-Rate-Limit-Window").toInt();
        reply->deleteLater();
        return a;
    }

    Answer get(const QString &url, const QString &token)
    {
        QNetworkRequest request { QUrl(url) };
        request.setRawHeader("Authorization", "bearer " + token.toLatin1());
        request.setRawHeader("Accept", "application/json");
        return send(request, "GET");
    }

    QString url(const QString &path) const { return m_base + path; }

private:
    QString m_base;
    QNetworkAccessManager m_nam;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

qint64 peakRssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kCalls = 10000;
    constexpr double kSpeed = 30.0; // a 60 s rate-limit window passes in 2 s of real time
    constexpr int kRounds = 5;

    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer startup;
    startup.start();
    sim.start(QStringLiteral(CALLWATCH_SIM_PATH),
              { QStringLiteral("--calls"), QString::number(kCalls), QStringLiteral("--speed"),
                QString::number(kSpeed), QStringLiteral("--seed"), QStringLiteral("1") });
    if (!sim.waitForReadyRead(60000)) {
        std::fprintf(stderr, "sim_bench: callwatch-sim did not start\n");
        return 1;
    }
    const double startupMs = double(startup.nsecsElapsed()) / 1e6;
    const QString first = QString::fromLatin1(sim.readLine()).trimmed();
    const QString base = first.section(QLatin1Char(' '), 2);

    Client client(base);
    const auto state
        = QJsonDocument::fromJson(
              client.send(QNetworkRequest(QUrl(client.url(QStringLiteral("/sim/control/state")))), "GET")
                  .body)
              .object();
    QNetworkRequest jwtRequest(QUrl(client.url(QStringLiteral("/sim/control/jwt"))));
    jwtRequest.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QString jwt
        = QJsonDocument::fromJson(
              client
                  .send(jwtRequest, "POST",
                        QJsonDocument(QJsonObject { { QStringLiteral("extensionId"),
                                                      state.value(QStringLiteral("adminExtensionId")) } })
                            .toJson())
                  .body)
              .object()
              .value(QStringLiteral("jwt"))
              .toString();
    QNetworkRequest tokenRequest(QUrl(client.url(QStringLiteral("/restapi/oauth/token"))));
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                           QStringLiteral("application/x-www-form-urlencoded"));
    tokenRequest.setRawHeader(
        "Authorization", "Basic " + QByteArray("callwatch-demo-client:callwatch-demo-secret").toBase64());
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"),
                      QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
    form.addQueryItem(QStringLiteral("assertion"), jwt);
    const QString token = QJsonDocument::fromJson(
                              client.send(tokenRequest, "POST", form.query(QUrl::FullyEncoded).toUtf8()).body)
                              .object()
                              .value(QStringLiteral("access_token"))
                              .toString();
    if (token.isEmpty()) {
        std::fprintf(stderr, "sim_bench: sign-in failed\n");
        return 1;
    }

    // Pace by the Heavy budget the server reports: when it is spent, let one window pass.
    int remaining = 10;
    int window = 60;
    const auto pace = [&] {
        if (remaining <= 0) {
            QThread::msleep(static_cast<unsigned long>(window * 1000 / kSpeed + 100));
            remaining = 1;
        }
    };
    const auto heavyGet = [&](const QString &url) {
        Answer a = client.get(url, token);
        remaining = a.remaining;
        window = a.window > 0 ? a.window : 60;
        return a;
    };

    const QString firstPage
        = client.url(QStringLiteral("/restapi/v1.0/account/~/active-calls?page=1&perPage=1000"));
    std::vector<double> pageMs;
    qint64 pageBytes = 0;
    for (int i = 0; i < kRounds; ++i) {
        pace();
        QElapsedTimer t;
        t.start();
        const Answer a = heavyGet(firstPage);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (a.status != 200) {
            std::fprintf(stderr, "sim_bench: page answered %d\n", a.status);
            return 1;
        }
        pageMs.push_back(ms);
        pageBytes = a.body.size();
    }

    std::vector<double> snapshotMs;
    qsizetype snapshotRecords = 0;
    int snapshotPages = 0;
    for (int i = 0; i < kRounds; ++i) {
        // Start each snapshot with a full budget, as a paced client would.
        QThread::msleep(static_cast<unsigned long>(window * 1000 / kSpeed + 100));
        remaining = 10;
        // Serving time only: the waits for the next Heavy window are the client's pacing.
        double servingMs = 0;
        QString next = firstPage;
        qsizetype records = 0;
        int pages = 0;
        while (!next.isEmpty()) {
            pace();
            QElapsedTimer t;
            t.start();
            const Answer a = heavyGet(next);
            servingMs += double(t.nsecsElapsed()) / 1e6;
            if (a.status != 200) {
                std::fprintf(stderr, "sim_bench: snapshot page answered %d\n", a.status);
                return 1;
            }
            const QJsonObject o = QJsonDocument::fromJson(a.body).object();
            records += o.value(QStringLiteral("records")).toArray().size();
            ++pages;
            next = o.value(QStringLiteral("navigation"))
                       .toObject()
                       .value(QStringLiteral("nextPage"))
                       .toObject()
                       .value(QStringLiteral("uri"))
                       .toString();
        }
        snapshotMs.push_back(servingMs);
        snapshotRecords = records;
        snapshotPages = pages;
    }
    const qint64 rssKiB = peakRssKiB(sim.processId());
    sim.kill();
    sim.waitForFinished();

    std::printf("| callwatch-sim --calls %d | figure |\n|---|---|\n", kCalls);
    std::printf("| start-up to `listening` (warm-up of the living account) | %.0f ms |\n", startupMs);
    std::printf("| one page of 1,000 records (%lld bytes), median of %d | %.1f ms (min %.1f) |\n",
                static_cast<long long>(pageBytes), kRounds, median(pageMs),
                *std::min_element(pageMs.begin(), pageMs.end()));
    std::printf(
        "| full snapshot: %lld records in %d pages (serving time, pacing waits excluded), median of %d "
        "| %.1f ms (min %.1f) |\n",
        static_cast<long long>(snapshotRecords), snapshotPages, kRounds, median(snapshotMs),
        *std::min_element(snapshotMs.begin(), snapshotMs.end()));
    std::printf("| simulator peak resident memory | %.1f MiB |\n", double(rssKiB) / 1024.0);
    return 0;
}
