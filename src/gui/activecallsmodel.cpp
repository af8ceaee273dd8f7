#include "activecallsmodel.h"

#include "clock.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QThreadPool>

#include <algorithm>

namespace callwatch {

namespace {

QString partyText(const CallParty &p)
{
    const QString number = !p.phoneNumber.isEmpty() ? p.phoneNumber : p.extensionNumber;
    if (p.name.isEmpty())
        return number.isEmpty() ? p.location : number;
    return number.isEmpty() ? p.name : p.name + QStringLiteral(" (") + number + QLatin1Char(')');
}

// The extension the record belongs to, named from whichever party it is.
const CallParty *ownParty(const ActiveCall &c)
{
    if (!c.extensionId.isEmpty()) {
        if (c.from.extensionId == c.extensionId)
            return &c.from;
        if (c.to.extensionId == c.extensionId)
            return &c.to;
    }
    return nullptr;
}

} // namespace

ActiveCallsModel::ActiveCallsModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_keys.empty())
            Q_EMIT dataChanged(index(0, Duration), index(rowCount() - 1, Duration), {Qt::DisplayRole, SortRole});
    });
}

int ActiveCallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ActiveCallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const BoardEntry *ActiveCallsModel::entryAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? m_entries[size_t(row)] : nullptr;
}

QString ActiveCallsModel::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    return h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'))
                 : QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

qint64 ActiveCallsModel::durationSeconds(const ActiveCall &call) const
{
    const qint64 reported = call.durationSeconds;
    if (!call.isLive() || !call.startTime.isValid())
        return reported;
    // The list lags the call by seconds; counting from the start time keeps it current.
    return std::max(reported, (m_clock.nowMs() - call.startTime.toMSecsSinceEpoch()) / 1000);
}

qint64 ActiveCallsModel::longestLiveSeconds() const
{
    qint64 longest = -1;
    for (const BoardEntry *e : m_entries) {
        if (e && e->call.isLive())
            longest = std::max(longest, durationSeconds(e->call));
    }
    return longest;
}

QVariant ActiveCallsModel::display(const BoardEntry &entry, int column) const
{
    const ActiveCall &c = entry.call;
    switch (column) {
    case Status:
        return c.isLive() ? tr("Live") : tr("Ended");
    case Duration:
        return formatDuration(durationSeconds(c));
    case Direction:
        return c.direction == QLatin1String("Inbound")    ? tr("Inbound")
            : c.direction == QLatin1String("Outbound") ? tr("Outbound")
                                                           : c.direction;
    case From:
        return partyText(c.from);
    case To:
        return partyText(c.to);
    case Extension: {
        QString number;
        QString name;
        if (const CallParty *p = ownParty(c)) {
            number = p->extensionNumber;
            name = p->name;
        } else if (const auto it = m_directory.constFind(c.extensionId); it != m_directory.cend()) {
            number = it->extensionNumber;
            name = it->name;
        } else {
            return c.extensionId;
        }
        return number.isEmpty() ? name : name.isEmpty() ? number : number + QStringLiteral(" · ") + name;
    }
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

QVariant ActiveCallsModel::sortValue(const BoardEntry &entry, int column) const
{
    const ActiveCall &c = entry.call;
    switch (column) {
    case Status:
        return c.isLive() ? 0 : 1;
    case Duration:
        return durationSeconds(c);
    case StartTime:
        return c.startTime.toMSecsSinceEpoch();
    default:
        return display(entry, column).toString().toLower();
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
        return c.isLive();
    case KeyRole:
        return m_keys[size_t(index.row())];
    case SearchTextRole:
        return QStringList{c.from.name, c.from.phoneNumber, c.from.extensionNumber, c.to.name, c.to.phoneNumber,
                           c.to.extensionNumber, c.from.location, c.to.location}
            .join(QLatin1Char('\n'))
            .toLower();
    case ExportRole:
        switch (index.column()) {
        case Duration:
            return QString::number(durationSeconds(c));
        case StartTime:
            return c.startTime.toString(Qt::ISODate);
        default:
            return display(*entry, index.column());
        }
    case Qt::ForegroundRole:
        // Ended calls still in the platform's cache are shown, greyed.
        if (!c.isLive())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == Status) {
            // A green that reads on both light and dark bases.
            const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
            return QBrush(dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        const auto line = [](const QString &label, const QString &value) {
            return value.isEmpty() ? QString() : QStringLiteral("<b>%1</b> %2<br>").arg(label, value.toHtmlEscaped());
        };
        return QString(line(tr("From:"), partyText(c.from)) + line(tr("Location:"), c.from.location)
            + line(tr("To:"), partyText(c.to)) + line(tr("Location:"), c.to.location)
            + line(tr("Started:"), QLocale().toString(c.startTime.toLocalTime(), QLocale::LongFormat))
            + line(tr("Duration:"), formatDuration(durationSeconds(c))) + line(tr("Direction:"), c.direction)
            + line(tr("Type:"), c.type) + line(tr("Action:"), c.action) + line(tr("Result:"), c.result)
            + line(tr("Reason:"), c.reason) + line(tr("Transport:"), c.transport)
            + line(tr("Internal type:"), c.internalType) + line(tr("Record id:"), c.id)
            + line(tr("Session id:"), c.sessionId) + line(tr("Telephony session:"), c.telephonySessionId)
            + line(tr("Party id:"), c.partyId) + line(tr("Extension id:"), c.extensionId)
            + line(tr("First seen:"), QLocale().toString(entry->firstSeen.toLocalTime(), QLocale::ShortFormat))
            + line(tr("Last confirmed:"), QLocale().toString(entry->lastConfirmed.toLocalTime(), QLocale::ShortFormat)));
    }
    default:
        return {};
    }
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
    if (!m_keys.empty())
        Q_EMIT dataChanged(index(0, Extension), index(rowCount() - 1, Extension), {Qt::DisplayRole, SortRole});
}

void ActiveCallsModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < int(m_keys.size()); ++row)
        m_rowOf.insert(m_keys[size_t(row)], row);
}

void ActiveCallsModel::applySnapshot(std::vector<ActiveCall> records, const QDateTime &at)
{
    std::vector<ActiveCall> spent;
    const BoardDiff diff = m_board.applySnapshot(std::move(records), at, &spent);
    // Freeing ten thousand records' strings takes milliseconds: not on the GUI thread.
    if (!spent.empty())
        QThreadPool::globalInstance()->start([spent = std::move(spent)]() mutable { spent.clear(); });
    // The board's entries moved: point every row at its entry before any view looks
    // (rows about to be removed get none).
    for (size_t row = 0; row < m_keys.size(); ++row)
        m_entries[row] = m_board.find(m_keys[row]);

    if (!diff.removed.isEmpty())
        removeRows(diff.removed);

    // Changes: one dataChanged per contiguous run of rows.
    if (!diff.changed.isEmpty()) {
        std::vector<int> rows;
        rows.reserve(size_t(diff.changed.size()));
        for (const QString &key : diff.changed) {
            const auto it = m_rowOf.constFind(key);
            if (it != m_rowOf.cend())
                rows.push_back(*it);
        }
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
    if (!diff.added.isEmpty()) {
        const int first = int(m_keys.size());
        beginInsertRows({}, first, first + int(diff.added.size()) - 1);
        for (const QString &key : diff.added) {
            m_keys.push_back(key);
            m_entries.push_back(m_board.find(key));
        }
        rebuildIndex(first);
        endInsertRows();
    }
    updateTickTimer();
    Q_EMIT boardChanged();
}

void ActiveCallsModel::removeRows(const QStringList &keys)
{
    std::vector<int> rows;
    rows.reserve(size_t(keys.size()));
    for (const QString &key : keys) {
        const auto it = m_rowOf.constFind(key);
        if (it != m_rowOf.cend())
            rows.push_back(*it);
    }
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
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
        std::vector<bool> going(m_keys.size(), false);
        for (int row : rows)
            going[size_t(row)] = true;
        std::vector<int> newRow(m_keys.size());
        int kept = 0;
        for (size_t row = 0; row < m_keys.size(); ++row)
            newRow[row] = going[row] ? -1 : kept++;
        int tail = kept;
        for (size_t row = 0; row < m_keys.size(); ++row) {
            if (going[row])
                newRow[row] = tail++;
        }
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before)
            after.append(createIndex(newRow[size_t(index.row())], index.column()));
        changePersistentIndexList(before, after);
        std::vector<QString> keys(m_keys.size());
        std::vector<const BoardEntry *> entries(m_entries.size());
        for (size_t row = 0; row < m_keys.size(); ++row) {
            keys[size_t(newRow[row])] = std::move(m_keys[row]);
            entries[size_t(newRow[row])] = m_entries[row];
        }
        m_keys = std::move(keys);
        m_entries = std::move(entries);
        rebuildIndex(0);
        Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
        rows.clear();
        for (int row = int(m_keys.size()) - 1; row >= kept; --row)
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
        for (int row = first; row <= last; ++row)
            m_rowOf.remove(m_keys[size_t(row)]);
        m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
        m_entries.erase(m_entries.begin() + first, m_entries.begin() + last + 1);
        endRemoveRows();
        i = j + 1;
    }
    rebuildIndex(rows.back());
}

void ActiveCallsModel::clear()
{
    beginResetModel();
    m_board.clear();
    m_keys.clear();
    m_entries.clear();
    m_rowOf.clear();
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
    if (m_tickWanted && m_board.liveCount() > 0) {
        if (!m_tick.isActive())
            m_tick.start();
    } else {
        m_tick.stop();
    }
}

} // namespace callwatch
