// The CSV writer's escaping, round trip: any cells written, an RFC 4180 reader reads back the
// same cells, except that a cell a spreadsheet would run as a formula starts with `'`.
// Input: cells separated by 0x1f, rows by 0x1e; a first byte of 1 asks for the BOM.

#include "../csvreader.h"
#include "csvwriter.h"
#include "fuzzsupport.h"

#include <QBuffer>

using namespace callwatch;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray input = fuzz::bytesOf(data, size);
    const bool bom = !input.isEmpty() && input.front() == '\x01';
    if (bom)
        input = input.mid(1);
    QList<QStringList> rows;
    for (const QByteArray &row : input.split('\x1e')) {
        QStringList cells;
        for (const QByteArray &cell : row.split('\x1f'))
            cells.append(QString::fromUtf8(cell));
        rows.append(cells);
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setWriteBom(bom);
    for (const QStringList &row : std::as_const(rows))
        CALLWATCH_FUZZ_CHECK(writer.writeRow(row));

    QByteArray written = buffer.data();
    if (bom) {
        CALLWATCH_FUZZ_CHECK(written.startsWith("\xEF\xBB\xBF"));
        written = written.mid(3);
    }
    const std::optional<QList<QStringList>> read = test::readCsv(written);
    CALLWATCH_FUZZ_CHECK(read.has_value());
    CALLWATCH_FUZZ_CHECK(read->size() == rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        CALLWATCH_FUZZ_CHECK(read->at(r).size() == rows[r].size());
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const QString &cell = rows[r][c];
            const QString &back = read->at(r).at(c);
            // OWASP's list of characters that start a formula.
            const bool formula = !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front());
            CALLWATCH_FUZZ_CHECK(back == (formula ? QLatin1Char('\'') + cell : cell));
        }
    }
    return 0;
}
