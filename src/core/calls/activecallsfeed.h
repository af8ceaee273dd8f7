#pragma once

#include "activecall.h"
#include "activecallspage.h"
#include "apierror.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <vector>

namespace callwatch {

class Clock;
class RestClient;

enum class CallScope { Account, Extension };

// What the feed is doing, for a status bar that never lies.
struct FeedStatus
{
    enum class State {
        Stopped,
        Fetching,
        Waiting, // until the next snapshot is due
        RateLimited, // the server said 429: nothing until nextAtMs
        Retrying, // a network or server failure: retrying at nextAtMs
        PermissionDenied, // 403 for this scope: error.permissionName says which
        SignInRequired,
        Failed, // a configuration problem retrying cannot fix (e.g. an insecure server URL)
    };

    State state = State::Stopped;
    qint64 nextAtMs = 0;
    ApiError error;
    qint64 lastSnapshotAtMs = 0;
    int pagesPerSnapshot = 1;
    qint64 intervalMs = 0; // the interval in force: the user's or what the Heavy budget allows
};

// Snapshots of the active-calls list: every page of one scope, paced so that no window of
// the Heavy group ever holds more requests than its limit. The next snapshot is scheduled
// only once the last one has finished; failures back off exponentially.
class ActiveCallsFeed : public QObject
{
    Q_OBJECT

public:
    ActiveCallsFeed(RestClient &client, const Clock &clock, QObject *parent = nullptr);
    ~ActiveCallsFeed() override;

    void setScope(CallScope scope);
    CallScope scope() const { return m_scope; }
    // The user's refresh interval; the Heavy budget may stretch it.
    void setIntervalMs(qint64 ms) { m_userIntervalMs = ms; }
    // An interval per page of the snapshot instead, when the list only reconciles: a fixed
    // number of Heavy requests an hour however many pages the account's calls fill (0: off).
    void setIntervalPerPageMs(qint64 ms) { m_perPageIntervalMs = ms; }
    void setPerPage(int perPage) { m_perPage = perPage; }
    // How many failures in a row before giving up (-1: never, as the GUI does).
    void setMaxRetries(int retries) { m_maxRetries = retries; }

    void start();
    void stop();
    // Starts a snapshot as soon as the rate limit allows, instead of at the next interval.
    void refreshNow();

    const FeedStatus &status() const { return m_status; }

Q_SIGNALS:
    void snapshotReady(const callwatch::CallSnapshot &records, qint64 atMs);
    void statusChanged();
    // The feed stopped: permission denied, sign-in required, or retries exhausted.
    void stopped(const callwatch::ApiError &error);

private:
    void beginSnapshot();
    void requestPage(const QUrl &url);
    void onPageParsed();
    void failed(const ApiError &error);
    void scheduleAt(qint64 atMs, FeedStatus::State state);
    void setState(FeedStatus::State state);
    QUrl firstPageUrl() const;
    qint64 budgetIntervalMs() const;

    RestClient &m_client;
    const Clock &m_clock;
    CallScope m_scope = CallScope::Account;
    qint64 m_userIntervalMs = 10'000;
    qint64 m_perPageIntervalMs = 0;
    int m_perPage = 1000;
    int m_maxRetries = -1;
    int m_failures = 0;
    bool m_running = false;
    quint64 m_generation = 0; // answers from before a scope change or stop are dropped
    qint64 m_snapshotStartMs = 0;
    int m_pagesThisSnapshot = 0;
    bool m_refreshPending = false; // refreshNow() came while a snapshot was being read
    QSet<QString> m_visitedPages; // of the snapshot being read
    std::vector<ActiveCall> m_collected;
    QTimer m_timer;
    QFutureWatcher<ActiveCallsPage> m_parser;
    FeedStatus m_status;
};

} // namespace callwatch
