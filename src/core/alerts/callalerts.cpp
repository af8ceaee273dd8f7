#include "callalerts.h"

#include "clock.h"
#include "liveboard.h"

namespace callwatch {

namespace {

constexpr AlertRules::Breach kEveryBreach[]
    = { AlertRules::Breach::LongCall, AlertRules::Breach::LongHold, AlertRules::Breach::LongWait,
        AlertRules::Breach::UnansweredRinging };

} // namespace

CallAlerts::CallAlerts(LiveBoard &board, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_clock(clock)
{
    m_tick.setInterval(1000);
    // Once a second, not at every update: at 10,000 calls and 50 events a second a look at each
    // commit would cost the GUI thread more than the commit; a mark is at most a second late.
    connect(&m_tick, &QTimer::timeout, this, &CallAlerts::evaluate);
    connect(&board, &LiveBoard::cleared, this, &CallAlerts::evaluate);
    updateTimer();
}

void CallAlerts::setRules(const AlertRules &rules)
{
    if (rules == m_rules)
        return;
    m_rules = rules;
    updateTimer();
    evaluate();
}

void CallAlerts::updateTimer()
{
    if (m_rules.any())
        m_tick.start();
    else
        m_tick.stop();
}

void CallAlerts::evaluate()
{
    const qint64 now = m_clock.nowMs();
    const CallBoard &board = m_board.board();
    QHash<QString, AlertRules::Breaches> marks;
    if (m_rules.any()) {
        for (const CallBoard::Slot &slot : board.state()->slots) {
            if (!slot.entry.isLive())
                continue;
            const AlertRules::Breaches b = m_rules.breachesOf(slot.entry, now);
            if (b)
                marks.insert(slot.key, b);
        }
    }
    QStringList changedKeys;
    QList<CallAlert> fresh;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        const AlertRules::Breaches before = m_marks.value(it.key());
        if (before == it.value())
            continue;
        changedKeys.append(it.key());
        for (AlertRules::Breach breach : kEveryBreach) {
            if (it.value().testFlag(breach) && !before.testFlag(breach))
                fresh.append({ it.key(), breach });
        }
    }
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        if (!marks.contains(it.key()))
            changedKeys.append(it.key());
    }
    m_marks = std::move(marks);
    if (!changedKeys.isEmpty())
        Q_EMIT marksChanged(changedKeys);
    if (!fresh.isEmpty())
        Q_EMIT raised(fresh);
}

} // namespace callwatch
