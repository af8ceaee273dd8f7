#pragma once

#include "alertrules.h"
#include "callboard.h"
#include "callmonitor.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <vector>

namespace callwatch {

class CallAlerts;
class Clock;
class LiveBoard;

// The calls on the monitor's board as table rows: a view that maps rows to board slots and
// signals their changes, nothing more. Each committed update is applied as removals, dataChanged
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
        InStatus, // how long in the current status
        RingTime,
        TalkTime,
        HoldTime,
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

    // The board to show (the monitor's), or none: a reset either way. Rows then follow the
    // board's committed changes as removals, dataChanged and inserts.
    void setBoard(LiveBoard *board);
    const CallBoard &board() const;

    // The calls past the supervisor's thresholds: their rows get a background, a warning icon
    // and a line saying which threshold (never the colour alone). None: no marks.
    void setAlerts(CallAlerts *alerts);
    // The alert line of the thresholds `marks` names ("On hold longer than 2:00"), one a line.
    static QStringList alertTexts(AlertRules::Breaches marks, const AlertRules &rules);

    // Names the extension of each record when its parties do not (queue calls).
    void setDirectory(const ExtensionDirectory &directory);
    const BoardEntry *entryAt(int row) const;
    // Seconds a call has lasted: ticking while live, its final figure once ended.
    qint64 durationSeconds(const BoardEntry &entry) const;
    // A party as the From and To columns show it: "Name (number)", or whichever is known.
    static QString partyText(const CallParty &party);
    // The status as the table words it ("Ringing · 5 agents", "On hold", "Ended · BlindTransfer").
    static QString statusText(const BoardEntry &entry);
    qint64 longestLiveSeconds() const;
    // The ExportRole text of a cell: raw seconds, ISO-8601 UTC times, else the display text.
    QString exportText(const BoardEntry &entry, int column) const;

    // Whether durations tick (off while nothing is live, or the window is hidden).
    void setTicking(bool ticking);

Q_SIGNALS:
    void boardChanged();

private:
    QString display(const BoardEntry &entry, int column) const;
    QString extensionsText(const BoardEntry &entry) const;
    QString tooltip(const BoardEntry &entry) const;
    QVariant sortValue(const BoardEntry &entry, int column) const;
    void onChanged(const BoardCommit &change);
    void onMarksChanged(const QStringList &keys);
    AlertRules::Breaches marksOf(const BoardEntry &entry) const;
    void onCleared();
    void removeDepartedRows();
    void updateTickTimer();

    const Clock &m_clock;
    QPointer<LiveBoard> m_source;
    QPointer<CallAlerts> m_alerts;
    ExtensionDirectory m_directory;
    // row -> slot of the board's current state (-1 for a row about to be removed): data() reads
    // an array, and a new state renumbers the rows from the update's remap without a lookup.
    std::vector<qsizetype> m_slotOfRow;
    QTimer m_tick;
    bool m_tickWanted = true;
};

} // namespace callwatch
