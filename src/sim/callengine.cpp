#include "callengine.h"

#include "simclock.h"
#include "simpresence.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace callwatch::sim {

namespace {

// Mean connected time of a voice call, and how long the platform keeps an ended call listed.
constexpr double kMeanTalkMs = 180'000.0;
constexpr double kMeanCacheMs = 120'000.0;
// Queue callers who hang up before an agent answers; long inbound calls that are blind-
// transferred, or parked.
constexpr quint32 kAbandonedPercent = 15;
// Queue callers whom no agent takes within the queue's hold time: they go to the queue's
// overflow extension. From the simulation's start on: the warm-up stays as it was.
constexpr quint32 kOverflowPercent = 6;
constexpr quint32 kTransferPercent = 8;
constexpr quint32 kParkPercent = 5;
// Internal calls (15 %) are listed once per extension and abandoned queue calls (of the 25 %
// that come through a queue) never, so each call gives this many records.
constexpr double kRecordsPerCall = 1.0 + 0.15 - 0.25 * kAbandonedPercent / 100.0;
constexpr qint64 kMaxTalkMs = 1'800'000;
// How far back the simulation starts, so the first request already sees a steady state:
// longer than the longest call plus the cache time.
constexpr qint64 kWarmUpMs = kMaxTalkMs + 300'000;

} // namespace

CallEngine::CallEngine(const SimAccount &account, const SimClock &clock, const SimPresence &presence,
                       quint64 seed, int targetCalls)
    : m_account(account)
    , m_clock(clock)
    , m_presence(presence)
    , m_rng(std::array<quint32, 2> { quint32(seed), quint32(seed >> 32) }.data(), 2)
    , m_queueRng(std::array<quint32, 2> { quint32(seed ^ 0x0e7f'10e5u), quint32(seed >> 32) }.data(), 2)
    , m_target(std::max(targetCalls, 0))
    // Little's law: records listed = arrival rate x time listed x records per call, so this
    // arrival rate keeps about `targetCalls` records in the active-calls list.
    , m_meanInterArrivalMs(m_target > 0 ? (kMeanTalkMs + kMeanCacheMs) * kRecordsPerCall / m_target : 0.0)
    , m_nextSessionId(1039811300016 + qint64(seed % 1000) * 1000)
    , m_busy(account.users().size(), 0)
{
    m_startMs = m_clock.nowMs();
    m_nextArrivalMs = m_startMs - kWarmUpMs;
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

qint64 CallEngine::uniformMs(double loSeconds, double hiSeconds)
{
    return std::llround((loSeconds + (hiSeconds - loSeconds) * m_rng.generateDouble()) * 1000.0);
}

void CallEngine::markBusy(int user, qint64 untilMs)
{
    if (user < 0)
        return;
    ++m_busy[static_cast<size_t>(user)];
    m_busyEnds.emplace(untilMs, user);
}

int CallEngine::pickFreeMember(int queue, const std::vector<int> &avoid, qint64 atMs)
{
    // Only agents whose DND status takes department calls and who take this queue's calls now
    // are offered them (push-queues-presence.md §7.2).
    const std::vector<int> &members = m_account.queueMembers(queue);
    const auto offered = [&](int agent) {
        return std::find(avoid.begin(), avoid.end(), agent) == avoid.end()
            && m_presence.offeredQueueCalls(agent, queue, atMs);
    };
    const auto size = static_cast<quint32>(members.size());
    int candidate = -1;
    for (int attempt = 0; attempt < 8; ++attempt) {
        candidate = members[m_rng.bounded(size)];
        if (offered(candidate) && m_busy[static_cast<size_t>(candidate)] == 0)
            return candidate;
    }
    return offered(candidate) ? candidate : -1;
}

void CallEngine::planQueueCall(SimCall &c, const QueueScript *script)
{
    // The draws of the main generator are those the engine made before queues had settings,
    // presence and overflow, in the same order, so a seed's calls stay what they were until
    // the first call those change; what is new draws from a generator of its own.
    releaseBusyUntil(c.startMs);
    c.queue = script ? script->queue : int(m_rng.bounded(static_cast<quint32>(m_account.queues().size())));
    const SimQueueSettings &settings = m_account.queueSettings(c.queue);
    const qint64 overflowMs = c.startMs + qint64(settings.holdTimeSeconds) * 1000;
    const int wanted = 2 + int(m_rng.bounded(4u));
    std::vector<int> picked;
    for (int i = 0; i < wanted; ++i) {
        const int agent = pickFreeMember(c.queue, picked, c.startMs);
        if (agent >= 0)
            picked.push_back(agent);
    }
    c.queueRingMs = c.startMs + uniformMs(2.0, 25.0);
    c.abandoned = m_rng.bounded(100u) < kAbandonedPercent;
    c.connectMs = c.abandoned ? c.startMs + uniformMs(5.0, 45.0) : c.queueRingMs + uniformMs(2.0, 20.0);

    // What the platform does next: as drawn, as a test scripts it, or past the hold time.
    QueueOutcome outcome = c.abandoned ? QueueOutcome::Abandoned : QueueOutcome::Answered;
    if (script) {
        outcome = script->outcome;
        c.queueRingMs = c.startMs + script->waitMs;
        c.abandoned = outcome == QueueOutcome::Abandoned;
        c.connectMs = c.abandoned ? c.queueRingMs : c.queueRingMs + 2000 + qint64(m_queueRng.bounded(8000u));
    } else if (!c.abandoned && c.startMs >= m_startMs && m_queueRng.bounded(100u) < kOverflowPercent) {
        outcome = QueueOutcome::Overflow;
    }
    if (outcome == QueueOutcome::Answered && (picked.empty() || c.connectMs >= overflowMs))
        outcome = QueueOutcome::Overflow; // every agent who would take it is busy or away
    const bool oneByOne = settings.transferMode != SimQueueSettings::TransferMode::Simultaneous;
    const qint64 agentTimeoutMs = qint64(settings.agentTimeoutSeconds) * 1000;

    if (outcome == QueueOutcome::Overflow || outcome == QueueOutcome::Voicemail) {
        c.abandoned = false;
        c.overflowed = true;
        c.overflowMs = overflowMs;
        if (outcome == QueueOutcome::Voicemail || picked.empty() || c.queueRingMs >= overflowMs) {
            c.queueRingMs = overflowMs; // nobody rings: the caller waits out the hold time
        } else {
            // The queue offers the call again and again until its hold time runs out: each
            // offer is a leg of its own that stops unanswered after the agent timeout.
            size_t next = 0;
            for (qint64 t = c.queueRingMs; t < overflowMs; t += agentTimeoutMs) {
                const qint64 stopMs = std::min(t + agentTimeoutMs, overflowMs);
                for (size_t k = 0; k < (oneByOne ? 1 : picked.size()); ++k) {
                    c.ringingAgents.push_back(picked[next++ % picked.size()]);
                    c.agentRingMs.push_back(t + qint64(k) * 5);
                    c.agentStopMs.push_back(stopMs < overflowMs ? stopMs : 0);
                }
            }
            for (int agent : picked)
                markBusy(agent, overflowMs);
        }
        if (outcome == QueueOutcome::Voicemail) {
            c.connectMs = overflowMs;
            return;
        }
        // The queue's overflow extension rings and answers.
        c.overflowTo = settings.overflowUser;
        c.user = c.overflowTo;
        c.connectMs = overflowMs + 3000 + qint64(m_queueRng.bounded(9000u));
        return;
    }

    c.ringingAgents = picked;
    if (!c.abandoned)
        c.user = c.ringingAgents[script ? m_queueRng.bounded(static_cast<quint32>(c.ringingAgents.size()))
                                        : m_rng.bounded(static_cast<quint32>(c.ringingAgents.size()))];
    else if (c.connectMs <= c.queueRingMs)
        c.ringingAgents.clear(); // hung up while still waiting: no agent rang
    for (int agent : c.ringingAgents) {
        if (agent != c.user)
            markBusy(agent, c.connectMs);
    }
    if (!oneByOne || c.ringingAgents.empty())
        return;
    // One agent at a time: in the order of the member list (fixed order) or as picked
    // (rotating); the one who answers rings last, those after them in a fixed order never.
    std::vector<int> order = c.ringingAgents;
    if (settings.transferMode == SimQueueSettings::TransferMode::FixedOrder) {
        const std::vector<int> &members = m_account.queueMembers(c.queue);
        const auto rank
            = [&](int agent) { return std::find(members.begin(), members.end(), agent) - members.begin(); };
        std::sort(order.begin(), order.end(), [&](int a, int b) { return rank(a) < rank(b); });
        if (const auto answerer = std::find(order.begin(), order.end(), c.user); answerer != order.end())
            order.erase(answerer + 1, order.end());
    } else if (const auto answerer = std::find(order.begin(), order.end(), c.user); answerer != order.end()) {
        std::rotate(answerer, answerer + 1, order.end());
    }
    // The answer time stays as drawn: each rings an equal share of the time to it (up to the
    // agent timeout); a caller who gives up stops whoever rings then.
    const qint64 sliceMs = c.abandoned
        ? agentTimeoutMs
        : std::min(agentTimeoutMs, (c.connectMs - c.queueRingMs) / qint64(order.size()));
    const qint64 firstMs = c.abandoned ? c.queueRingMs : c.connectMs - sliceMs * qint64(order.size());
    c.ringingAgents.clear();
    for (size_t i = 0; i < order.size() && firstMs + qint64(i) * sliceMs < c.connectMs; ++i) {
        c.ringingAgents.push_back(order[i]);
        c.agentRingMs.push_back(firstMs + qint64(i) * sliceMs);
        c.agentStopMs.push_back(i + 1 < order.size() ? firstMs + qint64(i + 1) * sliceMs : 0);
    }
    c.queueRingMs = firstMs;
}

void CallEngine::planConversation(SimCall &c, qint64 talkMs)
{
    // Hold, park and blind transfer: one of them at most, on calls long enough to have it.
    const bool inbound
        = c.pattern == SimCall::Pattern::InboundExternal || c.pattern == SimCall::Pattern::InboundQueue;
    const quint32 roll = m_rng.bounded(100u);
    if (!c.fax && inbound && talkMs > 40'000 && roll < kTransferPercent) {
        c.transferMs = c.connectMs + std::llround(double(talkMs) * (0.15 + 0.35 * m_rng.generateDouble()));
        c.transferAnsweredMs = c.transferMs + uniformMs(3.0, 12.0);
        c.transferTo = pickFreeUser(c.startMs, c.user);
    } else if (!c.fax && inbound && talkMs > 40'000 && roll < kTransferPercent + kParkPercent) {
        c.parkFromMs = c.connectMs + std::llround(double(talkMs) * (0.2 + 0.3 * m_rng.generateDouble()));
        // Most parked calls are picked up again; some callers hang up while parked.
        c.parkUntilMs = m_rng.bounded(3u) == 0
            ? c.endMs
            : std::min(c.endMs - 5'000, c.parkFromMs + uniformMs(10.0, 60.0));
    } else if (!c.fax && talkMs > 60'000 && m_rng.bounded(4u) == 0) {
        c.holdFromMs = c.connectMs + std::llround(double(talkMs) * (0.2 + 0.4 * m_rng.generateDouble()));
        c.holdUntilMs = std::min(c.endMs - 5'000, c.holdFromMs + uniformMs(10.0, 90.0));
    }
}

SimCall &CallEngine::spawnCall(qint64 startMs, bool staleRingOut, const QueueScript *script)
{
    SimCall c;
    const quint32 roll = m_rng.bounded(100u);
    c.pattern = script ? SimCall::Pattern::InboundQueue
        : staleRingOut ? SimCall::Pattern::OutboundExternal
        : roll < 30    ? SimCall::Pattern::InboundExternal
        : roll < 55    ? SimCall::Pattern::InboundQueue
        : roll < 85    ? SimCall::Pattern::OutboundExternal
                       : SimCall::Pattern::Internal;
    c.startMs = startMs;
    if (c.pattern == SimCall::Pattern::InboundQueue)
        planQueueCall(c, script);
    else
        c.user = pickFreeUser(startMs, -1);
    if (c.pattern == SimCall::Pattern::Internal)
        c.peerUser = pickFreeUser(startMs, c.user);
    else
        c.outside = int(m_rng.bounded(static_cast<quint32>(m_account.outsideNumbers().size())));
    c.fax = !staleRingOut
        && (c.pattern == SimCall::Pattern::InboundExternal || c.pattern == SimCall::Pattern::OutboundExternal)
        && m_rng.bounded(100u) == 0;

    if (c.pattern != SimCall::Pattern::InboundQueue)
        c.connectMs = startMs + uniformMs(2.0, 18.0);
    qint64 talkMs = 0; // nobody talks to a caller who gave up in the queue
    if (c.fax) {
        talkMs = uniformMs(25.0, 90.0);
    } else if (c.overflowed && c.overflowTo < 0) {
        talkMs = uniformMs(15.0, 60.0); // the message left on the queue's voicemail
    } else if (!c.abandoned) {
        const double u = std::max(m_rng.generateDouble(), 1e-12);
        talkMs = std::min<qint64>(kMaxTalkMs, 20'000 + std::llround(-std::log(u) * (kMeanTalkMs - 20'000)));
    }
    c.endMs = c.connectMs + talkMs;
    if (!c.unanswered())
        planConversation(c, talkMs);
    c.listedFromMs = c.connectMs + uniformMs(3.0, 10.0);
    c.endSeenMs = c.endMs + uniformMs(3.0, 10.0);
    c.goneMs = c.endSeenMs + uniformMs(110.0, 130.0);
    // Calls still being routed are not listed, so a caller who gave up in the queue never is,
    // nor one no agent took.
    if (c.unanswered())
        c.listedFromMs = c.goneMs;

    if (c.fax) {
        c.action = c.pattern == SimCall::Pattern::InboundExternal ? QStringLiteral("Incoming Fax")
                                                                  : QStringLiteral("Outgoing Fax");
        c.transport = QStringLiteral("PSTN");
    } else if (c.pattern == SimCall::Pattern::OutboundExternal) {
        const quint32 kind = staleRingOut ? 8 : m_rng.bounded(10u); // 8: RingOut Web
        c.action = kind < 6 ? QStringLiteral("VoIP Call")
            : kind < 8      ? QStringLiteral("Phone Call")
            : kind < 9      ? QStringLiteral("RingOut Web")
                            : QStringLiteral("RingOut PC");
        c.transport = kind < 6 ? QStringLiteral("VoIP") : QStringLiteral("PSTN");
        // Half the RingOut calls are listed the way RingCentral's own fixtures show them.
        c.listedAsConnected = staleRingOut || (c.isRingOut() && m_rng.bounded(2u) == 0);
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
    c.writeSession();

    if (!c.unanswered())
        markBusy(c.user, c.transferTo >= 0 ? c.transferMs : c.endMs);
    markBusy(c.peerUser, c.endMs);
    markBusy(c.transferTo, c.endMs);
    m_calls.push_back(std::move(c));
    return m_calls.back();
}

const SimCall &CallEngine::startRingOut()
{
    advance();
    // Just after now: the instant up to which notifications have been derived is lived already.
    return spawnCall(m_clock.nowMs() + 1, true);
}

const SimCall &CallEngine::startQueueCall(int queue, QueueOutcome outcome, qint64 waitMs)
{
    advance();
    const QueueScript script { queue, outcome, std::max<qint64>(0, waitMs) };
    return spawnCall(m_clock.nowMs() + 1, false, &script);
}

const SimCall *CallEngine::findSession(const QString &telephonySessionId) const
{
    const auto it = std::find_if(m_calls.begin(), m_calls.end(), [&](const SimCall &c) {
        return c.telephonySessionId == telephonySessionId;
    });
    return it == m_calls.end() ? nullptr : &*it;
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
            out.push_back({ &*it, 0 });
        if (it->peerUser >= 0 && (only < 0 || it->peerUser == only))
            out.push_back({ &*it, 1 });
    }
    return out;
}

int CallEngine::connectedCount() const
{
    const qint64 now = m_clock.nowMs();
    return int(std::count_if(m_calls.begin(), m_calls.end(), [now](const SimCall &c) {
        if (c.overflowed && c.overflowTo < 0)
            return false; // talking to the voicemail, not to anyone of the account
        const auto p = c.phaseAt(now);
        return p == SimCall::Phase::Connected || p == SimCall::Phase::OnHold || p == SimCall::Phase::Parked;
    }));
}

QJsonObject CallEngine::partyForUser(int userIndex) const
{
    const SimExtension &e = m_account.users().at(static_cast<size_t>(userIndex));
    return QJsonObject {
        { QStringLiteral("phoneNumber"), e.directNumber },
        { QStringLiteral("extensionNumber"), e.extensionNumber },
        { QStringLiteral("extensionId"), QString::number(e.id) },
        { QStringLiteral("name"), e.name },
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
        to = QJsonObject {
            { QStringLiteral("phoneNumber"), q.directNumber },
            { QStringLiteral("extensionNumber"), q.extensionNumber },
            { QStringLiteral("extensionId"), QString::number(q.id) },
            { QStringLiteral("name"), q.name },
        };
        break;
    }
    case SimCall::Pattern::OutboundExternal:
        from = partyForUser(c.user);
        to = outsideParty;
        internalType
            = outsideParty.value(QStringLiteral("phoneNumber")).toString().startsWith(QLatin1String("+1650"))
            ? QStringLiteral("Local")
            : QStringLiteral("LongDistance");
        break;
    case SimCall::Pattern::Internal:
        from = partyForUser(c.user);
        to = partyForUser(c.peerUser);
        break;
    }

    c.fixedRecord[ref.side] = QJsonObject {
        { QStringLiteral("uri"),
          QString(extUri + QLatin1String("/call-log/") + id + QLatin1String("?view=Simple")) },
        { QStringLiteral("id"), id },
        { QStringLiteral("sessionId"), c.sessionId },
        { QStringLiteral("telephonySessionId"), c.telephonySessionId },
        { QStringLiteral("partyId"), c.partyId(c.recordParty[ref.side]) },
        { QStringLiteral("startTime"), isoTime(c.startMs) },
        { QStringLiteral("type"), c.fax ? QStringLiteral("Fax") : QStringLiteral("Voice") },
        { QStringLiteral("direction"),
          c.inboundFor(ref.side) ? QStringLiteral("Inbound") : QStringLiteral("Outbound") },
        { QStringLiteral("action"), c.action },
        { QStringLiteral("transport"), c.transport },
        { QStringLiteral("internalType"), internalType },
        { QStringLiteral("from"), from },
        { QStringLiteral("to"), to },
        { QStringLiteral("extension"),
          QJsonObject { { QStringLiteral("id"), double(ext.id) }, { QStringLiteral("uri"), extUri } } },
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
    // A RingOut listed as connected reads as a finished zero-second call until it really ends.
    const qint64 durationMs = ended ? c.endMs - c.startMs : c.listedAsConnected ? 0 : now - c.startMs;

    QJsonObject record = fixedRecord(ref, apiBase);
    record.insert(QStringLiteral("duration"), double(durationMs / 1000));
    record.insert(QStringLiteral("durationMs"), double(durationMs));
    record.insert(QStringLiteral("lastModifiedTime"), isoTime(ended ? c.endSeenMs : c.listedFromMs));
    QString result = QStringLiteral("In Progress");
    if (ended || c.listedAsConnected) {
        if (c.fax)
            result = inbound ? QStringLiteral("Received") : QStringLiteral("Sent");
        else
            result = inbound ? QStringLiteral("Accepted") : QStringLiteral("Call connected");
        record.insert(QStringLiteral("reason"),
                      inbound ? QStringLiteral("Accepted") : QStringLiteral("Connected"));
    }
    record.insert(QStringLiteral("result"), result);
    return record;
}

} // namespace callwatch::sim
