#include "desktopnotifier.h"

#include "activecallsmodel.h"
#include "callmonitor.h"
#include "logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace callwatch {

namespace {

constexpr int kLinesShown = 4;

// Who is on the call, as the table's From and To columns name them.
QString whoOf(const BoardEntry &entry)
{
    const QString from = ActiveCallsModel::partyText(entry.call.from);
    const QString to = ActiveCallsModel::partyText(entry.call.to);
    return from.isEmpty() || to.isEmpty() ? from + to : DesktopNotifier::tr("%1 to %2").arg(from, to);
}

} // namespace

DesktopNotifier::DesktopNotifier(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
    m_gather.setSingleShot(true);
    connect(&m_gather, &QTimer::timeout, this, &DesktopNotifier::send);
}

void DesktopNotifier::attach(CallMonitor *monitor)
{
    if (m_monitor)
        disconnect(&m_monitor->alerts(), nullptr, this, nullptr);
    m_monitor = monitor;
    m_pending.clear();
    m_gather.stop();
    if (monitor)
        connect(&monitor->alerts(), &CallAlerts::raised, this, &DesktopNotifier::onRaised);
}

void DesktopNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_pending.clear();
        m_gather.stop();
    }
}

void DesktopNotifier::onRaised(const QList<CallAlert> &alerts)
{
    if (!m_enabled)
        return;
    m_pending += alerts;
    if (m_gather.isActive())
        return; // joins the burst already gathering
    const qint64 sinceLast = m_lastSent.isValid() ? m_lastSent.elapsed() : kMinimumGapMs;
    m_gather.start(int(std::max<qint64>(kGatherMs, kMinimumGapMs - sinceLast)));
}

void DesktopNotifier::send()
{
    if (!m_monitor || m_pending.isEmpty())
        return;
    const QList<CallAlert> alerts = std::exchange(m_pending, {});
    const CallBoard &board = m_monitor->board().board();
    const AlertRules &rules = m_monitor->alerts().rules();
    QStringList lines;
    QSet<QString> calls;
    for (const CallAlert &a : alerts) {
        calls.insert(a.key);
        const BoardEntry *entry = board.find(a.key);
        if (!entry || !entry->isLive() || lines.size() >= kLinesShown)
            continue;
        lines.append(ActiveCallsModel::alertTexts(AlertRules::Breaches(a.breach), rules).value(0)
                     + QStringLiteral(": ") + whoOf(*entry));
    }
    if (lines.isEmpty())
        return; // every call of the burst has ended meanwhile
    const int more = int(calls.size()) - int(lines.size());
    if (more > 0)
        lines.append(tr("and %n more", nullptr, more));
    const QString summary = calls.size() == 1 ? tr("A call needs attention")
                                              : tr("%n calls need attention", nullptr, int(calls.size()));
    const QString body = lines.join(QLatin1Char('\n'));

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcAlerts) << "no D-Bus session: alerts are shown in the table only";
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        m_service, QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    call << QStringLiteral("CallWatch") << m_lastId << QStringLiteral("dialog-warning") << summary << body
         << QStringList() << QVariantMap { { QStringLiteral("urgency"), QVariant::fromValue(uchar(1)) } }
         << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError())
            qCInfo(lcAlerts) << "the desktop did not take the notification:" << reply.error().message();
        else
            m_lastId = reply.value();
    });
    m_lastSent.start();
    Q_EMIT notified(summary, body);
}

} // namespace callwatch
