#include "activecallsmodel.h"

#include "callalerts.h"
#include "calltime.h"
#include "clock.h"
#include "liveboard.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>
#include <QStyle>

#include <algorithm>

namespace callwatch {

namespace {

// An extension on the call, named from whichever party it is.
const CallParty *partyOf(const ActiveCall &c, const QString &extensionId)
{
    if (!extensionId.isEmpty()) {
        if (c.from.extensionId == extensionId)
            return &c.from;
        if (c.to.extensionId == extensionId)
            return &c.to;
    }
    return nullptr;
}

qint64 secondsOf(qint64 ms)
{
    return ms / 1000;
}

} // namespace

QString ActiveCallsModel::partyText(const CallParty &p)
{
    const QString number = !p.phoneNumber.isEmpty() ? p.phoneNumber : p.extensionNumber;
    if (p.name.isEmpty())
        return number.isEmpty() ? p.location : number;
    return number.isEmpty() ? p.name : p.name + QStringLiteral(" (") + number + QLatin1Char(')');
}

ActiveCallsModel::ActiveCallsModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        // Every running clock: the duration, the time in status and the phase that runs.
        if (!m_slotOfRow.empty())
            Q_EMIT dataChanged(index(0, Duration), index(rowCount() - 1, HoldTime),
                               { Qt::DisplayRole, SortRole });
    });
}

QModelIndex ActiveCallsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_slotOfRow.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int ActiveCallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slotOfRow.size());
}

int ActiveCallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const BoardEntry *ActiveCallsModel::entryAt(int row) const
{
    if (row < 0 || row >= int(m_slotOfRow.size()))
        return nullptr;
    const qsizetype slot = m_slotOfRow[size_t(row)];
    return slot < 0 ? nullptr : &board().entryAtSlot(slot);
}

qint64 ActiveCallsModel::durationSeconds(const BoardEntry &entry) const
{
    return callwatch::durationSeconds(entry, m_clock.nowMs());
}

QString ActiveCallsModel::statusText(const BoardEntry &entry)
{
    const CallProgress &p = entry.progress;
    switch (p.status) {
    case CallStatus::Ringing:
        return p.ringingParties > 1 ? tr("Ringing · %n agents", nullptr, p.ringingParties) : tr("Ringing");
    case CallStatus::Queued:
        return tr("Queued");
    case CallStatus::Talking:
        return tr("Talking");
    case CallStatus::OnHold:
        return tr("On hold");
    case CallStatus::Parked:
        return tr("Parked");
    case CallStatus::VoiceMail:
        return tr("Voicemail");
    case CallStatus::InProgress:
        return tr("Live"); // the list's word: in progress, talking or holding it cannot say
    case CallStatus::Checking:
        return tr("Checking…");
    case CallStatus::Ended:
        // The platform's reason (a transfer, a pickup) says where the call went; a list
        // record's result is in its own column.
        return entry.source != TruthSource::List && !p.endReason.isEmpty() ? tr("Ended · %1").arg(p.endReason)
                                                                           : tr("Ended");
    }
    return {};
}

QString ActiveCallsModel::extensionsText(const BoardEntry &entry) const
{
    const ActiveCall &c = entry.call;
    QStringList ids = entry.progress.extensionIds;
    if (ids.isEmpty() && !c.extensionId.isEmpty())
        ids.append(c.extensionId);
    QStringList names;
    for (const QString &id : std::as_const(ids)) {
        QString number;
        QString name;
        // The record's own party names it best; events carry no extension number, so the
        // directory fills in what the party lacks.
        const CallParty *p = partyOf(c, id);
        const auto known = m_directory.constFind(id);
        if (p && !p->extensionNumber.isEmpty()) {
            number = p->extensionNumber;
            name = p->name;
        } else if (known != m_directory.cend()) {
            number = known->extensionNumber;
            name = known->name;
        } else if (p && !p->name.isEmpty()) {
            name = p->name;
        } else {
            names.append(id);
            continue;
        }
        names.append(number.isEmpty()     ? name
                         : name.isEmpty() ? number
                                          : number + QStringLiteral(" · ") + name);
    }
    return names.join(QStringLiteral(", "));
}

qint64 ActiveCallsModel::longestLiveSeconds() const
{
    qint64 longest = -1;
    for (const CallBoard::Slot &slot : board().state()->slots) {
        if (slot.entry.isLive())
            longest = std::max(longest, durationSeconds(slot.entry));
    }
    return longest;
}

QString ActiveCallsModel::display(const BoardEntry &entry, int column) const
{
    const ActiveCall &c = entry.call;
    const qint64 now = m_clock.nowMs();
    const CallProgress &p = entry.progress;
    // What nobody told (the list knows no phases; a call joined in progress has no early ones)
    // is a dash, never a false 0:00.
    const QString unknown = QStringLiteral("—");
    const auto phase = [&](qint64 ms) {
        return !p.phasesKnown ? (entry.source == TruthSource::List ? QString() : unknown)
                              : formatDuration(secondsOf(ms));
    };
    switch (column) {
    case Status:
        return statusText(entry);
    case Duration:
        return formatDuration(durationSeconds(entry));
    case InStatus:
        if (!p.isLive())
            return {}; // an ended call has no status running
        return p.sinceKnown ? formatDuration(secondsOf(p.inStatusMs(now))) : unknown;
    case RingTime:
        return phase(p.ringTotalMs(now));
    case TalkTime:
        return phase(p.talkTotalMs(now));
    case HoldTime:
        return phase(p.holdTotalMs(now));
    case Direction:
        return c.direction == QLatin1String("Inbound") ? tr("Inbound")
            : c.direction == QLatin1String("Outbound") ? tr("Outbound")
                                                       : c.direction;
    case From:
        return partyText(c.from);
    case To:
        return partyText(c.to);
    case Extension:
        return extensionsText(entry);
    case StartTime:
        return QLocale().toString(c.startTime.toLocalTime().time(), QLocale::ShortFormat);
    case Type:
        return c.type;
    case Action:
        return c.action;
    case Transport:
        return c.transport;
    case Result:
        return c.result;
    case SessionId:
        return c.sessionId;
    case TelephonySessionId:
        return c.telephonySessionId;
    }
    return {};
}

QString ActiveCallsModel::exportText(const BoardEntry &entry, int column) const
{
    const qint64 now = m_clock.nowMs();
    const CallProgress &p = entry.progress;
    // Unknown is an empty cell in a spreadsheet, not a zero.
    const auto phase = [&](qint64 ms) { return p.phasesKnown ? QString::number(ms / 1000) : QString(); };
    switch (column) {
    case Duration:
        return QString::number(durationSeconds(entry));
    case InStatus:
        return p.sinceKnown ? QString::number(p.inStatusMs(now) / 1000) : QString();
    case RingTime:
        return phase(p.ringTotalMs(now));
    case TalkTime:
        return phase(p.talkTotalMs(now));
    case HoldTime:
        return phase(p.holdTotalMs(now));
    case StartTime:
        return isoUtcText(entry.call.startTime);
    default:
        return display(entry, column);
    }
}

QVariant ActiveCallsModel::sortValue(const BoardEntry &entry, int column) const
{
    const ActiveCall &c = entry.call;
    const qint64 now = m_clock.nowMs();
    switch (column) {
    case Status:
        return int(entry.progress.status);
    case Duration:
        return durationSeconds(entry);
    case InStatus:
        return entry.progress.inStatusMs(now);
    case RingTime:
        return entry.progress.ringTotalMs(now);
    case TalkTime:
        return entry.progress.talkTotalMs(now);
    case HoldTime:
        return entry.progress.holdTotalMs(now);
    case StartTime:
        return c.startTime.toMSecsSinceEpoch();
    default:
        return display(entry, column).toLower();
    }
}

QVariant ActiveCallsModel::data(const QModelIndex &index, int role) const
{
    const BoardEntry *entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry)
        return {};
    const ActiveCall &c = entry->call;
    switch (role) {
    case Qt::DisplayRole:
        return display(*entry, index.column());
    case SortRole:
        return sortValue(*entry, index.column());
    case LiveRole:
        return entry->isLive();
    case KeyRole:
        return board().keyAtSlot(m_slotOfRow[size_t(index.row())]);
    case SearchTextRole:
        return QStringList { c.from.name,     c.from.phoneNumber, c.from.extensionNumber,
                             c.to.name,       c.to.phoneNumber,   c.to.extensionNumber,
                             c.from.location, c.to.location,      extensionsText(*entry) }
            .join(QLatin1Char('\n'))
            .toLower();
    case ExportRole:
        return exportText(*entry, index.column());
    case Qt::ForegroundRole: {
        // Ended calls are shown a while, greyed.
        if (!entry->isLive())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() != Status)
            return {};
        // Colours that read on both light and dark bases; the text says the same, for anyone
        // who cannot tell them apart.
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        switch (entry->progress.status) {
        case CallStatus::Ringing:
        case CallStatus::Queued:
            return QBrush(dark ? QColor(0xff, 0xd1, 0x66) : QColor(0x9a, 0x67, 0x00));
        case CallStatus::OnHold:
        case CallStatus::Parked:
            return QBrush(dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x09, 0x69, 0xda));
        case CallStatus::Checking:
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        default:
            return QBrush(dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37));
        }
    }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Duration:
        case InStatus:
        case RingTime:
        case TalkTime:
        case HoldTime:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tooltip(*entry);
    case Qt::BackgroundRole: {
        if (!marksOf(*entry))
            return {};
        // A warm background on a live row past a threshold; the icon and the tooltip say which.
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        return QBrush(dark ? QColor(0x5c, 0x3d, 0x00) : QColor(0xff, 0xec, 0xb3));
    }
    case Qt::DecorationRole:
        if (index.column() == Status && marksOf(*entry))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == Status) {
            const AlertRules::Breaches marks = marksOf(*entry);
            return marks ? (QStringList { statusText(*entry) } + alertTexts(marks, m_alerts->rules()))
                               .join(QLatin1String("; "))
                         : statusText(*entry);
        }
        return display(*entry, index.column());
    default:
        return {};
    }
}

QString ActiveCallsModel::tooltip(const BoardEntry &entry) const
{
    const ActiveCall &c = entry.call;
    const qint64 now = m_clock.nowMs();
    const auto line = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<b>%1</b> %2<br>").arg(label, value.toHtmlEscaped());
    };
    const auto time = [](qint64 ms) {
        return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::LongFormat)
                      : QString();
    };
    // Every row says where its state came from and when: the user can tell a live event from
    // a list that lags, or a check the board asked for.
    QString source;
    switch (entry.source) {
    case TruthSource::Event:
        source = tr("a live call event at %1").arg(time(entry.sourceAtMs));
        break;
    case TruthSource::Presence:
        source = tr("presence, read at %1 when live events started").arg(time(entry.sourceAtMs));
        break;
    case TruthSource::Check:
        source = tr("a check of this call at %1").arg(time(entry.sourceAtMs));
        break;
    case TruthSource::List:
        source = tr("the active-calls list read at %1 (it lags calls by seconds and cannot tell ringing or "
                    "holding)")
                     .arg(time(entry.sourceAtMs));
        break;
    }
    const bool timed = entry.progress.phasesKnown;
    const auto span = [](qint64 ms) { return formatDuration(ms / 1000); };
    const AlertRules::Breaches marks = marksOf(entry);
    return QString(
        line(tr("Alert:"), marks ? alertTexts(marks, m_alerts->rules()).join(QLatin1String("; ")) : QString())
        + line(tr("Status:"), statusText(entry)) + line(tr("State from:"), source)
        + line(tr("From:"), partyText(c.from)) + line(tr("Location:"), c.from.location)
        + line(tr("To:"), partyText(c.to)) + line(tr("Location:"), c.to.location)
        + line(tr("Extensions:"), extensionsText(entry))
        + line(tr("Started:"), QLocale().toString(c.startTime.toLocalTime(), QLocale::LongFormat))
        + line(tr("Duration:"), formatDuration(durationSeconds(entry)))
        + (timed ? line(tr("Ringing:"), span(entry.progress.ringTotalMs(now)))
                   + line(tr("Talking:"), span(entry.progress.talkTotalMs(now)))
                   + line(tr("On hold:"), span(entry.progress.holdTotalMs(now)))
                 : line(tr("Phases:"), tr("not known: CallWatch joined this call in progress")))
        + line(tr("Direction:"), c.direction) + line(tr("Type:"), c.type) + line(tr("Action:"), c.action)
        + line(tr("Result:"), c.result) + line(tr("Reason:"), c.reason) + line(tr("Transport:"), c.transport)
        + line(tr("Internal type:"), c.internalType) + line(tr("Record id:"), c.id)
        + line(tr("Session id:"), c.sessionId) + line(tr("Telephony session:"), c.telephonySessionId)
        + line(tr("Party id:"), c.partyId)
        + line(tr("First seen:"), QLocale().toString(entry.firstSeen.toLocalTime(), QLocale::ShortFormat))
        + line(tr("Last listed:"),
               QLocale().toString(entry.lastConfirmed.toLocalTime(), QLocale::ShortFormat)));
}

QVariant ActiveCallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case InStatus:
        return tr("In status");
    case RingTime:
        return tr("Ring");
    case TalkTime:
        return tr("Talk");
    case HoldTime:
        return tr("Hold");
    case Direction:
        return tr("Direction");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Extension:
        return tr("Extension");
    case StartTime:
        return tr("Started");
    case Type:
        return tr("Type");
    case Action:
        return tr("Action");
    case Transport:
        return tr("Transport");
    case Result:
        return tr("Result");
    case SessionId:
        return tr("Session id");
    case TelephonySessionId:
        return tr("Telephony session id");
    }
    return {};
}

void ActiveCallsModel::setDirectory(const ExtensionDirectory &directory)
{
    m_directory = directory;
    if (!m_slotOfRow.empty())
        Q_EMIT dataChanged(index(0, Extension), index(rowCount() - 1, Extension),
                           { Qt::DisplayRole, SortRole });
}

const CallBoard &ActiveCallsModel::board() const
{
    static const CallBoard empty;
    return m_source ? m_source->board() : empty;
}

void ActiveCallsModel::setBoard(LiveBoard *source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (source) {
        connect(source, &LiveBoard::changed, this, &ActiveCallsModel::onChanged);
        connect(source, &LiveBoard::aboutToClear, this, [this] { beginResetModel(); });
        connect(source, &LiveBoard::cleared, this, &ActiveCallsModel::onCleared);
        // The QPointer is null by now: the rows go unconditionally, before anyone reads them.
        connect(source, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_slotOfRow.clear();
            endResetModel();
            updateTickTimer();
            Q_EMIT boardChanged();
        });
    }
    // A different board: every row is new.
    beginResetModel();
    m_slotOfRow.clear();
    for (qsizetype slot = 0; slot < board().size(); ++slot)
        m_slotOfRow.push_back(slot);
    endResetModel();
    updateTickTimer();
    Q_EMIT boardChanged();
}

void ActiveCallsModel::onChanged(const BoardCommit &change)
{
    const BoardDiff *diff = &change.diff;
    // Rows now point into the new state; the departed ones get -1 until they are removed.
    for (qsizetype &slot : m_slotOfRow)
        slot = change.remap[size_t(slot)];

    if (!diff->removed.isEmpty())
        removeDepartedRows();

    // Changes: one dataChanged per contiguous run of rows.
    if (!diff->changed.isEmpty()) {
        std::vector<int> rowOfSlot(size_t(board().size()), -1);
        for (size_t row = 0; row < m_slotOfRow.size(); ++row)
            rowOfSlot[size_t(m_slotOfRow[row])] = int(row);
        std::vector<int> rows;
        rows.reserve(size_t(diff->changed.size()));
        for (const QString &key : diff->changed)
            rows.push_back(rowOfSlot[size_t(board().slotOf(key))]);
        std::sort(rows.begin(), rows.end());
        size_t i = 0;
        while (i < rows.size()) {
            size_t j = i;
            while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
                ++j;
            Q_EMIT dataChanged(index(rows[i], 0), index(rows[j], ColumnCount - 1));
            i = j + 1;
        }
    }

    // New calls: one insert at the end; the proxy puts them in sort order.
    if (!diff->added.isEmpty()) {
        const int first = int(m_slotOfRow.size());
        beginInsertRows({}, first, first + int(diff->added.size()) - 1);
        for (const QString &key : diff->added)
            m_slotOfRow.push_back(board().slotOf(key));
        endInsertRows();
    }
    updateTickTimer();
    Q_EMIT boardChanged();
}

void ActiveCallsModel::removeDepartedRows()
{
    std::vector<int> rows; // from the bottom up
    for (int row = int(m_slotOfRow.size()) - 1; row >= 0; --row) {
        if (m_slotOfRow[size_t(row)] < 0)
            rows.push_back(row);
    }
    if (rows.empty())
        return;
    int runs = 1;
    for (size_t i = 1; i < rows.size(); ++i)
        runs += rows[i] != rows[i - 1] - 1 ? 1 : 0;

    // Calls leave the platform's cache in no particular row order. A few runs are removed as
    // they are; many scattered ones are first gathered at the bottom by a layout change that
    // carries the persistent indexes along (selection and current row stay put), then removed
    // in one go, which a sorting proxy handles far faster than hundreds of small removals.
    constexpr int kGatherAbove = 8;
    if (runs > kGatherAbove) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
        std::vector<int> newRow(m_slotOfRow.size());
        int kept = 0;
        for (size_t row = 0; row < m_slotOfRow.size(); ++row)
            newRow[row] = m_slotOfRow[row] < 0 ? -1 : kept++;
        int tail = kept;
        for (size_t row = 0; row < m_slotOfRow.size(); ++row) {
            if (newRow[row] < 0)
                newRow[row] = tail++;
        }
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before)
            after.append(createIndex(newRow[size_t(index.row())], index.column()));
        changePersistentIndexList(before, after);
        std::vector<qsizetype> slots(m_slotOfRow.size());
        for (size_t row = 0; row < m_slotOfRow.size(); ++row)
            slots[size_t(newRow[row])] = m_slotOfRow[row];
        m_slotOfRow = std::move(slots);
        Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
        rows.clear();
        for (int row = int(m_slotOfRow.size()) - 1; row >= kept; --row)
            rows.push_back(row);
    }

    // Contiguous runs, from the bottom up so earlier rows keep their numbers.
    size_t i = 0;
    while (i < rows.size()) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] - 1)
            ++j;
        const int first = rows[j];
        const int last = rows[i];
        beginRemoveRows({}, first, last);
        m_slotOfRow.erase(m_slotOfRow.begin() + first, m_slotOfRow.begin() + last + 1);
        endRemoveRows();
        i = j + 1;
    }
}

void ActiveCallsModel::onCleared()
{
    m_slotOfRow.clear(); // the reset began at aboutToClear
    endResetModel();
    updateTickTimer();
    Q_EMIT boardChanged();
}

void ActiveCallsModel::setTicking(bool ticking)
{
    m_tickWanted = ticking;
    updateTickTimer();
}

void ActiveCallsModel::updateTickTimer()
{
    // Nothing live, nothing to tick: an idle board costs no CPU.
    if (m_tickWanted && board().liveCount() > 0) {
        if (!m_tick.isActive())
            m_tick.start();
    } else {
        m_tick.stop();
    }
}

void ActiveCallsModel::setAlerts(CallAlerts *alerts)
{
    if (m_alerts == alerts)
        return;
    if (m_alerts)
        disconnect(m_alerts, nullptr, this, nullptr);
    m_alerts = alerts;
    if (alerts)
        connect(alerts, &CallAlerts::marksChanged, this, &ActiveCallsModel::onMarksChanged);
    if (!m_slotOfRow.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

AlertRules::Breaches ActiveCallsModel::marksOf(const BoardEntry &entry) const
{
    return m_alerts && entry.isLive() ? m_alerts->marksOf(boardKeyOf(entry.call)) : AlertRules::Breaches();
}

void ActiveCallsModel::onMarksChanged(const QStringList &keys)
{
    // A few keys a second at most: one pass over the rows finds them all.
    const QSet<QString> wanted(keys.begin(), keys.end());
    for (int row = 0; row < rowCount(); ++row) {
        const qsizetype slot = m_slotOfRow[size_t(row)];
        if (slot >= 0 && wanted.contains(board().keyAtSlot(slot)))
            Q_EMIT dataChanged(
                index(row, 0), index(row, ColumnCount - 1),
                { Qt::BackgroundRole, Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleTextRole });
    }
}

QStringList ActiveCallsModel::alertTexts(AlertRules::Breaches marks, const AlertRules &rules)
{
    QStringList lines;
    if (marks.testFlag(AlertRules::Breach::LongCall))
        lines.append(tr("Call longer than %n min", nullptr, rules.longCallMinutes));
    if (marks.testFlag(AlertRules::Breach::LongHold))
        lines.append(tr("On hold longer than %1").arg(formatDuration(rules.longHoldSeconds)));
    if (marks.testFlag(AlertRules::Breach::LongWait))
        lines.append(tr("Caller waiting longer than %1").arg(formatDuration(rules.longWaitSeconds)));
    if (marks.testFlag(AlertRules::Breach::UnansweredRinging))
        lines.append(tr("Ringing unanswered longer than %1").arg(formatDuration(rules.ringingSeconds)));
    return lines;
}

} // namespace callwatch
