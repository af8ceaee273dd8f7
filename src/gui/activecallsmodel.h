#pragma once

#include "callboard.h"
#include "callmonitor.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QTimer>

#include <optional>
#include <vector>

namespace callwatch {

class Clock;

// The calls on the board as table rows. Each snapshot is applied as removals, dataChanged
// for changed rows and one insert for new ones, never a reset, so selection, the current row
// and the scroll position survive every refresh. Durations tick once a second through a
// dataChanged of that one column.
class ActiveCallsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Status,
        Duration,
        Direction,
        From,
        To,
        Extension,
        StartTime,
        Type,
        Action,
        Transport,
        Result,
        SessionId,
        TelephonySessionId,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: seconds, epoch ms, plain text
        LiveRole, // bool: still in progress
        KeyRole, // the board key of the row
        SearchTextRole, // every name, number and extension of the call, lower-case
        ExportRole, // the text a CSV cell gets (numbers unformatted, times in ISO-8601 UTC)
    };

    explicit ActiveCallsModel(const Clock &clock, QObject *parent = nullptr);

    // Without QAbstractTableModel's two virtual calls: a sorting proxy asks for two indexes per
    // comparison, some 260,000 times when it sorts 10,000 rows.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The window's path: the board diff is computed on a worker thread and the rows change
    // when it is done, so the GUI thread only pays for the row signals. A snapshot submitted
    // while one is being prepared waits for it; a newer one replaces one still waiting.
    void submitSnapshot(CallSnapshot records, const QDateTime &at);
    // All on the caller's thread: prepare and apply.
    void applySnapshot(std::vector<ActiveCall> records, const QDateTime &at);
    // Applies an update prepared from board().state(); ignored when the board has moved on.
    void applyUpdate(CallBoard::Update update);
    // Empties the table: only on sign-out or a change of scope, never on a poll.
    void clear();

    const CallBoard &board() const { return m_board; }
    // Names the extension of each record when its parties do not (queue calls).
    void setDirectory(const ExtensionDirectory &directory);
    const BoardEntry *entryAt(int row) const;
    // Seconds a call has lasted: ticking while live, the platform's final figure once ended.
    qint64 durationSeconds(const ActiveCall &call) const;
    qint64 longestLiveSeconds() const;
    // The ExportRole text of a cell: raw seconds, ISO-8601 UTC times, else the display text.
    QString exportText(const BoardEntry &entry, int column) const;
    // "m:ss", or "h:mm:ss" from an hour on; empty for an unknown (negative) duration.
    static QString formatDuration(qint64 seconds);

    // Whether durations tick (off while nothing is live, or the window is hidden).
    void setTicking(bool ticking);

Q_SIGNALS:
    void boardChanged();
    // A submitted snapshot is on the board (or was dropped because the board was cleared).
    void snapshotSettled();

private:
    QString display(const BoardEntry &entry, int column) const;
    QVariant sortValue(const BoardEntry &entry, int column) const;
    void removeDepartedRows();
    void startPreparing(CallSnapshot records, const QDateTime &at);
    void onPrepared(CallBoard::Update update);
    void updateTickTimer();

    const Clock &m_clock;
    CallBoard m_board;
    ExtensionDirectory m_directory;
    // row -> slot of the board's current state (-1 for a row about to be removed): data() reads
    // an array, and a new state renumbers the rows from the update's remap without a lookup.
    std::vector<qsizetype> m_slotOfRow;
    bool m_preparing = false; // a board diff is running on a worker thread
    struct Waiting
    {
        CallSnapshot records;
        QDateTime at;
    };
    std::optional<Waiting> m_waiting;
    QTimer m_tick;
    bool m_tickWanted = true;
};

} // namespace callwatch
