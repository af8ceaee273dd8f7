#include "mainwindow.h"

#include "aboutdialog.h"
#include "activecallsmodel.h"
#include "alertsdialog.h"
#include "callfilterproxy.h"
#include "callmonitor.h"
#include "calltime.h"
#include "clock.h"
#include "platformapi.h"
#include "tableexport.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace callwatch {

namespace {

QString clockTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().time(),
                              QStringLiteral("HH:mm:ss"));
}

// Dark palettes get lighter tints, so the status colours stay readable in both.
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

MainWindow::MainWindow(const Clock &clock, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_settings(settings)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_model = new ActiveCallsModel(clock, this);
    m_proxy = new CallFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    setUpToolbar();
    setUpTable();

    m_stateLabel = new QLabel(this);
    m_stateLabel->setAccessibleName(tr("Connection state"));
    m_updatedLabel = new QLabel(this);
    m_updatedLabel->setAccessibleName(tr("Last update"));
    m_budgetLabel = new QLabel(this);
    m_budgetLabel->setAccessibleName(tr("Rate limit budget"));
    m_eventsLabel = new QLabel(this);
    m_eventsLabel->setObjectName(QStringLiteral("eventsLabel"));
    m_eventsLabel->setAccessibleName(tr("Live call events"));
    m_userLabel = new QLabel(this);
    m_userLabel->setAccessibleName(tr("Signed-in user"));
    statusBar()->addWidget(m_stateLabel);
    statusBar()->addWidget(m_updatedLabel);
    statusBar()->addWidget(m_eventsLabel);
    statusBar()->addPermanentWidget(m_budgetLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_ui->actionSignIn, &QAction::triggered, this, &MainWindow::signInRequested);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::confirmSignOut);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, this, [] { QApplication::aboutQt(); });
    connect(m_ui->actionShowEnded, &QAction::toggled, this, [this](bool show) {
        m_proxy->setShowEnded(show);
        m_settings.setValue(QStringLiteral("window/showEnded"), show);
        updateSummary();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        if (m_monitor)
            m_monitor->feed().refreshNow();
    });
    connect(m_ui->actionPause, &QAction::toggled, this, [this](bool paused) {
        m_ui->actionPause->setText(paused ? tr("&Resume") : tr("&Pause"));
        if (m_monitor)
            m_monitor->setPaused(paused);
        updateStatus();
    });
    connect(m_model, &ActiveCallsModel::boardChanged, this, &MainWindow::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateSummary);

    // The status line speaks in seconds ("updated 4 s ago", "retrying in 8 s").
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, [this] {
        updateStatus();
        updateSummary();
    });
    m_statusTimer.start();

    restoreLayout();
    applyPalette();
    setDemoMode(false);
    setNotice({});
    attach(nullptr);
}

MainWindow::~MainWindow() = default;

QTableView *MainWindow::tableView() const
{
    return m_ui->callsView;
}

void MainWindow::setUpToolbar()
{
    auto *scopes = new QActionGroup(this);
    scopes->setExclusive(true);
    scopes->addAction(m_ui->actionCompany);
    scopes->addAction(m_ui->actionMyCalls);
    m_ui->actionMyCalls->setChecked(true);
    connect(m_ui->actionCompany, &QAction::triggered, this, [this] { onScopeChosen(CallScope::Account); });
    connect(m_ui->actionMyCalls, &QAction::triggered, this, [this] { onScopeChosen(CallScope::Extension); });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setAccessibleName(tr("Search calls"));
    m_search->setPlaceholderText(tr("Search numbers, names, extensions (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    m_ui->mainToolBar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &CallFilterProxy::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::updateEmptyText);
    connect(m_ui->actionAlerts, &QAction::triggered, this, &MainWindow::editAlerts);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    // Escape in the search box clears it and hands the keyboard back to the table.
    auto *clear = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clear, &QShortcut::activated, this, [this] {
        m_search->clear();
        m_ui->callsView->setFocus(Qt::ShortcutFocusReason);
    });
}

void MainWindow::setUpTable()
{
    QTableView *view = m_ui->callsView;
    view->setModel(m_proxy);
    view->sortByColumn(ActiveCallsModel::StartTime, Qt::DescendingOrder);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionResizeMode(QHeaderView::Interactive);
    connect(header, &QWidget::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    // The same choice from the menu bar, for the keyboard.
    QMenu *columns = m_ui->menuView->addMenu(tr("C&olumns"));
    columns->menuAction()->setObjectName(QStringLiteral("columnsMenu"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] { fillColumnMenu(columns); });
    // What a supervisor reads at a glance is shown; the record's details are a click away.
    for (const int column : { ActiveCallsModel::SessionId, ActiveCallsModel::TelephonySessionId,
                              ActiveCallsModel::Type, ActiveCallsModel::Transport })
        view->setColumnHidden(column, true);
    const std::pair<int, int> widths[] = {
        { ActiveCallsModel::Status, 150 },   { ActiveCallsModel::Duration, 70 },
        { ActiveCallsModel::InStatus, 70 },  { ActiveCallsModel::RingTime, 56 },
        { ActiveCallsModel::TalkTime, 56 },  { ActiveCallsModel::HoldTime, 56 },
        { ActiveCallsModel::Direction, 80 }, { ActiveCallsModel::From, 230 },
        { ActiveCallsModel::To, 230 },       { ActiveCallsModel::Extension, 190 },
        { ActiveCallsModel::StartTime, 70 }, { ActiveCallsModel::Type, 60 },
        { ActiveCallsModel::Action, 100 },   { ActiveCallsModel::Transport, 80 },
    };
    // Short headers must fit in every language ("Gespräch" is longer than "Talk").
    const QFontMetrics headerFont(header->font());
    for (const auto &[column, width] : widths) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        view->setColumnWidth(column, std::max(width, headerFont.horizontalAdvance(title) + 20));
    }
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);

    // An empty table says why: signed out, nothing going on, or nothing matches the search.
    m_emptyLabel = new QLabel(view->viewport());
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(view->viewport());
    layout->addWidget(m_emptyLabel);
}

void MainWindow::updateEmptyText()
{
    QString text;
    if (m_proxy->rowCount() == 0) {
        if (!m_monitor)
            text = tr("You are signed out. Sign in with File ▸ Sign in…");
        else if (m_monitor->feed().status().lastSnapshotAtMs == 0)
            text = QString();
        else if (m_model->rowCount() == 0)
            text = tr("No calls in progress right now.");
        else if (!m_proxy->searchText().isEmpty())
            text = tr("No call matches “%1”.").arg(m_proxy->searchText());
        else
            text = tr("No calls in progress; recently ended calls are hidden.");
    }
    m_emptyLabel->setText(text);
    m_emptyLabel->setVisible(!text.isEmpty());
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray());
    const QByteArray header = m_settings.value(QStringLiteral("window/header")).toByteArray();
    if (!header.isEmpty())
        m_ui->callsView->horizontalHeader()->restoreState(header);
    m_ui->actionShowEnded->setChecked(m_settings.value(QStringLiteral("window/showEnded"), true).toBool());
    m_proxy->setShowEnded(m_ui->actionShowEnded->isChecked());
}

void MainWindow::saveLayout()
{
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("window/header"), m_ui->callsView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
    Q_EMIT closed();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    m_model->setTicking(true);
    QMainWindow::showEvent(event);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    // Nobody sees the durations tick in a hidden window.
    m_model->setTicking(false);
    QMainWindow::hideEvent(event);
}

void MainWindow::applyPalette()
{
    const bool dark = isDark(palette());
    m_ui->demoBanner->setStyleSheet(
        dark ? QStringLiteral("background:#4a3b00;color:#ffe9a8;border-radius:4px;")
             : QStringLiteral("background:#fff4c2;color:#4a3b00;border-radius:4px;"));
    m_ui->noticeLabel->setStyleSheet(
        dark ? QStringLiteral("background:#5c1f1f;color:#ffd6d6;border-radius:4px;")
             : QStringLiteral("background:#fde2e2;color:#6b1111;border-radius:4px;"));
    QFont big = m_ui->activeCallsValue->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    for (QLabel *label : { m_ui->activeCallsValue, m_ui->ringingValue, m_ui->onHoldValue,
                           m_ui->longestCallValue, m_ui->endedValue })
        label->setFont(big);
    updateStatus();
}

void MainWindow::setDemoMode(bool demo)
{
    m_ui->demoBanner->setVisible(demo);
    setWindowTitle(demo ? tr("CallWatch — demo (simulated calls)") : tr("CallWatch"));
}

void MainWindow::setNotice(const QString &text)
{
    m_ui->noticeLabel->setText(text);
    m_ui->noticeLabel->setVisible(!text.isEmpty());
}

void MainWindow::attach(CallMonitor *monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    m_model->setBoard(monitor ? &monitor->board() : nullptr);
    if (monitor) {
        const AlertRules rules = AlertRules::load(m_settings);
        monitor->alerts().setRules(rules);
        m_notifier.setEnabled(rules.notify);
    }
    m_model->setAlerts(monitor ? &monitor->alerts() : nullptr);
    m_notifier.attach(monitor);
    m_ui->actionPause->setChecked(false);
    if (monitor) {
        connect(monitor, &CallMonitor::accountChanged, this, &MainWindow::updateAccount);
        connect(monitor, &CallMonitor::directoryChanged, this,
                [this] { m_model->setDirectory(m_monitor->directory()); });
        connect(monitor, &CallMonitor::statusChanged, this, &MainWindow::updateStatus);
        connect(monitor, &CallMonitor::pushChanged, this, [this] {
            updateSummary();
            updateEventsLabel();
        });
        connect(monitor, &CallMonitor::aboutToBeDestroyed, this, [this] { attach(nullptr); });
    }
    const bool attached = monitor != nullptr;
    for (QAction *a : { m_ui->actionRefresh, m_ui->actionPause, m_ui->actionSignOut, m_ui->actionMyCalls })
        a->setEnabled(attached);
    updateAccount();
    updateStatus();
    updateSummary();
}

void MainWindow::editAlerts()
{
    auto *dialog = new AlertsDialog(AlertRules::load(m_settings), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AlertRules rules = dialog->rules();
        rules.save(m_settings);
        m_notifier.setEnabled(rules.notify);
        if (m_monitor)
            m_monitor->alerts().setRules(rules);
    });
    dialog->open();
}

void MainWindow::updateAccount()
{
    const AccountInfo info = m_monitor ? m_monitor->account() : AccountInfo {};
    // Company scope needs an administrator: say so where the user looks for it.
    m_ui->actionCompany->setEnabled(m_monitor && info.admin);
    m_ui->actionCompany->setToolTip(
        info.admin || !info.known ? tr("Every call on the account")
                                  : tr("Company-wide calls need an administrator (the ReadCompanyCallLog "
                                       "permission); you can watch your own calls"));
    if (m_monitor && info.known) {
        const bool company = m_monitor->feed().scope() == CallScope::Account;
        (company ? m_ui->actionCompany : m_ui->actionMyCalls)->setChecked(true);
    }
    QString user;
    if (info.known) {
        user = info.extensionNumber.isEmpty() ? info.name
                                              : tr("%1 (ext. %2)").arg(info.name, info.extensionNumber);
        if (!info.company.isEmpty())
            user += QStringLiteral(" · ") + info.company;
    }
    m_userLabel->setText(user);
}

void MainWindow::onScopeChosen(CallScope scope)
{
    if (!m_monitor || m_monitor->feed().scope() == scope)
        return;
    m_monitor->setScope(scope); // a different list: the board starts over

    updateStatus();
}

QString MainWindow::statusText() const
{
    return m_stateLabel->text();
}

void MainWindow::updateStatus()
{
    const qint64 now = m_clock.nowMs();
    const bool dark = isDark(palette());
    QString text;
    QString colour;
    const auto secondsUntil = [now](qint64 at) { return std::max<qint64>(0, (at - now + 999) / 1000); };

    if (!m_monitor) {
        text = tr("Signed out");
    } else if (m_monitor->auth().state() == AuthSession::State::SignInRequired) {
        text = tr("Sign-in required: %1").arg(m_monitor->auth().lastError().message);
        colour = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b00020");
    } else if (m_monitor->isPaused()) {
        text = tr("Paused");
    } else {
        const FeedStatus &s = m_monitor->feed().status();
        switch (s.state) {
        case FeedStatus::State::Stopped:
            text = m_monitor->auth().state() == AuthSession::State::SignedIn ? tr("Starting…")
                                                                             : tr("Signing in…");
            break;
        case FeedStatus::State::Fetching:
            text = tr("Refreshing…");
            break;
        case FeedStatus::State::Waiting:
            text = s.lastSnapshotAtMs > 0 ? tr("Live") : tr("Waiting for the rate limit…");
            colour = dark ? QStringLiteral("#7ee787") : QStringLiteral("#1a7f37");
            break;
        case FeedStatus::State::RateLimited:
            text = tr("Rate-limited until %1").arg(clockTime(s.nextAtMs));
            colour = dark ? QStringLiteral("#ffd166") : QStringLiteral("#9a6700");
            break;
        case FeedStatus::State::Retrying:
            text = tr("Offline, retrying in %n s — %1", nullptr, int(secondsUntil(s.nextAtMs)))
                       .arg(s.error.userMessage());
            colour = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b00020");
            break;
        case FeedStatus::State::PermissionDenied:
            text = tr("%1 — switch to My calls").arg(s.error.userMessage());
            colour = dark ? QStringLiteral("#ffd166") : QStringLiteral("#9a6700");
            break;
        case FeedStatus::State::SignInRequired:
            text = tr("Sign-in required: %1").arg(s.error.message);
            colour = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b00020");
            break;
        case FeedStatus::State::Failed:
            text = s.error.userMessage();
            colour = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b00020");
            break;
        }
    }
    m_stateLabel->setText(text);
    m_stateLabel->setStyleSheet(colour.isEmpty() ? QString()
                                                 : QStringLiteral("color:%1;font-weight:600;").arg(colour));

    QString updated;
    QString budget;
    if (m_monitor) {
        const FeedStatus &s = m_monitor->feed().status();
        // With events leading, the rows are as fresh as the last event; the list is only the
        // reconcile, and saying "updated 9 min ago" would make a live board look stale.
        const int ago = int(std::max<qint64>(0, (now - s.lastSnapshotAtMs) / 1000));
        if (s.lastSnapshotAtMs > 0)
            updated = m_monitor->eventsLead() ? tr("list read %n s ago", nullptr, ago)
                                              : tr("updated %n s ago", nullptr, ago);
        const GroupBudget b = m_monitor->client().rateLimits().budget(api::kHeavyGroup);
        if (b.limit > 0)
            budget = tr("Heavy requests left: %1 of %2 per %3 s")
                         .arg(std::max(0, b.remaining))
                         .arg(b.limit)
                         .arg(b.windowSeconds);
    }
    m_updatedLabel->setText(updated);
    m_budgetLabel->setText(budget);
    updateEventsLabel();
}

void MainWindow::updateEventsLabel()
{
    QString text;
    QString tip;
    QString colour;
    const bool dark = isDark(palette());
    if (m_monitor && !m_monitor->isPaused()) {
        const TelephonyEvents &events = m_monitor->events();
        switch (events.state()) {
        case TelephonyEvents::State::Live:
            text = tr("Live events");
            tip = tr("Telephony events drive the table; the active-calls list is read now and then to "
                     "reconcile it.");
            colour = dark ? QStringLiteral("#7ee787") : QStringLiteral("#1a7f37");
            break;
        case TelephonyEvents::State::Connecting:
            text = tr("Polling only, connecting live events…");
            tip = events.reason();
            break;
        case TelephonyEvents::State::Unavailable: {
            // Name what is missing where the user looks: the admin then knows what to ask for.
            const QString permission = events.missingPermission();
            text = permission == QLatin1String("CallControl")
                    || permission == QLatin1String("TelephonySessions")
                ? tr("Polling only: the app lacks Call Control (an admin requests it; RingCentral approves)")
                : permission.isEmpty() ? tr("Polling only: live events unavailable")
                                       : tr("Polling only: the app lacks the %1 permission").arg(permission);
            tip = events.reason();
            colour = dark ? QStringLiteral("#ffd166") : QStringLiteral("#9a6700");
            break;
        }
        case TelephonyEvents::State::Stopped:
            break;
        }
    }
    m_eventsLabel->setText(text);
    m_eventsLabel->setToolTip(tip);
    m_eventsLabel->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color:%1;").arg(colour));
}

void MainWindow::updateSummary()
{
    const CallBoard &board = m_model->board();
    const int live = board.liveCount();
    const int ended = board.size() - live;
    m_ui->activeCallsValue->setText(tr("Active calls: <b>%1</b>").arg(live));
    // The active-calls list never shows ringing or held calls; only live call events do. When
    // they are not live the numbers are unknown: say why instead of a false or old number.
    const std::optional<CallMonitor::LiveCounts> counts
        = m_monitor ? m_monitor->liveCounts() : std::optional<CallMonitor::LiveCounts>();
    if (counts) {
        m_ui->ringingValue->setText(counts->queued > 0
                                        ? tr("Ringing or connecting: <b>%1</b> · queued: <b>%2</b>")
                                              .arg(counts->ringing)
                                              .arg(counts->queued)
                                        : tr("Ringing or connecting: <b>%1</b>").arg(counts->ringing));
        m_ui->ringingValue->setToolTip(
            tr("Calls ringing or being connected right now, from live call events"));
        m_ui->onHoldValue->setText(tr("On hold: <b>%1</b>").arg(counts->onHold));
        m_ui->onHoldValue->setToolTip(tr("Calls on hold or parked right now, from live call events"));
    } else {
        const QString why = m_monitor ? m_monitor->eventsReason() : tr("Signed out");
        const QString unknown = tr("The active-calls list does not report this; it needs live call events, "
                                   "which are not available now: %1")
                                    .arg(why);
        m_ui->ringingValue->setText(tr("Ringing or connecting: <b>—</b>"));
        m_ui->ringingValue->setToolTip(unknown);
        m_ui->onHoldValue->setText(tr("On hold: <b>—</b>"));
        m_ui->onHoldValue->setToolTip(unknown);
    }
    const qint64 longest = m_model->longestLiveSeconds();
    m_ui->longestCallValue->setText(
        tr("Longest call now: <b>%1</b>").arg(longest < 0 ? QStringLiteral("—") : formatDuration(longest)));
    m_ui->endedValue->setText(m_proxy->showEnded() ? tr("Recently ended: %1").arg(ended)
                                                   : tr("Recently ended: %1 (hidden)").arg(ended));
    updateEmptyText();
}

void MainWindow::fillColumnMenu(QMenu *menu)
{
    menu->clear();
    QHeaderView *header = m_ui->callsView->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *a = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(column));
        connect(a, &QAction::toggled, this, [this, header, column](bool visible) {
            header->setSectionHidden(column, !visible);
            saveLayout();
        });
    }
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    fillColumnMenu(&menu);
    menu.exec(m_ui->callsView->horizontalHeader()->mapToGlobal(pos));
}

void MainWindow::exportCsv()
{
    const QString dir = m_settings
                            .value(QStringLiteral("export/dir"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    const QString suggested = dir
        + QStringLiteral("/calls-%1.csv")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QFileDialog dialog(this, tr("Export the calls shown"), suggested, tr("CSV files (*.csv)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    auto *excel = new QCheckBox(tr("For Microsoft Excel (UTF-8 with BOM)"), &dialog);
    excel->setChecked(m_settings.value(QStringLiteral("export/excel"), false).toBool());
    dialog.setOption(QFileDialog::DontUseNativeDialog, true); // so the Excel option can sit in it
    if (auto *layout = dialog.layout())
        layout->addWidget(excel);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    m_settings.setValue(QStringLiteral("export/dir"), QFileInfo(path).absolutePath());
    m_settings.setValue(QStringLiteral("export/excel"), excel->isChecked());
    QString error;
    if (!TableExport::write(*m_proxy, *m_ui->callsView->horizontalHeader(), path, excel->isChecked(),
                            &error)) {
        QMessageBox::warning(this, tr("Export failed"), tr("The calls were not exported.\n\n%1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Exported %n call(s) to %1", nullptr, m_proxy->rowCount()).arg(path), 8000);
}

void MainWindow::confirmSignOut()
{
    QMessageBox box(QMessageBox::Question, tr("Sign out"),
                    tr("Sign out of RingCentral? The session is ended on the server."), QMessageBox::NoButton,
                    this);
    auto *forget = new QCheckBox(tr("Also delete the saved JWT and client secret from the keychain"), &box);
    box.setCheckBox(forget);
    QPushButton *signOut = box.addButton(tr("Sign out"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != signOut)
        return;
    Q_EMIT signOutRequested(forget->isChecked());
}

void MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(this);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_about->open();
    m_about->raise();
    m_about->activateWindow();
}

} // namespace callwatch
