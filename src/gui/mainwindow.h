#pragma once

#include "activecallsfeed.h"
#include "desktopnotifier.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QDialog;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QSettings;

namespace Ui {
class MainWindow;
}

namespace callwatch {

class ActiveCallsModel;
class CallFilterProxy;
class CallMonitor;
class Clock;

// The window people look at all day: the scope toggle, search, a summary strip, the table of
// calls and a status bar that says exactly what the feed is doing.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Clock &clock, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The session to show; null when signed out. The window does not own it.
    void attach(CallMonitor *monitor);
    void setDemoMode(bool demo);
    // A line above the table for things the user must know (e.g. no keyring).
    void setNotice(const QString &text);

    ActiveCallsModel &model() { return *m_model; }
    CallFilterProxy &proxy() { return *m_proxy; }
    QTableView *tableView() const;
    QString statusText() const;

Q_SIGNALS:
    void signInRequested();
    void signOutRequested(bool deleteSavedSecrets);
    // The user closed the window: the app ends the platform session, then quits.
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // Opens the thresholds; saves and applies what the user accepts.
    void editAlerts();
    void setUpToolbar();
    void setUpTable();
    void restoreLayout();
    void saveLayout();
    void applyPalette();
    void onScopeChosen(CallScope scope);
    void updateAccount();
    void updateStatus();
    void updateSummary();
    void updateEventsLabel();
    void updateEmptyText();
    void showHeaderMenu(const QPoint &pos);
    void fillColumnMenu(QMenu *menu);
    void exportCsv();
    void confirmSignOut();
    void showAbout();

    const Clock &m_clock;
    QSettings &m_settings;
    std::unique_ptr<Ui::MainWindow> m_ui;
    ActiveCallsModel *m_model = nullptr;
    CallFilterProxy *m_proxy = nullptr;
    QPointer<CallMonitor> m_monitor;
    DesktopNotifier m_notifier;
    QLineEdit *m_search = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QLabel *m_eventsLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_emptyLabel = nullptr; // says why the table is empty
    QPointer<QDialog> m_about; // one About dialog at a time
    QTimer m_statusTimer;
};

} // namespace callwatch
