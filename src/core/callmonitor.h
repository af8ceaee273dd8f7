#pragma once

#include "activecallsfeed.h"
#include "authsession.h"
#include "restclient.h"
#include "telephonypush.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace callwatch {

class Clock;

// Who is signed in, as the dashboard shows it.
struct AccountInfo
{
    QString extensionId;
    QString name;
    QString extensionNumber;
    QString company;
    bool admin = false;
    bool known = false; // false until the extension has been read
};

// An extension as the company directory names it.
struct DirectoryEntry
{
    QString extensionNumber;
    QString name;
};
using ExtensionDirectory = QHash<QString, DirectoryEntry>; // by extension id

// One signed-in watch on a RingCentral account: the REST client, the OAuth session and the
// active-calls feed wired together, plus who the user is. The window and tests drive this;
// it has no widgets.
class CallMonitor : public QObject
{
    Q_OBJECT

public:
    CallMonitor(const Credentials &credentials, const Clock &clock, QObject *parent = nullptr);
    ~CallMonitor() override;

    RestClient &client() { return *m_client; }
    AuthSession &auth() { return *m_auth; }
    ActiveCallsFeed &feed() { return *m_feed; }
    // Ringing and held calls, which the feed cannot see; same scope as the feed.
    TelephonyPush &push() { return *m_push; }
    const AccountInfo &account() const { return m_account; }
    // Names for the extension ids in call records (a queue call names the queue, not the
    // agent who answered). Empty until read, or when the user may not list extensions.
    const ExtensionDirectory &directory() const { return m_directory; }

    // Signs in, reads who the user is, then starts the feed: account-wide for an admin,
    // the own extension for everyone else.
    void start();
    void setScope(CallScope scope);
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

Q_SIGNALS:
    void accountChanged();
    void directoryChanged();
    void snapshotReady(const callwatch::CallSnapshot &records, qint64 atMs);
    void statusChanged();
    // The live call events changed state or counts.
    void pushChanged();

private:
    void readAccount();
    void readDirectory(const QUrl &page, std::shared_ptr<ExtensionDirectory> collected);

    const Clock &m_clock;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<AuthSession> m_auth;
    std::unique_ptr<ActiveCallsFeed> m_feed;
    std::unique_ptr<TelephonyPush> m_push;
    AccountInfo m_account;
    ExtensionDirectory m_directory;
    bool m_paused = false;
    bool m_scopeChosen = false;
};

} // namespace callwatch
