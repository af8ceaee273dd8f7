#pragma once

#include "accountinfo.h"
#include "activecallsfeed.h"
#include "authsession.h"
#include "callalerts.h"
#include "liveboard.h"
#include "restclient.h"
#include "sessionchecker.h"
#include "telephonyevents.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace callwatch {

class Clock;

// An extension as the company directory names it.
struct DirectoryEntry
{
    QString extensionNumber;
    QString name;
};
using ExtensionDirectory = QHash<QString, DirectoryEntry>; // by extension id

// What a monitor runs besides the active-calls feed.
struct MonitorOptions
{
    bool push = true; // live call events (the window); --once needs one snapshot only
    // Who the user is, the company and the extension directory, which the window shows and the
    // scope is chosen from. Without them (--once, whose scope is given) the feed starts at once
    // and its first request signs in, so a failed sign-in is the feed's failure to report.
    bool accountDetails = true;
};

// One signed-in watch on a RingCentral account: the REST client, the OAuth session, the feeds
// and the board they fill, plus who the user is. The window, --once and tests drive this; it
// has no widgets, and views only read its board.
class CallMonitor : public QObject
{
    Q_OBJECT

public:
    CallMonitor(const Credentials &credentials, const Clock &clock, QObject *parent = nullptr);
    CallMonitor(const Credentials &credentials, const Clock &clock, const MonitorOptions &options,
                QObject *parent = nullptr);
    ~CallMonitor() override;

    RestClient &client() { return *m_client; }
    AuthSession &auth() { return *m_auth; }
    ActiveCallsFeed &feed() { return *m_feed; }
    // Telephony events: the board's engine when the platform allows them; same scope as the feed.
    TelephonyEvents &events() { return *m_events; }
    SessionChecker &checker() { return *m_checker; }
    // The calls, as every view shows them.
    LiveBoard &board() { return m_board; }
    // Which of the board's calls are past the supervisor's thresholds.
    CallAlerts &alerts() { return *m_alerts; }
    const AccountInfo &account() const { return m_account; }
    // Names for the extension ids in call records (a queue call names the queue, not the
    // agent who answered). Empty until read, or when the user may not list extensions.
    const ExtensionDirectory &directory() const { return m_directory; }

    // Signs in, reads who the user is, then starts the feed: account-wide for an admin,
    // the own extension for everyone else (unless setScope() chose already).
    void start();
    void setScope(CallScope scope);
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Stops the feeds (the push deletes its subscription first), then revokes the session; `done`
    // runs once that is confirmed, or after a few seconds at most: the platform asks clients to
    // ignore a failed revoke, and nobody waits for it longer than that.
    void shutdown(std::function<void()> done);

    // How often the list is read while the events lead, per page of it: a reconcile, about 6
    // Heavy requests an hour however large the account; without events the feed polls at its
    // own interval as the Heavy budget allows.
    void setReconcileIntervalMs(qint64 ms);
    void setPollIntervalMs(qint64 ms);
    bool eventsLead() const { return m_events->state() == TelephonyEvents::State::Live; }
    // The summary strip's counts: known only while the events lead.
    struct LiveCounts
    {
        int ringing = 0;
        int queued = 0;
        int onHold = 0;
    };
    std::optional<LiveCounts> liveCounts() const;
    // Why the board runs on the list alone, in one sentence; empty while the events lead.
    QString eventsReason() const;

Q_SIGNALS:
    void accountChanged();
    void directoryChanged();
    void statusChanged();
    // The live call events changed state.
    void pushChanged();
    // Sent first thing in the destructor, while every part of the monitor is still there: a
    // view lets go of it here, not when the board's own destruction reaches the view.
    void aboutToBeDestroyed();

private:
    void readAccount();
    void startFeeds();
    void stopFeeds();
    void applyFeedInterval();
    void readDirectory(const QUrl &page, std::shared_ptr<ExtensionDirectory> collected);
    void onEventsStateChanged();
    void flushSessions();
    void lookForDoubts();
    void checkOrphans();
    void onChecked(const QString &telephonySessionId, const std::optional<SessionEvent> &session,
                   qint64 askedAtMs);

    const Clock &m_clock;
    MonitorOptions m_options;
    LiveBoard m_board;
    std::unique_ptr<CallAlerts> m_alerts; // after the board it watches
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<AuthSession> m_auth;
    std::unique_ptr<ActiveCallsFeed> m_feed;
    std::unique_ptr<TelephonyEvents> m_events;
    std::unique_ptr<SessionChecker> m_checker;
    QSet<QString> m_dirtySessions; // changed by events since the last hand-over to the board
    QTimer m_flush;
    QTimer m_doubts; // looks for rows to check, and lets ended calls go
    QTimer m_orphans; // a leg left alone is checked once its grace is over, not at the next scan
    qint64 m_pollIntervalMs = 10'000;
    qint64 m_reconcileIntervalMs = 10 * 60'000;
    bool m_wasLive = false;
    AccountInfo m_account;
    ExtensionDirectory m_directory;
    bool m_paused = false;
    bool m_scopeChosen = false;
};

} // namespace callwatch
