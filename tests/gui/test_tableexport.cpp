// CSV export of what the table shows: visible columns in visual order, rows in the proxy's
// order, RFC 4180 with CRLF, a BOM only for Excel, formulas neutralised, and a failed export
// that leaves nothing behind and keeps an existing file as it was.
#include "tableexport.h"

#include "activecallsmodel.h"
#include "callfilterproxy.h"
#include "clock.h"
#include "liveboard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace callwatch;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "<unreadable>";
    return file.readAll();
}

QStandardItem *cell(const QString &display, const QString &exported = QString())
{
    auto *item = new QStandardItem(display);
    if (!exported.isNull())
        item->setData(exported, ActiveCallsModel::ExportRole);
    return item;
}

// Columns Name, Duration, Internal, Note; the view sorts by name, descending, through a proxy,
// hides Internal and shows Note first.
struct Table
{
    Table()
    {
        model.setHorizontalHeaderLabels({ QStringLiteral("Name"), QStringLiteral("Duration"),
                                          QStringLiteral("Internal"), QStringLiteral("Note") });
        model.appendRow({ cell(QStringLiteral("Alice Anderson")),
                          cell(QStringLiteral("1:05"), QStringLiteral("65")), cell(QStringLiteral("a")),
                          cell(QStringLiteral("=SUM(A1)")) });
        model.appendRow({ cell(QStringLiteral("Bob, Jr.")), cell(QStringLiteral("0:10")),
                          cell(QStringLiteral("b")), cell(QStringLiteral("said \"hi\"")) });
        model.appendRow({ cell(QStringLiteral("Zoë Åström")),
                          cell(QStringLiteral("2:00"), QStringLiteral("120")), cell(QStringLiteral("c")),
                          cell(QStringLiteral("two\nlines")) });
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(0, Qt::DescendingOrder);
        QHeaderView *header = view.horizontalHeader();
        header->setSectionHidden(2, true);
        header->moveSection(3, 0);
    }

    bool exportTo(const QString &path, bool excel, QString *error)
    {
        return TableExport::write(proxy, *view.horizontalHeader(), path, excel, error);
    }

    QStandardItemModel model;
    QSortFilterProxyModel proxy;
    QTableView view;
};

const QByteArray kExpected = QByteArrayLiteral("Note,Name,Duration\r\n"
                                               "\"two\nlines\",Zoë Åström,120\r\n"
                                               "\"said \"\"hi\"\"\",\"Bob, Jr.\",0:10\r\n"
                                               "'=SUM(A1),Alice Anderson,65\r\n");

// Makes writes past `bytes` fail with EFBIG (as a full disk or quota would) for as long as it
// lives: works for root too, unlike a read-only folder.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // else the kernel ends the process
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

TEST_CASE("Table export writes the visible columns in visual order and the rows in the proxy's order",
          "[export]")
{
    Table table;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("plain CSV: no byte-order mark")
    {
        const QString path = dir.filePath(QStringLiteral("calls.csv"));
        QString error;
        REQUIRE(table.exportTo(path, false, &error));
        CHECK(error.isEmpty());
        CHECK(contents(path) == kExpected);
    }

    SECTION("for Excel: the UTF-8 byte-order mark, once, first")
    {
        const QString path = dir.filePath(QStringLiteral("calls-excel.csv"));
        QString error;
        REQUIRE(table.exportTo(path, true, &error));
        CHECK(contents(path) == QByteArrayLiteral("\xEF\xBB\xBF") + kExpected);
    }

    SECTION("an existing file is replaced")
    {
        const QString path = dir.filePath(QStringLiteral("calls.csv"));
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(10000, 'x'));
        old.close();
        REQUIRE(table.exportTo(path, false, nullptr));
        CHECK(contents(path) == kExpected);
    }

    SECTION("an empty table still gets its header row")
    {
        table.model.removeRows(0, table.model.rowCount());
        const QString path = dir.filePath(QStringLiteral("empty.csv"));
        REQUIRE(table.exportTo(path, false, nullptr));
        CHECK(contents(path) == QByteArrayLiteral("Note,Name,Duration\r\n"));
    }
}

TEST_CASE("Table export into a folder that does not exist fails, says why and creates nothing", "[export]")
{
    Table table;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("no-such-folder"));
    const QString path = missing + QStringLiteral("/calls.csv");
    QString error;
    CHECK_FALSE(table.exportTo(path, false, &error));
    INFO(str(error));
    CHECK(error.contains(QStringLiteral("does not exist")));
    CHECK(error.contains(QDir::toNativeSeparators(missing)));
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_CASE("A failed export leaves an existing file untouched and no partial file behind", "[export]")
{
    Table table;
    // Enough rows that the file is well past the limit below.
    for (int i = 0; i < 2000; ++i)
        table.model.appendRow({ cell(QStringLiteral("Caller %1").arg(i)), cell(QStringLiteral("0:01")),
                                cell(QStringLiteral("x")), cell(QStringLiteral("row %1").arg(i)) });
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("calls.csv"));
    const QByteArray before = QByteArrayLiteral("yesterday's export\r\n");
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write(before);
    }

    QString error;
    bool written = true;
    {
        FileSizeLimit limit(4096);
        REQUIRE(limit.ok());
        written = table.exportTo(path, false, &error);
    }
    CHECK_FALSE(written);
    INFO(str(error));
    CHECK(error.startsWith(QStringLiteral("Could not export to ")));
    CHECK(error.contains(QStringLiteral("calls.csv")));
    CHECK(error.contains(QStringLiteral("File too large")));
    CHECK(contents(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
          == QStringList { QStringLiteral("calls.csv") });
}

TEST_CASE("Exporting into a read-only folder says the folder is not writable", "[export]")
{
    if (geteuid() == 0) {
        WARN("skipped: root may write into read-only folders");
        return;
    }
    Table table;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("calls.csv"));
    const QByteArray before = QByteArrayLiteral("old\r\n");
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write(before);
    }
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    QString error;
    const bool written = table.exportTo(path, false, &error);
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    CHECK_FALSE(written);
    INFO(str(error));
    CHECK(error.contains(QStringLiteral("not writable")));
    CHECK(contents(path) == before);
}

TEST_CASE("Exporting the window's table reads each cell as the proxy shows it", "[export]")
{
    // The export reads the board entries of ActiveCallsModel directly; it must write exactly
    // what the proxy's ExportRole gives, cell for cell, in the proxy's order.
    class FixedClock final : public Clock
    {
    public:
        qint64 nowMs() const override
        {
            return QDateTime(QDate(2026, 11, 28), QTime(14, 0), Qt::UTC).toMSecsSinceEpoch();
        }
        qint64 timerDelayMs(qint64 ms) const override { return ms; }
    } clock;
    LiveBoard live;
    ActiveCallsModel model(clock);
    model.setBoard(&live);
    CallFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(ActiveCallsModel::StartTime, Qt::AscendingOrder);
    std::vector<ActiveCall> calls;
    for (int i = 0; i < 3; ++i) {
        ActiveCall c;
        c.id = QStringLiteral("rec%1").arg(i);
        c.startTime = QDateTime(QDate(2026, 11, 28), QTime(13, 50 - i, 5), Qt::UTC);
        c.durationSeconds = 30;
        c.direction = QStringLiteral("Outbound");
        c.result = i == 1 ? QStringLiteral("Accepted") : QStringLiteral("In Progress");
        c.from.name = QStringLiteral("Agent, %1").arg(i);
        c.to.phoneNumber = QStringLiteral("+1650555010%1").arg(i);
        calls.push_back(c);
    }
    live.applySnapshot(calls, clock.now());
    proxy.setShowEnded(false); // rec1 ended: not shown, not exported
    QHeaderView *header = view.horizontalHeader();
    for (int column = 0; column < ActiveCallsModel::ColumnCount; ++column)
        header->setSectionHidden(column, true);
    for (const int column : { ActiveCallsModel::StartTime, ActiveCallsModel::Duration, ActiveCallsModel::From,
                              ActiveCallsModel::To, ActiveCallsModel::Status })
        header->setSectionHidden(column, false);
    header->moveSection(header->visualIndex(ActiveCallsModel::StartTime), 0);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("calls.csv"));
    QString error;
    REQUIRE(TableExport::write(proxy, *header, path, false, &error));
    // Live calls last 10 and 12 minutes by now; the oldest start comes first.
    CHECK(str(QString::fromUtf8(contents(path)))
          == "Started,Status,Duration,From,To\r\n"
             "2026-11-28T13:48:05.000Z,Live,715,\"Agent, 2\",'+16505550102\r\n"
             "2026-11-28T13:50:05.000Z,Live,595,\"Agent, 0\",'+16505550100\r\n");
}
