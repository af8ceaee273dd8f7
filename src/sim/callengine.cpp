#include "callengine.h"

#include "simclock.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>

namespace callwatch::sim {

namespace {

// Mean connected time of a voice call, and how long the platform keeps an ended call listed.
constexpr double kMeanTalkMs = 180'000.0;
constexpr double kMeanCacheMs = 120'000.0;
// Internal calls (15 %) are listed once per extension, so each call gives 1.15 records.
constexpr double kRecordsPerCall = 1.15;
constexpr qint64 kMaxTalkMs = 1'800'000;
// How far back the simulation starts, so the first request already sees a steady state:
// longer than the longest call plus the cache time.
constexpr qint64 kWarmUpMs = kMaxTalkMs + 300'000;

} // namespace

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

SimCall::Phase SimCall::phaseAt(qint64 nowMs) const
{
    if (nowMs >= goneMs)
        return Phase::Gone;
    if (nowMs >= endMs)
        return Phase::Ended;
    if (nowMs < connectMs)
        return Phase::Ringing;
    if (holdFromMs != 0 && nowMs >= holdFromMs && nowMs < holdUntilMs)
        return Phase::OnHold;
    return Phase::Connected;
}

CallEngine::CallEngine(const SimAccount &account, const SimClock &clock, quint64 seed, int targetCalls)
    : m_account(account)
    , m_clock(clock)
    , m_rng(std::array<quint32, 2>{quint32(seed), quint32(seed >> 32)}.data(), 2)
    , m_target(std::max(targetCalls, 0))
    // Little's law: records listed = arrival rate x time listed x records per call, so this
    // arrival rate keeps about `targetCalls` records in the active-calls list.
    , m_meanInterArrivalMs(m_target > 0 ? (kMeanTalkMs + kMeanCacheMs) * kRecordsPerCall / m_target : 0.0)
    , m_nextSessionId(1039811300016 + qint64(seed % 1000) * 1000)
    , m_busy(account.users().size(), 0)
{
    m_nextArrivalMs = m_clock.nowMs() - kWarmUpMs;
    advance();
}

void CallEngine::advance()
{
    const qint64 now = m_clock.nowMs();
    if (m_target > 0) {
        while (m_nextArrivalMs <= now) {
            spawnCall(m_nextArrivalMs);
            // Exponential inter-arrival times: a Poisson stream of calls.
            const double u = std::max(m_rng.generateDouble(), 1e-12);
            m_nextArrivalMs += std::max<qint64>(1, std::llround(-std::log(u) * m_meanInterArrivalMs));
        }
    }
    if (m_advanceListener && now > m_advancedToMs)
        m_advanceListener(m_advancedToMs, now);
    m_advancedToMs = std::max(m_advancedToMs, now);
    std::erase_if(m_calls, [now](const SimCall &c) { return c.goneMs <= now; });
}

void CallEngine::releaseBusyUntil(qint64 atMs)
{
    while (!m_busyEnds.empty() && m_busyEnds.top().first <= atMs) {
        --m_busy[static_cast<size_t>(m_busyEnds.top().second)];
        m_busyEnds.pop();
    }
}

int CallEngine::pickFreeUser(qint64 atMs, int avoid)
{
    releaseBusyUntil(atMs);
    const auto users = static_cast<quint32>(m_account.users().size());
    // The two credential owners take a share of the calls so "My calls" has something to show.
    if (m_rng.bounded(20u) == 0) {
        const int special = int(m_rng.bounded(2u));
        if (special != avoid && m_busy[static_cast<size_t>(special)] == 0)
            return special;
    }
    int candidate = -1;
    for (int attempt = 0; attempt < 8; ++attempt) {
        candidate = int(m_rng.bounded(users));
        if (candidate != avoid && m_busy[static_cast<size_t>(candidate)] == 0)
            return candidate;
    }
    // A busy company: someone takes a second line.
    return candidate == avoid ? (candidate + 1) % int(users) : candidate;
}

QString CallEngine::randomRecordId()
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString id(15, Qt::Uninitialized);
    for (auto &ch : id)
        ch = QLatin1Char(kAlphabet[m_rng.bounded(64u)]);
    return id;
}

void CallEngine::spawnCall(qint64 startMs)
{
    SimCall c;
    const quint32 roll = m_rng.bounded(100u);
    c.pattern = roll < 30 ? SimCall::Pattern::InboundExternal
        : roll < 55       ? SimCall::Pattern::InboundQueue
        : roll < 85       ? SimCall::Pattern::OutboundExternal
                          : SimCall::Pattern::Internal;
    c.user = pickFreeUser(startMs, -1);
    if (c.pattern == SimCall::Pattern::Internal) {
        c.peerUser = pickFreeUser(startMs, c.user);
    } else {
        c.outside = int(m_rng.bounded(static_cast<quint32>(m_account.outsideNumbers().size())));
    }
    if (c.pattern == SimCall::Pattern::InboundQueue)
        c.queue = int(m_rng.bounded(static_cast<quint32>(m_account.queues().size())));
    c.fax = (c.pattern == SimCall::Pattern::InboundExternal || c.pattern == SimCall::Pattern::OutboundExternal)
        && m_rng.bounded(100u) == 0;

    const auto uniformMs = [this](double lo, double hi) {
        return std::llround((lo + (hi - lo) * m_rng.generateDouble()) * 1000.0);
    };
    c.startMs = startMs;
    const bool queued = c.pattern == SimCall::Pattern::InboundQueue;
    c.connectMs = startMs + uniformMs(queued ? 4.0 : 2.0, queued ? 45.0 : 18.0);
    qint64 talkMs;
    if (c.fax) {
        talkMs = uniformMs(25.0, 90.0);
    } else {
        const double u = std::max(m_rng.generateDouble(), 1e-12);
        talkMs = std::min<qint64>(kMaxTalkMs, 20'000 + std::llround(-std::log(u) * (kMeanTalkMs - 20'000)));
    }
    c.endMs = c.connectMs + talkMs;
    if (!c.fax && talkMs > 60'000 && m_rng.bounded(4u) == 0) {
        c.holdFromMs = c.connectMs + std::llround(double(talkMs) * (0.2 + 0.4 * m_rng.generateDouble()));
        c.holdUntilMs = std::min(c.endMs - 5'000, c.holdFromMs + uniformMs(10.0, 90.0));
    }
    c.listedFromMs = c.connectMs + uniformMs(3.0, 10.0);
    c.endSeenMs = c.endMs + uniformMs(3.0, 10.0);
    c.goneMs = c.endSeenMs + uniformMs(110.0, 130.0);

    if (c.fax) {
        c.action = c.pattern == SimCall::Pattern::InboundExternal ? QStringLiteral("Incoming Fax")
                                                                  : QStringLiteral("Outgoing Fax");
        c.transport = QStringLiteral("PSTN");
    } else if (c.pattern == SimCall::Pattern::OutboundExternal) {
        const quint32 kind = m_rng.bounded(10u);
        c.action = kind < 6 ? QStringLiteral("VoIP Call") : kind < 9 ? QStringLiteral("Phone Call")
                                                                     : QStringLiteral("RingOut PC");
        c.transport = kind < 6 ? QStringLiteral("VoIP") : QStringLiteral("PSTN");
    } else if (c.pattern == SimCall::Pattern::Internal) {
        c.action = QStringLiteral("VoIP Call");
        c.transport = QStringLiteral("VoIP");
    } else {
        c.action = QStringLiteral("Phone Call");
        c.transport = QStringLiteral("PSTN");
    }

    c.sessionId = QString::number(m_nextSessionId);
    m_nextSessionId += 1000 + m_rng.bounded(9000u);
    c.telephonySessionId = QStringLiteral("s-a0d17%1z%2")
                               .arg(m_rng.generate64() & 0xffffffffffffull, 12, 16, QLatin1Char('0'))
                               .arg(m_rng.generate(), 8, 16, QLatin1Char('0'));
    c.recordIds[0] = randomRecordId();
    if (c.peerUser >= 0)
        c.recordIds[1] = randomRecordId();

    for (int u : {c.user, c.peerUser}) {
        if (u < 0)
            continue;
        ++m_busy[static_cast<size_t>(u)];
        m_busyEnds.emplace(c.endMs, u);
    }
    m_calls.push_back(std::move(c));
}

std::vector<CallRecordRef> CallEngine::listing(std::optional<qint64> extensionId) const
{
    const qint64 now = m_clock.nowMs();
    int only = -1;
    if (extensionId) {
        const auto &users = m_account.users();
        const auto it = std::find_if(users.begin(), users.end(),
                                     [&](const SimExtension &e) { return e.id == *extensionId; });
        if (it == users.end())
            return {};
        only = int(it - users.begin());
    }
    std::vector<CallRecordRef> out;
    out.reserve(m_calls.size() / 2);
    for (auto it = m_calls.rbegin(); it != m_calls.rend(); ++it) {
        if (!it->listedAt(now))
            continue;
        if (only < 0 || it->user == only)
            out.push_back({&*it, 0});
        if (it->peerUser >= 0 && (only < 0 || it->peerUser == only))
            out.push_back({&*it, 1});
    }
    return out;
}

int CallEngine::connectedCount() const
{
    const qint64 now = m_clock.nowMs();
    return int(std::count_if(m_calls.begin(), m_calls.end(), [now](const SimCall &c) {
        const auto p = c.phaseAt(now);
        return p == SimCall::Phase::Connected || p == SimCall::Phase::OnHold;
    }));
}

QJsonObject CallEngine::partyForUser(int userIndex) const
{
    const SimExtension &e = m_account.users().at(static_cast<size_t>(userIndex));
    return QJsonObject{
        {QStringLiteral("phoneNumber"), e.directNumber},
        {QStringLiteral("extensionNumber"), e.extensionNumber},
        {QStringLiteral("extensionId"), QString::number(e.id)},
        {QStringLiteral("name"), e.name},
    };
}

QJsonObject CallEngine::fixedRecord(const CallRecordRef &ref, const QString &apiBase) const
{
    const SimCall &c = *ref.call;
    if (c.fixedRecordBase[ref.side] == apiBase)
        return c.fixedRecord[ref.side];

    const int owner = ref.side == 0 ? c.user : c.peerUser;
    const SimExtension &ext = m_account.users().at(static_cast<size_t>(owner));
    const QString extUri = apiBase + QLatin1String("/account/") + QString::number(m_account.id())
        + QLatin1String("/extension/") + QString::number(ext.id);
    const QString &id = c.recordIds[ref.side];

    QJsonObject outsideParty;
    if (c.outside >= 0) {
        const OutsideNumber &n = m_account.outsideNumbers().at(static_cast<size_t>(c.outside));
        outsideParty.insert(QStringLiteral("phoneNumber"), n.phoneNumber);
        outsideParty.insert(QStringLiteral("location"), n.location);
        // The carrier only delivers a caller-ID name on calls coming in.
        if (c.pattern != SimCall::Pattern::OutboundExternal)
            outsideParty.insert(QStringLiteral("name"), n.callerIdName);
    }

    QJsonObject from;
    QJsonObject to;
    QString internalType = QStringLiteral("Usual");
    switch (c.pattern) {
    case SimCall::Pattern::InboundExternal:
        from = outsideParty;
        to = partyForUser(c.user);
        break;
    case SimCall::Pattern::InboundQueue: {
        from = outsideParty;
        const SimExtension &q = m_account.queues().at(static_cast<size_t>(c.queue));
        to = QJsonObject{
            {QStringLiteral("phoneNumber"), q.directNumber},
            {QStringLiteral("extensionNumber"), q.extensionNumber},
            {QStringLiteral("extensionId"), QString::number(q.id)},
            {QStringLiteral("name"), q.name},
        };
        break;
    }
    case SimCall::Pattern::OutboundExternal:
        from = partyForUser(c.user);
        to = outsideParty;
        internalType = outsideParty.value(QStringLiteral("phoneNumber")).toString().startsWith(QLatin1String("+1650"))
            ? QStringLiteral("Local")
            : QStringLiteral("LongDistance");
        break;
    case SimCall::Pattern::Internal:
        from = partyForUser(c.user);
        to = partyForUser(c.peerUser);
        break;
    }

    c.fixedRecord[ref.side] = QJsonObject{
        {QStringLiteral("uri"), QString(extUri + QLatin1String("/call-log/") + id + QLatin1String("?view=Simple"))},
        {QStringLiteral("id"), id},
        {QStringLiteral("sessionId"), c.sessionId},
        {QStringLiteral("telephonySessionId"), c.telephonySessionId},
        {QStringLiteral("partyId"), c.partyId(ref.side)},
        {QStringLiteral("startTime"), isoTime(c.startMs)},
        {QStringLiteral("type"), c.fax ? QStringLiteral("Fax") : QStringLiteral("Voice")},
        {QStringLiteral("direction"), c.inboundFor(ref.side) ? QStringLiteral("Inbound") : QStringLiteral("Outbound")},
        {QStringLiteral("action"), c.action},
        {QStringLiteral("transport"), c.transport},
        {QStringLiteral("internalType"), internalType},
        {QStringLiteral("from"), from},
        {QStringLiteral("to"), to},
        {QStringLiteral("extension"),
         QJsonObject{{QStringLiteral("id"), double(ext.id)}, {QStringLiteral("uri"), extUri}}},
    };
    c.fixedRecordBase[ref.side] = apiBase;
    return c.fixedRecord[ref.side];
}

QJsonObject CallEngine::recordJson(const CallRecordRef &ref, const QString &apiBase) const
{
    const SimCall &c = *ref.call;
    const qint64 now = m_clock.nowMs();
    // The list shows a call as ended only once the platform's lag has passed.
    const bool ended = now >= c.endSeenMs;
    const bool inbound = c.inboundFor(ref.side);
    const qint64 durationMs = (ended ? c.endMs : now) - c.startMs;

    QJsonObject record = fixedRecord(ref, apiBase);
    record.insert(QStringLiteral("duration"), double(durationMs / 1000));
    record.insert(QStringLiteral("durationMs"), double(durationMs));
    record.insert(QStringLiteral("lastModifiedTime"), isoTime(ended ? c.endSeenMs : c.listedFromMs));
    QString result = QStringLiteral("In Progress");
    if (ended) {
        if (c.fax)
            result = inbound ? QStringLiteral("Received") : QStringLiteral("Sent");
        else
            result = inbound ? QStringLiteral("Accepted") : QStringLiteral("Call connected");
        record.insert(QStringLiteral("reason"), inbound ? QStringLiteral("Accepted") : QStringLiteral("Connected"));
    }
    record.insert(QStringLiteral("result"), result);
    return record;
}

} // namespace callwatch::sim
