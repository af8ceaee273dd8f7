#pragma once

#include "alertrules.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace callwatch {

class Clock;
class LiveBoard;

// One threshold one call has just passed.
struct CallAlert
{
    QString key; // the board key of the call
    AlertRules::Breach breach = AlertRules::Breach::LongCall;
};

// Which calls on the board are past the supervisor's thresholds. It looks once a second (a
// call crosses a time threshold with no news at all); a mark stays while the call is past it
// and goes at the next look once it no longer is (resumed, answered, ended). Views colour and
// badge the marked rows; `raised` tells what is new, all of one look together.
class CallAlerts : public QObject
{
    Q_OBJECT

public:
    CallAlerts(LiveBoard &board, const Clock &clock, QObject *parent = nullptr);

    void setRules(const AlertRules &rules);
    const AlertRules &rules() const { return m_rules; }

    AlertRules::Breaches marksOf(const QString &key) const { return m_marks.value(key); }
    int markedCount() const { return int(m_marks.size()); }

    // Looks at every live call now (the timer calls this; so may a test).
    void evaluate();

Q_SIGNALS:
    // Rows whose marks changed, raised or cleared.
    void marksChanged(const QStringList &keys);
    // What is new in one look, all together: a burst of calls crossing a line is one signal.
    void raised(const QList<callwatch::CallAlert> &alerts);

private:
    void updateTimer();

    LiveBoard &m_board;
    const Clock &m_clock;
    AlertRules m_rules;
    QHash<QString, AlertRules::Breaches> m_marks; // only calls with at least one
    QTimer m_tick;
};

} // namespace callwatch
