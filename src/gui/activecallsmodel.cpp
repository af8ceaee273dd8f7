#include "activecallsmodel.h"

#include "clock.h"
#include "heap.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

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

// What QDateTime::toString(Qt::ISODate) gives for a UTC time ("2026-05-04T14:00:00Z"), written
// directly: an export of 100,000 rows formats 100,000 of them, and Qt's general path costs
// several times more.
QString isoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    int year = 0;
    int month = 0;
    int day = 0;
    utc.date().getDate(&year, &month, &day); // one calendar computation, not three
    const QTime t = utc.time();
    if (year < 0 || year > 9999)
        return utc.toString(Qt::ISODate);
    char text[21];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, t.hour(), 2);
    text[13] = ':';
    put(14, t.minute(), 2);
    text[16] = ':';
    put(17, t.second(), 2);
    text[19] = 'Z';
    return QString::fromLatin1(text, 20);
}

} // namespace

ActiveCallsModel::ActiveCallsModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_slotOfRow.empty())
            Q_EMIT dataChanged(index(0, Duration), index(rowCount() - 1, Duration), {Qt::DisplayRole, SortRole});
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
    return slot < 0 ? nullptr : &m_board.entryAtSlot(slot);
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
    for (const CallBoard::Slot &slot : m_board.state()->slots) {
        if (slot.entry.call.isLive())
            longest = std::max(longest, durationSeconds(slot.entry.call));
    }
    return longest;
}

QString ActiveCallsModel::display(const BoardEntry &entry, int column) const
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

QString ActiveCallsModel::exportText(const BoardEntry &entry, int column) const
{
    switch (column) {
    case Duration:
        return QString::number(durationSeconds(entry.call));
    case StartTime:
        return isoUtc(entry.call.startTime);
    default:
        return display(entry, column);
    }
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
        return c.isLive();
    case KeyRole:
        return m_board.keyAtSlot(m_slotOfRow[size_t(index.row())]);
    case SearchTextRole:
        return QStringList{c.from.name, c.from.phoneNumber, c.from.extensionNumber, c.to.name, c.to.phoneNumber,
                           c.to.extensionNumber, c.from.location, c.to.location}
            .join(QLatin1Char('\n'))
            .toLower();
    case ExportRole:
        return exportText(*entry, index.column());
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
    if (!m_slotOfRow.empty())
        Q_EMIT dataChanged(index(0, Extension), index(rowCount() - 1, Extension), {Qt::DisplayRole, SortRole});
}

void ActiveCallsModel::submitSnapshot(CallSnapshot records, const QDateTime &at)
{
    if (m_preparing) {
        m_waiting = Waiting { std::move(records), at };
        return;
    }
    startPreparing(std::move(records), at);
}

void ActiveCallsModel::startPreparing(CallSnapshot records, const QDateTime &at)
{
    m_preparing = true;
    // The worker reads only the state and the snapshot it is given, which nobody changes, and
    // touches nothing of the model. Its watcher is the model's child: if the model is gone when
    // the worker finishes, so is the watcher, and the result is simply dropped.
    auto *watcher = new QFutureWatcher<CallBoard::Update>(this);
    connect(watcher, &QFutureWatcher<CallBoard::Update>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onPrepared(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run([base = m_board.state(), records = std::move(records), at]() mutable {
        std::vector<ActiveCall> copy = *records;
        records.reset(); // the last holder frees the feed's records here, off the GUI thread
        return CallBoard::prepare(std::move(base), std::move(copy), at);
    }));
}

void ActiveCallsModel::onPrepared(CallBoard::Update update)
{
    m_preparing = false;
    applyUpdate(std::move(update));
    if (m_waiting) {
        Waiting next = std::move(*m_waiting);
        m_waiting.reset();
        startPreparing(std::move(next.records), next.at);
    }
    Q_EMIT snapshotSettled();
}

void ActiveCallsModel::applySnapshot(std::vector<ActiveCall> records, const QDateTime &at)
{
    applyUpdate(CallBoard::prepare(m_board.state(), std::move(records), at));
}

void ActiveCallsModel::applyUpdate(CallBoard::Update update)
{
    const std::vector<qsizetype> remap = std::move(update.remap);
    CallBoard::StatePtr old = update.base;
    const std::optional<BoardDiff> diff = m_board.commit(std::move(update));
    if (!diff)
        return; // prepared before a clear(): it describes calls no longer asked for
    // Rows now point into the new state; the departed ones get -1 until they are removed.
    for (qsizetype &slot : m_slotOfRow)
        slot = remap[size_t(slot)];

    if (!diff->removed.isEmpty())
        removeDepartedRows();

    // Changes: one dataChanged per contiguous run of rows.
    if (!diff->changed.isEmpty()) {
        std::vector<int> rowOfSlot(size_t(m_board.size()), -1);
        for (size_t row = 0; row < m_slotOfRow.size(); ++row)
            rowOfSlot[size_t(m_slotOfRow[row])] = int(row);
        std::vector<int> rows;
        rows.reserve(size_t(diff->changed.size()));
        for (const QString &key : diff->changed)
            rows.push_back(rowOfSlot[size_t(m_board.slotOf(key))]);
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
            m_slotOfRow.push_back(m_board.slotOf(key));
        endInsertRows();
    }
    // Freeing ten thousand records' strings takes milliseconds: not on the GUI thread.
    QThreadPool::globalInstance()->start([old = std::move(old)]() mutable { old.reset(); });
    // Returning the freed pages walks the whole heap under its lock (some 20 ms with 10,000
    // calls), which would hold up the layout and repaint this update starts: a moment later.
    QTimer::singleShot(1500, this, [] { QThreadPool::globalInstance()->start(&heap::returnFreedMemory); });
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

void ActiveCallsModel::clear()
{
    beginResetModel();
    m_board.clear();
    m_slotOfRow.clear();
    m_waiting.reset(); // a snapshot being prepared is dropped when it arrives
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
