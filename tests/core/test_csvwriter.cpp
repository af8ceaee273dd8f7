// CsvWriter: RFC 4180 bytes, UTF-8, the OWASP formula-injection guard, and honest failure.

#include "../testsupport.h"
#include "csvwriter.h"
#include "uilanguage.h"

#include <QBuffer>

using namespace callwatch;

namespace {

QByteArray written(const QList<QStringList> &rows, const QByteArray &lineEnding = QByteArrayLiteral("\r\n"),
                   bool bom = false)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setLineEnding(lineEnding);
    writer.setWriteBom(bom);
    for (const QStringList &row : rows)
        REQUIRE(writer.writeRow(row));
    return buffer.data();
}

// A device that accepts `capacity` bytes and then fails, like a disk that fills up mid-export.
class FillingDevice : public QIODevice
{
public:
    explicit FillingDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }

    QByteArray data;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *bytes, qint64 size) override
    {
        if (data.size() >= m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        const qint64 n = std::min(size, m_capacity - data.size());
        data.append(bytes, n);
        return n;
    }

private:
    qint64 m_capacity;
};

} // namespace

TEST_CASE("Plain cells are joined by commas and rows end in CRLF by default", "[csv]")
{
    CHECK(written({ { QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d") },
                    { QStringLiteral("1") } })
          == QByteArrayLiteral("a,b c,d\r\n1\r\n"));
}

TEST_CASE("Empty cells stay empty fields", "[csv]")
{
    CHECK(written({ { QString(), QString(), QStringLiteral("x") }, { QString(), QString() } })
          == QByteArrayLiteral(",,x\r\n,\r\n"));
}

TEST_CASE("Cells with a comma, quote, CR or LF are quoted and quotes are doubled", "[csv]")
{
    CHECK(written({ { QStringLiteral("Smith, Jane") } }) == QByteArrayLiteral("\"Smith, Jane\"\r\n"));
    CHECK(written({ { QStringLiteral("the \"boss\"") } }) == QByteArrayLiteral("\"the \"\"boss\"\"\"\r\n"));
    CHECK(written({ { QStringLiteral("line one\nline two"), QStringLiteral("x") } })
          == QByteArrayLiteral("\"line one\nline two\",x\r\n"));
    CHECK(written({ { QStringLiteral("a\r\nb") } }) == QByteArrayLiteral("\"a\r\nb\"\r\n"));
    CHECK(written({ { QStringLiteral("\"") } }) == QByteArrayLiteral("\"\"\"\"\r\n"));
}

TEST_CASE("Text is written as UTF-8", "[csv]")
{
    const QString name = QString::fromUtf8("Zoë Ångström 日本 📞");
    CHECK(written({ { name } }) == name.toUtf8() + QByteArrayLiteral("\r\n"));
}

TEST_CASE("A cell a spreadsheet would run as a formula gets a leading apostrophe", "[csv]")
{
    SECTION("each of the six dangerous first characters")
    {
        const auto [cell, expected] = GENERATE(table<const char *, const char *>({
            { "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"" },
            { "+16505550100", "'+16505550100" },
            { "-2+3", "'-2+3" },
            { "@SUM(A1:A2)", "'@SUM(A1:A2)" },
            { "\tcmd", "'\tcmd" },
            { "\rcmd", "\"'\rcmd\"" },
        }));
        CAPTURE(cell);
        CHECK(written({ { QString::fromUtf8(cell) } }) == QByteArray(expected) + QByteArrayLiteral("\r\n"));
    }
    SECTION("the same characters later in a cell are harmless and left alone")
    {
        CHECK(written({ { QStringLiteral("a=b"), QStringLiteral("1+1"), QStringLiteral("x@y"),
                          QStringLiteral("3-4") } })
              == QByteArrayLiteral("a=b,1+1,x@y,3-4\r\n"));
    }
}

TEST_CASE("Numbers are written exactly as given", "[csv]")
{
    CHECK(written({ { QStringLiteral("0042"), QStringLiteral("1.50"), QStringLiteral("1e5"),
                      QStringLiteral("62264425016"), QStringLiteral("(866)123-4567") } })
          == QByteArrayLiteral("0042,1.50,1e5,62264425016,(866)123-4567\r\n"));
}

TEST_CASE("The line ending can be LF for Unix tools", "[csv]")
{
    CHECK(written({ { QStringLiteral("a"), QStringLiteral("b") }, { QStringLiteral("c") } }, "\n")
          == QByteArrayLiteral("a,b\nc\n"));
}

TEST_CASE("An optional UTF-8 BOM is written once, before the first row", "[csv]")
{
    CHECK(written({ { QStringLiteral("a") }, { QStringLiteral("b") } }, "\r\n", true)
          == QByteArrayLiteral("\xEF\xBB\xBF"
                               "a\r\nb\r\n"));
    CHECK_FALSE(written({ { QStringLiteral("a") } }).startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("Writing to a read-only, closed or missing device fails with a reason", "[csv]")
{
    SECTION("read-only")
    {
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly);
        CsvWriter writer(&buffer);
        CHECK_FALSE(writer.writeRow({ QStringLiteral("a") }));
        CHECK_FALSE(writer.errorString().isEmpty());
        CHECK(buffer.data().isEmpty());
    }
    SECTION("closed")
    {
        QBuffer buffer;
        CsvWriter writer(&buffer);
        writer.setWriteBom(true);
        CHECK_FALSE(writer.writeRow({ QStringLiteral("a") }));
        CHECK_FALSE(writer.errorString().isEmpty());
        CHECK(buffer.data().isEmpty());
    }
    SECTION("missing")
    {
        CsvWriter writer(nullptr);
        CHECK_FALSE(writer.writeRow({ QStringLiteral("a") }));
        CHECK_FALSE(writer.errorString().isEmpty());
    }
}

TEST_CASE("A device that fills up makes the write fail and says why", "[csv]")
{
    SECTION("the device refuses the row")
    {
        FillingDevice device(5);
        CsvWriter writer(&device);
        CHECK(writer.writeRow({ QStringLiteral("abc") }));
        CHECK(writer.errorString().isEmpty());
        CHECK_FALSE(writer.writeRow({ QStringLiteral("0123456789") }));
        CHECK(writer.errorString().contains(QStringLiteral("No space left on device")));
    }
    SECTION("the device takes only part of the row")
    {
        FillingDevice device(8);
        CsvWriter writer(&device);
        CHECK(writer.writeRow({ QStringLiteral("abc") }));
        CHECK_FALSE(writer.writeRow({ QStringLiteral("0123456789") }));
        CHECK(writer.errorString().contains(QStringLiteral("3 of 12")));
    }
    SECTION("the device takes only part of the row, said in German")
    {
        UiLanguage german; // Qt's "Unknown error" of the short write is German then too
        german.install(QStringLiteral("de"));
        FillingDevice device(8);
        CsvWriter writer(&device);
        CHECK(writer.writeRow({ QStringLiteral("abc") }));
        CHECK_FALSE(writer.writeRow({ QStringLiteral("0123456789") }));
        CHECK(writer.errorString()
              == QStringLiteral(
                  "CSV konnte nicht geschrieben werden: das Gerät hat 3 von 12 Bytes angenommen"));
    }
}

TEST_CASE("A single cell is encoded the same way a row writes it", "[csv]")
{
    CHECK(CsvWriter::encodeCell(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(CsvWriter::encodeCell(QStringLiteral("=1,2")) == QStringLiteral("\"'=1,2\""));
    CHECK(CsvWriter::encodeCell(QString()) == QString());
}
