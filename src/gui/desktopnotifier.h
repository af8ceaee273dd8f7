#pragma once

#include "callalerts.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace callwatch {

class CallMonitor;

// Tells the desktop (the freedesktop notification service, over D-Bus) when calls cross an
// alert line. A burst is one notification, at most one every ten seconds, and each replaces
// the last, so a busy hour is one notification that updates, never a storm.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kGatherMs = 1500; // a burst's alerts arrive within this
    static constexpr int kMinimumGapMs = 10'000;

    // `service`: the bus name of the notification service (tests run their own).
    explicit DesktopNotifier(QString service = QStringLiteral("org.freedesktop.Notifications"),
                             QObject *parent = nullptr);

    // The session whose alerts to announce; none: quiet.
    void attach(CallMonitor *monitor);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    // A notification went out (tests, and the log).
    void notified(const QString &summary, const QString &body);

private:
    void onRaised(const QList<CallAlert> &alerts);
    void send();

    QString m_service;
    QPointer<CallMonitor> m_monitor;
    bool m_enabled = true;
    QList<CallAlert> m_pending;
    QTimer m_gather;
    QElapsedTimer m_lastSent;
    uint m_lastId = 0; // the notification the next one replaces
};

} // namespace callwatch
