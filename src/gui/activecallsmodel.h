#pragma once

#include "callboard.h"
#include "callmonitor.h"

#include <QAbstractTableModel>
#include <QTimer>

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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void applySnapshot(std::vector<ActiveCall> records, const QDateTime &at);
    // Empties the table: only on sign-out or a change of scope, never on a poll.
    void clear();

    const CallBoard &board() const { return m_board; }
    // Names the extension of each record when its parties do not (queue calls).
    void setDirectory(const ExtensionDirectory &directory);
    const BoardEntry *entryAt(int row) const;
    // Seconds a call has lasted: ticking while live, the platform's final figure once ended.
    qint64 durationSeconds(const ActiveCall &call) const;
    qint64 longestLiveSeconds() const;
    // "m:ss", or "h:mm:ss" from an hour on; empty for an unknown (negative) duration.
    static QString formatDuration(qint64 seconds);

    // Whether durations tick (off while nothing is live, or the window is hidden).
    void setTicking(bool ticking);

Q_SIGNALS:
    void boardChanged();

private:
    QVariant display(const BoardEntry &entry, int column) const;
    QVariant sortValue(const BoardEntry &entry, int column) const;
    void removeRows(const QStringList &keys);
    void rebuildIndex(int fromRow);
    void updateTickTimer();

    const Clock &m_clock;
    CallBoard m_board;
    ExtensionDirectory m_directory;
    std::vector<QString> m_keys; // row -> board key
    // row -> board entry, refreshed after every snapshot (the board's pointers live until its
    // next snapshot), so data() costs an array read instead of a hash lookup per cell.
    std::vector<const BoardEntry *> m_entries;
    QHash<QString, int> m_rowOf; // board key -> row
    QTimer m_tick;
    bool m_tickWanted = true;
};

} // namespace callwatch
